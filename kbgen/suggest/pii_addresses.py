"""Postal addresses of any country read by their structure: a street core, then address parts.

An address line has a *street core*, a street named with a street-type word and a house number in
one of the orders the world's addresses use:

* the type first, a name, the number: "вул. Городоцька 112", "Odos Ermou 24", "Jalan Telawi 3";
* a name, the type, the number: "Váci utca 19", "HaNassi Blvd 88", "Piac u. 45";
* the number, then the type and the name: "2150, boul. Saint-Martin Ouest";
* a house or unit designator and its number: "House No. 9", "H.No. 1-8-450", "Villa 14".

After the core come comma-separated *parts* that open with a capital, a digit or a floor/door
abbreviation ("app. 404", "кв. 9", "Apt 6", "Haifa 3463620", "Laval (Québec) H7S 1N1"); a postcode and
town may also come first ("1052 Budapest, Váci utca 19"). A core alone is no address ("Lane 2",
"Quay 3"): it needs a part with a number of three digits or more or a letter-digit postcode, or two
parts; a designator needs two parts. A system or in-building word anywhere ("Level 3, 1400 Series",
"Building 4, Bay 2") makes it a place in a site or a product, which :mod:`.pii_shapes` keeps.

The street-type words come from Faker's address providers of every locale (their street prefixes
and suffixes: "ulica", "utca", "Calle", "Rua", "Jalan", "Λεωφόρος", "вулиця", "ул.", "бул."...), with
the English ones of :mod:`.pii_shapes` (Faker's English suffixes hold IT words such as "Port" and
"Station"). Every pattern is linear: bounded repetitions of word tokens, no nested quantifiers.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from pathlib import Path

from ..errors import FileError
from .pii_gazetteer import sorted_rows
from .pii_patterns import replace_spans
from .pii_postcodes import CANADA, DASHED_EUROPE, EIRCODE, SPACED, UK, with_blank

# Uppercase and lowercase letters of every script of the Basic Multilingual Plane, for the character
# classes below: street names are written in Latin, Greek, Cyrillic and other capitalised scripts.
_UP = "".join(sorted({c for c in map(chr, range(0x80, 0x3000)) if c.isupper() and c.isalpha()}))
_LOW = "".join(sorted({c for c in map(chr, range(0x80, 0x3000)) if c.islower() and c.isalpha()}))
_UPPERS = "A-Z" + re.escape(_UP)
_LOWERS = "a-z" + re.escape(_LOW)
_CAP = rf"[{_UPPERS}][{_UPPERS}{_LOWERS}'’.-]*"
# The small words inside street and place names ("Rua do Ouro", "Via dei Mille", "Am Markt", "Jalan
# ng ..."), and the floor and door words of address parts: one list each, for this module and for
# the address rules of :mod:`.pii_shapes`.
PARTICLES = (r"(?:de|la|las|los|le|les|del|della|dei|degli|di|da|do|dos|das|du|des|van|der|den|von|am|an|im|auf|"
             r"zum|zur|al|el|och|y|e|i|ng|sa)")
_PARTICLES = PARTICLES
# House numbers: digits with a letter, a slash or a dash part ("1511/230", "1-8-450", "17/4", "88/14").
_NUM = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,2}"
# Words that designate a house, a plot or a unit before its number, as addresses of South and
# South-East Asia, Africa, the Gulf and the English-speaking world open.
_DESIGNATORS = (r"(?:House|H\.[ ]?No|Flat|Apt|Apartment|Unit|Suite|Villa|Plot|Block|Blk|Lot|Door|D\.[ ]?No|Bldg|"
                r"Building|Casa|Lote|Manzana|Mz|Blok|Kav|Rumah|Maison)")
# A part of an address after a comma: words that open with a capital, a digit, "#" or a bracket,
# short lower-case abbreviations ("app.", "кв.", "dz.", "ap."), floor and door words, dashes.
FLOOR_WORDS = (r"(?:piso|planta|depto|dpto|apto|apt|ap|app|andar|bloco|bl|esc|lok|lokal|m|kv|et|fl|flat|unit|suite|"
               r"no|bus|lgh|dz)\b")
_FLOOR = FLOOR_WORDS


def part_word(floor_number: bool) -> str:
    """One word of an address part after a comma. ``floor_number``: a floor or door word counts only
    before its number ("piso 3"), as after a town where a word alone may be anything; after a street
    and house number a door letter is enough ("piso B", "apto B"). A particle is a whole word, never
    the start of another ("an" is not the start of "andar")."""
    floor = rf"{_FLOOR}\.?(?=[ ]\d)" if floor_number else rf"{_FLOOR}\.?"
    return rf"(?:[\d{_UPPERS}#(][^\s,;!?]{{0,24}}|{floor}|[{_LOWERS}]{{1,4}}\.|[-–]|{_PARTICLES}\b)"


PART_WORD = part_word(floor_number=True)
_PART_WORD = PART_WORD
_TAIL = rf"(?P<tail>(?:,[ ]?{_PART_WORD}(?:[ ]{_PART_WORD}){{0,5}}){{0,5}})"
_LEAD = rf"(?P<lead>(?<![\w-])\d{{3,6}}[ ]{_CAP}(?:[ ]{_CAP})?,[ ])?"
_POSTCODE_LIKE = re.compile(r"\d{3}|[A-Z]\d[A-Z]|\b[A-Z]{1,2}\d{1,2}[A-Z]?[ ]\d[A-Z]{2}\b")

# Faker locales whose lists are no street-type words: Finnish and Swedish "prefixes" are the stems of
# street names, Malaysian "suffixes" are place names, Spanish-speaking suffixes are compass points and
# letters; English suffixes hold IT words ("Port", "Station", "Key"): the hand list covers English.
_NOT_TYPES = {"fi_FI": "prefix", "sv_SE": "prefix", "en_MS": "suffix", "es_AR": "suffix", "es_CL": "suffix",
              "es_CO": "suffix"}


STREET_TYPES_PATH = Path(__file__).with_name("street_types.txt")
"""The street-type words :func:`street_types` reads, shipped with the package and written at fit time
by ``bench/redact_places_fit.py --write`` from Faker (:func:`build_street_types`): a header line
``# kbgen street types: <count>``, then one word a line, sorted, unique."""
_STREET_TYPES_HEADER = re.compile(r"# kbgen street types: (\d{1,7})")


