"""Labels an export uses for per-person values, learned from the export itself (round 10).

A value that belongs to one person or one sign-in (a staff number, a one-time code, a password, an
account, a laptop's name) is different in every ticket; what systems print (an error code, a build, a
product's version, a fixed status) recurs across tickets. So a phrase that, in many tickets, stands
right before a value written with digits or mixed case, and whose values are each found in one ticket
only, introduces personal data, in whatever language or wording the export uses: a staff-number label
of a language no list holds, a verb phrase before a code, a phrase after an account are learned alike. Records (ticket, order, asset, serial
numbers: ``RECORD_LABEL_WORDS``), dates, times, versions, prices and measures are never such values.

:func:`count_labels` counts one ticket's pairs for :func:`learn_value_labels` (over an export's
sample, with :class:`~kbgen.suggest.pii_names.Lexicon`), and :func:`redact_labelled_values` replaces
the values after a learned label in a ticket's text.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from typing import Iterable, Iterator

from ..fold import folded_letters
from .pii_patterns import RECORD_LABEL_WORDS, account_shaped, record_word, replace_spans
from .pii_secrets import _NOT_CODE
from .pii_shapes import date_shaped

# A value: a token of letters, digits and the symbols secrets and ids use, three to forty characters,
# with a digit, a capital after a small letter or a joiner between letters ("m.oduya", "fig_canoe": a
# word of any language has none of them; a compound such as "sign-in" recurs across tickets), then up to
# three groups of digits or capitals parted by one space, dot or middle dot, as codes are read out
# ("417 238", "3KX 9PW"); right after a label's separator and a blank, a short prefix of one to four
# capitals opens a value when groups of digits follow ("Q 12 3456", "ABCD 12 34": a site's or a scheme's
# letters before a number read out in groups; elsewhere capitals before a number are its label, "NIN 123"). Not part of a path, an address or a longer token; right after a key's
# letter and "=" or ":" it is that key's value, as logs and query strings write them ("usr=m.oduya"),
# but after a label's colon and a space a token holding "=" is one value ("Kennwort: abc=xy12"). A
# number sign standing alone before it ("no. #40213", "Nummer: #40213") is the number's, not part of
# a token: the value is what follows it; so is a subscripted key's "=" ("Field[login]=<value>").
_VALUE = re.compile(r"(?:(?<![\w@./\\:#%&!?+*=~·-])|(?<=[^\W\d_][:=])|(?<=(?<![^\s:(])#)|(?<=[^\W\d_]\][:=]))(?:(?<=[:=][ \t])|(?![a-z_]{2,20}=\w))(?=[\w.·/#%&!?+*=~-]{0,39}(?:\d|[a-z][A-Z]|[^\W\d_][._-][^\W\d_])|(?<=[:=#|][ \t])[A-Z]{1,4}[ ]\d{2})"
                    r"(?:[A-Za-z0-9][\w.·/#%&!?+*=~-]{1,38}[\w#%&!?+*=~]|(?<=[:=#|][ \t])[A-Z]{1,4}(?=[ ]\d{2}))(?:[ .·](?:\d{2,8}|[A-Z0-9]{2,8})(?![\w@]|[.:/-]\w)){0,3}"
                    r"(?![\w@/\\]|[.:=-]\w)")
# What stands between a label and its value: spaces, a colon, an equals sign, a dash, an arrow, a quote,
# a comma; a label's word opens with a letter and holds letters, digits, apostrophes and hyphens.
_BETWEEN = " \t:=#<>\"'`()-,"
_APOSTROPHES = str.maketrans("", "", "'’")
_QUOTES = "\"'`“”‘’«»{}<>"  # not square brackets: "[password] or x" has no label "password"
# Shapes of values that are no person's: a date, a time, a version or build (two dots between digits,
# or a dot with digits on both sides only), an amount, an IPv4 (read before), a measure with its unit
# ("1200W", "6500K"; four digits and a capital are also how staff numbers carry a check letter, so such
# a value counts after a label written with ":", "=" or "#", see ``_LABELLED``).
_NOT_PERSONAL = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[./-]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+){1,3}[a-z]?|"
                           r"\d{1,3}(?:[,.]\d{3})+(?:[,.]\d{2})?|\d+(?:[.,]\d+)?[ ]?(?:%|[a-zA-Z]{1,3})|"
                           r"(?i:kb|inc|ritm|req|chg|task|prb|sr|ord|po)\d+|0x[0-9A-Fa-f]+")

# A count before a plural noun ("about 120 users", "35 laptops"): a number of things, not a value. A
# plural here is a word of four letters or more ending in one s after a letter other than s, i or u
# ("is", "was", "this", "status", "address" are no plurals).
COUNT_NOUN = re.compile(r" ?[^\W\d_]{2,}[^\W\d_siu]s(?![\w-])")
"""A plural noun right after a number ("3 laptops"): the number counts things, it names no one."""
_ALL_VALUES = ""
"""The key under which :func:`count_labels` counts every value, whatever stands next to it."""

LABEL_MIN_TICKETS = 4
"""Tickets that must write a label before a value before it is learned, in a small export."""
LABEL_MIN_SHARE = 1 / 400
"""Share of the sample's tickets a label must be written in before a value. Words stand next to values
by chance in a number of tickets that grows with the export (a word in one ticket in ten next to a
value in one in a hundred meets one in a thousand), while a real label is written in a steady share of
tickets (every ticket of its kind): so the minimum grows with the sample, and 4 tickets of 20,000 are
no pattern."""
FREQUENT_WORD_SHARE = 0.05
"""Share of the sample's tickets from which a word written in small letters is one of the export's
everyday words ("on", "its", "to", "should"): a label made only of such words is filler next to a value,
not a name for it."""
LABEL_UNIQUE_SHARE = 0.8
"""Share of a label's values that must be found in one ticket only (system values recur)."""


