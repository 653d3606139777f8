"""Searching a built index from Python: the CLI's and the library's side of the site's search.

:class:`SearchEngine` reads the files :class:`~kbgen.search.index.SearchIndex` writes (from a
built site or from memory) and hands them to the JavaScript engine the browser runs
(:mod:`kbgen.search.runtime`): the query is analysed and ranked there, so the results and
scores are the site's. Python only reads files and looks up what a result shows.
"""
from __future__ import annotations

import json
import weakref
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from py_mini_racer import JSEvalException

from ..errors import KbgenError
from ..json_bounds import too_many_values
from .format import FORMAT
from .runtime import call, discard

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


#: Largest index file read, in bytes, compressed or once decompressed: the writer splits an index
#: over :data:`~kbgen.search.index.SPLIT_ABOVE` (2 MB) into shards, so at 10,000 articles the
#: manifest is ~115 KB and the largest file a ~435 KB shard (16 MiB leaves more than 30x room); a
#: site built by someone else may hold a gzip bomb (a few KB that decompress to gigabytes) or a
#: file of millions of tiny values, and this bound is what keeps the memory spent on it bounded.
MAX_INDEX_FILE = 16 * 2 ** 20

#: Most JSON values (counted as commas, brackets and braces outside strings:
#: :func:`kbgen.json_bounds.too_many_values`) in one index file:
#: 16 MiB of ``{},`` built ~380 MB of empty objects, while the largest file of a 10,000-article
#: index (a ~435 KB shard) holds ~100,000 values (20x room); at this bound a file of the costliest
#: values takes ~220 MB to read (measured: ``{"":{"":[]}},`` repeated up to the bound, 216 MiB;
#: ``{"":[]},`` 166 MiB; ``{},`` far less), bounded whatever the file holds.
MAX_INDEX_VALUES = MAX_INDEX_FILE // 8


def read_index_text(data: bytes, name: str) -> str:
    """The text of an index file as read (gzip-compressed or not), decompressed no further than
    :data:`MAX_INDEX_FILE`.

    Raises:
        ValueError: larger than that, a damaged or truncated gzip stream, or no UTF-8 text.
    """
    too_large = (f"search/{name} is larger than {MAX_INDEX_FILE // 2 ** 20} MiB once decompressed; "
                 "no index kbgen writes is")
    if data[:2] == b"\x1f\x8b":
        inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            data = inflate.decompress(data, MAX_INDEX_FILE + 1)
        except zlib.error as error:
            raise ValueError(f"search/{name} is no gzip stream ({error})") from None
        if len(data) > MAX_INDEX_FILE or inflate.unconsumed_tail:
            raise ValueError(too_large)
        if not inflate.eof:  # no gzip trailer: a copy cut short, its checksum never checked
            raise ValueError(f"search/{name} is a truncated gzip stream (its end is missing)")
    if len(data) > MAX_INDEX_FILE:
        raise ValueError(too_large)
    return data.decode("utf-8")


def _read_file(path: Path) -> bytes:
    """The bytes of an index file, no more than :data:`MAX_INDEX_FILE` and one (a larger file is
    refused by :func:`read_index_text` without being read whole); only a regular file (a pipe
    or a device named like an index file would wait or never end).

    Raises:
        OSError: no regular file at ``path``.
    """
    if not path.is_file():
        raise FileNotFoundError(f"{path.name} is not a file")
    with path.open("rb") as stream:
        return stream.read(MAX_INDEX_FILE + 1)


