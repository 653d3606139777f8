"""The index's global part, in arrays: BM25 weights of every (article, term) and the shards.

Each weight depends on the average length of each field over all articles (rounded to
:data:`AVERAGE_DIGITS` significant digits, so that one edit among many seldom moves it) and on
each term's document frequency, so one edit may change any of them and every weight is worked
out again on every build. That is done with numpy over one row per (article, term), with
the same floating-point operations, in the same order, as a loop over the articles would do
(a weight is the same double to the last bit; rounding to three decimals is Python's
``round``), so the files are byte-identical to a build without arrays. What one edit does
not change is kept in the plan memo: each article's term counts (:class:`TermTable`, from
the analysis), the shard of each term, and each shard's file by a digest of its postings,
so a shard whose postings are unchanged is not serialised or compressed again.

numpy is imported here only: reading an index (``kbgen search``) never loads it.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from itertools import chain
from typing import Callable, Sequence

import numpy as np

from ..memo import PlanMemo

#: How close (in thousandths) a weight may come to halfway between two rounded values before
#: it is rounded by Python's ``round`` itself rather than from its product with 1,000 (the
#: product may be off by an ulp, which only matters next to a tie).
NEAR_TIE = 1e-6
#: The array type of a term table's counts by their width in bytes (little-endian unsigned).
COUNT_TYPES = {1: "<u1", 2: "<u2", 4: "<u4"}
#: Significant digits of a field's average length (BM25's length normalisation divides each
#: article's field length by it). The average only sets the scale against which an article is
#: long or short: rounded to three digits it is off by at most 0.5% (half a unit of the third
#: digit), which changes most postings' thousandths a little (ranking measured equal on every
#: query set but one near tie); unrounded, a title gaining one
#: word moved every title weight a little and about a fifth of the compressed shards changed
#: (0.7 s of CPU to write them again at 10,000 articles). Rounded, one article's edit moves the
#: average only when it crosses a rounding boundary (about one edit in a hundred at 10,000
#: articles, one in ten at 1,000).
AVERAGE_DIGITS = 3


@dataclass(frozen=True)
class TermTable:
    """One article's analysed terms, compact enough to keep for every article.

    Attributes:
        text: the article's distinct terms, sorted, one a line (a term never holds a line
            break: the engine's tokens are letters, digits, marks and hyphens, and a phrase
            joins tokens with spaces). One text, not a tuple: 10,000 tables of ~100 terms read
            back from the memo as a million strings took ~0.12 s of every build.
        counts: one row per term and one column per field, its count there: unsigned
            integers of ``width`` bytes (1, 2 or 4: the smallest that holds the largest count).
        lengths: number of terms in each field (the sum of its column).
        width: bytes of one count.
    """

    text: str
    counts: bytes
    lengths: tuple[int, ...]
    width: int = 1

    @classmethod
    def of(cls, analysed: dict[str, dict[str, int]], fields: Sequence[str]) -> "TermTable":
        """The table of one article's analysis ``{field: {term: count}}``.

        Raises:
            ValueError: a term holds a line break (the analyser never makes one).
        """
        terms = tuple(sorted(set(chain.from_iterable(analysed.get(f, {}) for f in fields))))
        if any("\n" in term for term in terms):
            raise ValueError("a search term holds a line break")
        row = {t: i for i, t in enumerate(terms)}
        columns = []
        for name in fields:
            column = [0] * len(terms)
            for term, count in analysed.get(name, {}).items():
                column[row[term]] = count
            columns.append(column)
        largest = max((max(c) for c in columns if c), default=0)
        width = 1 if largest < 1 << 8 else 2 if largest < 1 << 16 else 4
        counts = np.array(columns, dtype=COUNT_TYPES[width]).reshape(len(fields), len(terms)).T
        return cls("\n".join(terms), np.ascontiguousarray(counts).tobytes(), tuple(sum(c) for c in columns), width)

    @property
    def terms(self) -> list[str]:
        """The terms, sorted."""
        return self.text.split("\n") if self.text else []

    @property
    def size(self) -> int:
        """The number of terms."""
        return self.text.count("\n") + 1 if self.text else 0

    def array(self, fields: int) -> np.ndarray:
        """The counts as an int64 array of ``fields`` columns."""
        return np.frombuffer(self.counts, dtype=COUNT_TYPES[self.width]).reshape(self.size, fields).astype(np.int64)


@dataclass(frozen=True)
class Postings:
    """Every posting, grouped by term (terms sorted) and by document within a term.

    Attributes:
        terms: every term of the index, sorted.
        df: document frequency of each term.
        starts: row where each term's postings start (one more entry: the end).
        documents: document number of each row.
        thousandths: weight of each row in thousandths (the weight is this / 1000).
        where: 3 named in the title, keywords or tags, 2 in the summary, headings or phrases,
            1 only in the body.
    """

    terms: list[str]
    df: np.ndarray
    starts: np.ndarray
    documents: np.ndarray
    thousandths: np.ndarray
    where: np.ndarray

    def estimated_bytes(self, posting_bytes: int) -> int:
        """The JSON size estimate a shard count is chosen by: ``posting_bytes`` a posting
        and the term's length plus 4."""
        return len(self.documents) * posting_bytes + sum(len(t) + 4 for t in self.terms)


