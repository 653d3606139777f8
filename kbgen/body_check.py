"""``kbgen check`` and ``build`` on a writer's Markdown body: script, and what cannot render.

Script: every place where a page would run script if it were published as written.

* A Markdown link or image to a script URL is an error (it would be a dead link at best).
* Raw HTML and ``{: ... }`` attribute lists with an event handler (``onclick=``), ``srcdoc``,
  a script URL (also inside ``style``: ``url(javascript:...)``, ``expression()``), or a
  ``<script>`` element are warnings (rule ``script``): the site never emits
  them (:mod:`kbgen.site.safety` removes them), and the writer should know what was dropped.

Code blocks and code spans are skipped: showing HTML in code is how a writer documents it.

Limits (errors, at the line): nesting deeper than a renderer can follow (lines indented more
than :data:`MAX_INDENT` columns, more than :data:`MAX_QUOTES` quote markers, more than
:data:`MAX_EMPHASIS` emphasis levels open in one paragraph, more than :data:`MAX_MARKDOWN_HTML`
HTML elements with a ``markdown`` attribute open around each other) and more than
:data:`MAX_FOOTNOTES` footnotes or :data:`MAX_ABBREVIATIONS` abbreviation definitions (a run of
one-line ones counts once), whose cost in Python-Markdown grows with their square.
"""
from __future__ import annotations

import bisect
import html
import re

import markdown.util
from markdown.inlinepatterns import AUTOLINK_RE, AUTOMAIL_RE

from .errors import Diagnostic, first_and_rest
from .html_tags import CONTENT_TAGS, WRITER_TAGS
from .links import (Link, angle_targets, column_of, css_runs_script, file_share_problem, find_links, host_problem, is_file_share,
                    is_script_url, link_address,
                    mask_code)
from .schema import shown
from .site.linear import one_line_definition
from .markup import BLANK_LINE, TAG_NAME, blank_comments, markup_spans
from .rules import DROPPED_HTML, FILE_SHARE_LINK, SCRIPT, Rule

RULE = SCRIPT.name
#: Deepest nesting rendered (Python-Markdown recurses once per level; 300 levels exhaust Python's stack).
MAX_INDENT = 400
MAX_QUOTES = 100
#: Most footnotes in one page (a long, well-referenced article has a few dozen).
MAX_FOOTNOTES = 500
#: Most abbreviation definitions (``*[HTML]: Hyper Text``) in one page, a run of one-line ones
#: in a row counting once: Python-Markdown splits each one off its block and tests the rest of
#: the block again with every block processor (a title on the next line, or text between two:
#: 1,800 took 4.8 s, a 64 KiB page of them 21 s); a run in a row is taken at once
#: (:func:`kbgen.site.linear.abbreviations_at_once`). 200 cost at most ~0.8 s in a 64 KiB page;
#: a page defines a handful.
MAX_ABBREVIATIONS = 200
#: Most emphasis levels open at once in a paragraph: Python-Markdown recurses once per level
#: (about 800 levels exhaust Python's stack); ordinary text nests two or three.
MAX_EMPHASIS = 100
#: Most HTML elements with a ``markdown`` attribute open around each other: Python-Markdown
#: (md_in_html) parses each one's content as Markdown again, recursing once per level (about 250
#: levels exhaust Python's stack, fewer beside nested lists); a page nests two or three.
MAX_MARKDOWN_HTML = 50
_QUOTE_MARKERS = re.compile(r"^ {0,3}(?:> ?)+")
# An end tag's name, and a start tag's ``markdown`` attribute that asks for Markdown inside
# (md_in_html: "1", "block", "span"; "0" turns it off), read inside a complete tag only.
_END_TAG_NAME = re.compile(f"</({TAG_NAME})")
_EMPHASIS_RUN = re.compile(r"[*_]+")
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]\n]+\]:", re.M)
# Where an abbreviation definition may start: a line's start after indentation, quote markers
# and one list marker (the content of a list item or quote is parsed as a page of its own),
# then ``*[``. Python-Markdown's name runs to the first ``]:`` or ``] :`` with no backslash
# before it, across lines too.
_ABBREVIATION_START = re.compile(r"[ \t>]*(?:(?:[*+-]|\d{1,9}[.)])[ \t]+)?\*\[")
_ABBREVIATION_END = re.compile(r"\] ?:")


