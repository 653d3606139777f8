"""CPU time of one ``kbgen search`` on a built site, start-up included, for two kbgen trees.

Usage: python bench/search_startup.py [--runs N] [--site-project DIR] [--other SRC]

Runs ``kbgen search QUERY`` on the project's built site (build it first with ``kbgen build``),
alternating this checkout with another kbgen source tree (``--other``, e.g. ``git archive main
| tar -x -C /tmp/main``; each imported from its tree, whatever is installed), and prints the median
and range of user+sys CPU time and of wall time for each. CPU time, unlike wall time, hardly
moves with the load of other jobs on a shared machine.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = "vpn keeps disconnecting"


def once(source: Path, project: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one search run with kbgen imported from ``source``."""
    launcher = ("import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f)]; "
                f"sys.path.insert(0, {str(source)!r}); import kbgen; kbgen.__path__.append({str(source)!r}); "
                "from kbgen.cli import main; main(prog_name='kbgen')")  # kbgen.theme is the tree's theme/
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", launcher, "search", QUERY, "--project", str(project)],
                   check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--site-project", type=Path, default=ROOT, help="a project with a built site/")
    parser.add_argument("--other", type=Path, required=True, help="another kbgen source tree (e.g. main)")
    args = parser.parse_args()
    trees = {"this": ROOT, "other": args.other}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for name, tree in trees.items():  # one warm-up each: the page cache, not the code, is measured otherwise
        once(tree, args.site_project)
    for _ in range(args.runs):
        for name, tree in trees.items():
            times[name].append(once(tree, args.site_project))
    for name, runs in times.items():
        cpu = [c * 1000 for c, _ in runs]
        wall = [w * 1000 for _, w in runs]
        print(f"{name:<6} CPU median {statistics.median(cpu):.0f} ms ({min(cpu):.0f}-{max(cpu):.0f}), "
              f"wall median {statistics.median(wall):.0f} ms ({min(wall):.0f}-{max(wall):.0f})")
    ratio = statistics.median(c for c, _ in times["this"]) / statistics.median(c for c, _ in times["other"])
    print(f"CPU this/other: {ratio:.2f}x; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
