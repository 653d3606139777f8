"""What other articles say about an article where they link to it (anchor context).

A writer who links from one article to another describes the target in the words of the
article they are writing: "when the meeting-room panel shows a grey clock instead of the
booking, see [...]". Those sentences are the site's own second description of the target, in words its
own text may not use: the classic anchor-text evidence of web search, taken from the knowledge
base itself at build time (no word list). Each published article's index document gets a
``links`` field holding the sentences of other published articles that link to it (the
sentence around the link, the link's text among it), weighed like body text at a reduced
boost (``FIELDS`` in :mod:`kbgen.search.index`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable, Iterator, Sequence

from ..content import resolve_link
from ..model import Article, Corpus
from ..links import Link, find_links, inline_spans
from ..memo import Parts, of_text, remembered_of
from .plaintext import flat, mask_hidden, without_addresses

#: The index field that holds the sentences of links to an article.
LINKS_FIELD = "links"
#: At most this many characters of a sentence on either side of a link: a long paragraph
#: without full stops gives the words near the link, not the paragraph (and bounds the work
#: per link).
SIDE = 200
#: At most this many linking sentences per article, in the order of the linking articles'
#: ids: a page every article links to (a contact page) does not grow a field of thousands.
MOST = 24
#: What ends a sentence (a full stop, question or exclamation mark before a space) around a
#: link; a full stop inside a word ("page.md", "e.g.") does not. A line ends one too (each line
#: is read on its own), so a table row is one "sentence": the cells beside a link (a symptom,
#: a cause) describe what it links to.
_ENDS = (". ", "! ", "? ")


def link_sentences(corpus: Corpus) -> dict[str, list[str]]:
    """By article id, the plain sentences of other published articles that link to it: at most
    one per linking article (its first link with words around it), none empty, no two alike, at most MOST."""
    by_slug = {a.slug: a for a in corpus.published}
    out: dict[str, list[str]] = {}
    kept = Parts(LINKED_SENTENCES)  # each article's, in parts of the build's memo (kbgen.memo.Parts)
    for article in sorted(corpus.published, key=lambda a: a.id):
        seen: set[str] = set()
        for slug, sentence in kept.of(article.id, article, (), lambda: _linked_sentences(article)):
            target = by_slug.get(slug)
            if target is None or target is article or target.id in seen or not sentence:
                continue
            seen.add(target.id)
            found = out.setdefault(target.id, [])
            if sentence not in found and len(found) < MOST:
                found.append(sentence)
    kept.save()
    return out


def linked_sentences(article: Article) -> tuple[tuple[str, str], ...]:
    """:func:`first_sentences` of the article's body, each with the slug its link resolves to
    ('' when it names no article page) in place of the link as written. Kept in the running
    build's memo by the article's record (what the slugs are resolved from): an unchanged
    article costs one look-up, neither a hash of its body nor its links resolved again."""
    return remembered_of(LINKED_SENTENCES, article, (), lambda: _linked_sentences(article))


#: The memo's namespace of :func:`linked_sentences`.
LINKED_SENTENCES = "link sentences by slug"


def _linked_sentences(article: Article) -> tuple[tuple[str, str], ...]:
    """:func:`linked_sentences`, made."""
    return tuple((resolve_link(article, written) or "", sentence) for written, sentence in first_sentences(article.body))


def first_sentences(body: str) -> tuple[tuple[str, str], ...]:
    """Each relative link target of a Markdown ``body`` as written, with the first non-empty
    sentence around a link to it (:func:`_sentences`), in order. Kept in the running build's
    memo by the body's digest: an unchanged body is not read again, and a body without links
    costs one look-up."""
    return of_text("link sentences", body, _first_sentences, _first_sentences)


def _first_sentences(body: str) -> tuple[tuple[str, str], ...]:
    done: dict[str, str] = {}
    for link, sentence in _sentences(body, lambda link: link.target in done):
        if sentence:
            done[link.target] = sentence
    return tuple(done.items())


def _sentences(body: str, skip: Callable[[Link], bool]) -> Iterator[tuple[Link, str]]:
    """Each relative, shown link of a Markdown ``body`` with the plain sentence around it,
    lazily, making no sentence for a link ``skip`` rejects (asked just before its sentence
    would be made).

    A link inside an HTML comment or tag is not shown (skipped), and the text around a link
    never includes hidden text: comments and tags are masked over the whole body first
    (:func:`mask_hidden`). A reference definition (``[r]: page.md``) is skipped: its line is
    not a sentence about the page. Each line is read on its own (a link whose text wraps onto
    the next line gets no sentence) and made plain once (links to their text), then the window
    around a link is cut from the plain line at whitespace, so neither a long link text nor a
    half-cut neighbouring link leaves a path's words."""
    links = [link for link in find_links(body) if not link.image and link.is_relative]
    if not links:
        return
    masked = mask_hidden(body)
    starts = [0] + [m.end() for m in re.finditer("\n", masked)]
    everywhere = inline_spans(masked)  # code masked for the whole body, not once per line
    lines: dict[int, tuple[str, list[tuple[int, int, int, int]]]] = {}
    for link in links:
        if skip(link):
            continue
        offset = starts[link.line]
        if link.line not in lines:
            end = starts[link.line + 1] - 1 if link.line + 1 < len(starts) else len(masked)
            at = bisect.bisect_left(everywhere, (offset,))
            within = []
            while at < len(everywhere) and everywhere[at][0] < end:
                if everywhere[at][1] <= end:  # a link wrapped onto the next line is no link here
                    within.append(tuple(position - offset for position in everywhere[at]))
                at += 1
            lines[link.line] = _plain_line(masked[offset:end], within)
        text, spans = lines[link.line]
        column = link.start - offset
        at = bisect.bisect_right(spans, (column, len(masked))) - 1
        span = spans[at] if at >= 0 and spans[at][0] <= column < spans[at][1] else None
        if span is not None:  # else hidden, or a reference definition
            yield link, _around(text, span[2], span[3])