# A start tag's name (read as the renderer reads it, :data:`kbgen.markup.TAG_NAME`) and its
# attributes; a quoted value ends at the next quote of its kind. Read only inside a
# complete tag that :func:`kbgen.markup.markup_spans` found, so the scan is linear.
_TAG_START = re.compile(f"<({TAG_NAME})")
_ATTRIBUTE = re.compile(r"""[\s/]*([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>`]*))?""")


def _tag_problems(visible: str, tags: list[tuple[int, int]]) -> list[tuple[int, Rule, str]]:
    """``(offset, rule, message)`` for each script-bearing start tag or attribute among ``tags``
    (the complete start tags of :func:`_tags`; rule ``file-share-link`` for an address
    that is a Windows path, as for a Markdown link)."""
    found = []
    for start, end in tags:
        tag = _TAG_START.match(visible, start)
        name, position = tag.group(1).lower(), tag.end()
        if name in ("script", "style"):
            found.append((start, SCRIPT, f"<{name}> is removed from the site"))
        elif name in _REPORTED_WHOLE:
            found.append((start, SCRIPT, f"inline <{name}> can run script and is removed from the site; "
                                         "use an image file"))
        while (attribute := _ATTRIBUTE.match(visible, position, end)) is not None and attribute.end() > position:
            raw = attribute.group(2) or ""
            value = raw[1:-1] if raw[:1] in "\"'" and len(raw) > 1 else raw
            rule, problem = attribute_finding(attribute.group(1), html.unescape(value))
            if problem:
                found.append((start, rule, f"<{name}> {problem}"))
            position = attribute.end()
    return found


#: The attributes of HTML whose value is one address a reader follows or a page loads ...
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "cite", "background",
                            "data"})
#: ... and those holding several: ``ping`` a list separated by spaces, ``srcset`` and
#: ``imagesrcset`` candidates separated by commas, each an address and a descriptor ("2x").
URL_LIST_ATTRIBUTES = frozenset({"ping", "srcset", "imagesrcset"})


def attribute_addresses(name: str, value: str) -> list[str]:
    """The addresses the HTML attribute ``name`` holds in ``value`` (lower-case name): one for
    :data:`URL_ATTRIBUTES`, each of a list for :data:`URL_LIST_ATTRIBUTES`, none for others."""
    if name in URL_ATTRIBUTES:
        return [value]
    if name == "ping":
        return value.split()
    if name in URL_LIST_ATTRIBUTES:
        return [candidate.split()[0] for candidate in value.split(",") if candidate.split()]
    return []


def attribute_problem(name: str, value: str) -> str:
    """Why an HTML attribute is removed from the site, or '' when it is kept."""
    return attribute_finding(name, value)[1]


def attribute_finding(name: str, value: str) -> tuple[Rule, str]:
    """The rule and message of why an HTML attribute is removed from the site (message '' when
    it is kept): rule ``file-share-link`` for an address that is a Windows path
    (:func:`kbgen.links.is_file_share`), ``script`` for everything else."""
    name = name.lower()
    if name.startswith("on"):
        return SCRIPT, f"event handler '{name}' runs script; it is removed from the site"
    if name == "srcdoc":
        return SCRIPT, "'srcdoc' holds a page that can run script; it is removed from the site"
    addresses = attribute_addresses(name, value)
    if any(is_script_url(address) for address in dict.fromkeys([value, *addresses])):  # each address once
        return SCRIPT, f"'{name}' holds a script URL; it is removed from the site"
    for address in addresses:
        if problem := host_problem(address):
            rule = FILE_SHARE_LINK if is_file_share(address) else SCRIPT
            return rule, f"'{name}' {problem}; it is removed from the site"
    if name == "style" and css_runs_script(value):
        return SCRIPT, "'style' loads a script URL or runs script; it is removed from the site"
    return SCRIPT, ""


