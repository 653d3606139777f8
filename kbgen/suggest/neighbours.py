"""HDBSCAN's labels with its core distances found by matrix products, to the same bits.

scikit-learn's HDBSCAN asks a k-d tree for each point's ``min_samples`` nearest neighbours (the
"core distance" its density estimate rests on). In the 150 dimensions of the LSA vectors a k-d
tree prunes almost nothing, so it compares every pair one at a time: most of clustering's time on
a 6,000-text sample. :func:`core_distances` finds the candidates by one matrix product per block
of rows (``|a|^2 + |b|^2 - 2ab``, BLAS) and computes only the nearest candidates' distances the
way the tree computes them (the squared differences summed feature after feature in float64, then
the square root), so every core distance is the tree's to the bit; :func:`hdbscan_labels` then
runs the rest of scikit-learn's HDBSCAN (the same minimum spanning tree, hierarchy and cluster
selection) on them. Nothing of scikit-learn is replaced or patched: the functions are called,
so two threads may cluster at once. Where those functions are missing (another scikit-learn
layout) or raise a TypeError, ValueError or AttributeError (another signature), or the data is not
finite, :class:`sklearn.cluster.HDBSCAN` itself is used.

Cost: identical rows are measured once (a point's k-th distance counts each copy of its
neighbours): O(n^2 d) multiply-adds in BLAS for the product, O(n k d) one at a time for the exact
distances, where the tree does up to O(n^2 d) one at a time. A row whose k-th distance is within
the product's rounding error of a point left out (ties at the edge of its candidates, e.g. texts
differing by less than the rounding) is answered by scikit-learn's own k-d tree, built once on all
rows: the rows unsure cost what the tree costs for them. Once more than ``UNSURE_SHARE`` of the
rows read are unsure, the tree answers all the rest: near-duplicates cost at most the tree plus one
block of the product (rows are read in interleaved blocks, each a sample of the whole).
"""
from __future__ import annotations

import numpy as np

from .workers import one_blas_thread

MARGIN = 16
"""Candidates beyond the k nearest whose exact distance is computed (room for the product's rounding)."""
ROUNDING = 1e-9
"""Relative bound of the matrix product's error on a squared distance (float64 over a few hundred
features: about 1e-13; the bound is scaled by the rows' squared lengths)."""
BLOCK_CELLS = 1_000_000
"""Cells of the block of squared distances made at once (8 MB of float64; with the block's partition
and candidates and the float64 copy of the points, 45 MiB at the peak by tracemalloc for a
5,987-text sample of float32 vectors: 4,000,000 cells took 170 MiB and were 12% faster)."""
UNSURE_SHARE = 0.1
"""Share of the rows read that, once unsure, sends the rest to the tree. Rows are unsure when their
neighbours are closer together than the product's rounding (near-duplicates: the same text re-sent
with a character changed); data with many of them is tightly grouped, where the k-d tree prunes
well and beats the product (4,000 rows within 1e-8 of 150 texts, 22% unsure: core distances in
1.0 s by the product, 0.24 s by the tree). Either way the distances are the same bits."""
LEAF_SIZE = 40
"""The k-d tree's leaf size for unsure rows: scikit-learn's HDBSCAN's default (the distances do not
depend on it; its cost does)."""


def core_distances(points: np.ndarray, k: int) -> np.ndarray:
    """Each point's distance to its ``k``-th nearest point (itself first), as
    :meth:`sklearn.neighbors.KDTree.query` gives it for the Euclidean metric (the last column of
    its distances): the square root of the squared differences summed in feature order.

    Args:
        points: array of shape ``(n, d)`` (read as float64), ``1 <= k <= n``.
        k: neighbours per point (the point itself counts).
    """
    points = np.ascontiguousarray(points, dtype=np.float64)
    unique, owner, copies = np.unique(points, axis=0, return_inverse=True, return_counts=True)
    owner = owner.reshape(-1)
    kth, unsure = _kth_squares(unique, copies, k)
    distances = np.sqrt(kth)
    if unsure.any():
        distances[unsure] = _tree_kth(points, unique[unsure], k)
    return distances[owner]


