"""The status component's plan: its notes on other pages, then its own pages and files.

Notes (planned first, handed to the pages' owners): the current-status line on each service
page, a known-issue or maintenance note on the pages of affected articles and services, and
the one-line status on the home page, and links to the status page and the improvements in
the footer.

Pages and files: ``/status/``, "What we've improved", the announcement history, a page per
published announcement, the nav entry, the banner, the data the browser script re-evaluates,
and the three feeds.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterator, Sequence

from ..messages import Messages
from ..model import SiteConfig
from ..site.model import Inputs, MarkdownText, NavEntry, Note, Page, PlanContext, Planned, SiteFile, ThemeData
from ..site.urls import service_url, slugify
from . import derive, feeds
from .model import SERVICE_STATUSES, Announcement, StatusSettings
from .views import history_rows, ms, shown_between, view

STATUS_PATH = "status/index.md"
IMPROVEMENTS_PATH = "improvements/index.md"
HISTORY_PATH = "announcements/index.md"
#: How many of the newest improvements the status page lists (all are on the improvements page).
STATUS_IMPROVEMENTS = 3
#: What the status pages read from site_config.yml.
STATUS_CONFIG = ("services", "status", "timezone")
FEED_CONFIG = STATUS_CONFIG + ("site_name", "site_url", "organisation", "language")
FEED_FILES = {"atom": feeds.ATOM_PATH, "ics": feeds.ICS_PATH, "json": feeds.JSON_PATH}
#: The open and coming announcements for ``kbgen-status.js``, loaded by every page while any.
LIVE_DATA_PATH = "status/live.js"


def announcement_doc_path(item: Announcement) -> str:
    """Docs path of an announcement page (its URL is ``announcements/<id>/``)."""
    return f"announcements/{slugify(item.id)}.md"


def settings_of(config: SiteConfig) -> StatusSettings:
    """The ``status:`` settings (defaults for missing keys)."""
    return StatusSettings.from_config(config.status)


def lead_of(settings: StatusSettings) -> dt.timedelta:
    """How long before a maintenance window opens it shows in notes and the banner."""
    return dt.timedelta(hours=settings.banner_hours)


def ids(items: Sequence[Announcement]) -> tuple[str, ...]:
    """The ids of some announcements, in order."""
    return tuple(item.id for item in items)


def every_announcement(ctx: PlanContext, config: tuple[str, ...] = STATUS_CONFIG) -> Inputs:
    """The inputs of something made from every announcement at the build moment."""
    items = ids(ctx.corpus.announcements)
    return Inputs.of(announcements=items, config=config, moment=True, lists={"announcements": items})


def live_items(items: Sequence[Announcement], now: dt.datetime) -> list[Announcement]:
    """Incidents and windows that are open or still to come at ``now`` (what the script needs)."""
    live = []
    for item in derive.ordered(items):
        period = derive.active_period(item)
        if period is not None and (period[1] is None or period[1] > now):
            live.append(item)
    return live


def published(items: Sequence[Announcement], now: dt.datetime) -> list[Announcement]:
    """The announcements that have a page at ``now`` (maintenance ahead of time, others from
    their start), newest first."""
    shown = [item for item in items if feeds.is_published(item, now)]
    return sorted(shown, key=lambda item: (item.start, item.id), reverse=True)


# --- notes on other components' pages ----------------------------------------------------------

def plan_notes(ctx: PlanContext) -> Iterator[Note]:
    """The status line of every service page, then a note per live announcement on each
    affected article and service page, then links on the home page and in the footer."""
    config, now = ctx.corpus.config, ctx.now
    items = ctx.corpus.announcements
    asof = ctx.messages.moment(now, config.timezone)
    for service in config.services:
        affecting = derive.affecting(items, service.id)
        context = {"status": derive.service_status(items, service.id, now), "service_id": service.id,
                   "asof": asof}
        yield Note(("service", service.id), "status/service-status.html", context,
                   Inputs.of(announcements=ids(affecting), config=["timezone"], moment=True,
                             lists={f"announcements affecting {service.id}": ids(affecting)}))
    yield from announcement_notes(ctx)
    yield home_status(ctx)
    yield Note(("footer",), "status/links.html", {}, Inputs())


def home_status(ctx: PlanContext) -> Note:
    """The one-line status on the home page: the overall state and what is open now."""
    config, now = ctx.corpus.config, ctx.now
    settings = settings_of(config)
    snap = derive.snapshot(config, ctx.corpus.announcements, now, settings)
    open_now = [view(item, config, now, lead_of(settings), ctx.messages)
                for item in snap.active_incidents + snap.in_progress]
    return Note(("home",), "status/home-status.html", {"overall": snap.overall, "open": open_now},
                every_announcement(ctx))


def announcement_notes(ctx: PlanContext) -> Iterator[Note]:
    """A known-issue or planned-maintenance note on every page an open or coming incident or
    window affects (maintenance from ``upcoming_days`` ahead)."""
    config, now = ctx.corpus.config, ctx.now
    settings = settings_of(config)
    lead = lead_of(settings)
    upcoming = now + dt.timedelta(days=settings.upcoming_days)
    for item in live_items(ctx.corpus.announcements, now):
        if not (item.is_incident or item.start <= upcoming):
            continue
        start, until = shown_between(item, lead)
        context = {"a": view(item, config, now, lead, ctx.messages), "shown": start <= now and (until is None or now < until)}
        inputs = Inputs.of(announcements=[item.id], config=STATUS_CONFIG, moment=True)
        services = set(item.services)
        for article in ctx.corpus.published:
            if services.intersection(article.services):
                yield Note(("article", article.id), "status/note.html", context, inputs)
        for service_id in item.services:
            if config.service(service_id):
                yield Note(("service", service_id), "status/note.html", context, inputs)


# --- pages and files ------------------------------------------------------------------------

def plan_status(ctx: PlanContext) -> Iterator[Planned]:
    """Everything the status component adds to the site."""
    m = ctx.messages
    yield NavEntry(m.text("nav.status"), STATUS_PATH, 80)
    yield status_page(ctx)
    yield improvements_page(ctx)
    yield history_page(ctx)
    yield from announcement_pages(ctx)
    yield from feed_files(ctx)
    yield from theme_data(ctx)


def status_page(ctx: PlanContext) -> Page:
    """``/status/``: overall first, services, incidents, maintenance, history, improvements."""
    config, now = ctx.corpus.config, ctx.now
    items = tuple(ctx.corpus.announcements)
    settings = settings_of(config)
    lead = lead_of(settings)
    snap = derive.snapshot(config, items, now, settings)
    recent = derive.recently_ended(items, now, dt.timedelta(days=settings.recent_days))
    notices = derive.published_notices(items, now)[:STATUS_IMPROVEMENTS]
    context = {
        "overall": snap.overall, "asof": ctx.messages.moment(now, config.timezone), "settings": settings,
        "services": [(s, service_url(s.id), status) for s, status in snap.services],
        "active": [view(i, config, now, lead, ctx.messages) for i in snap.active_incidents],
        "maintenance": [view(i, config, now, lead, ctx.messages) for i in snap.in_progress + snap.upcoming],
        "recent": [view(i, config, now, lead, ctx.messages) for i in recent],
        "history": history_rows(config, items, now, settings.history_days, ctx.messages),
        "improvements": [view(i, config, now, lead, ctx.messages) for i in notices], "feeds": FEED_FILES}
    return Page(STATUS_PATH, ctx.messages.text("title.status"), "status/status.html", context,
                every_announcement(ctx), kind="status", hide=("navigation",))


def improvements_page(ctx: PlanContext) -> Page:
    """"What we've improved": every published notice, newest first."""
    config, now = ctx.corpus.config, ctx.now
    notices = derive.published_notices(ctx.corpus.announcements, now)
    lead = lead_of(settings_of(config))
    all_notices = [item for item in ctx.corpus.announcements if item.is_notice]
    return Page(IMPROVEMENTS_PATH, ctx.messages.text("title.improvements"), "status/improvements.html",
                {"notices": [view(item, config, now, lead, ctx.messages) for item in notices]},
                Inputs.of(announcements=ids(all_notices), config=STATUS_CONFIG, moment=True,
                          lists={"notices": ids(all_notices)}),
                kind="improvements")


def history_page(ctx: PlanContext) -> Page:
    """Every published announcement, newest first: no announcement page is left unlinked once
    it leaves the status page."""
    config, now = ctx.corpus.config, ctx.now
    items = ctx.corpus.announcements
    lead = lead_of(settings_of(config))
    return Page(HISTORY_PATH, ctx.messages.text("title.history"), "status/history.html",
                {"views": [view(item, config, now, lead, ctx.messages) for item in published(items, now)]},
                every_announcement(ctx), kind="announcements")


def announcement_pages(ctx: PlanContext) -> Iterator[Page]:
    """One page per published announcement: header, the writer's Markdown, timeline."""
    config, now = ctx.corpus.config, ctx.now
    lead = lead_of(settings_of(config))
    asof = ctx.messages.moment(now, config.timezone)
    for item in published(ctx.corpus.announcements, now):
        context = {"a": view(item, config, now, lead, ctx.messages), "asof": asof,
                   # The writer's Markdown: trusted text (MkDocs renders it like an article's).
                   "body": MarkdownText(item.body.strip())}
        yield Page(announcement_doc_path(item), item.title, "status/announcement.html", context,
                   Inputs.of(announcements=[item.id], config=STATUS_CONFIG, moment=True),
                   kind="announcement",
                   meta={"announcement_id": item.id, "type": item.type, "services": list(item.services)})


