#!/usr/bin/env python3
"""Benchmark and measure ticket import + personal-data redaction on the dev exports.

    python3 bench/redact.py [--tickets 100000] [--runs 3] [--skip-quality]

Prints, for the 3,000-ticket dev ServiceNow export multiplied to --tickets tickets:
import time, redaction time (median of --runs) against a baseline in the same run (two plain
regexes for e-mails and phone numbers, the least any redactor does), the ratio, and seconds per
100,000 tickets. Then redaction quality per dev export as the shared scorer measures it
(recall per kind, decoys kept). Development figures only.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kbgen.suggest.importers import load_tickets  # noqa: E402
from kbgen.suggest.redact import redact_tickets, write_redacted_jsonl  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev"
SCORER = DEV.parent / "score" / "score.py"
EXPORTS = ("servicenow.csv", "servicenow-labels.csv", "servicenow.json", "jira.csv", "zendesk.json",
           "freshservice.csv")
_BASELINE = (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), re.compile(r"\+?\d[\d ()-]{8,}\d"))


def baseline(tickets):
    """The least a redactor does: e-mails and phone-like digit runs, nothing else."""
    out = []
    for t in tickets:
        fields = [t.subject, t.description, t.close_notes, *t.comments]
        for pattern in _BASELINE:
            fields = [pattern.sub("[x]", f) for f in fields]
        out.append(dataclasses.replace(t, subject=fields[0], description=fields[1], close_notes=fields[2],
                                       comments=tuple(fields[3:])))
    return out


def multiply(tickets, n):
    copies = []
    for i in range(n):
        t = tickets[i % len(tickets)]
        copies.append(dataclasses.replace(t, ticket_id=f"{t.ticket_id}-{i // len(tickets)}"))
    return copies


def timed(fn, *args):
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def speed(n, runs):
    start = time.perf_counter()
    dev = load_tickets([DEV / "servicenow.csv"]).tickets
    import_s = time.perf_counter() - start
    tickets = multiply(list(dev), n)
    ours = statistics.median(timed(redact_tickets, tickets) for _ in range(runs))
    base = statistics.median(timed(baseline, tickets) for _ in range(runs))
    per_100k = ours * 100_000 / n
    print(f"import servicenow.csv (3,000 tickets): {import_s:.2f} s")
    print(f"redact {n:,} tickets: median {ours:.2f} s over {runs} runs ({per_100k:.1f} s per 100k); "
          f"baseline (e-mail + phone regexes) {base:.2f} s; ratio {ours / base:.1f}x")


def quality():
    with tempfile.TemporaryDirectory() as tmp:
        for name in EXPORTS:
            result = load_tickets([DEV / name])
            out = Path(tmp) / f"{name}.jsonl"
            write_redacted_jsonl(redact_tickets(result.tickets), out)
            details = Path(tmp) / f"{name}.score.json"
            subprocess.run([sys.executable, str(SCORER), "--truth", str(DEV), "--redacted", str(out),
                            "--json", str(details)], check=True, capture_output=True)
            pii = json.loads(details.read_text(encoding="utf-8"))["pii"]
            kinds = " ".join(f"{k}={v['recall']:.3f}" for k, v in pii["by_kind"].items())
            print(f"{name}: recall {pii['recall']:.4f} ({pii['leaked']}/{pii['planted']} leaked), "
                  f"decoys kept {pii['decoys_kept']:.3f}, precision_chars {pii['precision_chars']:.3f}\n    {kinds}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-quality", action="store_true")
    args = parser.parse_args()
    if not (DEV / "servicenow.csv").exists():
        print(f"no dev data at {DEV}", file=sys.stderr)
        return 1
    speed(args.tickets, args.runs)
    if not args.skip_quality:
        quality()
    return 0


if __name__ == "__main__":
    sys.exit(main())
