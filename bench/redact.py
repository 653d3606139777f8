#!/usr/bin/env python3
"""Benchmark and measure ticket import + personal-data redaction.

    python3 bench/redact.py [--tickets 100000] [--runs 3] [--distinct] [--skip-speed] [--skip-quality]
                            [--banks] [--frozen] [--half a|b] [--root DIR]

Speed: the 3,000-ticket dev ServiceNow export multiplied to --tickets tickets (with --distinct,
every copy's texts made distinct: each field gets a line of its own, three to six words
drawn from a word list of about 1,000, and another caller, so no cache keyed by text can help): import
time, redaction time (median of --runs) against a baseline in the same run (two plain regexes
for e-mails and phone numbers, the least any redactor does), the ratio, seconds per 100,000
tickets and peak memory.

Quality: redaction per dev export as the shared scorer measures it (recall per kind, decoys
kept). With --banks, recall per kind and decoys kept on our own banks' description-bearing
exports (``bench/suggest_data``: tune, tune2, held-out v1 to v22, and their rich exports; each of v3 to v22
was frozen for the round it was written in (v3 for round 3 ... v22 for round 22) and is development
data, tuned on, from the next round on); --missed N prints up to N leaked values per kind of those
banks. --frozen adds the frozen twenty-third held-out bank (``pii_heldout23.py``, round 23: written by a
separate helper, never seen by the tuners; v22 is a tuning bank now), to be read once, after the merge,
aggregate figures only.
--half a|b measures the sixteenth held-out bank (a tuning bank from round 17 on) on one half of its
records, chosen by a fixed hash of the record number (``half_of``): tune only on half a (--missed prints
its leaks), keep half b as a held-out check (its leaks are never printed).
--root DIR measures the kbgen of another checkout (the baseline of a change), same data.
--over-base DIR counts, on the dev exports, the words the kbgen of this checkout redacts that the kbgen of
the checkout DIR (the base of a change, e.g. ``git archive $(git merge-base main HEAD)`` unpacked) keeps:
the change's over-redaction against its base (the scorer's decoys see only the planted ones).
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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv:
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--root") + 1]).resolve()))
sys.path.insert(1 if "--root" in sys.argv else 0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

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


def multiply(tickets, n, distinct=False):
    """``n`` copies of ``tickets`` with new ids; ``distinct``: every text of every copy differs."""
    from suggest_data.variety import Variety

    variety = Variety()

    def vary(text, i):
        if not text:
            return text
        return f"{text}\n{variety.words_line()}"

    copies = []
    for i in range(n):
        t = tickets[i % len(tickets)]
        t = dataclasses.replace(t, ticket_id=f"{t.ticket_id}-{i // len(tickets)}")
        if distinct and i >= len(tickets):
            t = dataclasses.replace(t, subject=vary(t.subject, i).replace("\n", " - "), description=vary(t.description, i),
                                    close_notes=vary(t.close_notes, i), comments=tuple(vary(c, i) for c in t.comments),
                                    caller=variety.caller())
        copies.append(t)
    return copies


def timed(fn, *args):
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def speed(n, runs, distinct):
    import resource

    start = time.perf_counter()
    dev = load_tickets([DEV / "servicenow.csv"]).tickets
    import_s = time.perf_counter() - start
    tickets = multiply(list(dev), n, distinct)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ours = statistics.median(timed(redact_tickets, tickets) for _ in range(runs))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    base = statistics.median(timed(baseline, tickets) for _ in range(runs))
    per_100k = ours * 100_000 / n
    print(f"import servicenow.csv (3,000 tickets): {import_s:.2f} s")
    print(f"redact {n:,} {'distinct' if distinct else 'copied'} tickets: median {ours:.2f} s over {runs} runs "
          f"({per_100k:.1f} s per 100k); baseline (e-mail + phone regexes) {base:.2f} s; ratio {ours / base:.1f}x; "
          f"peak memory {peak:.0f} MiB (tickets loaded: {before:.0f} MiB)")


def half_of(number: str) -> str:
    """``a`` or ``b``: a fixed split of a bank's records by the SHA-256 of the record number."""
    import hashlib

    return "ab"[hashlib.sha256(number.encode("utf-8")).digest()[0] & 1]


def half_figures(half: str, missed_per_kind: int = 0) -> None:
    """Recall per kind on one half of the sixteenth held-out bank (leaks printed only for half a)."""
    from suggest_data import pii_heldout16
    from suggest_real import pii_figures

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "heldout16"
        pii_heldout16.write(out)
        lines = (out / "pii-truth.jsonl").read_text(encoding="utf-8").splitlines()
        kept = [line for line in lines if half_of(json.loads(line)["number"]) == half]
        (out / f"half-{half}.jsonl").write_text("".join(line + "\n" for line in kept), encoding="utf-8")
        figures, missed = pii_figures(out, "pii.csv", f"half-{half}.jsonl")
        print(f"heldout16 half {half} ({len(kept)} of {len(lines)} records): {figures}")
        if missed_per_kind and half == "a":
            for kind, values in sorted(missed.items()):
                print(f"    missed {kind}: {values[:missed_per_kind]}")