def weigh(tables: Sequence[TermTable], fields: Sequence[tuple[str, float]], k1: float, b: float,
          name_fields: Sequence[str], topic_fields: Sequence[str], memo: PlanMemo | None = None) -> Postings:
    """BM25 per field (``k1``, ``b``) times the field's boost, summed over the fields and
    rounded to three decimals, for every term of every document (``tables`` in document
    order); ``where`` is 3 for a term in ``name_fields``, 2 in ``topic_fields``, else 1.
    ``memo``: where the numbering of every table's terms is kept between builds (see
    :func:`numbered_terms`)."""
    names = [name for name, _ in fields]
    sizes = np.array([t.size for t in tables], dtype=np.int64)
    counts = _counts(tables, len(names), sizes)
    terms, term_of = numbered_terms(tables, sizes, memo)
    document_of = np.repeat(np.arange(len(tables), dtype=np.int64), sizes)
    df = np.bincount(term_of, minlength=len(terms))
    weights = _weights(counts, term_of, document_of, df, tables, fields, k1, b)
    where = _where(counts, names, name_fields, topic_fields)
    order = _stable_order(term_of, len(terms))  # rows are in document order: stays so per term
    starts = np.concatenate([[0], np.cumsum(df)]).astype(np.int64)
    return Postings(terms, df, starts, document_of[order], _thousandths(weights[order]), where[order])


#: The memo's namespace of the kept term numbering (see :func:`numbered_terms`).
NUMBERING = "search term numbering"
#: Bytes of the digest that names a table's terms in the kept numbering (BLAKE2b: a collision
#: of 128-bit digests among a site's tables is out of reach).
TERMS_DIGEST_BYTES = 16
#: The kept numbering starts afresh when it holds more than twice the index's terms and this
#: many more (terms of edited or deleted articles pile up in it otherwise).
NUMBERING_SLACK = 1_000
#: When more than one table in this many is new (a clean build, a new site, a change of the
#: analysis), the numbering is made afresh in one pass, cheaper than adding each new table's
#: terms one by one.
NEW_TABLES_AFRESH = 4


