"""Benchmark of the status feature: planning cost of announcements, against the core plan.

    python3 bench/status.py [--announcements N] [--runs R]

Generates N synthetic announcements (incidents, windows, notices over the last year and the
next month) for the demo project's services, then times, R times each:
  - baseline: the core component's plan (home, articles, services, tags) with every page's
    Markdown rendered from its templates;
  - status: what the status component adds (its notes on those pages, status page with 90-day
    history, announcement pages, banner, Atom, iCalendar, status.json);
and prints medians, their ratio, and the size of the feeds and of the per-page banner data.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kbgen.build import load_project  # noqa: E402
from kbgen.site.core import CORE  # noqa: E402
from kbgen.site.model import SitePlan  # noqa: E402
from kbgen.site.plan import plan_site  # noqa: E402
from kbgen.status.component import STATUS  # noqa: E402
from kbgen.status.model import Announcement, Update  # noqa: E402
from kbgen.status.planner import LIVE_DATA_PATH  # noqa: E402

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def synthetic(count: int, services: list[str], seed: int = 7) -> tuple[Announcement, ...]:
    rng = random.Random(seed)
    items = []
    for n in range(count):
        kind = rng.choice(["incident", "incident", "maintenance", "notice"])
        start = NOW - dt.timedelta(minutes=rng.randrange(-30 * 1440, 365 * 1440))
        affected = tuple(sorted(rng.sample(services, rng.randint(1, 3))))
        length = dt.timedelta(minutes=rng.randrange(20, 600))
        if kind == "incident":
            ended = start + length < NOW
            updates = (Update(start + dt.timedelta(minutes=5), "investigating", "Looking."),) + (
                (Update(start + length, "resolved", "Fixed."),) if ended else ())
            item = Announcement(f"INC-{n}", f"Incident {n}", kind, start, affected,
                                rng.choice(["minor", "major", "critical"]),
                                "resolved" if ended else "investigating", start + length if ended else None, updates)
        elif kind == "maintenance":
            item = Announcement(f"MNT-{n}", f"Window {n}", kind, start, affected, "", "scheduled", start + length,
                                (Update(start - dt.timedelta(days=3), "scheduled", "Planned."),))
        else:
            item = Announcement(f"NTC-{n}", f"Notice {n}", kind, start, affected, body="Better now.")
        items.append(item)
    return tuple(items)


def timed(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--announcements", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    corpus, _ = load_project(ROOT)
    items = synthetic(args.announcements, [s.id for s in corpus.config.services])
    corpus = replace(corpus, records={**corpus.records, "announcements": items})

    def planned(components) -> SitePlan:
        plan = plan_site(corpus, NOW, components)
        for page in plan.pages.values():
            plan.templates.page(page)
        return plan

    core_s = timed(lambda: planned((CORE,)), args.runs)
    status_s = timed(lambda: planned((CORE, STATUS)), args.runs) - core_s
    plan = planned((CORE, STATUS))
    live = plan.files[LIVE_DATA_PATH].content
    entries = len(json.loads(live.decode("utf-8")[len("window.kbgenStatus = "):-2])["entries"])
    print(f"announcements: {len(items)} ({sum(i.is_incident for i in items)} incidents), "
          f"services: {len(corpus.config.services)}, articles: {len(corpus.published)}, runs: {args.runs}")
    print(f"baseline core plan, median:  {core_s * 1000:8.1f} ms")
    print(f"status planner, median:      {status_s * 1000:8.1f} ms  (ratio to baseline {status_s / core_s:.2f})")
    print(f"feeds: atom {len(plan.files['feeds/announcements.xml'].content) / 1024:.0f} KiB, "
          f"ics {len(plan.files['feeds/maintenance.ics'].content) / 1024:.0f} KiB, "
          f"status.json {len(plan.files['status.json'].content) / 1024:.0f} KiB; "
          f"live data {len(live)} bytes, one file every page loads ({entries} live entries)")


if __name__ == "__main__":
    main()
