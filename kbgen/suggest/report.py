"""The suggest report: Markdown for writers and a JSON document for tools.

Both list clusters in ``ranking.ranked`` order (people helped times how uncovered they are, tickets
x ``uncovered``; a cluster whose members name a thing and no problem weighed down by
``ranking.NO_PROBLEM_WEIGHT``), show the trend (share of the last 14 days, spike flag) and say what to do: write a new article (gap),
update an existing one (partial: the words the KB lacks go into the article, e.g. its keywords),
check whether an article answers it (language: written in a language the KB does not write), or
nothing (covered). Ticket text is escaped in the Markdown and reduced to plain words in titles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .coverage import Coverage
from .drafts import escape_text, plain_title
from .model import TicketCluster
from .trend import TrendWindow
from .triage import describe

ACTIONS = {"gap": "New articles needed", "partial": "Articles to update",
           "language": "In another language: an article may answer these", "covered": "Already covered"}


@dataclass(frozen=True)
class ClusterReport:
    """One row of the report: a cluster, its coverage and its draft (if one was written)."""

    cluster: TicketCluster
    coverage: Coverage
    draft: str = ""


def _trend(cluster: TicketCluster) -> str:
    share = f"{cluster.recent}/{cluster.size} in last 14 days"
    return f"**spike** ({share})" if cluster.spike else share


def _hours(value: float | None) -> str:
    return "-" if value is None else (f"{value:.1f} h" if value < 48 else f"{value / 24:.1f} d")


def _article(coverage: Coverage) -> str:
    if not coverage.article_id or (coverage.verdict in ("gap", "language") and coverage.score < 0.05 and coverage.term_share < 0.1):
        return "-"  # nothing close: naming the least bad article would mislead
    found = "" if coverage.consensus is None else f", search finds it for {coverage.consensus:.0%} of subjects"
    return f"{escape_text(coverage.article_id)} {escape_text(coverage.article_title)} (similarity " \
           f"{coverage.score:.2f}{found})"


def _table(rows: Sequence[ClusterReport], verdict: str) -> list[str]:
    head = "| # | Problem | Tickets | Trend | Median time to resolve | Closest article |"
    rule = "|---|---|---:|---|---|---|"
    if verdict == "gap":
        head, rule = head + " Draft |", rule + "---|"
    if verdict == "partial":
        head, rule = head + " Update: words the KB lacks |", rule + "---|"
    lines = [head, rule]
    for row in rows:
        c = row.cluster
        cells = [c.id, escape_text(plain_title(c.title)), str(c.size), _trend(c),
                 _hours(c.median_hours_to_resolve), _article(row.coverage)]
        if verdict == "gap":
            cells.append(escape_text(row.draft, limit=None) if row.draft else "-")
        if verdict == "partial":
            missing = ", ".join(row.coverage.missing[:6])
            cells.append(f"add {escape_text(missing)} to {escape_text(row.coverage.article_id)}" if missing else "-")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _window_note(window: TrendWindow | None) -> str:
    if window is None or window.end is None:
        return "No opening dates: no trend."
    note = f"Trend: the last 14 days end on {window.end:%Y-%m-%d}, where the export's tickets end"
    if window.outliers:
        dates = ", ".join(sorted({f"{d:%Y-%m-%d}" for d in window.outliers})[:5])
        count = len(window.outliers)
        plural = "s" if count != 1 else ""
        note += f"; {count} ticket{plural} dated far later ({dates}) ignored as outlier{plural}"
    return note + "."


def render_markdown(rows: Sequence[ClusterReport], tickets: int, unclustered: int, project: str,
                    set_aside: dict[str, int] | None = None, window: TrendWindow | None = None) -> str:
    """The report as Markdown, gaps first, then updates, then covered problems.

    Args:
        rows: clusters with coverage and draft paths, in report order.
        tickets: number of tickets analysed.
        unclustered: tickets in no cluster (one-off requests).
        project: the project the articles came from (display path).
        set_aside: tickets triage set aside, by kind.
        window: the trend window (its end and the outlier dates left out).

    Returns:
        Markdown text; every piece of ticket text escaped.
    """
    lines = ["# Suggested articles from tickets", "",
             f"{tickets} tickets analysed against the published articles of {escape_text(project, limit=None)}: "
             f"{len(rows)} recurring problems, {unclustered} one-off tickets left out.", ""]
    if set_aside:
        lines += [f"Set aside (not a person's problem): {describe(set_aside)}. `--keep-alerts` keeps them.", ""]
    lines += [_window_note(window), ""]
    for verdict, heading in ACTIONS.items():
        chosen = [r for r in rows if r.coverage.verdict == verdict]
        lines += [f"## {heading} ({len(chosen)})", ""]
        lines += _table(chosen, verdict) if chosen else ["None."]
        lines.append("")
    return "\n".join(lines)


def report_json(rows: Sequence[ClusterReport], tickets: int, unclustered: Sequence[str],
                set_aside: dict[str, Sequence[str]] | None = None, window: TrendWindow | None = None) -> dict[str, Any]:
    """The JSON document of ``--json FILE`` (keys sorted when written)."""
    return {
        "tickets": tickets,
        "unclustered": list(unclustered),
        "set_aside": {kind: list(ids) for kind, ids in (set_aside or {}).items()},
        "window": None if window is None or window.end is None else {
            "end": window.end.isoformat(), "outliers": [d.isoformat() for d in window.outliers]},
        "clusters": [{
            "id": r.cluster.id, "title": plain_title(r.cluster.title), "size": r.cluster.size,
            "tickets": list(r.cluster.tickets), "recent": r.cluster.recent, "spike": r.cluster.spike,
            "median_hours_to_resolve": r.cluster.median_hours_to_resolve,
            "terms": [re.sub(r"[^\w'-]", "", t) for t in r.cluster.terms],
            "covered_by": r.coverage.article_id or None, "score": float(r.coverage.score),
            "term_share": float(r.coverage.term_share), "consensus": r.coverage.consensus,
            "answered": r.coverage.answered, "missing_terms": list(r.coverage.missing),
            "known": r.coverage.known, "uncovered": r.coverage.uncovered, "verdict": r.coverage.verdict,
            "other_language": r.coverage.other_language,
            "draft": r.draft or None,
        } for r in rows],
    }


def display_path(path: Path, base: Path) -> str:
    """``path`` relative to ``base`` when inside it, else as given (POSIX separators)."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
