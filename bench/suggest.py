"""Benchmark and quality figures of ``kbgen suggest``.

    python bench/suggest.py [--tickets 100000] [--repeat 1] [--dev DIR] [--kb DIR] [--short BANK] [--distinct]
                            [--stages] [--compare DIR] [--no-scaled] [--quality-only]

1. Baseline: the 3,000-ticket dev export (ServiceNow CSV) against the evaluation KB.
2. Scale: the dev export multiplied to ``--tickets`` rows with new ids (same texts, so the
   run also exercises near-duplicate collapse), same project; with ``--distinct`` every copy's
   texts differ (another caller, a line of everyday words in each text field).
3. With ``--short BANK`` (``tune``, ``tune2``...): a short-description export of ``--tickets``
   tickets generated from that phrasing bank (``bench/suggest_data``), nearly all subjects
   distinct, as a real export of that size is.
Each run is a fresh process; wall time, CPU of the main process and of its forked workers, peak
memory of the main process (ru_maxrss) and of all its processes together (proportional set size
sampled every 0.5 s; the sampler's own CPU is not counted) are printed as medians over ``--repeat`` runs. ``--stages`` adds a table per
run: wall, CPU, worker CPU and peak memory of each stage of the pipeline. ``--compare DIR`` runs
another checkout's kbgen (``/work/main``) on the same files right after each run of this one and
prints the ratios. Then the quality on dev: ARI, AMI and V-measure over topic tickets (unclustered
tickets as singletons), the share of one-off tickets left out of clusters, spike flags, and
coverage verdicts against ``coverage.csv``.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
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


def _family_pss(root: int, leave_out: int = 0) -> float:
    """MiB of proportional set size of process ``root`` and all its descendants but ``leave_out``
    (forked workers share pages with the parent; PSS counts each shared page once in all)."""
    pids, total = [root], 0
    while pids:
        pid = pids.pop()
        if pid == leave_out:
            continue
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
                total += next(int(line.split()[1]) for line in handle if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                    pids.extend(int(p) for p in handle.read().split())
        except (OSError, StopIteration):
            continue
    return total / 1024


class Stages:
    """Wall, CPU (this process and its finished children) and peak memory of all processes, per
    stage of the pipeline (the stage names its progress callback gives).

    Memory is sampled every 0.5 s by another process (``--sample``), never by a thread: kbgen forks
    its workers only while no other thread runs (:func:`kbgen.forking.fork_is_safe`), so a sampling
    thread would make every stage run in one process and time the wrong path. The sampler writes
    one figure a line to a file that each stage's mark reads; its CPU is not this process's."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.peak, self.stage_peak = 0.0, 0.0
        self._samples = tempfile.NamedTemporaryFile("r", encoding="ascii", suffix=".pss")
        self._sampler = subprocess.Popen([sys.executable, __file__, "--sample", str(os.getpid()), self._samples.name],
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._partial = ""
        self._mark("start")

    def _clock(self) -> tuple[float, float, float]:
        """Wall clock, this process's CPU and the CPU of the children that ended."""
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter(), own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime

    def _read_samples(self) -> None:
        """Read the figures written since the last read; a line the sampler is still writing waits."""
        text = self._partial + self._samples.read()
        done, _, self._partial = text.rpartition("\n")
        for line in done.splitlines():
            now = float(line or 0)
            self.peak, self.stage_peak = max(self.peak, now), max(self.stage_peak, now)

    def _mark(self, name: str) -> None:
        wall, cpu, kids = self._clock()
        self._read_samples()
        if self.rows:
            last = self.rows[-1]
            last.update(wall=wall - last["wall"], cpu=cpu - last["cpu"], children=kids - last["children"],
                        peak_mib=self.stage_peak)
        self.stage_peak = 0.0
        self.rows.append({"stage": name, "wall": wall, "cpu": cpu, "children": kids})

    def __call__(self, name: str) -> None:
        self._mark(name)

    def finish(self) -> list[dict]:
        self._mark("end")
        self._sampler.terminate()
        self._sampler.wait()
        self._samples.close()
        return self.rows[:-1]


def sample(root: int, path: str) -> None:
    """The sampler's loop: the family PSS of ``root`` (itself left out) every 0.5 s, appended to ``path``."""
    with open(path, "a", encoding="ascii") as out:
        while os.getppid() == root:  # ends with the process it measures, however that one ended
            now = _family_pss(root, os.getpid()) if sys.platform.startswith("linux") else 0.0
            out.write(f"{now:.1f}\n")
            out.flush()
            time.sleep(0.5)


def child(export: str, project: str, json_path: str) -> None:
    """Run the pipeline once in this process and print time, peak memory and stages as JSON (the kbgen
    imported is the one first on ``sys.path``: see ``--root``)."""
    from kbgen.suggest.pipeline import SuggestOptions, run_suggest

    stages = Stages()
    start, cpu = time.perf_counter(), time.process_time()
    try:
        result = run_suggest([Path(export)], Path(project), SuggestOptions(json_path=Path(json_path)), stages)
    finally:
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        rows = stages.finish()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = sum(r["children"] for r in rows)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak, "clusters": len(result.clusters),
                      "tickets": result.tickets, "worker_cpu": workers, "family_peak_mib": stages.peak,
                      "stages": rows}))