def _attribute_lists(masked: str) -> list[tuple[int, Rule, str]]:
    """Problems in ``{: key=value }`` attribute lists (Python-Markdown's attr_list syntax)."""
    found = []
    for number, line in enumerate(masked.split("\n")):
        start = line.find("{")
        while start != -1:
            end = line.find("}", start)
            if end == -1:
                break
            for token in line[start + 1:end].split():
                name, equals, value = token.partition("=")
                rule, problem = attribute_finding(name.lstrip(":"), value.strip("'\"")) if equals else (SCRIPT, "")
                if problem:
                    found.append((number, rule, f"attribute list: {problem}"))
            start = line.find("{", end)
    return found


def script_diagnostics(path: str, body: str, body_line: int) -> list[Diagnostic]:
    """Every script in a Markdown body: unsafe links (errors), raw HTML and attribute lists
    that would run script (warnings, rule ``script``), tags the page drops (at most
    :data:`MAX_DROPPED_TOLD`, then one summary). ``body_line`` is the file line of the body's
    first line. What an HTML comment holds is not shown, so none of it is checked."""
    problems = []
    for link in find_links(body):
        address = _page_address(link)
        if problem := link_problem(link, address):
            problems.append(_link_finding(path, body_line, column_of(body, link.start), link, address, problem))
    code = mask_code(body)
    visible = blank_comments(code, body)
    tags = _tags(body, code, visible)
    line_starts = [0] + [m.end() for m in re.finditer("\n", visible)]
    found = [(bisect.bisect_right(line_starts, offset) - 1, rule, message)
             for offset, rule, message in _tag_problems(visible, tags)]
    for line, rule, message in sorted(found + _attribute_lists(visible), key=lambda item: (item[0], item[2])):
        problems.append(rule.at(path, body_line + line, "html", message))
    dropped = _dropped_tags(visible, tags)
    left_names: dict[str, None] = {}  # each kind of the rest once, in order
    told, rest, first_left = first_and_rest(dropped, MAX_DROPPED_TOLD, lambda item: left_names.setdefault(item[1]))
    for offset, name in told:
        problems.append(DROPPED_HTML.at(
            path, body_line + bisect.bisect_right(line_starts, offset) - 1, "html",
            f"<{name}> is no HTML element the site keeps, so the page drops it with no trace; write a placeholder "
            f"in backticks (`<{name}>`) or as &lt;{name}>", col=column_of(visible, offset)))
    if first_left is not None:
        offset, _ = first_left
        names = _name_list(list(left_names))
        problems.append(DROPPED_HTML.at(
            path, body_line + bisect.bisect_right(line_starts, offset) - 1, "html",
            f"and {rest:,} more tags the page drops from here on: {names}", col=column_of(visible, offset)))
    return problems


def _name_list(names: list[str]) -> str:
    """Tag names as ``<a>, <b>, …``: at most :data:`MAX_NAMES_LISTED`, each whole, while the list
    stays within :data:`MAX_NAMES_CHARACTERS` (the first is always listed), then '…' when some
    are left out."""
    listed: list[str] = []
    length = 0
    for name in names[:MAX_NAMES_LISTED]:
        length += len(name) + 4  # '<', '>' and ', '
        if listed and length > MAX_NAMES_CHARACTERS:
            break
        listed.append(f"<{name}>")
    return ", ".join(listed + (["…"] if len(listed) < len(names) else []))


