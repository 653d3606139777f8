"""HDBSCAN's core distances found by matrix products instead of a k-d tree, to the same bits.

scikit-learn's HDBSCAN asks a k-d tree for each point's ``min_samples`` nearest neighbours (the
"core distance" its density estimate rests on). In the 150 dimensions of the LSA vectors a k-d
tree prunes almost nothing, so it compares every pair one at a time: about three quarters of
clustering's time on a 6,000-text sample. Here the candidates come from one matrix product per
block of rows (``|a|^2 + |b|^2 - 2ab``, BLAS), and only the few nearest candidates' distances are
then computed the way the tree computes them: the squared differences summed feature after
feature in float64, then the square root. The distances are therefore the tree's to the bit, so the
minimum spanning tree, the hierarchy and every label are unchanged (tested against the tree).

A candidate set is enough when its k-th exact distance is below the nearest excluded candidate's
approximate distance by more than the product's rounding error; a row where that does not hold
(ties at the edge of the set) is computed against every point.
"""
from __future__ import annotations

import contextlib
from typing import Iterator

import numpy as np

MARGIN = 16
"""Candidates beyond the k nearest whose exact distance is computed (room for the product's rounding)."""
ROUNDING = 1e-9
"""An upper bound of the matrix product's error on a squared distance between vectors of length about 1
(float64: about 1e-15 per term of 150)."""
BLOCK_CELLS = 4_000_000
"""Cells of the block of squared distances made at once (32 MB of float64)."""


def core_distances(points: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The distances to each point's ``k`` nearest points (itself first) and their indices, as
    :meth:`sklearn.neighbors.KDTree.query` gives them for the Euclidean metric: rows sorted by
    distance, each distance the square root of the squared differences summed in feature order.

    Args:
        points: float64 array of shape ``(n, d)``, ``1 <= k <= n``.
        k: neighbours per point (the point itself counts).

    Returns:
        ``(distances, indices)``, both of shape ``(n, k)``.
    """
    points = np.ascontiguousarray(points, dtype=np.float64)
    count = len(points)
    width = min(count, k + MARGIN)
    squares = np.einsum("ij,ij->i", points, points)
    distances = np.empty((count, k))
    indices = np.empty((count, k), dtype=np.int64)
    rows = max(1, BLOCK_CELLS // max(count, 1))
    for start in range(0, count, rows):
        block = points[start:start + rows]
        approximate = squares[start:start + rows, None] + squares[None, :] - 2.0 * (block @ points.T)
        if width < count:
            candidates = np.argpartition(approximate, width - 1, axis=1)[:, :width]
        else:
            candidates = np.broadcast_to(np.arange(count), (len(block), count))
        exact, candidates = _nearest_first(_exact_squares(block, points, candidates), candidates)
        if width < count:
            excluded = np.partition(approximate, width, axis=1)[:, width]  # nearest point left out
            for row in np.flatnonzero(exact[:, k - 1] > excluded - ROUNDING):
                exact[row, :k], candidates[row, :k] = _against_every_point(block[row], points, k)
        distances[start:start + len(block)] = np.sqrt(exact[:, :k])
        indices[start:start + len(block)] = candidates[:, :k]
    return distances, indices


def _nearest_first(squares: np.ndarray, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's squared distances and candidates, nearest first."""
    order = np.argsort(squares, axis=1, kind="stable")
    return np.take_along_axis(squares, order, axis=1), np.take_along_axis(candidates, order, axis=1)


def _against_every_point(point: np.ndarray, points: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` smallest exact squared distances from one point to all points, and their indices."""
    squares = _exact_squares(point[None, :], points, np.arange(len(points))[None, :])[0]
    nearest = np.argsort(squares, kind="stable")[:k]
    return squares[nearest], nearest


def _exact_squares(block: np.ndarray, points: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Squared distances from each row of ``block`` to its ``candidates``, summed feature after
    feature in float64 (the order, and so the rounding, of the k-d tree's distance)."""
    total = np.zeros(candidates.shape)
    for feature in range(points.shape[1]):
        difference = points[candidates, feature] - block[:, feature, None]
        total += difference * difference
    return total


class _ExactNeighbours:
    """Stands in for :class:`sklearn.neighbors.NearestNeighbors` where HDBSCAN builds one: the
    Euclidean k-d tree case through :func:`core_distances`, anything else handed to the original."""

    original = None

    def __new__(cls, n_neighbors=5, algorithm="auto", metric="minkowski", p=None, **kwargs):
        if algorithm != "kd_tree" or metric != "euclidean" or p is not None or kwargs.get("metric_params"):
            return cls.original(n_neighbors=n_neighbors, algorithm=algorithm, metric=metric, p=p, **kwargs)
        return super().__new__(cls)

    def __init__(self, n_neighbors=5, **kwargs) -> None:
        self.n_neighbors = n_neighbors
        self._points: np.ndarray | None = None

    def fit(self, points: np.ndarray) -> "_ExactNeighbours":
        self._points = np.asarray(points, dtype=np.float64)
        return self

    def kneighbors(self, points=None, n_neighbors=None, return_distance=True):
        if points is not self._points and not np.array_equal(points, self._points):
            raise ValueError("only the fitted points can be queried")  # HDBSCAN queries its own data
        distances, indices = core_distances(self._points, n_neighbors or self.n_neighbors)
        return (distances, indices) if return_distance else indices


@contextlib.contextmanager
def exact_core_distances() -> Iterator[None]:
    """Within the block, scikit-learn's HDBSCAN finds core distances with :func:`core_distances`.

    The swap is made only where HDBSCAN's module looks up ``NearestNeighbors`` by that name (as
    scikit-learn 1.3 and later do); otherwise nothing changes and the k-d tree is used."""
    try:
        from sklearn.cluster._hdbscan import hdbscan as module
    except ImportError:  # pragma: no cover - another scikit-learn layout: the tree is used
        yield
        return
    original = getattr(module, "NearestNeighbors", None)
    if original is None:  # pragma: no cover
        yield
        return
    _ExactNeighbours.original = original
    module.NearestNeighbors = _ExactNeighbours
    try:
        yield
    finally:
        module.NearestNeighbors = original
