"""Building the search index: one document per article, written in lunr.js 2.3.9's format.

The index is a set of static files under ``search/`` in the site:

- ``manifest.json``: fields, vocabulary (terms and document frequencies), stop words,
  synonym groups, analysis settings, the no-answer threshold, shard and chunk counts;
- ``lunr-<n>.json``: the index itself, split by term into shards. Every shard is a complete
  serialised lunr index (``lunr.Index.load`` accepts it) holding some of the terms; term
  numbers are global, so merging the shards a query needs gives the same scores as one big
  index. Small sites have a single shard;
- ``docs-<n>.json``: what a result shows (id, title, URL, summary, service), in chunks.

Weights are lunr's BM25 (k1 1.2, b 0.75 per field) times the field boost, rounded to three
decimals as lunr does; they are computed here directly, which is much faster than lunr.py.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable

from ..model import Article, Corpus
from .analysis import (PHRASE_JOINER, STOP_WORDS, SYMPTOM_TERM, SYMPTOM_TITLE_WORDS, SYMPTOM_WORDS,
                       Synonyms, index_terms, phrase_terms, words)
from .settings import SearchSettings

LUNR_VERSION = "2.3.9"
#: Fields of a document and their boosts.
FIELDS = (("title", 3.0), ("keywords", 4.0), ("summary", 3.0), ("tags", 3.0), ("headings", 1.0),
          ("body", 1.0), ("phrases", 2.0))
K1 = 1.2
B = 0.75
#: An index larger than this (JSON bytes) is split into gzip-compressed shards.
SPLIT_ABOVE = 2_000_000
#: Target size of one shard of a split index (uncompressed JSON bytes).
SHARD_BYTES = 64_000
#: Results per chunk file: one chunk for small sites, small chunks for large ones.
DOCS_PER_CHUNK = (400, 25)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"(https?://|www\.)\S+")
_HTML = re.compile(r"<[^>]+>")
_ADMONITION = re.compile(r"^\s*(!!!|\?\?\?\+?)\s*\w+(\s+\"[^\"]*\")?\s*$")


@dataclass(frozen=True)
class IndexDocument:
    """What is indexed and shown for one article.

    Attributes:
        id: the article id.
        url: site-relative URL of the article page.
        title: the article title.
        summary: its one-sentence summary.
        service: display name of its first service ('' if none).
        fields: text of each indexed field.
        sections: (anchor, heading) of each section, for deep links.
    """

    id: str
    url: str
    title: str
    summary: str
    service: str
    fields: dict[str, str]
    sections: tuple[tuple[str, str], ...] = ()


def markdown_text(body: str) -> tuple[str, list[str]]:
    """Plain text of a Markdown body and its headings (the first H1, the title, dropped)."""
    lines, headings, in_fence, seen_h1 = [], [], False, False
    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        heading = _HEADING.match(line) if not in_fence else None
        if heading:
            if heading.group(1) == "#" and not seen_h1:
                seen_h1 = True
                continue
            headings.append(_plain(heading.group(2)))
        elif not _ADMONITION.match(line):
            lines.append(_plain(line))
    return " ".join(t for t in lines if t), headings


def _plain(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    return _HTML.sub(" ", _URL.sub(" ", text)).strip()


def _anchor(heading: str) -> str:
    """The id Python-Markdown's toc extension gives a heading (its default ``slugify``)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", heading).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", text).strip().lower())


def article_document(article: Article, url: str, service_names: dict[str, str]) -> IndexDocument:
    """The indexed form of one article."""
    body, headings = markdown_text(article.body)
    services = [service_names.get(s, s) for s in article.services]
    fields = {
        "title": article.title, "keywords": " ".join(article.keywords),
        "summary": article.summary, "tags": " ".join(list(article.tags) + services),
        "headings": " ".join(headings), "body": body,
        "phrases": "\n".join([article.title, article.summary, *article.keywords, *headings]),
    }
    return IndexDocument(article.id, url, article.title, article.summary,
                         services[0] if services else "", fields,
                         tuple((_anchor(h), h) for h in headings))


