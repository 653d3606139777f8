"""What the status templates show, derived from the announcements at one moment (no HTML).

Dynamic pieces carry their time window in epoch milliseconds (``shown_from``/``shown_until``),
and service statuses their service id, so ``kbgen-status.js`` can re-evaluate them in the
browser; without JavaScript the build-time state shows, labelled "as of <time>".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ..messages import Messages
from ..model import Service, SiteConfig
from ..site.urls import service_url
from . import derive
from .feeds import announcement_path, posted_updates
from .model import Announcement
from .text import window_text


def ms(moment: dt.datetime | None) -> str:
    """Epoch milliseconds as text ('' for None: unbounded)."""
    return "" if moment is None else str(int(moment.timestamp() * 1000))


def shown_between(item: Announcement, lead: dt.timedelta) -> tuple[dt.datetime, dt.datetime | None]:
    """When a banner line or a note about ``item`` shows: from ``start - lead`` to its end."""
    period = derive.active_period(item)
    end = period[1] if period else item.end
    return (item.start - lead if item.is_maintenance else item.start), end


@dataclass(frozen=True)
class UpdateView:
    """One posted update: its state, when (ISO and in words) and what was said."""

    state: str
    iso: str
    when: str
    text: str


@dataclass(frozen=True)
class AnnouncementView:
    """An announcement as the pages show it at one moment.

    Attributes:
        item: the record.
        url: site-relative URL of its page.
        state: its state at the moment ('' for notices).
        when: its window in words, in the site's time zone.
        day: the day it starts, in words (for notices).
        services: the affected services that exist, with their page URLs.
        updates: the updates posted by the moment, newest first.
        shown_from: epoch ms from which notes and banner lines about it show.
        shown_until: epoch ms until which they show ('' while open-ended).
        active: whether it is open at the moment.
        summary: the first paragraph of its body, on one line.
    """

    item: Announcement
    url: str
    state: str
    when: str
    day: str
    services: tuple[tuple[Service, str], ...]
    updates: tuple[UpdateView, ...]
    shown_from: str
    shown_until: str
    active: bool
    summary: str


def first_paragraph(body: str) -> str:
    """The first paragraph of a Markdown body that is not a heading, on one line."""
    first = next((p.strip() for p in body.strip().split("\n\n") if p.strip() and not p.startswith("#")), "")
    return " ".join(first.split())


def view(item: Announcement, config: SiteConfig, now: dt.datetime, lead: dt.timedelta,
         m: Messages) -> AnnouncementView:
    """What the templates show of ``item`` at ``now`` (``lead``: how early maintenance shows),
    in the words of ``m``."""
    zone = config.timezone
    start, until = shown_between(item, lead)
    updates = tuple(UpdateView(u.state, u.at.isoformat(), m.moment(u.at, zone), u.text)
                    for u in reversed(posted_updates(item, now)))
    services = tuple((service, service_url(sid)) for sid in item.services if (service := config.service(sid)))
    return AnnouncementView(
        item=item, url=announcement_path(item), state=derive.state_at(item, now),
        when=window_text(item, zone, m, now), day=m.day(item.start.astimezone(ZoneInfo(zone)).date()),
        services=services, updates=updates, shown_from=ms(start), shown_until=ms(until),
        active=derive.is_active(item, now), summary=first_paragraph(item.body))


@dataclass(frozen=True)
class HistoryRow:
    """One service's day bars on the status page: ``(day in words, status, ids)`` per day."""

    service: Service
    bars: tuple[tuple[str, str, tuple[str, ...]], ...]
    bad_days: int


def history_rows(config: SiteConfig, items, now: dt.datetime, days: int, m: Messages) -> list[HistoryRow]:
    """A row of day bars per service (oldest left), like status pages show."""
    zone = ZoneInfo(config.timezone)
    rows = []
    for service in config.services:
        bars = derive.daily_history(items, service.id, now, days, zone)
        rows.append(HistoryRow(service, tuple((m.day(b.day), b.status, b.ids) for b in bars),
                               sum(b.status != "operational" for b in bars)))
    return rows
