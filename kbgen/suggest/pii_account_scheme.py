"""Usernames and staff numbers by the export's own account scheme, learned from the ones the rules found.

A directory gives its people accounts by one scheme or a few ("<initial>.<surname>", "<prefix><five
digits>", "<two letters>_<surname><one digit>"), and a payroll numbers its staff the same way ("<code>
<three digits>"). The first pass finds an account or a staff number where its structure says so (a
label, a column, a command's argument, a path's home folder, a name it derives from); the same scheme
then recurs where nothing says so: in a list, a chat line, a log's bracket, a query string, a path
the rules do not know. As :mod:`.pii_host_scheme` does for machines, this module reads the export twice:

1. *Anchors*: every token the first pass replaced by ``[username]`` or ``[employee-id]``, whole (found by
   aligning each redacted field with its original; a placeholder glued to letters or digits, a part
   of a token, is no anchor), described by its **shape keys**: its runs of small letters, capitals and
   digits with its joiners (``.``, ``_``, ``-``) as written; a letter run of one to three letters as
   written (a scheme's fixed prefix: "zq", "ops", "TXA") in one key, as its class and length in the
   other (a person's initials vary), a longer run (a name) as its class, a digit run by its width.
2. *Scheme*: a key is a scheme of the export when three distinct anchors share it and the tokens of
   that key the first pass kept are fewer than ``_KEPT_RATIO`` times the anchors (a shape mostly
   redacted is an account's shape; a product's, a build's or an asset tag's shape the rules keep is
   not, however often it was misread). A key with no letters, or whose letters are all one run of
   three or fewer with no digit, is no scheme: a bare number or a short code is as often an order, a
   count or an error.
3. Every token left in the redacted text whose key is a scheme becomes the anchors' placeholder, unless
   it is probable as something else: a word of the export (``Lexicon.common_words``, for its whole
   and every name-long run), a built-in account (``svc-backup``, ``administrator``), a shared
   system's name (``server_shaped``), a record number (``INC0012``: ``record_word``), a hexadecimal
   hash, a version, a file name with a dotted suffix.

No word list is added: the evidence is the export's own anchors, the shape of a token and the words
the export writes.
"""
from __future__ import annotations

import dataclasses
import functools
import mimetypes
import re
import sys
import unicodedata
from collections import Counter
from typing import Iterable, Sequence

import phonenumbers

from .pii_account_paths import built_in_account
from .pii_labels import _NOT_PERSONAL
from .pii_align import Alignment, stretches_for
from .pii_patterns import record_word, server_shaped

_KINDS = ("[username]", "[employee-id]")
_MIN_ANCHORS = 3
"""Distinct anchors a key needs before it is a scheme (two may be a coincidence of shapes)."""
_KEPT_RATIO = 2.0
"""A key is no scheme when the first pass kept at least this many distinct tokens of it per anchor: an
account's shape is mostly found by the rules (one in three written with no cue is still a scheme); a
shape the rules keep more often than they redact is some other thing's."""

# A token that may be an account or a staff number: a letter or digit first and last, letters, digits
# and the joiners "." "_" "-" between (2 to 40 characters; one bounded run: linear). Not inside an
# address, a domain, a longer token or a placeholder; a bracket, a slash, "=" or ":" may stand before
# it (a log's "[jdoe]", a path's "/home/jdoe", a query's "uid=jdoe").
# Only a token with a digit or a joiner is one (a word of one case or mixed case alone is no scheme's shape).
_CANDIDATE = re.compile(r"(?<![\w@.\-$%&+*#~])(?=[A-Za-z0-9._-]{0,39}[\d._-])"
                        r"[A-Za-z0-9][A-Za-z0-9._-]{0,38}[A-Za-z0-9](?![\w@]|[.\-][A-Za-z0-9]|\[)")
