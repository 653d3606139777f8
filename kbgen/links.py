"""Finding the links of a Markdown body, outside code, with their lines.

Used twice: validation (a link to a missing article is an error) and planning (links to
``.md`` sources are rewritten to the pages they become). Also the rules for hrefs made from
config values (script URLs refused, contact channels turned into tel:/mailto: links).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .memo import of_text

if TYPE_CHECKING:
    from .model import ContactChannel

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})")
_INLINE = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(\s+\"[^\"]*\"|\s+'[^']*')?\s*\)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)")
_CODE_SPAN = re.compile(r"(`+)(?:.|\n)*?\1")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class Link:
    """A link target in a Markdown text.

    Attributes:
        target: the URL as written (without angle brackets).
        start: offset of the target in the text.
        end: offset just after the target.
        line: 0-based line of the target within the text.
        image: whether it is an image (``![...](...)``).
    """

    target: str
    start: int
    end: int
    line: int
    image: bool = False

    @property
    def is_relative(self) -> bool:
        """True for a path inside the site (no scheme, not an anchor, not absolute)."""
        return not (_SCHEME.match(self.target) or self.target.startswith(("#", "/", "//")))

    @property
    def is_unsafe(self) -> bool:
        """True for script URLs (javascript:, vbscript:, data:text/html)."""
        return is_script_url(self.target)


def is_script_url(url: str, any_data: bool = False) -> bool:
    """True for URLs that run script when followed: javascript:, vbscript:, data:text/html
    (every data: URL with ``any_data``, for links that should never carry inline content).
    White space and case are ignored, as browsers do."""
    lowered = "".join(url.split()).lower()
    return lowered.startswith(("javascript:", "vbscript:", "data:" if any_data else "data:text/html"))


def mask_code(text: str) -> str:
    """The text with fenced code and code spans blanked out (same length, same lines)."""
    lines = text.split("\n")
    fence: str | None = None
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(2)[0] * len(match.group(2))
            lines[index] = " " * len(line)
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
            lines[index] = " " * len(line)
        elif line.startswith(("    ", "\t")) and index and not lines[index - 1].strip():
            lines[index] = " " * len(line)
    masked = "\n".join(lines)
    return _CODE_SPAN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), masked)


def find_links(text: str) -> tuple[Link, ...]:
    """All inline and reference link targets of a Markdown text, in order (kept in the build's
    memo during a build, see :func:`kbgen.memo.remembering`)."""
    return of_text("links", text, _scan, _find_links)


@functools.lru_cache(maxsize=1 << 15)
def _find_links(text: str) -> tuple[Link, ...]:
    return _scan(text)


def _scan(text: str) -> tuple[Link, ...]:
    masked = mask_code(text)
    found: list[Link] = []
    for match in _INLINE.finditer(masked):
        start, end = match.span(2)
        found.append(_link(text, start, end, image=bool(match.group(1))))
    for line_no, line in enumerate(masked.split("\n")):
        match = _REFERENCE.match(line)
        if match:
            offset = sum(len(x) + 1 for x in masked.split("\n")[:line_no])
            found.append(_link(text, offset + match.start(1), offset + match.end(1)))
    return tuple(sorted(found, key=lambda link: link.start))


#: A Markdown image's alt text (``![alt](``, ``![alt][``) and an HTML ``<img>`` tag: single
#: character classes, no nested quantifiers (linear on any text).
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\][(\[]")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT_ATTRIBUTE = re.compile(r"\salt\s*=", re.IGNORECASE)


def images_without_alt(text: str) -> list[int]:
    """0-based lines of the images of a Markdown text (outside code) that have no alt text: a
    Markdown image with empty brackets, or an ``<img>`` without an ``alt`` attribute (an
    explicit ``alt=""`` marks a decorative image and is accepted)."""
    masked = mask_code(text)
    starts = [m.start() for m in _IMAGE.finditer(masked) if not m.group(1).strip()]
    starts += [m.start() for m in _HTML_IMG.finditer(masked) if not _ALT_ATTRIBUTE.search(m.group(0))]
    return sorted(masked.count("\n", 0, start) for start in starts)


def _link(text: str, start: int, end: int, image: bool = False) -> Link:
    target = text[start:end]
    if target.startswith("<") and target.endswith(">"):
        target, start, end = target[1:-1], start + 1, end - 1
    return Link(target, start, end, text.count("\n", 0, start), image)


def column_of(text: str, offset: int) -> int:
    """The 1-based column of ``offset`` in ``text`` (counted in characters)."""
    return offset - (text.rfind("\n", 0, offset) + 1) + 1


def split_target(target: str) -> tuple[str, str]:
    """Split ``path#anchor`` (or ``path?query``) into the path and the rest."""
    for mark in ("#", "?"):
        if mark in target:
            index = target.index(mark)
            return target[:index], target[index:]
    return target, ""


def safe_url(url: str) -> str:
    """The URL, or '#' for script and data URLs (hrefs made from config values)."""
    return "#" if is_script_url(url, any_data=True) else url


def contact_href(channel: "ContactChannel") -> str:
    """A link for a contact channel: tel:, mailto: or the URL itself; '' when not linkable."""
    value = channel.value.strip()
    if channel.kind == "phone":
        return "tel:" + "".join(ch for ch in value if ch.isdigit() or ch == "+")
    if channel.kind == "email" and "@" in value:
        return "mailto:" + value
    if value.startswith(("http://", "https://")):
        return value
    return ""
