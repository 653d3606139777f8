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
layout) or the data is not finite, :class:`sklearn.cluster.HDBSCAN` itself is used.

Cost: identical rows are measured once (a point's k-th distance counts each copy of its
neighbours), and a row is measured against more candidates only where its k-th distance is
within the product's rounding error of a point left out (ties at the edge of the candidate
set), all such rows of a block at once: O(n^2 d) multiply-adds in BLAS for the product, O(n k d)
one at a time for the exact distances, where the tree does O(n^2 d) one at a time.
"""
from __future__ import annotations

import numpy as np

MARGIN = 16
"""Candidates beyond the k nearest whose exact distance is computed (room for the product's rounding)."""
ROUNDING = 1e-9
"""Relative bound of the matrix product's error on a squared distance (float64 over a few hundred
features: about 1e-13; the bound is scaled by the rows' squared lengths)."""
BLOCK_CELLS = 1_000_000
"""Cells of the block of squared distances made at once (8 MB of float64), also the most cells of
exact distances computed at once for rows read against more candidates (about 50 MiB at most in all:
4,000,000 cells took 170 MiB for a 6,000-text sample and were 12% faster)."""


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
    kth = _kth_squares(unique, copies, k)
    return np.sqrt(kth)[owner]


def _kth_squares(points: np.ndarray, copies: np.ndarray, k: int) -> np.ndarray:
    """The k-th smallest exact squared distance from every distinct point, each point counted
    ``copies`` times (a point's own copies are at distance 0)."""
    count = len(points)
    width = min(count, k + MARGIN)
    squares = np.einsum("ij,ij->i", points, points)
    largest = float(squares.max()) if count else 0.0
    kth = np.empty(count)
    rows = max(1, BLOCK_CELLS // max(count, 1))
    for start in range(0, count, rows):
        block = points[start:start + rows]
        approximate = _approximate(block, points, squares[start:start + rows], squares)
        if width < count:
            candidates = np.argpartition(approximate, width - 1, axis=1)[:, :width]
        else:
            candidates = np.broadcast_to(np.arange(count), (len(block), count))
        found = _kth_of(_exact_squares(block, points, candidates), copies[candidates], k)
        if width < count:
            error = ROUNDING * (squares[start:start + rows] + largest + 1.0)
            excluded = np.partition(approximate, width, axis=1)[:, width]  # the nearest point left out
            # A point left out is at least ``excluded - error`` away: it may come nearer than the k-th
            # candidate only when that is less (a k-th distance of 0 cannot be undercut).
            unsure = np.flatnonzero((excluded - error < found) & (found > 0))
            if len(unsure):
                found[unsure] = _kth_wider(block[unsure], points, copies, approximate[unsure], found[unsure],
                                           error[unsure], k)
        kth[start:start + len(block)] = found
    return kth


def _approximate(block: np.ndarray, points: np.ndarray, block_squares: np.ndarray, squares: np.ndarray) -> np.ndarray:
    """Squared distances from each row of ``block`` to every point by one matrix product (BLAS), off
    by at most ``ROUNDING`` times the rows' squared lengths."""
    return block_squares[:, None] + squares[None, :] - 2.0 * (block @ points.T)


def _kth_wider(block: np.ndarray, points: np.ndarray, copies: np.ndarray, approximate: np.ndarray,
               found: np.ndarray, error: np.ndarray, k: int) -> np.ndarray:
    """The k-th exact squared distance of rows whose candidates may have missed a neighbour (their
    k-th candidate is ``found`` away): read against every point whose approximate distance is at most
    ``found + error`` (a point farther is at least ``found`` away: it cannot come nearer; a few more
    than ``k`` points unless many tie), as many rows at once as ``BLOCK_CELLS`` allows."""
    needed = np.maximum((approximate <= (found + error)[:, None]).sum(axis=1), k)
    order = np.argsort(needed, kind="stable")  # rows of like widths together
    result = np.empty(len(block))
    start = 0
    while start < len(order):
        end = start + 1  # the batch grows while its rows times its widest row fit in BLOCK_CELLS
        while end < len(order) and int(needed[order[end]]) * (end + 1 - start) <= BLOCK_CELLS:
            end += 1
        rows = order[start:end]
        width = int(needed[rows].max())
        if width < len(points):
            candidates = np.argpartition(approximate[rows], width - 1, axis=1)[:, :width]
        else:
            candidates = np.broadcast_to(np.arange(len(points)), (len(rows), len(points)))
        result[rows] = _kth_of(_exact_squares(block[rows], points, candidates), copies[candidates], k)
        start = end
    return result


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
    labels, with the core distances of :func:`core_distances`."""
    from sklearn.cluster import HDBSCAN

    model = HDBSCAN(min_cluster_size=min_cluster_size, min_samples=min_samples, copy=True)
    points = np.ascontiguousarray(vectors, dtype=np.float64)
    parts = _scikit_learn_parts()
    if parts is None or not np.isfinite(points).all() or len(points) < 2 or min_samples > len(points) or \
            model.algorithm != "auto" or model.metric != "euclidean" or model.alpha != 1.0:
        return model.fit_predict(vectors)
    mst_from_data_matrix, process_mst, tree_to_labels, metric = parts
    tree = process_mst(mst_from_data_matrix(points, np.ascontiguousarray(core_distances(points, min_samples)),
                                            metric.get_metric("euclidean"), model.alpha))
    labels, _ = tree_to_labels(tree, model.min_cluster_size, model.cluster_selection_method,
                               model.allow_single_cluster, model.cluster_selection_epsilon, model.max_cluster_size)
    return labels


def _scikit_learn_parts():
    """The steps of scikit-learn's HDBSCAN after the core distances (its private functions), or
    None when this scikit-learn has none of that name."""
    try:
        from sklearn.cluster._hdbscan.hdbscan import _process_mst, mst_from_data_matrix, tree_to_labels
        from sklearn.metrics import DistanceMetric
    except ImportError:  # pragma: no cover - another scikit-learn layout: HDBSCAN itself is used
        return None
    return mst_from_data_matrix, _process_mst, tree_to_labels, DistanceMetric
