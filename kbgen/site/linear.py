"""Rendering time that grows with the length of a page, not with its square.

Python-Markdown is quadratic in ways a writer (or an attacker) can hit. Before block parsing,
:class:`BoundedBlocksPreprocessor` handles two of them:

* An unclosed ``<tag`` (``<a b='<a b='...``) makes the HTML block parser rescan the rest of the
  page from each ``<``: such a ``<``, which renders as text either way, is put in as an ``&lt;``
  already rendered. A
  tag is taken as unclosed when no ``>`` ends it within :data:`kbgen.markup.MAX_TAG` characters.
* A heading or an admonition line is split off its block one at a time, and every block
  processor tests the whole rest of the block again each time: a blank line is put before each
  such line (which Python-Markdown splits off the block anyway, so the page is the same).

Its block parser keeps a page's blocks in a list and takes each one off the front
(``blocks.pop(0)``; several processors put a block back with ``insert(0, ...)``), which moves
every block after it: a page of 100,000 short blocks (a comment opened in each paragraph, each
cut by a blank line) took 35 s. :class:`Blocks`, a deque, does both in constant time.

Two of its extensions, in two more: the n-th reference to a footnote was named by trying
every name before it (:func:`unique_footnote_ref`), and abbreviation definitions were taken off a
block one at a time, every block processor testing the rest again (:func:`abbreviations_at_once`).

Then its inline processing, in two more:

* An opening ``[``, ``(`` or backtick run that nothing closes makes each link, image, reference
  and code pattern scan to the end of the paragraph, once per opener: a paragraph of 50,000
  ``[`` took 400 s. Nesting hundreds deep does the same with closed brackets.
* Every inline match rebuilds the paragraph's text, so a paragraph of *n* characters with *m*
  matches costs *n* x *m*: harmless at the size of real paragraphs, minutes at a megabyte.

:class:`BoundedInlineProcessor` replaces Python-Markdown's ``inline`` treeprocessor with one that
(1) sets aside as literal text, before matching, the openers no closer can match and brackets
nested deeper than :data:`MAX_NESTING` (their text renders exactly as before: an unclosed ``[``
is shown as ``[`` either way), outside code spans; and (2) matches a text longer than :data:`CHUNK` in pieces cut
at line ends, so each match rebuilds a bounded piece. A construct that spans a cut in a text of
more than 16,000 characters without a blank line is shown as its plain text.
"""
from __future__ import annotations

import bisect
import functools
import re
import sys
from collections import deque
from typing import Any, Callable

import markdown
from markdown.extensions.abbr import AbbrBlockprocessor
from markdown.extensions.footnotes import FootnoteExtension
from markdown.treeprocessors import InlineProcessor

from markdown.preprocessors import Preprocessor

from ..links import code_spans, mask_code
from ..markup import markup_spans

#: Longest text matched in one piece (a long real paragraph is about 2,000 characters), and the
#: longest line kept in one piece.
CHUNK = 16_000
LONG_LINE = 65_536
#: Deepest nesting of brackets or parentheses kept as Markdown (link text holds one level).
MAX_NESTING = 4
_DELIMITERS = re.compile(r"\\.|[\[\]()<]|`+", re.S)
_CLOSERS = {"]": "[", ")": "("}
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")


def unclosed_openers(text: str) -> list[int]:
    """Offsets of the characters to escape: ``[`` and ``(`` that nothing closes, brackets nested
    deeper than :data:`MAX_NESTING` (with their closers), and the backticks of runs that no run
    of the same length closes. Code spans are left alone. One pass: linear."""
    starts = dict(code_spans(text))  # where a code span starts: where it ends
    for tag in _TAG.finditer(text):  # raw HTML and autolinks are copied as they are
        starts.setdefault(tag.start(), tag.end())
    escape: list[int] = []
    stacks: dict[str, list[tuple[int, bool]]] = {"[": [], "(": []}
    skip_to = 0
    for match in _DELIMITERS.finditer(text):
        start, token = match.start(), match.group(0)
        if start < skip_to or token[0] == "\\":
            continue
        if start in starts:
            skip_to = starts[start]
        elif token == "<":
            continue
        elif token[0] == "`":
            escape.extend(range(start, match.end()))  # a run that opens no code span
        elif token in stacks:
            stack = stacks[token]
            stack.append((start, len(stack) >= MAX_NESTING))
        elif stacks[_CLOSERS[token]]:
            opener, too_deep = stacks[_CLOSERS[token]].pop()
            if too_deep:
                escape += [opener, start]
    escape += [offset for stack in stacks.values() for offset, _ in stack]
    return sorted(escape)


