"""Search quality on an evaluation set: MRR@10, recall@1/3/5, no-answer rate.

Usage: python bench/search_quality.py [--kb DIR] [--queries TSV ...] [--browser] [--misses]

Without --queries it measures the dev set of ../shared/eval and kbgen's own held-out-style check
set (bench/queries-check.tsv), each on its own line.

Measures the CLI ranking (the Python engine over the built index); with --browser also the
ranking in headless Chromium over the same files, and how often the two top-5 lists agree.
The baseline is the same index with plain lunr-style querying: no synonyms, typo or prefix
expansion, no coverage factor.
"""
from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"


def read_queries(path: Path) -> list[tuple[str, list[str]]]:
    """(query, relevant ids) rows; an empty list means unanswerable."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))[1:]
    return [(q, [] if rel.strip() == "-" else rel.split()) for q, rel in rows]


def metrics(rows: list[tuple[str, list[str]]], answers: list[tuple[list[str], bool]]) -> dict:
    """MRR@10, recall@k over answerable rows; no-answer rate over unanswerable ones."""
    rr, r1, r3, r5, weak_hits, unanswerable, false_weak = [], [], [], [], 0, 0, 0
    for (query, relevant), (ids, weak) in zip(rows, answers):
        if not relevant:
            unanswerable += 1
            weak_hits += weak or not ids
            continue
        false_weak += weak
        rank = next((i + 1 for i, doc in enumerate(ids[:10]) if doc in relevant), None)
        rr.append(1 / rank if rank else 0.0)
        for k, bucket in ((1, r1), (3, r3), (5, r5)):
            bucket.append(1.0 if any(d in relevant for d in ids[:k]) else 0.0)
    return {"MRR@10": statistics.mean(rr), "recall@1": statistics.mean(r1),
            "recall@3": statistics.mean(r3), "recall@5": statistics.mean(r5),
            "no-answer": f"{weak_hits}/{unanswerable}", "answerable shown weak": false_weak}


def misses(rows, answers) -> list[str]:
    out = []
    for (query, relevant), (ids, weak) in zip(rows, answers):
        if relevant and (not ids or ids[0] not in relevant or weak):
            out.append(f"  {query!r}: want {' '.join(relevant)}, got {' '.join(ids[:3])}"
                       f"{' (weak)' if weak else ''}")
        if not relevant and not weak and ids:
            out.append(f"  {query!r}: unanswerable, got {ids[0]} (not weak)")
    return out


def build_engine(kb: Path, plain: bool = False):
    from kbgen.build import load_project
    from kbgen.search.analysis import Settings
    from kbgen.search.engine import SearchEngine
    from kbgen.search.index import SearchIndex
    from kbgen.search.settings import SearchSettings

    corpus, diagnostics = load_project(kb)
    if corpus is None:
        sys.exit("\n".join(d.format() for d in diagnostics))
    settings = SearchSettings.from_config(corpus.config.search)
    if plain:
        settings = SearchSettings(synonyms=[], analysis=Settings(
            typo_min_length=99, typo2_min_length=99, max_prefixes=0, phrase_boost=0.0))
    files = SearchIndex.build(corpus, settings=settings).files()
    engine = SearchEngine.load(files)
    if plain:
        engine.threshold = dict(engine.threshold, coveragePower=0.0)
    return engine, files


def run_engine(engine, rows) -> tuple[list, list[float]]:
    answers, times = [], []
    for query, _ in rows:
        start = time.perf_counter()
        results = engine.search(query, limit=10)
        times.append(time.perf_counter() - start)
        answers.append(([r.id for r in results], bool(results and results[0].weak)))
    return answers, times


def browser_answers(files: dict[str, bytes], queries: list[str]) -> list[tuple[list[str], bool]]:
    """(ids, weak) of every query, ranked by kbgen-search.js in headless Chromium."""
    import tempfile

    from playwright.sync_api import sync_playwright
    from search_speed import CHROMIUM_ARGS, serve, write_site

    with tempfile.TemporaryDirectory() as tmp:
        write_site(Path(tmp), files)
        base, server = serve(Path(tmp))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page()
                page.goto(base + "search/")
                answers = page.evaluate("""async (queries) => {
                    const out = [];
                    for (const q of queries) {
                        const a = await window.kbgenSearch.search(q, 10);
                        out.push([a.results.map(r => r.id), a.weak]);
                    }
                    return out;
                }""", queries)
                browser.close()
        finally:
            server.terminate()
            server.wait()
    return [(ids, weak) for ids, weak in answers]


def show(name: str, figures: dict) -> None:
    print(f"{name:<10}" + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                   for k, v in figures.items()))


def measure(name: str, rows, baseline, engine, files, args) -> None:
    """Print baseline, CLI (and browser) figures for one query set."""
    base_answers, _ = run_engine(baseline, rows)
    answers, times = run_engine(engine, rows)
    print(f"== {name}: {len(rows)} queries")
    show("baseline", metrics(rows, base_answers))
    show("cli", metrics(rows, answers))
    print(f"cli per-query time: median {statistics.median(times) * 1000:.2f} ms")
    if args.misses:
        print("\n".join(misses(rows, answers)))
    if args.browser:
        browser = browser_answers(files, [q for q, _ in rows])
        show("browser", metrics(rows, [(ids, weak) for ids, weak in browser]))
        agree = sum(a == (b[0][:10], b[1]) for a, b in zip(answers, browser))
        print(f"identical results (top 10 and no-answer flag) cli/browser: {agree}/{len(rows)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=EVAL / "kb")
    parser.add_argument("--queries", type=Path, action="append",
                        help="query TSV (repeatable; default: the dev set and bench/queries-check.tsv)")
    parser.add_argument("--browser", action="store_true", help="also measure in Chromium")
    parser.add_argument("--misses", action="store_true", help="list queries ranked wrong or shown weak")
    args = parser.parse_args()
    paths = args.queries or [p for p in (EVAL / "search" / "queries-dev.tsv",
                                         ROOT / "bench" / "queries-check.tsv") if p.exists()]
    baseline, _ = build_engine(args.kb, plain=True)
    engine, files = build_engine(args.kb)
    for path in paths:
        measure(path.name, read_queries(path), baseline, engine, files, args)


if __name__ == "__main__":
    main()
