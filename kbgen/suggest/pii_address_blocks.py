"""Postal addresses written over several short lines (a signature, a delivery block), read by meaning.

A block address puts its parts on lines of their own: a street line, a postcode-and-town line, a
region or a country. No single line needs to look like a whole address; the lines *jointly* hold the
evidence an address has:

* *street* evidence: a house number beside a street-type word (Faker's street types of every locale
  and the hand lists of :mod:`.pii_shapes`, also glued to the street's name: "Eikenlaan 14"), or a
  house or unit designator and its number ("Flat 5D", "No. 27");
* *town* evidence: a postcode beside place words ("2514 HK <town>", "<town> 58320", "TX
  75201"), or a country, city or region that Faker's address providers name (:func:`.places`);
* an address the rules already found (an ``[address]`` placeholder on a short line of its own): its
  neighbouring lines are the rest of it (the town, the country) more often than anything else.

A block is read only when both kinds of evidence are present (or a found address and one more piece),
and only its *place-shaped* lines change: a few capitalised or uncased words, numbers, postcodes, short
abbreviations and particles, nothing of a sentence (small words, a final full stop after a word, a
label's colon), no version, time or product model, no other placeholder than a name's or a code's.
Lists are never blocks: three lines or more of one shape (order lines, product lines, ticket ids, room
lists), or a shape repeated beside the evidence, make the run a list, whatever its words are.

Every loop is over the lines once (a run of lines is bounded by ``_MOST_LINES``); no regex has adjacent
unbounded quantifiers.
"""
from __future__ import annotations

import re
from collections import Counter

from .pii_address_model import SYSTEM_WORDS
from .pii_addresses import _DESIGNATORS, PARTICLES, _is_type, street_types
from .pii_gazetteer import place_key, places
from .pii_postcodes import (CANADA, DASHED, DIGITS, DUTCH, EIRCODE, LETTER_POSTCODE as _LETTER_POSTCODE, SPACED, UK,
                            US_STATE, with_blank)
from .pii_patterns import abstract_noun
from .pii_shapes import _HAND_STREET_TYPES

_MOST_LINES = 8
"""Lines of one address block at most (name, house, street, district, town, region, postcode, country)."""
_MOST_TOKENS = 7
"""Tokens of one line of a block at most: a longer line is a sentence or a record."""

_PLACEHOLDER = re.compile(r"\[[a-z][a-z-]{0,20}\]")
# Placeholders a line of an address may hold: a street named after a person ("[name] 4"), a postcode
# another rule took for a code, an address already found. Any other (a phone, an e-mail) ends the block.
_NEUTRAL = frozenset({"[name]", "[code]", "[address]"})
_NUMBER = re.compile(r"(?:No\.?|N[º°o]\.?|#)?\d{1,5}[A-Za-z]{0,2}(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Za-z]))?[.,]?")
# A postcode on a line of a block: four to six digits, digits with a dash (Portugal, Poland, Japan,
# Brazil), three and two digits, a state or territory code and digits (:mod:`.pii_postcodes`); the
# letter-and-digit codes are ``LETTER_POSTCODE``.
_POSTCODE = re.compile(rf"{DIGITS}|{DASHED}|{with_blank(SPACED)}|{US_STATE}")
_ABBREVIATION = re.compile(r"[^\W\d_]{1,4}\.")
_PARTICLE = re.compile(PARTICLES)
_DESIGNATOR = re.compile(rf"{_DESIGNATORS}\.?", re.I)
# Tokens of products, logs and software, never of an address: a version, a time, a camel-case word,
# letters glued to digits (a model: "R220", "QX450"; a house number's letter comes after it: "2C"), a size.
_PRODUCT = re.compile(r"\d+\.\d+(?:\.\d+)*|\d{1,2}:\d\d|[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|[A-Za-z]{1,4}\d{2,}\w*|"
                      r"\d+(?:GB|MB|TB|GHz|MHz|Mbps|px|ms|%)|\w*[@\\=<>{}|`_$%/:]\w*")