def feed_files(ctx: PlanContext) -> Iterator[SiteFile]:
    """Atom, iCalendar and status.json."""
    config, now = ctx.corpus.config, ctx.now
    items = tuple(ctx.corpus.announcements)
    settings = settings_of(config)
    inputs = every_announcement(ctx, FEED_CONFIG)

    def make() -> tuple[bytes, bytes]:
        return feeds.atom_feed(config, items, now, settings), feeds.maintenance_calendar(config, items, now, settings)
    # Kept in the plan's memo by the config, every announcement and what the two show of the
    # moment (feeds.shown_moment; not the moment itself, which a build without --now never
    # repeats): a rebuild after an article's edit neither makes them again nor imports feedgen,
    # lxml and icalendar (~0.1 s of a fresh process's start at 10,000 articles). status.json
    # prints the moment: made every time (it needs neither library).
    key = (ctx.memo.digest(config), repr(feeds.shown_moment(items, now, settings)), *map(ctx.memo.digest, items))
    atom, calendar = ctx.memo.get("status feed files", key, make)
    summary = feeds.status_json(config, items, now, settings).encode("utf-8")
    yield SiteFile(feeds.ATOM_PATH, atom, inputs)
    yield SiteFile(feeds.ICS_PATH, calendar, inputs)
    yield SiteFile(feeds.JSON_PATH, summary, inputs)


