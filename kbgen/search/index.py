"""Building the search index: one document per article, analysed by the search engine itself.

The index is a set of static files under ``search/`` in the site:

- ``manifest.json``: vocabulary (terms and document frequencies), synonym groups, setting
  overrides, the no-answer model and thresholds, shard and chunk counts;
- ``terms-<n>.json``: postings ``{term: [document, weight, where, ...]}`` (where: 3 in the
  title, keywords or tags, 2 in the summary or headings, 1 only in the body), split
  by term into shards (a word, its synonyms and its phrases share one). Small sites have one
  shard; a large index is split into gzip-compressed shards of about SHARD_BYTES, so a query
  fetches only the few its terms need;
- ``docs-<n>.json``: what a result shows (id, title, URL, summary, service, sections), in chunks.

Article text is turned into terms by ``kbgen-search-engine.js`` (through
:mod:`kbgen.search.runtime`), the code that analyses queries. A weight is BM25 per field (k1
1.2, b 0.75) times the field's boost, summed over the fields and rounded to three decimals.
"""
from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from ..anchors import headings as page_headings, title_line
from ..links import fenced_blocks
from ..memo import PlanMemo, text_digest
from ..model import Article, Corpus
from .format import FORMAT
from .inlinks import LINKS_FIELD, link_sentences, with_link_sentences
from .learn import learned_words, with_learned
from .plaintext import plain_lines, without_addresses
from ..errors import KbgenError
from .runtime import call
from .settings import RERANK_FILE, SearchSettings
from .vocabulary import TOPIC_FIELDS as ACRONYM_FIELDS, learn_acronyms, topic_lines

if TYPE_CHECKING:
    from .postings import TermTable

#: Fields of a document and their boosts.
#: ``links``: what other articles say where they link to it (see :mod:`.inlinks`), weighed like
#: body text (where 1) at 0.7: a second writer's description, in the words of another topic's
#: page, so below the article's own body (on the development sets 1.0 lowered the shared eval
#: set and 0.3-0.5 gained less; README Search, "The thirteenth round").
FIELDS = (("title", 3.0), ("keywords", 4.0), ("summary", 3.0), ("tags", 3.0), ("headings", 1.0),
          ("body", 1.0), ("phrases", 2.0), (LINKS_FIELD, 0.7))
#: The fields' names, in order.
FIELD_NAMES = tuple(name for name, _ in FIELDS)
K1 = 1.2
B = 0.75
#: An index larger than this (JSON bytes, estimated) is split into gzip-compressed shards.
SPLIT_ABOVE = 2_000_000
#: Target size of one shard of a split index (uncompressed JSON bytes, estimated).
SHARD_BYTES = 64_000
#: Bytes a posting takes in a shard (document number, weight, where), for the estimates above.
POSTING_BYTES = 14
#: Results per chunk file: one chunk for small sites, small chunks for large ones.
DOCS_PER_CHUNK = (400, 25)
#: Articles handed to the engine per call when analysing text.
ANALYSE_BATCH = 200

# Every pattern below runs on a writer's text: no nested or unbounded quantifier can backtrack.
_ADMONITION = re.compile(r"^[ \t]*(!!!|\?\?\?\+?)[ \t]*\w+([ \t]+\"[^\"\n]*\")?[ \t]*$")


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
    """Plain text of a Markdown body and its headings as the page shows them (read by the one
    heading reader, :func:`kbgen.anchors.headings`: ATX and setext headings outside code, the
    leading ``# Title`` left out, code spans' text kept); the body text leaves out heading,
    title and fence lines (HTML comments and tags masked out and links made their text over
    the whole body first, see :func:`plain_lines`)."""
    plain = plain_lines(body)
    found = page_headings(body)
    skip = {h.line for h in found} | {title_line(plain)}
    skip |= {h.line + 1 for h in found if h.setext}  # an underline; a '===' after an ATX heading is text
    lines, close = [], -1
    blocks = fenced_blocks(plain)  # the site's fence rule: an unclosed fence is text
    for index, line in enumerate(plain):
        if index in blocks or index == close:  # a fence line itself shows nothing
            close = blocks.get(index, close)
            continue
        if index not in skip and not _ADMONITION.match(line):
            lines.append(without_addresses(line).strip())
    return " ".join(t for t in lines if t), [without_addresses(h.shown) for h in found]


