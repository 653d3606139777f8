"""How much a JSON text may cost to parse, judged before it is parsed: the one bound of every
JSON file kbgen reads (a ticket export, a previous site's catalogue, a search index file, the
build cache's manifest).

Python builds ~60-120 bytes of objects for each JSON object or list, however small its text: a
file of ``{},`` (3 bytes each) costs ~40 times its size, so a damaged or hostile file read
whole took gigabytes before it was found to hold nothing usable. Files kbgen reads hold text in
their objects (a ticket, an article's title and addresses), but a minified export of short
tickets with many empty or short multi-select fields (``"tags":[]``, ``"cc":[1,2]``) holds one
object or list per ~16 characters: :data:`CHARS_PER_CONTAINER` leaves twofold room below that,
and a file at the bound costs ~10-15 times its size once parsed (tenfold less than ``{},``).

Only structural punctuation counts: a ``[`` or ``{`` inside a string (a log line, a ticket that
quotes code) builds nothing. The plain count of the characters (an upper bound) decides alone
when it is within the bound; only a file over it is read again with its strings removed, once,
by one linear expression.
"""
from __future__ import annotations

import re
import sys

#: Fewest characters per JSON object or list of a file larger than :data:`FEW_CONTAINERS` allows.
CHARS_PER_CONTAINER = 8
#: Objects and lists any file may hold (a few MB of Python objects at most).
FEW_CONTAINERS = 100_000
#: A JSON string, escapes and all, up to its closing quote or the end of the text (an unclosed
#: string ends there, so every match succeeds where it starts: no backtracking; a trailing lone
#: backslash is taken too). The unrolled loop (a run of plain characters, then an escape and a
#: run) has one way to match each text, so it is linear.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.S)


def structural_count(text: str, characters: str, bound: int) -> int:
    """How many of ``characters`` (JSON punctuation such as ``{[,``) stand in ``text`` outside
    its strings: exact when the plain count exceeds ``bound``, otherwise that plain count (an
    upper bound, itself within ``bound``). Linear in the text."""
    count = sum(map(text.count, characters))
    if count <= bound:
        return count
    bare = _STRING.sub('""', text)
    return sum(map(bare.count, characters))


def too_dense(text: str, what: str) -> str:
    """Why ``text`` is refused unparsed (more objects and lists outside its strings than
    :data:`CHARS_PER_CONTAINER` allows), said after the file's name, or ''. ``what`` names
    what the file should hold ("tickets")."""
    bound = max(FEW_CONTAINERS, len(text) // CHARS_PER_CONTAINER)
    containers = structural_count(text, "{[", bound)
    if containers <= bound:
        return ""
    return (f"holds {containers:,} JSON objects and lists in {len(text):,} characters, more than {what} "
            f"hold; the file is damaged or not what it should be")


def too_many_values(text: str, most: int) -> bool:
    """Whether ``text`` holds more than ``most`` JSON values, counted as the commas, brackets
    and braces outside its strings (each value but the first follows a comma or opens a list
    or object: an upper bound of the values, within one)."""
    return structural_count(text, ",[{", most) > most


#: Most digits turned into a number when the interpreter sets no limit: converting more digits
#: costs their square (Python's own default limit, 4,300, guards against the same).
UNLIMITED_DIGITS = 4_300


def max_digits() -> int:
    """Most digits Python turns into a number here (``sys.get_int_max_str_digits``, which
    ``PYTHONINTMAXSTRDIGITS`` or a program may set: a longer number is refused with a
    ValueError), or :data:`UNLIMITED_DIGITS` where it sets none."""
    return getattr(sys, "get_int_max_str_digits", lambda: 0)() or UNLIMITED_DIGITS


def whole_number(text: str) -> int | str:
    """A JSON whole number (the ``parse_int`` of :func:`json.loads`): a number, or the digits as
    text past :func:`max_digits` (an export's ID column of 100,000 digits made the whole read fail
    with Python's "Exceeds the limit" error)."""
    return int(text) if len(text) <= max_digits() else text