@functools.lru_cache(maxsize=1)
def street_types() -> frozenset[str]:
    """The street-type words of ``STREET_TYPES_PATH`` (see :func:`build_street_types`), read once. A file
    that is missing, unreadable or damaged (its header, its count, an empty, padded or unsorted line) is
    reported as ``path: error: ...`` (a :class:`FileError`), never read in part."""
    try:
        rows = sorted_rows(STREET_TYPES_PATH, _STREET_TYPES_HEADER, "# kbgen street types: <count>", "word")
        for number, row in enumerate(rows, start=2):
            if not row or row != row.strip() or " " in row or "\t" in row:
                raise ValueError(f"line {number}: an empty, padded or spaced word")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise FileError(str(STREET_TYPES_PATH), f"the street types are unusable ({exc}); reinstall kbgen") from None
    return frozenset(rows)


def street_types_file(words: frozenset[str]) -> str:
    """The text of ``STREET_TYPES_PATH`` for ``words``: the same words give the same bytes."""
    return "".join(f"{line}\n" for line in [f"# kbgen street types: {len(words)}", *sorted(words)])


def build_street_types() -> frozenset[str]:
    """Street-type words of every Faker locale (prefixes and suffixes written as words of their own),
    also capitalised, and their abbreviations of three to five letters and a dot ("вулиця" -> "вул.",
    "boulevard" -> "boul.", "проспект" -> "просп."), as addresses abbreviate them, as fit time writes
    them (``bench/redact_places_fit.py``). Imports every Faker address provider: never called while
    redacting."""
    import faker.providers.address as address

    words: set[str] = set()
    english = _english_suffixes(address)
    for module in pkgutil.iter_modules(address.__path__):
        if module.name.startswith("en"):
            continue
        provider = getattr(importlib.import_module(f"{address.__name__}.{module.name}"), "Provider", None)
        for attribute in dir(provider):
            kind = "prefix" if "street_prefix" in attribute else "suffix" if "street_suffix" in attribute else None
            if kind is None or _NOT_TYPES.get(module.name) == kind:
                continue
            values = getattr(provider, attribute)
            for word in values if isinstance(values, (tuple, list, set, frozenset, dict)) else ():
                word = word.strip() if isinstance(word, str) else ""
                if len(word) >= 2 and " " not in word and word.lower() not in english:
                    words.add(word)
    words |= {w[0].upper() + w[1:] for w in words} | {w[0].lower() + w[1:] for w in words}
    words |= {w[:n] + "." for w in words for n in (3, 4, 5) if len(w) > n + 1 and w.isalpha()}
    return frozenset(words)


