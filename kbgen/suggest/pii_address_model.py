"""Postal address lines by their shape alone: a logistic regression over shape features of a short line.

An address written on a line of its own (a signature's street line, a postcode-and-town line, a
comma-separated address after a label) has a shape no sentence has: a few tokens, capitalised or of a
script without case, a house number beside a capitalised run, number shapes of postcodes (four to six
digits, digits parted by a dash, letter-and-digit codes), comma-separated parts that open with a capital
or a digit, and few small-letter words in a row. The features below read only that: character classes,
token counts and lengths, positions of digits, commas, line breaks and the neighbouring lines. No word's
identity is a feature, so the model carries to languages and layouts no word list names.

The weights are fitted by ``bench/redact_address_fit.py`` on the tuning banks (never on the check bank
of the round) and shipped as ``address_model.json``; the threshold was set there for precision (a line
of prose or a log line taken for an address loses the ticket's words). The model reads only what the
rules left: a line that already holds a placeholder is not read again.
"""
from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

from ..errors import FileError
from .pii_gazetteer import places
from .pii_postcodes import LETTER_POSTCODE, NUMBER_POSTCODE
from .pii_shapes import SYSTEM_WORDS

MAX_TOKENS = 14
"""Tokens of a candidate line at most: a longer line is a sentence (an address in running prose is the
cue rules' part)."""

