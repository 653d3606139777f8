#!/usr/bin/env python3
"""HDBSCAN on the LSA vectors of distinct dev tickets: scikit-learn's (k-d tree) against
:func:`kbgen.suggest.neighbours.hdbscan_labels`, in one process, taking turns.

    python3 bench/suggest_cluster.py [--tickets 6000] [--runs 3] [--zeros 0]

The dev ServiceNow export made distinct as ``bench/suggest.py --distinct`` makes it, redacted,
cleaned and vectorised as ``kbgen suggest`` does; the clustering sample (at most 6,000 distinct
texts) is then clustered ``--runs`` times by each, with the parameters ``kbgen suggest`` would
use. ``--zeros N`` adds N zero rows (texts with no term) to the sample. Prints the CPU seconds of
every run, the medians and their ratio, and fails when the labels differ.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev" / "servicenow.csv"


def sample_vectors(tickets: int):
    """The clustering sample's vectors and HDBSCAN's two sizes, as :func:`group_tickets` makes them."""
    from suggest import multiply

    from kbgen.suggest import cluster
    from kbgen.suggest.importers import load_tickets
    from kbgen.suggest.pipeline import clean_all, redact_all

    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "tickets.csv"
        multiply(DEV, export, tickets, True)
        cleaned = clean_all(redact_all(load_tickets([export], "auto", None).tickets))
    texts, keys = cluster._prepared(cleaned)
    unique, _ = cluster._dedupe(texts, keys)
    sample = cluster._sample(len(unique), cluster.SAMPLE_MAX)
    vectors = cluster.embed(unique, fit_on=[unique[i] for i in sample] if len(sample) < len(unique) else None)
    size = max(cluster.MIN_SIZE_FLOOR, round(cluster.auto_min_size(len(unique)) * len(sample) / len(unique)))
    return vectors[sample], size, round(cluster.MIN_SAMPLES_FACTOR * size)


def main() -> int:
    import numpy as np
    from sklearn.cluster import HDBSCAN

    from kbgen.suggest.neighbours import hdbscan_labels

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=6000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--zeros", type=int, default=0)
    args = parser.parse_args()
    if not DEV.is_file():
        print(f"bench/suggest_cluster.py needs the development export {DEV} (../shared/eval beside the repository)")
        return 2
    vectors, size, samples = sample_vectors(args.tickets)
    vectors = np.vstack([vectors, np.zeros((args.zeros, vectors.shape[1]), vectors.dtype)])
    samples = min(len(vectors) - 1, samples)
    print(f"{len(vectors)} texts in the sample ({args.zeros} zero rows), min_cluster_size {size}, min_samples {samples}")
    times: dict[str, list[float]] = {"scikit-learn": [], "kbgen": []}
    for _ in range(args.runs):
        start = time.process_time()
        plain = HDBSCAN(min_cluster_size=size, min_samples=samples, copy=True).fit_predict(vectors)
        times["scikit-learn"].append(time.process_time() - start)
        start = time.process_time()
        ours = hdbscan_labels(vectors, size, samples)
        times["kbgen"].append(time.process_time() - start)
        if not np.array_equal(plain, ours):
            print("labels DIFFER")
            return 1
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name:13} CPU s {' '.join(f'{v:.2f}' for v in values)}  median {medians[name]:.2f}")
    print(f"labels equal ({len(set(plain.tolist()) - {-1})} clusters); kbgen / scikit-learn: "
          f"{medians['kbgen'] / medians['scikit-learn']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