#: Most dropped tags told one by one in a page; the rest are one warning (a page of pasted
#: markup would otherwise bury every other finding).
MAX_DROPPED_TOLD = 10
#: Most tag names the summary of the rest lists (each kind once), and the most characters they
#: take (a pasted page may name hundreds of kinds, or one of thousands of characters).
MAX_NAMES_LISTED = 10
MAX_NAMES_CHARACTERS = 200
#: What Python-Markdown links in angle brackets: the installed version's own ``AUTOLINK_RE``
#: (older versions: http(s) and ftp; newer: any ``scheme://``) and ``AUTOMAIL_RE`` (single
#: character classes, linear).
_RENDERED_AUTOLINK = re.compile(f"(?:{AUTOLINK_RE})|(?:{AUTOMAIL_RE})")
#: Elements :func:`_tag_problems` reports whole (removed with what they hold): no tag inside one
#: is told again; the end tag of each, found once per module.
_REPORTED_WHOLE = ("svg", "math")
_END_TAG = {name: re.compile(rf"</{name}\s*>", re.I) for name in _REPORTED_WHOLE}
#: Elements the site keeps, or that :func:`_tag_problems` tells (``<script>``, ``<style>``,
#: ``<svg>``, ``<math>``).
_KEPT = WRITER_TAGS | CONTENT_TAGS | frozenset(_REPORTED_WHOLE)


