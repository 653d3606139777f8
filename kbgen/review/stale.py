"""``kbgen report stale``: the articles to review this month, grouped by owner.

Every published article whose review is overdue (or that was never reviewed) and every article
without an owner, grouped by owner; the group with the oldest overdue article first, and in each
group the oldest first, with how many days overdue each is.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import one_line, printable_json
from ..messages import Messages
from ..model import Article, Corpus
from ..snippets import page_url
from .lint import by_owner, is_stale, review_due

#: Sorts an article that was never reviewed before every date.
NEVER = dt.date.min


def _row(article: Article, corpus: Corpus, today: dt.date) -> dict[str, Any]:
    due = review_due(article, corpus)
    last = article.reviewed or article.created
    return {"id": article.id, "title": article.title, "path": article.source.path,
            "url": page_url(corpus.config, article), "owner": article.owner or None,
            "reviewed": last.isoformat() if last else None, "due": due.isoformat() if due else None,
            "days_overdue": (today - due).days if due else None, "stale": is_stale(article, corpus, today)}


def stale_report(corpus: Corpus, today: dt.date) -> dict[str, Any]:
    """The report as data (what ``--json`` prints)."""
    groups = []
    for owner, articles in by_owner(corpus, today).items():
        ordered = sorted(articles, key=lambda a: (review_due(a, corpus) or NEVER, a.id))
        groups.append({"owner": owner or None, "articles": [_row(a, corpus, today) for a in ordered]})
    groups.sort(key=lambda g: (g["articles"][0]["due"] or "", (g["owner"] or "").casefold()))
    rows = [row for group in groups for row in group["articles"]]
    return {"as_of": today.isoformat(), "articles": len(corpus.published),
            "stale": sum(row["stale"] for row in rows), "ownerless": sum(row["owner"] is None for row in rows),
            "owners": groups}


def report_json(report: dict[str, Any]) -> str:
    """The report as stable JSON."""
    return printable_json(report, sort_keys=True)


def _when(row: dict[str, Any], messages: Messages) -> str:
    if row["due"] is None:
        return "never reviewed"
    due = messages.long_date(dt.date.fromisoformat(row["due"]))
    days = row["days_overdue"]
    if days >= 0:
        return f"due {due}, {days} day{'s' if days != 1 else ''} overdue"
    return f"not due until {due}"


def report_text(report: dict[str, Any], messages: Messages) -> str:
    """The report for a terminal."""
    today = messages.long_date(dt.date.fromisoformat(report["as_of"]))
    lines = [f"Review report as of {today}: {report['stale']} to review, {report['ownerless']} without "
             f"an owner ({report['articles']} published articles)"]
    for group in report["owners"]:
        lines += ["", f"{group['owner'] or '(no owner)'}: {len(group['articles'])}"]
        width = max(len(row["id"]) for row in group["articles"])
        for row in group["articles"]:
            lines.append(f"  {row['id']:<{width}}  {row['title']}  [{_when(row, messages)}]  {row['path']}")
    if not report["owners"]:
        lines += ["", "Nothing to review: every article has an owner and a review that is not due."]
    return "\n".join(one_line(line) for line in lines)  # a file name's line break starts no line
