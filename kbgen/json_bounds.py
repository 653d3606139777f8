"""How much a JSON text may cost to parse, judged before it is parsed.

Python builds ~60-120 bytes of objects for each JSON object or list, however small its text: a
file of ``{},`` (3 bytes each) costs ~40 times its size, so a damaged or hostile file read
whole (a ticket export, a previous site's catalogue) took gigabytes before it was found to
hold nothing usable. Files kbgen reads hold text in their objects (a ticket, an article's
title and addresses), but a minified export of short tickets with many empty or short
multi-select fields (``"tags":[]``, ``"cc":[1,2]``) holds one object or list per ~16
characters: :data:`CHARS_PER_CONTAINER` leaves twofold room below that, and a file at the
bound costs ~10-15 times its size once parsed (tenfold less than a file of ``{},``).
"""
from __future__ import annotations

#: Fewest characters per JSON object or list of a file larger than :data:`FEW_CONTAINERS` allows.
CHARS_PER_CONTAINER = 8
#: Objects and lists any file may hold (a few MB of Python objects at most).
FEW_CONTAINERS = 100_000


def too_dense(text: str, what: str) -> str:
    """Why ``text`` is refused unparsed (more objects and lists than :data:`CHARS_PER_CONTAINER`
    allows, counted as '{' and '[', inside strings too: an upper bound), said after the file's
    name, or ''. ``what`` names what the file should hold ("tickets")."""
    containers = text.count("{") + text.count("[")
    if containers <= max(FEW_CONTAINERS, len(text) // CHARS_PER_CONTAINER):
        return ""
    return (f"holds {containers:,} JSON objects and lists in {len(text):,} characters, more than {what} "
            f"hold; the file is damaged or not what it should be")