def label_pairs(text: str, spans: Iterable[tuple[int, int]] | None = None) -> Iterator[tuple[tuple[str, ...], int, int]]:
    """Each ``(labels, start, end)``: a value (see ``_VALUE``; ``spans``: where they stand, if already
    found) and its labels, folded to small letters: the one or two words right before it on its line,
    and, as "> words", the one or two right after it (people also write what a value is after it:
    "rk7lund is mine", "904 116 expired already")."""
    for start, end in (_value_spans(text) if spans is None else spans):
        labels = _labels_at(text, start, end)
        if labels:
            yield labels, start, end


def _labels_at(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The labels of the value ``text[start:end]`` (see :func:`label_pairs`; maybe none), or None when
    the words before it name a record or a system ("error 80070643 again"): no label of it is learned."""
    line_start = text.rfind("\n", max(0, start - 48), start) + 1
    before = _words(text[max(line_start, start - 48):start].rstrip(_BETWEEN).rsplit(None, 2)[-2:],
                    abbreviated=not (text[start].isupper() and text[start + 1:start + 2].islower()))
    if before and _record_words(before):
        return None
    line_end = text.find("\n", end, end + 48)
    after = _words(text[end:line_end if line_end >= 0 else end + 48].lstrip(_BETWEEN).split(None, 2)[:2], True)
    return tuple(label for label in (before, after and "> " + after) if label)


def _value_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where values (see ``_VALUE``) stand, but not dates, times, versions, amounts, measures, placeholders
    (``_NOT_PERSONAL``) or a count before a plural noun (``COUNT_NOUN``)."""
    for match in _VALUE.finditer(text):
        value = match.group(0)
        if (_NOT_PERSONAL.fullmatch(value.rstrip("?!.")) and not _labelled_check_letter(text, match)
                and not _labelled_dotted_groups(text, match)) or \
                value.startswith("[") or len(value.strip(".·-")) < 3:
            continue  # a record's number or a date ends a question or a sentence as well ("related to X?")
        if value.isdigit() and COUNT_NOUN.match(text, match.end()):
            continue
        yield match.span()


# A value written right after a label's ":", "=" or "#" (spaces and an opening quote allowed, as keys
# are written in JSON and config files): the writer says a value follows.
_LABELLED = re.compile(r"[:=#][ \t]*[\"'`]?\Z")
_CHECK_LETTER = re.compile(r"\d{4,}[A-Z]")


def _after_written_label(text: str, start: int) -> bool:
    """Whether a label written with its sign (``_LABELLED``: ``:``, ``=``, ``#``) ends just before
    ``start`` (within four characters: quotes and blanks)."""
    return _LABELLED.search(text, max(0, start - 4), start) is not None


# Three groups of digits or more parted by dots, no date's and each of two digits or more ("123.456.78"),
# right after a written label: how some organisations print a staff or member number. A version or an
# amount has the same shape, so such a value is only counted here: a label or a shape is learned from
# it only when the export writes such values once each after labels (versions and prices recur).
_DOTTED_GROUPS = re.compile(r"\d{2,4}(?:\.\d{2,4}){2,3}")


def _labelled_dotted_groups(text: str, match: re.Match) -> bool:
    """Dotted digit groups (``_DOTTED_GROUPS``), no date, right after a written label."""
    value = match.group(0)
    return bool(_DOTTED_GROUPS.fullmatch(value)) and not date_shaped(value) and \
        _after_written_label(text, match.start())


def _labelled_check_letter(text: str, match: re.Match) -> bool:
    """Four digits or more and a capital ("4417K") right after a written label: a number with its check
    letter, not a measure ("PSU 1200W")."""
    return bool(_CHECK_LETTER.fullmatch(match.group(0))) and _after_written_label(text, match.start())


def _words(words: list[str], leading: bool = False, abbreviated: bool = False) -> str:
    """The label the words make, folded: the words next to the value that are words (a letter first,
    then letters, digits, apostrophes and hyphens: "Benutzer-Kennung"), up to the first that is none. The word right before the
    value may be an abbreviation (see :func:`_abbreviation`; ``abbreviated``: no sentence ends there)."""
    kept = []
    for word in (words if leading else reversed(words)):
        word = word.strip(_QUOTES)  # a key quoted or in braces ('"user":', "{pwd}")
        if not kept and not leading:
            word = _abbreviation(_script_punctuation_off(_subscript(word)), abbreviated)
        if not word[:1].isalpha() or not _letters_and_marks(word.translate(_KEY_JOINERS)):
            break
        kept.append(word)
    if not leading:
        kept.reverse()
    return " ".join(label_fold(w) for w in kept)


# What joins the words of one label: apostrophes, hyphens and, in keys, underscores ("badge_no",
# "staff_number": a program's name for the same label).
_KEY_JOINERS = str.maketrans("", "", "'’-_")
# A key with a subscript, as form posts and templates write a field ("Field[login]=", "user[name]:"):
# the subscript is the label.
_SUBSCRIPT = re.compile(r"[^\W\d_][\w-]*\[([^\W\d][\w-]{1,30})\]")


def _subscript(word: str) -> str:
    """The subscript of a key written with one (see ``_SUBSCRIPT``), else ``word``."""
    match = _SUBSCRIPT.fullmatch(word) if word.endswith("]") else None
    return match.group(1) if match else word


def _script_punctuation_off(word: str) -> str:
    """``word`` without the punctuation of another script than ASCII that ends a label (the Armenian
    "՝", the full-width "：" of Chinese and Japanese, the Ethiopic "፡"), as ``_BETWEEN`` takes the
    ASCII colon off; a sentence's end (``_SENTENCE_TERMINALS``) stays, and no label is learned there."""
    end = len(word)
    while end > 1 and not word[end - 1].isascii() and word[end - 1] not in _SENTENCE_TERMINALS and \
            unicodedata.category(word[end - 1]).startswith("P"):
        end -= 1
    return word[:end]


# The full stops, question and exclamation marks of the scripts (Han and kana, Devanagari, Armenian,
# Ethiopic, Arabic, full-width forms): a sentence ends there, so the word before a value is no label
# (ASCII ones are read by ``_abbreviation`` and ``_BETWEEN``).
_SENTENCE_TERMINALS = frozenset("。｡．！？।॥։።؟۔")


def _letters_and_marks(word: str) -> bool:
    """Letters and digits of any script with their combining vowel signs and accents (Tamil, Sinhala,
    Devanagari and Thai write vowels as marks, which ``str.isalnum`` refuses): a word."""
    return bool(word) and all(c.isalnum() or unicodedata.category(c) in ("Mn", "Mc") for c in word)


# An abbreviated label word: a capital, then one to four letters, and its dot ("Nr.", "Tel.", "Pos.").
# An abbreviation that is itself a word naming a record ("Rev." of a revision, "Ref." of a reference; whole
# words only: opening a longer record word says nothing, "Per." opens "period" and "person" alike) is
# that record word, whose numbers are no person's. Any other is a label word only where no sentence can end: a
# sentence's last word stands before the next sentence's capitalised word, so the caller passes
# ``abbreviated`` only when the value does not open as one (a capital, then a small letter).
def _abbreviation(word: str, abbreviated: bool) -> str:
    """``word`` as the label word it abbreviates (see above), else ``word`` itself."""
    if not (word.endswith(".") and 2 <= len(word) - 1 <= 5 and word[0].isupper() and word[:-1].isalpha()):
        return word
    low = label_fold(word[:-1])
    return low if low in RECORD_LABEL_WORDS else (word[:-1] if abbreviated else word)


# What a label's word keeps when folded: letters of any script and the hyphen; accents, apostrophes,
# digits and other signs go. Latin words fold as names do ("Benutzer-Name" -> "benutzer-name"); the
# words of other scripts stay themselves, so a Cyrillic, Greek or Hangul label is learned as well.


def label_fold(text: str) -> str:
    """``text`` folded as a label's words are compared: small letters of any script, accents dropped,
    no digits, spaces or signs but the hyphen (``kbgen.fold.folded_letters``)."""
    return folded_letters(text)


def count_labels(text: str, values: dict[str, dict[str, int]]) -> None:
    """Add one ticket's labels and values to ``values`` (label -> value -> tickets), and each of its
    values, whatever stands next to it, under the label ``""`` (how rare it is across the export). A
    number after a key (see ``_KEY_BEFORE``) is also counted under ``_KEYED`` + its label, so that
    :func:`learn_value_labels` can tell the key's counters from its ids."""
    spans = list(_value_spans(text))  # found once: labelled or not, each value counts under ""
    seen = set()
    for labels, start, end in label_pairs(text, spans):
        machine = _machine_value(text, start, end)
        if machine == "drop":
            continue
        for label in labels:
            seen.add((label, text[start:end]))
            if machine == "keyed":
                seen.add((_KEYED + label, text[start:end]))
    seen.update((_ALL_VALUES, text[start:end]) for start, end in spans)
    for label, value in seen:
        per_label = values.setdefault(label, {})
        per_label[value] = per_label.get(value, 0) + 1


# A key written as logs, query strings and JSON write them: glued to its "=" or ":" ("pid=41567",
# "trace:9c0e…"), or quoted ('"elapsed": 813'). What a program prints after such a key may be a counter,
# a duration, a process, port or session number, new in every line as a person's values are, or a
# person's id ("badge:604215"): the shape cannot tell them apart, the key's values over the export can
# (see :func:`_counter_key`), so such a number is counted under ``_KEYED`` as well. A random hex id (a
# letter a-f among its digits) is a machine's; so is a number inside a run of three key-value pairs
# or more on its line ("pid=… port=… ms=…"), a program's status line.
_KEY_BEFORE = re.compile(r"(?:[^\W\d_][:=]|[\"'][ \t]*[:=][ \t]*[\"']?)\Z")
_KEYED_NUMBER = re.compile(r"[A-Za-z]?\d{1,6}")
_HEX_ID = re.compile(r"(?=[^g-z]*\d)(?=[^g-z]*[a-f])[0-9a-f-]{6,}|(?=[^G-Z]*\d)(?=[^G-Z]*[A-F])[0-9A-F-]{6,}")
_KEY_PAIR = re.compile(r"[^\W\d_][\w.-]{0,30}[\"']?[ \t]*[:=](?![/\\])[ \t]*[\"']?[\w.-]")
_KEY_RUN = 3
"""Key-value pairs on a line from which the line is a program's status line (see ``_KEY_BEFORE``)."""
_KEYED = "\x00"
"""Prefix of the label under which :func:`count_labels` counts the numbers written after a key."""


def _machine_value(text: str, start: int, end: int) -> str:
    """``"drop"`` if the value ``text[start:end]`` after a key (see ``_KEY_BEFORE``) is a hex id or stands
    in a run of key-value pairs, ``"keyed"`` if it is another number after a key, else ``""``."""
    if not _KEY_BEFORE.search(text, max(0, start - 4), start):
        return ""
    if _HEX_ID.fullmatch(text, start, end):
        return "drop"
    if not _KEYED_NUMBER.fullmatch(text, start, end):
        return ""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    # at most _KEY_RUN pairs are read: a line of thousands of key=value pairs costs no more per number
    pairs = itertools.islice(_KEY_PAIR.finditer(text, line_start, line_end if line_end >= 0 else len(text)), _KEY_RUN)
    return "drop" if sum(1 for _ in pairs) >= _KEY_RUN else "keyed"


# Counters and durations count up from small numbers and grow: their widths vary, or most have one to
# three digits. An organisation's ids for people are handed out at one width ("604215", "k30917").
COUNTER_WIDTH_SHARE = 0.8
"""Share of a key's numbers that must have the key's commonest width for the key to name ids."""


def _counter_key(numbers: Iterable[str]) -> bool:
    """Whether the ``numbers`` written after one key are counters (see ``COUNTER_WIDTH_SHARE``)."""
    widths: dict[int, int] = {}
    for number in numbers:
        digits = sum(c.isdigit() for c in number)
        widths[digits] = widths.get(digits, 0) + 1
    total = sum(widths.values())
    short = sum(n for width, n in widths.items() if width <= 3)
    return total > 0 and (max(widths.values()) < COUNTER_WIDTH_SHARE * total or short * 2 > total)


def merge_label_counts(parts: Iterable[dict[str, dict[str, int]]]) -> dict[str, dict[str, int]]:
    """The counts of :func:`count_labels` over slices of an export, summed."""
    total: dict[str, dict[str, int]] = {}
    for part in parts:
        for label, seen in part.items():
            into = total.setdefault(label, {})
            for value, n in seen.items():
                into[value] = into.get(value, 0) + n
    return total


def learn_value_labels(values: dict[str, dict[str, int]], sample: int = 0,
                       frequent: frozenset[str] = frozenset()) -> dict[str, tuple[str, frozenset[str]]]:
    """Labels whose values are each found in one ticket of the export (see the module docstring) -> the
    placeholder kind their values take (``username`` for accounts in small letters, ``employee-id`` for
    numbers and capitals with digits, ``password`` for the rest) and the prefixes of the numbering
    schemes of things also written after the label (see :func:`_scheme_prefixes`), whose values stay.
    ``sample`` is the number of tickets counted, ``frequent`` the export's everyday words (see
    ``LABEL_MIN_SHARE`` and ``FREQUENT_WORD_SHARE``)."""
    everywhere = values.get(_ALL_VALUES, {})
    least = max(LABEL_MIN_TICKETS, round(sample * LABEL_MIN_SHARE))
    learned = {}
    for label, seen in values.items():
        if label.startswith(_KEYED):
            continue
        keyed = values.get(_KEYED + label, {})
        if keyed and _counter_key(keyed):  # a counter's key: its numbers teach nothing
            seen = {v: n for v, n in seen.items() if v not in keyed}
        tickets = sum(seen.values())
        if label == _ALL_VALUES or tickets < least or _record_words(label) or _filler(label, frequent):
            continue
        # rare across the whole export, not only after this label: a date, a build or an error code
        # recurs after other words even when one label sees it once
        if sum(1 for v, n in seen.items() if n == 1 and everywhere.get(v, 1) == 1) < LABEL_UNIQUE_SHARE * tickets:
            continue
        prefixes, share = _scheme_prefixes(seen)
        if share < SCHEME_SHARE_THING:
            kind = _dominant_kind(seen)
            # most values outside any scheme plain numbers: the label numbers people, and an
            # organisation that prefixes some of its people's numbers ("AB-" for one site) numbers
            # people there too; beside machine names (a laptop label, in any case), a scheme is its
            # asset tags
            mixed = share >= SCHEME_SHARE_MIXED and not _mostly_numbers(v for v in seen if not _in_scheme(v, prefixes))
            learned[label] = (kind, prefixes if mixed else frozenset())
    return learned


# An export writes each of its people's values in one shape: its staff numbers at one width with the
# same letters and separators ("AB-1234-5678", "1234X", "ABC/1234"), its accounts as so many letters and
# digits. Most such values stand after a label the export writes often (learned above); the rest stand
# after rarer wordings of the same label (another language, a phrase said once) that no count can
# learn. So a value's shape (each digit "9", each ASCII capital "A", each small letter "a", other
# characters as written) is learned when the export writes values of that shape after several labels,
# mostly learned ones, each value in one ticket only; a value of a learned shape after any label
# (no record's: ``label_pairs`` drops those) is then that kind of value too.
_SHAPE_OF = str.maketrans({**dict.fromkeys("0123456789", "9"), **dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "A"),
                           **dict.fromkeys("abcdefghijklmnopqrstuvwxyz", "a")})
