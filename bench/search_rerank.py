"""Fit the re-scorer of the first results: which of two results of one query is its right article?

Usage: python bench/search_rerank.py [--kb DIR] [--write] [--fit-half a|b|all] [--c C] [--all-sets]
                                     [--depth N] [--features A,B,...] [--cache JSON]

The engine ranks by a score (BM25 weights times the query's coverage). For the first `depth`
results it also has the evidence the no-answer model weighs (``evidenceOf`` in
kbgen-search-engine.js: how much of the query a result answers, how much of it in what the
result is about, through the query's own words, its rarest word, a neighbouring pair, the
weight it answers, its strength), and the index ships three breadth counts per article (words
held, named in its title, keywords, tags, summary or headings, named in its title, keywords or
tags: a broad overview against a focused article). A pairwise logistic regression (scikit-learn) over
differences between the right article and each other of the first results, with the
difference of the logarithms of their scores as one more input, tells how much each piece of
evidence is worth against the score. The engine then multiplies a result's score by
e^(w . (its evidence - the best result's)), w being the evidence weights over the score's
weight (``rescore`` in the engine); shipped in kbgen/search/rerank_model.json and, through
the manifest, in every site, so the CLI and the browser re-score alike.

Development sets only (``search_quality.query_sets`` without --frozen), by default only those
the shipped model was fitted on (``FITTED_SETS``: own-dev, check v1 to v18, earlier, eval dev,
the dev ticket subjects), so --write reproduces it once later sets join the development sets;
--all-sets takes every development set. Answerable written questions and subjects
whose right article is among the first `depth` but not alone there; every set and style weighs
the same. --fit-half a (the default) fits on half a of every set (``search_quality.half_of``)
and reports half b as held out; also printed: leave one set out (each set's figures from a
model fitted without it).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as quality  # noqa: E402

MODEL = quality.ROOT / "kbgen" / "search" / "rerank_model.json"
#: Evidence of one result (names of ``evidenceOf``'s numbers that differ between the results
#: of one query; unknown and guessed describe the query alone). Not "breadth", the words an
#: article holds (the engine still computes it): BM25 already weighs an article's length, and a
#: second, learnt weight of it lifted the longer of two articles of one title (round 21).
FEATURES = ("coverage", "named", "titled", "exact", "heaviest", "phrase", "matched", "mass", "namedMass",
            "strength", "namedBreadth", "titleBreadth")
#: The sets the shipped model was fitted on, pinned so that --write reproduces the shipped weights
#: when later rounds add sets to search_quality's development sets (--all-sets fits on them all).
FITTED_SETS = ("own-dev", *(f"check-v{v}" for v in range(1, 19)), "earlier", "eval-dev", "eval-subjects")
#: Results re-scored: the first page of the search page.
DEPTH = 10
#: Inverse regularisation strength: strong (the best of 0.02-1 on half b and leaving one set out
#: together; weaker lifts half a and lowers the shared eval dev set).
C = 0.05


def collect(kb: Path, depth: int) -> list[dict]:
    """Every answerable development query's first `depth` results with their scores and
    evidence, ranked without a re-scorer."""
    from kbgen.search.runtime import call

    sets = quality.query_sets(SimpleNamespace(queries=None, frozen=False))
    engine, _ = quality.build_engine(kb, {"rerank": False})
    rows = []
    for name, queries in sets.items():
        for query, relevant, style in queries:
            if not relevant:
                continue
            engine._rank(query, 10)  # loads the shards the query needs
            out = call("candidates", engine._id, query, depth)
            refs = [engine._result(ref, 0, 0, False).id for ref, _ in out["scored"][:len(out["evidence"])]]
            rows.append({"set": name, "style": style, "half": quality.half_of(query), "query": query, "ids": refs,
                         "relevant": [r in relevant for r in refs],
                         "scores": [s for _, s in out["scored"][:len(refs)]], "evidence": out["evidence"]})
    return rows


def fitting_rows(rows: list[dict], all_sets: bool = False) -> list[dict]:
    """The collected rows the model is fitted and judged on: those of FITTED_SETS, or all."""
    return rows if all_sets else [r for r in rows if r["set"] in FITTED_SETS]


def matrix(row: dict, features) -> np.ndarray:
    """One line per result: the logarithm of its score, then its evidence."""
    return np.array([[math.log(max(s, 1e-6))] + [e[f] for f in features]
                     for s, e in zip(row["scores"], row["evidence"])])


def pairs(rows, features):
    """Differences right - other (label 1) and other - right (label 0), weights per group."""
    size = Counter((r["set"], r["style"]) for r in rows)
    x, y, w = [], [], []
    for r in rows:
        if not any(r["relevant"]) or all(r["relevant"]):
            continue
        m = matrix(r, features)
        right = r["relevant"].index(True)
        others = [k for k, rel in enumerate(r["relevant"]) if not rel]
        for k in others:
            d = m[right] - m[k]
            weight = 1.0 / size[(r["set"], r["style"])] / len(others)
            x += [d, -d]
            y += [1, 0]
            w += [weight, weight]
    return np.array(x), np.array(y), np.array(w) * len(x) / max(sum(w), 1e-12)


def fit(rows, features, c):
    """Evidence weights over the score's weight."""
    from sklearn.linear_model import LogisticRegression

    x, y, w = pairs(rows, features)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000).fit(x, y, sample_weight=w)
    coef = model.coef_[0]
    return [float(v / coef[0]) for v in coef[1:]]


