"""HTML pieces of the status pages, the banner and the notes (every front matter text escaped).

Dynamic pieces carry their time window as ``data-kbgen-from``/``data-kbgen-until`` (epoch ms),
and service statuses carry ``data-kbgen-service``, so ``kbgen-status.js`` can re-evaluate them
in the browser; without JavaScript the build-time state shows, labelled "as of <time>".
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence
from zoneinfo import ZoneInfo

from ..model import SiteConfig
from ..site.html import esc
from ..site.urls import doc_url, relative_url, service_doc_path
from . import derive
from .feeds import TYPE_LABELS, announcement_path, posted_updates
from .model import STATUS_LABELS, Announcement
from .text import format_day, format_moment, window_text

BASE = "__KBGEN_BASE__"
STATE_LABELS = {"investigating": "Investigating", "identified": "Identified", "monitoring": "Monitoring",
                "resolved": "Resolved", "scheduled": "Scheduled", "in_progress": "In progress",
                "completed": "Completed", "cancelled": "Cancelled", "": ""}


def ms(moment: dt.datetime | None) -> str:
    """Epoch milliseconds as text ('' for None)."""
    return "" if moment is None else str(int(moment.timestamp() * 1000))


def window_attrs(start: dt.datetime | None, until: dt.datetime | None) -> str:
    """``data-kbgen-from``/``until`` attributes for the script (empty: unbounded)."""
    return f' data-kbgen-from="{ms(start)}" data-kbgen-until="{ms(until)}"'


def shown_between(item: Announcement, lead: dt.timedelta) -> tuple[dt.datetime, dt.datetime | None]:
    """When a banner line or a note about ``item`` shows: from ``start - lead`` to its end."""
    period = derive.active_period(item)
    end = period[1] if period else item.end
    return (item.start - lead if item.is_maintenance else item.start), end


def status_badge(status: str, service_id: str = "") -> str:
    """A coloured status label; with ``service_id`` the script keeps it current."""
    attr = f' data-kbgen-service="{esc(service_id)}"' if service_id else ""
    return (f'<span class="kbgen-status kbgen-status--{esc(status)}"{attr}>'
            f"{esc(STATUS_LABELS[status])}</span>")


def service_links(item: Announcement, config: SiteConfig, from_url: str) -> str:
    """The affected services as links to their pages."""
    links = [f'<a href="{esc(relative_url(from_url, doc_url(service_doc_path(sid))))}">{esc(service.name)}</a>'
             for sid in item.services if (service := config.service(sid))]
    return ", ".join(links)


def banner_html(items: Sequence[Announcement], config: SiteConfig, now: dt.datetime) -> str:
    """The build-time banner; links start with :data:`BASE` (the theme puts in ``base_url``)."""
    if not items:
        return ""
    rows = []
    for item in items:
        kind = "Incident" if item.is_incident else (
            "Maintenance now" if derive.is_active(item, now) else "Planned maintenance")
        rows.append(f'<li class="kbgen-banner__item kbgen-banner__item--{esc(item.type)}">'
                    f"<strong>{esc(kind)}:</strong> "
                    f'<a href="{BASE}/{esc(announcement_path(item))}">{esc(item.title)}</a> '
                    f'<span class="kbgen-banner__when">{esc(window_text(item, config.timezone))}</span></li>')
    return (f'<ul class="kbgen-banner__list">{"".join(rows)}</ul>'
            f'<span class="kbgen-banner__asof">as of {esc(format_moment(now, config.timezone))}</span>')


def note_html(item: Announcement, config: SiteConfig, page_url: str, lead: dt.timedelta,
              now: dt.datetime) -> str:
    """A known-issue or planned-maintenance note above an affected article or service page."""
    start, until = shown_between(item, lead)
    hidden = "" if start <= now and (until is None or now < until) else " hidden"
    label = "Known issue" if item.is_incident else "Planned maintenance"
    href = relative_url(page_url, announcement_path(item))
    return (f'<div class="admonition {"warning" if item.is_incident else "info"} kbgen-status-note"'
            f"{window_attrs(start, until)}{hidden}>"
            f'<p class="admonition-title">{esc(label)}: {esc(item.title)}</p>'
            f"<p>{esc(window_text(item, config.timezone))}. "
            f'<a href="{esc(href)}">Details and updates</a></p></div>')


def timeline_html(item: Announcement, config: SiteConfig, now: dt.datetime) -> str:
    """The updates, newest first."""
    updates = posted_updates(item, now)
    if not updates:
        return ""
    rows = [f'<li class="kbgen-timeline__item"><span class="kbgen-timeline__state">'
            f"{esc(STATE_LABELS.get(u.state, u.state))}</span> "
            f'<time datetime="{esc(u.at.isoformat())}">{esc(format_moment(u.at, config.timezone))}</time>'
            f'<p>{esc(u.text)}</p></li>' for u in reversed(updates)]
    return f'<ol class="kbgen-timeline">{"".join(rows)}</ol>'


def announcement_summary(item: Announcement, config: SiteConfig, now: dt.datetime, from_url: str,
                         lead: dt.timedelta | None = None, timeline: bool = True) -> str:
    """A card for lists: title link, state, window, services and (optionally) the timeline."""
    href = relative_url(from_url, announcement_path(item))
    state = derive.state_at(item, now)
    attrs = window_attrs(None, shown_between(item, lead)[1]) if lead is not None else ""
    impact = f" · impact {esc(item.impact)}" if item.is_incident else ""
    services = service_links(item, config, from_url)
    return (f'<div class="kbgen-announcement kbgen-announcement--{esc(item.type)}"{attrs}>'
            f'<p class="kbgen-announcement__title"><a href="{esc(href)}">{esc(item.title)}</a> '
            f'<span class="kbgen-state kbgen-state--{esc(state)}">{esc(STATE_LABELS.get(state, state))}</span></p>'
            f'<p class="kbgen-announcement__meta">{esc(window_text(item, config.timezone))}{impact}'
            f'{" · affects " + services if services else ""}</p>'
            f'{timeline_html(item, config, now) if timeline else ""}</div>')


def _cards(items: Iterable[Announcement], empty: str, **kwargs) -> str:
    """Announcement cards; the empty message is kept (hidden) so the script can show it once
    every card's window has passed."""
    cards = [announcement_summary(item, **kwargs) for item in items]
    if not cards:
        return f'<p class="kbgen-empty">{esc(empty)}</p>'
    return (f'<div class="kbgen-announcements" data-kbgen-list>{"".join(cards)}'
            f'<p class="kbgen-empty" data-kbgen-empty hidden>{esc(empty)}</p></div>')


