"""``kbgen suggest`` gives the same bytes with its worker pool on and off, run after run, and its
memory grows with the export by a bounded amount per ticket.

Each run is a fresh Python process: within a full test session the process has long started threads
(V8, servers), so kbgen would do every slice in one process there (the same result by design) and
the pool would not be tested."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_RUN = r'''
import os, resource, sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
out, count, cores, low = Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "low"
os.sched_getaffinity = lambda pid: set(range(cores))  # the CPUs kbgen may use: its pool's size
forks = []
os.register_at_fork(after_in_parent=lambda: forks.append(1))

from kbgen.suggest import cluster, pipeline, redact, triage, vectors
from kbgen.suggest.pipeline import SuggestOptions, run_suggest

if low:  # every stage that can share its work does so from a few tickets on
    redact._PARALLEL_MIN = pipeline.PARALLEL_CLEAN = cluster.PARALLEL_PREPARE = triage.PARALLEL_KINDS = 8
    vectors.PARALLEL_MIN = 8
options = SuggestOptions(min_size=4, out=out / "drafts", json_path=out / "report.json",
                         redacted_out=out / "redacted.jsonl", clusters_path=out / "clusters.json")
run_suggest([out.parent / "export.csv"], out.parent / "project", options)
print(len(forks), *(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
'''

# Everyday service-desk problems and the words people wrap them in (written for this test).
_PROBLEMS = ("scanner on the third floor feeds two sheets at once", "shared calendar shows meetings an hour late",
             "expense form rejects receipts over two pages", "docking station drops the second screen",
             "mailbox rule moves every invoice to junk", "timesheet app freezes when saving overtime")
_OPENINGS = ("Hello team", "Hi", "Good morning", "Dear desk")
_PEOPLE = ("Odile Brassac", "Tariq Benmoussa", "Wilhelmina Stroud", "Kenji Arakawa", "Fenella Quaye")


def _export(folder: Path, count: int, described: bool = True) -> None:
    """``count`` tickets: recurring problems and one-offs, a name and a phone number in each
    description (or subjects alone), each subject distinct."""
    import csv
    import datetime as dt

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "export.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["number", "opened_at", "short_description", "description", "caller_id"])
        for n in range(count):
            problem = _PROBLEMS[n % len(_PROBLEMS)] if n % 5 else f"request {n} for a spare {['cable', 'mouse'][n % 2]}"
            person = _PEOPLE[n % len(_PEOPLE)]
            description = (f"{_OPENINGS[n % 4]},\nthe {problem} since {['Monday', 'lunch', 'the update'][n % 3]}.\n"
                           f"Reach me on +44 161 496 0{n % 1000:03d}.\nThanks\n{person}") if described else ""
            writer.writerow([f"INC{7100000 + n}", (dt.datetime(2026, 3, 1) + dt.timedelta(hours=3 * n)).isoformat(" "),
                             f"{problem} ({n})", description, person])
    project = folder / "project"
    (project / "content" / "articles").mkdir(parents=True, exist_ok=True)
    (project / "site_config.yml").write_text("site_name: Help\n", encoding="utf-8")
    (project / "content" / "articles" / "scanner.md").write_text(
        "---\nid: KB0101\ntitle: Scanner feeds two sheets\n---\nClean the rollers of the scanner's feeder.\n",
        encoding="utf-8")


def _run(folder: Path, count: int, cores: int, low: bool = True) -> tuple[int, tuple[int, int], dict[str, bytes]]:
    """Forks made, peak memory (KiB: the run's own process, its largest worker) and every file
    written by one run in a fresh process (each run writes to the same place, which the report
    names, and the place is emptied afterwards)."""
    import shutil

    out = folder / "out"
    done = subprocess.run([sys.executable, "-c", _RUN, str(ROOT), str(out), str(count), str(cores),
                           "low" if low else "high"], capture_output=True, text=True, timeout=600, cwd=folder)
    assert done.returncode == 0, done.stderr[-3000:]
    forks, own, workers = map(int, done.stdout.split()[-3:])
    files = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    shutil.rmtree(out)
    return forks, (own, workers), files


@pytest.mark.slow
def test_the_pool_on_and_off_writes_the_same_bytes_run_after_run(tmp_path):
    _export(tmp_path, 240)
    forked, _, pooled = _run(tmp_path, 240, cores=2)
    alone, _, single = _run(tmp_path, 240, cores=1)
    again_forks, _, again = _run(tmp_path, 240, cores=2)
    assert forked >= 8 and again_forks == forked  # two workers for each stage that shares its work
    assert alone == 0
    assert pooled == single == again
    report = json.loads(pooled["report.json"])
    assert report["clusters"] and any(name.startswith("drafts/") for name in pooled)
    text = b"".join(pooled.values()).decode("utf-8")
    assert "Brassac" not in text and "496 0" not in text  # the comparison compares redacted output


#: How much the peak memory of a run, and of its largest worker, may grow when its export doubles
#: past the clustering sample's size. What a run holds besides the tickets (the interpreter, the
#: libraries, the sample's own square) is most of its peak, and each ticket adds a few KiB:
#: doubling 8,000 subject-only tickets with every stage shared among two workers added ~12% to
#: the run's peak (468 to 522 MiB) and ~11% to its largest worker's (140 to 155 MiB, round 17).
#: The growth is not even step by step (8,000 to 12,000 tickets added 30 MiB, 12,000 to 16,000
#: 13 MiB): the earlier bound, the second step at most 1.25x the first, rested on where the
#: allocator's steps fell and failed under load. A quadratic structure fails this one, in the
#: run or in a worker: a ticket-by-ticket matrix of one byte a cell adds ~180 MiB (~40% of the
#: run's peak; made in each worker, its peak grew 98% instead of 11%), one of float32 ~730 MiB.
DOUBLED_GROWTH = 0.25


@pytest.mark.slow
def test_memory_grows_no_faster_than_the_export(tmp_path):
    """Peak memory of runs at 8,000 and 16,000 subject-only tickets (past the clustering sample's
    fixed size, ``cluster.SAMPLE_MAX``, whose own square fills up below it), every stage that can
    share its work done in forked workers: the second run's peak, and its largest worker's, is at
    most :data:`DOUBLED_GROWTH` above the first's (linear growth adds ~12%, a quadratic structure
    of the tickets several times that). The 2 GiB at 100,000 tickets is measured by
    ``bench/suggest.py``, not extrapolated here."""
    from kbgen.suggest.cluster import SAMPLE_MAX

    runs = []
    assert SAMPLE_MAX < 8000
    for count in (8000, 16000):
        folder = tmp_path / str(count)
        _export(folder, count, described=False)
        forks, peaks, _ = _run(folder, count, cores=2)
        assert forks >= 8, forks  # the workers ran, and their peaks are measured
        runs.append(peaks)
    (own, workers), (own_doubled, workers_doubled) = runs
    assert own_doubled <= (1 + DOUBLED_GROWTH) * own, runs  # KiB
    assert workers_doubled <= (1 + DOUBLED_GROWTH) * workers, runs
