"""Where HTML markup stands in a writer's Markdown, found the way the page renderer finds it.

One scanner for the renderer (:func:`kbgen.site.linear.escape_unclosed_tags`, which shows a
``<`` that opens no complete tag as text) and the search index
(:func:`kbgen.search.plaintext.mask_hidden`, which blanks what the page does not show). It needs
no Markdown library, so the search code does not load Python-Markdown to use it.
"""
from __future__ import annotations

import re
from typing import Iterator


#: A blank line as Python-Markdown finds one, with the line end before it (the blank line's own
#: end is looked at, not taken). Python-Markdown's first step (``NormalizeWhitespace`` in
#: ``markdown/preprocessors.py``) turns ``\r\n`` and ``\r`` into ``\n`` and tabs into spaces,
#: and empties a line of nothing but spaces; the block parser then splits at ``\n\n``. So a line
#: of spaces and tabs between any two line ends is blank, and one holding a form feed, a
#: vertical tab or a no-break space is text: it ends no paragraph and no code span (the site's
#: inline processor, ``kbgen.site.linear``, finds code spans with :func:`kbgen.links.code_spans`, so the site
#: agrees). Each match starts at a line end and scans only the spaces after it: linear.
BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?=[\r\n])")


#: Longest markup taken as HTML: a tag with a long attribute (an inline picture as a data: URL)
#: is still a tag. Past a budget of :data:`WORK_PER_CHARACTER` characters scanned per character
#: of the page (an ordinary page uses a fraction of one), a tag must close within
#: :data:`SHORT_TAG`: the scan can never cost more than a constant times the page's length.
MAX_TAG = 65_536
SHORT_TAG = 512
WORK_PER_CHARACTER = 32
#: A tag's name as Python's HTML parser reads it (``html.parser.tagfind_tolerant``, which the
#: renderer uses): a letter, then anything up to whitespace, '/', '>' or NUL. One pattern for the
#: renderer's scanner here and the check's reading of a tag (:mod:`kbgen.body_check`).
TAG_NAME = r"[a-zA-Z][^\t\n\r\f />\x00]*"
# A start or end tag as Python's HTML parser reads one (html.parser.locatestarttagend_tolerant),
# up to where it stops; a quoted value ends at the next quote of its kind.
_START_TAG = re.compile(r"""</?""" + TAG_NAME + r"""(?:[\s/]*(?:(?<=['"\s/])[^\s/>][^\s/=>]*"""
                        r"""(?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?(?:\s|/(?!>))*)*)?\s*""")
_OTHER_MARKUP = {"<!--": "-->", "<![CDATA[": "]]>", "<!": ">", "<?": ">"}
_TAG_OPEN = re.compile(r"<[a-zA-Z/!?]")


def _tag_end(text: str, start: int, limit: int) -> int:
    """Where the markup opened at ``start`` ends (just after its ``>``), or -1 when nothing
    closes it before ``limit``."""
    for opener, closer in _OTHER_MARKUP.items():
        if text.startswith(opener, start):
            end = text.find(closer, start + len(opener), limit)
            return -1 if end == -1 else end + len(closer)
    end = _START_TAG.match(text, start, limit).end()
    if text.startswith(">", end):
        return end + 1
    return end + 2 if text.startswith("/>", end) else -1


def _opens_line(text: str, start: int) -> bool:
    """Whether ``text[start]`` opens a line: at most three spaces before it on its line
    (Python-Markdown's HTML parser, ``at_line_start``). Reads at most four characters back."""
    before = start
    while before > 0 and start - before < 3 and text[before - 1] == " ":
        before -= 1
    return before == 0 or text[before - 1] == "\n"