def multiply(source: Path, target: Path, count: int, distinct: bool = False) -> None:
    """Write ``count`` ServiceNow rows: copies of ``source`` with new, unique numbers; ``distinct``: every
    copy after the first gets another caller and a line of 3-6 everyday words in each text field, so
    no two tickets share a text (as in ``bench/redact.py --distinct``)."""
    from suggest_data.variety import Variety

    variety = Variety()
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
                        row[key] += (" - " if key == "short_description" else "\n") + variety.words_line()
                if "caller_id" in row:
                    row["caller_id"] = variety.caller()
            writer.writerow(row)


def measure(export: Path, project: Path, json_path: Path, repeat: int, root: Path = ROOT) -> dict:
    """Median time, CPU and peaks of ``repeat`` fresh child processes running ``root``'s kbgen."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, __file__, "--child", str(export), str(project), str(json_path),
                              "--root", str(root)], check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    middle = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    return {key: statistics.median(r[key] for r in runs)
            for key in ("seconds", "cpu", "peak_mib", "worker_cpu", "family_peak_mib")} | {
        "clusters": runs[-1]["clusters"], "tickets": runs[-1]["tickets"], "stages": middle["stages"]}


def print_stages(run: dict) -> None:
    """The per-stage table of one run (the median run by wall time)."""
    print(f"  {'stage':26} {'wall s':>7} {'CPU s':>7} {'workers CPU s':>13} {'peak MiB (all)':>14}")
    for row in run["stages"][1:]:
        peak = f"{row['peak_mib']:14.0f}" if row["peak_mib"] else f"{'-':>14}"  # sampled every 0.5 s
        print(f"  {row['stage']:26} {row['wall']:7.1f} {row['cpu']:7.1f} {row['children']:13.1f} {peak}")
    print(f"  {'total':26} {run['seconds']:7.1f} {run['cpu']:7.1f} {run['worker_cpu']:13.1f} "
          f"{run['family_peak_mib']:14.0f}  (main process peak RSS {run['peak_mib']:.0f} MiB)")


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


def _line(label: str, run: dict, base: dict | None = None) -> str:
    ratio = f"  (x{run['seconds'] / base['seconds']:.1f} time, x{run['family_peak_mib'] / base['family_peak_mib']:.1f} " \
            f"memory of the baseline)" if base else ""
    return (f"{label:10} {run['tickets']:>7} tickets  {run['seconds']:6.1f} s  CPU {run['cpu']:6.1f} s "
            f"+ workers {run['worker_cpu']:5.1f} s  peak {run['peak_mib']:5.0f} MiB (all processes "
            f"{run['family_peak_mib']:5.0f})  {run['clusters']} clusters{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--dev", type=Path, default=SHARED / "eval" / "tickets" / "dev")
    parser.add_argument("--kb", type=Path, default=SHARED / "eval" / "kb")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--sample", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--compare", type=Path, metavar="DIR",
                        help="Also time the kbgen of another checkout (e.g. /work/main), run after each run of this one.")
    parser.add_argument("--quality-only", action="store_true", help="Skip the timed runs.")
    parser.add_argument("--no-scaled", action="store_true", help="Skip the scaled dev export (with --short).")
    parser.add_argument("--stages", action="store_true", help="Print wall, CPU and peak memory per pipeline stage.")
    parser.add_argument("--short", metavar="BANK", help="Also time a generated short-description export.")
    parser.add_argument("--distinct", action="store_true",
                        help="Scale with distinct texts (another caller and a line of words per copy).")
    args = parser.parse_args()
    if args.sample:
        sample(int(args.sample[0]), args.sample[1])
        return
    if args.child:
        sys.path.insert(0, str(args.root))
        child(*args.child)
        return
    roots = [("this", ROOT)] + ([("compare", args.compare.resolve())] if args.compare else [])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(args.kb, work / "kb")
        if args.quality_only:
            sys.path.insert(0, str(ROOT))
            child(str(args.dev / "servicenow.csv"), str(work / "kb"), str(work / "dev.json"))
            quality(json.loads((work / "dev.json").read_text(encoding="utf-8")), args.dev)
            return
        exports = [("baseline", args.dev / "servicenow.csv")]
        if not args.no_scaled:
            multiply(args.dev / "servicenow.csv", work / "tickets.csv", args.tickets, args.distinct)
            exports.append(("distinct" if args.distinct else "scaled", work / "tickets.csv"))
        if args.short:
            sys.path.insert(0, str(ROOT / "bench"))
            from suggest_data.make import write

            write(args.short, work / "short", args.tickets, pii_count=10)
            exports.append(("short", work / "short" / "export.csv"))
        for name, root in roots:
            print(f"{name}: {root}")
        for label, export in exports:
            base = {}
            for name, root in roots:
                run = measure(export, work / "kb", work / f"{label}-{name}.json", args.repeat, root)
                base.setdefault(label, run)
                print(_line(f"{label}/{name}" if args.compare else label, run,
                            None if name == "this" else base[label]), flush=True)
                if args.stages:
                    print_stages(run)
        print(f"(median of {args.repeat} run(s); goal <= 60 s and <= 2048 MiB; 'x' ratios: compare / this)\n")
        quality(json.loads((work / "baseline-this.json").read_text(encoding="utf-8")), args.dev)


if __name__ == "__main__":
    main()