def reranked(row, features, weights) -> list[bool]:
    """The relevance of the results in the re-scored order (the engine's rescore)."""
    if not weights or len(row["evidence"]) < 2:
        return row["relevant"]
    top = row["evidence"][0]
    keys = []
    for k, (s, e) in enumerate(zip(row["scores"], row["evidence"])):
        z = 0.0 if k == 0 else sum(wt * (e[f] - top[f]) for f, wt in zip(features, weights))
        keys.append((-round(s * math.exp(max(-30, min(30, z))), 4), k))
    return [row["relevant"][k] for _, k in sorted(keys)]


def figures(rows, features, weights) -> tuple[float, float, float, int]:
    """MRR@10, recall@1, recall@3 (within the depth) and the number of queries."""
    rr, r1, r3 = [], [], []
    for r in rows:
        order = reranked(r, features, weights)
        rank = next((i + 1 for i, rel in enumerate(order) if rel), None)
        rr.append(1 / rank if rank and rank <= 10 else 0)
        r1.append(rank == 1)
        r3.append(bool(rank and rank <= 3))
    n = len(rows) or 1
    return sum(rr) / n, sum(r1) / n, sum(r3) / n, len(rows)


def table(title, rows, features, weights_of) -> None:
    """Per set and style: MRR before -> after; weights_of(set) gives the weights for a set."""
    print(f"== {title}")
    groups = sorted({(r["set"], r["style"]) for r in rows})
    deltas = Counter()
    for name, style in groups:
        chosen = [r for r in rows if (r["set"], r["style"]) == (name, style)]
        before = figures(chosen, features, [])
        after = figures(chosen, features, weights_of(name))
        deltas[style] += after[0] - before[0]
        print(f"  {name:<14} {style:<8} n {before[3]:4}  MRR {before[0]:.3f} -> {after[0]:.3f}  "
              f"R@1 {before[1]:.3f} -> {after[1]:.3f}  R@3 {before[2]:.3f} -> {after[2]:.3f}")
    count = Counter(style for _, style in groups)
    print("  mean change: " + ", ".join(f"{s} {deltas[s] / count[s]:+.4f}" for s in sorted(count)))


def written_model_problem(features, depth: int) -> str:
    """What the engine's check (``rescorerProblem``, over its shared ``RERANK_FEATURES``) finds
    wrong with a model of these features and this depth, "" when nothing: an unknown or misspelt
    name would leave the whole model unused in every site, silently."""
    from kbgen.search.runtime import call

    return call("rescorerProblem", {"depth": depth, "features": list(features), "weights": [0.0] * len(features)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=quality.EVAL / "kb")
    parser.add_argument("--write", action="store_true", help="write the model fitted on --fit-half")
    parser.add_argument("--fit-half", choices=("a", "b", "all"), default="a")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--depth", type=int, default=DEPTH)
    parser.add_argument("--features", default=",".join(FEATURES))
    parser.add_argument("--all-sets", action="store_true",
                        help="fit on every development set, not only FITTED_SETS (the shipped model's)")
    parser.add_argument("--no-loso", action="store_true", help="skip leave one set out")
    parser.add_argument("--cache", type=Path, help="keep the collected results in this JSON file")
    args = parser.parse_args()
    features = tuple(args.features.split(","))
    if args.write:  # before the long collection: a model the engine would refuse is never written
        problem = written_model_problem(features, args.depth)
        if problem:
            parser.error(f"--write: the engine refuses this model, not written: {problem}")
    if args.cache and args.cache.is_file():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = collect(args.kb, args.depth)
        if args.cache:
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    rows = fitting_rows(rows, args.all_sets)
    train = rows if args.fit_half == "all" else [r for r in rows if r["half"] == args.fit_half]
    weights = fit(train, features, args.c)
    print("weights (per unit of evidence, against the log of the score): " +
          ", ".join(f"{f} {w:+.3f}" for f, w in zip(features, weights)))
    if args.fit_half != "all":
        held = [r for r in rows if r["half"] != args.fit_half]
        table(f"half {'b' if args.fit_half == 'a' else 'a'} (held out), fitted on half {args.fit_half}",
              held, features, lambda _: weights)
    if not args.no_loso:
        names = sorted({r["set"] for r in rows})
        loso = {n: fit([r for r in train if r["set"] != n], features, args.c) for n in names}
        table("leave one set out (all of each set, model fitted on the others' fitting half)", rows, features,
              lambda n: loso[n])
    if args.write:
        MODEL.write_text(json.dumps({"depth": args.depth, "features": list(features),
                                     "weights": [round(w, 6) for w in weights],
                                     "fitted_on": f"half {args.fit_half} of "
                                                  f"{'the development sets' if args.all_sets else 'FITTED_SETS'}, C {args.c}"},
                                    indent=2) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