def history_html(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime, days: int) -> str:
    """A row of day bars per service (oldest left), like status pages show."""
    zone = ZoneInfo(config.timezone)
    rows = []
    for service in config.services:
        bars = derive.daily_history(items, service.id, now, days, zone)
        spans = "".join(f'<span class="kbgen-bar kbgen-bar--{esc(bar.status)}" '
                        f'title="{esc(format_day(bar.day))}: {esc(STATUS_LABELS[bar.status])}'
                        f'{(" (" + ", ".join(bar.ids) + ")") if bar.ids else ""}"></span>' for bar in bars)
        bad = sum(bar.status != "operational" for bar in bars)
        rows.append(f'<div class="kbgen-history__row"><span class="kbgen-history__name">{esc(service.name)}</span>'
                    f'<span class="kbgen-history__bars" role="img" aria-label="{esc(service.name)}: '
                    f'{bad} of {days} days with an incident or maintenance">{spans}</span></div>')
    return f'<div class="kbgen-history">{"".join(rows)}</div>'


def status_page_html(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
                     settings, url: str = "status/") -> str:
    """The body of ``/status/``: overall first, services, incidents, maintenance, history."""
    snap = derive.snapshot(config, items, now, settings)
    lead = dt.timedelta(hours=settings.banner_hours)
    asof = esc(format_moment(now, config.timezone))
    services = "".join(f'<tr><td><a href="{esc(relative_url(url, doc_url(service_doc_path(s.id))))}">{esc(s.name)}</a></td>'
                       f"<td>{status_badge(status, s.id)}</td></tr>" for s, status in snap.services)
    recent = derive.recently_ended(items, now, dt.timedelta(days=settings.recent_days))
    kwargs = dict(config=config, now=now, from_url=url)
    return "\n".join([
        f'<div class="kbgen-overall kbgen-overall--{esc(snap.overall)}" data-kbgen-overall>'
        f'<p class="kbgen-overall__text">{esc(snap.overall_text)}</p>'
        f'<p class="kbgen-asof">as of {asof}</p></div>',
        '<h2 id="services">Services</h2>',
        f'<table class="kbgen-services"><thead><tr><th>Service</th><th>Status</th></tr></thead>'
        f"<tbody>{services}</tbody></table>" if services else '<p class="kbgen-empty">No services are configured.</p>',
        '<h2 id="active-incidents">Active incidents</h2>',
        _cards(snap.active_incidents, "No active incidents.", lead=lead, **kwargs),
        '<h2 id="maintenance">Maintenance in progress and upcoming</h2>',
        _cards(snap.in_progress + snap.upcoming,
               f"No maintenance planned in the next {settings.upcoming_days} days.", lead=lead, **kwargs),
        f'<h2 id="recent">Recently resolved (last {settings.recent_days} days)</h2>',
        _cards(recent, "Nothing in this period.", timeline=False, **kwargs),
        f'<h2 id="history">History (last {settings.history_days} days)</h2>',
        history_html(config, items, now, settings.history_days),
        '<h2 id="subscribe">Subscribe</h2>',
        f'<ul class="kbgen-subscribe"><li><a href="{esc(relative_url(url, "feeds/announcements.xml"))}">'
        "Announcements (Atom feed)</a></li>"
        f'<li><a href="{esc(relative_url(url, "feeds/maintenance.ics"))}">Maintenance calendar (iCalendar: '
        "subscribe in Outlook or Google Calendar)</a></li>"
        f'<li><a href="{esc(relative_url(url, "status.json"))}">status.json (for dashboards and chat bots)</a></li></ul>',
    ])


