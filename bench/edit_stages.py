"""Where one edit's rebuild spends its time: kbgen's build stages, wall and CPU seconds.

Builds bench/build.py's synthetic project of N articles once (into a folder kept between runs),
appends a line to one article, and rebuilds through the cache in this process, printing each
stage as kbgen's progress reports it (the render pool is used as in ``kbgen build``).

    python3 bench/edit_stages.py [--articles N] [--work DIR] [--runs R]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build as bench  # noqa: E402  (bench/build.py: the same synthetic project)

from kbgen.build import build_site  # noqa: E402
from kbgen.progress import Progress  # noqa: E402


class StageTimes(Progress):
    """Prints the wall time, the process's CPU time and the main thread's CPU time of each
    stage when the next one starts (the search index's global part runs in a thread beside
    the main thread from "checking what changed" on)."""

    def __init__(self) -> None:
        self.name = "starting the pool, reading the cache"
        self.wall, self.cpu, self.main = time.perf_counter(), time.process_time(), time.thread_time()

    def stage(self, name: str, total: int | None = None) -> None:
        print(f"  {self.name:<40} {time.perf_counter() - self.wall:6.2f} s wall {time.process_time() - self.cpu:6.2f} s CPU"
              f" {time.thread_time() - self.main:6.2f} s main thread", flush=True)
        self.name, self.wall, self.cpu, self.main = name, time.perf_counter(), time.process_time(), time.thread_time()

    def close(self) -> None:
        if self.name:
            self.stage("")
            self.name = ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--work", type=Path, default=Path("bench-edit-stages"))
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    project, site = args.work / f"project-{args.articles}", args.work / f"site-{args.articles}"
    if not project.exists():
        bench.make_project(project, args.articles)
    build_site(project, site, bench.NOW)
    article = next((project / "content" / "articles").rglob("*.md"))
    for run in range(args.runs):
        article.write_text(article.read_text(encoding="utf-8") + f"\nEdited ({run}, {time.time()}).\n", encoding="utf-8")
        started = time.perf_counter()
        result = build_site(project, site, bench.NOW, progress=StageTimes())
        print(f"run {run + 1}: {time.perf_counter() - started:.2f} s, {result.rendered} page(s) rendered, {result.mode}")


if __name__ == "__main__":
    main()
