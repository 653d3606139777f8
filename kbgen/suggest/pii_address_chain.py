"""Postal addresses read by the evidence of their parts, with no cue word and no street-type list.

An address written on one line is a *chain* of comma-separated parts (``,``, the Arabic ``،``, the
Ethiopic ``፣``) made of place words (a capitalised word, or a word of a script without case: Arabic,
Ethiopic, Sinhala, Tamil, Devanagari, Thai...), numbers and short abbreviations ("bl.", "apto.",
"д."). A chain of two or more such parts is an address when it holds, in any order:

* a *house number*: a token opening with a digit ("63", "9-IV", "27/5", "311.", "6-uy", "#41");
* a *place word* of three letters or more;
* one more piece of evidence: a *postcode-shaped* token that is not the house number (four to seven
  digits, not a year; letters and digits in the shapes postcodes of many countries take: "KX3310",
  "D2618", "J4T 2C7", "3581 KR", "13094-220", "71-342") and not a number after a label word in a
  part before the last ("Ticket 5521"), a short abbreviation with a dot or a door or floor word or a
  street-type word, or, in a script without letter case, a third part; without a postcode, one part
  names a place and holds no number. With neither a postcode nor a street word, known places alone
  (:func:`.pii_gazetteer.places`) make the chain an address only when the house number's part holds
  two words or more, every other part (two at least) names a known place and the chain ends its line. Three parts or more of words and one number each are a record's
  labelled values ("Zone 3, Bay 14, Ref 2207"), never an address; nor is a chain that ends in a
quantity: a bare number that prose goes on after in small letters ("…, 1040 errors today") or a number
and a currency's name ("…, 1200 Euro").

A system or in-building word anywhere ("Windows 11, Office 2021", "Level 3, 1400 Series") makes the
chain a product list or a place in a site; a version, a time or a model-like token (a camel-case word,
letters glued to up to three digits: "T14", "G11") makes it a product list. East Asian addresses are
written without commas: a run of Han, kana or Hangul words holding two administrative-unit endings
(prefecture, city, ward, district, road: 都道府県市区郡町村, 시도구군동읍면로길) before a block number
(dashed "3-14-9", with its unit "4丁目", or after a road word "…로 218") is an address too; a number
with a counter (a floor, machines, people) is not a block number.

Every pattern is linear (bounded repetitions, no nested quantifiers); a line is read only when it
holds a separator and a digit.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from .pii_addresses import _YEAR, PARTICLES
from .pii_currency import currency_words
from .pii_gazetteer import gazetteer, place_key, place_ranks, places
from .pii_patterns import _ADDRESS_WORDS_AMBIGUOUS, _ADDRESS_WORDS_INTL, _NOT_NAMES, abstract_noun, replace_spans

# Commas of the scripts that write addresses with one: Latin, Arabic, Ethiopic.
_SEPARATORS = re.compile(r"[,،፣]")
_NUMBER = re.compile(r"(?:#|[Nn][º°o]\.?)?\d{1,7}[A-Za-z]?(?:[-/]\w{1,8}){0,3}\.?|\d{1,3}(?:st|nd|rd|th|º|ª|-?[^\W\d_]{1,3})\.?")
# Postcode shapes of many countries: digits (four to seven, with a dash or a space inside), letters
# before digits (Azerbaijan, Argentina, Malta, Kazakhstan), the British, Canadian, Dutch and Irish forms.
# It differs from the two other postcode patterns on purpose: pii_addresses._POSTCODE and
# pii_patterns._POSTCODE find a postcode inside running text beside a street, so they are narrow; this
# one only judges one whitespace token (or half of one) of a comma part already read as an address part,
# so it takes every country's shape, and the other evidence (a house number, a place word) guards it.
_POSTCODE = re.compile(r"\d{4,7}|\d{3}[ -]\d{2,4}|\d{5}-\d{3}|\d{2}-\d{3}|[A-Z]{1,3}-?\d{3,6}|[A-Z]\d{4}[A-Z]{3}|"
                       r"[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}|[A-Z]\d[A-Z]|\d[A-Z]\d|[A-Z]\d{2}|[A-Z\d]{4}")
# A token of a product list or a log, never of an address: a version, a time, a camel-case name,
# letters glued to a short number (a model), a size.
_PRODUCT_TOKEN = re.compile(r"\d+\.\d+\.\d+|\d{1,2}:\d\d|[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|[A-Za-z]{1,3}\d{1,3}[A-Za-z]?|"
                            r"\d+(?:GB|MB|TB|GHz|MHz|Mbps|px|ms|%)")
_ABBREVIATION = re.compile(r"[^\W\d_]{1,4}\.")
_LABEL = re.compile(r"[^\W\d_]{1,3}:")


def _cased_cap(token: str) -> bool:
    return token[:1].isupper()


def _uncased(token: str) -> bool:
    """A word of a script without letter case (Arabic, Ethiopic, Sinhala, Tamil, Han...)."""
    first = token[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def _place_word(token: str) -> bool:
    """A word that may name a place: capitalised (three letters or more) or of a script without case."""
    word = token.strip(".'’-")
    if any(c.isdigit() for c in word):
        return False
    # Syllabic and logographic scripts write a town in two signs ("ደሴ", "仙台").
    return len(word) >= 3 and _cased_cap(word) or len(word) >= 2 and _uncased(word)


def _address_token(token: str, floor_words: re.Pattern) -> bool:
    """A token an address part may hold: a number, a place word, a short abbreviation, a door or floor
    word, a particle, a short label ("No:"), a capitalised or uncased word, a dash."""
    return bool(_NUMBER.fullmatch(token) or _cased_cap(token) or _uncased(token) or _ABBREVIATION.fullmatch(token)
                or _LABEL.fullmatch(token) or floor_words.fullmatch(token) or token in "-–")


def _part_tokens(line: str, bound: tuple[int, int], position: str, floor_words: re.Pattern,
                 is_type: Callable[[str], bool] = lambda word: False) -> list[re.Match] | None:
    """The tokens of the part of ``line`` at ``bound`` (start, end; no copy of the line) that belong to an address: all of them for a
    middle part (None unless every one is an address token and the part is short), the tail of the first
    part (a sentence may lead into the address), the head of the last one (a sentence may go on after
    it). A lower-case word of four letters or more counts before a number ("blok 7", "numer 26"; not
    the small words of a sentence: "is 4", "at 3") and after an
    address token in a middle part ("Sráid na Cille", "Ленин гудамж")."""
    if position == "middle" and bound[1] - bound[0] > 120:
        return None  # a middle part is a few short tokens (at most six)
    tokens = list(_TOKEN.finditer(line, *bound))
    words = [t.group() for t in tokens]
    if not tokens or len(tokens) > 6 and position == "middle":
        return None
    # A street-type word ("avenue", "ulica") is an address token in any case.
    ok = [_address_token(w, floor_words) or is_type(w) for w in words]
    for i, word in enumerate(words):
        if not ok[i] and _WORD.fullmatch(word) and (
                (len(word) >= 4 and i + 1 < len(words) and _NUMBER.fullmatch(words[i + 1])) or
                (position == "middle" and i and ok[i - 1])):
            ok[i] = True
    if position == "middle":
        return tokens if all(ok) else None
    if position == "first":
        i = len(tokens)
        while i and ok[i - 1]:
            i -= 1
        taken = tokens[i:]
        while taken and not (_NUMBER.fullmatch(taken[0].group()) or _place_word(taken[0].group())):
            taken.pop(0)
        return taken or None
    i = 0
    while i < len(tokens) and ok[i] and i < 6:
        i += 1
        if words[i - 1][-1:] == "." and words[i - 1][:1].isdigit() and i < len(words) and _place_word(words[i]):
            break  # "... 61837. User reports": the number ends a sentence
    return tokens[:i] or None


_TOKEN = re.compile(r"\S+")
_NEXT_WORD = re.compile(r"[ \t]*(\S{1,40})")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{0,11}(?:['’-][^\W\d_]{1,8})?")


def _evidence(parts: list[list[re.Match]], system_words: frozenset[str], is_type: Callable[[str], bool],
              at_end: bool = False) -> bool:
    """A chain of parts is an address (see the module docstring)."""
    tokens = [t.group().rstrip(":") for part in parts for t in part]
    if any(_phone_like(part) or _count(part) for part in parts):
        return False
    if any(_PRODUCT_TOKEN.fullmatch(t) and not _POSTCODE.fullmatch(t) for t in tokens):
        return False
    if {t.lower().strip(".") for t in tokens} & system_words:
        return False
    # A house number stands beside a word of its street or unit ("Plot 4406", "bl. 6"), not alone ("4,
    # 1200 Euro" is an amount).
    part_of = [k for k, part in enumerate(parts) for _ in part]
    worded = {k for k, part in enumerate(parts) if any(c.isalpha() for t in part for c in t.group())}
    houses = [i for i, t in enumerate(tokens)
              if (t[:1].isdigit() or t[:1] == "#") and not _YEAR.fullmatch(t) and part_of[i] in worded]
    if not houses or not any(_place_word(t) for t in tokens):
        return False
    codes = [i for i, t in enumerate(tokens) if _POSTCODE.fullmatch(t) and not _YEAR.fullmatch(t)
             and any(c.isdigit() for c in t) and (len(t) >= 4 or any(c.isalpha() for c in t))
             and not (part_of[i] < len(parts) - 1 and _labelled(tokens, part_of, i))]
    postcode = any(i != h for i in codes for h in houses)
    street = any(_ABBREVIATION.fullmatch(t) and not t[:-1].isupper() or is_type(t) for t in tokens)
    # Without a postcode one part names a place with no number ("Priority 2, Impact 3, Urgency 1" is a
    # list of labelled values, "Hangar 9, Apron 2" two places in a site), and a street word or, in a script
    # without letter case (where a capital cannot mark a place word), a third part says it is a street.
    place_part = any(not any(c.isdigit() for t in part for c in t.group()) for part in parts)
    third = len(parts) >= 3 and any(_uncased(t) for t in tokens)
    # Without a postcode or a street word, known places alone: the house number's part holds two words or
    # more ("Order 4471, <town>" and "Gate 12, <town>" are a label and its number) and every other part
    # is a known place (a district, a town, a region, a country: "<Farm> 2, <department>, <town>" is a
    # product and a team), the chain ending its line (prose that goes on after a chain of names is a
    # sentence about a system: "..., <town> cannot log in").
    house_part = part_of[houses[0]]
    others = [part for k, part in enumerate(parts) if k != house_part]
    named = at_end and len(others) >= 2 and \
        sum(any(c.isalpha() for c in t.group()) for t in parts[house_part]) >= 2 and \
        all(_named_place(part) for part in others)
    return postcode or place_part and (street or third or named)


def _named_place(part: list[re.Match]) -> bool:
    """A part of words alone that names a town, a region or a country Faker's address providers know
    (:func:`.pii_gazetteer.places`, everyday words and given names left out), whole or by its words."""
    named = places()
    words = [t.group().strip(".,;()") for t in part]
    if not words or any(c.isdigit() for w in words for c in w):
        return False
    return all(w.isalpha() for w in words) and place_key(" ".join(words)) in named or \
        len(words) <= 2 and any(len(w) >= 4 and place_key(w) in named for w in words)


def _label_and_number(part: list[re.Match]) -> bool:
    words = [t.group() for t in part]
    return len(words) >= 2 and words[-1].isdigit() and all(not any(c.isdigit() for c in w) for w in words[:-1])


def _labelled(tokens: list[str], part_of: list[int], i: int) -> bool:
    """A number after a word of its own part ("Ticket 5521") is a labelled value or a house number, not
    a postcode, unless the part ends the chain ("..., Town 40213"): elsewhere a postcode opens its part
    ("75008 Paris"), stands alone or is written with letters ("SW9 4QT")."""
    return tokens[i].isdigit() and i > 0 and part_of[i - 1] == part_of[i] and not tokens[i - 1][:1].isdigit()


def _phone_like(part: list[re.Match]) -> bool:
    """Digit groups side by side, three of them or seven digits or more in two: a phone number
    ("0161 496 0734", "075312 68190"), never the house number and postcode of an address part."""
    groups = [t.group().rstrip(".") for t in part]
    for i in range(len(groups) - 1):
        if groups[i].isdigit() and groups[i + 1].isdigit() and (
                len(groups[i]) + len(groups[i + 1]) >= 7 or i + 2 < len(groups) and groups[i + 2].isdigit()):
            return True
    return False


def _count(part: list[re.Match]) -> bool:
    """A number before one plural word ("25 Tablets", "1800 Chargers"): a count of things, where an
    address part names one street or town."""
    words = [t.group().rstrip(".") for t in part]
    return len(words) == 2 and words[0].isdigit() and words[1][-1:] == "s" and words[1].isalpha()


def _quantity_end(last: list[re.Match], after: list[str]) -> bool:
    """The chain ends in a quantity, not a postcode: a bare number that a word in small letters follows
    ("…, 1040 errors today": prose counts something; a postcode stands before its town, capitalised, or
    ends the line), or a number and a currency's name ("…, 1200 Euro")."""
    words = [t.group().rstrip(".,;:") for t in last]
    if len(words) == 1 and words[0].isdigit():
        return bool(after) and after[0][:1].islower()
    return len(words) == 2 and words[0].isdigit() and words[1].lower() in currency_words()


