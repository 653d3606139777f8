"""Grouping short subject lines: average linkage at a cosine-distance cut.

Exports that carry only short descriptions (a few words each) have no density for HDBSCAN to
find: a problem reported in five different wordings is five points with nothing between them,
and a minimum cluster size high enough to keep one-offs out loses the small topics. On such text
average linkage over TF-IDF vectors (word 1-2-grams and character 3-5-grams, so typos and
inflections still share features) gives near-pure groups: two groups merge only while the
*average* cosine distance between all their members stays under the cut, so a one-word subject
("Printer") cannot chain unrelated tickets together the way single linkage would.

Large exports are linked on a sample of their distinct texts (every text reported twice or more
first, then an even spread of the rest); every other text joins the group whose members it is, on
average, as close to as the cut allows (the same criterion linkage used), and what is left is
linked again, up to ``ROUNDS`` times. Memory is bounded by the sample size.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

LINK_CUT = 0.7
"""Largest average cosine distance between the members of two groups that merge."""
LINK_SAMPLE = 6000
"""Most distinct texts linked at once (the distance matrix grows with its square)."""
ROUNDS = 3
"""Rounds of linking what the previous rounds left unassigned."""
SHARED_WORD = 0.6
"""Share of a group's tickets that must use a word for the word to be what the group is about."""
RARE_WORD = 0.05
"""Most share of the export's tickets a word may be used by and still name one topic."""


def sample_order(counts: np.ndarray, limit: int) -> np.ndarray:
    """Indices to link first: texts reported more than once (most reported first), then an even
    spread of the single reports, ``limit`` in all."""
    repeated = np.flatnonzero(counts > 1)
    repeated = repeated[np.argsort(-counts[repeated], kind="stable")][:limit]
    singles = np.flatnonzero(counts <= 1)
    room = limit - len(repeated)
    if room > 0 and len(singles):
        step = max(1, len(singles) // room)
        repeated = np.concatenate([repeated, singles[::step][:room]])
    return np.sort(repeated)


def _link(matrix) -> np.ndarray:
    """Average-linkage labels (0..k-1) of the rows of an L2-normalised sparse matrix."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if matrix.shape[0] == 1:
        return np.zeros(1, dtype=np.int64)
    similarity = (matrix @ matrix.T).toarray().astype(np.float64)
    np.clip(similarity, 0.0, 1.0, out=similarity)
    distance = 1.0 - similarity
    del similarity
    np.fill_diagonal(distance, 0.0)
    condensed = squareform(distance, checks=False)
    del distance
    labels = fcluster(linkage(condensed, method="average"), LINK_CUT, criterion="distance")
    return labels.astype(np.int64) - 1


def _join(matrix, labels: np.ndarray, members: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """Labels for ``rest``: the group whose members are on average closest, when that average
    distance is within the cut (``-1`` otherwise)."""
    from scipy.sparse import csr_matrix

    groups = np.unique(labels)
    indicator = csr_matrix((np.ones(len(members)), (np.searchsorted(groups, labels), np.arange(len(members)))),
                           shape=(len(groups), len(members)))
    sizes = np.asarray(indicator.sum(axis=1)).ravel()
    sums = indicator @ matrix[members]
    found = np.full(len(rest), -1, dtype=np.int64)
    for start in range(0, len(rest), 2000):
        chunk = rest[start:start + 2000]
        mean_similarity = (matrix[chunk] @ sums.T).toarray() / sizes
        best = mean_similarity.argmax(axis=1)
        close = mean_similarity[np.arange(len(chunk)), best] >= 1.0 - LINK_CUT
        found[np.flatnonzero(close)] = groups[best[close]]
    return found


def link_groups(matrix, counts: np.ndarray, limit: int = LINK_SAMPLE) -> np.ndarray:
    """Group labels for every distinct text (no ``-1``: a text alone is a group of one).

    Args:
        matrix: L2-normalised TF-IDF rows of the distinct texts (sparse).
        counts: how many tickets each distinct text stands for.
        limit: most texts linked at once.

    Returns:
        A label per distinct text; labels are unique across rounds.
    """
    labels = np.full(matrix.shape[0], -1, dtype=np.int64)
    pending = np.arange(matrix.shape[0])
    offset = 0
    for _ in range(ROUNDS):
        if not len(pending):
            break
        members = pending[sample_order(counts[pending], limit)]
        linked = _link(matrix[members]) + offset
        labels[members] = linked
        offset = int(linked.max()) + 1
        rest = np.setdiff1d(pending, members, assume_unique=True)
        if len(rest):
            joined = _join(matrix, linked, members, rest)
            labels[rest[joined >= 0]] = joined[joined >= 0]
            pending = rest[joined < 0]
        else:
            pending = rest
    if len(pending):
        labels[pending] = offset + np.arange(len(pending))
    return labels


def merge_by_word(texts: Sequence[str], counts: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Groups that are about the same rare word become one: the pieces linkage leaves when people
    phrase one problem in ways that share little else ("Fax", "fax not receiving", "FAX ISSUE").

    A word names a group when most of its tickets use it (``SHARED_WORD``) and few tickets of the
    export do (``RARE_WORD``), so "access" or "password" never merge anything. Each group is named
    by its one most distinctive such word, and groups with the same name merge; a group is never
    merged through a second word, so merges cannot chain from topic to topic.
    """
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import CountVectorizer

    try:
        words = CountVectorizer(binary=True, token_pattern=r"(?u)\b[^\W\d_]{3,}\b", stop_words="english")
        presence = words.fit_transform(texts).tocsc()
    except ValueError:  # no word at all
        return groups
    labels, inverse = np.unique(groups, return_inverse=True)
    indicator = csr_matrix((counts.astype(np.float64), (inverse, np.arange(len(texts)))),
                           shape=(len(labels), len(texts)))
    sizes = np.asarray(indicator.sum(axis=1)).ravel()
    share = (indicator @ presence).toarray() / np.maximum(sizes, 1)[:, None]
    used = np.asarray(presence.T @ counts).ravel()
    idf = np.log((1 + counts.sum()) / (1 + used))
    eligible = (share >= SHARED_WORD) & (used <= RARE_WORD * counts.sum())[None, :] & (sizes[:, None] >= 2)
    score = np.where(eligible, share * idf[None, :], -1.0)
    best = score.argmax(axis=1)
    named = score[np.arange(len(labels)), best] > 0
    merged = labels.copy()
    first_of: dict[int, int] = {}
    for index in np.flatnonzero(named):
        merged[index] = labels[first_of.setdefault(int(best[index]), index)]
    return merged[inverse]