def markup_spans(masked: str, tags_stop_at_blank_line: bool = False,
                 comments_unbounded: bool = False) -> Iterator[tuple[int, int]]:
    """Each ``<`` of ``masked`` (text with its code already masked) that opens markup, with where
    that markup ends (just after its ``>``: a quoted attribute value may hold one) or -1 when
    nothing closes it. The scan resumes after a closed markup and after an unclosed ``<``.

    With ``tags_stop_at_blank_line`` a tag, a declaration (``<!DOCTYPE``), a CDATA section or a
    processing instruction (anything but a comment) never spans a blank line (a line empty or
    holding only spaces and tabs, :data:`BLANK_LINE`: Markdown ends a paragraph
    there, so its ``<`` is text), but for a declaration, CDATA section or processing instruction
    that opens a line (:func:`_opens_line`): the renderer takes that as a raw block running to
    its ``>``, blank lines and all.
    A comment ends at its ``-->`` however far, as Python-Markdown ends one (no MAX_TAG limit:
    the renderer and the check hide the same comments). With ``comments_unbounded`` (the search
    index) a comment ends where HTML ends it (:func:`_comment_end`: at once for ``<!-->`` and
    ``<!--->``, else at its first ``-->`` or ``--!>``) and an unclosed one is text (no closer
    follows it, so none follows a later ``<!--`` either: each is text, and the tags after it are
    markup). Linear: past a budget of WORK_PER_CHARACTER characters scanned per
    character, other markup must close within SHORT_TAG; each closer is searched for once, and
    the scan resumes after a closed comment."""
    position, budget, next_close, next_blank = 0, WORK_PER_CHARACTER * len(masked) + MAX_TAG, -1, -1
    ahead = [0, 0]  # where the next "-->" and "--!>" stand (-1: none left)
    comment_close = -1  # the next '-->' at or after the last comment's '<!--' (len(masked): none)
    while (found := _TAG_OPEN.search(masked, position)) is not None:
        start = found.start()
        if comments_unbounded and masked.startswith("<!--", start):
            for at, closer in enumerate(("-->", "--!>")):  # the next of each, found once per stretch
                if ahead[at] != -1 and ahead[at] < start + 4:
                    ahead[at] = masked.find(closer, start + 4)
            found_ends = [a + len(c) for a, c in zip(ahead, ("-->", "--!>")) if a != -1]
            end = min(found_ends) if found_ends else -1  # the first closer after it: HTML's end
            if masked.startswith((">", "->"), start + 4):  # <!--> and <!---> close at once
                end = _comment_end(masked, start, start + 6)
            yield start, end
            position = start + 1 if end == -1 else end  # an unclosed one is text: read on
            continue
        if masked.startswith("<!--", start):
            if comment_close < start + 4:  # each '-->' is searched for once: linear
                comment_close = masked.find("-->", start + 4)
                comment_close = len(masked) if comment_close == -1 else comment_close
            close = -1 if comment_close == len(masked) else comment_close
            yield start, -1 if close == -1 else close + 3
            position = start + 1 if close == -1 else close + 3
            continue
        if next_close < start:  # every markup ends with '>': none ahead means none closes
            next_close = masked.find(">", start)
            next_close = len(masked) + MAX_TAG if next_close == -1 else next_close
        limit = min(len(masked), start + (MAX_TAG if budget > 0 else SHORT_TAG))
        raw_block = masked.startswith(("<!", "<?"), start) and _opens_line(masked, start)
        if tags_stop_at_blank_line and not masked.startswith("<!--", start) and not raw_block:
            if next_blank < start:
                blank = BLANK_LINE.search(masked, start)
                next_blank = len(masked) if blank is None else blank.start()
            limit = min(limit, next_blank)
        end = _tag_end(masked, start, limit) if next_close < limit else -1
        budget -= (end if end != -1 else limit) - start if next_close < limit else 0
        yield start, end
        position = start + 1 if end == -1 else end


#: Every character but a line break (blanked, so offsets and lines still hold).
_BLANKED = re.compile(r"[^\n]")


def blank_comments(masked: str, text: str) -> str:
    """``masked`` (``text`` with its code already masked, same length) with every HTML comment
    the page hides blanked, line breaks kept (same length and lines): what a hidden comment
    holds is no link and no tag. Comments are found as the renderer finds markup
    (:func:`markup_spans`); one nothing closes is shown as text, and so is one that spans a
    blank line without starting a line (Markdown ends the paragraph there; a comment opening a
    line is a block of raw HTML and runs to its ``-->``). Only what the page hides is blanked:
    the comment ends where HTML ends it (:func:`_comment_end`), and one that holds another
    ``<!--`` or a backtick is read as text, its ``<`` blanked so its tags and links are checked
    (Markdown may show its first ``<!--`` as text, or end it at a ``-->`` in a code span).
    Linear: each comment is read once more."""
    if "<!--" not in masked:
        return masked
    pieces, done = [], 0
    for start, end in markup_spans(masked):
        if end == -1 or not masked.startswith("<!--", start):
            continue
        end = _comment_end(text, start, end)
        if "<!--" in text[start + 4:end] or "`" in text[start:end]:
            pieces += [masked[done:start], " "]  # read on as text: its tags are tags to check
            done = start + 1
        elif BLANK_LINE.search(masked, start, end) is None or _opens_line(masked, start):
            pieces += [masked[done:start], _BLANKED.sub(" ", masked[start:end])]
            done = end
    return "".join(pieces) + masked[done:]


def _comment_end(text: str, start: int, end: int) -> int:
    """Where a browser ends the comment opened at ``start`` that Markdown runs to ``end`` (just
    after a ``-->``): HTML closes one at once written ``<!-->`` or ``<!--->``, and otherwise at
    its first ``-->`` or ``--!>``, so the page shows what follows. Reads ``text[start:end]``."""
    if text.startswith(">", start + 4):
        return start + 5
    if text.startswith("->", start + 4):
        return start + 6
    bang = text.find("--!>", start + 4, end)
    close = text.find("-->", start + 4, end)
    return min(close + 3 if close != -1 else end, bang + 4 if bang != -1 else end)
