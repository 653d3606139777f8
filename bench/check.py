"""Check benchmark: ``kbgen check`` on N synthetic articles (default 1,000); goal <= 2 s.

The articles are bench/build.py's (four sections each, tags, a service, a link to the previous
article), and every article also links to a section of the previous one, so the anchor checks
run on every link. Printed in one run, each the median of --repeat runs as a fresh process:

- ``kbgen check`` (everything build validates plus the review rules);
- the baseline: loading and validating the same project (``kbgen.build.load_project``, what
  ``check`` did before the link, anchor and history checks), in a fresh process too;
- their ratio, and the share of the time that is Python and kbgen starting up.

    python3 bench/check.py [--articles N] [--repeat R]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import make_project  # noqa: E402  (bench/build.py: the same synthetic articles)

GOAL_SECONDS = 2.0
NOW = "2026-03-01T09:00:00Z"


def add_section_links(root: Path) -> None:
    """Each article links to the first section of the one before it (by anchor)."""
    from kbgen.anchors import headings

    files = sorted((root / "content" / "articles").rglob("*.md"), key=lambda p: p.name)
    for previous, current in zip(files, files[1:]):
        anchor = headings(previous.read_text(encoding="utf-8").split("---", 2)[2])[0].anchor
        link = f"\n\nThe first step is [here](../{previous.parent.name}/{previous.name}#{anchor}).\n"
        current.write_text(current.read_text(encoding="utf-8") + link, encoding="utf-8")


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kbgen-bench-check-") as tmp:
        project = Path(tmp) / "project"
        make_project(project, args.articles)
        add_section_links(project)
        check = [sys.executable, "-m", "kbgen", "check", "--project", str(project), "--now", NOW]
        load = [sys.executable, "-c", f"from kbgen.build import load_project; load_project({str(project)!r})"]
        start = [sys.executable, "-c", "import kbgen.cli, kbgen.build"]
        out = subprocess.run(check, capture_output=True, text=True).stdout.splitlines()[-1]
        times = {name: [timed(cmd, project) for _ in range(args.repeat)]
                 for name, cmd in (("check", check), ("load", load), ("start", start))}
    med = {name: statistics.median(values) for name, values in times.items()}
    print(f"articles: {args.articles}; kbgen check says: {out}")
    print(f"kbgen check: median {med['check']:.2f} s over {args.repeat} runs "
          f"(min {min(times['check']):.2f}, max {max(times['check']):.2f})")
    print(f"baseline, load and validate only: median {med['load']:.2f} s")
    print(f"ratio check / baseline: {med['check'] / med['load']:.2f}x; start-up (import kbgen): {med['start']:.2f} s")
    print(f"goal <= {GOAL_SECONDS:.0f} s: {'met' if med['check'] <= GOAL_SECONDS else 'NOT met'}")


if __name__ == "__main__":
    main()
