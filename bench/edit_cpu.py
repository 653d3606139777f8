"""CPU seconds of one edit's rebuild, for two versions of kbgen's code side by side.

Each version gets its own copy of bench/build.py's synthetic project (a cache is only trusted by
the code that wrote it) and one build; then, in turns (so that both see the same load of a shared
machine), each version rebuilds after the same edit: a line appended to one article's body, or
one article's title changed. Every rebuild is a fresh process (imports included) that calls
``build_site`` and reports ``time.process_time()`` and the main thread's ``time.thread_time()``;
the medians are printed per version and edit.

    git archive main | tar -x -C /tmp/kbgen-main
    python3 bench/edit_cpu.py --articles 3000 --runs 5 --code main=/tmp/kbgen-main --code this=.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build as bench  # noqa: E402  (bench/build.py: the same synthetic project)

ONE_BUILD = """
import os, sys, time
from pathlib import Path
import kbgen
from kbgen.build import build_site
assert Path(kbgen.__file__).resolve().parent == Path(os.environ["PYTHONPATH"], "kbgen").resolve(), kbgen.__file__
started, main = time.process_time(), time.thread_time()
result = build_site(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
print(time.process_time() - started, result.rendered, time.thread_time() - main)
"""

#: The same build as the ``kbgen build`` command runs it (``--cli``): the ending of the process
#: (what it frees, or leaves unfreed) counts too; the figures are printed by an exit handler.
CLI_BUILD = """
import atexit, os, re, sys, time
from pathlib import Path
import kbgen
from kbgen.cli import main
assert Path(kbgen.__file__).resolve().parent == Path(os.environ["PYTHONPATH"], "kbgen").resolve(), kbgen.__file__
started, main_started = time.process_time(), time.thread_time()
atexit.register(lambda: print("@", time.process_time() - started, time.thread_time() - main_started, flush=True))
main(["build", "--project", sys.argv[1], "--out", sys.argv[2], "--now", sys.argv[3]])
"""


def rebuild(code: Path, work: Path, cli: bool = False) -> tuple[float, int, float, float, float]:
    """A build of ``work/project`` into ``work/site`` with the code in ``code`` (checked to be
    the kbgen imported): CPU seconds, pages rendered, the CPU seconds of the main thread
    alone (the search index's global part runs in a thread beside it: on two idle cores the
    build's wall time is about the main thread's, when that thread does not wait), and the
    wall seconds and the CPU seconds of the whole process (interpreter start, imports and its
    ending included). ``cli``: run as the ``kbgen build`` command does (:data:`CLI_BUILD`)."""
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    # -P: the current folder is not put first on sys.path (run from a worktree, its kbgen/ was
    # imported by every version, whatever PYTHONPATH said)
    out = subprocess.run([sys.executable, "-P", "-c", CLI_BUILD if cli else ONE_BUILD, str(work / "project"),
                          str(work / "site"), bench.NOW], env={**os.environ, "PYTHONPATH": str(code.resolve())},
                         check=True, capture_output=True, text=True).stdout
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    process = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if cli:  # "Built N articles (P pages, R rendered) ...", then "@ CPU MAIN" from the exit handler
        cpu, main = out.rsplit("@", 1)[1].split()
        return float(cpu), int(re.search(r"(\d+) rendered", out)[1]), float(main), wall, process
    found = out.split()
    return float(found[0]), int(found[1]), float(found[2]), wall, process


MODES = ("body", "title", "add", "rename", "none", "touch")


def edit(project: Path, number: int, mode: str) -> None:
    """Append a line to an article's body, change its title, add an article beside it (a copy
    with a new id and title), or rename its file (the link to it from the next article follows);
    ``none`` changes nothing; ``touch`` sets every content file's times to what they were (the
    text, size, modification time and inode kept, the change time moved: what ``touch -r``, a
    ``chmod`` or a ``cp -p`` of an identical copy over it leave)."""
    articles = project / "content" / "articles"
    if mode in ("none", "touch"):
        for path in (project / "content").rglob("*.md") if mode == "touch" else ():
            found = os.stat(path)
            os.utime(path, ns=(found.st_atime_ns, found.st_mtime_ns))
        return
    path = next(articles.rglob(f"article-{number:05d}.md"))
    text = path.read_text(encoding="utf-8")
    if mode == "add":
        added = len(list(articles.rglob("added-*.md")))
        text = re.sub(r"(?m)^id: .*$", f"id: KB8{added:04d}", text, count=1).replace("title: ", "title: Added ", 1)
        (path.parent / f"added-{added:04d}.md").write_text(text, encoding="utf-8")
        return
    if mode == "rename":
        renamed = path.with_name(f"{path.stem}-renamed.md")
        path.rename(renamed)
        for linking in articles.rglob(f"article-{number + 1:05d}.md"):  # bench/build.py: each links to the one before
            linking.write_text(linking.read_text(encoding="utf-8").replace(f"/{path.name})", f"/{renamed.name})"),
                               encoding="utf-8")
        return
    text = text.replace("title: ", "title: Edited ", 1) if mode == "title" else text + f"\nEdited {time.time()}.\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--code", action="append", required=True, help="NAME=FOLDER holding kbgen/")
    parser.add_argument("--work", type=Path, default=Path("bench-edit-cpu"))
    parser.add_argument("--modes", default="body,title",
                        help="edits made in each run, in turn, comma-separated, of body, title, add (an article "
                             "added beside the run's), rename (its file renamed, the link to it following; last, "
                             "as it moves the article), none (nothing changed) and touch (every content file's change "
                             "time moved, nothing else); a title edit changes api/articles.json, which the next "
                             "build reads back: body only measures an edit that follows an edit leaving it alone")
    parser.add_argument("--reuse", action="store_true",
                        help="keep a version's folder (project and site) from an earlier run with the same --work and "
                             "--articles, without its clean build (only for code unchanged since: a cache is only "
                             "trusted by the code that wrote it)")
    parser.add_argument("--cli", action="store_true",
                        help="build as the kbgen command does (its ending counted in the process CPU) rather than by "
                             "calling build_site")
    args = parser.parse_args()
    modes = args.modes.split(",")
    if not set(modes) <= set(MODES):
        parser.error(f"--modes: {args.modes!r}: each edit is one of {', '.join(MODES)}")
    codes = dict(item.split("=", 1) for item in args.code)
    source = args.work / f"project-{args.articles}"
    if not source.exists():
        bench.make_project(source, args.articles)
    for name, code in codes.items():
        work = args.work / f"{name}-{args.articles}"
        if args.reuse and (work / "site").is_dir():
            continue
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(source, work / "project")
        rebuild(Path(code), work)
    seconds: dict[tuple[str, str], list[float]] = {}
    for run in range(args.runs):
        number = (run * 997 + 13) % args.articles + 1
        for mode in modes:
            for name, code in codes.items():
                work = args.work / f"{name}-{args.articles}"
                edit(work / "project", number, mode)
                cpu, rendered, main, wall, process = rebuild(Path(code), work, args.cli)
                seconds.setdefault((name, mode), []).append(cpu)
                seconds.setdefault((name, mode + " process"), []).append(process)
                seconds.setdefault((name, mode + " main thread"), []).append(main)
                seconds.setdefault((name, mode + " wall"), []).append(wall)
                print(f"{name:>8} {mode:<5} article {number}: {cpu:.2f} s CPU ({main:.2f} s main thread, "
                      f"{process:.2f} s whole process), {wall:.2f} s wall, {rendered} page(s) rendered, load {os.getloadavg()[0]:.1f}", flush=True)
    for (name, mode), values in seconds.items():
        unit = "wall" if mode.endswith(" wall") else "CPU"
        print(f"median {name:>8} {mode.removesuffix(' wall'):<17} {statistics.median(values):.2f} s {unit} over {len(values)} runs")


if __name__ == "__main__":
    main()