SHAPE_MIN_LABELS = 3
"""Distinct labels a shape's values must stand after (one label's values are that label's to learn)."""
SHAPE_LEARNED_SHARE = 0.5
"""Share of a shape's values that must stand after learned labels: the shape is then the export's way
of writing that kind of value, not a shape that merely recurs."""
SHAPE_MIN_LENGTH = 5
"""Characters a learned shape has at least: shorter ones ("A99", "9-9") are common to many things."""
SHAPE_ANYWHERE_LABELS = 6
"""Distinct labels from which a learned shape's values go wherever they stand (see ``_shaped_values``):
twice the labels that teach a shape, so a shape merely written after a few words is not enough."""
SHAPE_ANYWHERE_LENGTH = 7
"""Characters from which a learned shape is no model's or measure's ("4250N", "2160P", "A-100")."""
SHAPE_ANYWHERE_DIGITS = 3
"""Digits from which a learned shape is a number handed out, not a word with a digit ("server2",
"bastion4": a machine's name, read after a label only)."""


def value_shape(value: str) -> str:
    """The shape of a value: digits as "9", ASCII capitals as "A", small letters as "a", the rest kept."""
    return value.translate(_SHAPE_OF)


def _shape_bearing(shape: str) -> bool:
    """A shape a person's value can be learned by: long enough, with a digit, and with a letter or a
    separator besides (a plain number's shape is every count's, amount's and code's)."""
    return len(shape) >= SHAPE_MIN_LENGTH and "9" in shape and shape.strip("9") != ""