def article_document(article: Article, url: str, service_names: dict[str, str]) -> IndexDocument:
    """The indexed form of one article. Its sections are the page's own: each heading's id
    and text as :func:`kbgen.anchors.headings` gives them (the ids the page carries: written
    ``{#id}``, repeats numbered, code and emphasis read as the page reads them)."""
    body, headings = markdown_text(article.body)
    services = [service_names.get(s, s) for s in article.services]
    fields = {
        "title": article.title, "keywords": "\n".join(article.keywords),
        "summary": article.summary, "tags": "\n".join(list(article.tags) + services),
        "headings": " ".join(headings), "body": body,
        "phrases": "\n".join([article.title, article.summary, *article.keywords, *headings]),
    }
    return IndexDocument(article.id, url, article.title, article.summary,
                         services[0] if services else "", fields,
                         tuple((h.anchor, h.shown) for h in page_headings(article.body)))


def remembered_document(article: Article, url: str, service_names: dict[str, str],
                        memo: PlanMemo | None) -> tuple[IndexDocument, str]:
    """:func:`article_document` and the digest of its fields' text (what its term table is
    kept by, see :func:`analyse_documents`), kept in ``memo`` between builds by the article's
    record: a build does not hash every article's text again to find its table."""
    if memo is None:  # nothing is kept: no digest is needed
        return article_document(article, url, service_names), ""

    def make() -> tuple[IndexDocument, str]:
        doc = article_document(article, url, service_names)
        return doc, _fields_digest(doc, FIELD_NAMES)
    names = [service_names.get(s, s) for s in article.services]
    key = (memo.digest(article), url, *names)
    return memo.get("search document", key, make)


def analyse_documents(docs: list[IndexDocument], memo: PlanMemo | None = None,
                      digests: dict[int, tuple[IndexDocument, str]] | None = None) -> list["TermTable"]:
    """Term counts of every field of every document, from the search engine's analysis
    (``memo``: the tables kept between builds by the fields' text, so one edit analyses one
    document; the memo is dropped when the engine's code changes). ``digests``: by ``id()``,
    documents whose fields' digest is known already (:func:`remembered_document`)."""
    from .postings import TermTable

    names = list(FIELD_NAMES)

    def analyse(indexes: list[int]) -> list[TermTable]:
        out: list[TermTable] = []
        for start in range(0, len(indexes), ANALYSE_BATCH):
            batch = [{name: docs[i].fields.get(name, "") for name in names}
                     for i in indexes[start:start + ANALYSE_BATCH]]
            out += [TermTable.of(found, names) for found in call("analyseDocuments", batch)]
        return out
    if memo is None:
        return analyse(list(range(len(docs))))
    known = digests or {}
    keys = []
    for doc in docs:
        found = known.get(id(doc))
        keys.append((found[1] if found is not None and found[0] is doc and found[1] else _fields_digest(doc, names),))
    return memo.get_many("search term table", keys, analyse)


def _fields_digest(doc: IndexDocument, names: Sequence[str]) -> str:
    """SHA-256 of the text of the named fields (each prefixed by its length: unambiguous)."""
    texts = [doc.fields.get(name, "") for name in names]
    return text_digest("".join(f"{len(text)}:{text}" for text in texts))


def _with_links_digest(digest: str, doc: IndexDocument) -> str:
    """The digest of a document's fields from ``digest`` (its fields without the links field,
    see :func:`remembered_document`) and its links text: the article's own text is not hashed
    again because another article links to it (``''``: nothing is kept)."""
    return _links_digest(digest, doc.fields.get(LINKS_FIELD, ""))


def _links_digest(digest: str, links: str) -> str:
    """:func:`_with_links_digest` of a document whose links field is ``links``."""
    return text_digest(f"{digest}+{LINKS_FIELD}:{len(links)}:{links}") if digest and links else digest


#: The memo keeps the search documents in this many parts (an article's part: a CRC of its id,
#: so it stays in its part when others are added, renamed or deleted), one entry each: what a
#: part holds is read as one value, and a build that changed one article puts one part anew
#: (one memo file written). Per article, a part holds its document, the digest of its fields,
#: the links text it was last given and the digest with it. One entry per article cost ~10,000
#: entry names and look-ups, a document made anew with its links text and that text hashed on
#: every build (~40% of the search index's CPU after one edit at 10,000 articles).
DOCUMENT_PARTS = 64
#: The memo's namespace of those parts (see :func:`_documents_by_part`).
DOCUMENT_PART = "search documents of part"


