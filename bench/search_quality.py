"""Search quality: MRR@10, recall@1/3, "no good answer", per query set and per rule family.

Usage: python bench/search_quality.py [--kb DIR] [--families] [--browser] [--misses SET]
                                      [--causes SET] [--thresholds] [--frozen] [--queries TSV ...]
                                      [--settings JSON ...] [--half a|b]

Query sets (each split by style: written questions, terse ticket subjects, unanswerable; an
unanswerable row of check v2 to v23 also says its kind: a KB word in another sense, something
the desk does not do, an HR or facilities question, nonsense):
- own-dev: bench/queries-own-dev.tsv, kbgen's own development queries (tuned on);
- check-v1: bench/queries-own-check-v1.tsv, written first and frozen in the first round,
  measured once there; development data since the second round (tuned on);
- check-v2: bench/queries-own-check-v2.tsv, written before the second round's tuning and
  frozen then, measured twice there; development data since the third round (tuned on);
- check-v3: bench/queries-own-check-v3.tsv, written before the third round's tuning and
  frozen then, measured once there; development data since the fourth round (tuned on);
- check-v4: bench/queries-own-check-v4.tsv, written before the fourth round's tuning and
  frozen then, measured once there; development data since the fifth round (tuned on);
- check-v5: bench/queries-own-check-v5.tsv, written before the fifth round's tuning and
  frozen then, measured once there; development data since the sixth round (tuned on);
- check-v6: bench/queries-own-check-v6.tsv, written before the sixth round's tuning and
  frozen then, measured once there; development data since the seventh round (tuned on);
- check-v7: bench/queries-own-check-v7.tsv, written before the seventh round's tuning and
  frozen then, measured once there; development data since the eighth round (tuned on);
- check-v8: bench/queries-own-check-v8.tsv, written before the eighth round's tuning and
  frozen then, measured once there; development data since the ninth round (tuned on);
- check-v9: bench/queries-own-check-v9.tsv, written before the ninth round's tuning and
  frozen then, measured once there; development data since the tenth round (tuned on);
- check-v10: bench/queries-own-check-v10.tsv, written before the tenth round's tuning and
  frozen then, measured once there; development data since the eleventh round (tuned on);
- check-v11: bench/queries-own-check-v11.tsv, written before the eleventh round's tuning and
  frozen then, measured once there; development data since the twelfth round (tuned on);
- check-v12: bench/queries-own-check-v12.tsv, written before the twelfth round's tuning and
  frozen then, measured once there; development data since the thirteenth round (tuned on);
- check-v13: bench/queries-own-check-v13.tsv, written before the thirteenth round's tuning and
  frozen then, measured once there; development data since the fourteenth round (tuned on);
- check-v14: bench/queries-own-check-v14.tsv, written before the fourteenth round's tuning and
  frozen then, measured once there; development data since the fifteenth round (tuned on);
- check-v15: bench/queries-own-check-v15.tsv, written before the fifteenth round's tuning and
  frozen then, measured once there; development data since the sixteenth round (tuned on);
- check-v16: bench/queries-own-check-v16.tsv, written for the sixteenth round by a separate helper
  who never read the search code, measured once after that round's merge; development data since
  the seventeenth round (tuned on);
- check-v17: bench/queries-own-check-v17.tsv, written for the seventeenth round by a separate helper
  who never read the search code, measured once after that round's merge; development data since
  the eighteenth round (tuned on);
- check-v18: bench/queries-own-check-v18.tsv, written for the eighteenth round by a separate helper
  who never read the search code, measured once after that round's merge; development data since
  the nineteenth round (tuned on);
- check-v19: bench/queries-own-check-v19.tsv, written for the nineteenth round by a separate helper
  who never read the search code, never seen by that round's tuners, measured once after that
  round's merge; development data since the twentieth round (tuned on);
- check-v20: bench/queries-own-check-v20.tsv, written for the twentieth round by a separate helper
  who never read the search code, never seen by that round's tuners, measured once after that
  round's merge; development data since the twenty-first round (tuned on);
- check-v21: bench/queries-own-check-v21.tsv, written for the twenty-first round by a separate helper
  who never read the search code, never seen by that round's tuners, measured once after that
  round's merge; development data since the twenty-second round (tuned on);
- check-v22: bench/queries-own-check-v22.tsv, written for the twenty-second round by a separate helper
  who never read the search code, never seen by that round's tuners, measured once after that
  round's merge; development data since the twenty-third round (tuned on);
- check-v23: bench/queries-own-check-v23.tsv, written for the twenty-third round by a separate helper
  who never read the search code, never seen by that round's tuners: never tuned on, never read
  by bench/search_fit.py, measured only with --frozen;
- earlier: bench/queries-earlier.tsv, an older check set (development data);
- eval-dev: ../shared/eval/search/queries-dev.tsv, the shared development queries;
- eval-subjects: the distinct subjects of ../shared/eval/tickets/dev/servicenow.csv, labelled
  through coverage.csv (a covered topic's articles answer it; subjects of gap topics and
  one-off tickets are unanswerable; partly covered topics are left out).

The baseline is the same index queried plainly: no synonyms, corrections, completions,
respelling, phrases, fault titles, unknown-word discount, coverage factor, body-only credit,
incidental words, context words, weight saturation or re-scorer (bench/search_rerank.py). --families prints, for every rule
family, the figures with that family switched off, next to the full engine. --thresholds prints the no-answer trade-off at other
values of min_confidence. --browser also ranks every query in headless Chromium and counts
identical answers. --settings '{"phraseBoost": 0.5}' also measures the engine with those
settings (the names of DEFAULTS in kbgen-search-engine.js) changed, one line per variant.
--half a (or b) keeps only the queries of that fixed half of every set, by a hash of the query
text (`half_of`, written before the seventeenth round's tuning): tune on a, check on b.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
TICKETS = EVAL / "tickets" / "dev"

#: Setting overrides that switch one rule family off (the engine's DEFAULTS hold the rest).
FAMILIES = {
    "synonyms": {"synonymBoost": 0.0},
    "typos": {"typoMinLength": 99, "typo2MinLength": 99, "uniqueTypoMinLength": 99},
    "prefixes": {"maxPrefixes": 0},
    "respelling": {"respell": False, "joinWords": False, "splitWords": False},
    "phrases": {"phraseBoost": 0.0, "swappedPhraseBoost": 0.0},
    "fault titles": {"symptomBoost": 0.0},
    "unknown words": {"unknownWeight": 1.0},
    "coverage": {"coveragePower": 0.0},
    "body-only credit": {"bodyCredit": 1.0},
    "incidental words": {"incidentalWeight": 1.0},
    "context words": {"contextWeight": 1.0},
    "weight saturation": {"weightSaturation": 0},
    "re-scorer": {"rerank": False},
}


#: The kind of an unanswerable query (fourth column of check v2), for the no-answer figures.
KINDS = {}


def read_queries(path: Path) -> list[tuple[str, list[str], str]]:
    """(query, relevant ids, style) rows; no ids means unanswerable. An optional fourth
    column says what kind of unanswerable query a row is (kept in KINDS)."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))[1:]
    out = []
    for row in rows:
        relevant = [] if row[1].strip() == "-" else row[1].split()
        style = row[2] if len(row) > 2 else "written"
        if len(row) > 3 and not relevant:
            KINDS[row[0]] = row[3]
        out.append((row[0], relevant, style if relevant else "unanswerable"))
    return out