def learn_value_shapes(values: dict[str, dict[str, int]], labels: dict[str, tuple[str, frozenset[str]]],
                       sample: int = 0) -> dict[str, tuple[str, frozenset[str]]]:
    """Shapes of the values the export writes after learned ``labels`` and after other labels alike
    (see above) -> the placeholder kind of their values and the labels they were written after;
    ``values`` as :func:`learn_value_labels` reads."""
    everywhere = values.get(_ALL_VALUES, {})
    least = max(LABEL_MIN_TICKETS, round(sample * LABEL_MIN_SHARE))
    seen: dict[str, _ShapeCount] = {}
    for label, per_label in values.items():
        if label == _ALL_VALUES or label.startswith(_KEYED) or label.startswith("> ") or _record_words(label):
            continue
        learned = label in labels
        for value, n in per_label.items():
            shape = value_shape(value)
            if not _shape_bearing(shape):
                continue
            count = seen.setdefault(shape, _ShapeCount())
            count.tickets += n
            count.unique += n == 1 and everywhere.get(value, 1) == 1
            count.learned += n if learned else 0
            count.labels.add(label)
            count.values.append(value)
    return {shape: (_dominant_kind(c.values), frozenset(c.labels)) for shape, c in seen.items()
            if c.tickets >= least and c.unique >= LABEL_UNIQUE_SHARE * c.tickets and len(c.labels) >= SHAPE_MIN_LABELS
            and c.learned >= SHAPE_LEARNED_SHARE * c.tickets}