def pieces_of(text: str, size: int = CHUNK, comments: list[tuple[int, int]] | None = None) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters at line ends. A single line is cut
    inside (at a space where there is one) only past :data:`LONG_LINE`, so a long tag or link
    on one line (an inline picture as a data: URL) stays whole; an HTML comment is never cut
    (:func:`_past_comment`): cut, it was shown as text where the check, like Python-Markdown,
    hides it. ``comments``: :func:`closed_comments` of ``text`` when the caller has them."""
    comments = closed_comments(text) if comments is None else comments
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.find("\n", start + size)
            cut = len(text) - 1 if cut == -1 else cut
        if cut - start > LONG_LINE:
            space = text.rfind(" ", start, start + LONG_LINE)
            cut = space if space > start else start + LONG_LINE - 1
        cut = _past_comment(text, comments, cut, size)
        pieces.append(text[start:cut + 1])
        start = cut + 1
    return pieces + [text[start:]] if start < len(text) else pieces


def closed_comments(text: str) -> list[tuple[int, int]]:
    """Start and end (just after ``-->``) of each closed HTML comment of ``text`` outside code,
    in order, as the check finds them (:func:`kbgen.markup.markup_spans`)."""
    if "<!--" not in text:
        return []
    return [span for span in markup_spans(mask_code(text)) if span[1] != -1 and text.startswith("<!--", span[0])]


def _inside(comments: list[tuple[int, int]], cut: int) -> int:
    """Index of the comment of ``comments`` that holds ``cut`` before its last character, or -1."""
    index = bisect.bisect_right(comments, (cut, sys.maxsize)) - 1
    return index if index >= 0 and comments[index][0] <= cut < comments[index][1] - 1 else -1


def _past_comment(text: str, comments: list[tuple[int, int]], cut: int, size: int) -> int:
    """``cut`` (the last character of a piece), moved past the comment of ``comments`` (closed
    ones, in order) that holds it: to the first line end within ``size`` after the comment when
    no other comment holds that line end (a comment may open where one ends), else the
    comment's own end, outside every comment."""
    index = _inside(comments, cut)
    if index < 0:
        return cut
    end = comments[index][1] - 1
    line_end = text.find("\n", end, end + size)
    return end if line_end == -1 or _inside(comments, line_end) >= 0 else line_end


class BoundedInlineProcessor(InlineProcessor):
    """Python-Markdown's inline processor, bounded as the module docstring says.

    It overrides two private methods of :class:`markdown.treeprocessors.InlineProcessor`
    (stable through Markdown 3.x; ``tests/test_linear_render.py`` renders pages through it):
    the matching, and the assembly of matched pieces, which Python-Markdown does by adding each
    piece to the element's text one at a time (quadratic for thousands of pieces).
    """

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802
        handle = super()._InlineProcessor__handleInline
        if isinstance(data, markdown.util.AtomicString):
            return data
        comments = closed_comments(data) if len(data) > CHUNK else []
        if patternIndex == 0:  # the whole text of an element; nested calls get matched parts
            whole = data
            data = self._set_aside_unclosed(self._hide_long_comments(data, comments))
            comments = comments if data is whole else None  # (changed: found again in pieces_of)
        if len(data) <= CHUNK:
            return handle(data, patternIndex)
        return "".join(handle(piece, patternIndex) for piece in pieces_of(data, comments=comments))

    def _hide_long_comments(self, data: str, comments: list[tuple[int, int]]) -> str:
        """``data`` with each closed comment longer than :data:`CHUNK` (``comments``: those the
        check finds in it) put in as one raw-HTML placeholder, as Python-Markdown's own HTML
        pattern stores it: no inline pattern scans it (a link inside rebuilt the whole comment
        per match) and no cut falls inside it."""
        pieces, done = [], 0
        for start, end in comments:
            if end - start > CHUNK:
                pieces += [data[done:start], self.md.htmlStash.store(data[start:end])]
                done = end
        return "".join(pieces) + data[done:] if pieces else data

    def _set_aside_unclosed(self, data: str) -> str:
        """``data`` with each run of the characters :func:`unclosed_openers` finds set aside as
        literal text (one placeholder per run, as an escaped character would be)."""
        offsets = unclosed_openers(data)
        pieces, done, index = [], 0, 0
        while index < len(offsets):
            last = index
            while last + 1 < len(offsets) and offsets[last + 1] == offsets[last] + 1:
                last += 1
            start, end = offsets[index], offsets[last] + 1
            pieces += [data[done:start], self._InlineProcessor__stashNode(data[start:end], "kbgen-literal")]
            done, index = end, last + 1
        return "".join(pieces) + data[done:] if pieces else data

    def _InlineProcessor__processPlaceholders(self, data: str | None, parent: Any,  # noqa: N802
                                              isText: bool = True) -> list:  # noqa: N803
        """Python-Markdown's placeholder assembly, with the text between placeholders collected
        in a list and joined once per element instead of added piece by piece."""
        prefix = self._InlineProcessor__placeholder_prefix
        result: list = []
        pending: list[str] = []

        def flush() -> None:
            if not pending:
                return
            text = pending[0] if len(pending) == 1 else "".join(pending)
            pending.clear()
            owner, attribute = (result[-1][0], "tail") if result else (parent, "text" if isText else "tail")
            current = getattr(owner, attribute)
            setattr(owner, attribute, current + text if current else text)

        start = 0
        while data:
            index = data.find(prefix, start)
            if index == -1:
                text = data[start:]
                pending.append(markdown.util.AtomicString(text) if isinstance(data, markdown.util.AtomicString)
                               else text)
                break
            key, end = self._InlineProcessor__findPlaceholder(data, index)
            if key not in self.stashed_nodes:  # not a placeholder after all
                pending.append(data[start:index + len(prefix)])
                start = index + len(prefix)
                continue
            node = self.stashed_nodes.get(key)
            if index > 0:
                pending.append(data[start:index])
            if isinstance(node, str):
                pending.append(node)
                start = end
                continue
            for child in [node] + list(node):
                if child.tail and child.tail.strip():
                    self._InlineProcessor__processElementText(node, child, False)
                if child.text and child.text.strip():
                    self._InlineProcessor__processElementText(child, child)
            flush()
            start = end
            result.append((node, self.ancestors[:]))
        pending[:] = [piece for piece in pending if piece]
        flush()
        return result


