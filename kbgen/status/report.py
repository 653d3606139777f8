"""``kbgen status``: the current status for people at a terminal and for agents (JSON)."""
from __future__ import annotations

import datetime as dt

from ..errors import printable_json
from ..messages import Messages
from ..model import Corpus
from . import derive
from .feeds import announcement_path, iso
from .model import STATUS_LABELS, Announcement, StatusSettings
from .text import window_text

#: ``kbgen status`` speaks to writers and agents at a terminal: in English, like the CLI.
CLI_WORDS = Messages("en")


def _item(item: Announcement, corpus: Corpus, now: dt.datetime) -> dict:
    base = corpus.config.site_url.rstrip("/") + "/" if corpus.config.site_url else ""
    period = derive.active_period(item)
    return {"id": item.id, "title": item.title, "type": item.type, "state": derive.state_at(item, now),
            "impact": item.impact or None, "services": list(item.services),
            "start": iso(item.start), "end": iso(period[1]) if period and period[1] else None,
            "when": window_text(item, corpus.config.timezone, CLI_WORDS, now), "url": base + announcement_path(item)}


def status_report(corpus: Corpus, now: dt.datetime) -> dict:
    """Every service's status, active incidents, maintenance in progress and upcoming, at ``now``."""
    settings = StatusSettings.from_config(corpus.config.status)
    snap = derive.snapshot(corpus.config, corpus.announcements, now, settings)
    return {
        "now": iso(now), "overall": snap.overall, "overall_text": snap.overall_text,
        "services": [{"id": service.id, "name": service.name, "status": status}
                     for service, status in snap.services],
        "active_incidents": [_item(i, corpus, now) for i in snap.active_incidents],
        "maintenance_in_progress": [_item(i, corpus, now) for i in snap.in_progress],
        "upcoming_maintenance": [_item(i, corpus, now) for i in snap.upcoming],
        "upcoming_days": settings.upcoming_days,
    }


def report_json(report: dict) -> str:
    """The report as stable JSON (characters a terminal acts on escaped, :func:`printable_json`)."""
    return printable_json(report, sort_keys=True)


def _section(title: str, items: list[dict], empty: str) -> list[str]:
    lines = [f"{title}:"]
    if not items:
        return lines + [f"  {empty}"]
    for item in items:
        extra = f", impact {item['impact']}" if item["impact"] else ""
        lines.append(f"  {item['id']}  {item['title']}  [{item['state'].replace('_', ' ')}{extra}]")
        lines.append(f"    {item['when']}; services: {', '.join(item['services']) or '-'}")
    return lines


def report_text(report: dict, corpus: Corpus, now: dt.datetime) -> str:
    """The report for a terminal."""
    width = max((len(s["id"]) for s in report["services"]), default=0)
    lines = [f"{corpus.config.site_name} as of {CLI_WORDS.moment(now, corpus.config.timezone)}: "
             f"{report['overall_text']}", "", "Services:"]
    lines += [f"  {s['id']:<{width}}  {STATUS_LABELS[s['status']]:<20}  {s['name']}" for s in report["services"]]
    lines.append("")
    lines += _section("Active incidents", report["active_incidents"], "none")
    lines.append("")
    lines += _section("Maintenance in progress", report["maintenance_in_progress"], "none")
    lines.append("")
    lines += _section(f"Upcoming maintenance (next {report['upcoming_days']} days)",
                      report["upcoming_maintenance"], "none")
    return "\n".join(lines)

