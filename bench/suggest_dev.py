#!/usr/bin/env python3
"""The README's development table: the shared scorer's clustering figures on every dev export.

    python3 bench/suggest_dev.py [--root DIR]

For each dev export (and all six at once) runs ``kbgen suggest FILE --clusters c.json`` in this
process against the evaluation KB and scores ``c.json`` with ``shared/eval/tickets/score/score.py``:
ARI, AMI, V-measure over topic tickets and the share of one-offs put in a cluster. ``--root``
runs another checkout's code (for a before/after table). Development figures only.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev"
KB = ROOT.parent / "shared" / "eval" / "kb"
EXPORTS = [("servicenow.csv",), ("servicenow-labels.csv",), ("servicenow.json",), ("jira.csv",),
           ("zendesk.json", "zendesk-comments.json"), ("freshservice.csv",),
           ("servicenow.csv", "servicenow-labels.csv", "servicenow.json", "jira.csv", "zendesk.json",
            "zendesk-comments.json", "freshservice.csv")]


def run(root: Path, files: tuple[str, ...], work: Path) -> dict:
    """Cluster one export with the code under ``root`` and score it."""
    project = work / "kb"
    if not project.exists():
        shutil.copytree(KB, project)
    clusters = work / "clusters.json"
    code = (f"import sys; sys.path.insert(0, {str(root)!r}); from pathlib import Path; "
            "from kbgen.suggest.pipeline import SuggestOptions, run_suggest; "
            f"run_suggest([Path(p) for p in {[str(DEV / f) for f in files]!r}], Path({str(project)!r}), "
            f"SuggestOptions(clusters_path=Path({str(clusters)!r}), write=True, out=Path({str(work / 'drafts')!r})))")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    details = work / "score.json"
    subprocess.run([sys.executable, str(DEV.parent / "score" / "score.py"), "--truth", str(DEV), "--clusters",
                    str(clusters), "--json", str(details)], check=True, capture_output=True)
    return json.loads(details.read_text(encoding="utf-8"))["clustering"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="Checkout whose kbgen is run.")
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"no dev data at {DEV}", file=sys.stderr)
        return 1
    print("| export | ARI | AMI | V | one-offs in clusters |\n|---|---:|---:|---:|---:|")
    for files in EXPORTS:
        with tempfile.TemporaryDirectory() as tmp:
            score = run(args.root.resolve(), files, Path(tmp))
        name = "all six files at once" if len(files) > 2 else " + ".join(files)
        oneoffs = score["oneoffs_in_shared_clusters"]
        print(f"| {name} | {score['ari']:.3f} | {score['ami']:.3f} | {score['v_measure']:.3f} | {oneoffs:.0%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
