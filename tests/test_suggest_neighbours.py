"""HDBSCAN's core distances by matrix products are the k-d tree's to the bit, and so are its labels."""
from __future__ import annotations

import numpy as np
import pytest
from sklearn.cluster import HDBSCAN
from sklearn.neighbors import NearestNeighbors

from kbgen.suggest import neighbours
from kbgen.suggest.neighbours import core_distances, exact_core_distances


def _blobs(count: int, width: int, seed: int) -> np.ndarray:
    """Unit vectors around 30 centres (as LSA rows are), with exact duplicates (re-worded copies)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(30, width))
    points = (centres[rng.integers(0, 30, count)] + rng.normal(size=(count, width)) * 0.8).astype(np.float32)
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    points[3] = points[9]
    points[10:14] = points[20]
    return points


def _tree(points: np.ndarray, k: int) -> np.ndarray:
    return NearestNeighbors(n_neighbors=k, algorithm="kd_tree").fit(points).kneighbors(points, k)[0]


@pytest.mark.parametrize(("count", "width", "k"), [(1500, 150, 15), (400, 20, 6), (120, 150, 40), (40, 5, 39)])
def test_core_distances_equal_the_trees(count, width, k):
    points = _blobs(count, width, count).astype(np.float64)
    assert np.array_equal(core_distances(points, k)[0], _tree(points, k))


@pytest.mark.parametrize("rounding", [1e-9, 10.0])
def test_rows_whose_candidates_may_miss_a_neighbour_are_read_in_full(monkeypatch, rounding):
    """No margin (the k-th candidate at the edge of the set), and an error bound so wide that every row
    is compared with every point: the same distances."""
    points = _blobs(300, 30, 7).astype(np.float64)
    monkeypatch.setattr(neighbours, "MARGIN", 0)
    monkeypatch.setattr(neighbours, "ROUNDING", rounding)
    monkeypatch.setattr(neighbours, "BLOCK_CELLS", 3000)  # several blocks
    assert np.array_equal(core_distances(points, 8)[0], _tree(points, 8))


@pytest.mark.parametrize("seed", [1, 2])
def test_hdbscan_labels_are_unchanged(seed):
    points = _blobs(1200, 150, seed)
    plain = HDBSCAN(min_cluster_size=10, min_samples=15, copy=True).fit_predict(points)
    with exact_core_distances():
        fast = HDBSCAN(min_cluster_size=10, min_samples=15, copy=True).fit_predict(points)
    assert len(set(plain.tolist())) > 5 and np.array_equal(plain, fast)


def test_other_neighbour_searches_are_left_to_scikit_learn():
    from sklearn.cluster._hdbscan import hdbscan as module

    original = module.NearestNeighbors
    with exact_core_distances():
        assert isinstance(module.NearestNeighbors(n_neighbors=3, algorithm="ball_tree"), original)
    assert module.NearestNeighbors is original
