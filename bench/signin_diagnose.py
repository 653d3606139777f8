#!/usr/bin/env python3
"""Why password/lockout clusters are proposed as new: a diagnostic run of ``kbgen suggest`` on one of
our own banks (``bench/suggest_data``), printing per such cluster its size, subjects, distinctive terms,
the best article by coverage and by search (share of members answered), and the sign-in rules' readings.

    python3 bench/signin_diagnose.py --part heldout16 [--variant caller|subjects] [--work W]

A tuning tool only: never run it on a frozen bank.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kbgen.suggest import coverage, sign_in  # noqa: E402
from kbgen.suggest.pipeline import SuggestOptions, run_suggest  # noqa: E402
from suggest_data.make import write  # noqa: E402
from suggest_real import KB, _majority, _truth  # noqa: E402

TOPS: dict = {}
PASSWORD = ("password-reset", "app-password-reset", "lockout")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", required=True)
    parser.add_argument("--variant", default="caller", choices=("caller", "subjects"))
    parser.add_argument("--work", type=Path)
    parser.add_argument("--all", action="store_true", help="Also gap clusters that are no password/lockout.")
    args = parser.parse_args()
    if args.part in ("heldout20", "heldout21", "heldout22"):
        parser.error("heldout20 is round 21's set-aside check, heldout21 round 22's and heldout22 is blind")
    seen = {}
    original = coverage._assess

    def recording(cluster, people, members, context, limit=coverage.QUERIES_PER_CLUSTER):
        result = original(cluster, people, members, context, limit)
        seen[frozenset(cluster.tickets)] = (people, members, context, limit)
        return result
    coverage._assess = recording
    original_search = coverage._search

    def searching(engine, query, limit):
        results = original_search(engine, query, limit)
        if limit == 1:
            key = " ".join(query.lower().split())
            TOPS[key] = (results[0].id, results[0].weak, round(results[0].score, 1), round(results[0].coverage, 2)) if results else None
        return results
    coverage._search = searching
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        data = work / args.part
        if not (data / "export.csv").exists():
            write(args.part, data)
        truth = _truth(data / "truth.jsonl")
        project = work / f"diag-{args.part}"
        if project.exists():
            shutil.rmtree(project)
        shutil.copytree(KB, project)
        export = data / ("export.csv" if args.variant == "caller" else "subjects.csv")
        result = run_suggest([export], project, SuggestOptions())
        rows = [r for r in result.rows if r.coverage.verdict == "gap"]
        for rank, row in enumerate(rows, 1):
            topic = _majority(row.cluster.tickets, truth)
            if topic not in PASSWORD and not args.all:
                continue
            if frozenset(row.cluster.tickets) not in seen:
                print(f"#{rank} {topic} (not assessed through _assess)")
                continue
            people, members, context, limit = seen[frozenset(row.cluster.tickets)]
            _report(rank, topic, row, people, members, context)
    return 0


def _report(rank, topic, row, people, members, context) -> None:
    kb = context.kb
    cov = row.coverage
    weights = coverage.cluster_terms(members, context.frequency, context.total)
    answers = Counter()
    queries = coverage._queries(people, 25)
    counts = Counter(coverage.query_text(t.subject) for t in people)
    for q in queries:
        answers[context.search(q) if context.search else None] += counts[q]
    asked = sum(counts[q] for q in queries) or 1
    top = [(kb.articles[context.position[a]].title[:40] if a else "-", round(n / asked, 2))
           for a, n in answers.most_common(3)]
    print(f"#{rank} {topic} size={row.cluster.size} title={row.cluster.title[:60]!r}")
    print(f"   best={cov.article_title[:40]!r} share={cov.term_share} score={cov.score} "
          f"consensus={cov.consensus} answered={cov.answered} missing={list(cov.missing)[:6]}")
    print(f"   terms={[(t, round(w, 2), kb.knows(t)) for t, w in list(weights.items())[:8]]}")
    print(f"   search={top}")
    weak = Counter()
    for q in queries:
        found = TOPS.get(" ".join(q.lower().split()))
        weak[kb.articles[context.position[found[0]]].title[:30] if found and found[0] in context.position else "-"] += counts[q]
    print(f"   any-top={[(t, round(n / asked, 2)) for t, n in weak.most_common(3)]}")
    for q in queries[:3]:
        print(f"      top {q[:50]!r}: {TOPS.get(' '.join(q.lower().split()))}")
    problem = sign_in.account_problem(members, kb)
    print(f"   account_problem={problem} signing_only={sign_in._signing_only(members, kb)} "
          f"beside={sign_in.beside_signing_in(members, context) if problem else '-'} "
          f"head={coverage._head_word(people, context)}")
    from kbgen.suggest import sign_in_model
    subjects = [t.subject for t in people]
    share = sign_in_model.sign_in_share(subjects)
    print(f"   model share={share:.2f} (cluster needs {sign_in_model.CLUSTER_SHARE}) "
          f"modelled={sign_in.modelled_account(subjects, members, weights, np.zeros(len(kb.articles)), kb)}")
    for subject, n in Counter(t.subject for t in people).most_common(4):
        print(f"      {n:>4} {subject[:90]}")


if __name__ == "__main__":
    raise SystemExit(main())
