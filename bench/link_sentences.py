"""CPU seconds to make the linking sentences of many bodies, then again from the build's memo.

Each synthetic body is a few sentences with ``--links`` relative links (distinct targets) and
some filler; the first pass fills an in-memory memo (what a build does for new or edited
bodies), the second reads every body from it (an unchanged site). Median of ``--runs``.

    python3 bench/link_sentences.py --bodies 10000 --links 6 --runs 3
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kbgen.memo import PlanMemo, remembering  # noqa: E402
from kbgen.search.inlinks import first_sentences  # noqa: E402


def body(number: int, links: int) -> str:
    """A body of ``links`` sentences, each linking to its own page."""
    return "\n\n".join(f"Step {k} of page {number}: when the panel blinks, open [the guide {k}](guide-{number % 97}-{k}.md)"
                       f" and follow it. Then wait a minute before trying again." for k in range(links))


def passes(bodies: list[str]) -> tuple[float, float]:
    """CPU seconds of the first (memo filled) and the second (every body from the memo) pass;
    the second reads fresh copies of the texts, as a build reading the files again does (each
    text's digest is made again)."""
    times = []
    with remembering(PlanMemo()):
        for texts in (bodies, [text.encode().decode() for text in bodies]):
            started = time.process_time()
            for text in texts:
                first_sentences(text)
            times.append(time.process_time() - started)
    return times[0], times[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", type=int, default=10_000)
    parser.add_argument("--links", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    bodies = [body(n, args.links) for n in range(args.bodies)]
    runs = [passes(bodies) for _ in range(args.runs)]
    print(f"{args.bodies} bodies, {args.links} links each: made {statistics.median(r[0] for r in runs):.2f} s CPU,"
          f" unchanged {statistics.median(r[1] for r in runs):.2f} s CPU (median of {args.runs})")


if __name__ == "__main__":
    main()