def _english_suffixes(address) -> frozenset[str]:
    """English street suffixes of Faker, lower case: other locales copy some ("Drive", "Park",
    "Station", "Port", "Center", "Point"), and in English text they are IT and office words; the hand
    list of :mod:`.pii_shapes` says which English types count."""
    found = set()
    for module in pkgutil.iter_modules(address.__path__):
        if module.name.startswith("en"):
            provider = getattr(importlib.import_module(f"{address.__name__}.{module.name}"), "Provider", None)
            found |= {w.lower() for w in getattr(provider, "street_suffixes", ()) if isinstance(w, str)}
    return frozenset(found | {"street"})


def _is_type(word: str, hand_types: re.Pattern) -> bool:
    """A street-type word of a Faker locale (see ``street_types``) or of the hand lists (``hand_types``:
    English types and the opening words of Southern and Eastern Europe, Latin America and South-East Asia)."""
    return word in street_types() or bool(hand_types.fullmatch(word))


# The type is any word here; ``_is_type`` decides (one set look-up instead of an alternation of
# hundreds of words tried at every position).
_TYPE = r"(?P<type>[^\W\d_][\w'’-]*\.?|C/)"
_NUMBER_AFTER = rf"(?:(?:No\.?|N[º°o]\.?|#)[ ]?)?{_NUM}(?![\w/-])"
_TYPE_FIRST = re.compile(rf"{_LEAD}(?<![\w.-])(?P<core>{_TYPE}(?:[ ](?:{_CAP}|{_PARTICLES})){{1,4}}[ ]{_NUMBER_AFTER}){_TAIL}")
_NAME_TYPE = re.compile(rf"{_LEAD}(?<![\w.-])(?P<core>(?:{_CAP}[ ]){{1,3}}{_TYPE}[ ]{_NUMBER_AFTER}){_TAIL}")
_NUMBER_TYPE = re.compile(rf"{_LEAD}(?<![\w.,/-])(?P<core>{_NUM},?[ ]{_TYPE}(?:[ ](?:{_CAP}|{_PARTICLES})){{1,4}}){_TAIL}")
# A post-office box: the box words of the postal services ("P.O. Box", "Post Office Box", "Private
# Bag", Spanish "Apartado (Postal/de Correos)" and "Casilla (de Correo)", Portuguese "Caixa Postal",
# German "Postfach", Nordic "Postboks", Dutch "Postbus", French "Boîte postale"/"Case postale", Italian
# "Casella postale", Polish "Skrytka pocztowa"), a box number (perhaps after a letter code of the post
# office: "Box KA 1234"), then the town after a comma. "Box" alone names a container in an inventory.
_PO_BOX_WORDS = (r"(?:P\.?[ ]?O\.?[ ]?Box|Post[ ]Office[ ]Box|Private[ ]Bag|Apartado(?:[ ]Postal|[ ]de[ ]Correos)?|"
                 r"Casilla(?:[ ]de[ ]Correos?)?|Caixa[ ]Postal|Postfach|Postboks|Postbus|Bo[iî]te[ ]postale|"
                 r"Case[ ]postale|Casella[ ]postale|Skrytka[ ]pocztowa)")
_PO_BOX = re.compile(rf"(?<![\w.-])(?P<core>(?i:{_PO_BOX_WORDS})\.?[ ]?(?:No\.?[ ]?|#[ ]?)?(?:[A-Z]{{1,3}}[ -]?)?\d{{1,6}})"
                     rf"(?![\w/-]){_TAIL}")
_DESIGNATED = re.compile(rf"(?<![\w.-])(?P<core>{_DESIGNATORS}\.?[ ]?(?:No\.?[ ]?)?{_NUM})(?![\w/-]){_TAIL}")


# Words standing alone: not an abbreviation ("app." is an apartment, not an application), not glued to a
# number ("2-step").
_WHOLE_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w.-])")


def _accept(match: re.Match, system_words: frozenset[str], hand_types: re.Pattern) -> bool:
    """A core with the parts that make it an address line (see the module docstring)."""
    if "type" in match.re.groupindex and not _is_type(match.group("type"), hand_types):
        return False
    parts = [p for p in match.group("tail").split(",") if p.strip()]
    words = {w.lower() for w in _WHOLE_WORD.findall(match.group(0)) if not (w.isupper() and len(w) <= 3)}
    if words & system_words:
        return False
    if match.re is _DESIGNATED:
        return len(parts) >= 2
    if match.re is _PO_BOX:
        return len(parts) >= 1
    return len(parts) >= 2 or bool(match.group("lead")) or bool(_POSTCODE_LIKE.search(match.group("tail")))