_SPLIT_LINE = re.compile(r"^(?:#{1,6}|!!!|\?\?\?\+?)", re.M)


def escape_unclosed_tags(text: str, written: Callable[[], str] = lambda: "&lt;") -> str:
    """``text`` with each ``<`` that opens no complete tag replaced by ``written()`` (``&lt;``,
    or a placeholder for it), outside code."""
    pieces, done = [], 0
    for start, end in markup_spans(mask_code(text)):
        if end == -1:
            pieces += [text[done:start], written()]
            done = start + 1
    return "".join(pieces) + text[done:]


def separate_split_lines(text: str) -> str:
    """A blank line before each heading or admonition line that follows a non-blank line."""
    masked, pieces, done = mask_code(text), [], 0
    for found in _SPLIT_LINE.finditer(masked):
        start = found.start()
        if start >= 2 and masked[start - 2] != "\n" and masked[start - 1] == "\n":
            pieces += [text[done:start], "\n"]
            done = start
    return "".join(pieces) + text[done:]


class BoundedBlocksPreprocessor(Preprocessor):
    """Runs after fenced code is set aside and before raw HTML is read (see the docstring)."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        # "&lt;" goes in as raw HTML already rendered: one placeholder, not one entity to match
        lt = self.md.htmlStash.store("&lt;")
        return separate_split_lines(escape_unclosed_tags(text, lambda: lt)).split("\n")


class Blocks(deque):
    """A page's blocks as the block processors use them (``blocks[0]``, ``pop(0)``,
    ``insert(0, ...)``, ``append``, ``extend``, truth), with the front taken in constant time."""

    def pop(self, index: int = -1) -> str:  # type: ignore[override] - list's signature
        """The block at ``index`` (``0``: the first, as a list's ``pop(0)``), removed."""
        if index == 0:
            return self.popleft()
        if index == -1:
            return super().pop()
        block = self[index]
        del self[index]
        return block


def _front_in_constant_time(parse_blocks: Callable[[Any, Any], None]) -> Callable[[Any, Any], None]:
    """``parse_blocks`` (a bound ``BlockParser.parseBlocks``) given its blocks as :class:`Blocks`."""
    @functools.wraps(parse_blocks)
    def parse(parent: Any, blocks: Any) -> None:
        parse_blocks(parent, blocks if isinstance(blocks, Blocks) else Blocks(blocks))
    return parse


class LinearExtension(markdown.Extension):
    """Register :class:`BoundedBlocksPreprocessor`, in place of the ``inline``
    treeprocessor :class:`BoundedInlineProcessor`, and give the block parser :class:`Blocks`."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown API
        md.preprocessors.register(BoundedBlocksPreprocessor(md), "kbgen-bounded-blocks", 22)
        md.treeprocessors.register(BoundedInlineProcessor(md), "inline", 20)
        if not hasattr(md.parser.parseBlocks, "__wrapped__"):  # once, if registered twice
            md.parser.parseBlocks = _front_in_constant_time(md.parser.parseBlocks)  # type: ignore[method-assign]
        for extension in md.registeredExtensions:  # registered before this one (the site's list, "extra")
            if isinstance(extension, FootnoteExtension):
                extension.unique_ref = functools.partial(unique_footnote_ref, extension)  # type: ignore[method-assign]
        if "abbr" in md.parser.blockprocessors:
            abbreviations = md.parser.blockprocessors["abbr"]
            if not isinstance(abbreviations.run, functools.partial):  # once, if registered twice
                abbreviations.run = functools.partial(  # type: ignore[method-assign]
                    abbreviations_at_once, abbreviations, abbreviations.run)


def abbreviations_at_once(processor: AbbrBlockprocessor, take_first: Callable[[Any, Any], bool],
                          parent: Any, blocks: Any) -> bool:
    """Python-Markdown's ``AbbrBlockprocessor.run`` (``take_first``) takes the first abbreviation
    definition (``*[HTML]: Hyper Text``) off a block and puts the rest back, so every block
    processor tested the rest again: 1,500 definitions in a row took 3 s. After it, this takes
    each one-line definition that follows on the next line while the line after that is another
    one or the block's end: a rest starting so is claimed by no other processor (those that
    look anywhere in a block would have claimed the whole block first; those that look at its
    first two lines, a Setext heading or a table, see two definitions), so the page is the
    same. Linear in the run of definitions."""
    block = blocks[0]
    found = processor.RE.search(block)
    if not take_first(parent, blocks):
        return False
    end, taken = found.end(), []
    while (line := _definition_at(processor, block, end + 1)) is not None:
        after = end + 1 + len(line[0])
        if after < len(block) and _definition_at(processor, block, after + 1) is None:
            break  # the next line would be the rest's second line: left to the other processors
        taken.append(line)
        end = after
    if not taken:
        return True
    for _, abbr, title in taken:
        if title in ("''", '""'):
            processor.abbrs.pop(abbr, None)
        else:
            processor.abbrs[abbr] = title
    following = 1 if block[:found.start()].strip() else 0  # where the first's rest was put back
    rest = block[end:].lstrip("\n")
    if rest.strip():
        blocks[following] = rest
    else:
        del blocks[following]
    return True


def _definition_at(processor: AbbrBlockprocessor, block: str, start: int) -> tuple[str, str, str] | None:
    """``(line, abbreviation, title)`` when the line of ``block`` starting at ``start`` (after a
    line end) is a whole one-line definition with both parts, as ``processor.RE`` reads it."""
    if start > len(block) or block[start - 1] != "\n":
        return None
    line_end = block.find("\n", start)
    line = block[start:] if line_end == -1 else block[start:line_end]
    definition = one_line_definition(line, processor.RE)
    return (line, *definition) if definition else None


def one_line_definition(line: str, pattern: re.Pattern = AbbrBlockprocessor.RE) -> tuple[str, str] | None:
    """``(abbreviation, title)`` when ``line`` (no line end in it) is a whole abbreviation definition
    with both parts (``*[HTML]: Hyper Text``) as Python-Markdown's abbr extension reads it
    (``pattern``, its ``AbbrBlockprocessor.RE``), else None. The one reading of "a one-line
    definition": :func:`abbreviations_at_once` takes a run of them at once, and
    :func:`kbgen.body_check.check_body` counts one in a run as costing no pass of its own."""
    found = pattern.match(line)
    if found is None or found.end() != len(line):
        return None
    abbr, title = found.group("abbr").strip(), found.group("title").strip()
    return (abbr, title) if abbr and title else None


def unique_footnote_ref(footnotes: FootnoteExtension, reference: str, found: bool = False) -> str:
    """The id of a reference to a footnote, as Python-Markdown's ``unique_ref`` names it (the
    first ``fnref:x``, the n-th ``fnrefn:x``), in constant time: it tried ``fnref2:x``,
    ``fnref3:x`` ... until one was unused, so a page referring to one footnote thousands of
    times cost the square of that (10,000 references took 90 s). Its ``found_refs`` counts the
    references to each, which its list of footnotes reads for the back-links."""
    if not found:
        return reference
    count = footnotes.found_refs[reference] = footnotes.found_refs.get(reference, 0) + 1
    if count > 1:
        separator = footnotes.get_separator()
        head, rest = reference.split(separator, 1)
        reference = f"{head}{count}{separator}{rest}"
    footnotes.used_refs.add(reference)
    return reference


def makeExtension(**kwargs: Any) -> LinearExtension:  # noqa: N802 - Python-Markdown API
    """Entry point MkDocs uses for ``kbgen.site.linear`` in ``markdown_extensions``."""
    return LinearExtension(**kwargs)
