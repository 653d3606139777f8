"""Accents folded away: how a word is typed on a keyboard without them.

One rule for every stage that compares words typed with and without accents (a redacted name,
a secret's cue word, a gazetteer name, a concept's translations, a heading's anchor).
:func:`without_marks` drops what Unicode itself decomposes (``é`` -> ``e``: NFKD, then the
combining marks). :func:`unaccented` also writes the letters that carry a stroke or form a
ligature (``ø``, ``ł``, ``đ``, ``ß``, ``æ``, ``œ``, dotless ``ı``), which Unicode does not
decompose, as people type them without the key (``Søren`` -> ``Soren``).

Kept apart on purpose: ``kbgen.site.urls.slugify`` keeps only ASCII (file names and URLs; a
heading's anchor, :func:`kbgen.anchors.slug`, uses :func:`without_marks`), and
``kbgen.suggest.pii_accounts._ascii_only`` drops an undecomposable letter (``Søren`` -> ``sren``,
a login system's spelling of the name, tried beside the folded one).
"""
from __future__ import annotations

import unicodedata

#: Letters Unicode does not decompose, as they are typed without their stroke or ligature.
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def composed(text: str) -> str:
    """``text`` in composed form (NFC): an accent typed as a combining mark ("e" + U+0301) joins its
    letter, so a word is one word whichever way the export stored it. The one form every stage that
    learns from an export and then rewrites it reads (what it learned must match what it reads)."""
    if not text or text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def without_marks(text: str) -> str:
    """``text`` without the marks Unicode decomposes off its letters (``"Café"`` -> ``"Cafe"``);
    case, letters it does not decompose and other scripts are kept."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_MARKS)


class _Marks(dict):
    """The translation table of :func:`without_marks`: a combining mark to nothing, any other character
    to itself; each character's entry made when first met (one C-level ``translate`` instead of a
    Python test per character, about five times faster), at most ``_MARKS_KEPT`` kept, so an export of
    every code point cannot grow it without end; a character not kept is looked up again each time."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        kept = None if unicodedata.combining(char) else char
        if len(self) < _MARKS_KEPT:
            self[code] = kept
        return kept


_MARKS_KEPT = 1 << 16
_MARKS = _Marks()


def unaccented(text: str) -> str:
    """``text`` as typed without accents, case kept (``"Łódź Søren"`` -> ``"Lodz Soren"``)."""
    if text.isascii():
        return text
    return without_marks(text.translate(_LETTERS))