_HAS_DIGIT = re.compile(r"\d")
_RUN = re.compile(r"[a-z]+|[A-Z]+|\d+|[._-]")
_HEX = re.compile(r"(?=.*\d)(?=.*[a-f])[0-9a-f]{8,}|(?=.*\d)(?=.*[A-F])[0-9A-F]{8,}")
# A version or a build: digits parted by dots, then tags each after one joiner ("v2.14.0-beta2", "7.4.1-rc1";
# every repeat opens with its joiner: one way to read a token, linear).
_VERSION = re.compile(r"[A-Za-z]{0,3}\d+(?:[._-]\d+)+(?:[._+-][A-Za-z0-9]+)*")
_SHARED_MIN = 5
_SHARED_RATIO = 2
"""A token of a scheme's shape written in more fields than ``_SHARED_RATIO`` times the most written of the
scheme's anchors (and more than ``_SHARED_MIN``) is shared, not one person's: a service's account, a
product's code that an export repeats everywhere (a person's account recurs in that person's tickets)."""
_FILE_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}\Z")  # (each try bounded: linear)


def _runs(token: str) -> list[str] | None:
    runs = _RUN.findall(token)
    return runs if "".join(runs) == token else None


def _cls(run: str, literal: bool) -> str:
    if run.isdigit():
        return f"9{len(run)}"
    if not run.isalpha():
        return run
    if len(run) <= 3:
        return run if literal else ("A" if run.isupper() else "a") + str(len(run))
    return "A+" if run.isupper() else "a+"


@functools.lru_cache(maxsize=1 << 16)
def shape_keys(token: str) -> tuple[str, ...]:
    """The shape keys of ``token`` (see the module's docstring); none for a shape no scheme may have."""
    if not token.isascii():
        return ()
    runs = _runs(token)
    if runs is None or len(runs) < 2 and not (runs and runs[0].isalpha() and len(runs[0]) >= 4):
        return ()
    letters = [r for r in runs if r.isalpha()]
    if not letters or (not any(r.isdigit() for r in runs) and all(len(r) <= 3 for r in letters)):
        return ()
    if len(runs) == 1:  # one word of letters: a word unless its shape is learned (see ``_probable``)
        return ()
    keys = [" ".join(_cls(r, True) for r in runs)]
    generic = " ".join(_cls(r, False) for r in runs)
    if generic != keys[0] and any(len(r) >= 4 for r in letters):
        keys.append(generic)  # the initials of a person vary; a code with no name in it is fixed
    return tuple(keys)


def _probable(token: str, common: frozenset[str]) -> bool:
    """A token that is probably a word, a system's, a record's or a file's name (see the docstring)."""
    low = token.lower()
    if low in common or built_in_account(token, common) or server_shaped(token):
        return True
    runs = _runs(token) or []
    if any(len(r) >= 4 and r.lower() in common for r in runs if r.isalpha()):
        return True
    prefix = re.match(r"[A-Za-z]+", token)
    if prefix and record_word(prefix.group(0).lower()):
        return True
    if _HEX.fullmatch(token) or _VERSION.fullmatch(token) or _NOT_PERSONAL.fullmatch(token):
        return True  # (a measure with its unit, "5600K", as the label rules read it: a value only after a label)
    suffix = _FILE_SUFFIX.search(token)
    return bool(suffix and suffix.end() == len(token) and _file_type(suffix.group(0).lower()))


@functools.lru_cache(maxsize=4096)
def _file_type(suffix: str) -> bool:
    """A file's suffix (".pdf", ".docx", ".zip"), by Python's own table of media types (not the machine's
    files, so the same everywhere): "j.smith" is an account, "notes.txt" a file."""
    if _MEDIA_TYPES.guess_type("f" + suffix, strict=False)[0] is not None:
        return True
    # the Office Open XML forms add "x" (or "m": with macros) to the older suffix the table knows
    return len(suffix) == 5 and suffix[-1] in "xm" and _MEDIA_TYPES.guess_type("f" + suffix[:-1], strict=False)[0] is not None


_MEDIA_TYPES = mimetypes.MimeTypes()  # the built-in table only: no system file is read


def _whole(head: str, tail: str) -> bool:
    """A placeholder stood for a whole token: nothing of the token's characters glued on either side."""
    return not (head and (head[-1].isalnum() or head[-1] in "._-")) and \
        not (tail and (tail[0].isalnum() or tail[0] in "._-"))