@dataclasses.dataclass
class _ShapeCount:
    """What the export writes of one value shape: tickets, values found once, tickets after learned
    labels, the labels written before its values, the values."""

    tickets: int = 0
    unique: int = 0
    learned: int = 0
    labels: set[str] = dataclasses.field(default_factory=set)
    values: list[str] = dataclasses.field(default_factory=list)


def _shaped_values(text: str, shapes: dict[str, tuple[str, frozenset[str]]]) -> list[tuple[int, int, str]]:
    """Values of a learned shape (see ``learn_value_shapes``) after a label written with ":", "=" or "#",
    or after a label the shape's values were written after in the export: a word before a value of
    the shape is otherwise a model's or a measure's name ("HP 4250N", "resolution 2160P"). A shape
    the export writes after many labels (``SHAPE_ANYWHERE_LABELS``) and long enough to be no model's
    or measure's (``SHAPE_ANYWHERE_LENGTH``) is the export's own numbering of its people: its values
    go wherever they stand (a CSV cell, a sentence, a query string), unless a record's or a system's
    word stands before them or the value is letters then digits, as records, requests and error codes
    are numbered ("REQ0049917", "ERRSTS50076": after a label only)."""
    if not shapes:
        return []
    shaped = text.translate(_SHAPE_OF)  # a cheap test first: most texts hold no value of the shapes
    if not any(shape in shaped for shape in shapes):
        return []
    found = []
    for match in _VALUE.finditer(text):  # every value: a learned shape is no date's, version's or amount's
        start, end = match.span()
        kind, seen_after = shapes.get(value_shape(text[start:end]), ("", frozenset()))
        if not kind:
            continue
        names = _labels_at(text, start, end)
        if names is None:
            continue  # a record's number
        anywhere = len(seen_after) >= SHAPE_ANYWHERE_LABELS and end - start >= SHAPE_ANYWHERE_LENGTH and \
            sum(c.isdigit() for c in text[start:end]) >= SHAPE_ANYWHERE_DIGITS and \
            not _SCHEME_SHAPED.fullmatch(text, start, end)  # letters then digits: a record's or an error's code
        if anywhere or (names and not names[0].startswith("> ") and (
                names[0] in seen_after or _after_written_label(text, start))):
            found.append((start, end, f"[{kind}]"))
    return found