def theme_data(ctx: PlanContext) -> Iterator[Planned]:
    """The banner, whether pages load the live data, the data itself and the feed paths.

    The data ``kbgen-status.js`` re-evaluates is a file of its own (``status/live.js``), not
    part of every page: editing an announcement, or building at another moment, rewrites that
    file and the pages whose banner or notes change, not every page of the site. For the same
    reason the banner printed in every page carries no build time (the status page does).
    """
    config, now = ctx.corpus.config, ctx.now
    items = tuple(ctx.corpus.announcements)
    settings = settings_of(config)
    inputs = every_announcement(ctx)
    banner = derive.banner_items(items, now, lead_of(settings))
    html = ctx.templates.render("status/banner.html", None,  # no build time: it is on every page
                                views=[view(item, config, now, lead_of(settings), ctx.messages) for item in banner])
    yield ThemeData("banner_html", str(html) if banner else "", inputs | Inputs.of(templates=["status/banner.html"]))
    data = client_data(config, items, now, settings, ctx.messages)
    yield ThemeData("status_live", LIVE_DATA_PATH if data["entries"] else "", inputs)
    script = "window.kbgenStatus = " + json.dumps(data, sort_keys=True, ensure_ascii=False) + ";\n"
    yield SiteFile(LIVE_DATA_PATH, script.encode("utf-8"), inputs | Inputs.of(config=["language"]))
    yield ThemeData("status_feeds", dict(FEED_FILES), Inputs())


def client_data(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
                settings: StatusSettings, messages: Messages) -> dict:
    """What ``kbgen-status.js`` needs to re-evaluate the state at the browser's time."""
    lead = lead_of(settings)

    def entry(item: Announcement) -> dict:
        a = view(item, config, now, lead, messages)
        start, _ = shown_between(item, lead)
        period = derive.active_period(item)
        return {"id": item.id, "type": item.type, "title": item.title, "path": a.url, "when": a.when,
                "start": int(ms(item.start)), "end": int(ms(period[1])) if period and period[1] else None,
                "banner_from": int(ms(start)), "status": derive.status_caused(item),
                "services": list(item.services)}
    return {"built": int(ms(now)), "asof": messages.moment(now, config.timezone),
            "labels": {s: messages.text(f"status.{s}") for s in SERVICE_STATUSES},
            "overall": {s: messages.text(f"overall.{s}") for s in SERVICE_STATUSES},
            "kinds": {"incident": messages.text("banner.incident"), "maintenance": messages.text("banner.maintenance"),
                      "maintenance_now": messages.text("banner.maintenance-now")},
            "services": [service.id for service in config.services],
            "entries": [entry(item) for item in live_items(items, now)]}
