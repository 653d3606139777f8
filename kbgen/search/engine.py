"""Searching a built index: the CLI's and the library's side of what the browser does.

:class:`SearchEngine` reads the files :class:`~kbgen.search.index.SearchIndex` writes (from a
built site or from memory), analyses a query with :mod:`kbgen.search.analysis` and scores it
the way lunr.js 2.3.9 does (``lunr.Index.prototype.query``): per field, the dot product of
the query vector (summed clause boosts) with the document's field vector, divided by the
query vector's length; fields added up. The result is then multiplied by the query's
*coverage* (the weighted share of query words the article answers) to a power, rounded to
four decimals, and sorted by score, then document number. ``kbgen-search.js`` does the same.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from .analysis import Settings, Slot, Synonyms, Vocabulary, analyse_query, query_boosts

INDEX_DIR = "search"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Result:
    """One search result.

    Attributes:
        id: article id.
        title: article title.
        url: site-relative URL of the article page.
        summary: the article summary.
        service: display name of the article's first service.
        score: the ranking score (higher is better).
        coverage: share of the query the article answers (0-1).
        weak: true when the best result is below the no-good-answer threshold.
    """

    id: str
    title: str
    url: str
    summary: str
    service: str
    score: float
    coverage: float
    weak: bool

    def to_json(self) -> dict:
        """The result as printed by ``kbgen search --json``."""
        return {"id": self.id, "title": self.title, "url": self.url, "summary": self.summary,
                "score": self.score}


def round4(value: float) -> float:
    """Round half up to 4 decimals (JavaScript's ``Math.round(x * 1e4) / 1e4``)."""
    return math.floor(value * 10000 + 0.5) / 10000


class SearchEngine:
    """Answers queries over one built index (see the module docstring)."""

    def __init__(self, read: Callable[[str], bytes]) -> None:
        """Create an engine over index files; ``read(name)`` returns ``search/<name>``."""
        self._read = read
        self.manifest = m = self._json(MANIFEST)
        self.vocab = Vocabulary(m["terms"], m["df"], m["documents"])
        self.synonyms = Synonyms(m["synonyms"])
        self.stop_words = frozenset(m["stopWords"])
        self.symptom_words = frozenset(m["symptomWords"])
        self.settings = Settings(**{_snake(k): v for k, v in m["settings"].items()})
        self.threshold = m["threshold"]
        self._shards: dict[int, dict[int, list[tuple[int, float]]]] = {}
        self._chunks: dict[int, list] = {}
        self._keys: dict[str, str] | None = None

    @classmethod
    def from_corpus(cls, corpus) -> "SearchEngine":
        """An engine over an index built in memory from a loaded corpus."""
        from .index import SearchIndex

        return cls.load(SearchIndex.build(corpus).files())

    @classmethod
    def load(cls, source: str | Path | Mapping[str, bytes]) -> "SearchEngine":
        """An engine over a site folder, its ``search/`` folder, or a mapping of site files."""
        if isinstance(source, Mapping):
            files = source
            return cls(lambda name: files[f"{INDEX_DIR}/{name}"])
        folder = Path(source)
        if (folder / INDEX_DIR / MANIFEST).is_file():
            folder = folder / INDEX_DIR
        return cls(lambda name: (folder / name).read_bytes())

    def _json(self, name: str):
        data = self._read(name)
        if data[:2] == b"\x1f\x8b":
            import gzip

            data = gzip.decompress(data)
        return json.loads(data)

    def analyse(self, query: str) -> list[Slot]:
        """The slots of a query (see :func:`kbgen.search.analysis.analyse_query`)."""
        return analyse_query(query, self.vocab, self.synonyms, self.stop_words, self.settings,
                             self.symptom_words)

    def search(self, query: str, limit: int = 10) -> list[Result]:
        """The best articles for a query, best first; all marked ``weak`` below the threshold."""
        slots = self.analyse(query)
        scored = self._score(slots)
        if not scored:
            return []
        best_score, best_coverage = scored[0][1], scored[0][2]
        weak = (best_coverage < self.threshold["minCoverage"]
                or best_score < self.threshold["minScore"])
        return [self._result(ref, score, coverage, weak) for ref, score, coverage in scored[:limit]]

    def _score(self, slots: list[Slot]) -> list[tuple[int, float, float]]:
        boosts = query_boosts(slots, self.vocab)
        postings = {term: self._postings(term) for term in boosts}
        boosts = {term: boost for term, boost in boosts.items() if postings[term] is not None}
        if not boosts:
            return []
        norm = math.sqrt(sum(b * b for b in boosts.values()))
        raw: dict[int, float] = defaultdict(float)
        matched: dict[int, set[str]] = defaultdict(set)
        for term, boost in boosts.items():
            for doc, weight in postings[term]:
                raw[doc] += boost * weight / norm
                matched[doc].add(term)
        total = sum(slot.weight for slot in slots)
        power = self.threshold["coveragePower"]
        out = []
        for doc, score in raw.items():
            coverage = _coverage(slots, matched[doc], total)
            out.append((doc, round4(score * coverage ** power), round4(coverage)))
        out.sort(key=lambda item: (-item[1], item[0]))
        return out

    def _postings(self, term: str) -> list[tuple[int, float]] | None:
        """(document, weight) pairs of a term, None when the index does not have it."""
        from .index import shard_of

        if self._keys is None:
            from .index import shard_keys

            self._keys = shard_keys(self.synonyms)
        shard = shard_of(term, self.manifest["shards"], self._keys)
        if shard not in self._shards:
            name = self.manifest["shardFile"].format(n=shard)
            self._shards[shard] = _load_shard(self._json(name))
        return self._shards[shard].get(term)

    def _result(self, ref: int, score: float, coverage: float, weak: bool) -> Result:
        per_chunk = self.manifest["docsPerChunk"]
        chunk = ref // per_chunk
        if chunk not in self._chunks:
            self._chunks[chunk] = self._json(self.manifest["docsFile"].format(n=chunk))
        doc_id, title, url, summary, service, _sections = self._chunks[chunk][ref % per_chunk]
        return Result(doc_id, title, url, summary, service, score, coverage, weak)


def _coverage(slots: list[Slot], matched: set[str], total: float) -> float:
    """Weighted share of slots answered by a document (best credit per slot)."""
    if total <= 0:
        return 0.0
    answered = 0.0
    for slot in slots:
        credit = max((c.credit for c in slot.clauses if c.term in matched), default=0.0)
        answered += slot.weight * credit
    return answered / total


def _load_shard(shard: dict) -> dict[str, list[tuple[int, float]]]:
    """term -> [(document number, weight)] summed over fields, from a lunr shard."""
    postings: dict[int, dict[int, float]] = defaultdict(dict)
    for ref, elements in shard["fieldVectors"]:
        doc = int(ref.partition("/")[2])
        for i in range(0, len(elements), 2):
            entry = postings[elements[i]]
            entry[doc] = entry.get(doc, 0.0) + elements[i + 1]
    return {term: sorted(postings[posting["_index"]].items()) for term, posting in shard["invertedIndex"]}


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def open_engine(project: Path, site: Path | None = None) -> SearchEngine:
    """The engine the site of a project uses: the built index in ``site`` (default
    ``<project>/site``) when there is one, else an index built in memory from the project.

    Raises:
        ValidationFailed: the project has errors (only when building in memory).
    """
    site = site or project / "site"
    if (site / INDEX_DIR / MANIFEST).is_file():
        try:
            return SearchEngine.load(site)
        except (KeyError, TypeError, ValueError, OSError):
            pass  # an index from another kbgen version, or damaged: build one from the project
    from ..build import load_valid_corpus

    corpus, _ = load_valid_corpus(project)
    return SearchEngine.from_corpus(corpus)
