"""Section anchors: the id of every heading of an article, decided once, by kbgen.

A heading keeps the id its writer gave it (``## Steps {#steps}``, attr_list syntax); every other
heading gets one made from its text, unique on the page (``steps``, ``steps-2``). kbgen writes
the ids it made into the page's Markdown, so the renderer never invents its own: the anchors in
``api/articles.json``, the "Copy link" buttons, ``kbgen link --section`` and the missing-anchor
check all use this one rule.

Every scan here is linear in the text: headings are found line by line, and the patterns over
writers' text have no nested quantifiers (each stops at a delimiter the next match needs).
"""
from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

from .fold import without_marks
from .links import URL_ESCAPED, code_lines, code_spans, mask_code
from .markup import blank_comments
from .memo import of_text

#: Ids kbgen's own templates put on an article page (the title, the related articles list):
#: a heading never takes them.
RESERVED_IDS = ("page-title", "related-articles")
#: The anchor of a heading whose text has no letters or digits (only symbols or emoji).
FALLBACK_ANCHOR = "section"

_ATX = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
#: A setext heading's underline, as Python-Markdown reads one: a run of '=' (level 1) or '-'
#: (level 2) at the line's start, not indented, nothing after it but spaces or tabs.
SETEXT = re.compile(r"(=+|-+)[ \t]*$")
#: A thematic break (``---``, ``* * *``, ``___``), as Python-Markdown's HRProcessor reads one:
#: it splits a block, so the line after it starts a new block. Linear: each repeat takes one mark.
_RULE = re.compile(r" {0,3}(?:(?:-[ ]{0,2}){3,}|(?:_[ ]{0,2}){3,}|(?:\*[ ]{0,2}){3,})[ \t]*$")
#: An attribute list ``{: #id .class key=value}`` (it never spans a line or holds a brace).
_ATTR_LIST = re.compile(r"\{:?([^{}\n]*)\}")
#: ``id="..."`` / ``name='...'`` in raw HTML; a value stops at the next '=' or '<' or '>' so
#: scans from two occurrences never overlap.
_HTML_ID = re.compile(r"\b(?:id|name)[ \t]*=[ \t]*(?:\"([^\"\n=<>]*)\"|'([^'\n=<>]*)')")
_FOOTNOTE = re.compile(r" {0,3}\[\^([^\]\n]+)\]:")
#: Inline markup removed from a heading's text: images and links keep their text, tags go.
#: Published anchors are a stability promise (agents paste ``#section`` links into tickets), so
#: these stay the anchors' own simple link reading, not the site's link grammar
#: (:func:`kbgen.links.link_texts`): the two differ on a target holding parentheses, brackets in
#: a link's text, a link nested in a link's text and an escaped ``\[x](y)``, and reading those
#: by the grammar would move the id of every such heading.
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"<[^<>\n]*>")
#: A backslash escape the renderer reads (:data:`kbgen.links.URL_ESCAPED`): the page shows the character.
_ESCAPED = re.compile("\\\\[" + re.escape(URL_ESCAPED) + "]")
_EMPHASIS = re.compile(r"[*`~]+|(?<!\w)_+|_+(?!\w)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Heading:
    """A section heading of an article.

    Attributes:
        level: 1-6.
        title: its text without Markdown (what a reader sees).
        anchor: its id on the page.
        line: 0-based line of the heading's text in the Markdown.
        explicit: True when the writer gave the id (``{#id}``).
        col: 1-based column of the heading's first character.
        shown: its text as the page shows it, the text of its code spans included (``title``
            leaves code out: the anchor is made from it).
        setext: True for a setext heading (its underline is the next line).
    """

    level: int
    title: str
    anchor: str
    line: int
    explicit: bool = False
    col: int = 1
    shown: str = ""
    setext: bool = False


def slug(text: str) -> str:
    """An anchor made from a heading's text: accents dropped, lower case, words (of any script)
    joined by '-' (``"Wi-Fi & VPN: Café"`` -> ``wi-fi-vpn-cafe``)."""
    # without_marks, not unaccented: published anchors must not change ("ø" stays in them)
    return "-".join(_WORD.findall(without_marks(text).lower())) or FALLBACK_ANCHOR


def plain_text(markdown: str) -> str:
    """A heading's text as a reader sees it: links and images keep their text, tags and
    emphasis markers go, character references are decoded."""
    return " ".join(_unmarked(markdown).split())


def _unmarked(markdown: str) -> str:
    text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", markdown))
    return html.unescape(_EMPHASIS.sub("", _TAG.sub("", text)))


#: A stand-in for a piece kept as written while the rest of a heading is unmarked (a code span's
#: text, an escaped character): NUL and a number, which no markup pattern here touches.
_KEPT = re.compile("\x00([0-9]+)\x00")


def shown_text(markdown: str) -> str:
    """A heading's text as the page shows it, code and all: :func:`plain_text` over the heading
    with its code spans and backslash escapes set aside first (a link whose text holds a code
    span is still a link), then a code span's text as written (its backticks and the space
    padding them dropped) and an escaped character (``\\*``) as the character."""
    markdown = markdown.replace("\x00", "\ufffd")
    kept: list[str] = []

    def keep(piece: str) -> str:
        kept.append(piece)
        return f"\x00{len(kept) - 1}\x00"

    pieces, done = [], 0
    for start, end in code_spans(markdown):
        ticks = len(markdown[start:end]) - len(markdown[start:end].lstrip("`"))
        pieces += [markdown[done:start], keep(markdown[start + ticks:end - ticks].strip())]
        done = end
    masked = _ESCAPED.sub(lambda match: keep(match.group()[1]), "".join(pieces) + markdown[done:])
    shown = _KEPT.sub(lambda match: kept[int(match.group(1))], _unmarked(masked))
    return " ".join(shown.split())


def _attr_id(attrs: str) -> str:
    """The ``#id`` word of an attribute list ('' if none)."""
    for word in attrs.split():
        if word.startswith("#") and len(word) > 1 and "=" not in word:
            return word[1:]
    return ""


def _split_attrs(text: str) -> tuple[str, str | None]:
    """A heading's text and its trailing attribute list (None when it has none)."""
    stripped = text.rstrip()
    if not stripped.endswith("}"):
        return text, None
    start = stripped.rfind("{")
    inner = stripped[start + 1:-1]
    if start <= 0 or stripped[start - 1] not in " \t" or "}" in inner or "{" in inner:
        return text, None
    return stripped[:start].rstrip(), inner[1:] if inner.startswith(":") else inner


@dataclass(frozen=True)
class _Found:
    """A heading as written: its line, level, text (code blanked out) and attribute list, and
    the columns ``start:stop`` (0-based) of the line that hold its text, whitespace around it
    included: the text as written, code and all, is that slice of the unmasked line, stripped."""

    line: int
    level: int
    text: str
    attrs: str | None
    setext: bool
    col: int
    start: int = 0
    stop: int = 0


def _atx(line: str) -> tuple[int, str, int, int, int] | None:
    """``(level, text, column, start, stop)`` of an ATX heading line (the text stands within
    ``line[start:stop]``, closing hashes left out), or None."""
    match = _ATX.match(line)
    if not match:
        return None
    rest = line[match.end():]
    text, stop = rest.strip(), len(line)
    trimmed = text.rstrip("#")
    if trimmed != text and (not trimmed or trimmed[-1] in " \t"):
        text = trimmed.rstrip()  # closing hashes: "## Title ##"
        stop = match.end() + len(rest) - len(rest.lstrip()) + len(trimmed)
    return len(match.group(1)), text, match.start(1) + 1, match.end(), stop


def _setext_lines(masked: list[str], raw: list[str]) -> set[int]:
    """The lines a setext underline (:data:`SETEXT`) makes headings: the first line of a block
    (after a blank line, a heading's line or underline, a rule, or at the start), not indented code nor
    an ATX heading, outside code and comments, its text shown (a line starting with a code span is one: its masked copy starts blank)."""
    code = set(code_lines(raw)) if "`" in "".join(raw) or "~" in "".join(raw) else set()
    found: set[int] = set()
    for index in range(len(masked) - 1):
        line = masked[index]
        # a block starts after a blank line and after a heading (ATX, or a setext underline)
        starts = (index == 0 or not masked[index - 1].strip() or index - 2 in found
                  or _atx(masked[index - 1]) is not None or _RULE.match(masked[index - 1]) is not None)
        if (SETEXT.match(masked[index + 1]) and starts
                and not raw[index].startswith(("    ", "\t")) and index not in code
                and (line.strip() or raw[index].lstrip(" \t").startswith("`"))
                and _atx(line) is None):  # an ATX heading's next '===' is text, not its underline
            found.add(index)
    return found


def title_line(lines: list[str]) -> int | None:
    """The line of a leading ``# Title`` (the first line that is not blank, when it is one),
    which the page does not show as a heading: it prints the title itself."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    return first if first is not None and lines[first].startswith("# ") else None


def _find(masked: str, text: str) -> list[_Found]:
    """Every heading outside code (``masked``: ``text`` with code and comments blanked out), in
    order, but a leading ``# Title`` (:func:`title_line`)."""
    lines = masked.split("\n")
    found: list[_Found] = []
    title = title_line(lines)
    raw = text.split("\n")
    setext = _setext_lines(lines, raw)
    for index, line in enumerate(lines):
        atx = _atx(line)
        if atx is not None:
            if index == title:
                continue
            body, attrs = _split_attrs(atx[1])
            stop = atx[4] if attrs is None else line.rfind("{", 0, atx[4])
            found.append(_Found(index, atx[0], body, attrs, False, atx[2], atx[3], stop))
        elif index in setext:
            body, attrs = _split_attrs(line.strip())
            level = 1 if lines[index + 1].strip()[0] == "=" else 2
            indent = len(raw[index]) - len(raw[index].lstrip())  # a leading code span is text
            stop = len(line) if attrs is None else line.rfind("{")
            found.append(_Found(index, level, body, attrs, True, indent + 1, indent, stop))
    return found


def other_ids(text: str) -> set[str]:
    """Ids the Markdown gives outside headings: attribute lists on other elements, raw HTML
    ``id``/``name`` attributes, and footnotes (``fn:x``, ``fnref:x``)."""
    return set(_scan(text)[1])


def _other_ids(masked: str) -> set[str]:
    ids = {_attr_id(m.group(1)) for m in _ATTR_LIST.finditer(masked)}
    ids |= {m.group(1) or m.group(2) for m in _HTML_ID.finditer(masked)}
    for line in masked.split("\n"):
        match = _FOOTNOTE.match(line)
        if match:
            ids |= {f"fn:{match.group(1)}", f"fnref:{match.group(1)}"}
    return ids - {""}


def _unique(base: str, taken: set[str], tried: dict[str, int]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... the first not taken. ``tried`` remembers, per
    base, the numbers already found taken (``taken`` only grows), so a page of thousands of
    headings with one name costs linear time, not quadratic."""
    number = tried.get(base, 1)
    anchor = base if number == 1 else f"{base}-{number}"
    while anchor in taken:
        number += 1
        anchor = f"{base}-{number}"
    tried[base] = number
    taken.add(anchor)
    return anchor


_Scanned = tuple[tuple[_Found, ...], frozenset[str], tuple[Heading, ...]]


def _scan(text: str) -> _Scanned:
    """The headings as written, the other ids and the headings with their anchors, from one
    pass over the text with code blanked out (kept in the build's memo, else for the last
    texts: checks, the page and the catalogue all ask about the same article)."""
    return of_text("anchors", text, _scan_text, _scan_recent)


@functools.lru_cache(maxsize=256)
def _scan_recent(text: str) -> _Scanned:
    return _scan_text(text)


def _scan_text(text: str) -> _Scanned:
    masked = blank_comments(mask_code(text), text)  # a heading inside a comment is no heading
    found, others = _find(masked, text), _other_ids(masked)
    explicit = {f.line: _attr_id(f.attrs) for f in found if f.attrs is not None and _attr_id(f.attrs)}
    taken = set(RESERVED_IDS) | others  # the written ids: on headings and elsewhere
    result, tried, lines = [], {}, text.split("\n")
    for item in found:
        title = plain_text(item.text)
        anchor = explicit.get(item.line) or _unique(slug(title), taken, tried)
        shown = shown_text(lines[item.line][item.start:item.stop].strip())
        result.append(Heading(item.level, title, anchor, item.line, item.line in explicit, item.col, shown,
                              item.setext))
    return tuple(found), frozenset(others), tuple(result)


def headings(text: str) -> list[Heading]:
    """Every heading of an article body with its anchor (see the module docstring)."""
    return list(_scan(text)[2])


def duplicate_ids(text: str) -> list[tuple[Heading, Heading]]:
    """Headings whose written id repeats an earlier heading's: ``(repeat, first)`` pairs."""
    first: dict[str, Heading] = {}
    repeats = []
    for heading in headings(text):
        if heading.explicit and heading.anchor in first:
            repeats.append((heading, first[heading.anchor]))
        first.setdefault(heading.anchor, heading)
    return repeats


def page_ids(text: str) -> set[str]:
    """Every id a link into the article's page can target."""
    _, others, anchored = _scan(text)
    return {h.anchor for h in anchored} | others


def with_anchors(text: str) -> str:
    """The Markdown with each heading's made-up id written in (``## Steps {#steps}``); headings
    with an id of their writer's stay as they are. Lines keep their numbers, and each heading
    keeps its text as written (code spans in it too: the id is read with code left out); an
    ATX heading indented 1-3 spaces is written from the line's start, as the renderer needs."""
    lines = text.split("\n")
    written, _, anchored = _scan(text)
    found = {f.line: f for f in written}
    for heading in anchored:
        if heading.explicit:
            if heading.col > 1 and not found[heading.line].setext:
                # an ATX heading indented 1-3 spaces (a heading in CommonMark) is text to the
                # site's renderer, which needs its '#' at the line's start: it is given that
                lines[heading.line] = lines[heading.line].lstrip(" ")
            continue
        item = found[heading.line]
        shown = lines[heading.line][item.start:item.stop].strip()
        attrs = f"{{: #{heading.anchor} {item.attrs.strip()}}}" if item.attrs else f"{{#{heading.anchor}}}"
        if item.setext:
            lines[heading.line] = f"{shown} {attrs}"
        else:
            lines[heading.line] = f"{'#' * item.level} {shown} {attrs}"
    return "\n".join(lines)


def strip_title(body: str) -> str:
    """The body without a leading ``# Title`` line (the page prints the title itself)."""
    lines = body.strip().split("\n")
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines).strip()