def _documents_by_part(articles: Sequence[Article], url_of: Callable[[Article], str], service_names: dict[str, str],
                       memo: PlanMemo, sentences: dict[str, list[str]]) -> list[tuple[IndexDocument, str]]:
    """Each article's document with its links field (the sentences linking to it, see
    :func:`~kbgen.search.inlinks.with_link_sentences`) and the digest of its fields
    (:func:`_with_links_digest`), the same as :func:`remembered_document` and
    :func:`~kbgen.search.inlinks.with_link_sentences` give, kept in ``memo`` in
    :data:`DOCUMENT_PARTS` parts. An article is found in its part by its record's digest, its
    URL and its services' names (all a document is made from); a part holding anything else
    (another article's older record, a value of another shape) is put anew with only what this
    build used, so it never grows beyond the site."""
    parts: list[dict | None] = [None] * DOCUMENT_PARTS
    used: list[dict[str, tuple]] = [{} for _ in range(DOCUMENT_PARTS)]
    changed = [False] * DOCUMENT_PARTS
    out = []
    for article in articles:
        url = url_of(article)
        names = [service_names.get(s, s) for s in article.services]
        key = "\0".join((memo.digest(article), url, *names))
        links = "\n".join(sentences.get(article.id, ()))
        part = zlib.crc32(article.id.encode("utf-8", "surrogatepass")) % DOCUMENT_PARTS
        kept = parts[part]
        if kept is None:
            kept = memo.get(DOCUMENT_PART, (str(part),), dict)
            kept = parts[part] = kept if isinstance(kept, dict) else {}
        found = kept.get(key)
        if not (type(found) is tuple and len(found) == 4 and found[2] == links
                and isinstance(found[0], IndexDocument) and isinstance(found[1], str) and isinstance(found[3], str)):
            if type(found) is tuple and len(found) == 4 and isinstance(found[0], IndexDocument) and isinstance(found[1], str):
                doc, digest = found[0], found[1]  # only the links text changed: the document stands
            else:
                doc = article_document(article, url, service_names)
                digest = _fields_digest(doc, FIELD_NAMES)
            found = (doc, digest, links, _links_digest(digest, links))
            changed[part] = True
        used[part][key] = found
        doc = found[0]
        if links:  # as with_link_sentences makes it (a dataclass's replace cost ~10 us a document)
            doc = IndexDocument(doc.id, doc.url, doc.title, doc.summary, doc.service,
                                {**doc.fields, LINKS_FIELD: links}, doc.sections)
        out.append((doc, found[3]))
    for part, kept in enumerate(parts):
        if kept is not None and (changed[part] or len(used[part]) != len(kept)):
            memo.put(DOCUMENT_PART, (str(part),), used[part])
    return out


def breadth(postings, documents: int) -> list[int]:
    """Per document, how many words it holds, how many it names in its title, keywords, tags,
    summary or headings, and how many in its title, keywords or tags (phrase and fault terms
    left out), flat: three numbers a document. The re-scorer (``rescore`` in the engine) tells a
    broad article (an overview naming many things) from a focused one by them."""
    import numpy as np

    word = np.array([not t.startswith("+") and "+" not in t for t in postings.terms], dtype=bool)
    rows = np.repeat(word, np.diff(postings.starts))
    docs, where = postings.documents[rows], postings.where[rows]
    counts = [np.bincount(docs[mask], minlength=documents)
              for mask in (np.ones(len(docs), dtype=bool), where >= 2, where == 3)]
    return np.stack(counts, axis=1).reshape(-1).astype(int).tolist()


class DamagedRescorer(KbgenError):
    """The re-scorer the index would ship names a number the engine does not compute, lists one
    twice, or has a depth or a weight the engine refuses (the engine would rank without it)."""


