#!/usr/bin/env python3
"""Does a speed change leave ``kbgen suggest``'s output as it was? Byte for byte, on any exports.

    python3 bench/suggest_same.py --base DIR [EXPORT ...]

Runs ``kbgen suggest`` (``run_suggest``, against the evaluation KB) with this checkout's code and
with the code under ``--base`` (a checkout or a ``git archive`` of the commit before the change),
each in a process of its own, on every export given (default: the six dev exports, one at a time),
and compares what each wrote: the report JSON, the clusters JSON, the redacted JSON Lines and every
draft. The only text allowed to differ is the output folder's own path. Prints one line per export
and exits 1 when any file differs. Large exports (20,000 distinct texts or more) take the forked
paths of both codes.
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "tickets" / "dev"
KB = ROOT.parent / "shared" / "eval" / "kb"
DEV_EXPORTS = ["servicenow.csv", "servicenow-labels.csv", "servicenow.json", "jira.csv",
               "zendesk.json,zendesk-comments.json", "freshservice.csv"]


def run(root: Path, files: list[Path], project: Path, out: Path) -> None:
    """Every output of one run of the code under ``root`` into ``out``."""
    code = (f"import sys; sys.path.insert(0, {str(root)!r}); from pathlib import Path; "
            "from kbgen.suggest.pipeline import SuggestOptions, run_suggest; "
            f"out = Path({str(out)!r}); "
            f"run_suggest([Path(p) for p in {[str(f) for f in files]!r}], Path({str(project)!r}), "
            "SuggestOptions(json_path=out / 'report.json', clusters_path=out / 'clusters.json', "
            "redacted_out=out / 'redacted.jsonl', out=out / 'drafts'))")
    out.mkdir(parents=True)
    subprocess.run([sys.executable, "-c", code], check=True)


def differences(this: Path, base: Path) -> list[str]:
    """The files that differ (or exist in one run only), the output folders' paths aside."""
    names = sorted({p.relative_to(this) for p in this.rglob("*") if p.is_file()}
                   | {p.relative_to(base) for p in base.rglob("*") if p.is_file()})
    found = []
    for name in names:
        a, b = this / name, base / name
        if not (a.exists() and b.exists()):
            found.append(f"{name} (in one run only)")
        elif not filecmp.cmp(a, b, shallow=False) and \
                a.read_bytes().replace(bytes(this), b"") != b.read_bytes().replace(bytes(base), b""):
            found.append(str(name))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="Checkout of the code before the change.")
    parser.add_argument("exports", nargs="*", help="Export files (several for one run: comma-separated).")
    args = parser.parse_args()
    exports = args.exports or [",".join(str(DEV / f) for f in group.split(",")) for group in DEV_EXPORTS]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(KB, work / "kb")
        for number, group in enumerate(exports):
            files = [Path(f) for f in group.split(",")]
            this, base = work / f"{number}-this", work / f"{number}-base"
            run(ROOT, files, work / "kb", this)
            run(args.base.resolve(), files, work / "kb", base)
            found = differences(this, base)
            count = sum(1 for p in this.rglob("*") if p.is_file())
            print(f"{group}: {'identical' if not found else 'DIFFERS: ' + ', '.join(found)} ({count} files)", flush=True)
            failed |= bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