def _plain_line(line: str, links: list[tuple[int, ...]]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The plain text of one (masked) line and, for each inline link in it (``links``: its
    spans in the line, found over the whole body, in order), its span in the line and the span
    of its text in the plain text. The text between links holds no link (a link in code stays
    as written)."""
    parts: list[str] = []
    spans = []
    length, done = 0, 0
    for start, end, label_start, label_end in links:
        before, label = without_addresses(line[done:start]), flat(line[label_start:label_end])
        parts += [before, label]
        length += len(before) + len(label)
        spans.append((start, end, length - len(label), length))
        done = end
    parts.append(without_addresses(line[done:]))
    return "".join(parts), spans


def _around(text: str, start: int, end: int) -> str:
    """The sentence of plain ``text`` around ``start``-``end``: at most SIDE characters on
    either side, cut at whitespace (no half word), stopped at a sentence end."""
    low = max(0, start - SIDE)
    left = text[low:start]
    if low > 0:
        left = left.split(None, 1)[1] if len(left.split(None, 1)) > 1 else ""
    begin = max(left.rfind(c) for c in _ENDS)
    left = left[begin + 2:] if begin >= 0 else left
    high = min(len(text), end + SIDE)
    right = text[end:high]
    if high < len(text):
        right = right.rsplit(None, 1)[0] if len(right.rsplit(None, 1)) > 1 else ""
    stops = [i for i in (right.find(c) for c in _ENDS) if i >= 0]
    return (left + text[start:end] + right[:min(stops, default=len(right))]).strip().rstrip(".!?").strip()


def with_link_sentences(docs: Sequence, sentences: dict[str, list[str]]) -> list:
    """Index documents with the (plain) sentences that link to each in its ``links`` field
    (a document nothing links to is returned as it is)."""
    out = []
    for doc in docs:
        text = "\n".join(sentences.get(doc.id, ()))
        out.append(replace(doc, fields={**doc.fields, LINKS_FIELD: text}) if text else doc)
    return out