def announcement_page_html(item: Announcement, config: SiteConfig, now: dt.datetime, url: str) -> tuple[str, str]:
    """The HTML header (type, state, window, services) and the update timeline of one announcement."""
    state = derive.state_at(item, now)
    services = service_links(item, config, url)
    impact = f" · impact {esc(item.impact)}" if item.is_incident else ""
    state_html = (f'<span class="kbgen-state kbgen-state--{esc(state)}">{esc(STATE_LABELS.get(state, state))}</span>'
                  if state else "")
    head = (f'<div class="kbgen-announcement-head">'
            f'<p><span class="kbgen-pill kbgen-pill--{esc(item.type)}">{esc(TYPE_LABELS[item.type])}</span> '
            f"{state_html} {esc(window_text(item, config.timezone))}{impact}</p>"
            f'{f"<p>Affects: {services}</p>" if services else ""}'
            f'<p class="kbgen-asof">as of {esc(format_moment(now, config.timezone))} · '
            f'<a href="{esc(relative_url(url, "status/"))}">Current status of all services</a></p></div>')
    timeline = timeline_html(item, config, now)
    tail = f'<h2 id="updates">Updates</h2>{timeline}' if timeline else ""
    return head, tail


def improvements_html(items: Sequence[Announcement], config: SiteConfig, now: dt.datetime,
                      url: str = "improvements/") -> str:
    """The "What we've improved" list: every published notice, newest first."""
    notices = derive.published_notices(items, now)
    if not notices:
        return '<p class="kbgen-empty">Nothing here yet.</p>'
    rows = []
    for item in notices:
        first = next((p.strip() for p in item.body.strip().split("\n\n") if p.strip() and not p.startswith("#")), "")
        services = service_links(item, config, url)
        rows.append(f'<li class="kbgen-improvement"><a class="kbgen-list__title" '
                    f'href="{esc(relative_url(url, announcement_path(item)))}">{esc(item.title)}</a> '
                    f'<span class="kbgen-improvement__meta">{esc(format_day(item.start.astimezone(ZoneInfo(config.timezone)).date()))}'
                    f'{" · " + services if services else ""}</span>'
                    f'<span class="kbgen-list__summary">{esc(" ".join(first.split()))}</span></li>')
    return '<ul class="kbgen-list kbgen-improvements">' + "".join(rows) + "</ul>"