# The most comma parts of one address ("Flat 2, Block C, 14 Hill Road, Ward 3, Town, Region, 12345"):
# a longer chain is a list, and the bound keeps a line of thousands of commas linear.
_MOST_PARTS = 8


def _chain_spans(line: str, offset: int, system_words: frozenset[str], floor_words: re.Pattern,
                 is_type: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the address chains of one line."""
    bounds, start = [], 0
    for sep in _SEPARATORS.finditer(line):
        bounds.append((start, sep.start()))
        start = sep.end()
    bounds.append((start, len(line)))
    memo: dict[tuple[int, str], list[re.Match] | None] = {}

    def part(k: int, position: str) -> list[re.Match] | None:
        # Each part is read once per position, not once per chain that could hold it.
        if (k, position) not in memo:
            memo[k, position] = _part_tokens(line, bounds[k], position, floor_words, is_type)
        return memo[k, position]

    # A chain needs a house number beside a word: a part holding a digit and a letter. Where none
    # follows within a chain's reach, no chain starts (a cheap test before any part is tokenised).
    worded = [bool(_DIGIT.search(line, *b) and _LETTER.search(line, *b)) for b in bounds]
    next_worded, seen = [0] * len(bounds), len(bounds) + _MOST_PARTS
    for k in range(len(bounds) - 1, -1, -1):
        seen = k if worded[k] else seen
        next_worded[k] = seen
    spans, i = [], 0
    while i < len(bounds) - 1:
        if next_worded[i] - i >= _MOST_PARTS:
            i += 1
            continue
        first = part(i, "first")
        parts, j = [first], i + 1
        while first and j < len(bounds) and j - i < _MOST_PARTS:
            middle = part(j, "middle") if j < len(bounds) - 1 else None
            if middle is None:
                last = part(j, "last")
                parts += [last] if last else []
                j += 1 if last else 0
                break
            parts.append(middle)
            j += 1
        after = _NEXT_WORD.match(line, parts[-1][-1].end()) if first and len(parts) >= 2 else None
        after = [after.group(1)] if after else []
        # A system word right after the chain names what its numbers are ("Suite 360, 2409 release").
        if first and len(parts) >= 3 and all(_label_and_number(p) for p in parts[1:]):
            # "Zone 4, Sector 9, Ref 3321": a record's labelled values, each part (the first may be cut
            # by the sentence before it) words and a number
            i = j
            continue
        if first and len(parts) >= 2 and not (after and after[0].lower().strip(".,") in system_words) and \
                not _quantity_end(parts[-1], after) and \
                _evidence(parts, system_words, is_type, not line[parts[-1][-1].end():].strip(" .;!)")):
            spans.append((offset + first[0].start(), offset + parts[-1][-1].end()))
            i = j
        else:
            i += 1
    return spans


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_GATE = re.compile(r"[,،፣][^\n]{0,80}\d|\d[^\n]{0,80}[,،፣]")


def redact_address_chains(text: str, system_words: frozenset[str], floor_words: re.Pattern,
                          is_type: Callable[[str], bool]) -> str:
    """Address chains (see the module docstring) become ``[address]``; ``system_words``: words of
    products and of the inside of a building; ``floor_words``: door and floor words of many languages;
    ``is_type``: whether a word is a street-type word ("Road", "ulica")."""
    text = _EAST_ASIAN.sub("[address]", text) if _EAST_ASIAN_HINT.search(text) else text
    text = redact_place_lines(text, system_words) if "," in text else text
    if not _GATE.search(text):
        return text
    spans, offset = [], 0
    for line in text.split("\n"):
        if _SEPARATORS.search(line) and any(c.isdigit() for c in line):
            spans += _chain_spans(line, offset, system_words, floor_words, is_type)
        offset += len(line) + 1
    return replace_spans(text, spans, "[address]")


# ----------------------------------------------------------------------------- East Asian addresses

_EA = r"\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
_ADMIN = "都道府県市区郡町村시도구군동읍면로길"
_EAST_ASIAN_HINT = re.compile(rf"[{_ADMIN}][ ]?[{_EA}]{{0,12}}[ ]?\d")
# Words of the scripts, two to four of them ending in an administrative unit, then a block number
# (with dashes) and an optional building word with its number or a floor after a comma.
# Words of the scripts, two to five of them ending in an administrative unit, then a block number: a
# dashed one ("3-14-9"), one with its block unit (丁目, 番地, 号) or one after a road (로, 길). A number
# followed by a counter (floor 階/층, machines 台, people 名/人) is not a block number: "a city and ward,
# then the 3rd floor of the office" names a site. An optional building word with its number follows.
_EA_COUNTER = "階台층名人"
_EAST_ASIAN = re.compile(
    rf"(?:(?:(?![{_ADMIN}])[{_EA}]){{1,12}}[{_ADMIN}]{{1,2}}[ ]?){{2,5}}[{_EA}]{{0,12}}[ ]?"
    rf"(?:\d{{1,5}}(?:[-‐－]\d{{1,5}}){{1,3}}|\d{{1,5}}(?:丁目|番地?|号)(?:\d{{1,5}}(?:番地?|号)?){{0,2}}|(?:(?<=[로길])|(?<=[로길][ ]))\d{{1,5}}(?:-\d{{1,5}})?)"
    rf"(?![\d{_EA_COUNTER}])(?:[ ]?[{_EA}]{{1,12}}\d{{1,5}}(?![\d{_EA_COUNTER}]))?(?:,[ ]?\d{{1,3}}[층階])?")


# ----------------------------------------------------------------------------- places with no house number
#
# An address with no house number (a village, a farm or an estate, a rural place: "<village>, <district>,
# <country>") is a line of comma parts naming places, from the smallest to the largest. A line of places
# is one only when its *position* and its *places* say so together:
#
# * the parts are the whole line, or the whole value after a short label and a colon, perhaps with a
#   remark in brackets after them ("(gate by the well)", taken with them): a sentence that names places ("offices in
#   <town>, <town> and <town>", "flying to <town>, <country> next week") is never read;
# * the last part names a country or a region above a town (:func:`.pii_gazetteer.place_ranks`), and no
#   part before it names a country (a list of countries) or, when the last is a region, a region (a list
#   of regions);
# * the parts before it are place words (capitalised, or of a script without case, with the particles of
#   place names between them), none a word of a field or an activity ("Finance", "Marketing": an
#   org-unit path), of a system or of a world region ("Europe": a path of sales regions), and either one
#   of them names a known town or there are two of them (a village, then its municipality);
# * no part before the last names a thing of another kind (``_another_kind``: a person's name, a company
#   or a team), and two unknown parts count only on a line of their own or after the word for an
#   address, never before a country that is also a given name or a surname (see ``_place_line``).
#
# Two parts with a country at the end and a known town first ("<town>, <country>") are the smallest
# such line. Every loop is over a line's parts once; the parts are bounded (``_MOST_PLACE_PARTS``).
_MOST_PLACE_PARTS = 5
_PLACE_LABEL = re.compile(r"[^\W\d_][^\n:,]{0,29}:[ \t]+")
# A label that names an address: the word for one in the languages users write (the address cues of
# :mod:`.pii_patterns`), or sending something to someone ("Ship to:", "Deliver to:").
_ADDRESS_LABEL = re.compile(rf"(?i:\baddress|\b(?:ship|send|deliver|post|courier|forward|mail)(?:ping|ing|ed)?"
                            rf"[ \t]+(?:[^\W\d_]{{1,12}}[ \t]+){{0,3}}?to\b|{_ADDRESS_WORDS_INTL}(?!\w)|"
                            rf"{_ADDRESS_WORDS_AMBIGUOUS})")
_REMARK = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*\Z")
# Conjunctions are no particles here: "<town> y <town>" lists two towns.
_PLACE_PARTICLE = re.compile(rf"(?!(?:y|e|i|och)\Z){PARTICLES}")
_PLACE_ABBREVIATION = re.compile(r"[^\W\d_]{1,4}\.")


def _function_word(word: str) -> bool:
    """An English function word ("in", "to", "from"): a sentence, not a settlement's kind."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return word in ENGLISH_STOP_WORDS


@functools.lru_cache(maxsize=1)
def _world_regions() -> frozenset[str]:
    """Names of the continents and world regions (CLDR's numbered territories, in English: "Europe",
    "Northern Europe", "Latin America"), folded: a part naming one is a sales or org path, not an address."""
    from babel import Locale

    return frozenset(place_key(name) for code, name in Locale("en").territories.items() if code.isdigit())


def _place_part(part: str, system_words: frozenset[str]) -> list[str] | None:
    """The words of a comma part that may name a place, or None (see above)."""
    words = part.split()
    if not 1 <= len(words) <= 4:
        return None
    # a settlement's kind in small letters before its name ("село", "kampung", "г."): no function word
    opener = int(len(words) >= 2 and words[0].isalpha() and words[0].islower() and len(words[0]) <= 7 and
                 not _function_word(words[0]))
    if not (words[opener][:1].isupper() or _uncased(words[opener]) or _PLACE_ABBREVIATION.fullmatch(words[opener])):
        return None
    for word in words[opener:]:
        core = word.strip("'’")
        if any(c.isdigit() for c in core) or not (core[:1].isupper() or _uncased(core) or
                                                  _PLACE_PARTICLE.fullmatch(core) or _PLACE_ABBREVIATION.fullmatch(core)):
            return None
        if not core.rstrip(".").replace("-", "").replace("'", "").isalpha() or abstract_noun(core) or \
                core.lower().strip(".") in system_words:
            return None
    if place_key(" ".join(words)) in _world_regions() or words[-1][:1].islower():
        return None
    return words


def _another_kind(key: str, words: list[str], ranks) -> bool:
    """Whether a comma part that is no known place names a thing of another kind: a given name or a
    surname of the name gazetteer (servers, sprints, rooms and products are named after people and gods:
    "<name>, <name>, <country>" is a list of names), or a part ending in a word never read as a name or a
    place (``_NOT_NAMES``: "Ltd", "Group", "Office", "Helpdesk": a company's or a team's town in a
    signature). The first word of a longer part is not read so ("San", "Porto", "Fort" open place names)."""
    if key in ranks.names:
        return False
    people = gazetteer()
    return key in people.first or key in people.last or words[-1].capitalize() in _NOT_NAMES


def _place_line(value: str, system_words: frozenset[str], labelled: bool | str = False) -> bool:
    """Whether a line's value (its label and remark taken off) is a line of places (see above);
    ``labelled``: True after a label, ``"address"`` after a label that names an address (``_ADDRESS_LABEL``:
    then it reads as a line of its own)."""
    parts = value.split(",")
    if not 2 <= len(parts) <= _MOST_PLACE_PARTS:
        return False
    read = [_place_part(p, system_words) for p in parts]
    if any(r is None for r in read):
        return False
    ranks = place_ranks()
    keys = [place_key(" ".join(words)) for words in read]
    last, before = keys[-1], keys[:-1]
    if last in ranks.countries:
        if any(k in ranks.countries for k in before):
            return False
    elif last in ranks.regions:
        if any(k in ranks.regions or k in ranks.countries for k in before):
            return False
    else:
        return False
    if any(_another_kind(k, words, ranks) for k, words in zip(before, read)):
        return False
    known = any(k in ranks.names for k in before)
    # A country that is also a given name or a surname ("Georgia", "Jordan", "China") is no country on
    # its own strength: only after a known town or region. A labelled value is a list of anything
    # ("Fonts:", "Printer names:", "Holiday:"): an unknown part counts there only beside a known town or
    # region, unless the label names an address. Two unknown parts make a line of places only on a line
    # of their own (a signature's village) or after the word for an address.
    people = gazetteer()
    if labelled is True or last in ranks.countries and (last in people.first or last in people.last):
        return known
    return len(before) >= 2 or known


def redact_place_lines(text: str, system_words: frozenset[str]) -> str:
    """Lines of places with no house number (see above) become ``[address]`` (a remark in brackets after
    them too: it says how to find the place); their label is kept."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if "," in line and not any(c.isdigit() for c in line) and len(line) <= 200:
            label = _PLACE_LABEL.match(line)
            start = label.end() if label else len(line) - len(line.lstrip())
            remark = _REMARK.search(line, start)
            end = remark.start() if remark else len(line.rstrip())
            kind = label is not None and ("address" if _ADDRESS_LABEL.search(label.group(0)) else True)
            if start < end and _place_line(line[start:end], system_words, kind):
                spans.append((offset + start, offset + len(line.rstrip())))  # the remark directs to the place too
        offset += len(line) + 1
    return replace_spans(text, spans, "[address]") if spans else text