def ticket_subjects() -> list[tuple[str, list[str], str]]:
    """Distinct ServiceNow subjects of the dev tickets, labelled through coverage.csv."""
    def table(name):
        with (TICKETS / name).open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    topic_of = {r["servicenow"]: r["topic"] for r in table("truth.csv")}
    verdict = {r["topic"]: (r["verdict"], r["articles"].split()) for r in table("coverage.csv")}
    seen: dict[str, tuple[list[str], str]] = {}
    for row in table("servicenow.csv"):
        kind, articles = verdict.get(topic_of.get(row["number"], "-"), ("gap", []))
        subject = row["short_description"].strip()
        if kind == "partial" or not subject or subject in seen:
            continue
        seen[subject] = (articles, "subject") if kind == "covered" else ([], "unanswerable")
    return [(q, rel, style) for q, (rel, style) in sorted(seen.items())]


def half_of(query: str) -> str:
    """The fixed half ("a" or "b") a query belongs to: the first bit of the SHA-256 of its text.
    Written before any tuning of the seventeenth round, so a rule is tuned on half a and checked
    on half b of every set, and no choice of which query goes where can favour a rule."""
    return "a" if hashlib.sha256(query.encode("utf-8")).digest()[0] < 128 else "b"


def query_sets(args) -> dict[str, list]:
    sets = all_query_sets(args)
    half = getattr(args, "half", None)
    if half:
        sets = {name: [row for row in rows if half_of(row[0]) == half] for name, rows in sets.items()}
    return sets