def numbered_terms(tables: Sequence[TermTable], sizes: np.ndarray,
                   memo: PlanMemo | None = None) -> tuple[list[str], np.ndarray]:
    """Every term of the tables, sorted, and each row's term as its place in that list (rows
    in document order, each table's terms in turn).

    Splitting every table's text and looking each of its ~800,000 terms up in a dict was half
    of the weights' CPU at 10,000 articles, the same on every build. With ``memo``, a numbering
    is kept between builds in which a term's number never changes (new terms are added at the
    end), with each table's numbers by a digest of its terms: only a table not seen before is
    split and looked up; the rest is one array made from kept bytes, the sorted list of the
    terms present and one look-up of each row's place in it. Same result as without (tested);
    a kept numbering that does not fit (a damaged memo file, another layout) is made afresh."""
    texts = [t.text for t in tables]
    if memo is None:
        return _numbered_afresh(texts)
    kept = memo.get(NUMBERING, (), dict)
    vocabulary, of_table = (kept.get("terms"), kept.get("tables")) if isinstance(kept, dict) else (None, None)
    if not (isinstance(vocabulary, list) and isinstance(of_table, dict) and all(type(t) is str for t in vocabulary)):
        vocabulary, of_table = [], {}  # not a numbering this code kept: made afresh
    keys = [hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=TERMS_DIGEST_BYTES).digest()
            for text in texts]
    counts = sizes.tolist()
    found = [of_table.get(key) for key in keys]
    new = [i for i, (ids, size) in enumerate(zip(found, counts)) if not (isinstance(ids, bytes) and len(ids) == 4 * size)]
    if not vocabulary or NEW_TABLES_AFRESH * len(new) > len(texts):  # a clean build, or most tables new
        return _kept_afresh(memo, texts, keys, counts)
    vocabulary = list(vocabulary)  # the memo's value is not changed in place
    number_of = {t: i for i, t in enumerate(vocabulary)} if new else {}
    for i in new:
        ids = []
        for term in (texts[i].split("\n") if texts[i] else ()):
            number = number_of.get(term)
            if number is None:
                number = number_of[term] = len(vocabulary)
                vocabulary.append(term)
            ids.append(number)
        found[i] = np.array(ids, dtype="<u4").tobytes()
    kept_ids = np.frombuffer(b"".join(found), dtype="<u4").astype(np.int64)
    if len(kept_ids) and int(kept_ids.max()) >= len(vocabulary):
        return _kept_afresh(memo, texts, keys, counts)  # a numbering that does not fit its tables
    present = np.flatnonzero(np.bincount(kept_ids, minlength=len(vocabulary)))
    order = sorted(present.tolist(), key=vocabulary.__getitem__)
    terms = [vocabulary[i] for i in order]
    if len(set(terms)) != len(terms) or len(vocabulary) > 2 * len(terms) + NUMBERING_SLACK:
        # one term under two numbers (never kept by this code), or old terms piled up
        return _kept_afresh(memo, texts, keys, counts)
    place = np.zeros(len(vocabulary), dtype=np.int64)
    place[order] = np.arange(len(order), dtype=np.int64)
    used = dict(zip(keys, found))
    if new or len(used) != len(of_table):
        memo.put(NUMBERING, (), {"terms": vocabulary, "tables": used})
    return terms, place[kept_ids]