# The letters that open a value before its number ("QX" of QX440912, "TAG" of TAG-3391, "nas" of
# nas12), compared in capitals.
_PREFIX = re.compile(r"[A-Za-z]{2,8}(?=[-_]?\d)")
# A numbered thing's name: its letters in one case, then digits, dashes and underscores only. A weak
# password also opens with a word before its number ("Season2024!", "Pebbles7"), but is Capitalised
# or ends in a symbol: such values count toward no numbering scheme.
_SCHEME_SHAPED = re.compile(r"(?:[A-Z]{2,8}|[a-z]{2,8})[-_]?\d[\d_-]*")
SCHEME_SHARE_THING = 0.5
"""Share of a label's values in numbering schemes from which the label names things, not people."""
SCHEME_SHARE_MIXED = 0.25
"""Share from which a label names things too ("laptop" before an asset tag or a person's machine
name): its values in those schemes stay, the others go."""


def _scheme_prefixes(values: Iterable[str]) -> tuple[frozenset[str], float]:
    """Letters that open a fifth of the values or more (three at least), and the share of the values
    they open: an organisation's numbering schemes for its things (asset tags, tickets, orders) and
    its numbered families of machines ("disk space on nas07 is low" from a monitor), handed out in
    sequence. People's weak passwords share prefixes too (a pet's name, a season): only values
    shaped as a numbered thing's name (``_SCHEME_SHAPED``) count toward a prefix, the others toward
    the total alone."""
    prefixes: dict[str, int] = {}
    total = 0
    for value in values:
        total += 1
        if prefix := _scheme_prefix(value):
            prefixes[prefix] = prefixes.get(prefix, 0) + 1
    shared = {p: n for p, n in prefixes.items() if n >= max(3, total / 5)}
    return frozenset(shared), sum(shared.values()) / max(1, total)