def redact_street_lines(text: str, system_words: frozenset[str], hand_types: re.Pattern) -> str:
    """Address lines of the shapes above become ``[address]``. Only the lines holding an anchor
    (``_ANCHOR``) are read. ``system_words``: words that make a line a place in a site or a product;
    ``hand_types``: street-type words Faker's lists lack (both from :mod:`.pii_shapes`)."""
    if "," not in text:
        return text
    lines, end = [], -1
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < end:
            continue
        start, end = text.rfind("\n", 0, anchor.start()) + 1, text.find("\n", anchor.end())
        end = len(text) if end < 0 else end
        lines.append((start, end))
    if not lines:
        return text
    out, last = [], 0
    for start, end in lines:
        out += [text[last:start], _redact_line(text[start:end], system_words, hand_types)]
        last = end
    return "".join(out) + text[last:]


# Every address line above holds a number right before a comma ("112,", "19A,", "No. 9,") or a postcode
# and a town before one ("1052 Budapest,"): where neither occurs, no pattern is tried.
_ANCHOR = re.compile(r"\d[A-Za-z]?\.?,|\d{3,6}[ ][^\W\d_]+,")


def _redact_line(text: str, system_words: frozenset[str], hand_types: re.Pattern) -> str:
    for pattern in (_TYPE_FIRST, _NAME_TYPE, _NUMBER_TYPE, _DESIGNATED, _PO_BOX):
        out, last, pos = [], 0, 0
        while True:
            match = pattern.search(text, pos)
            if match is None:
                break
            if _accept(match, system_words, hand_types):
                out += [text[last:match.start()], "[address]"]
                last = pos = match.end()
            else:
                pos = match.start() + 1
        text = "".join(out) + text[last:] if out else text
    return text


# ----------------------------------------------------------------------------- postcode and town last
#
# An address line that ends in a postcode and a town (or a town, a region code and a postcode), after
# comma parts of which the first holds a house number beside a word: the structure of a European,
# British, Irish, Australian or Canadian address whatever its street is called (a Dutch canal street,
# its number and door, a postcode of four digits and two capitals, a town; a Belgian street with a
# "bus" door; a unit/number before an Australian road and a town, state and postcode), so no
# street-type word is needed. A system or in-building word anywhere (``system_words``: "Level 3, 1400
# Series") makes it a place in a site or a product.
_POSTCODE = (rf"(?:(?:[A-Z]{{1,2}}-)?\d{{4,5}}(?:[ ][A-Z]{{2}}(?![\w]))?|{with_blank(SPACED)}|{DASHED_EUROPE}|"
             rf"{with_blank(UK)}|{with_blank(CANADA)}|{with_blank(EIRCODE)})")
_TOWN_WORD = rf"[{_UPPERS}][{_LOWERS}'’-]+"
_TOWN = rf"{_TOWN_WORD}(?:[ -](?:{_TOWN_WORD}|{_PARTICLES})){{0,2}}"
_LAST_PART = re.compile(rf",[ ]?(?P<last>{_POSTCODE}[ ]{_TOWN}|{_TOWN}(?:[ ][A-Z]{{2,3}})?[ ]{_POSTCODE})"
                        r"(?=[ \t]*(?:$|\n|[.;)|]|,[ ]?[A-Z]))")
_HOUSE_NUMBER = re.compile(r"(?<![\w.,])(?:No\.?[ ]?)?\d{1,5}[A-Za-z]{0,2}(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Za-z]))"
                           r"{0,2}(?![\w.,]\d)")


def redact_postcode_lines(text: str, system_words: frozenset[str], hand_types: re.Pattern) -> str:
    """Address lines that end in a postcode and a town (see above) become ``[address]`` (``system_words``
    and ``hand_types`` as for ``redact_street_lines``)."""
    spans = []
    for last in _LAST_PART.finditer(text):
        if _YEAR_LAST.search(last.group("last")):
            continue  # "<Product> 2016": a name and a year, not a town and a postcode
        start = _address_start(text, last.start(), hand_types)
        if start is not None and not _system_words_in(text[start:last.end()], system_words) and \
                not _counted_things(text[start:last.start()], last.group("last")):
            spans.append((start, last.end()))
    return replace_spans(text, spans, "[address]")  # an address read again from a later part: one span