def all_query_sets(args) -> dict[str, list]:
    if args.queries:
        return {p.stem: read_queries(p) for p in args.queries}
    sets = {"own-dev": read_queries(ROOT / "bench" / "queries-own-dev.tsv"),
            "check-v1": read_queries(ROOT / "bench" / "queries-own-check-v1.tsv")}
    for version in range(2, 23):
        sets[f"check-v{version}"] = read_queries(ROOT / "bench" / f"queries-own-check-v{version}.tsv")
    if getattr(args, "frozen", False):
        sets["check-v23"] = read_queries(ROOT / "bench" / "queries-own-check-v23.tsv")
    sets["earlier"] = read_queries(ROOT / "bench" / "queries-earlier.tsv")
    if (EVAL / "search" / "queries-dev.tsv").exists():
        sets["eval-dev"] = read_queries(EVAL / "search" / "queries-dev.tsv")
    if (TICKETS / "coverage.csv").exists():
        sets["eval-subjects"] = ticket_subjects()
    return sets


def metrics(rows, answers) -> dict:
    """Per style: MRR@10, recall@1/3 and shown-weak over answerable rows; no-answer rate over
    unanswerable rows."""
    out = {}
    for style in sorted({s for _, _, s in rows}):
        picked = [(rel, a) for (_, rel, s), a in zip(rows, answers) if s == style]
        if style == "unanswerable":
            hits = sum(1 for _, (ids, weak) in picked if weak or not ids)
            out[style] = {"no-answer": hits / len(picked), "n": len(picked)}
            kinds = [(KINDS.get(q), weak or not ids) for (q, _, s), (ids, weak) in zip(rows, answers)
                     if s == style and q in KINDS]
            for kind in sorted({k for k, _ in kinds}):
                flags = [f for k, f in kinds if k == kind]
                out[style][kind] = sum(flags) / len(flags)
            continue
        rr, r1, r3, weak_n = [], [], [], 0
        for relevant, (ids, weak) in picked:
            rank = next((i + 1 for i, d in enumerate(ids[:10]) if d in relevant), None)
            rr.append(1 / rank if rank else 0.0)
            r1.append(1.0 if rank == 1 else 0.0)
            r3.append(1.0 if rank and rank <= 3 else 0.0)
            weak_n += bool(weak)
        out[style] = {"MRR@10": statistics.mean(rr), "R@1": statistics.mean(r1),
                      "R@3": statistics.mean(r3), "weak": weak_n / len(picked), "n": len(picked)}
    return out


def misses(rows, answers) -> list[str]:
    out = []
    for (query, relevant, style), (ids, weak) in zip(rows, answers):
        if relevant and (not ids or ids[0] not in relevant or weak):
            out.append(f"  [{style}] {query!r}: want {' '.join(relevant)}, got {' '.join(ids[:3])}"
                       f"{' (weak)' if weak else ''}")
        if not relevant and not weak and ids:
            out.append(f"  [unanswerable] {query!r}: got {ids[0]} (not weak)")
    return out


def where_of(files: dict) -> dict[str, dict[int, int]]:
    """{term: {article number: where}} over every postings shard of an index's files (where:
    3 named in the title, keywords or tags, 2 in the summary or headings, 1 only in the body)."""
    out = {}
    for name, data in files.items():
        if name.startswith("search/terms-"):
            shard = json.loads(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)
            out.update({t: {arr[i]: arr[i + 2] for i in range(0, len(arr), 3)} for t, arr in shard.items()})
    return out