def _anchor_values(original: str, redacted: str, known: Alignment | None = None) -> Iterable[tuple[str, str]]:
    """(value, placeholder) for each whole token a ``[username]`` or ``[employee-id]`` of ``redacted``
    replaced, where the alignment of the two texts' words is one to one, and each phone number a
    ``[phone]`` standing alone replaced (of one word or a few: "46 18 72 05") (the alignment of
    :func:`.pii_align.differences`, or ``known``: the field's alignment made once for both passes)."""
    before, after = original.split(), redacted.split()
    for i, i2, j, j2 in stretches_for(before, after, known):
        if j2 - j == 1 and i2 > i and "[phone]" in after[j] and after[j].count("[") == 1:
            at = after[j].find("[phone]")
            head, tail = after[j][:at], after[j][at + len("[phone]"):]
            value = " ".join(before[i:i2])
            if value.startswith(head) and value.endswith(tail) and len(value) > len(head) + len(tail):
                yield value[len(head):len(value) - len(tail)], "[phone]"
        if i2 - i == j2 - j:
            for old, new in zip(before[i:i2], after[j:j2]):
                if new.count("[") != 1:
                    continue
                for kind in _KINDS:
                    at = new.find(kind)
                    if at < 0:
                        continue
                    head, tail = new[:at], new[at + len(kind):]
                    if old.startswith(head) and old.endswith(tail) and len(old) > len(head) + len(tail) \
                            and _whole(head, tail):
                        yield old[len(head):len(old) - len(tail)], kind


# A number written in groups: two to five groups of two to four digits, each parted by one space, dot or
# hyphen (each repeat opens with its separator: one way to read it, linear); not part of a longer number,
# an address, a version or a date written with other separators.
_GROUPS = r"\d{2,4}(?:[ .-]\d{2,4}){1,4}"
_PHONE_GROUPS = re.compile(rf"(?<![\w.,:/+#(-])(?<![\d+)] ){_GROUPS}(?![\w]|[.,:/-]\d|[ .-]\d)")
# A country code and the trunk prefix dialled at home before a national number ("+356 (0) ", "0044 ").
_COUNTRY_HEAD = re.compile(r"(?:\+|00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?")
_DIGITS = re.compile(r"\d+")
# A date (day and month of one or two digits, a year of two or four; or the year first) or a time.
_DATE_OR_TIME = re.compile(r"\d{1,2}[ .-]\d{1,2}[ .-](?:\d{2}|\d{4})|\d{4}[ .-]\d{1,2}[ .-]\d{1,2}|"
                           r"\d{1,2}[.:-]\d{2}(?:[.:-]\d{2})?")


@functools.lru_cache(maxsize=1 << 14)
def phone_grouping(value: str) -> str | None:
    """The grouping of a phone number's national part ("46 18 72 05" and "+356 (0) 46 18 72 05" both
    "2 2 2 2"): each group's width and separator; None for a value not written in such groups, of fewer
    than seven or more than twelve digits, or shaped as a date or a time. A country's numbers share one
    grouping, so an export's phones, found with their labels or country codes, say how its numbers
    without either are written."""
    national = value
    if value.startswith(("+", "00")):
        head = _COUNTRY_HEAD.match(value)
        national = value[head.end():] if head else value
    if not re.fullmatch(_GROUPS, national) or _DATE_OR_TIME.fullmatch(national):
        return None
    widths = [len(g) for g in _DIGITS.findall(national)]
    if not 7 <= sum(widths) <= 12:
        return None
    return _DIGITS.sub(lambda m: str(len(m.group(0))), national)


def _learn_phone_groupings(phones: dict[str, set[str]], kept: dict[str, set[str]]) -> frozenset[tuple[str, str]]:
    """(grouping, region) for the groupings of three distinct phone numbers or more that the first pass
    kept fewer numbers of than ``_KEPT_RATIO`` times (a grouping the export's order numbers or counters
    share is no phone's). The regions are those of the grouping's numbers written with a country code,
    else those of every such number of the export: a bare number of the grouping is a phone only where
    it is a valid number of one of them (:func:`redact_grouped_phones`); with no region known, none."""
    every = frozenset(r for values in phones.values() for v in values for r in (_region(v),) if r)
    found = set()
    for key, values in phones.items():
        if len(values) >= _MIN_ANCHORS and len(kept.get(key, set()) - values) < _KEPT_RATIO * len(values):
            regions = {r for r in map(_region, values) if r} or every
            found.update((key, region) for region in regions)
    return frozenset(found)