def _field_terms(name: str, text: str, stop_words: frozenset[str]) -> list[str]:
    return phrase_terms(text, stop_words) if name == "phrases" else index_terms(text, stop_words)


def shard_keys(synonyms: Synonyms) -> dict[str, str]:
    """Terms of a synonym group share a shard key (the group's first term), so a word and its
    synonyms are usually fetched in one file."""
    keys: dict[str, str] = {}
    for group in synonyms.groups:
        for phrase in group:
            for member in phrase:
                keys.setdefault(member, group[0][0])
    return keys


def shard_of(term: str, shards: int, keys: dict[str, str] | None = None) -> int:
    """The shard holding a term: FNV-1a (32 bit) of the code points of its key, modulo the
    shard count. The key is the term, its synonym group's key (:func:`shard_keys`), or for a
    phrase term that of its first word ("desk+phone" lives with "desk")."""
    base = term.split(PHRASE_JOINER)[0]
    h = 0x811C9DC5
    for char in (keys or {}).get(base, base):
        h ^= ord(char)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h % shards


class SearchIndex:
    """A built index: the manifest, the lunr shards and the result chunks, ready to write."""

    def __init__(self, manifest: dict, shards: list[dict], chunks: list[list]) -> None:
        self.manifest = manifest
        self.shards = shards
        self.chunks = chunks

    @classmethod
    def build(cls, corpus: Corpus, url_of: Callable[[Article], str] | None = None,
              settings: SearchSettings | None = None) -> "SearchIndex":
        """Index the published articles of a corpus.

        Args:
            corpus: the loaded project.
            url_of: site-relative URL of an article page (default: kbgen's article URLs).
            settings: search settings (default: read from ``corpus.config.search``).
        """
        if url_of is None:
            from ..site.urls import article_doc_path, doc_url

            def url_of(article: Article) -> str:
                return doc_url(article_doc_path(article))
        settings = settings or SearchSettings.from_config(corpus.config.search)
        names = {s.id: s.name for s in corpus.config.services}
        docs = [article_document(a, url_of(a), names) for a in corpus.published]
        return cls.from_documents(docs, settings)

    @classmethod
    def from_documents(cls, docs: list[IndexDocument], settings: SearchSettings) -> "SearchIndex":
        """Index prepared documents (used by :meth:`build` and the benchmarks)."""
        stop_words = frozenset(STOP_WORDS)
        field_terms = [{name: Counter(_field_terms(name, doc.fields.get(name, ""), stop_words))
                        for name, _ in FIELDS} for doc in docs]
        for doc, fields in zip(docs, field_terms):  # "VPN won't connect" is about a fault
            if SYMPTOM_TITLE_WORDS.intersection(words(doc.fields.get("title", ""))):
                fields["phrases"][SYMPTOM_TERM] += 1
        terms = {t for fields in field_terms for counts in fields.values() for t in counts}
        vocab = sorted(t for t in terms if PHRASE_JOINER not in t)
        phrases = sorted(t for t in terms if PHRASE_JOINER in t)
        df = _document_frequencies(field_terms)
        weights = _weights(field_terms, df, len(docs))
        shards = _shards(vocab + phrases, weights, shard_keys(Synonyms(settings.synonyms)))
        split = len(shards) > 1
        per_chunk = DOCS_PER_CHUNK[split]
        suffix = ".json.gz" if split else ".json"
        manifest = {
            "format": 1, "lunr": LUNR_VERSION, "fields": [name for name, _ in FIELDS],
            "documents": len(docs), "shards": len(shards), "docsPerChunk": per_chunk,
            "shardFile": "lunr-{n}" + suffix, "docsFile": "docs-{n}.json",
            "stopWords": sorted(stop_words), "symptomWords": list(SYMPTOM_WORDS),
            "synonyms": settings.synonyms,
            "settings": settings.analysis.to_json(), "threshold": settings.threshold_json(),
        }
        manifest.update({"terms": vocab, "df": [df[t] for t in vocab]})
        chunks = [[_result_row(d) for d in docs[i:i + per_chunk]]
                  for i in range(0, len(docs), per_chunk)] or [[]]
        return cls(manifest, shards, chunks)

    def files(self) -> dict[str, bytes]:
        """The index files by site path below ``search/`` (shards of a split index are gzipped)."""
        m = self.manifest
        pack = _gzip if m["shardFile"].endswith(".gz") else (lambda data: data)
        out = {"search/manifest.json": _dump(m)}
        for number, shard in enumerate(self.shards):
            out["search/" + m["shardFile"].format(n=number)] = pack(_dump(shard))
        for number, chunk in enumerate(self.chunks):  # small and plain: one step less
            out["search/" + m["docsFile"].format(n=number)] = _dump(chunk)
        return out