def cause_of(engine, where, number, query, relevant, answer) -> str:
    """Why an answerable query's first right answer is not first, or is flagged: the share of
    the query's word weight the right article names (in its title, keywords, tags, summary or
    headings, through the word, a synonym or a correction) tells a vocabulary gap (under a
    third named: 'thin'; only in its body or nowhere: 'gap') from a ranking miss ('outranked')."""
    ids, weak = answer
    rank = next((i for i, got in enumerate(ids) if got in relevant), None)
    if rank == 0:
        return "first, flagged no good answer"
    slots = [s for s in engine.analyse(query) if s["weight"] > 0 and s["clauses"]]
    total = sum(s["weight"] for s in slots) or 1.0
    named = found = 0.0
    for ref in (number[r] for r in relevant if r in number):
        levels = [max([where.get(c["term"], {}).get(ref, 0) for c in s["clauses"]]) for s in slots]
        share = sum(s["weight"] for s, level in zip(slots, levels) if level >= 2) / total
        if share >= named:
            named, found = share, sum(s["weight"] for s, level in zip(slots, levels) if level) / total
    kind = ("outranked" if named >= 1 / 3 else "thin" if named > 0 else
            "gap: only in its body" if found else "gap: none of its words")
    return f"{kind}, {'ranked 2-3' if rank is not None and rank < 3 else 'not in the first 3'}"


def corrections(settings: dict) -> set[tuple[float, float]]:
    """The (boost, credit) pairs the engine gives a term reached by correcting a misspelt query
    word at edit distance 1 or 2 (typoBoost, typoCredit and shortTypoCredit, each divided by
    the distance: addExact in kbgen-search-engine.js), read from the engine's own settings."""
    return {(round(settings["typoBoost"] / d, 6), round(settings[name] / d, 6))
            for name in ("typoCredit", "shortTypoCredit") for d in (1, 2)}


def words_of(engine, query) -> str:
    """What the query's words are to the index: a quarter or more of their weight unknown
    (words the site never uses, other languages), a misspelling corrected into it, or known."""
    slots = [s for s in engine.analyse(query) if s["weight"] > 0]
    total = sum(s["weight"] for s in slots) or 1.0
    if sum(s["weight"] for s in slots if not s["clauses"]) / total >= 0.25:
        return "words unknown to the site"
    corrected = corrections(engine.settings())
    if any((round(c["boost"], 6), round(c["credit"], 6)) in corrected for s in slots for c in s["clauses"]):
        return "a misspelling corrected"
    return "words known"


def causes(engine, files, rows, answers) -> list[str]:
    """The misses of answerable queries counted by cause (cause_of) and by what their words
    are to the index (words_of), most frequent first."""
    chunks = sorted((int(name.split("-")[1].split(".")[0]), data) for name, data in files.items()
                    if name.startswith("search/docs-"))
    docs = [doc for _, data in chunks for doc in json.loads(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)]
    number = {doc[0]: n for n, doc in enumerate(docs)}
    where, counts = where_of(files), Counter()
    for (query, relevant, style), answer in zip(rows, answers):
        ids, weak = answer
        if relevant and (not ids or ids[0] not in relevant or weak):
            counts[f"[{style}] {words_of(engine, query)}; {cause_of(engine, where, number, query, relevant, answer)}"] += 1
    return [f"  {n:4d} {label}" for label, n in counts.most_common()]


def build_engine(kb: Path, overrides: dict | None = None, synonyms: bool = True):
    from kbgen.build import load_project
    from kbgen.search.engine import SearchEngine
    from kbgen.search.index import SearchIndex
    from kbgen.search.settings import SearchSettings

    corpus, diagnostics = load_project(kb)
    if corpus is None:
        sys.exit("\n".join(d.format() for d in diagnostics))
    settings = SearchSettings.from_config(corpus.config.search)
    overrides = dict(overrides or {})
    power = overrides.pop("coveragePower", None)
    settings = replace(settings, overrides=overrides, synonyms=settings.synonyms if synonyms else [])
    index = SearchIndex.build(corpus, settings=settings)
    if power is not None:
        index.manifest["threshold"] = dict(index.manifest["threshold"], coveragePower=power)
    files = index.files()
    return SearchEngine.load(files), files


def run_engine(engine, rows) -> tuple[list, list[float]]:
    answers, times = [], []
    for query, _, _ in rows:
        start = time.perf_counter()
        results = engine.search(query, limit=10)
        times.append(time.perf_counter() - start)
        answers.append(([r.id for r in results], bool(results and results[0].weak)))
    return answers, times


