"""Plain text of a writer's Markdown for the search index: what the page does not show (HTML
comments, tags and their attributes) masked out, links replaced by their text, addresses dropped.

Hidden text (an internal note in ``<!-- ... -->``, a ``title="..."`` attribute) must never reach
an index field: :func:`mask_hidden` blanks it over the whole body at once, before the body is
split into lines or a window around a link is cut, so a comment spanning lines or opened far
before a link is masked as a whole.
"""
from __future__ import annotations

import re

from ..links import angle_targets, link_texts, mask_code
from ..markup import markup_spans

# Runs on a writer's text: one character class and a bounded run, no nesting, so each
# character is read a bounded number of times. Links are read by the site's one link grammar
# (:func:`kbgen.links.link_texts`, what :func:`kbgen.links.find_links` reads); markup by the
# renderer's (:func:`kbgen.markup.markup_spans`, in :func:`mask_hidden`, which every caller of
# :func:`flat` runs first: a ``<`` left in the text is one the page shows).
_URL = re.compile(r"(https?://|www\.)\S+")


def flat(text: str) -> str:
    """``text`` (a piece of a line already through :func:`mask_hidden`) with links replaced by
    their text and web addresses dropped, its ends kept (pieces of a line join as they stood)."""
    return without_addresses(link_texts(text))


def without_addresses(text: str) -> str:
    """``text`` with every web address made a space."""
    return _URL.sub(" ", text)


def plain_lines(body: str) -> list[str]:
    """The lines of a Markdown ``body`` with what the page does not show masked out
    (:func:`mask_hidden`) and each link replaced by its text, code masked over the whole body
    a bounded number of times (twice: once to find the markup, once on the text without it),
    never once per line: a link inside a fenced block or code span stays as written, as the
    page shows it (a line read alone cannot tell it is inside a fence). Addresses are not
    dropped yet (:func:`without_addresses`)."""
    return link_texts(mask_hidden(body)).split("\n")  # the body's own lines (headings' line numbers hold)


def mask_hidden(text: str) -> str:
    """``text`` with every HTML comment (an unclosed ``<!--`` is text, as on the page) and every tag replaced
    by spaces, line breaks kept: the same length and lines, so offsets into ``text`` still hold.

    Markup is found the way the site's renderer finds inline markup
    (:func:`kbgen.markup.markup_spans`), outside code: a tag ends at its ``>``, not at a ``>``
    inside a quoted attribute value (``title="a > b"``), so no attribute's words reach the
    index; a tag never spans a blank line and a ``<`` nothing closes is text; a comment ends at
    its ``-->`` however far; the ``<`` of a link target written in angle brackets
    (``[a](<my page.md>)``) opens no tag. Linear in the text's length."""
    if "<" not in text:
        return text
    code = mask_code(text)  # masked once: the link grammar reads the same mask
    masked = _shown_angles(code, angle_targets(text, code))  # a `<!--` shown as code opens nothing
    spans = markup_spans(masked, tags_stop_at_blank_line=True, comments_unbounded=True)
    out: list[str] = []
    done = 0
    for start, end in spans:
        if end != -1:
            out += [text[done:start], _blank(text[start:end])]
            done = end
    out.append(text[done:])
    return "".join(out)


def _blank(text: str) -> str:
    """Spaces for every character of ``text`` but its line breaks."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _shown_angles(masked: str, at: list[int]) -> str:
    """``masked`` with the ``<`` at each position of ``at`` made a space (same length)."""
    if not at:
        return masked
    chars = list(masked)
    for position in at:
        chars[position] = " "
    return "".join(chars)