def _gzip(data: bytes) -> bytes:
    """Deterministic gzip (no file name, no time stamp)."""
    import gzip

    return gzip.compress(data, compresslevel=6, mtime=0)


def _dump(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _result_row(doc: IndexDocument) -> list:
    return [doc.id, doc.title, doc.url, doc.summary, doc.service, [list(s) for s in doc.sections]]


def _document_frequencies(field_terms: list[dict[str, Counter]]) -> Counter:
    df: Counter = Counter()
    for fields in field_terms:
        df.update(set().union(*fields.values()))
    return df


def _weights(field_terms: list[dict[str, Counter]], df: Counter,
             documents: int) -> dict[str, dict[str, list[tuple[int, float]]]]:
    """term -> field -> [(document number, weight)], lunr's BM25 with field boosts."""
    lengths = {name: [sum(f[name].values()) for f in field_terms] for name, _ in FIELDS}
    average = {name: (sum(v) / len(v) if v and sum(v) else 1.0) for name, v in lengths.items()}
    idf = {t: math.log(1 + abs((documents - n + 0.5) / (n + 0.5))) for t, n in df.items()}
    out: dict[str, dict[str, list[tuple[int, float]]]] = defaultdict(lambda: defaultdict(list))
    for number, fields in enumerate(field_terms):
        for name, boost in FIELDS:
            norm = K1 * (1 - B + B * lengths[name][number] / average[name])
            for term, tf in fields[name].items():
                score = idf[term] * (K1 + 1) * tf / (norm + tf) * boost
                out[term][name].append((number, round(score * 1000) / 1000))
    return out


def _shards(vocab: list[str], weights: dict, keys: dict[str, str]) -> list[dict]:
    """The index as one serialised lunr index, or split by term into shards of about
    SHARD_BYTES when larger than SPLIT_ABOVE (estimated at 30 bytes per posting)."""
    postings = sum(len(p) for t in vocab for p in weights[t].values())
    size = postings * 30 + len(vocab) * len(FIELDS) * 12
    count = 1 if size <= SPLIT_ABOVE else math.ceil(size / SHARD_BYTES)
    groups: list[list[int]] = [[] for _ in range(count)]
    for number, term in enumerate(vocab):
        groups[shard_of(term, count, keys)].append(number)
    return [_lunr_index([(n, vocab[n]) for n in group], weights) for group in groups]


def _lunr_index(terms: Iterable[tuple[int, str]], weights: dict) -> dict:
    """A serialised lunr index over some terms (term numbers are global)."""
    inverted, vectors = [], defaultdict(list)
    for number, term in terms:
        posting: dict = {"_index": number}
        for name, _ in FIELDS:
            entries = weights[term].get(name, [])
            posting[name] = {str(doc): {} for doc, _ in entries}
            for doc, weight in entries:
                vectors[(name, doc)].extend((number, weight))
        inverted.append([term, posting])
    inverted.sort(key=lambda entry: entry[0])  # lunr.Index.load inserts terms in sorted order
    field_vectors = [[f"{name}/{doc}", vectors[(name, doc)]]
                     for name, doc in sorted(vectors, key=lambda k: (k[1], k[0]))]
    return {"version": LUNR_VERSION, "fields": [name for name, _ in FIELDS],
            "fieldVectors": field_vectors, "invertedIndex": inverted, "pipeline": []}
