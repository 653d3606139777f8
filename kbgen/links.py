"""Finding the links of a Markdown body, outside code, with their lines.

Used twice: validation (a link to a missing article is an error) and planning (links to
``.md`` sources are rewritten to the pages they become). Also the rules for hrefs made from
config values (script URLs refused, contact channels turned into tel:/mailto: links).
"""
from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

import idna

from .markup import BLANK_LINE, blank_comments
from .memo import of_text, remembered
from .schema import shows_nothing

if TYPE_CHECKING:
    from .model import ContactChannel

# Every pattern here runs over writers' text, so each is linear: a repeated part can never
# match what its neighbour matches (no nested quantifiers over the same characters), and each
# scan stops at the next opening delimiter, so an unclosed '[', '(', '<' or '"' costs only the
# text up to the next one of its kind.
_INLINE = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))+)"
                     r"(\s+\"[^\"]*\"|\s+'[^']*')?\s*\)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^<>]*>|\S+)")
#: An autolink, ``<https://...>``: a scheme (2-32 characters, CommonMark's) and no angle bracket up
#: to the closing '>' (Python-Markdown links one holding a space, and one inside parentheses, too);
#: the ``(<...>)`` of an inline link's target starts where the inline link's does, and a link found
#: at a start already taken is not counted twice.
_AUTOLINK = re.compile(r"(<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>]*>)")
_BACKTICKS = re.compile(r"`+")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
#: Schemes whose URL runs script when followed or loaded.
SCRIPT_SCHEMES = ("javascript", "vbscript", "livescript")
#: data: URLs that are only pictures (an SVG or HTML data: URL can hold script).
_RASTER_DATA = re.compile(r"image/(png|gif|jpe?g|webp|avif|bmp|x-icon)[;,]")
#: CSS escapes as the CSS tokenizer decodes them: up to six hex digits and one optional white
#: space character, or any other escaped character as itself.
_CSS_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{1,6})[ \t\n\r\f]?|\\(.)", re.S)
#: CSS that runs script in some browser: a script URL anywhere (also in strings, which
#: ``image-set()`` and ``@import`` read as URLs), IE's ``expression()`` and ``behavior``, and
#: Firefox's old ``-moz-binding``. Matched on the lower-cased CSS with every space removed.
_CSS_SCRIPT = re.compile(r"(?:java|vb|live)script:|expression\(|-moz-binding|behavior:")
_CSS_URL = re.compile(r"url\(([^)]*)")


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


#: What a browser removes from an address before reading it (WHATWG URL parsing): tabs and line
#: ends anywhere, and C0 controls and spaces (U+0000-U+0020) at either end.
_TAB_OR_NEWLINE = str.maketrans("", "", "\t\n\r")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))


def browser_address(url: str) -> str:
    """``url`` as a browser starts reading it: tabs and line ends dropped, C0 controls and
    spaces stripped at both ends (``\x01https://...`` is an https address to a browser)."""
    return url.translate(_TAB_OR_NEWLINE).strip(_C0_OR_SPACE)


def url_scheme(url: str) -> str:
    """The scheme a browser sees in ``url``, lower case ('' if none): character references
    decoded once (``&#58;``, ``&colon;``, ``&#x6A;``), compatibility forms folded (NFKC), and
    white space, control and invisible characters dropped wherever they are, as a browser drops
    tabs and newlines (dropping the others as well errs on the side of refusing)."""
    if url.isascii() and ":" not in url and "&" not in url:
        return ""  # nothing could decode to a colon
    decoded = unicodedata.normalize("NFKC", html.unescape(url))  # `kept` below drops what a browser strips
    kept = "".join(ch for ch in decoded[: decoded.find(":") + 1 or len(decoded)]
                   if ch.isprintable() and not ch.isspace())
    match = _SCHEME.match(kept)
    return match.group(0)[:-1].lower() if match else ""


def is_script_url(url: str, any_data: bool = False) -> bool:
    """True for URLs that can run script: javascript:, vbscript:, livescript:, and data: URLs
    other than pictures (every data: URL with ``any_data``, for links that should never carry
    inline content). Decided on the URL as a browser decodes it (:func:`url_scheme`)."""
    scheme = url_scheme(url)
    if scheme in SCRIPT_SCHEMES:
        return True
    if scheme != "data":
        return False
    payload = "".join(html.unescape(url).split()).lower().partition(":")[2]
    return any_data or not _RASTER_DATA.match(payload)


