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

import functools
import re
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


# Blanks other than the space (no-break, thin, ideographic...) and the full-width forms of ASCII
# ("Ｕｓｅｒ：", "：" after a label), as East Asian input methods and word processors write them: NFKC
# writes each as the one ASCII character a label is written with elsewhere, so a rule that reads
# "User:" reads them too. Only characters NFKC turns into one ASCII character are mapped, so the text
# keeps its length and every position (see :func:`rewidened`).
# The full-width colon is narrowed only after ASCII (a Latin label typed in full-width mode,
# "Ｕｓｅｒ：", "User ："): after East Asian text it is that script's own colon, with no space after it
# ("パスワード：x"), which the rules read as a label's colon already, where an ASCII colon without a
# space joins two parts of one token ("host:port").
_NARROWABLE = "".join(chr(c) for c in [0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, *range(0xFF01, 0xFF5F)]
                      if c != 0xFF1A and len(unicodedata.normalize("NFKC", chr(c))) == 1
                      and unicodedata.normalize("NFKC", chr(c)).isascii())
# Latin letters that are ligatures of several letters (typographic "ﬁ", "ﬂ" that PDF copy and word
# processors leave; the digraphs "ĳ", "ǆ", "ǉ" of Dutch and the Balkan languages): NFKC writes each as
# its letters, so a name typed with one ("Soﬁa") is the name the rules know. These change the length
# of the text; :func:`rewidened` maps positions back through :func:`_narrow_offsets`.
_LIGATURES = "".join(chr(c) for c in [*range(0x80, 0x250), *range(0xFB00, 0xFB07)]
                     if unicodedata.category(chr(c)).startswith("L")
                     and len(unicodedata.normalize("NFKC", chr(c))) > 1
                     and all(x.isalpha() and ord(x) < 0x250 for x in unicodedata.normalize("NFKC", chr(c))))
# The decimal digits of other scripts (Arabic-Indic "٠٥٠", Persian "۰۹۱۲", Devanagari, Bengali...), as
# phones and ids are typed in those languages: read as ASCII digits, so the number rules and
# ``phonenumbers`` read them as they read "0501"; what is kept is written back as typed.


@functools.cache
def _tables() -> tuple[dict[int, str], re.Pattern]:
    """The translation table of :func:`narrowed` and the pattern of what it changes, built on first use:
    finding the other scripts' digits reads the whole Unicode database, which a run that reads only
    ASCII text never needs."""
    digits = "".join(chr(c) for c in range(0x80, 0x20000)
                     if unicodedata.category(chr(c)) == "Nd" and chr(c) not in _NARROWABLE)
    table = str.maketrans({**{c: unicodedata.normalize("NFKC", c) for c in _NARROWABLE + _LIGATURES},
                           **{c: str(unicodedata.digit(c)) for c in digits}})
    return table, re.compile("[" + re.escape(_NARROWABLE + _LIGATURES + digits) + "]|：")


_COLON_AFTER_ASCII = re.compile(r"(?<=[!-~])：|(?<=[!-~] )：")


def narrowed(text: str) -> str:
    """``text`` with its odd blanks, full-width ASCII forms and other scripts' digits written as ASCII
    (see ``_NARROWABLE``, :func:`_tables`) and its ligatures as their letters (see ``_LIGATURES``): the form the redaction rules read. Most
    texts hold none and come back as they are."""
    if text.isascii():
        return text
    table, wide = _tables()
    if not wide.search(text):
        return text
    text = text.translate(table)
    return _COLON_AFTER_ASCII.sub(":", text) if "：" in text else text


def rewidened(original: str, narrow: str, rewritten: str, placeholder) -> str:
    """``rewritten`` (``narrow`` = ``narrowed(original)`` with spans replaced by placeholders, the
    matches of the compiled ``placeholder``) with every piece it kept written as ``original`` wrote
    it: each piece between placeholders is looked for in ``narrow`` after the previous one, and the
    same span of ``original`` is written instead. A piece not found (a rule rewrote it) stays as read."""
    if narrow == original:
        return rewritten
    at = _narrow_offsets(original) if len(narrow) != len(original) else range(len(original) + 1)
    out, pos, last = [], 0, 0
    for match in [*placeholder.finditer(rewritten), None]:
        piece = rewritten[last:match.start() if match else len(rewritten)]
        found = narrow.find(piece, pos) if piece else -1
        if found >= 0:
            out.append(original[at[found]:at[found + len(piece)]])
            pos = found + len(piece)
        else:
            out.append(piece)
        if match:
            out.append(match.group(0))
            last = match.end()
    return "".join(out)


def _narrow_offsets(original: str) -> list[int]:
    """For each position of ``narrowed(original)`` (and its end), the position of ``original`` it was
    read from; the letters of one ligature all map to the ligature's start, and the position after its
    last letter to the character after it: a piece that begins inside a ligature starts at the
    ligature, one that ends inside it ends before it (one that ends with its last letter ends after it)."""
    table = _tables()[0]
    at: list[int] = []
    for i, char in enumerate(original):
        width = len(table.get(ord(char), char))  # what narrowed() writes for it: 1, or a ligature's letters
        at.extend([i] * width)
    at.append(len(original))
    return at


_NOT_LETTER = re.compile(r"[^\w-]|[\d_]")
_NOT_ASCII_LETTER = re.compile(r"[^a-z-]")


def folded_letters(text: str, ascii_only: bool = False) -> str:
    """``text`` as words are compared across spellings: small letters without accents (:func:`unaccented`),
    hyphens kept, digits, blanks and other signs dropped. Letters of any script stay (a label's words:
    "Телефон" -> "телефон"), or with ``ascii_only`` only a to z (a name part looked up in the gazetteer:
    "O'Brien" -> "obrien", "Müller" -> "muller"). The one fold of the label and the name rules."""
    return (_NOT_ASCII_LETTER if ascii_only else _NOT_LETTER).sub("", unaccented(text).lower())