def _token_ok(token: str) -> bool:
    """A token a line of an address may hold (see the module docstring)."""
    core = token.strip("(),;")
    if not core:
        return False
    if _PRODUCT.fullmatch(core) and not _NUMBER.fullmatch(core):
        return False
    if core in _NEUTRAL or core in ("-", "–") or _NUMBER.fullmatch(core) or _POSTCODE.fullmatch(core) or _ABBREVIATION.fullmatch(core) or _PARTICLE.fullmatch(core):
        return True
    first = core[0]
    return first.isupper() or (first.isalpha() and not first.islower()) or _type(core)


def _place_shaped(line: str) -> bool:
    """A short line of an address (see the module docstring)."""
    tokens = line.split()
    if not 1 <= len(tokens) <= _MOST_TOKENS or line.rstrip().endswith((":", "?", "!")):
        return False
    if any(p not in _NEUTRAL for p in _PLACEHOLDER.findall(line)):
        return False
    last = tokens[-1]
    if last.endswith(",") and not any(c.isdigit() for c in line):
        return False  # "Best," "Saludos,": a greeting before a name
    if last.endswith(".") and not _ABBREVIATION.fullmatch(last) and not last[:1].isdigit():
        return False  # a sentence's full stop ("Fixed.")
    # a state or region code of two capitals ("SP", "KB") is not the system word it spells
    if {w.lower() for w in re.findall(r"[^\W\d_]+", line) if not (len(w) == 2 and w.isupper())} & SYSTEM_WORDS:
        return False
    # a postcode of letters and digits ("K1A 0B1", "G12 8QQ") read as one number
    return all(_token_ok(t) for t in _LETTER_POSTCODE.sub("0", line).split())


def _type(word: str) -> bool:
    """A street-type word of any locale (``pii_addresses._is_type``: Faker's and the hand lists)."""
    return _is_type(word, _HAND_STREET_TYPES)


def _glued_type(word: str) -> bool:
    """A street's name with its type glued on ("Eikenlaan", "Ahornstrasse", "Björkgatan"): a
    street-type word of four letters or more ends a capitalised word after a stem of three or more."""
    if not word[:1].isupper() or not word.isalpha() or len(word) > 30:
        return False
    lower = word.lower()
    types = street_types()
    return any(lower[k:] in types for k in range(3, len(lower) - 3))


def _street(tokens: list[str]) -> int:
    """A house number beside a street on one line: ``_NAMED`` for a street-type word beside a street's
    name (a capitalised word: "9 Orchard Lane", "Jl. Kenanga 8"), a type glued to its name or a street
    named after a person; ``_BARE`` for a number beside a type word alone ("Route 9", "Lane 3") or a
    house or unit designator ("Flat 9", "Suite 300"), which a road, a room or a product's name are as
    often; 0 for none. A type word shortened with a full stop ("Mar.", "Col.", "Est." are also a month,
    a column, a year's mark) counts only before a street's name, never right before the number."""
    words = [t.strip(",;()") for t in tokens]
    found = 0
    for i, word in enumerate(words):
        if not _NUMBER.fullmatch(word) or not any(c.isdigit() for c in word):
            continue
        lo = max(0, i - 3)
        near = range(lo, min(len(words), i + 4))
        for k in near:
            if k == i:
                continue
            w = words[k]
            if _glued_type(w):
                return _NAMED
            if _type(w):
                name = any(_street_name(words[m]) for m in near if m not in (i, k))
                if w.endswith(".") and not (k + 1 < len(words) and _street_name(words[k + 1])):
                    continue  # an abbreviation right before a number: a month, a column, a year
                if name:
                    return _NAMED
                found = _BARE
            elif _DESIGNATOR.fullmatch(w):
                found = _BARE
        if len(words) <= 3 and any(words[k] == "[name]" for k in near):
            return _NAMED  # a street named after a person, the name already taken ("22 [name]", "[name] 4")
    return found


