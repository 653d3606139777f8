"""Where one edit's rebuild spends its CPU, stage function by stage function, in each thread.

Wraps kbgen's stage functions (no profiler) to add up the CPU time (``time.thread_time``) of each
call, apart for the main thread and the others (the search index's global pass runs in a thread),
then edits one article of a project built by bench/build.py (or bench/edit_cpu.py's ``--work``
folders) and rebuilds it once through the cache in this fresh process. A nested stage is part
of the one above it (rows indented). Run it once per edit; take medians over several runs.

    python3 bench/edit_functions.py --work DIR [--articles N] [--mode body|title] [--number K]

The first run with a new ``--work`` builds the project and its site and stops (run it again).
"""
from __future__ import annotations

import argparse
import collections
import functools
import importlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

STARTED = time.process_time()
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build as bench  # noqa: E402  (bench/build.py: the synthetic project)
import edit_cpu  # noqa: E402  (its edits of one article)

import kbgen.build  # noqa: E402

IMPORTS = time.process_time() - STARTED

#: (module, function or Class.method, row label): the stages timed; indented rows are within
#: the row above them. Only a name looked up when called can be wrapped (not one another module
#: imported by name, nor one a table holds, such as the article checks).
STAGES = (
    ("kbgen.build", "load_corpus", "loading and checks (load_corpus)"),
    ("kbgen.memo", "read_shard", "  memo files read (read_shard)"),
    ("kbgen.build", "moment_checks", "link checks between articles (moment_checks)"),
    ("kbgen.site.publish", "previous_manifest", "manifest read (previous_manifest)"),
    ("kbgen.site.plan", "plan_site", "planning (plan_site)"),
    ("kbgen.permalinks.planner", "catalogue_file", "  catalogue (catalogue_file)"),
    ("kbgen.site.publish", "publish", "publishing (publish)"),
    ("kbgen.site.publish", "SiteBuild.expand_kept", "  kept units' files stat'ed (expand_kept)"),
    ("kbgen.site.publish", "SiteBuild.plan_pages", "  pages keyed (plan_pages)"),
    ("kbgen.site.publish", "SiteBuild.render_pages", "  pages rendered (render_pages)"),
    ("kbgen.site.publish", "SiteBuild.commit", "  commit and manifest written (commit)"),
    ("kbgen.site.publish", "SiteBuild.write_early_and_late", "  late files awaited (write_early_and_late)"),
    ("kbgen.memo", "PlanMemo.save", "memo saved (PlanMemo.save)"),
    ("kbgen.search.index", "SearchIndex.build", "search index (SearchIndex.build)"),
    ("kbgen.search.postings", "weigh", "  BM25 weights (weigh)"),
    ("kbgen.search.index", "link_sentences", "  link sentences (link_sentences)"),
    ("kbgen.search.postings", "shard_files", "  shard files made (shard_files)"),
)

SPENT: collections.Counter = collections.Counter()
"""CPU seconds by (row label, whether in the main thread)."""


def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
    """``function``, adding the CPU time of its thread during each call to :data:`SPENT`."""
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        main = threading.current_thread() is threading.main_thread()
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[(label, main)] += time.thread_time() - start
    return wrapper


def wrap_stages() -> None:
    """Replace every function of :data:`STAGES` where its module (or class) holds it."""
    for module, name, label in STAGES:
        owner: Any = importlib.import_module(module)
        *classes, attribute = name.split(".")
        for cls in classes:
            owner = getattr(owner, cls)
        setattr(owner, attribute, timed(getattr(owner, attribute), label))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="holds project/ and site/")
    parser.add_argument("--articles", type=int, default=10000, help="articles of a new project")
    parser.add_argument("--mode", choices=("body", "title"), default="body")
    parser.add_argument("--number", type=int, default=1, help="which article to edit (bench/build.py's numbering)")
    args = parser.parse_args()
    project, site = args.work / "project", args.work / "site"
    if not (site / "index.html").is_file():
        if not project.exists():
            bench.make_project(project, args.articles)
        kbgen.build.build_site(project, site, bench.NOW)
        print(f"built {project} into {site}; run again to measure an edit")
        return
    edit_cpu.edit(project, args.number, args.mode)
    wrap_stages()
    main_thread = time.thread_time()
    kept: list = []  # as ``kbgen build`` does: the build's memo and plan are not freed, the process ends
    result = kbgen.build.build_site(project, site, bench.NOW, left_to_exit=kept)
    print(f"imports {IMPORTS:.2f} s, main thread {time.thread_time() - main_thread:.2f} s, "
          f"process {time.process_time() - STARTED:.2f} s of CPU; {result.rendered} page(s) rendered")
    for _, _, label in STAGES:
        for main_only in (True, False):
            if (label, main_only) in SPENT:
                print(f"{label:<48} {'main' if main_only else 'thread':<6} {SPENT[(label, main_only)]:6.3f}")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