_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_NUMBER_POSTCODE = NUMBER_POSTCODE
_LETTER_POSTCODE = LETTER_POSTCODE
_HOUSE_NUMBER = re.compile(r"\A\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,2}[.,]?\Z")
# starts only where a digit run starts: a long run of digits is read once, not once per digit
_NUMBER_PARTS = re.compile(r"(?<!\d)\d+[/-]\d+")
_ABBREVIATION = re.compile(r"\A[^\W\d_]{1,4}\.\Z")
_TIME_OR_DATE = re.compile(r"\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
_MACHINE_MARKS = re.compile(r"[@\\=<>{}\[\]|`_]|://|\$|%")
_LABEL = re.compile(r"\A[^\n:]{1,30}:[ \t]+")
_SMALL_WORD = re.compile(r"\A[a-z]{2,}[,.]?\Z")
_CAPITALISED = re.compile(r"\A[^\W\d_]")
# A version, a build or a release: digits and letters taking turns ("23H2", "1.4.2b", "v12"), or a year.
_VERSION_TOKEN = re.compile(r"\A(?:v?\d+(?:\.\d+)+[a-z]?|\d{1,3}[A-Za-z]\d{1,3}|v\d+|(?:19|20)\d{2})[,.]?\Z")
# A release no address holds: a version of three numbers or more ("4.2.1") or a number, a letter and a
# number ("23H2", "21H1"): a line naming one lists software, not a place.
_RELEASE = re.compile(r"(?<![\w.])(?:v?\d+(?:\.\d+){2,}|\d{2}[A-Z]\d)(?![\w.])")
_TIGHT_COMMA = re.compile(r",(?=\S)")  # a comma with no blank after it parts the cells of a record, not an address's parts
_COMMAS = re.compile(r"[,،、，]")  # the comma of Latin, Arabic-script and East Asian writing

FEATURES = ("bias", "tokens", "parts", "capitalised", "small_words", "small_pairs", "digit_tokens",
            "numbers", "number_postcode", "letter_postcode", "house_number_first", "number_beside_capital",
            "abbreviations", "number_parts", "uncased", "ends_in_number", "comma_capital", "labelled",
            "block", "after_placeholder", "longest", "sentence_end", "capitals_only", "time_or_date",
            "machine_marks", "quotes", "tight_commas", "parts_alike", "version_tokens")


def _uncased(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


def line_features(line: str, before: str = "", after: str = "", labelled: bool = False) -> list[float]:
    """The shape features (``FEATURES``) of one candidate line; ``before``/``after``: its neighbours."""
    tokens = _TOKEN.findall(line)
    n = max(1, len(tokens))
    caps = [bool(_CAPITALISED.match(t)) and t[0].isupper() for t in tokens]
    small = [bool(_SMALL_WORD.match(t)) for t in tokens]
    digits = [bool(_DIGIT.search(t)) for t in tokens]
    beside = any(_HOUSE_NUMBER.match(t) and ((i + 1 < len(tokens) and caps[i + 1]) or (i > 0 and caps[i - 1]))
                 for i, t in enumerate(tokens))
    short = [bool(s.strip()) and len(s.split()) <= 8 for s in (before, after)]
    return [
        1.0, min(len(tokens), MAX_TOKENS) / MAX_TOKENS, min(len(_COMMAS.findall(line)), 5) / 5,
        sum(caps) / n, sum(small) / n, sum(a and b for a, b in zip(small, small[1:])) / n, sum(digits) / n,
        sum(t.strip(".,").isdigit() for t in tokens) / n,
        float(any(_NUMBER_POSTCODE.match(t) for t in tokens)), float(bool(_LETTER_POSTCODE.search(line))),
        float(bool(tokens) and bool(_HOUSE_NUMBER.match(tokens[0]))), float(bool(beside)),
        sum(bool(_ABBREVIATION.match(t)) for t in tokens) / n, float(bool(_NUMBER_PARTS.search(line))),
        sum(_uncased(t) for t in tokens) / n, float(bool(tokens) and bool(_DIGIT.search(tokens[-1]))),
        float(bool(re.search(r"[,،][ ]?[^\W\d_]", line)) and any(caps)), float(labelled),
        float(all(short)) if any(short) else 0.0, float("[" in before and "]" in before),
        min(max((len(t) for t in tokens), default=0), 20) / 20, float(line.rstrip().endswith(("?", "!"))),
        sum(t.isupper() and len(t) >= 2 for t in tokens) / n, float(bool(_TIME_OR_DATE.search(line))),
        float(bool(_MACHINE_MARKS.search(line))), min(line.count('"') + line.count("'"), 6) / 6,
        min(len(_TIGHT_COMMA.findall(line)), 4) / 4, float(_parts_alike(line)),
        sum(bool(_VERSION_TOKEN.match(t)) for t in tokens) / n,
    ]


def _part_shape(part: str) -> str:
    """A comma part's shape: each token as "A" (opens with a capital), "a" (small letters), "9" (digits
    first) or "x" (anything else)."""
    return " ".join("9" if t[0].isdigit() else "A" if t[0].isupper() else "a" if t[0].islower() else "x"
                    for t in part.split())


def _comma_parts(line: str) -> list[str]:
    """A line's comma parts (``_COMMAS``), blanks around them removed, empty ones left out."""
    return [p.strip() for p in _COMMAS.split(line) if p.strip()]


def _parts_alike(line: str) -> bool:
    """Three comma parts or more of one shape ("Name 11, Name 2021, Name 24193"): a list of things and
    their numbers or versions. An address's parts differ: a street and its number, a unit, a postcode
    and a town."""
    parts = _comma_parts(line)
    return len(parts) >= 3 and len({_part_shape(p) for p in parts}) == 1


def candidates(text: str):
    """``(start, end, before, after, labelled)`` of each line (or the value after a short label and a
    colon) that a model may read: 2 to ``MAX_TOKENS`` tokens, a digit in it, no placeholder in it."""
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        label = _LABEL.match(line)
        if label:
            start += label.end()
        value = text[start:end]
        stripped = value.strip()
        if not stripped or "[" in stripped or not _DIGIT.search(stripped):
            continue
        if not 2 <= len(stripped.split()) <= MAX_TOKENS or not _address_number(stripped) or _not_postal(stripped):
            continue
        lead = len(value) - len(value.lstrip())
        yield (start + lead, start + lead + len(stripped), lines[index - 1] if index else "",
               lines[index + 1] if index + 1 < len(lines) else "", bool(label))


# What a candidate line must hold, as the address rules ask of an address core (:mod:`.pii_addresses`):
# a number of three digits or more (a postcode, a long house number) or a postcode of letters and
# digits. "Seat 31, Row K" and "Monitor 24, Keyboard DE" have the parts of an address and none of these.
_LONG_NUMBER = re.compile(r"\d{3}")


def _address_number(line: str) -> bool:
    return bool(_LONG_NUMBER.search(line) or _LETTER_POSTCODE.search(line))


# A word inside a product's name in CamelCase ("ProBook", "ThinkPad"; a surname's "Mc"/"Mac" excepted).
_INNER_CAPITAL = re.compile(r"(?<![\W\d_])(?<!\bMc)(?<!\bMac)(?<=[a-z])[A-Z](?=[a-z])")


# A comma part of a record or an inventory line: one word, then a number or a short code ("Shelf 12",
# "Bin C", "Amount 450", "Level 2B", "Pegel 70 dB"), its label and its value. An address has at most one
# part of that shape (a street and its number); a record lists several.
_LABEL_VALUE_PART = re.compile(r"[^\W\d_]{2,20}[ ]+(?:\d[\w.]{0,7}|[A-Z]{1,2}\d{0,2})(?:[ ]+[^\W\d_]{1,4})?")
# A part that opens with a number: a postcode before its town ("10115 Berlin") or a house number before
# its street ("41 Quarry Row"), as an address's parts do and a record's label-value cells do not.
_NUMBER_FIRST_PART = re.compile(r"\d")


def _record_line(line: str, parts: list[str]) -> bool:
    """Two comma parts or more of a capitalised label and its value (``_LABEL_VALUE_PART``) and at most one
    other part, of words alone; no part that opens with a
    number, no letter-and-digit postcode and no postcode-shaped number ending the line: a record, an inventory place or a list of readings
    ("Shelf 12, Bin 114, Level C"), whatever its language, not an address. ``parts``: the line's
    :func:`_comma_parts`."""
    if len(parts) < 2 or any(_NUMBER_FIRST_PART.match(p) for p in parts) or _LETTER_POSTCODE.search(line) or \
            _NUMBER_POSTCODE.match(parts[-1].split()[-1]):
        return False  # the last part a town and its postcode ("<Town> 0179", "<State> 62704")
    cells = [p for p in parts if p[0].isupper() and _LABEL_VALUE_PART.fullmatch(p)]  # a cased label
    others = [p for p in parts if p not in cells]
    # every part a cell, save one of words alone ("..., Due soon"): an address's other parts (a
    # building, a street, a town) are more than one, or hold a number of another shape
    return len(cells) >= 2 and len(others) <= 1 and not any(_DIGIT.search(p) for p in others)


# A comma part naming a product and its edition: capitalised words, then a year ("Visio 2016", "Power
# Point 2016", "SQL Server 2019"). Software, standards and models are named by their year; an address's
# parts end in a year-shaped number at most once (a house number, a postcode ending the line).
_EDITION_PART = re.compile(r"(?:[^\W\d_][\w.+&-]{0,20}[ ]+){1,4}(?:19|20)\d{2}")


def _editions(parts: list[str]) -> bool:
    """Two comma parts or more, none opening with a number, each of them or all but one ending in a year
    (``_EDITION_PART``): a list of products and their editions, not an address."""
    if len(parts) < 2 or any(_NUMBER_FIRST_PART.match(p) for p in parts):
        return False
    return sum(bool(_EDITION_PART.fullmatch(p)) for p in parts) >= max(2, len(parts) - 1)


def _not_postal(line: str) -> bool:
    """A record line (``_record_line``), a list of products and their editions (``_editions``), a line that names a release (``_RELEASE``), a product in CamelCase, or holds a word for a system,
    a version or the inside of a building that the address rules read as no postal address
    (``pii_shapes._SYSTEM_WORDS``: "Zone 7, Sector 19", "Windows Server 2019", "Gebäude 7, Raum 214")."""
    if _RELEASE.search(line) or _INNER_CAPITAL.search(line):
        return True
    parts = _comma_parts(line)
    return _record_line(line, parts) or _editions(parts) or \
        any(w in SYSTEM_WORDS for w in re.findall(r"[^\W\d_]+", line.lower()))


MODEL_PATH = Path(__file__).with_name("address_model.json")
"""The fitted weights, shipped with the package (``bench/redact_address_fit.py --write`` writes them)."""


@functools.lru_cache(maxsize=1)
def _model() -> tuple[tuple[float, ...], float]:
    """The weights and threshold of ``MODEL_PATH``; a file that is missing, unreadable, not JSON or not of
    this module's features is reported as ``path: error: ...`` (a :class:`FileError`), never read in part:
    redaction without it would let the address lines it finds through."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or tuple(data.get("features") or ()) != FEATURES:
            raise ValueError("features: not the features of kbgen.suggest.pii_address_model")
        weights, threshold = data.get("weights"), data.get("threshold")
        if not isinstance(weights, list) or len(weights) != len(FEATURES) or \
                not all(isinstance(w, (int, float)) and math.isfinite(w) for w in weights):
            raise ValueError(f"weights: not {len(FEATURES)} finite numbers")
        if not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
            raise ValueError("threshold: not a number between 0 and 1")
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise FileError(str(MODEL_PATH), f"the address model is unusable ({exc}); reinstall kbgen") from None
    return tuple(float(w) for w in weights), float(threshold)


def load_address_model() -> None:
    """Read the model now (see :func:`_model`): a broken file is reported before any work starts. The
    place names the address blocks read (:func:`.pii_gazetteer.places`) are loaded here too, once, before
    workers fork, not once in each of them."""
    _model()
    places()


def address_probability(features: list[float]) -> float:
    weights, _ = _model()
    score = sum(w * x for w, x in zip(weights, features))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


def redact_address_lines(text: str) -> str:
    """Candidate lines (``candidates``) the model reads as an address become ``[address]``."""
    if "\n" not in text and ":" not in text and not _COMMAS.search(text):
        return text  # one line with no label and no comma part: a sentence, the rules' part
    _, threshold = _model()
    spans = [(s, e) for s, e, before, after, labelled in candidates(text)
             if address_probability(line_features(text[s:e], before, after, labelled)) >= threshold]
    for start, end in reversed(spans):
        text = text[:start] + "[address]" + text[end:]
    return text