def _tags(body: str, code: str, visible: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each complete start tag of ``visible`` (the body with code masked and
    comments blanked), found as the renderer finds markup (:func:`kbgen.markup.markup_spans`: a
    tag never spans a blank line, a ``<`` that opens no complete tag is text), but not the
    ``<`` of a link target in angle brackets (``[a](<my page.md>)``) nor what the renderer
    links instead (:data:`_RENDERED_AUTOLINK`). ``code`` is the body with its code masked (as
    ``visible`` was made from it: masked once). Linear."""
    angles = set(angle_targets(body, code))
    return [(start, end) for start, end in markup_spans(visible, tags_stop_at_blank_line=True)
            if end != -1 and start not in angles and _TAG_START.match(visible, start)
            and not _RENDERED_AUTOLINK.match(visible, start)]


def _dropped_tags(visible: str, tags: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """``(offset, name)`` of each tag of ``tags`` (:func:`_tags`) that the site's sanitiser
    removes without a word from :func:`_tag_problems`: an element it does not keep (``<meta>``,
    ``<base>``, ``<object>``) or a placeholder a writer meant as text (``ssh <user>@host``);
    ``<ms-settings:x>`` (no ``//``, so no autolink) is one. Tags inside an ``<svg>`` or
    ``<math>`` (told whole) are not told again."""
    found, inside_until = [], -1
    for start, end in tags:
        if start < inside_until:
            continue
        name = _TAG_START.match(visible, start).group(1)
        if (whole := name.lower()) in _END_TAG:
            close = _END_TAG[whole].search(visible, end)
            inside_until = len(visible) if close is None else close.start()
        if name.lower() not in _KEPT:
            found.append((start, name))
    return found


def _link_finding(path: str, body_line: int, col: int, link: Link, address: str, problem: str) -> Diagnostic:
    """The finding of a body link's ``problem`` (``address``: its href on the page): an error,
    but a warning for a Windows path (the page shows its text, and the path is a common
    intranet link: rule ``file-share-link``)."""
    line = body_line + link.line
    if is_file_share(address):
        return FILE_SHARE_LINK.at(path, line, "link", problem, col=col)
    return Diagnostic(path, line, "link", problem, col=col)


def link_problem(link: Link, address: str) -> str:
    """Why a Markdown link of a body is an error, or '': a script URL, or an address whose host
    is not the one it shows (:func:`kbgen.links.host_problem`, the check of every address); a
    Windows path is told as the writer typed it (``\\\\server`` and ``\\\\\\\\server`` both
    reach the page as a file-share path). ``address``: the link's href on the page
    (:func:`_page_address`)."""
    if link.is_unsafe:
        return f"unsafe link {shown(link.target)}: script URLs are not allowed"
    if is_file_share(address):
        return f"link {_as_written(link.target)} {file_share_problem(link.target)}"
    problem = host_problem(address)
    return f"link {_as_written(link.target)} {problem}" if problem else ""


def _page_address(link: Link) -> str:
    """The href a Markdown link has on the page (escapes and character references decoded)."""
    return html.unescape(link_address(link.target))


def _as_written(target: str) -> str:
    """A link target quoted for a message as the writer typed it: invisible characters escaped
    (:func:`kbgen.schema.shown`), a backslash single (a file-share path read as typed)."""
    return shown(target).replace("\\\\", "\\")


def limit_diagnostics(path: str, body: str, body_line: int) -> list[Diagnostic]:
    """Errors for nesting and footnotes beyond what renders in bounded time (see above)."""
    problems = []
    masked = mask_code(body)
    for number, (line, seen) in enumerate(zip(body.split("\n"), masked.split("\n"))):
        if line.strip() and not seen.strip():
            continue  # code: shown as it is, not nested
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        quotes = _QUOTE_MARKERS.match(line)
        depth = quotes.group(0).count(">") if quotes else 0
        if indent > MAX_INDENT or depth > MAX_QUOTES:
            what = f"indented {indent} columns" if indent > MAX_INDENT else f"quoted {depth} levels deep"
            problems.append(Diagnostic(path, body_line + number, "body", f"{what}: nesting this deep cannot be "
                                       f"rendered (at most {MAX_INDENT} columns and {MAX_QUOTES} quote levels)"))
            break
    too_deep = _emphasis_too_deep(masked)
    if too_deep is not None:
        problems.append(Diagnostic(path, body_line + masked.count("\n", 0, too_deep), "body",
                                   f"emphasis ('*', '_') nested more than {MAX_EMPHASIS} levels deep: nesting this deep "
                                   "cannot be rendered; escape the markers that are text (\\*)"))
    too_deep = _markdown_html_too_deep(blank_comments(masked, body))
    if too_deep is not None:
        problems.append(Diagnostic(path, body_line + masked.count("\n", 0, too_deep), "body",
                                   f"HTML elements with a markdown attribute nested more than {MAX_MARKDOWN_HTML} "
                                   "levels deep: nesting this deep cannot be rendered; flatten it"))
    abbreviations = _abbreviations(masked)
    if len(abbreviations) > MAX_ABBREVIATIONS:
        problems.append(Diagnostic(path, body_line + abbreviations[MAX_ABBREVIATIONS], "body",
                                   f"{len(abbreviations):,} abbreviation definitions (a run of one-line ones in a "
                                   f"row counts once); at most {MAX_ABBREVIATIONS} render in reasonable time: "
                                   "write the definitions one a line, in a row"))
    footnotes = _FOOTNOTE_DEFINITION.findall(masked)
    if len(footnotes) > MAX_FOOTNOTES:
        problems.append(Diagnostic(path, body_line, "body", f"{len(footnotes):,} footnotes; at most "
                                   f"{MAX_FOOTNOTES} render in reasonable time: split the article"))
    return problems


def _abbreviations(masked: str) -> list[int]:
    """The line numbers (from 0) of the abbreviation definitions in ``masked`` that cost a pass
    over the rest of their block: each but those on one line right after another on one line
    (a run, taken at once). A line counts when it starts a definition: ``*[``, then ``]:`` with
    no backslash before it, or the line's end (the name may run on). Linear: each line is
    read once."""
    counted, one_line_before = [], False
    for number, line in enumerate(masked.split("\n")):
        start = _ABBREVIATION_START.match(line)
        if start is None:
            one_line_before = False
            continue
        # from "*[" on, the line is what the renderer reads (a list item's or a quote's content is
        # parsed as a page of its own): a one-line definition as the renderer takes a run of them
        one_line = one_line_definition(line[start.end() - 2:]) is not None
        rest = line[start.end():]
        end = _ABBREVIATION_END.search(rest)
        name = rest[:end.start()] if end else rest  # (the name may run on to the next line)
        if not one_line and end and not name.strip():
            # "*[ ]: x": no name, so no definition; the renderer finds it first in what is left of
            # its block, declines it, and reads the rest of the block as a paragraph: no definition
            # after it in the block costs a pass (the run it stands in goes on, counting none)
            continue
        # a one-line definition costs a pass only when it opens a run; any other, unless escaped
        if (not one_line_before) if one_line else "\\" not in name:
            counted.append(number)
        one_line_before = one_line
    return counted


def _markdown_html_too_deep(visible: str) -> int | None:
    """Offset of the start tag at which more than :data:`MAX_MARKDOWN_HTML` elements whose
    content md_in_html parses as blocks are open around each other, or None. ``visible`` is the
    body with code masked and comments blanked.

    Follows md_in_html's own reading (``HTMLExtractorExtra``): only block-level tags count; one
    that starts a line with no ``markdown`` attribute, outside any element parsed as Markdown,
    opens a raw block, whose content is never parsed as Markdown, up to its end tag (every tag
    inside pushed and popped, as Python-Markdown does); inside an element parsed as Markdown each
    block-level element is pushed with its state (``block``, ``span`` or ``off``, after its
    parent's), a block-level start tag closes an open ``<p>``, and an end tag closes the latest
    open element of its name and those opened after it. Only ``block`` elements recurse (their
    content parsed again as a page); a ``span`` one (``<li markdown="1">``, ``<p markdown="1">``,
    and everything inside them) or an ``off`` one does not, closed or not. Each tag is pushed and
    popped at most once: linear."""
    raw = _OpenElements()  # the tags open in a raw block
    open_elements = _OpenElements()  # the elements parsed as Markdown, with their states
    for start, end in markup_spans(visible, tags_stop_at_blank_line=True):
        if end == -1:
            continue
        if closing := _END_TAG_NAME.match(visible, start, end):
            name = closing.group(1).lower()
            if raw:
                raw.close(name)
            elif name in _BLOCK_LEVEL:
                open_elements.close(name)
            continue
        opening = _TAG_START.match(visible, start, end)
        if opening is None or visible[end - 2:end] == "/>":
            continue
        name = opening.group(1).lower()
        if raw:
            if name not in _EMPTY_TAGS:
                raw.open(name, "off")
            continue
        if name not in _BLOCK_LEVEL or name in _EMPTY_TAGS:
            continue
        state = _markdown_state(name, _markdown_value(visible, opening.end(), end),
                                open_elements.states[-1] if open_elements else None)
        if state == "off" and not open_elements:
            line_start = visible.rfind("\n", 0, start) + 1
            if start - line_start <= 3 and not visible[line_start:start].strip():
                raw.open(name, "off")  # a raw HTML block (mid-line, md_in_html leaves it as text)
            continue
        open_elements.close("p")
        open_elements.open(name, state)
        if open_elements.blocks > MAX_MARKDOWN_HTML:
            return start
    return None


#: md_in_html's sets (``HTMLExtractorExtra``): block-level elements whose content is parsed as
#: text only, never as Markdown, or is always empty.
_SPAN_TAGS = frozenset({"address", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "legend", "li", "p", "summary",
                        "td", "th"})
_RAW_TAGS = frozenset({"canvas", "math", "option", "pre", "script", "style", "textarea"})
_EMPTY_TAGS = frozenset({"hr"})
_BLOCK_LEVEL = frozenset(markdown.util.BLOCK_LEVEL_ELEMENTS)
_BLOCK_TAGS = _BLOCK_LEVEL - _SPAN_TAGS - _RAW_TAGS - _EMPTY_TAGS
_MARKDOWN_VALUE = re.compile(r"""[\s"'/]markdown(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>`]*))?(?=[\s/>]|$)""", re.I)


def _markdown_value(visible: str, start: int, end: int) -> str:
    """The value of a start tag's ``markdown`` attribute (``"1"`` when it has none: ``<div
    markdown>``), or ``"0"`` when the tag has no such attribute."""
    found = _MARKDOWN_VALUE.search(visible, start, end)
    if found is None:
        return "0"
    value = (found.group(1) or "1").strip("\"'")
    return "1" if value.lower() == "markdown" else value


def _markdown_state(name: str, value: str, parent: str | None) -> str:
    """md_in_html's ``get_state``: ``block``, ``span`` or ``off`` for a block-level element."""
    if parent == "off" or (parent == "span" and value != "0"):
        value = parent
    if (value == "1" and name in _BLOCK_TAGS) or (value == "block" and name in _BLOCK_TAGS | _SPAN_TAGS):
        return "block"
    if (value == "1" and name in _SPAN_TAGS) or (value == "span" and name in _BLOCK_TAGS | _SPAN_TAGS):
        return "span"
    return "off"


class _OpenElements:
    """A stack of open elements: their names and md_in_html states, how many of each name are
    open and how many are in state ``block``, so that every question is answered in constant
    time and each element is pushed and popped once."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.states: list[str] = []
        self.open_by_name: dict[str, int] = {}
        self.blocks = 0

    def __bool__(self) -> bool:
        return bool(self.names)

    def open(self, name: str, state: str) -> None:
        self.names.append(name)
        self.states.append(state)
        self.open_by_name[name] = self.open_by_name.get(name, 0) + 1
        self.blocks += state == "block"

    def close(self, name: str) -> None:
        """Close the latest open element called ``name`` and those opened after it (none open: nothing)."""
        if not self.open_by_name.get(name):
            return
        while self.names:
            closed = self.names.pop()
            self.open_by_name[closed] -= 1
            self.blocks -= self.states.pop() == "block"
            if closed == name:
                break


def _emphasis_too_deep(masked: str) -> int | None:
    """Offset of the delimiter run at which more than :data:`MAX_EMPHASIS` emphasis pairs are
    open around each other, or None. CommonMark's flanking rule, simplified: each ``*`` or ``_``
    of a run followed by text (and not preceded by it) opens, of one preceded by text (and not
    followed by it) closes the latest still open; a blank line ends the paragraph and what it
    left open. Only pairs count (``*.tmp`` and ``*.bak`` open nothing that nests). Two passes
    over the runs, so linear."""
    marks: list[tuple[int, int]] = []  # (offset of the run, +1 opens / -1 closes) per marker
    matched: set[int] = set()  # indexes in ``marks`` of openers that a closer matched, and the closers
    open_at: list[int] = []
    last = 0
    for run in _EMPHASIS_RUN.finditer(masked):
        start, end = run.span()
        if BLANK_LINE.search(masked, last, start):
            open_at.clear()
        last = end
        before = masked[start - 1] if start else " "
        after = masked[end] if end < len(masked) else " "
        if before == "\\":
            continue  # an escaped marker is text
        for _ in range(end - start):
            if not after.isspace() and before.isspace():
                open_at.append(len(marks))
                marks.append((start, 1))
            elif not before.isspace() and after.isspace() and open_at:
                matched.update((open_at.pop(), len(marks)))
                marks.append((start, -1))
    depth = 0
    for index, (offset, step) in enumerate(marks):
        if index in matched:
            depth += step
            if depth > MAX_EMPHASIS:
                return offset
    return None


def body_diagnostics(path: str, body: str, body_line: int) -> list[Diagnostic]:
    """Every problem of a Markdown body: script (see :func:`script_diagnostics`) and limits."""
    return script_diagnostics(path, body, body_line) + limit_diagnostics(path, body, body_line)
