"""TF-IDF vectors of ticket texts in time linear in the text and memory bounded by a chunk.

The vectors are scikit-learn's: word 1-2-grams (``TfidfVectorizer``) beside character 3-5-grams
inside word boundaries (the ``char_wb`` analyzer), each L2-normalised with sublinear term
frequencies, then stacked and normalised again. Only the character part is computed here rather
than by scikit-learn, because its analyzer builds every n-gram of every word of every text in
Python (about 1,500 per description) and looks each one up on its own: most of the time of a
large export. A word's n-grams depend on the word alone, so they are looked up once per distinct
word (:class:`CharGrams`) and a text's counts are the concatenation of its words' ids. The
counts, vocabulary order, weights and norms are the same as scikit-learn's to the bit (tested),
so clusters do not change.

:func:`chunked` applies a function to rows of texts a chunk at a time, so a 100,000-ticket export
never holds the sparse matrix of all its texts at once (about 1.8 GB for long descriptions).
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from .workers import PARALLEL_MIN as WORKERS_FROM, can_fork, fork_map

CHUNK = 5000
"""Texts transformed at once (the sparse matrix of 5,000 descriptions is about 90 MB)."""
WORD_PATTERN = r"(?u)\b[^\W\d_][\w'-]*[^\W_]\b"
"""A word of at least two characters that starts with a letter and ends with a letter or digit."""


class CharGrams:
    """Counts of the character n-grams inside words, as scikit-learn's ``char_wb`` analyzer makes
    them (lower-cased text, each word padded with a space on both sides), with its vocabulary
    rules (terms in at least ``min_df`` texts, sorted)."""

    def __init__(self, low: int = 3, high: int = 5) -> None:
        self.low, self.high = low, high
        self.vocabulary: dict[str, int] = {}
        self._ids: dict[str, np.ndarray] = {}
        self._first_seen = np.zeros(0, dtype=np.int64)

    def grams(self, word: str) -> list[str]:
        """The n-grams of one word as ``char_wb`` lists them (a word shorter than n gives one)."""
        padded = f" {word} "
        found = []
        for n in range(self.low, self.high + 1):
            if len(padded) <= n:
                found.append(padded)
                break
            found.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
        return found

    def fit(self, texts: Sequence[str], min_df: int) -> "CharGrams":
        """Learn the vocabulary: n-grams in at least ``min_df`` texts.

        Raises:
            ValueError: when no n-gram is left (as scikit-learn does).
        """
        gram_ids: dict[str, int] = {}  # every gram, numbered in the order it is first seen
        per_word: dict[str, np.ndarray] = {}
        rows = []
        for text in texts:
            words = dict.fromkeys(text.lower().split())  # each word once, in the order of first use
            for word in words:
                if word not in per_word:
                    per_word[word] = np.array([gram_ids.setdefault(g, len(gram_ids)) for g in self.grams(word)],
                                              dtype=np.int32)
            if words:
                rows.append(np.unique(np.concatenate([per_word[w] for w in words])))
        frequency = np.bincount(np.concatenate(rows), minlength=len(gram_ids)) if rows else np.zeros(0, np.int64)
        kept = [g for g, n in zip(gram_ids, frequency.tolist()) if n >= min_df]  # texts holding each gram
        if not kept:
            raise ValueError("no character n-gram is in enough texts")
        self.vocabulary = {g: i for i, g in enumerate(sorted(kept))}
        self._first_seen = np.empty(len(kept), dtype=np.int64)
        self._first_seen[[self.vocabulary[g] for g in kept]] = np.arange(len(kept))
        self._ids = {}
        return self

    def in_fitted_order(self, matrix):
        """Rows of the texts the vocabulary was fitted on with their terms in the order scikit-learn's
        ``fit_transform`` leaves them (first seen in the texts, not sorted): sums over a row then add
        in the same order, so an SVD of these rows gives the same numbers to the bit."""
        rows = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))
        # One key per stored value: a row's terms are distinct, so (row, first seen) orders them fully.
        order = np.argsort(rows * len(self._first_seen) + self._first_seen[matrix.indices], kind="stable")
        matrix.indices, matrix.data = matrix.indices[order], matrix.data[order]
        matrix.has_sorted_indices = False
        return matrix

    def _word_ids(self, word: str) -> np.ndarray:
        ids = self._ids.get(word)
        if ids is None:
            vocabulary = self.vocabulary
            ids = np.array([vocabulary[g] for g in self.grams(word) if g in vocabulary], dtype=np.int32)
            if len(self._ids) < 2_000_000:  # bounded: a hostile export of random words cannot grow it without end
                self._ids[word] = ids
        return ids

    def counts(self, texts: Sequence[str]):
        """The texts' n-gram counts (float32 CSR, sorted indices, as ``CountVectorizer`` gives)."""
        from scipy.sparse import csr_matrix

        pieces: list[np.ndarray] = []
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        for row, text in enumerate(texts):
            ids = [self._word_ids(w) for w in text.lower().split()]
            if ids:
                pieces.extend(ids)
            indptr[row + 1] = indptr[row] + sum(len(i) for i in ids)
        indices = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int32)
        matrix = csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr),
                            shape=(len(texts), len(self.vocabulary)))
        matrix.sum_duplicates()
        return matrix


