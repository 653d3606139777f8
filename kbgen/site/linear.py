"""Rendering time that grows with the length of a page, not with its square.

Python-Markdown is quadratic in ways a writer (or an attacker) can hit. Before block parsing,
:class:`BoundedBlocksPreprocessor` handles two of them:

* An unclosed ``<tag`` (``<a b='<a b='...``) makes the HTML block parser rescan the rest of the
  page from each ``<``: such a ``<``, which renders as text either way, is written ``&lt;``. A
  tag is taken as unclosed when no ``>`` ends it within :data:`MAX_TAG` characters.
* A heading or an admonition line is split off its block one at a time, and every block
  processor tests the whole rest of the block again each time: a blank line is put before each
  such line (which Python-Markdown splits off the block anyway, so the page is the same).

Then its inline processing, in two more:

* An opening ``[``, ``(`` or backtick run that nothing closes makes each link, image, reference
  and code pattern scan to the end of the paragraph, once per opener: a paragraph of 50,000
  ``[`` took 400 s. Nesting hundreds deep does the same with closed brackets.
* Every inline match rebuilds the paragraph's text, so a paragraph of *n* characters with *m*
  matches costs *n* x *m*: harmless at the size of real paragraphs, minutes at a megabyte.

:class:`BoundedInlineProcessor` replaces Python-Markdown's ``inline`` treeprocessor with one that
(1) escapes, before matching, the openers no closer can match and brackets nested deeper than
:data:`MAX_NESTING` (their text renders exactly as before: an unclosed ``[`` is shown as ``[``
either way), outside code spans; and (2) matches a text longer than :data:`CHUNK` in pieces cut
at line ends, so each match rebuilds a bounded piece. A construct that spans a cut in a text of
more than 16,000 characters without a blank line is shown as its plain text.
"""
from __future__ import annotations

import re
from typing import Any

import markdown
from markdown.treeprocessors import InlineProcessor

from markdown.preprocessors import Preprocessor

from ..links import code_spans, mask_code

#: Longest text matched in one piece (a long real paragraph is about 2,000 characters).
CHUNK = 16_000
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


def neutralised(text: str) -> str:
    """``text`` with a backslash before each character :func:`unclosed_openers` finds."""
    offsets = unclosed_openers(text)
    if not offsets:
        return text
    pieces, done = [], 0
    for offset in offsets:
        pieces += [text[done:offset], "\\"]
        done = offset
    return "".join(pieces) + text[done:]


def pieces_of(text: str, size: int = CHUNK) -> list[str]:
    """``text`` cut into pieces of at most about ``size`` characters, at line ends where there
    are any (else at spaces, else anywhere)."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = start + size if cut <= start else cut + 1
        pieces.append(text[start:cut])
        start = cut
    return pieces + [text[start:]]


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
        if patternIndex == 0:  # the whole text of an element; nested calls get matched parts
            data = neutralised(data)
        if len(data) <= CHUNK:
            return handle(data, patternIndex)
        return "".join(handle(piece, patternIndex) for piece in pieces_of(data))

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


#: Longest start tag taken as HTML (a real one, attributes and all, is a few hundred characters).
MAX_TAG = 4_096
# A start or end tag as Python's HTML parser reads one (html.parser.locatestarttagend_tolerant),
# up to where it stops; a quoted value ends at the next quote of its kind, so each match is at
# most MAX_TAG long.
_START_TAG = re.compile(r"""</?[a-zA-Z][^\t\n\r\f />\x00]*(?:[\s/]*(?:(?<=['"\s/])[^\s/>][^\s/=>]*"""
                        r"""(?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?(?:\s|/(?!>))*)*)?\s*""")
_OTHER_MARKUP = {"<!--": "-->", "<![CDATA[": "]]>", "<!": ">", "<?": ">"}
_TAG_OPEN = re.compile(r"<[a-zA-Z/!?]")
_SPLIT_LINE = re.compile(r"^(?:#{1,6}|!!!|\?\?\?\+?)(?=[^\n]*)", re.M)


def _tag_end(text: str, start: int) -> int:
    """Where the markup opened at ``start`` ends (just after its ``>``), or -1 when nothing
    closes it within :data:`MAX_TAG` characters."""
    limit = min(len(text), start + MAX_TAG)
    for opener, closer in _OTHER_MARKUP.items():
        if text.startswith(opener, start):
            end = text.find(closer, start + len(opener), limit)
            return -1 if end == -1 else end + len(closer)
    match = _START_TAG.match(text, start, limit)
    end = match.end()
    if text.startswith(">", end):
        return end + 1
    return end + 2 if text.startswith("/>", end) else -1


def escape_unclosed_tags(text: str) -> str:
    """``text`` with each ``<`` that opens no complete tag written ``&lt;`` (outside code)."""
    masked = mask_code(text)
    pieces, done, position = [], 0, 0
    while (found := _TAG_OPEN.search(masked, position)) is not None:
        start = found.start()
        end = _tag_end(masked, start)
        if end == -1:
            pieces += [text[done:start], "&lt;"]
            done, position = start + 1, start + 1
        else:
            position = end
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
        return separate_split_lines(escape_unclosed_tags(text)).split("\n")


class LinearExtension(markdown.Extension):
    """Register :class:`BoundedBlocksPreprocessor` and, in place of the ``inline``
    treeprocessor, :class:`BoundedInlineProcessor`."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown API
        md.preprocessors.register(BoundedBlocksPreprocessor(md), "kbgen-bounded-blocks", 22)
        md.treeprocessors.register(BoundedInlineProcessor(md), "inline", 20)


def makeExtension(**kwargs: Any) -> LinearExtension:  # noqa: N802 - Python-Markdown API
    """Entry point MkDocs uses for ``kbgen.site.linear`` in ``markdown_extensions``."""
    return LinearExtension(**kwargs)
