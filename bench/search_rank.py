"""Ranking among found articles: written questions whose right article is in the first ten but
not first, grouped by cause, and variants of the engine's settings measured on every set.

Usage: python bench/search_rank.py [--kb DIR] [--list] [--settings JSON ...] [--half a|b]

Every development set's written questions (own-dev, check v1 to v18, earlier, eval dev; check
v18 is tuning data since the nineteenth round; the frozen check is never read). For each question whose right article is found
(in the first ten) but not first, the winner and the right article are compared on what the
engine weighs (`cause_of_order` says how):
- "right answers less": the winner answers more of the query's word weight (coverage): the
  right article lacks a concept of the question (a vocabulary gap, or a label the question does
  not support);
- "right answers more": the right article answers more of the query but scores lower: the
  winner's few words weigh more than the right article's many (coverage counts too little);
- "winner names more": both answer as much, the winner names more of it in its title,
  keywords, tags, summary or headings (field weights);
- "heavier weights": both answer and name as much, the winner's BM25 weights are larger
  (term frequency, field length, rarity).
--settings measures a variant (engine DEFAULTS names, or coveragePower) beside kbgen: MRR@10
and recall@1/3 of the written questions of every set, their mean over sets and eval dev.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_quality as sq  # noqa: E402


def all_sets(half: str | None = None) -> dict[str, list]:
    """Every development set (`search_quality.query_sets` without --frozen: check v18 is tuning
    data since the nineteenth round, the round's frozen check is never read here, nor by the
    tools built on this, search_vocab.py and search_assoc.py); with half, only that fixed half
    of each (`search_quality.half_of`)."""
    args = argparse.Namespace(queries=None, frozen=False, half=half)
    return sq.query_sets(args)


def postings(files: dict) -> dict[str, dict[int, tuple[float, int]]]:
    """{term: {article number: (weight, where)}} over an index's shards."""
    out = {}
    for name, data in files.items():
        if name.startswith("search/terms-"):
            shard = json.loads(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)
            out.update({t: {arr[i]: (arr[i + 1], arr[i + 2]) for i in range(0, len(arr), 3)}
                        for t, arr in shard.items()})
    return out


def doc_numbers(files: dict) -> dict[str, int]:
    chunks = sorted((int(name.split("-")[1].split(".")[0]), data) for name, data in files.items()
                    if name.startswith("search/docs-"))
    docs = [d for _, data in chunks for d in json.loads(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)]
    return {d[0]: n for n, d in enumerate(docs)}


def profile(engine, post, number, query, doc_id) -> dict:
    """What an article answers of a query: shares of the content word weight answered at all,
    named (title, keywords, tags, summary, headings) and titled (title, keywords, tags), and the
    summed posting weight of its terms."""
    slots = [s for s in engine.analyse(query) if s["weight"] > 0 and s["clauses"]]
    total = sum(s["weight"] for s in slots) or 1.0
    ref = number[doc_id]
    out = {"answered": 0.0, "named": 0.0, "titled": 0.0, "weight": 0.0, "slots": 0}
    for s in slots:
        levels = [post.get(c["term"], {}).get(ref, (0, 0)) for c in s["clauses"]]
        best = max(level for _, level in levels)
        out["answered"] += s["weight"] * (best > 0) / total
        out["named"] += s["weight"] * (best >= 2) / total
        out["titled"] += s["weight"] * (best == 3) / total
        out["weight"] += max(w * c["boost"] for (w, _), c in zip(levels, s["clauses"]))
        out["slots"] += best > 0
    return out


def cause_of_order(win: dict, right: dict) -> str:
    """The first difference (see the module docstring) between the winner and the right article."""
    if win["answered"] > right["answered"] + 0.05:
        return "right answers less"
    if right["answered"] > win["answered"] + 0.05:
        return "right answers more"
    if win["named"] > right["named"] + 0.05:
        return "winner names more"
    return "heavier weights"


def listing(engine, files, sets) -> None:
    post, number = postings(files), doc_numbers(files)
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list] = defaultdict(list)
    for name, rows in sets.items():
        for query, relevant, style in rows:
            if style != "written":
                continue
            ids = [r.id for r in engine.search(query, limit=10)]
            rank = next((i for i, d in enumerate(ids) if d in relevant), None)
            if not rank:
                continue
            right = next(d for d in ids if d in relevant)
            win_p, right_p = (profile(engine, post, number, query, d) for d in (ids[0], right))
            cause = cause_of_order(win_p, right_p)
            counts[cause][name] += 1
            examples[cause].append((name, query, ids[0], right, rank + 1, win_p, right_p))
    for cause, per_set in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{cause}: {sum(per_set.values())}  " + " ".join(f"{k} {v}" for k, v in sorted(per_set.items())))
    for cause, rows in examples.items():
        print(f"\n== {cause}")
        for name, query, win, right, rank, wp, rp in rows:
            fmt = lambda p: f"ans {p['answered']:.2f} nam {p['named']:.2f} tit {p['titled']:.2f} w {p['weight']:.1f}"
            print(f"  {name}: {query!r} {win} over {right} (#{rank}) | win {fmt(wp)} | right {fmt(rp)}")


def written_figures(engine, sets) -> dict[str, tuple[float, float, float]]:
    """MRR@10, recall@1, recall@3 of every set's written questions."""
    out = {}
    for name, rows in sets.items():
        rows = [r for r in rows if r[2] == "written"]
        if not rows:
            continue
        answers, _ = sq.run_engine(engine, rows)
        f = sq.metrics(rows, answers)["written"]
        out[name] = (f["MRR@10"], f["R@1"], f["R@3"])
    return out


def report(label: str, figures: dict, base: dict | None) -> None:
    mean = statistics.mean(f[0] for f in figures.values())
    delta = "" if base is None else f" ({mean - statistics.mean(f[0] for f in base.values()):+.4f})"
    worst = "" if base is None else " worst " + min(
        (f"{k} {figures[k][0] - base[k][0]:+.3f}" for k in figures), key=lambda s: float(s.split()[-1]))
    print(f"{label:<60} mean MRR {mean:.4f}{delta} eval-dev {figures.get('eval-dev', (0,))[0]:.3f}{worst}")
    print("   " + " ".join(f"{k.replace('check-', '')} {v[0]:.3f}" for k, v in figures.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=sq.EVAL / "kb")
    parser.add_argument("--list", action="store_true", help="list found-but-not-first questions by cause")
    parser.add_argument("--settings", type=json.loads, action="append", default=[])
    parser.add_argument("--half", choices=("a", "b"), help="only this fixed half of every set (tune on a)")
    args = parser.parse_args()
    sets = all_sets(args.half)
    engine, files = sq.build_engine(args.kb)
    if args.list:
        listing(engine, files, sets)
    base = written_figures(engine, sets)
    report("kbgen", base, None)
    for overrides in args.settings:
        variant, _ = sq.build_engine(args.kb, overrides)
        report(json.dumps(overrides), written_figures(variant, sets), base)


if __name__ == "__main__":
    main()