def _numbered_afresh(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """:func:`numbered_terms` with nothing kept: one split of every table's text, the sorted set
    of the terms and one dict look-up per row."""
    all_terms = "\n".join(t for t in texts if t).split("\n") if any(texts) else []  # one split: no list per table
    terms = sorted(set(all_terms))
    number = {t: i for i, t in enumerate(terms)}
    return terms, np.fromiter(map(number.__getitem__, all_terms), dtype=np.int64, count=len(all_terms))


def _kept_afresh(memo: PlanMemo, texts: list[str], keys: list[bytes], counts: list[int]) -> tuple[list[str], np.ndarray]:
    """:func:`_numbered_afresh`, kept in ``memo`` as the numbering the next build starts from
    (the sorted terms, each table's slice of the rows): a clean build pays the one pass it paid
    before, and a digest and a slice per table."""
    terms, term_of = _numbered_afresh(texts)
    ids = term_of.astype("<u4")
    ends = np.cumsum(counts, dtype=np.int64).tolist()
    memo.put(NUMBERING, (), {"terms": terms, "tables": {
        key: ids[end - count:end].tobytes() for key, count, end in zip(keys, counts, ends)}})
    return terms, term_of


def _stable_order(term_of: np.ndarray, terms: int) -> np.ndarray:
    """The rows sorted by term, each term's rows in their order (a stable argsort). numpy sorts
    integers of 16 bits or fewer stably by radix, several times faster than the merge sort of
    wider ones (~0.1 s for a million rows): term numbers that fit are sorted as such."""
    keys = term_of.astype(np.uint16) if terms <= 1 << 16 else term_of
    return np.argsort(keys, kind="stable")


def _counts(tables: Sequence[TermTable], fields: int, sizes: np.ndarray) -> np.ndarray:
    """Every table's counts, one row per (article, term) in document order, as unsigned
    integers (each count is only compared with 0 or turned into a float, which no integer type
    changes): the tables of each count width read as one buffer (an array per table cost ~0.1 s
    at 10,000 articles). When every table has the same width (counts under 256 everywhere, the
    usual case) that buffer is the array; otherwise the rows of each width are put in place by
    their positions (a boolean mask over a million rows cost ~0.3 s)."""
    widths = [t.width for t in tables]
    if len(set(widths)) <= 1:
        width = widths[0] if widths else 1
        joined = b"".join(t.counts for t in tables)
        return np.frombuffer(joined, dtype=COUNT_TYPES[width]).reshape(-1, fields)
    counts = np.zeros((int(sizes.sum()), fields), dtype=np.uint32)
    row_width = np.repeat(np.array(widths, dtype=np.int64), sizes)
    for width in sorted(set(widths)):
        joined = b"".join(t.counts for t in tables if t.width == width)
        counts[np.flatnonzero(row_width == width)] = np.frombuffer(joined, dtype=COUNT_TYPES[width]).reshape(-1, fields)
    return counts


def _weights(counts: np.ndarray, term_of: np.ndarray, document_of: np.ndarray, df: np.ndarray,
             tables: Sequence[TermTable], fields: Sequence[tuple[str, float]], k1: float,
             b: float | Sequence[float]) -> np.ndarray:
    """Each row's weight, with the operations of ``w += idf * (k1 + 1) * tf / (norm + tf) * boost``
    over the fields in order (a field without the term adds 0.0, which changes nothing); ``b``
    is one length normalisation for every field or one per field."""
    documents = len(tables)
    lengths = np.array([t.lengths for t in tables], dtype=np.int64).reshape(documents, len(fields))
    idf_of_df = {n: math.log(1 + abs((documents - n + 0.5) / (n + 0.5))) for n in set(df.tolist())}
    idf = np.array([idf_of_df[n] for n in df.tolist()], dtype=np.float64)[term_of]
    weights = np.zeros(len(term_of), dtype=np.float64)
    per_field = list(b) if isinstance(b, (list, tuple)) else [b] * len(fields)
    for column, ((_, boost), b_field) in enumerate(zip(fields, per_field)):
        average = average_length(int(lengths[:, column].sum()), documents)
        norm = (k1 * ((1 - b_field) + b_field * lengths[:, column].astype(np.float64) / average))[document_of]
        tf = counts[:, column].astype(np.float64)
        # b 1 gives a field empty in an article norm 0: its rows (tf 0) add 0, not 0 / 0
        with np.errstate(divide="ignore", invalid="ignore"):
            weights += np.where(tf > 0, idf * (k1 + 1) * tf / (norm + tf) * boost, 0.0)
    return weights


def average_length(total: int, documents: int) -> float:
    """The average length of a field (``total`` terms over ``documents`` articles) that weights
    are normalised by, rounded to :data:`AVERAGE_DIGITS` significant digits; 1.0 when the field
    is empty everywhere."""
    if not documents or not total:
        return 1.0
    average = total / documents
    return round(average, AVERAGE_DIGITS - 1 - math.floor(math.log10(average)))


def _thousandths(weights: np.ndarray) -> np.ndarray:
    """``round(w, 3) * 1000`` of each weight as an integer, exactly as Python's ``round``
    (rounding the product with 1,000 agrees except right next to a tie, where ``round`` decides)."""
    scaled = weights * 1000.0
    rounded = np.rint(scaled)
    near = np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < NEAR_TIE)
    for row in near.tolist():
        rounded[row] = round(round(float(weights[row]), 3) * 1000.0)
    return rounded.astype(np.int64)