_NAMED, _BARE = 2, 1


def _street_name(word: str) -> bool:
    """A word that may name a street: capitalised or of a script without case, letters only, not a
    street-type word or a designator itself."""
    core = word.strip(".")
    if word == "[name]":
        return True  # a street named after a person, the name already taken
    return len(core) >= 2 and core.isalpha() and not core[0].islower() and not _type(word) and \
        not _DESIGNATOR.fullmatch(word)


def _known_place(tokens: list[str]) -> bool:
    """The line names a country, a region or a town of :func:`.places` (one or two words of it)."""
    words = [t.strip(",;()") for t in tokens]
    named = places()
    if any(place_key(w) in named for w in words if w[:1].isupper() and len(w) >= 4):
        return True
    # a place of two words ("Costa Rica"); folding drops digits, so words of letters only
    return any(words[i].isalpha() and words[i + 1].isalpha() and place_key(" ".join(words[i:i + 2])) in named
               for i in range(len(words) - 1))


def _town(line: str, tokens: list[str]) -> bool:
    """A postcode beside place words, or a place that Faker's address providers name."""
    return _known_place(tokens) or _postcode_town(line, tokens)


def _postcode_town(line: str, tokens: list[str]) -> bool:
    """A postcode beside place words (or alone on its line); a ``[code]`` opening a line of words is a
    postcode another rule took for a code ("[code] <town>", "<town> [code]")."""
    words = [t.strip(",;()") for t in tokens]
    lettered = any(any(c.isalpha() for c in w) and not _PLACEHOLDER.fullmatch(w) for w in words)
    if "[code]" in words and lettered:
        return True
    return (lettered or len(words) == 1) and (bool(_POSTCODE.search(line)) or bool(_LETTER_POSTCODE.search(line)))


def _shape(line: str) -> str:
    """A line's shape: each token as a digit, a capital, a small letter or another sign."""
    return " ".join("9" if t[0].isdigit() else "A" if t[0].isupper() else "a" if t[0].islower() else "x"
                    for t in line.split())


def _thrice(shapes: list[str]) -> bool:
    """Three lines or more of one shape (``_shape``): the items of a list, whatever their words are."""
    return max(Counter(shapes).values(), default=0) >= 3


def _listed(lines: list[str], evident: list[bool]) -> bool:
    """Three lines or more of one shape (:func:`_thrice`), or two beside each other that hold a number and
    no evidence of their own (``evident``, one flag per line): the items of a list ("Dell 5440" / "HP 840"
    after an address)."""
    shapes = [_shape(line) for line in lines]
    return _thrice(shapes) or \
        any(shapes[k] == shapes[k + 1] and "9" in shapes[k] and not evident[k] and not evident[k + 1]
            for k in range(len(shapes) - 1))


def _content(line: str) -> bool:
    """Whether a line holds anything but placeholders (a line of placeholders alone is left as it is)."""
    return bool(_PLACEHOLDER.sub("", line).strip(" ,.;-"))


