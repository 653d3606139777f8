"""Checks that keep a knowledge base healthy: stale reviews, missing owners, thin metadata.

Each finding names a rule; ``severity:`` in site_config.yml can change its level.
"""
from __future__ import annotations

import datetime as dt

from .content import apply_severity
from .errors import Diagnostic, Severity
from .model import Article, Corpus

RULES = {
    "stale": (Severity.WARNING, "review is overdue"),
    "no-owner": (Severity.WARNING, "no owner: add 'owner' so someone keeps it correct"),
    "no-summary": (Severity.INFO, "no summary: search results and lists show one sentence"),
    "no-services": (Severity.INFO, "no services: the article appears on no service page"),
}


def _finding(article: Article, rule: str, message: str = "") -> Diagnostic:
    level, default = RULES[rule]
    return Diagnostic(article.source.path, article.source.line, rule.replace("no-", "") if rule != "stale" else "reviewed",
                      message or default, level, rule)


def stale_since(article: Article, corpus: Corpus) -> dt.date | None:
    """The date a published article's review fell due, or None if it is not due."""
    last = article.reviewed or article.created
    if last is None:
        return None
    interval = article.review_every_days or corpus.config.review_interval_days
    return last + dt.timedelta(days=interval)


def lint_corpus(corpus: Corpus, today: dt.date) -> list[Diagnostic]:
    """Every finding over the published articles, as of ``today``."""
    findings = []
    for article in corpus.published:
        due = stale_since(article, corpus)
        if due is not None and due <= today:
            findings.append(_finding(article, "stale", f"review was due on {due.isoformat()} "
                                     f"(last reviewed {(article.reviewed or article.created).isoformat()})"))
        elif article.reviewed is None and article.created is None:
            findings.append(_finding(article, "stale", "never reviewed: add 'reviewed: YYYY-MM-DD'"))
        if not article.owner:
            findings.append(_finding(article, "no-owner"))
        if not article.summary:
            findings.append(_finding(article, "no-summary"))
        if not article.services:
            findings.append(_finding(article, "no-services"))
    return apply_severity(sorted(findings), corpus.config)