def _mostly_numbers(values: Iterable[str]) -> bool:
    """Whether half the ``values`` or more are numbers (digits and the signs that group them)."""
    numbers = total = 0
    for value in values:
        total += 1
        numbers += value.replace(" ", "").replace("-", "").replace(".", "").isdigit()
    return numbers * 2 >= total > 0


def _filler(label: str, frequent: frozenset[str]) -> bool:
    """A label made only of the export's everyday words (see ``FREQUENT_WORD_SHARE``)."""
    return all(word in frequent for word in label.split() if word != ">")


def _record_words(label: str) -> bool:
    """A label holding a word that names a record or a system's number (an error, a build, a version,
    a model: ``_NOT_CODE``, the words no one-time code follows): its values are no person's, however
    few tickets show that they recur."""
    return any(w != ">" and (record_word(w) or w in _NOT_CODE)
               for w in label.split())


def _dominant_kind(values: Iterable[str]) -> str:
    kinds: dict[str, int] = {}
    for value in values:
        kind = value_kind(value)
        kinds[kind] = kinds.get(kind, 0) + 1
    return max(sorted(kinds), key=kinds.__getitem__)


def value_kind(value: str) -> str:
    """The placeholder kind of one value (see :func:`learn_value_labels`)."""
    if value.islower() and account_shaped(value):
        return "username"
    if not any(c.islower() for c in value):
        return "employee-id"
    return "password"


