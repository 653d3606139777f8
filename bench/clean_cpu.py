"""CPU seconds of a clean build, for several versions of kbgen's code in turns.

Makes bench/build.py's synthetic project once (kept in ``--work`` between runs), then, run after
run, builds it with each version in turn (``kbgen build --quiet --no-cache``, a fresh process
with the version first on ``PYTHONPATH``, at ``nice -n 10``), so that every version sees the same
load of a shared machine. Prints each build's CPU seconds (the process and its render workers,
from ``os.wait4``) and wall seconds, then the medians; the sites are left in ``--work`` for
``diff -r``.

    git archive <rev> | tar -x -C /tmp/kbgen-old
    env -u PYTHONDONTWRITEBYTECODE python3 bench/clean_cpu.py --articles 2000 --runs 4 \\
        --code old=/tmp/kbgen-old --code main=/tmp/kbgen-main
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build as bench  # noqa: E402  (bench/build.py: the same synthetic project)


def clean_build(code: Path, project: Path, out: Path) -> tuple[float, float, int]:
    """CPU and wall seconds and the exit status of one clean build of ``project`` into ``out``."""
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(out.parent / f".{out.name}.kbgen-cache", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code.resolve())}
    started = time.perf_counter()
    process = subprocess.Popen(["nice", "-n", "10", sys.executable, "-m", "kbgen", "build", "--quiet", "--no-cache",
                                "--now", bench.NOW, "--project", str(project), "--out", str(out)],
                               env=env, cwd=out.parent)
    _, status, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - started, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--code", action="append", required=True, help="NAME=FOLDER holding kbgen/")
    parser.add_argument("--work", type=Path, default=Path("bench-clean-cpu"))
    args = parser.parse_args()
    codes = dict(item.split("=", 1) for item in args.code)
    project = args.work / f"project-{args.articles}"
    if not project.exists():
        bench.make_project(project, args.articles)
    seconds: dict[str, list[float]] = {name: [] for name in codes}
    for run in range(args.runs):
        for name, code in codes.items():
            cpu, wall, status = clean_build(Path(code), project.resolve(), (args.work / f"site-{name}").resolve())
            seconds[name].append(cpu)
            print(f"run {run + 1} {name}: {cpu:.2f} s CPU, {wall:.2f} s wall, status {status}, "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    for name, values in seconds.items():
        print(f"median {name}: {statistics.median(values):.2f} s CPU over {len(values)} runs "
              f"({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