def _where(counts: np.ndarray, names: list[str], name_fields: Sequence[str],
           topic_fields: Sequence[str]) -> np.ndarray:
    named = counts[:, [names.index(f) for f in name_fields]].any(axis=1)
    described = counts[:, [names.index(f) for f in topic_fields]].any(axis=1)
    return np.where(named, 3, np.where(described, 2, 1)).astype(np.int8)


class Shards:
    """The postings laid out by shard: each shard's terms (sorted) and rows, contiguous.

    Args:
        postings: every posting.
        shard_of: each term's shard.
        count: the number of shards.
    """

    def __init__(self, postings: Postings, shard_of: Sequence[int], count: int) -> None:
        self.postings = postings
        shard = np.asarray(shard_of, dtype=np.int64).reshape(len(postings.terms))
        by_shard = np.argsort(shard, kind="stable")  # terms stay sorted within a shard
        ends = np.concatenate([[0], np.cumsum(np.bincount(shard, minlength=count))])
        self.members = [by_shard[ends[n]:ends[n + 1]] for n in range(count)]
        self.sizes = np.diff(postings.starts)
        rows = np.argsort(np.repeat(shard, self.sizes), kind="stable")  # by shard, then term
        self.bounds = np.concatenate([[0], np.cumsum([int(self.sizes[m].sum()) for m in self.members])])
        self.columns = (postings.documents[rows], postings.thousandths[rows], postings.where[rows])

    def digest(self, number: int) -> str:
        """SHA-256 of a shard's postings: its terms, their sizes and every row's numbers."""
        terms = self.members[number]
        digest = hashlib.sha256("\n".join(self.postings.terms[t] for t in terms.tolist()).encode("utf-8"))
        digest.update(self.sizes[terms].tobytes())
        start, end = self.bounds[number], self.bounds[number + 1]
        for column in self.columns:
            digest.update(b"\0" + column[start:end].tobytes())
        return digest.hexdigest()

    def postings_of(self, number: int) -> dict[str, list]:
        """A shard's ``{term: [document, weight, where, ...]}``."""
        out, row = {}, self.bounds[number]
        documents, thousandths, where = self.columns
        for term in self.members[number].tolist():
            end = row + int(self.sizes[term])
            flat: list = [0] * (3 * (end - row))
            flat[0::3] = documents[row:end].tolist()
            flat[1::3] = (thousandths[row:end] / 1000.0).tolist()
            flat[2::3] = where[row:end].tolist()
            out[self.postings.terms[term]] = flat
            row = end
        return out


def shard_files(postings: Postings, shard_of: Sequence[int], count: int, pack: Callable[[dict], bytes],
                memo: PlanMemo | None, packing: str) -> list[bytes]:
    """The file of each shard: ``pack`` of its ``{term: postings}`` (``shard_of``: each term's
    shard), kept in ``memo`` by a digest of its postings and ``packing`` (how ``pack`` writes)."""
    shards = Shards(postings, shard_of, count)

    def make(indexes: list[int]) -> list[bytes]:
        return [pack(shards.postings_of(i)) for i in indexes]
    if memo is None:
        return make(list(range(count)))
    return memo.get_many("search shard file", [(shards.digest(n), packing) for n in range(count)], make)