def _tree_kth(points: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """The k-th distance from each of ``queries`` to ``points`` (copies included) by one
    :class:`sklearn.neighbors.KDTree`, built as scikit-learn's HDBSCAN builds its own (``leaf_size``
    40, Euclidean): what HDBSCAN reads, to the bit, at no more than the tree's cost."""
    from sklearn.neighbors import KDTree

    return KDTree(points, leaf_size=LEAF_SIZE, metric="euclidean").query(queries, k)[0][:, -1]


def _kth_squares(points: np.ndarray, copies: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k-th smallest exact squared distance from every distinct point, each point counted
    ``copies`` times (a point's own copies are at distance 0), and which of them are unsure: the
    product's rounding may have left a nearer point out of their candidates (left to the tree)."""
    count = len(points)
    width = min(count, k + MARGIN)
    squares = np.einsum("ij,ij->i", points, points)
    largest = float(squares.max()) if count else 0.0
    kth = np.zeros(count)
    unsure = np.zeros(count, dtype=bool)
    blocks = -(-count // max(1, BLOCK_CELLS // max(count, 1)))
    read = 0
    for block_number in range(blocks):
        if int(unsure.sum()) > UNSURE_SHARE * read:  # near-duplicates: the tree answers the rest
            unsure[np.arange(count) % blocks >= block_number] = True
            break
        rows = slice(block_number, count, blocks)  # every blocks-th row: each block a sample of them all
        block = np.ascontiguousarray(points[rows])
        approximate = _approximate(block, points, squares[rows], squares)
        candidates, excluded = _candidates(approximate, width)
        found = _kth_of(_exact_squares(block, points, candidates), copies[candidates], k)
        error = ROUNDING * (squares[rows] + largest + 1.0)
        # A point left out is at least ``excluded - error`` away: it may come nearer than the k-th
        # candidate only when that is less (a k-th distance of 0 cannot be undercut).
        unsure[rows] = (excluded - error < found) & (found > 0)
        kth[rows] = found
        read += len(block)
    return kth, unsure


def _candidates(approximate: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the columns of the ``width`` smallest values of ``approximate`` and the smallest value
    left out (infinite when every column is a candidate)."""
    count = approximate.shape[1]
    if width >= count:
        return np.broadcast_to(np.arange(count), approximate.shape), np.full(len(approximate), np.inf)
    order = np.argpartition(approximate, width, axis=1)  # the width smallest first, then the next one
    return order[:, :width], np.take_along_axis(approximate, order[:, width, None], axis=1)[:, 0]


def _approximate(block: np.ndarray, points: np.ndarray, block_squares: np.ndarray, squares: np.ndarray) -> np.ndarray:
    """Squared distances from each row of ``block`` to every point by one matrix product (BLAS), off
    by at most ``ROUNDING`` times the rows' squared lengths."""
    return block_squares[:, None] + squares[None, :] - 2.0 * (block @ points.T)


def _kth_of(squares: np.ndarray, copies: np.ndarray, k: int) -> np.ndarray:
    """Per row, the k-th smallest of ``squares`` where each value counts ``copies`` times."""
    order = np.argsort(squares, axis=1, kind="stable")
    ranked = np.take_along_axis(squares, order, axis=1)
    reached = np.cumsum(np.take_along_axis(copies, order, axis=1), axis=1) >= k
    return ranked[np.arange(len(ranked)), reached.argmax(axis=1)]


def _exact_squares(block: np.ndarray, points: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Squared distances from each row of ``block`` to its ``candidates``, summed feature after
    feature in float64 (the order, and so the rounding, of the k-d tree's distance)."""
    total = np.zeros(candidates.shape)
    for feature in range(points.shape[1]):
        difference = points[candidates, feature] - block[:, feature, None]
        total += difference * difference
    return total


def hdbscan_labels(vectors: np.ndarray, min_cluster_size: int, min_samples: int) -> np.ndarray:
    """``HDBSCAN(min_cluster_size=..., min_samples=..., copy=True).fit_predict(vectors)``, the same
    labels, with the core distances of :func:`core_distances`. Where scikit-learn's private steps
    are missing or answer otherwise than this version expects (a later release changed them),
    HDBSCAN itself is used."""
    from sklearn.cluster import HDBSCAN

    # Every other parameter is scikit-learn's default (algorithm "auto", Euclidean, alpha 1.0): the
    # configuration whose steps are reproduced below.
    model = HDBSCAN(min_cluster_size=min_cluster_size, min_samples=min_samples, copy=True)
    points = np.ascontiguousarray(vectors, dtype=np.float64)
    if not np.isfinite(points).all() or len(points) < 2 or min_samples > len(points):
        return model.fit_predict(vectors)
    with one_blas_thread():  # the core distances' matrix products (workers.one_blas_thread)
        try:
            labels = _labels_by_parts(model, points, min_samples)
        except (TypeError, ValueError, AttributeError):  # private steps with another signature or result
            labels = None
        if labels is None or np.shape(labels) != (len(points),):
            return model.fit_predict(vectors)
    return labels


def _labels_by_parts(model, points: np.ndarray, min_samples: int) -> np.ndarray | None:
    """HDBSCAN's labels by its own steps after the core distances, or None when they are missing."""
    parts = _scikit_learn_parts()
    if parts is None:
        return None
    mst_from_data_matrix, process_mst, tree_to_labels, metric = parts
    tree = process_mst(mst_from_data_matrix(points, np.ascontiguousarray(core_distances(points, min_samples)),
                                            metric.get_metric("euclidean"), model.alpha))
    labels, _ = tree_to_labels(tree, model.min_cluster_size, model.cluster_selection_method,
                               model.allow_single_cluster, model.cluster_selection_epsilon, model.max_cluster_size)
    return labels


def _scikit_learn_parts():
    """The steps of scikit-learn's HDBSCAN after the core distances (its private functions, the same
    names and arguments from 1.3 to 1.9), or None when this scikit-learn has none of that name."""
    try:
        from sklearn.cluster._hdbscan.hdbscan import _process_mst, mst_from_data_matrix, tree_to_labels
        from sklearn.metrics import DistanceMetric
    except ImportError:  # another scikit-learn layout: HDBSCAN itself is used
        return None
    return mst_from_data_matrix, _process_mst, tree_to_labels, DistanceMetric