class SearchIndex:
    """A built index: the manifest, the shards and the result chunks, ready to write."""

    def __init__(self, manifest: dict, shards: list[dict], chunks: list[list]) -> None:
        self.manifest = manifest
        self.shards = shards
        self.chunks = chunks

    @classmethod
    def build(cls, corpus: Corpus, url_of: Callable[[Article], str] | None = None,
              settings: SearchSettings | None = None, memo: PlanMemo | None = None) -> "SearchIndex":
        """Index the published articles of a corpus.

        Args:
            corpus: the loaded project.
            url_of: site-relative URL of an article page (default: kbgen's article URLs).
            settings: search settings (default: read from ``corpus.config.search``).
            memo: what earlier builds analysed (see :func:`analyse_documents`).
        """
        if url_of is None:
            from ..site.urls import article_doc_path, doc_url

            def url_of(article: Article) -> str:
                return doc_url(article_doc_path(article))
        settings = settings or SearchSettings.from_config(corpus.config.search)
        names = {s.id: s.name for s in corpus.config.services}
        if memo is None:
            made = [remembered_document(a, url_of(a), names, memo) for a in corpus.published]
            docs = with_link_sentences([doc for doc, _ in made], link_sentences(corpus))
            digests = None
        else:
            made = _documents_by_part(corpus.published, url_of, names, memo, link_sentences(corpus))
            docs = [doc for doc, _ in made]
            # a learnt word makes a new document; a links field's digest is derived from the rest's
            digests = {id(doc): found for doc, found in zip(docs, made)}
        return cls.from_documents(with_learned(docs, learned_words(corpus)), settings, memo, digests)

    @classmethod
    def from_documents(cls, docs: list[IndexDocument], settings: SearchSettings, memo: PlanMemo | None = None,
                       digests: dict[int, tuple[IndexDocument, str]] | None = None) -> "SearchIndex":
        """Index prepared documents (used by :meth:`build` and the benchmarks; ``digests``: see
        :func:`analyse_documents`)."""
        from .postings import shard_files, weigh

        postings = weigh(analyse_documents(docs, memo, digests), FIELDS, K1, B, NAME_FIELDS, TOPIC_FIELDS, memo)
        synonyms = list(settings.synonyms)
        if settings.learn_acronyms:
            synonyms += _learnt_acronyms(docs, set(postings.terms), memo)
        vocab = [(t, n) for t, n in zip(postings.terms, postings.df.tolist()) if not _is_phrase(t)]
        count = _shard_count(postings.estimated_bytes(POSTING_BYTES))
        split = count > 1
        shards = shard_files(postings, _shards_of(postings.terms, count, synonyms, memo), count,
                             _gzip_dump if split else _dump, memo, "gzip 6" if split else "json")
        per_chunk = DOCS_PER_CHUNK[split]
        manifest = {
            "format": FORMAT, "documents": len(docs), "shards": count, "docsPerChunk": per_chunk,
            "shardFile": "terms-{n}.json" + (".gz" if split else ""), "docsFile": "docs-{n}.json",
            "synonyms": synonyms, "settings": dict(settings.overrides),
            "threshold": settings.threshold_json(), "terms": [t for t, _ in vocab], "df": [n for _, n in vocab],
        }
        if settings.rerank:
            # NaN and infinities (Python's JSON reads them, the engine's cannot) are sent as null
            problem = call("rescorerProblem", json.loads(json.dumps(dict(settings.rerank)),
                                                         parse_constant=lambda _: None))
            if problem:  # the engine would refuse it: a damaged install is said, not shipped unused
                raise DamagedRescorer(f"the search re-scorer (kbgen/search/{RERANK_FILE}) is damaged: {problem}; "
                                      "reinstall kbgen")
            manifest["rerank"] = dict(settings.rerank)
            manifest["breadth"] = breadth(postings, len(docs))
        chunks = [[_result_row(d) for d in docs[i:i + per_chunk]]
                  for i in range(0, len(docs), per_chunk)] or [[]]
        return cls(manifest, shards, chunks)

    def files(self) -> dict[str, bytes]:
        """The index files by site path below ``search/`` (shards of a split index are gzipped)."""
        m = self.manifest
        out = {"search/manifest.json": _dump(m)}
        for number, shard in enumerate(self.shards):
            out["search/" + m["shardFile"].format(n=number)] = shard
        for number, chunk in enumerate(self.chunks):  # small and plain: one step less
            out["search/" + m["docsFile"].format(n=number)] = _dump(chunk)
        return out


class _AskedTerms:
    """The index's terms, recording which terms were asked about and the answers."""

    def __init__(self, terms: set[str]) -> None:
        self.terms = terms
        self.asked: dict[str, bool] = {}

    def __contains__(self, term: object) -> bool:
        found = term in self.terms
        self.asked[str(term)] = found
        return found