def redact_labelled_values(text: str, labels: dict[str, tuple[str, frozenset[str]]],
                           everyday: frozenset[str] = frozenset(),
                           shapes: dict[str, tuple[str, frozenset[str]]] | None = None) -> str:
    """Each value after a learned label for the export -> ``[kind]``; after a label learned before
    accounts (not one written after them: "is locked" is said of a mailbox too), also a token of
    letters alone that is none of the export's ``everyday`` words (see :func:`_plain_accounts`);
    after any other label, a value of one of the export's learned ``shapes`` (:func:`learn_value_shapes`)."""
    if shapes:
        text = replace_spans(text, _shaped_values(text, shapes))
    if not labels or not _holds_a_label(text, labels):
        return text
    spans = []
    for names, start, end in label_pairs(text):
        learned = next((labels[name] for name in names if name in labels), None)
        if learned and not _in_scheme(text[start:end], learned[1]):
            spans.append((start, end, f"[{learned[0]}]"))
    taken = {start for start, _, _ in spans}
    spans += [(start, end, "[username]") for start, end in _plain_accounts(text, labels, everyday) if start not in taken]
    return replace_spans(text, spans)


# A token of letters alone, with up to one dot, hyphen or underscore between letters, as accounts are
# made of a person's names ("ksherpa", "anna.k", "smith-j"): ``_VALUE`` takes none of them, since a
# word of any language has the same shape. Not part of a path, an address or a longer token.
_PLAIN_TOKEN = re.compile(r"(?<![\w@./\\:#%&!?+*=~·'’-])[^\W\d_]{2,20}(?:[._-][^\W\d_]{1,20})?(?![\w@/\\'’]|[.:=-]\w)")


def _plain_accounts(text: str, labels: dict[str, tuple[str, frozenset[str]]],
                    everyday: frozenset[str]) -> list[tuple[int, int]]:
    """Tokens of letters (``_PLAIN_TOKEN``) right after a label the export was learned to write before
    accounts (its values are accounts in small letters, each found in one ticket): what stands there is
    an account too, unless it is a word of the export (``everyday``: words many tickets
    write in small letters, so no one person's), written in capitals or capitalised (a name or a
    sentence's word), or a word of the label itself."""
    kinds = {label for label, (kind, _) in labels.items() if kind == "username" and not label.startswith("> ")}
    if not kinds:
        return []
    tokens = [m.span() for m in _PLAIN_TOKEN.finditer(text)
              if m.group(0).islower() and len(m.group(0)) >= 3 and label_fold(m.group(0)) not in everyday
              and m.group(0).lower() not in everyday]
    found = []
    for names, start, end in label_pairs(text, tokens):
        if any(name in kinds for name in names) and not any(label_fold(text[start:end]) in name.split() for name in names):
            found.append((start, end))
    return found


def _holds_a_label(text: str, labels: dict[str, tuple[str, frozenset[str]]]) -> bool:
    """Whether ``text`` holds, folded, the word next to the value of one of the learned ``labels``: a
    text without any has no labelled value, and skipping it spares the search for values in every
    text of an export whose labels are few."""
    folded = label_fold(text)
    return any(word in folded for word in _label_words(tuple(labels)))


@functools.lru_cache(maxsize=16)  # one export's labels are read at a time; keyed by the labels themselves
def _label_words(labels: tuple[str, ...]) -> tuple[str, ...]:
    """The folded word of each label that stands next to its value (the last before it, the first
    after it), spaces removed as :func:`label_fold` removes them from a text."""
    words = {(label[2:].split()[0] if label.startswith("> ") else label.split()[-1]) for label in labels}
    return tuple(sorted(w for w in words if w))


def _in_scheme(value: str, prefixes: frozenset[str]) -> bool:
    return bool(prefixes) and _scheme_prefix(value) in prefixes


def _scheme_prefix(value: str) -> str:
    """The letter prefix of a value shaped as a numbered thing's name, in capitals ('' if none)."""
    match = _PREFIX.match(value) if _SCHEME_SHAPED.fullmatch(value) else None
    return match.group(0).upper() if match else ""
