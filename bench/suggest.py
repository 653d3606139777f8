"""Benchmark and quality figures of ``kbgen suggest``.

    python bench/suggest.py [--tickets 100000] [--repeat 1] [--dev DIR] [--kb DIR] [--short BANK] [--distinct]

1. Baseline: the 3,000-ticket dev export (ServiceNow CSV) against the evaluation KB.
2. Scale: the dev export multiplied to ``--tickets`` rows with new ids (same texts, so the
   run also exercises near-duplicate collapse), same project; with ``--distinct`` every copy's
   texts differ (another caller, a line of everyday words in each text field).
3. With ``--short BANK`` (``tune``, ``tune2``...): a short-description export of ``--tickets``
   tickets generated from that phrasing bank (``bench/suggest_data``), nearly all subjects
   distinct, as a real export of that size is.
Each run is a fresh process; wall time and peak memory (ru_maxrss) are printed as medians over
``--repeat`` runs, with the ratio to the baseline. Then the quality on dev: ARI, AMI and
V-measure over topic tickets (unclustered tickets as singletons), the share of one-off tickets
left out of clusters, spike flags, and coverage verdicts against ``coverage.csv``.
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def child(export: str, project: str, json_path: str) -> None:
    """Run the pipeline once in this process and print time and peak memory as JSON."""
    sys.path.insert(0, str(ROOT))
    from kbgen.suggest.pipeline import SuggestOptions, run_suggest

    start, cpu = time.perf_counter(), time.process_time()
    result = run_suggest([Path(export)], Path(project), SuggestOptions(json_path=Path(json_path)))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak, "clusters": len(result.clusters),
                      "tickets": result.tickets}))


def multiply(source: Path, target: Path, count: int, distinct: bool = False) -> None:
    """Write ``count`` ServiceNow rows: copies of ``source`` with new, unique numbers; ``distinct``: every
    copy after the first gets another caller and a line of 3-6 everyday words in each text field, so
    no two tickets share a text (as in ``bench/redact.py --distinct``)."""
    import random

    from faker.providers.lorem.en_US import Provider as Lorem
    from faker.providers.person.en_US import Provider as People

    rng = random.Random(5)
    words, firsts, lasts = list(Lorem.word_list), list(People.first_names), list(People.last_names)
    with open(source, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [k for k in ("short_description", "description", "comments_and_work_notes", "close_notes") if k in rows[0]]
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writeheader()
        for n in range(count):
            row = dict(rows[n % len(rows)])
            row["number"] = f"INC{9000000 + n:07d}"
            if distinct and n >= len(rows):
                for key in texts:
                    if row[key]:
                        extra = " ".join(rng.choices(words, k=rng.randrange(3, 7)))
                        row[key] += (" - " if key == "short_description" else "\n") + extra
                if "caller_id" in row:
                    row["caller_id"] = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            writer.writerow(row)


def measure(export: Path, project: Path, json_path: Path, repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, __file__, "--child", str(export), str(project), str(json_path)],
                             check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {"seconds": statistics.median(r["seconds"] for r in runs), "cpu": statistics.median(r["cpu"] for r in runs),
            "peak_mib": statistics.median(r["peak_mib"] for r in runs),
            "clusters": runs[-1]["clusters"], "tickets": runs[-1]["tickets"]}


def quality(report: dict, dev: Path) -> None:
    from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score, v_measure_score

    with open(dev / "truth.csv", newline="", encoding="utf-8") as handle:
        topic_of = {row["servicenow"]: row["topic"] for row in csv.DictReader(handle)}
    label = {t: c["id"] for c in report["clusters"] for t in c["tickets"]}
    ids = [t for t, topic in topic_of.items() if topic != "-"]
    truth, predicted = [topic_of[t] for t in ids], [label.get(t, "single-" + t) for t in ids]
    one_offs = [t for t, topic in topic_of.items() if topic == "-"]
    print(f"clustering (dev, {len(ids)} topic tickets): ARI {adjusted_rand_score(truth, predicted):.3f}  "
          f"AMI {adjusted_mutual_info_score(truth, predicted):.3f}  V {v_measure_score(truth, predicted):.3f}  "
          f"clusters {len(report['clusters'])}")
    print(f"one-off tickets left unclustered: {sum(t not in label for t in one_offs) / len(one_offs):.0%}")
    majority = {c["id"]: Counter(topic_of[t] for t in c["tickets"]).most_common(1)[0][0] for c in report["clusters"]}
    print("spike clusters:", ", ".join(f"{c['id']}={majority[c['id']]}" for c in report["clusters"] if c["spike"]))
    with open(dev / "coverage.csv", newline="", encoding="utf-8") as handle:
        expected = {row["topic"]: row for row in csv.DictReader(handle)}
    print("\ncoverage (topic: truth -> verdict, closest article, similarity, search consensus)")
    counts = Counter()
    for c in report["clusters"]:
        topic = majority[c["id"]]
        want = expected.get(topic, {"verdict": "-", "articles": ""})
        ok = (want["verdict"] == c["verdict"]) or (want["verdict"] == "-")
        counts[(want["verdict"], c["verdict"])] += 1
        consensus = "-" if c.get("consensus") is None else f"{c['consensus']:.2f}"
        print(f"  {c['id']} {topic:26} {want['verdict']:8} -> {c['verdict']:8} {c['covered_by'] or '-':7} "
              f"{c['score']:.3f} {consensus:>5} {'' if ok else '(differs)'}")
    print("\nverdict matrix (truth, ours): " + ", ".join(f"{k[0]}->{k[1]}: {v}" for k, v in sorted(counts.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--dev", type=Path, default=SHARED / "eval" / "tickets" / "dev")
    parser.add_argument("--kb", type=Path, default=SHARED / "eval" / "kb")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--quality-only", action="store_true", help="Skip the timed runs.")
    parser.add_argument("--short", metavar="BANK", help="Also time a generated short-description export.")
    parser.add_argument("--distinct", action="store_true",
                        help="Scale with distinct texts (another caller and a line of words per copy).")
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(args.kb, work / "kb")
        if args.quality_only:
            child(str(args.dev / "servicenow.csv"), str(work / "kb"), str(work / "dev.json"))
            quality(json.loads((work / "dev.json").read_text(encoding="utf-8")), args.dev)
            return
        big = work / "tickets.csv"
        multiply(args.dev / "servicenow.csv", big, args.tickets, args.distinct)
        base = measure(args.dev / "servicenow.csv", work / "kb", work / "dev.json", args.repeat)
        scaled = measure(big, work / "kb", work / "big.json", args.repeat)
        print(f"baseline: {base['tickets']:>7} tickets  {base['seconds']:6.1f} s  peak {base['peak_mib']:6.0f} MiB  "
              f"{base['clusters']} clusters")
        print(f"scaled:   {scaled['tickets']:>7} tickets  {scaled['seconds']:6.1f} s  peak {scaled['peak_mib']:6.0f} MiB  "
              f"{scaled['clusters']} clusters")
        print(f"ratio: time x{scaled['seconds'] / base['seconds']:.1f}, memory x{scaled['peak_mib'] / base['peak_mib']:.1f} "
              f"for x{scaled['tickets'] / base['tickets']:.1f} tickets (median of {args.repeat} run(s); "
              f"goal <= 60 s and <= 2048 MiB); CPU {base['cpu']:.1f} s and {scaled['cpu']:.1f} s\n")
        if args.short:
            sys.path.insert(0, str(ROOT / "bench"))
            from suggest_data.make import write

            write(args.short, work / "short", args.tickets, pii_count=10)
            short = measure(work / "short" / "export.csv", work / "kb", work / "short.json", args.repeat)
            print(f"short:    {short['tickets']:>7} tickets  {short['seconds']:6.1f} s  (CPU {short['cpu']:.1f} s)  "
                  f"peak {short['peak_mib']:6.0f} MiB  {short['clusters']} clusters  ({args.short} bank, subjects only)\n")
        quality(json.loads((work / "dev.json").read_text(encoding="utf-8")), args.dev)


if __name__ == "__main__":
    main()