def _learnt_acronyms(docs: list[IndexDocument], terms: set[str], memo: PlanMemo | None) -> list[list[str]]:
    """:func:`learn_acronyms` of the documents' topic lines, kept in ``memo`` by the lines.

    It depends on the index's terms only through whether a few candidate acronyms are
    terms, so the memo keeps the answers it asked for beside the result (the last two of
    them): a build whose terms give the same answers gets the same acronyms without
    splitting and counting every article's topic phrases again."""
    if memo is None:
        return learn_acronyms([line for doc in docs for line in topic_lines((doc.fields,))], terms)
    # Kept by the topic fields' texts joined by line ends: the topic lines are that text's
    # non-blank lines (a split of a join is the splits one after another), so it names them;
    # the lines themselves are made only when the acronyms are learnt again (10,000 articles'
    # lines, ~0.1 s of CPU, on every build before).
    key = (text_digest("\n".join([doc.fields.get(name, "") for doc in docs for name in ACRONYM_FIELDS])),)
    kept: list = memo.get("search acronyms", key, list)
    for asked, learnt in kept:
        if all((term in terms) == found for term, found in asked.items()):
            return learnt
    # asked for only now (kept unread by the builds between: see kbgen.memo.SELDOM_ASKED)
    known = memo.get("search topic words of lines", (), dict)
    per_doc = [topic_lines((doc.fields,)) for doc in docs]
    lines = [line for found in per_doc for line in found]
    split, known = _topic_words(per_doc, known)
    memo.put("search topic words of lines", (), known)
    recorder = _AskedTerms(terms)
    learnt = learn_acronyms(lines, recorder, split)  # type: ignore[arg-type]  (only `in` is asked)
    memo.put("search acronyms", key, [(recorder.asked, learnt), *kept[:1]])
    return learnt


def _topic_words(per_doc: list[list[str]], known: dict[str, tuple[tuple[str, ...], ...]]
                 ) -> tuple[list[list[str]], dict[str, tuple[tuple[str, ...], ...]]]:
    """The engine's words of every topic line (each document's lines in turn), and what the
    next build may reuse: by the digest of a document's lines, the words of each of its lines.
    Only documents whose lines are not in ``known`` are split by the engine (a title edit of
    one article at 10,000 splits its 6 lines, not 60,000: ~0.3 s of CPU)."""
    digests = [text_digest("\n".join(found)) for found in per_doc]
    missing = [i for i, digest in enumerate(digests) if digest not in known]
    fresh = iter(call("linesWords", [line for i in missing for line in per_doc[i]]) if missing else ())
    kept = {digest: known[digest] for digest in digests if digest in known}
    for i in missing:
        kept[digests[i]] = tuple(tuple(next(fresh)) for _ in per_doc[i])
    return [list(words) for digest in digests for words in kept[digest]], kept


def _shards_of(terms: list[str], count: int, synonyms: list[list[str]], memo: PlanMemo | None) -> list[int]:
    """The shard of each term (a word, its synonyms and its phrases share one), from the
    engine, which the browser asks the same; in ``memo`` by term for this count and these
    synonyms, so a build asks the engine only about new terms."""
    if count == 1:
        return [0] * len(terms)
    if memo is None:
        return call("assignShards", terms, count, synonyms)
    key = (str(count), text_digest(json.dumps(synonyms, ensure_ascii=False)))
    known: dict[str, int] = memo.get("search shard of term", key, dict)
    missing = [t for t in terms if t not in known]
    if missing:
        known = {**known, **dict(zip(missing, call("assignShards", missing, count, synonyms)))}
        if len(known) > 2 * len(terms):  # terms of deleted or edited articles: keep the memo small
            current = set(terms)
            known = {t: shard for t, shard in known.items() if t in current}
        memo.put("search shard of term", key, known)
    return [known[t] for t in terms]


def _is_phrase(term: str) -> bool:
    """Phrase terms ("desk+phone") and the fault marker ("+fault") are no words."""
    return "+" in term


def _gzip_dump(value: object) -> bytes:
    """JSON, deterministically gzipped (no file name, no time stamp)."""
    import gzip

    return gzip.compress(_dump(value), compresslevel=6, mtime=0)


def _dump(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode("utf-8")


def _result_row(doc: IndexDocument) -> list:
    return [doc.id, doc.title, doc.url, doc.summary, doc.service, [list(s) for s in doc.sections]]


#: Fields that name what an article is about, and fields that describe it: a term's "where"
#: in a posting is 3, 2, or 1 when it is only in the body (mentioned in passing).
NAME_FIELDS = ("title", "keywords", "tags")
TOPIC_FIELDS = ("summary", "headings", "phrases")


def _shard_count(size: int) -> int:
    """One shard, or enough shards of about SHARD_BYTES when the index (``size``, estimated
    JSON bytes) is over SPLIT_ABOVE."""
    return 1 if size <= SPLIT_ABOVE else math.ceil(size / SHARD_BYTES)