class TextVectors:
    """Word 1-2-gram and character 3-5-gram TF-IDF of texts, fitted once, applied to any texts."""

    def __init__(self, min_df: int) -> None:
        from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

        self.words = TfidfVectorizer(sublinear_tf=True, min_df=min_df, ngram_range=(1, 2), stop_words="english",
                                     token_pattern=WORD_PATTERN, dtype=np.float32)
        self.chars = CharGrams()
        self.char_weights = TfidfTransformer(sublinear_tf=True)
        self.min_df = min_df
        self.parts: tuple[str, ...] = ()

    def fit_transform(self, texts: Sequence[str]):
        """Fit the vocabularies and weights, and return the texts' rows (see :meth:`transform`); a
        part whose vocabulary is empty is left out (a tiny export), and :class:`ValueError` is
        raised only when both are."""
        blocks = {}
        try:
            blocks["words"] = self.words.fit_transform(texts)
        except ValueError:
            pass
        try:
            counts = self.chars.fit(texts, self.min_df).counts(texts)
            blocks["chars"] = self.char_weights.fit(counts).transform(self.chars.in_fitted_order(counts))
        except ValueError:
            pass
        if not blocks:
            raise ValueError("no term is in enough texts")
        self.parts = tuple(blocks)
        return _stack(list(blocks.values()))

    def transform(self, texts: Sequence[str]):
        """L2-normalised rows of the two parts side by side (float32 CSR)."""
        blocks = []
        if "words" in self.parts:
            blocks.append(self.words.transform(texts))
        if "chars" in self.parts:
            blocks.append(self.char_weights.transform(self.chars.counts(texts)))
        return _stack(blocks)


def _stack(blocks: list):
    from scipy.sparse import hstack
    from sklearn.preprocessing import normalize

    return normalize(hstack(blocks).tocsr())


def chunked(texts: Sequence[str], apply: Callable[[Sequence[str]], np.ndarray], width: int,
            chunk: int | None = None, workers: int = 1) -> np.ndarray:
    """``apply`` to ``chunk`` texts (default ``CHUNK``) at a time, the dense float32 rows gathered in
    one array. With ``workers`` > 1 and ``PARALLEL_MIN`` texts or more, forked processes share the
    slices (each row depends on its text alone, so the rows are the same to the bit)."""
    chunk = chunk or CHUNK
    if can_fork(workers, len(texts), PARALLEL_MIN):
        return np.concatenate(fork_map(_chunked_slice, (texts, apply, width, chunk), len(texts), workers))
    out = np.empty((len(texts), width), dtype=np.float32)
    for start in range(0, len(texts), chunk):
        out[start:start + chunk] = apply(texts[start:start + chunk])
    return out


PARALLEL_MIN = WORKERS_FROM
"""Texts from which :func:`chunked` shares its chunks among forked workers (the fitted model is
inherited, not pickled; only the dense rows come back, 600 bytes a text)."""


def _chunked_slice(shared: tuple, start: int, end: int) -> np.ndarray:
    texts, apply, width, chunk = shared
    return chunked(texts[start:end], apply, width, chunk)