def css_runs_script(css: str) -> bool:
    """True when a ``style`` value (already HTML-decoded) could run script (see
    :data:`_CSS_SCRIPT`), or loads a ``url()`` that :func:`is_script_url` refuses. Decided as the
    CSS tokenizer reads it: escapes decoded (``\\6a avascript``), comments and white space
    dropped. Linear: one pass per step, and each ``url(`` scan stops at the next ``)``."""
    if "(" not in css and ":" not in css and "\\" not in css:
        return False  # no function, no scheme, nothing escaped: nothing could load or run
    decoded = _CSS_ESCAPE.sub(lambda m: chr(min(int(m[1], 16), 0x10FFFF)) if m[1] else m[2], css)
    squeezed = "".join(ch for ch in _without_css_comments(decoded).lower() if ch.isprintable() and not ch.isspace())
    if _CSS_SCRIPT.search(squeezed):
        return True
    return any(is_script_url(argument.strip("'\"")) for argument in _CSS_URL.findall(squeezed))


def _without_css_comments(css: str) -> str:
    """``css`` without ``/* ... */`` comments (an unclosed one runs to the end, as in CSS)."""
    kept, position = [], 0
    while (start := css.find("/*", position)) != -1:
        kept.append(css[position:start])
        end = css.find("*/", start + 2)
        position = len(css) if end == -1 else end + 2
    kept.append(css[position:])
    return "".join(kept)


def code_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every code span, as Python-Markdown (3.x) finds them, so a check sees
    the page as it renders: within one paragraph (a blank line ends every span), a backtick run
    opens where no odd number of backslashes stands before it (``\\```` is a literal backtick
    followed by a shorter run; ``\\\\```` an escaped backslash and a full run), and is closed
    by the next run of its length, escaped or not (code knows no escapes); with none, by the
    first of the longest later runs when that is shorter than the opener. Linear however many
    runs are unclosed: each paragraph is one pass backwards over its runs, one forwards."""
    if "`" not in text:
        return []
    spans: list[tuple[int, int]] = []
    begin = 0
    for blank in BLANK_LINE.finditer(text):  # a blank line closes the paragraph
        spans += _between_headings(text, begin, blank.start() + 1)
        begin = blank.end()
    return spans + _between_headings(text, begin, len(text))


#: A line Python-Markdown's hash-header processor makes a heading wherever it stands in a block
#: (one to six '#' at the line's start): it ends the paragraph before it, so no code span runs
#: across it. Linear: the '#' run is bounded and the rest of the line is one class.
_HASH_LINE = re.compile(r"(?<=\n)#{1,6}[^\r\n]*")


def _between_headings(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The code spans of ``text[begin:end]`` (no blank line in it), a heading line
    (:data:`_HASH_LINE`) being a paragraph of its own."""
    spans: list[tuple[int, int]] = []
    for heading in _HASH_LINE.finditer(text, begin, end):
        spans += _spans_in(text, begin, heading.start()) + _spans_in(text, heading.start(), heading.end())
        begin = heading.end()
    return spans + _spans_in(text, begin, end)