def banks(frozen, missed_per_kind=0):
    """Recall per kind and decoys kept on our own banks' description-bearing exports."""
    from suggest_data import (pii_heldout3, pii_heldout4, pii_heldout5, pii_heldout6, pii_heldout7, pii_heldout8,
                              pii_heldout9, pii_heldout10, pii_heldout11, pii_heldout12,
                              pii_heldout13, pii_heldout14, pii_heldout15, pii_heldout16,
                              pii_heldout17, pii_heldout18, pii_heldout19, pii_heldout20,
                              pii_heldout21, pii_heldout22, pii_heldout23)
    from suggest_data.make import write
    from suggest_real import pii_figures

    frozen_writers = {"heldout3": pii_heldout3.write, "heldout4": pii_heldout4.write, "heldout5": pii_heldout5.write,
                      "heldout6": pii_heldout6.write, "heldout7": pii_heldout7.write, "heldout8": pii_heldout8.write,
                      "heldout9": pii_heldout9.write, "heldout10": pii_heldout10.write,
                      "heldout11": pii_heldout11.write, "heldout12": pii_heldout12.write,
                      "heldout13": pii_heldout13.write, "heldout14": pii_heldout14.write,
                      "heldout15": pii_heldout15.write, "heldout16": pii_heldout16.write,
                      "heldout17": pii_heldout17.write, "heldout18": pii_heldout18.write,
                      "heldout19": pii_heldout19.write, "heldout20": pii_heldout20.write,
                      "heldout21": pii_heldout21.write, "heldout22": pii_heldout22.write,
                      "heldout23": pii_heldout23.write}
    with tempfile.TemporaryDirectory() as tmp:
        parts = ("tune", "tune2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                 "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
                 "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                 "heldout20", "heldout21", "heldout22")
        for part in parts + (("heldout23",) if frozen else ()):
            out = Path(tmp) / part
            if part in frozen_writers:
                frozen_writers[part](out)
            else:
                write(part, out, total=200)
            for export, truth in (("pii.csv", "pii-truth.jsonl"), ("rich.csv", "rich-truth.jsonl")):
                if (out / export).exists():
                    figures, missed = pii_figures(out, export, truth)
                    print(f"{part} {export}: {figures}")
                    # v23 is frozen; v22 is round 23's set-aside check: their leaks are never printed
                    if missed_per_kind and part not in ("heldout22", "heldout23"):
                        for kind, values in sorted(missed.items()):
                            print(f"    missed {kind}: {values[:missed_per_kind]}")


_PASSES = ("first", "host", "account")


def _lost_by_pass(stages, text_of, decoys_of) -> tuple[Counter, Counter, dict]:
    """Decoys of each kind (``decoys_of(ticket_id)``: (kind, text) pairs), and those lost, by the pass of
    :func:`redact_stages` that removed them first (a decoy is lost when its text is no longer a whole word
    run of the ticket's text, as the scorers read it), with the distinct decoys lost per (kind, pass)."""
    total, lost, examples = Counter(), Counter(), {}
    texts = [{t.ticket_id: text_of(t) for t in stage} for stage in stages]
    for ticket_id in texts[0]:
        for kind, decoy in decoys_of(ticket_id):
            pattern = re.compile(r"(?<!\w)" + re.escape(decoy) + r"(?!\w)")
            total[kind] += 1
            for name, stage in zip(_PASSES, texts):
                if not pattern.search(stage[ticket_id]):
                    lost[kind, name] += 1
                    seen = examples.setdefault((kind, name), [])
                    if decoy not in seen:
                        seen.append(decoy)
                    break
    return total, lost, examples


def decoy_passes(examples_per_kind: int = 0) -> None:
    """Decoys lost on the dev exports and the tuning banks, by kind and by the pass that lost them."""
    from kbgen.suggest.redact import redact_stages
    from suggest_data.make import write

    def text_of(t):
        return "\n".join([t.subject, t.description, t.close_notes, t.caller, *t.comments])

    def show(title, total, lost, examples):
        gone = sum(lost.values())
        print(f"{title}: decoys lost {gone}/{sum(total.values())}")
        for (kind, name), count in sorted(lost.items(), key=lambda kv: (-kv[1], kv[0])):
            shown = f" e.g. {examples[kind, name][:examples_per_kind]}" if examples_per_kind else ""
            print(f"    {kind} ({total[kind]}): {count} by the {name} pass{shown}")

    import csv

    truth_id = {}  # every export's id of a dev ticket -> the id the truth files use
    with open(DEV / "truth.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            truth_id.update({value: row["ticket_id"] for value in row.values() if value})
    dev_decoys: dict = {}
    for line in (DEV / "decoys.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        dev_decoys.setdefault(record["ticket_id"], []).append((record["kind"], record["text"]))
    for name in EXPORTS:
        tickets = load_tickets([DEV / name]).tickets
        originals = {t.ticket_id: text_of(t) for t in tickets}

        def present(ticket_id, originals=originals):  # the scorer counts a decoy the export writes
            return [(k, d) for k, d in dev_decoys.get(truth_id.get(ticket_id, ticket_id), []) if re.search(
                r"(?<!\w)" + re.escape(d) + r"(?!\w)", originals[ticket_id])]
        show(f"dev {name}", *_lost_by_pass(redact_stages(tickets), text_of, present))
    from suggest_data import (pii_heldout3, pii_heldout4, pii_heldout5, pii_heldout6, pii_heldout7, pii_heldout8,
                              pii_heldout9, pii_heldout10, pii_heldout11, pii_heldout12, pii_heldout13,
                              pii_heldout14, pii_heldout15, pii_heldout16, pii_heldout17, pii_heldout18,
                              pii_heldout19, pii_heldout20)
    writers = {f"heldout{k}": m.write for k, m in zip(range(3, 21), (
        pii_heldout3, pii_heldout4, pii_heldout5, pii_heldout6, pii_heldout7, pii_heldout8, pii_heldout9,
        pii_heldout10, pii_heldout11, pii_heldout12, pii_heldout13, pii_heldout14, pii_heldout15, pii_heldout16,
        pii_heldout17, pii_heldout18, pii_heldout19, pii_heldout20))}
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("tune", "tune2", "heldout", "heldout2", *writers):
            out = Path(tmp) / part
            writers[part](out) if part in writers else write(part, out, total=200)
            for export, truth in (("pii.csv", "pii-truth.jsonl"), ("rich.csv", "rich-truth.jsonl")):
                if not (out / export).exists():
                    continue
                records = {r["number"]: r for r in map(json.loads, (out / truth).read_text(encoding="utf-8").splitlines())}
                tickets = load_tickets([out / export]).tickets
                show(f"{part} {export}", *_lost_by_pass(redact_stages(tickets), text_of, lambda n: [
                    (d["kind"], d["text"]) for d in records[n]["decoys"]] if n in records else []))


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


_BASE_REDACT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from kbgen.suggest.importers import load_tickets
from kbgen.suggest.redact import redact_tickets
tickets = redact_tickets(load_tickets([sys.argv[2]]).tickets)
print(json.dumps([[t.subject, t.description, t.close_notes, *t.comments] for t in tickets]))
"""


def over_redaction(base: Path) -> None:
    """Words (whitespace-parted) of each dev export that this checkout redacts and ``base`` keeps."""
    total = 0
    for name in EXPORTS:
        ours = redact_tickets(load_tickets([DEV / name]).tickets)
        run = subprocess.run([sys.executable, "-c", _BASE_REDACT, str(base.resolve()), str(DEV / name)],
                             check=True, capture_output=True, text=True, env={"PYTHONDONTWRITEBYTECODE": "1",
                                                                             "PATH": "/usr/bin:/bin"})
        theirs = json.loads(run.stdout)
        lost = sum(sum((Counter(" ".join(b).split()) - Counter(" ".join([t.subject, t.description, t.close_notes,
                                                                         *t.comments]).split())).values())
                       for b, t in zip(theirs, ours))
        total += lost
        print(f"{name}: {lost} words redacted here and kept by the base")
    print(f"over-redaction vs base: {total} words on the dev exports")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--distinct", action="store_true", help="Make every copied text distinct.")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--banks", action="store_true", help="Figures on our own banks too.")
    parser.add_argument("--frozen", action="store_true", help="With --banks: the frozen twenty-third held-out bank too.")
    parser.add_argument("--half", choices=("a", "b"), help="The sixteenth bank's half a (tuning) or b (the same templates with other values).")
    parser.add_argument("--missed", type=int, default=0, help="With --banks: leaked values per kind (tuning banks).")
    parser.add_argument("--decoys", action="store_true",
                        help="Decoys lost on dev and the tuning banks, by kind and by the pass that lost them "
                             "(with --missed N: N examples of each).")
    parser.add_argument("--root", type=Path, help="Measure the kbgen of this checkout.")
    parser.add_argument("--over-base", type=Path, help="Words redacted here and kept by this checkout's kbgen.")
    args = parser.parse_args()
    if not (DEV / "servicenow.csv").exists():
        print(f"no dev data at {DEV}", file=sys.stderr)
        return 1
    if not args.skip_speed:
        speed(args.tickets, args.runs, args.distinct)
    if not args.skip_quality:
        quality()
    if args.banks:
        banks(args.frozen, args.missed)
    if args.half:
        half_figures(args.half, args.missed)
    if args.over_base:
        over_redaction(args.over_base)
    if args.decoys:
        decoy_passes(args.missed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