def _region(value: str) -> str | None:
    """The main region of a number's country code ("+44 ..." and "0044 ..." -> "GB"; None without one)."""
    head = _COUNTRY_HEAD.match(value) if value.startswith(("+", "00")) else None
    if not head:
        return None
    code = int(_DIGITS.search(head.group(0)).group(0))
    for width in (3, 2, 1):  # the head reads up to three digits; a shorter code is a prefix of them
        region = phonenumbers.region_code_for_country_code(int(str(code)[:width]))
        if region != "ZZ" and len(str(code)) >= width:
            return region
    return None


# The token right after a number (one bounded step: linear), read by :func:`_measures`.
_TOKEN_AFTER = re.compile(r"[ \t]?([%‰€$£¥°]|[A-Za-z]{1,20})(?![\w'’-])")
_VOWELS = frozenset("aeiouyAEIOUY")


def _measures(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` measures or counts something (then it is no phone): a symbol
    after it ("%", "€"); a unit, an abbreviation of consonants ("ms", "px", "kWh", "GHz", "Mbps": words
    have a vowel, so "to", "or", "on" after a phone are no unit) or of two or three capitals ("MB", "GB");
    or a plural noun counting what the number counts ("users", "pages", "mailboxes": a small-letter
    word of four letters or more ending in "s", not "ss")."""
    after = _TOKEN_AFTER.match(text, end)
    if not after:
        return False
    word = after.group(1)
    if not word.isalpha():
        return True
    if 2 <= len(word) <= 4 and not _VOWELS.intersection(word):
        return True
    if 2 <= len(word) <= 3 and word.isupper():
        return True
    return len(word) >= 4 and word.islower() and word.endswith("s") and not word.endswith("ss")


@functools.lru_cache(maxsize=1 << 14)
def _valid_in(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def redact_grouped_phones(text: str, groupings: frozenset[tuple[str, str]]) -> str:
    """Numbers of ``text`` written in one of the export's phone ``groupings`` and valid numbers of that
    grouping's region -> ``[phone]``, unless a unit or a count follows (:func:`_measures`)."""
    if not groupings:
        return text
    regions: dict[str, set[str]] = {}
    for key, region in groupings:
        regions.setdefault(key, set()).add(region)

    def replace(match: re.Match) -> str:
        number = match.group(0)
        key = phone_grouping(number)
        if key not in regions or _measures(text, match.end()):
            return number
        return "[phone]" if any(_valid_in(number, region) for region in sorted(regions[key])) else number

    return _PHONE_GROUPS.sub(replace, text)


@dataclasses.dataclass(frozen=True)
class AccountSchemes:
    """What :func:`learn_account_schemes` learns from an export, for :func:`redact_scheme_accounts`."""

    shapes: dict[str, tuple[str, frozenset[str]]] = dataclasses.field(default_factory=dict)
    """The shape keys that are the export's account or staff-number schemes -> the placeholder their
    anchors were given and the tokens of that shape too widely written to be one person's (``_SHARED_RATIO``)."""
    calls: frozenset[str] = frozenset()
    """The last parts of the dotted names the export writes called on code (``_code_name``); learned only
    beside a scheme."""
    modules: frozenset[str] = frozenset()
    """The standard modules the export writes as code (``_module_path``); learned only beside a scheme."""
    staff_widths: frozenset[str] = frozenset()
    """The widths of the export's staff numbers of bare digits (:func:`redact_staff_numbers`)."""
    phone_groupings: frozenset[tuple[str, str]] = frozenset()
    """The export's phone groupings and their regions (:func:`redact_grouped_phones`)."""

    def __bool__(self) -> bool:
        return bool(self.shapes or self.staff_widths or self.phone_groupings)

    def __contains__(self, key: str) -> bool:
        return key in self.shapes


def learn_account_schemes(pairs: Iterable[tuple[str, str]], common: frozenset[str],
                          alignments: Sequence[Alignment | None] | None = None) -> AccountSchemes:
    """The export's account, staff-number and phone schemes and its evidence of code (:class:`AccountSchemes`);
    ``pairs``: each field's original and redacted text; ``alignments``: each pair's alignment when the
    caller has made it (:mod:`.pii_align`), in order."""
    anchors: dict[str, set[str]] = {}
    kinds: dict[str, Counter] = {}
    kept: dict[str, set[str]] = {}
    fields: Counter = Counter()  # token -> fields writing it (anchors and kept tokens alike)
    phones: dict[str, set[str]] = {}  # grouping -> phone numbers the first pass redacted
    kept_numbers: dict[str, set[str]] = {}  # grouping -> numbers it kept
    seen: dict[str, bool] = {}
    calls: set[str] = set()  # dotted names the export writes called with code's arguments ("rows.readrows()")
    modules: set[str] = set()  # modules the export imports ("import os", "from os import path")
    staff: dict[str, set[str]] = {}  # width -> staff numbers of bare digits the first pass redacted
    kept_staff: dict[str, set[str]] = {}  # width -> bare numbers it kept beside a person's placeholder

    def probable(token: str) -> bool:
        if token not in seen:
            seen[token] = _probable(token, common)
        return seen[token]

    for k, (original, redacted) in enumerate(pairs):
        if "[username]" in redacted or "[employee-id]" in redacted or "[phone]" in redacted:
            for value, kind in _anchor_values(original, redacted, alignments[k] if alignments else None):
                if kind == "[phone]":
                    grouping = phone_grouping(value)
                    if grouping:
                        phones.setdefault(grouping, set()).add(value)
                    continue
                if kind == "[employee-id]" and _STAFF_DIGITS.fullmatch(value):
                    staff.setdefault(str(len(value)), set()).add(value)
                    continue
                if _CANDIDATE.fullmatch(value) and not probable(value):
                    for key in shape_keys(value):
                        anchors.setdefault(key, set()).add(value)
                        kinds.setdefault(key, Counter())[kind] += 1
        fields.update(set(_CANDIDATE.findall(original)))
        if "(" in original:
            calls.update(m.group(1) for m in _DOTTED_CALL.finditer(original) if _code_arguments(m.group(2)))
        if "import" in original:
            modules.update(_IMPORT.findall(original))
        if _HAS_DIGIT.search(redacted):
            for number in _PHONE_GROUPS.findall(redacted):
                grouping = phone_grouping(number)
                if grouping:
                    kept_numbers.setdefault(grouping, set()).add(number)
        if "[" in redacted:
            for number in _numbers_beside_people(redacted):
                kept_staff.setdefault(str(len(number)), set()).add(number)
        for token in set(_CANDIDATE.findall(redacted)):
            keys = shape_keys(token)
            if keys and not probable(token):
                for key in keys:
                    kept.setdefault(key, set()).add(token)
    schemes = {}
    for key, values in anchors.items():
        others = kept.get(key, set()) - values
        if len(values) >= _MIN_ANCHORS and len(others) < _KEPT_RATIO * len(values):
            spread = max(fields[v] for v in values)
            schemes[key] = (kinds[key].most_common(1)[0][0], max(_SHARED_MIN, _SHARED_RATIO * spread))
    found = {key: (kind, frozenset(t for t in kept.get(key, ()) if fields[t] > limit))
             for key, (kind, limit) in schemes.items()}
    called: frozenset[str] = frozenset()
    written: frozenset[str] = frozenset()
    if found:
        # a call is evidence of code only on a receiver that is no account of the export's schemes: an
        # account written before a bracketed aside ("<account>(HR)") is no method of every namesake's account
        code = [c for c in calls if not any(key in found for key in shape_keys(c))]
        called = frozenset(c.rpartition(".")[2] for c in code)
        written = frozenset(m for m in modules | {c.partition(".")[0] for c in code} if m in sys.stdlib_module_names)
    widths = frozenset(w for w, values in staff.items()
                       if len(values) >= _MIN_ANCHORS and len(kept_staff.get(w, set()) - values) < _KEPT_RATIO * len(values))
    return AccountSchemes(found, called, written, widths, _learn_phone_groupings(phones, kept_numbers))


# A dotted name called in code: "rows.readrows(...)", "os.path.join(...)": the whole dotted name and what
# the brackets hold (one line, bounded widths: linear).
_DOTTED_CALL = re.compile(r"(?<![\w.])((?:[A-Za-z_]\w{0,40}\.){1,4}[A-Za-z_]\w{0,40})\(([^()\n]{0,80})\)")
# An import statement at a line's start: the module it names ("import os", "from os.path import join").
_IMPORT = re.compile(r"^[ \t]*(?:import|from)[ \t]+([A-Za-z_]\w{0,40})", re.M)
# What code passes to a call: nothing, or arguments with a sign of code in them: a dotted or underscored
# name, a keyword argument, a quoted string, a number, a list, or several names parted by commas. One
# bare word in brackets is prose as often ("<account>(HR)", "<account>(ext. 12)"): no evidence.
_CODE_SIGN = re.compile(r"\w\.\w|_|=|['\"\[*]|^\s*\d+\s*$|,")


def _code_arguments(inside: str) -> bool:
    """Whether what a call's brackets hold is code's arguments (``_CODE_SIGN``) or nothing."""
    return not inside.strip() or bool(_CODE_SIGN.search(inside)) and not _PROSE_ASIDE.search(inside)


# An aside of prose in brackets: a word of capitals or a capitalised word and a blank ("(HR, Payroll)",
# "(ext. 12)"): what code never passes bare.
_PROSE_ASIDE = re.compile(r"^\s*[A-Z][A-Za-z]*(?:\s|,|$)|\b[a-z]{1,5}\.\s")


def _code_name(token: str, called: frozenset[str]) -> bool:
    """Whether a dotted token is code by the export's own evidence: its last part is a method the export
    writes called somewhere ("f.readrows" where "rows.readrows()" or "f.readrows(" is written elsewhere).
    An account's surname is never written as a call."""
    head, dot, last = token.rpartition(".")
    return bool(dot and head and last in called)


def _module_path(token: str, modules: frozenset[str]) -> bool:
    """A name qualified by a module of Python's standard library ("os.path", "re.escape") that the export
    writes as code elsewhere (``modules``: imported, or a call's receiver that is no account): code. Never
    a head of two letters or fewer: initials spell "os", "re", "io" as often as code does."""
    head, dot, _ = token.partition(".")
    return bool(dot) and len(head) > 2 and head in modules


# A staff number of bare digits: five to twelve (fewer is as often a year, a count or an extension).
_STAFF_DIGITS = re.compile(r"\d{5,12}")
# A bare number as a token of its own: not part of a longer token, an amount ("1,250.00"), a path, a
# version, a date or a code ("#12345", "A-12345").
_BARE_NUMBER = re.compile(r"(?<![\w./#:+-])\d{5,12}(?![\w/#+-]|[.,:]\d)")
# A person's placeholder right before or after a number, parted from it by blanks and at most one mark
# of a list, a table or an aside (", ", " | ", " (", ": "): a row of a person's records ("[name], 48213,
# [username]"). Read on a bounded slice of text on either side of the number (each test constant).
_PERSON = r"\[(?:name|username|email)\]"
_PERSON_BEFORE = re.compile(rf"{_PERSON}[ \t]*[,;|(:\t/-]?[ \t]*\Z")
_PERSON_AFTER = re.compile(rf"[ \t]*[,;|):\t/-]?[ \t]*{_PERSON}")
_BESIDE = 16
"""Characters read on either side of a number for a person's placeholder (the longest placeholder and a gap)."""


def _numbers_beside_people(text: str) -> Iterable[str]:
    """Bare numbers of ``text`` (``_BARE_NUMBER``) with a person's placeholder right beside them."""
    for match in _BARE_NUMBER.finditer(text):
        if _beside_person(text, match.start(), match.end()):
            yield match.group(0)


def _beside_person(text: str, start: int, end: int) -> bool:
    """A person's placeholder on one side of the number and nothing on the other side that makes it a
    thing's number (``_thing_side``), and the number not shaped like a date (``_DATE_DIGITS``)."""
    if _DATE_DIGITS.fullmatch(text[start:end]):
        return False
    if _PERSON_BEFORE.search(text[max(0, start - _BESIDE):start]):
        return not _thing_side(_WORD_AFTER.match(text, end, end + _OTHER_SIDE))
    if _PERSON_AFTER.match(text[end:end + _BESIDE]):
        return not _thing_side(_WORD_BEFORE.search(text[max(0, start - _OTHER_SIDE):start]))
    return False


# A number of bare digits shaped like a date: a year and a month ("202403"), a year, a month and a day
# ("20240315") or a day, a month and a year ("15032024"): a period a record is filed under, no person's.
_DATE_DIGITS = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?"
                          r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d")
# The word on the side of a number away from the person, past blanks and at most one mark of a list or a
# table (read on a bounded slice: ``_OTHER_SIDE`` characters): "[name] / 123456 / room" reads "room".
_OTHER_SIDE = 32
_WORD_AFTER = re.compile(r"[ \t]*[,;|:/-]?[ \t]*(\w{1,24}|[^\w\s])")
_WORD_BEFORE = re.compile(r"(\w{1,24}|[^\w\s])[ \t]*[,;|:/#-]?[ \t]*\Z")


def _thing_side(match: re.Match | None) -> bool:
    """Whether the word beside a number (away from the person) makes it a thing's number: a record's
    word ("order", "asset", "room": ``record_word``), a currency (an ISO 4217 code by Babel's CLDR data,
    or a currency sign) or a unit (a short word that is no English function word: "kg", "GB", "pcs")."""
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and not word.isalnum():
        return unicodedata.category(word) == "Sc"
    if not word.isalpha():
        return False
    low = word.lower()
    return record_word(low) or word.upper() in _currencies() or len(low) <= 3 and low not in _function_words()


@functools.lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@functools.lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def redact_staff_numbers(text: str, widths: frozenset[str]) -> str:
    """Bare numbers of ``text`` as wide as the export's staff numbers (``widths``: learned from the staff
    numbers its labels and columns announce, three or more of one width, rarely left beside a person
    elsewhere) and written right beside a person's placeholder -> ``[employee-id]``: a row of a person's
    records (a name, a staff number, an account). Never a number with nobody beside it (an order's, a
    ticket's, an asset's or a room's number is written beside a word, not beside a person)."""
    if not widths or "[" not in text:
        return text

    def replace(match: re.Match) -> str:
        number = match.group(0)
        if str(len(number)) in widths and _beside_person(text, match.start(), match.end()):
            return "[employee-id]"
        return number

    return _BARE_NUMBER.sub(replace, text)


def redact_scheme_accounts(text: str, schemes: AccountSchemes, common: frozenset[str]) -> str:
    """Tokens of ``text`` whose shape key is one of ``schemes`` -> that scheme's placeholder (unless
    ``_probable`` or shared: see ``_SHARED_RATIO``); then the phones and staff numbers of its schemes."""
    if not schemes:
        return text
    if schemes.phone_groupings:
        text = redact_grouped_phones(text, schemes.phone_groupings)
    shapes, called, modules = schemes.shapes, schemes.calls, schemes.modules

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if _called_here(text, match.end()) or text.startswith("[", match.end()) or \
                _module_path(token, modules) or _code_name(token, called):
            # a call with code's arguments, an index, a module's name ("f.readlines()", "os.walk"): code, no
            # account. Not a token in backticks: a machine's or a person's account is quoted so as often as code
            return token
        for key in shape_keys(token):
            if key in shapes and token not in shapes[key][1] and not _probable(token, common):
                return shapes[key][0]
        return token

    if shapes and _CANDIDATE.search(text):
        text = _CANDIDATE.sub(replace, text)
    if schemes.staff_widths:  # after the accounts: a number beside an account this pass found is a staff number too
        text = redact_staff_numbers(text, schemes.staff_widths)
    return text


def _called_here(text: str, end: int) -> bool:
    """Whether the token ending at ``end`` is called with code's arguments ("x.parse(argv, 2)", "f.close()")."""
    if not text.startswith("(", end):
        return False
    close = text.find(")", end, end + 82)
    return close > 0 and "\n" not in text[end:close] and _code_arguments(text[end + 1:close])


def scheme_fields(originals: Sequence[Sequence[str]], redacted: Sequence[Sequence[str]], common: frozenset[str],
                  alignments: Sequence[Sequence[Alignment | None]] | None = None) -> list[list[str]] | None:
    """Each ticket's redacted fields with the export's account schemes applied (None: no scheme);
    ``alignments``: each ticket's fields' alignments when the caller has made them (:mod:`.pii_align`)."""
    flat = [a for fields in alignments for a in fields] if alignments is not None else None
    schemes = learn_account_schemes([(a, b) for fa, fb in zip(originals, redacted) for a, b in zip(fa, fb)], common,
                                    flat)
    if not schemes:
        return None
    return [[redact_scheme_accounts(f, schemes, common) if f else f for f in fields] for fields in redacted]
