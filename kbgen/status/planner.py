"""The status feature's site planner (runs after the core pages).

It adds ``/status/``, a page per announcement, "What we've improved", the nav entry, notes
above affected articles and service pages, the banner, the data the browser script
re-evaluates, and the three feeds.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..model import SiteConfig
from ..site.model import Page, SitePlan, register_planner
from ..site.urls import doc_url, service_doc_path, slugify
from . import derive, feeds
from . import pages as html
from .model import STATUS_LABELS, Announcement, StatusSettings
from .text import format_moment, window_text

STATUS_PATH = "status/index.md"
IMPROVEMENTS_PATH = "improvements/index.md"


def announcement_doc_path(item: Announcement) -> str:
    """Docs path of an announcement page (its URL is ``announcements/<id>/``)."""
    return f"announcements/{slugify(item.id)}.md"


def live_items(items: Sequence[Announcement], now: dt.datetime) -> list[Announcement]:
    """Incidents and windows that are open or still to come at ``now`` (what the script needs)."""
    live = []
    for item in derive.ordered(items):
        period = derive.active_period(item)
        if period is not None and (period[1] is None or period[1] > now):
            live.append(item)
    return live


def client_data(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
                settings: StatusSettings) -> dict:
    """What ``kbgen-status.js`` needs to re-evaluate the state at the browser's time."""
    def entry(item: Announcement) -> dict:
        start, until = html.shown_between(item, dt.timedelta(hours=settings.banner_hours))
        period = derive.active_period(item)
        return {"id": item.id, "type": item.type, "title": item.title,
                "path": feeds.announcement_path(item), "when": window_text(item, config.timezone),
                "start": int(item.start.timestamp() * 1000),
                "end": int(period[1].timestamp() * 1000) if period and period[1] else None,
                "banner_from": int(start.timestamp() * 1000),
                "status": derive.status_caused(item), "services": list(item.services)}
    return {"built": int(now.timestamp() * 1000), "asof": format_moment(now, config.timezone),
            "labels": dict(STATUS_LABELS), "overall": dict(derive.OVERALL_TEXT),
            "services": [service.id for service in config.services],
            "entries": [entry(item) for item in live_items(items, now)]}


def add_announcement_pages(plan: SitePlan, items: Sequence[Announcement]) -> None:
    """One page per announcement: header, body, timeline."""
    config = plan.corpus.config
    for item in items:
        path = announcement_doc_path(item)
        head, tail = html.announcement_page_html(item, config, plan.now, doc_url(path))
        body = "\n\n".join(part for part in [f'<div markdown="0">{head}</div>', item.body.strip(),
                                             f'<div markdown="0">{tail}</div>' if tail else ""] if part)
        plan.add_page(Page(path, item.title, body, kind="announcement",
                           meta={"announcement_id": item.id, "type": item.type,
                                 "services": list(item.services)}))


def add_notes(plan: SitePlan, items: Sequence[Announcement], settings: StatusSettings) -> None:
    """Known-issue and maintenance notes above affected articles and service pages."""
    config = plan.corpus.config
    lead = dt.timedelta(hours=settings.banner_hours)
    upcoming = dt.timedelta(days=settings.upcoming_days)
    noted = [i for i in live_items(items, plan.now)
             if i.is_incident or i.start <= plan.now + upcoming]
    for item in noted:
        services = set(item.services)
        for article in plan.corpus.published:
            page = plan.article_page(article.id)
            if page is not None and services.intersection(article.services):
                page.notes.append(html.note_html(item, config, page.url, lead, plan.now))
        for service_id in item.services:
            page = plan.pages.get(service_doc_path(service_id))
            if page is not None:
                page.notes.append(html.note_html(item, config, page.url, lead, plan.now))


def add_service_status(plan: SitePlan, items: Sequence[Announcement]) -> None:
    """A current-status line at the top of each service page."""
    config = plan.corpus.config
    asof = html.esc(format_moment(plan.now, config.timezone))
    for service in config.services:
        page = plan.pages.get(service_doc_path(service.id))
        if page is None:
            continue
        status = derive.service_status(items, service.id, plan.now)
        link = html.esc(html.relative_url(page.url, "status/"))
        page.notes.insert(0, f'<p class="kbgen-service-status">Current status: '
                             f'{html.status_badge(status, service.id)} '
                             f'<span class="kbgen-asof">as of {asof}</span> · '
                             f'<a href="{link}">All services</a></p>')


def add_feeds(plan: SitePlan, items: Sequence[Announcement], settings: StatusSettings) -> None:
    """Atom, iCalendar and status.json."""
    config = plan.corpus.config
    plan.add_file(feeds.ATOM_PATH, feeds.atom_feed(config, items, plan.now, settings))
    plan.add_file(feeds.ICS_PATH, feeds.maintenance_calendar(config, items, plan.now, settings))
    plan.add_file(feeds.JSON_PATH, feeds.status_json(config, items, plan.now, settings))


def add_nav(plan: SitePlan) -> None:
    """"Status" in the top navigation, before "Contact us" when there is one."""
    entry = ("Status", STATUS_PATH)
    paths = [path for _, path in plan.nav]
    index = paths.index("contact.md") if "contact.md" in paths else len(plan.nav)
    plan.nav.insert(index, entry)


def plan_status(plan: SitePlan) -> None:
    """Add everything of the status feature to the plan."""
    config = plan.corpus.config
    items = tuple(plan.corpus.announcements)
    settings = StatusSettings.from_config(config.status)
    snap = derive.snapshot(config, items, plan.now, settings)
    plan.add_page(Page(STATUS_PATH, "Service status",
                       f'<div markdown="0">{html.status_page_html(config, items, plan.now, settings)}</div>',
                       kind="status", hide=("navigation",)))
    plan.add_page(Page(IMPROVEMENTS_PATH, "What we've improved",
                       '<div markdown="0"><p class="kbgen-lead">Changes we made to make your work easier, '
                       "newest first.</p>" + html.improvements_html(items, config, plan.now) + "</div>",
                       kind="improvements"))
    add_announcement_pages(plan, items)
    add_notes(plan, items, settings)
    add_service_status(plan, items)
    add_nav(plan)
    add_feeds(plan, items, settings)
    plan.extra["banner_html"] = html.banner_html(snap.banner, config, plan.now)
    plan.extra["status_data"] = client_data(config, items, plan.now, settings)
    plan.extra["status_feeds"] = {"atom": feeds.ATOM_PATH, "ics": feeds.ICS_PATH, "json": feeds.JSON_PATH}


register_planner("status", plan_status, order=10)