def line(name: str, figures: dict) -> str:
    parts = []
    for style, f in figures.items():
        if style == "unanswerable":
            kinds = "".join(f" {k} {v:.2f}" for k, v in f.items() if k not in ("n", "no-answer"))
            parts.append(f"unanswerable({f['n']}) no-answer {f['no-answer']:.2f}{kinds}")
        else:
            parts.append(f"{style}({f['n']}) MRR {f['MRR@10']:.3f} R@1 {f['R@1']:.3f} "
                         f"R@3 {f['R@3']:.3f} weak {f['weak']:.2f}")
    return f"  {name:<25} " + " | ".join(parts)


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


def thresholds(files: dict[str, bytes], sets) -> None:
    """The no-good-answer trade-off at other values of min_confidence (the same index, its
    manifest's cut moved)."""
    import json
    import math

    from kbgen.search.engine import SearchEngine
    from kbgen.search.settings import no_answer_model

    manifest = json.loads(files["search/manifest.json"])
    print("\nno-good-answer trade-off (min_confidence): unanswerable flagged / answerable written / subjects flagged")
    shipped = no_answer_model()["min_confidence"]
    for confidence in sorted({0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, shipped}):
        model = dict(manifest["threshold"]["model"], cut=math.log(confidence / (1 - confidence)))
        patched = dict(manifest, threshold=dict(manifest["threshold"], model=model))
        engine = SearchEngine.load(dict(files, **{"search/manifest.json": json.dumps(patched).encode()}))
        parts = []
        for name, rows in sets.items():
            answers, _ = run_engine(engine, rows)
            flags = {style: [weak or not ids for (_, rel, s), (ids, weak) in zip(rows, answers) if s == style]
                     for style in ("unanswerable", "written", "subject")}
            parts.append(f"{name} " + "/".join(f"{sum(f) / len(f):.2f}" if f else "-" for f in flags.values()))
        print(f"  {confidence:.2f}  " + "  ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=EVAL / "kb")
    parser.add_argument("--queries", type=Path, action="append", help="query TSV (repeatable)")
    parser.add_argument("--families", action="store_true", help="each rule family switched off")
    parser.add_argument("--browser", action="store_true", help="also rank in Chromium")
    parser.add_argument("--thresholds", action="store_true", help="no-answer trade-off")
    parser.add_argument("--frozen", action="store_true", help="also measure the frozen check v23")
    parser.add_argument("--half", choices=("a", "b"), help="only the queries of this fixed half of every set "
                        "(by a hash of the query: tune on a, check on b)")
    parser.add_argument("--misses", action="append", default=[], help="list misses of this set")
    parser.add_argument("--causes", action="append", default=[], help="count misses of this set by cause")
    parser.add_argument("--settings", type=json.loads, action="append", default=[],
                        help='engine settings of a variant to measure beside kbgen, as JSON (repeatable)')
    args = parser.parse_args()
    sets = query_sets(args)
    engine, files = build_engine(args.kb)
    everything_off = {k: v for family in FAMILIES.values() for k, v in family.items()}
    baseline, _ = build_engine(args.kb, everything_off, synonyms=False)
    variants = {}
    if args.families:
        variants = {f"without {name}": build_engine(args.kb, overrides)[0]
                    for name, overrides in FAMILIES.items()}
    for overrides in args.settings:
        variants[f"with {json.dumps(overrides)}"] = build_engine(args.kb, overrides)[0]
    for name, rows in sets.items():
        answers, times = run_engine(engine, rows)
        print(f"== {name}: {len(rows)} queries, median {statistics.median(times) * 1000:.2f} ms per query")
        print(line("kbgen", metrics(rows, answers)))
        print(line("baseline (plain BM25)", metrics(rows, run_engine(baseline, rows)[0])))
        for label, variant in variants.items():
            print(line(label, metrics(rows, run_engine(variant, rows)[0])))
        if name in args.misses:
            print("\n".join(misses(rows, answers)))
        if name in args.causes:
            print("\n".join(causes(engine, files, rows, answers)))
        if args.browser:
            browser = browser_answers(files, [q for q, _, _ in rows])
            same = sum(a == b for a, b in zip(answers, browser))
            print(line("in Chromium", metrics(rows, browser)))
            print(f"  identical top 10 and no-answer flag, CLI and Chromium: {same}/{len(rows)}")
    if args.thresholds:
        thresholds(files, sets)


if __name__ == "__main__":
    main()