def _spans_in(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """:func:`code_spans` within ``text[begin:end]``, one paragraph."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text, begin, end)]
    escaped = [_escaped(text, start, begin) for start, _ in runs]
    exact: list[int | None] = [None] * len(runs)  # the next run as long as this one opens
    longest: list[int | None] = [None] * len(runs)  # the first longest run after this one
    last_of_length: dict[int, int] = {}
    best: int | None = None
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        exact[index], longest[index] = last_of_length.get(length - escaped[index]), best
        last_of_length[length] = index
        if best is None or length >= runs[best][1] - runs[best][0]:
            best = index
    spans, index = [], 0
    while index < len(runs):
        start, stop = runs[index]
        opens = stop - start - escaped[index]
        closer = exact[index] if opens else None
        fallback = longest[index]
        if closer is None and opens and fallback is not None and runs[fallback][1] - runs[fallback][0] < opens:
            closer = fallback
        if closer is None:
            index += 1
            continue
        spans.append((start + escaped[index], runs[closer][1]))
        index = closer + 1
    return spans


def _escaped(text: str, start: int, floor: int) -> int:
    """1 when an odd number of backslashes stands just before ``start`` (not before ``floor``),
    so the backtick there is a literal character; else 0."""
    position = start
    while position > floor and text[position - 1] == "\\":
        position -= 1
    return (start - position) % 2


#: Bodies whose code mask is kept (:func:`mask_code`): a check or a build asks for one
#: article's mask from several stages in a row (its tags, its links, its anchors, its index
#: text), then moves on, so a handful suffices; bounded, so a site of huge bodies keeps only
#: these few masks in memory.
MASKED_BODIES = 8


@functools.lru_cache(maxsize=MASKED_BODIES)
def mask_code(text: str) -> str:
    """The text with fenced code, indented code and code spans blanked out (same length, same
    lines), by the renderer's rules: a fence that never closes is no fence (its lines are text),
    and an indented line continuing a list item or an admonition is that item's text, not code
    (see :func:`code_lines`). The last :data:`MASKED_BODIES` texts' masks are kept."""
    lines = text.split("\n")
    for index in code_lines(lines):
        lines[index] = " " * len(lines[index])
    masked = "\n".join(lines)
    pieces, done = [], 0
    for start, end in code_spans(masked):
        pieces += [masked[done:start], re.sub(r"[^\n]", " ", masked[start:end])]
        done = end
    return "".join(pieces) + masked[done:]


#: A line that opens a container whose indented lines are its own text, not code: a list item
#: (``-``, ``*``, ``+``, ``1.``, ``1)``), an admonition or collapsible block (``!!!``, ``???``,
#: ``???+``), a content tab (``===``) or a footnote definition (``[^1]:``). Python-Markdown's
#: list, admonition, details, tabbed and footnote processors each take a following block indented
#: by one more level (4 spaces) as the container's content, blank line or not.
_CONTAINER = re.compile(r"(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)|(?:!!!|\?\?\?\+?|===)[ \t]|\[\^[^\]\n]+\]:")
_TAB = 4  # Python-Markdown's tab_length: one level of indentation


def _indent(line: str) -> int:
    """The columns of a line's leading whitespace, a tab advancing to the next stop of
    :data:`_TAB` columns (as Python-Markdown expands tabs: " \\t" is 4 columns, not 5)."""
    return len(line[:len(line) - len(line.lstrip(" \t"))].expandtabs(_TAB))


def code_lines(lines: list[str]) -> list[int]:
    """The indices of the lines the renderer shows as code (see :func:`_code_walk`)."""
    return _code_walk(lines)[0]


def fenced_blocks(lines: list[str]) -> dict[int, int]:
    """The fenced code blocks the renderer shows, ``{opening line: closing line}``: the pairs of
    :func:`_fence_pairs` whose opening line is no indented code (a fence indented one level
    deeper than its container's content after a blank line is shown as code, fence and all)."""
    return _code_walk(lines)[1]


def _page_stripped(lines: list[str]) -> set[int]:
    """The lines whose indentation the page drops (``kbgen.anchors.strip_title`` strips the
    body, and again after a leading ``# Title``): the first line that is not blank, and when it
    is a title the next such line. Indented there, a line is text on the page, not code."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if line.strip():
            found.add(index)
            if len(found) == 2 or not line.lstrip().startswith("# "):
                break
    return found


def _code_walk(lines: list[str]) -> tuple[list[int], dict[int, int]]:
    """The lines the renderer shows as code and the fences it reads: a fence and its lines
    when its closing fence follows (:func:`_fence_pairs`), else none (an unclosed fence, and one
    on the line right after indented code, is text); and an indented block, a line after a blank
    line indented one level deeper than the content of the container it stands in (0 outside
    lists and admonitions), the body's first line (and the one after a title) never one: the
    page strips them (:func:`_page_stripped`). Linear but for a binary search per fence."""
    stripped = _page_stripped(lines)
    as_page = list(lines)
    for index in stripped:  # the page reads these lines unindented: a fence there opens
        as_page[index] = lines[index].lstrip()
    pairs = _fence_pairs(as_page)
    code: list[int] = []
    fences: dict[int, int] = {}
    close, levels, blank_before, in_code = -1, [0], False, False
    for index, line in enumerate(lines):
        if index <= close:
            code.append(index)
            continue
        if not line.strip():
            blank_before = True
            continue
        indent = 0 if index in stripped else _indent(line)
        indented_code = (blank_before or in_code) and indent >= levels[-1] + _TAB
        # a fence on the line right after indented code opens none: the page shows it, its
        # lines and its closing line as text (a code span), and a heading among them as one
        after_code = in_code and not blank_before
        if index in pairs and not indented_code and not after_code:
            close = fences[index] = pairs[index]
            code.append(index)
            in_code, blank_before = False, False
            continue
        if indented_code:
            code.append(index)
            in_code, blank_before = True, False
            continue
        if blank_before:
            while len(levels) > 1 and indent < levels[-1]:
                levels.pop()
        if _CONTAINER.match(line.lstrip(" \t")):
            levels.append(indent // _TAB * _TAB + _TAB)
        in_code, blank_before = False, False
    return code, fences


#: A fence's opening line after its indentation, as superfences reads one
#: (``RE_NESTED_FENCE_START``): a run of 3+ backticks or tildes, an optional language
#: (``.``-prefixed or not) and either ``{attributes}`` or ``key`` / ``key="value"`` options. Any
#: other info string (```` ``` a b c ````, ```` ```sh $ foo ````) opens no fence: superfences
#: refuses unrecognised headers, so the line is text. A quoted value is ``"[^"]*"`` (superfences'
#: lazy ``.*?`` could span quotes; linear here, each option ends at a blank or the line's end).
_FENCE_OPEN = re.compile(
    r"(?P<fence>~{3,}|`{3,})(?:[ \t]*\.?(?P<lang>[\w#.+-]+)(?=[ \t]|$))?"
    r"(?:[ \t]*\{[^\n]*\}|(?P<options>(?:[ \t]*[a-zA-Z][a-zA-Z0-9_]*"
    r"(?:=(?:\"[^\"]*\"|'[^']*'))?(?=[ \t]|$))+))?[ \t]*$")
_FENCE_OPTION = re.compile(r"([a-zA-Z][a-zA-Z0-9_]*)(?:=(?:\"([^\"]*)\"|'([^']*)'))?")
#: The options pymdownx.highlight (the site's highlighter, with Pygments) accepts on a fence, each
#: with the shape of its value (None: any); superfences refuses a fence with any other option,
#: and a bare option takes its own name as value (``linenums`` alone is refused, ``title`` is not).
_HIGHLIGHT_OPTIONS = {"hl_lines": re.compile(r"\d+(?:-\d+)?(?:[ \t]+\d+(?:-\d+)?)*$"),
                      "linenums": re.compile(r"\d+"), "title": None, "title_mode": None}


def _opens_fence(line: str, start: int) -> str:
    """The fence run (```` ``` ````, ``~~~~``) ``line`` opens at column ``start`` as superfences
    reads it (:data:`_FENCE_OPEN`, its options all known to the highlighter), else ''."""
    match = _FENCE_OPEN.match(line, start)
    if not match:
        return ""
    for option in _FENCE_OPTION.finditer(match.group("options") or ""):
        key, value = option.group(1), option.group(2) or option.group(3) or option.group(1)
        if key not in _HIGHLIGHT_OPTIONS:
            return ""
        shape = _HIGHLIGHT_OPTIONS[key]
        if shape is not None and not shape.match(value):
            return ""
    return match.group("fence")


def _fence_pairs(lines: list[str]) -> dict[int, int]:
    """Fences by the site's fence reader (pymdownx.superfences), ``{opening line: closing
    line}``, in its own single pass over the lines: a line opens a fence (:func:`_opens_fence`)
    only while none is open; the fence closes at the next line holding only the same run (same
    character, same length, trailing blanks allowed) at the opener's indentation; a non-blank
    line indented less than the opener drops the fence (its lines are text, and the next line
    may open another); one still open at the end is no fence, and no later line opened one.
    Blank means nothing but whitespace (Python's ``str.strip``, as superfences tests it); a
    fence's own run is compared after ``strip(" \t")`` only (a no-break space is content)."""
    blocks: dict[int, int] = {}
    opened, fence, width = -1, "", 0
    for index, line in enumerate(lines):
        line = line.rstrip("\r")
        lead = len(line) - len(line.lstrip(" \t"))
        indent = _indent(line)
        if opened < 0:
            fence = _opens_fence(line, lead)
            if fence:
                opened, width = index, indent
            continue
        if not line.strip():
            continue
        if indent < width:
            opened = -1
        elif indent == width and line[lead:].rstrip(" \t") == fence:
            blocks[opened] = index
            opened = -1
    return blocks


#: The characters a backslash escapes as the site's renderer reads Markdown, in text and in a
#: link's address alike (Python-Markdown's ``ESCAPED_CHARS``, with ``|`` from its tables
#: extension): ``\[x\](...)`` is text, not a link, and the page links to ``my_b.md`` for
#: ``my\_b.md``; a backslash before any other character stays, so ``\<img>`` is still a tag and
#: ``a\:b`` keeps its backslash (CommonMark's wider set would drop both). ``\\`` is a literal
#: backslash, and matching left to right leaves the character after it unescaped.
#: ``tests/test_hostile_round10.py`` compares the set with the renderer's own list.
URL_ESCAPED = "\\`*_{}[]()>#+-.!|"
_ESCAPE = re.compile("\\\\[" + re.escape(URL_ESCAPED) + "]")


def link_address(target: str) -> str:
    """The address a link written ``target`` has on the page: its backslash escapes made the
    characters they stand for, as the renderer makes them (:data:`URL_ESCAPED`)."""
    return _ESCAPE.sub(lambda match: match.group()[1], target) if "\\" in target else target


def mask_escapes(masked: str) -> str:
    """``masked`` with every backslash escape (:data:`URL_ESCAPED`) replaced by two letters (same
    length): what the page shows as a literal '[', '(' or '!' opens no link or image."""
    return _ESCAPE.sub("xx", masked) if "\\" in masked else masked


def find_links(text: str) -> tuple[Link, ...]:
    """All inline, reference and autolink targets of a Markdown text, in order, outside code and
    HTML comments (kept in the build's memo during a build, see :func:`kbgen.memo.remembering`)."""
    return of_text("links", text, _scan, _find_links)


@functools.lru_cache(maxsize=1 << 15)
def _find_links(text: str) -> tuple[Link, ...]:
    return _scan(text)


def inline_spans(text: str, code_masked: str | None = None) -> list[tuple[int, int, int, int]]:
    """Where each inline link or image of a Markdown text stands, outside code, as (start, end,
    start of its text, end of its text): the grammar :func:`find_links` reads, for whoever
    replaces a link by its text (the search index). ``code_masked`` is ``mask_code(text)`` when
    the caller has it already (a body is masked once, not once per use)."""
    return [(m.start(), m.end(), *m.span(2)) for m in _inline_matches(text, code_masked)]


def angle_targets(text: str, code_masked: str | None = None) -> list[int]:
    """Where each inline link's target written in angle brackets (``[a](<my page.md>)``) opens,
    outside code: the page reads that ``<`` as part of the link, never as a tag.
    ``code_masked`` as in :func:`inline_spans`."""
    return [m.start(3) for m in _inline_matches(text, code_masked) if text.startswith("<", m.start(3))]


def _inline_matches(text: str, code_masked: str | None = None) -> list[re.Match[str]]:
    """The inline links and images of a Markdown text, outside code (what :func:`find_links` reads)."""
    if "](" not in text:
        return []
    return list(_INLINE.finditer(mask_escapes(mask_code(text) if code_masked is None else code_masked)))


def link_texts(text: str, code_masked: str | None = None) -> str:
    """``text`` with each inline link or image on one line replaced by its text (a link inside
    a link's text too: the grammar allows one level of brackets there). Code is masked over the
    whole of ``text`` (or ``code_masked`` is given), so a link in a code span or fenced block
    stays as written: the page shows it literally. A link whose text wraps onto another line
    stays as written too (every line of ``text`` is kept)."""
    pieces, done = [], 0
    for start, end, label_start, label_end in inline_spans(text, code_masked):
        if "\n" not in text[start:end]:
            label = text[label_start:label_end]
            pieces += [text[done:start], link_texts(label) if "](" in label else label]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def _scan(text: str) -> tuple[Link, ...]:
    masked = blank_comments(mask_escapes(mask_code(text)), text)  # a comment is not shown: no link in it is one
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found: list[Link] = []
    for match in _INLINE.finditer(masked):
        start, end = match.span(3)
        found.append(_link(text, start, end, line_starts, image=bool(match.group(1))))
    for match in _AUTOLINK.finditer(masked):
        start, end = match.span(1)
        found.append(_link(text, start, end, line_starts))
    offset = 0
    for line in masked.split("\n"):
        match = _REFERENCE.match(line)
        if match:
            found.append(_link(text, offset + match.start(1), offset + match.end(1), line_starts))
        offset += len(line) + 1
    by_start = {link.start: link for link in reversed(found)}  # an autolink as a reference's target: once
    return tuple(sorted(by_start.values(), key=lambda link: link.start))


#: A Markdown image's alt text (``![alt](``, ``![alt][``) and an HTML ``<img>`` tag: single
#: character classes, no nested quantifiers (linear on any text).
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\][(\[]")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT_ATTRIBUTE = re.compile(r"\salt\s*=", re.IGNORECASE)


def images_without_alt(text: str) -> list[int]:
    """0-based lines of the images of a Markdown text (outside code) that have no alt text: a
    Markdown image with empty brackets, or an ``<img>`` without an ``alt`` attribute (an
    explicit ``alt=""`` marks a decorative image and is accepted)."""
    masked = mask_escapes(mask_code(text))
    starts = [m.start() for m in _IMAGE.finditer(masked) if not m.group(1).strip()]
    starts += [m.start() for m in _HTML_IMG.finditer(masked) if not _ALT_ATTRIBUTE.search(m.group(0))]
    return sorted(masked.count("\n", 0, start) for start in starts)


def _link(text: str, start: int, end: int, line_starts: list[int], image: bool = False) -> Link:
    target = text[start:end]
    if target.startswith("<") and target.endswith(">"):
        target, start, end = target[1:-1], start + 1, end - 1
    return Link(target, start, end, bisect.bisect_right(line_starts, start) - 1, image)


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


def linkable(url: str) -> bool:
    """Whether a page may link to ``url`` as it is: no script or data URL (:func:`is_script_url`)
    and no host other than the one it shows (:func:`host_problem`). The one check of an href
    made from a config value (:func:`safe_url`, :func:`contact_href`, the search page's data)."""
    return not is_script_url(url, any_data=True) and not host_problem(url)


def safe_url(url: str) -> str:
    """The URL, or '#' when it is not :func:`linkable` (hrefs made from config values)."""
    return url if linkable(url) else "#"


#: What a number dialled within the organisation is written with: digits and the separators
#: people put between groups, an area code in brackets first (an internal extension, a national
#: number: no country to check it by), and an extension after it or alone ("ext. 12", "x4357").
_LOCAL_PHONE = re.compile(r"(?P<number>\(?[0-9][0-9 ()./-]{0,30}?)?"
                          r"(?:[ \t]*,?[ \t]*(?i:ext\.?|extension|x)[ \t]*(?P<ext>[0-9]{1,6}))?")
#: One address, as a mailto: link takes it: no space, no second '@', none of the characters that
#: start a query, a fragment, an escape or a second address (``?bcc=`` would copy every mail).
_EMAIL = re.compile(r"[^\s@?#%&<>()\[\]\\,;:\"/]+@[^\s@?#%&<>()\[\]\\,;:\"/]+\.[^\s@?#%&<>()\[\]\\,;:\"/.]+")


def tel_uri(value: str) -> str | None:
    """The ``tel:`` URI of a phone number (None: it is not one). An international number
    (``+44 (0)20 7946 0000 ext. 12``, ``+1 800 FLOWERS``) is read with ``phonenumbers``: the
    trunk ``(0)`` dropped, letters dialled as digits, an extension kept as ``;ext=``; a local
    one is its digits (a desk's extension, a national number)."""
    value = value.strip()
    local = _LOCAL_PHONE.fullmatch(value)
    if local and value:
        number, extension = local["number"], local["ext"]
        if not number:
            return "tel:" + extension
        return "tel:" + "".join(ch for ch in number if ch.isdigit()) + (f";ext={extension}" if extension else "")
    if not value.startswith("+"):
        return None
    # kept in the running build's memo by the value: config values are read on every build, and
    # importing phonenumbers' metadata (~60 modules) cost more than the rest of a one-edit build's
    # config (the memo's key names everything the answer is made from: the text and the library)
    return remembered("tel uri", (value, _phonenumbers_version()), lambda: _international_tel_uri(value))


@functools.lru_cache(maxsize=1)
def _phonenumbers_version() -> str:
    """The installed phonenumbers' version, read from its metadata (not by importing it), once
    per process (~6 ms a reading)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("phonenumbers")
    except PackageNotFoundError:
        return ""


def _international_tel_uri(value: str) -> str | None:
    """:func:`tel_uri` of a number starting with ``+``, read with ``phonenumbers``."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    extension = f";ext={number.extension}" if number.extension else ""
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) + extension


def is_email(value: str) -> bool:
    """Whether ``value`` is one mail address a ``mailto:`` link can take as it is."""
    return _EMAIL.fullmatch(value.strip()) is not None


def contact_href(channel: "ContactChannel") -> str:
    """A link for a contact channel: tel:, mailto: or the URL itself; '' when not linkable (an
    http(s) address whose host is not the one it shows too, :func:`linkable`)."""
    value = channel.value.strip()
    if channel.kind == "phone":
        return tel_uri(value) or ""
    if channel.kind == "email" and is_email(value):
        return "mailto:" + value
    if links_to_web(value) and linkable(value):
        return value
    return ""


def links_to_web(value: str) -> bool:
    """Whether a contact channel's value is linked as it is (an http(s) address, of any kind of
    channel: a walk-up or other channel may give one too)."""
    return value.strip().startswith(("http://", "https://"))


#: Where an http(s) address's host ends, as a browser reads it ('\\' is '/' there) ...
_HOST_END = re.compile(r"[/\\?#]")
#: ... and as every other reader of the address takes it (a mail or chat program, curl,
#: Python's ``urllib``): '\\' is a character of the host there.
_PLAIN_HOST_END = re.compile(r"[/?#]")


#: What a link to a Windows path is told after what it is (see :func:`file_share_problem`).
FILE_SHARE_PROBLEM = ("no browser opens it from a web page (it reads the path as an address on the site's own "
                      "host), so the page shows the link's text without the link; write the path as text in "
                      "backticks, which readers copy into File Explorer")


def file_share_problem(written: str) -> str:
    """What a link to the Windows path ``written`` (as the writer typed it, :func:`is_file_share`)
    is told: a file-share path when it starts with two backslashes (``\\\\server\\share``),
    else a Windows-style path (``\\folder\\file``: one backslash says no more than that)."""
    kind = ("a Windows file-share path" if browser_address(written).startswith("\\\\")
            else "a Windows-style path (backslash)")
    return f"is {kind}; {FILE_SHARE_PROBLEM}"


def is_file_share(value: str) -> bool:
    """Whether the address ``value`` (as the page's href holds it) is a Windows path: it starts
    with a backslash, as ``\\\\server\\share`` does, and as the same path written in Markdown
    (``\\`` an escaped backslash) reaches the page, ``\\server\\share``. A browser reads either as
    an address (``/server/share`` on the site's host, ``https://server/share``) and opens no
    ``file:`` link from an http(s) page, so the link is dead wherever the site is served."""
    return browser_address(value).startswith("\\")


def host_problem(value: str) -> str:
    """What is wrong with the host of the http(s) or scheme-relative address ``value``, said after
    the value, or '' (also for any other address). The one check of every address kbgen links
    to: body links of articles and announcements, contact channels, the feedback form.

    Two problems: the host shown is not the host a browser goes to (:func:`disguised_host`), and
    a backslash where the host begins or ends, which a browser reads as '/' and other readers of
    the address (the agents' reply pasted into mail or chat, a link checker) as part of the host,
    so the address works in one place and fails or leads elsewhere in the other."""
    span = _host_span(value)
    hidden = _disguised(span)
    if hidden:
        return (f"holds {hidden} before its path, so the page would link to another host than the one it "
                "shows; write the address as the browser's address bar shows it")
    if is_file_share(value):
        return file_share_problem(value)
    if span is not None and ("\\" in span[0] or span[2].startswith("\\")):
        return ("holds a backslash where its host begins or ends, which browsers read as '/' and mail, chat "
                "and other programs as part of the host; write '/'")
    return ""


def _host_span(value: str) -> tuple[str, str, str] | None:
    """``(slashes, host, after)`` of an http(s) or scheme-relative address as a browser reads it
    (:func:`browser_address`, '\\' read as '/'): the run of slashes after the scheme, the host
    up to '/', '\\', '?' or '#', and that character with what follows within the host as a plain
    reader takes it (up to '/', '?' or '#'); None for any other address."""
    url = browser_address(value)
    scheme, colon, rest = url.partition(":")
    if not (colon and scheme.lower() in ("http", "https")):
        if url[:2].replace("\\", "/") != "//":
            return None
        rest = url
    host_start = len(rest) - len(rest.lstrip("/\\"))
    end = _HOST_END.search(rest, host_start)
    host_end = end.start() if end else len(rest)
    plain = _PLAIN_HOST_END.search(rest, host_end)
    return rest[:host_start], rest[host_start:host_end], rest[host_end:plain.start() if plain else len(rest)]


def disguised_host(value: str) -> str:
    """What makes the host a browser goes to for the http(s) or scheme-relative address ``value``
    another than the one it shows, in words, or '' (also for any other address).

    Read as a browser reads it (:func:`_host_span`). A backslash ending the host with an '@'
    after it, before any '/', '?' or '#', is one: ``https://evil.example\\@help.example.com/``
    goes to evil.example (the browser's host ends at the backslash) while every other reader,
    and the eye, take help.example.com (a user name before '@'). So is a character of the host
    that shows nothing (:func:`kbgen.schema.shows_nothing`: zero-width spaces, bidi marks ...),
    which makes a look-alike. A backslash in the path or query, an invisible character in the
    fragment, are not. A user name or password (``https://help.example@evil.example/``: the eye
    reads help.example, the browser goes to evil.example) is one too."""
    return _disguised(_host_span(value))


def _disguised(span: tuple[str, str, str] | None) -> str:
    """:func:`disguised_host` of an address read into ``span`` (:func:`_host_span`)."""
    if span is None:
        return ""
    _, host, after = span
    if after.startswith("\\") and "@" in after:
        return "a backslash"
    if "@" in host:
        return "a user name or password ending in '@'"
    hidden = next((char for index, char in enumerate(host) if shows_nothing(char)
                   and not _joiner_allowed(host, index)), "")
    if not hidden:
        return ""
    return f"the {'space' if hidden.isspace() else 'invisible character'} U+{ord(hidden):04X}"


#: The zero-width non-joiner and joiner: invisible, but part of how some scripts are spelt
#: (Persian, the Indic scripts), so IDNA2008 lets a host name hold them in their place.
_JOINERS = "\u200c\u200d"


def _joiner_allowed(host: str, index: int) -> bool:
    """Whether the character at ``index`` of ``host`` is a ZWNJ or ZWJ where IDNA2008 allows
    one (its CONTEXTJ rule, ``idna.valid_contextj``: after a virama, or a ZWNJ between joining
    letters): a word spelt so in its script, not a look-alike of a Latin host."""
    if host[index] not in _JOINERS:
        return False
    start = host.rfind(".", 0, index) + 1
    end = host.find(".", index)
    label = host[start:end if end != -1 else len(host)]
    try:
        return idna.valid_contextj(label, index - start)
    except ValueError:  # a neighbour with no Unicode name (private use, unassigned): no script's word
        return False
