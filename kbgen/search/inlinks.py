"""What other articles say about an article where they link to it (anchor context).

A writer who links from one article to another describes the target in the words of the
article they are writing: "if the laptop asks for a long number before it starts, see
[...]". Those sentences are the site's own second description of the target, in words its
own text may not use: the classic anchor-text evidence of web search, taken from the knowledge
base itself at build time (no word list). Each published article's index document gets a
``links`` field holding the sentences of other published articles that link to it (the
sentence around the link, the link's text among it), weighed like body text at a reduced
boost (``FIELDS`` in :mod:`kbgen.search.index`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from ..content import resolve_link
from ..links import find_links
from ..model import Corpus

#: The index field that holds the sentences of links to an article.
LINKS_FIELD = "links"
#: At most this many characters of a sentence on either side of a link: a long paragraph
#: without full stops gives the words near the link, not the paragraph (and bounds the work
#: per link).
SIDE = 200
#: At most this many linking sentences per article, in the order of the linking articles'
#: ids: a page every article links to (a contact page) does not grow a field of thousands.
MOST = 24
#: What ends a sentence (a full stop, question or exclamation mark before a space) or a line
#: around a link; a full stop inside a word ("page.md", "e.g.") does not. A table row is one
#: "sentence": the cells beside a link (a symptom, a cause) describe what it links to.
_ENDS = (". ", "! ", "? ", "\n")


def link_sentences(corpus: Corpus) -> dict[str, list[str]]:
    """By article id, the sentences of other published articles that link to it, as written
    (Markdown: :func:`with_link_sentences` makes them plain text)."""
    by_slug = {a.slug: a for a in corpus.published}
    out: dict[str, list[str]] = {}
    for article in sorted(corpus.published, key=lambda a: a.id):
        for link in find_links(article.body):
            if link.image or not link.is_relative:
                continue
            target = by_slug.get(resolve_link(article, link.target) or "")
            if target is None or target is article:
                continue
            found = out.setdefault(target.id, [])
            if len(found) < MOST:
                found.append(_sentence(article.body, link.start, link.end))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around offsets ``start``-``end``, at most SIDE characters on
    either side (each character is read once: a bounded scan, no pattern)."""
    low = max(0, start - SIDE)
    begin = max([text.rfind(c, low, start) for c in _ENDS] + [low - 1]) + 1
    high = min(len(text), end + SIDE)
    stops = [i for i in (text.find(c, end, high + 1) for c in _ENDS) if i >= 0]
    return text[begin:min(stops, default=high)].strip()


def with_link_sentences(docs: Sequence, sentences: dict[str, list[str]], plain: Callable[[str], str]) -> list:
    """Index documents with the sentences that link to each, made ``plain`` (link targets,
    addresses and tags dropped), in its ``links`` field."""
    out = []
    for doc in docs:
        found = sentences.get(doc.id)
        text = "\n".join(plain(sentence) for sentence in found) if found else ""
        out.append(replace(doc, fields={**doc.fields, LINKS_FIELD: text}) if text else doc)
    return out