class SearchEngine:
    """Answers queries over one built index (see the module docstring)."""

    def __init__(self, read: Callable[[str], bytes]) -> None:
        """Create an engine over index files; ``read(name)`` returns ``search/<name>``.

        Raises:
            ValueError: the files are not an index of this kbgen version.
        """
        self._read = read
        self.manifest = m = self._json(MANIFEST)
        if not isinstance(m, dict) or m.get("format") != FORMAT:
            raise ValueError("not a search index of this kbgen version")
        self.threshold = m["threshold"]
        try:
            self._id = call("open", m)
        except JSEvalException as error:  # a manifest of another shape: the runtime fails on it
            raise ValueError(f"search/{MANIFEST} is no search index ({error})") from None
        self._chunks: dict[int, list] = {}
        weakref.finalize(self, _close, self._id)

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
        return cls(lambda name: _read_file(folder / name))

    def _json(self, name: str) -> Any:
        """The JSON of the index file ``name`` (see :meth:`_parsed`)."""
        return self._parsed(name)[1]

    def _parsed(self, name: str) -> tuple[str, Any]:
        """The text of the index file ``name`` (:func:`read_index_text`) and its JSON, refused
        before it is parsed when it holds more than :data:`MAX_INDEX_VALUES` values (a file of
        millions of empty objects is not built in memory).

        Raises:
            ValueError: the file is damaged, too large once decompressed, holds too many values
                or is nested too deeply.
            OSError, KeyError: the file cannot be read.
        """
        text = read_index_text(self._read(name), name)
        if too_many_values(text, MAX_INDEX_VALUES):
            raise ValueError(f"search/{name} holds more than {MAX_INDEX_VALUES:,} JSON values; "
                             "no index kbgen writes does")
        try:
            return text, json.loads(text)
        except RecursionError:  # nested 100,000 deep: no index kbgen writes (it was "a bug in kbgen")
            raise ValueError(f"search/{name} is nested too deeply to be a search index") from None

    def settings(self) -> dict[str, Any]:
        """The settings the engine ranks with: its DEFAULTS with the index's overrides."""
        return call("settings", self._id)

    def analyse(self, query: str) -> list[dict]:
        """The slots of a query: ``{"text", "weight", "clauses": [{"term", "boost", "credit"}]}``."""
        return call("analyse", self._id, query)

    def search(self, query: str, limit: int = 10) -> list[Result]:
        """The best articles for a query, best first; all marked ``weak`` below the threshold."""
        ranked = self._rank(query, limit)
        return [self._result(ref, score, coverage, ranked["weak"])
                for ref, score, coverage in ranked["scored"]]

    def evidence(self, query: str) -> dict[str, float] | None:
        """The no-answer evidence of a query's best result (see ``evidenceOf`` in the engine),
        None when nothing matches; the benchmarks fit the no-answer model on it."""
        return self._rank(query, 10)["evidence"]

    def _rank(self, query: str, limit: int) -> dict:
        """The engine's ranking of ``query``, the shards it needs loaded first.

        Raises:
            KbgenError: the index is damaged (a file the runtime fails on, though of the
                expected shape: an out-of-range value, say).
        """
        try:
            for shard in call("shardsFor", self._id, query):
                call("addShard", self._id, shard, self._shard_text(shard))
            return call("rank", self._id, query, limit)
        except JSEvalException as error:
            raise KbgenError(f"search/{MANIFEST}: the search index is damaged ({str(error)[:200]}); "
                             "rebuild the site with kbgen build") from None

    def _shard_text(self, shard: int) -> str:
        """The JSON text of a shard file (the runtime parses it; read and checked as :meth:`_json`).

        Raises:
            KbgenError: the file is missing or damaged (the site must be rebuilt).
        """
        name = self.manifest["shardFile"].format(n=shard)
        try:
            text, parsed = self._parsed(name)
            _check_shard(parsed)
            return text
        except (OSError, KeyError, ValueError) as error:
            raise KbgenError(f"search/{name}: the search index is damaged ({error}); "
                             "rebuild the site with kbgen build") from None

    def _result(self, ref: int, score: float, coverage: float, weak: bool) -> Result:
        per_chunk = self.manifest["docsPerChunk"]
        chunk = ref // per_chunk
        name = self.manifest["docsFile"].format(n=chunk)
        try:
            if chunk not in self._chunks:
                self._chunks[chunk] = self._json(name)
            doc_id, title, url, summary, service, _sections = self._chunks[chunk][ref % per_chunk]
        except (OSError, LookupError, EOFError, TypeError, ValueError) as error:  # a truncated or foreign file
            raise KbgenError(f"search/{name}: the search index is damaged ({error}); "
                             "rebuild the site with kbgen build") from None
        return Result(doc_id, title, url, summary, service, score, coverage, weak)


def _check_shard(shard: Any) -> None:
    """Check the shape of a parsed shard as the engine takes it, ``{term: [document, weight,
    where, ...]}``: a foreign shape (a list of objects, say) would fail inside the runtime as an
    unexpected error, or hold it for minutes.

    Raises:
        ValueError: another shape.
    """
    if not isinstance(shard, dict):
        raise ValueError("a shard is no JSON object")
    for term, postings in shard.items():
        if not (isinstance(postings, list) and len(postings) % 3 == 0
                and all(type(value) in (int, float) for value in postings)):
            raise ValueError(f"the postings of {term[:40]!r} are no list of number triples")


def _close(engine_id: int) -> None:
    """Free an engine's data in the JavaScript runtime, at its next call: this runs as a
    finalizer, possibly in the middle of another call (see :func:`runtime.discard`)."""
    discard(engine_id)


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
