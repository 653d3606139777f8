"""Review rules that keep a knowledge base healthy: stale reviews, missing owners, summaries
that are missing or too long for a search result, articles on no service, duplicate titles.

Only ``kbgen check`` runs them (a review falling due must not break a site build). Each finding
names its rule; ``severity:`` in site_config.yml can change its level.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ..errors import Diagnostic, Severity
from ..links import images_without_alt
from ..model import Article, Corpus
from ..rules import Rule

STALE = Rule("stale", Severity.WARNING, "The article's review is overdue (`reviewed` + `review_every_days`), "
             "it was never reviewed, or `reviewed` is after today.", build=False)
NO_OWNER = Rule("no-owner", Severity.WARNING, "The article has no `owner` to keep it correct.", build=False)
NO_SUMMARY = Rule("no-summary", Severity.WARNING, "The article has no `summary` for search results and lists.",
                  build=False)
LONG_SUMMARY = Rule("long-summary", Severity.WARNING, "The summary is longer than a search result shows "
                    "(`review.summary_max_chars`, 160).", build=False)
NO_SERVICES = Rule("no-services", Severity.INFO, "The article is on no service page (`services`).", build=False)
DUPLICATE_TITLE = Rule("duplicate-title", Severity.WARNING, "Two published articles have the same title, "
                       "so search results and lists cannot tell them apart.", build=False)
IMAGE_ALT = Rule("image-alt", Severity.WARNING, "An image has no alt text, so a screen reader cannot say what "
                 "it shows (`<img alt=\"\">` marks a decorative one).", build=False)
UNKNOWN_RULE = Rule("unknown-rule", Severity.WARNING,
                    "`severity:` in site_config.yml names a rule kbgen does not have.", build=False)

REVIEW_RULES = (STALE, NO_OWNER, NO_SUMMARY, LONG_SUMMARY, NO_SERVICES, DUPLICATE_TITLE, IMAGE_ALT,
                UNKNOWN_RULE)


def review_due(article: Article, corpus: Corpus) -> dt.date | None:
    """The date a published article's review falls due, or None if it was never reviewed."""
    last = article.reviewed or article.created
    if last is None:
        return None
    interval = article.review_every_days or corpus.config.review_interval_days
    return last + dt.timedelta(days=interval)


def is_stale(article: Article, corpus: Corpus, today: dt.date) -> bool:
    """Whether an article's review is overdue on ``today`` (never reviewed counts)."""
    due = review_due(article, corpus)
    return due is None or due <= today


def _at(article: Article, rule: Rule, key: str, message: str) -> Diagnostic:
    return rule.at(article.source.path, article.source.line, key, message)


def _stale(article: Article, corpus: Corpus, today: dt.date) -> list[Diagnostic]:
    due = review_due(article, corpus)
    if due is None:
        return [_at(article, STALE, "reviewed", "never reviewed: add 'reviewed: YYYY-MM-DD'")]
    if article.reviewed is not None and article.reviewed > today:  # a mistyped date puts off every review
        return [_at(article, STALE, "reviewed", f"{article.reviewed.isoformat()} is after today "
                                                f"({today.isoformat()}): a review cannot have happened yet, and the "
                                                f"next would wait until {due.isoformat()}; write the day it was reviewed")]
    if due > today:
        return []
    last = (article.reviewed or article.created).isoformat()
    return [_at(article, STALE, "reviewed", f"review was due on {due.isoformat()} (last reviewed {last})")]


def _metadata(article: Article, corpus: Corpus) -> list[Diagnostic]:
    limit = corpus.config.summary_max_chars
    found = []
    if not article.owner:
        found.append(_at(article, NO_OWNER, "owner", "no owner: add 'owner' so someone keeps it correct"))
    if not article.summary:
        found.append(_at(article, NO_SUMMARY, "summary", "no summary: search results and lists show one sentence"))
    elif len(article.summary) > limit:
        found.append(_at(article, LONG_SUMMARY, "summary", f"{len(article.summary)} characters; a search result "
                                                           f"shows about {limit}: say it in one shorter sentence"))
    if not article.services:
        found.append(_at(article, NO_SERVICES, "services", "no services: the article appears on no service page"))
    return found


def missing_alt_text(article: Article) -> list[Diagnostic]:
    """A finding at the line of every image of the article without alt text."""
    return [IMAGE_ALT.at(article.source.path, article.body_line + line, "body",
                         "image without alt text: say what it shows, ![Wi-Fi settings](wifi.png), so screen "
                         "readers can tell (an <img alt=\"\"> marks a decorative one)")
            for line in images_without_alt(article.body)]


def duplicate_titles(corpus: Corpus) -> list[Diagnostic]:
    """A finding on each published article whose title (ignoring case and spacing) an article
    with a lower id already has."""
    first: dict[str, Article] = {}
    found = []
    for article in corpus.published:
        key = " ".join(article.title.casefold().split())
        if key in first:
            other = first[key]
            found.append(_at(article, DUPLICATE_TITLE, "title", f"same title as {other.id} ({other.source.path})"))
        first.setdefault(key, article)
    return found


def lint_corpus(corpus: Corpus, now: dt.datetime | dt.date) -> list[Diagnostic]:
    """Every review finding over the published articles, as of ``now``."""
    today = now.date() if isinstance(now, dt.datetime) else now
    findings = []
    for article in corpus.published:
        findings += _stale(article, corpus, today) + _metadata(article, corpus) + missing_alt_text(article)
    return sorted(findings + duplicate_titles(corpus))


def by_owner(corpus: Corpus, today: dt.date) -> dict[str, list[Article]]:
    """The published articles that are stale or have no owner, by owner ('' for none)."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in corpus.published:
        if not article.owner or is_stale(article, corpus, today):
            groups[article.owner].append(article)
    return dict(groups)