def _counted_things(first: str, last: str) -> bool:
    """"40 Laptops, 1500 Phones": a number before one plural noun is a count, and a bare number before
    a word after the comma is another count; an address with a bare-digit postcode names its street
    in more than one plural word. A postcode of a regional format ("3512 PV", "L-1857") still counts."""
    if not re.match(r"\d{4,5}[ ][^\W\d_]+\Z", last):
        return False
    words = first.split(",")[0].split()
    return len(words) == 2 and words[0].isdigit() and words[1][-1:] == "s" and words[1][:-1].isalpha()


def _address_start(text: str, comma: int, hand_types: re.Pattern) -> int | None:
    """Where the comma parts before a postcode and town begin, if the first of them holds a house
    number beside a word (or is the number alone, before a part naming the street); None otherwise."""
    line_start = max(text.rfind("\n", 0, comma) + 1, comma - 120)
    parts = text[line_start:comma].split(",")[-4:]
    start, kept = comma, []
    for index in range(len(parts) - 1, -1, -1):
        tokens = parts[index].replace("=", "= ").replace(":", ": ").split()
        taken = tokens if index and _door_part(tokens) else _part_tail(tokens, hand_types)
        if not taken:
            break
        start = text.rfind(taken[0], line_start, start)
        kept.insert(0, taken)
        if len(taken) < len(tokens):
            break  # the address begins inside this part
    if not kept or start < 0:
        return None
    first = kept[0]
    numbers = [t for t in first if _HOUSE_NUMBER.fullmatch(t) and not _YEAR.fullmatch(t)]
    if not numbers or not (any(_CAP_WORD.match(t) for t in first) or len(kept) > 1) or \
            _date_like(numbers[-1], text[comma + 1:comma + 8].strip()):
        return None
    return start


def _part_tail(tokens: list[str], hand_types: re.Pattern) -> list[str]:
    """The words at a part's end that can belong to an address: capitalised words, numbers, floor and
    door words, particles, street-type words and short abbreviations; a label ("ship_to=", "Address:")
    or a word of a sentence ends them. Leading small words are left to the sentence ("a", "de")."""
    taken = []
    for i in range(len(tokens) - 1, -1, -1):
        token, core = tokens[i], tokens[i].strip("()")
        if token.endswith((":", "=")) or not (_PART_START.match(core) or _is_type(core, hand_types) or
                                             _PART_SMALL.fullmatch(core) or _linking(tokens, i)):
            break
        taken.insert(0, token)
    while taken and not _PART_START.match(taken[0].strip("()")) and not _is_type(taken[0], hand_types):
        taken.pop(0)
    return taken


def _linking(tokens: list[str], i: int) -> bool:
    """A small word of three letters or fewer between two capitalised words: the linking word of a
    street's name in any language ("Viale dei Mille", "Rua do Ouro")."""
    return 0 < i < len(tokens) - 1 and len(tokens[i]) <= 3 and tokens[i].isalpha() and tokens[i].islower() and \
        tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper()


def _door_part(tokens: list[str]) -> bool:
    """A middle part naming a staircase, a floor or a door in any language ("scala C", "piso 5", "kv.
    <number>"): at most three words, the last a number or a capital."""
    return 1 <= len(tokens) <= 3 and bool(_PART_START.match(tokens[-1])) and not tokens[0].endswith((":", "="))


def _date_like(number: str, postcode: str) -> bool:
    """"<day> 14, 2025 <...>": a day of the month before a year is a date, not a house and a postcode."""
    return number.isdigit() and int(number) <= 31 and bool(_YEAR.fullmatch(postcode[:4])) and \
        not postcode[4:5].strip(" ").isalnum()


# A year where a house number or a bare four-digit postcode after a town would stand ("Visio 2016"):
# products and editions are named with years far more often than houses are numbered 1900-2099.
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_LAST = re.compile(rf"[{_LOWERS}][ ](?:19|20)\d\d\Z")
_PART_START = re.compile(rf"[\d{_UPPERS}#]")
_PART_SMALL = re.compile(rf"{_FLOOR}\.?|[{_LOWERS}]{{1,4}}\.|{_PARTICLES}")
_CAP_WORD = re.compile(rf"[{_UPPERS}][{_LOWERS}]{{2}}")


def _system_words_in(address: str, system_words: frozenset[str]) -> bool:
    return bool({w.lower() for w in _WHOLE_WORD.findall(address)} & system_words)