def redact_address_blocks(text: str) -> str:
    """The lines of each address block (see the module docstring) become ``[address]``."""
    if text.count("\n") < 1:
        return text
    lines = text.split("\n")
    shaped = [_place_shaped(line) for line in lines]
    changed = set()
    i = 0
    while i < len(lines):
        if not shaped[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and shaped[j] and j - i < _MOST_LINES:
            j += 1
        changed |= _block(lines, i, j)
        i = j
    if not changed:
        return text
    return "\n".join("[address]" if k in changed else line for k, line in enumerate(lines))


def _named_street(lines: list[str], k: int) -> bool:
    """A street line with a street-type word (not a designator alone) right after a line that names a
    person (a ``[name]`` line of a signature or a delivery block: a name, then where they live)."""
    words = [w.strip(",;()") for w in lines[k].split()]
    if not any(_type(w) or _glued_type(w) for w in words):
        return False
    return k > 0 and lines[k - 1].strip().startswith("[name]") and len(lines[k - 1].split()) <= 3


# A postcode of letters and digits with its blank (British, Canadian, Irish, Dutch): a shape no product,
# id or version takes, strong enough to make the line of places above it an address.
_SPACED_LETTER_POSTCODE = re.compile(rf"{with_blank(UK)}|{with_blank(CANADA)}|{with_blank(EIRCODE)}|{with_blank(DUTCH)}")


def _places_over_postcode(lines: list[str], content: list[int]) -> int | None:
    """An address with no house number over two lines: a line of places (two comma parts or more, of
    capitalised words alone: a farm or a hamlet, its parish or island) right above a line that is a
    letter-and-digit postcode alone (``_SPACED_LETTER_POSTCODE``); the first line's index, or None."""
    for k in content:
        if k + 1 in content and _SPACED_LETTER_POSTCODE.fullmatch(lines[k + 1].strip()):
            parts = [p.split() for p in lines[k].split(",")]
            words = [w for p in parts for w in p]
            if len(parts) >= 2 and all(p and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in p) for p in parts) and \
                    not any(abstract_noun(w) or w.lower() in SYSTEM_WORDS for w in words):
                return k  # no field, activity or system word: "Sales, Marketing" is a team
    return None


def _block(lines: list[str], start: int, end: int) -> set[int]:
    """The lines of ``lines[start:end]`` (a run of place-shaped lines) that are one address block."""
    run = range(start, end)
    content = [k for k in run if _content(lines[k])]
    found = [k for k in run if "[address]" in lines[k]]
    if not content:
        return set()
    kinds = {k: _street(lines[k].split()) for k in content}
    street = [k for k in content if kinds[k]]
    town = [k for k in content if _town(lines[k], lines[k].split())]
    evidence = sorted(set(street) | set(town) | set(found))
    # three lines or more of one shape from the evidence on: a list, whatever else it holds (the lines
    # before it, a greeting and a name of one word each, are not items of it)
    if not evidence or _thrice([_shape(lines[k]) for k in content if k >= evidence[0]]):
        return set()
    if found:
        # a found address and its neighbours: the lines right after it (a town, a region, a country)
        # and before it only when they hold evidence of their own
        first, last = min(evidence), max(evidence)
        if not (set(street) | set(town)) - set(found) and not any(k > found[-1] for k in content):
            return set()
    elif street and not town and _named_street(lines, street[0]):
        first, last = street[0], street[0]
    elif not street and (over := _places_over_postcode(lines, content)) is not None:
        first, last = over, over + 1
    else:
        if not street or not town or not set(town) - set(street) and not any(
                _POSTCODE.search(lines[k]) or _LETTER_POSTCODE.search(lines[k]) for k in street):
            return set()
        # a number beside a type word alone or a designator ("Route 9", "Suite 300") is a street only
        # with a postcode in the block or two lines naming places (its town and its country)
        others = [k for k in town if k not in street]
        if all(kinds[k] == _BARE for k in street) and not any(_postcode_town(lines[k], lines[k].split()) for k in town) \
                and len(others) < 2:
            return set()
        first, last = min(evidence), max(evidence)
    # lines after the last piece of evidence: a region or a country, at most two, each naming a place
    tail = last
    while tail + 1 < end and tail - last < 2 and not any(c.isdigit() for c in lines[tail + 1]) and \
            _known_place(lines[tail + 1].split()):
        tail += 1
    block = [k for k in range(first, tail + 1) if _content(lines[k])]
    listed = [k for k in block if "[address]" not in lines[k]]
    if _listed([lines[k] for k in listed], [k in street or k in town for k in listed]):
        return set()
    return {k for k in block if "[address]" not in lines[k] or _content(lines[k].replace("[address]", ""))}
