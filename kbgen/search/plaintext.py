"""Plain text of a writer's Markdown for the search index: what the page does not show (HTML
comments, tags and their attributes) masked out, links replaced by their text, addresses dropped.

Hidden text (an internal note in ``<!-- ... -->``, a ``title="..."`` attribute) must never reach
an index field: :func:`mask_hidden` blanks it over the whole body at once, before the body is
split into lines or a window around a link is cut, so a comment spanning lines or opened far
before a link is masked as a whole.
"""
from __future__ import annotations

import re

from ..links import mask_code

# Every pattern below runs on a writer's text: no nested or unbounded quantifier can backtrack
# over a long line, and a bounded run stops at the next opening bracket, so each character is
# read a bounded number of times (link texts, targets and tags past the bounds stay text).
LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_URL = re.compile(r"(https?://|www\.)\S+")
_HTML = re.compile(r"<[^<>\n]{1,2000}>")

#: A tag is at most this long (a writer's "<" far from any ">" is text, not a tag); a blank
#: line ends an HTML block in Markdown, so a tag never spans one either.
TAG_MOST = 2000


def plain(text: str) -> str:
    """``text`` with links replaced by their text, tags and web addresses dropped."""
    return flat(text).strip()


def flat(text: str) -> str:
    """:func:`plain` without stripping the ends (pieces of a line join as they stood)."""
    return _HTML.sub(" ", _URL.sub(" ", LINK.sub(r"\1", text)))


def mask_hidden(text: str) -> str:
    """``text`` with every HTML comment (an unclosed one runs to the end) and every tag
    (``<`` then a letter, ``/``, ``!`` or ``?``, up to the next ``>`` within TAG_MOST characters
    and before a blank line) replaced by spaces, line breaks kept: the same length and lines,
    so offsets into ``text`` still hold. One pass; the next ``>`` and blank line are found once
    and reused, so the work is linear in the text's length."""
    if "<" not in text:
        return text
    text, shown = mask_code(text), text  # markup is looked for outside code: a `<!--` shown as code opens nothing
    out: list[str] = []
    done = 0
    at = text.find("<")
    next_close = -2  # position of the next '>' at or after `at` (-1: none; -2: not looked for)
    next_blank = -2  # the same for the next blank line
    while at >= 0:
        if text.startswith("<!--", at):
            close = text.find("-->", at + 4)
            stop = len(text) if close < 0 else close + 3
        elif at + 1 < len(text) and (text[at + 1].isalpha() or text[at + 1] in "/!?"):
            if next_close != -1 and next_close < at:
                next_close = text.find(">", at)
            if next_close < 0:
                break  # no '>' follows: no tag can close
            if next_blank != -1 and next_blank < at:
                next_blank = text.find("\n\n", at)
            if next_close - at > TAG_MOST or 0 <= next_blank < next_close:
                at = text.find("<", at + 1)  # a '<' in running text ("a <b" ... "c> d")
                continue
            stop = next_close + 1
        else:
            at = text.find("<", at + 1)
            continue
        out += [shown[done:at], _blank(shown[at:stop])]
        done = stop
        at = text.find("<", stop)
    out.append(shown[done:])
    return "".join(out)


def _blank(text: str) -> str:
    """Spaces for every character of ``text`` but its line breaks."""
    return "\n".join(" " * len(line) for line in text.split("\n"))
