"""The feeds people and programs subscribe to: Atom, iCalendar and a Statuspage-style JSON.

Every time written comes from the data or from ``now`` (never the wall clock), so the same
input gives byte-identical feeds. Atom is written by ``feedgen``, iCalendar by ``icalendar``.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence
from urllib.parse import urlsplit

from markupsafe import Markup

from .. import __version__
from ..messages import Messages
from ..model import SiteConfig
from ..site.urls import slugify
from . import derive
from .model import Announcement, StatusSettings
from .text import known_end, window_text

if TYPE_CHECKING:
    from icalendar import Event

    from ..site.templating import Templates

UTC = dt.timezone.utc
ATOM_PATH = "feeds/announcements.xml"
ICS_PATH = "feeds/maintenance.ics"
JSON_PATH = "status.json"

#: kbgen's service status -> Statuspage component status.
COMPONENT_STATUS = {"operational": "operational", "under_maintenance": "under_maintenance",
                    "degraded": "degraded_performance", "partial_outage": "partial_outage",
                    "major_outage": "major_outage"}
#: kbgen's overall status -> Statuspage page indicator.
INDICATOR = {"operational": "none", "under_maintenance": "maintenance", "degraded": "minor",
             "partial_outage": "major", "major_outage": "critical"}
#: Each announcement type in words (from the message catalog, :mod:`kbgen.messages`).


def announcement_path(item: Announcement) -> str:
    """Site path of an announcement's page (``announcements/<id>/``)."""
    return f"announcements/{slugify(item.id)}/"


@dataclass(frozen=True)
class Links:
    """How feeds name things: absolute URLs when ``site_url`` is set, else site paths.

    Attributes:
        base: ``site_url`` with a trailing slash, or "".
        host: the site's host name, used in iCalendar UIDs.
        site_key: a stable name for ids when there is no site_url.
    """

    base: str
    host: str
    site_key: str

    @classmethod
    def of(cls, config: SiteConfig) -> "Links":
        base = config.site_url.rstrip("/") + "/" if config.site_url else ""
        host = urlsplit(base).hostname or f"{slugify(config.site_name)}.kbgen"
        return cls(base, host, slugify(config.site_name))

    def url(self, path: str) -> str:
        return self.base + path

    def entry_id(self, item: Announcement) -> str:
        return self.url(announcement_path(item)) if self.base else f"urn:kbgen:{self.site_key}:{slugify(item.id)}"


def iso(moment: dt.datetime) -> str:
    """UTC ISO 8601 with a ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def posted_updates(item: Announcement, now: dt.datetime) -> list:
    """Updates posted by ``now``, oldest first."""
    return [update for update in item.updates if update.at <= now]


def changed_at(item: Announcement, now: dt.datetime) -> dt.datetime:
    """The newest time in the data that is not after ``now`` (``now`` if none is)."""
    times = [u.at for u in posted_updates(item, now)] + ([item.start] if item.start <= now else [])
    return max(times) if times else now


def is_published(item: Announcement, now: dt.datetime) -> bool:
    """Maintenance is announced ahead of time; incidents and notices from their start."""
    return item.is_maintenance or item.start <= now


def shown_moment(items: Sequence[Announcement], now: dt.datetime, settings: StatusSettings) -> tuple:
    """What the Atom feed and the calendar show of ``now`` (:func:`atom_feed` and
    :func:`maintenance_calendar` read ``now`` only through these): for each announcement whether
    it is published, which updates are posted, when it last changed (only for a published one:
    neither file shows the others), its known end and whether the calendar still holds it;
    ``now`` itself when no announcement is published (the feed's own update time). Equal for two
    moments, the two files are the same bytes. The key holds ``now`` (so a build without
    ``--now`` never repeats it) when nothing is published, or when a published announcement has
    nothing dated by ``now`` (maintenance announced ahead, no update posted yet: the files show
    ``now`` as when it changed). ``status.json`` prints ``now``: made every time."""
    since = now - dt.timedelta(days=settings.history_days)
    shown = tuple((published, tuple(update.at <= now for update in item.updates),
                   changed_at(item, now) if published else None, known_end(item, now), (item.end or item.start) >= since)
                  for item, published in ((item, is_published(item, now)) for item in items))
    return shown if any(published for published, *_ in shown) else (*shown, now)


def body_html(item: Announcement, raw_html: bool = True) -> str:
    """The Markdown body as sanitised HTML, cleaned as the site's pages are
    (:func:`kbgen.site.safety.clean_html`: scripts and event handlers removed; the writer's own
    HTML reduced to Markdown's markup when ``markdown.raw_html`` is false)."""
    import markdown

    from ..site.safety import clean_html

    rendered = markdown.markdown(item.body, extensions=["extra", "sane_lists", "kbgen.site.linear"])  # linear time
    return clean_html(rendered, raw_html)


@functools.cache
def _templates(language: str) -> Templates:
    """The status templates, for feed entries (feeds are written outside a site plan too)."""
    from ..site.templating import Templates

    return Templates({"status": "kbgen.status"}, language)


def entry_html(item: Announcement, config: SiteConfig, now: dt.datetime) -> str:
    """Atom entry content: what, when, the updates (newest first) and the body."""
    updates = [(u.state, iso(u.at), u.text) for u in reversed(posted_updates(item, now))]
    return str(_templates(config.language).render(
        "status/feed-entry.html", None, item=item,
        when=window_text(item, config.timezone, Messages(config.language), now),
        updates=updates, body=Markup(body_html(item, config.raw_html))))  # sanitised above: trusted


def atom_feed(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
              settings: StatusSettings) -> bytes:
    """The Atom feed of announcements, newest change first."""
    from feedgen.feed import FeedGenerator

    links = Links.of(config)
    shown = sorted((i for i in items if is_published(i, now)),
                   key=lambda i: (changed_at(i, now), i.id), reverse=True)[: settings.feed_entries]
    feed = FeedGenerator()
    feed.id(links.url(ATOM_PATH) if links.base else f"urn:kbgen:{links.site_key}:announcements")
    m = Messages(config.language)
    feed.title(m.text("feed.title", site=config.site_name))
    feed.subtitle(m.text("feed.subtitle"))
    feed.author({"name": config.organisation or config.site_name})
    feed.link(href=links.url("status/"), rel="alternate")
    feed.link(href=links.url(ATOM_PATH), rel="self")
    feed.language(config.language)
    feed.generator("kbgen", __version__)
    feed.updated(max((changed_at(i, now) for i in shown), default=now))
    for item in shown:
        entry = feed.add_entry(order="append")
        entry.id(links.entry_id(item))
        entry.title(f"{m.text(f'announcement.{item.type}')}: {item.title}")
        entry.link(href=links.url(announcement_path(item)))
        entry.published(min([item.start, changed_at(item, now)] + [u.at for u in posted_updates(item, now)]))
        entry.updated(changed_at(item, now))
        entry.category(term=item.type, label=m.text(f"announcement.{item.type}"))
        entry.content(entry_html(item, config, now), type="html")
    return feed.atom_str(pretty=True)


def ics_sequence(item: Announcement) -> int:
    """iCalendar SEQUENCE: grows with every update, with the ``sequence`` key and on cancelling.

    A window's start, end or state only changes with a new update (the loader requires the
    newest update to match the state) or with a raised ``sequence``, so the number never drops.
    """
    return len(item.updates) + item.sequence + int(item.cancelled)


def _event(item: Announcement, config: SiteConfig, links: Links, now: dt.datetime) -> Event:
    from icalendar import Event

    event = Event()
    stamp = changed_at(item, now)
    event.add("uid", f"{slugify(item.id)}@{links.host}")
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("last-modified", stamp.astimezone(UTC))
    event.add("dtstart", item.start.astimezone(UTC))
    event.add("dtend", (item.end or item.start).astimezone(UTC))
    event.add("summary", f"{'Cancelled: ' if item.cancelled else ''}{item.title}")
    services = [s.name for sid in item.services if (s := config.service(sid))]
    lines = [f"Affects: {', '.join(services)}" if services else "", item.body.strip()]
    lines += [f"{u.state.replace('_', ' ')} ({iso(u.at)}): {u.text}" for u in reversed(posted_updates(item, now))]
    event.add("description", "\n\n".join(line for line in lines if line))
    if links.base:
        event.add("url", links.url(announcement_path(item)))
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    event.add("sequence", ics_sequence(item))
    event.add("categories", ["Maintenance"])
    return event


def maintenance_calendar(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
                         settings: StatusSettings) -> bytes:
    """RFC 5545 calendar of maintenance windows (recent, current and future; cancelled ones too)."""
    from icalendar import Calendar, vText

    links = Links.of(config)
    calendar = Calendar()
    calendar.add("prodid", f"-//kbgen//{config.site_name} maintenance//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # An X- property's value is written as it is unless typed: as TEXT, a line break, ';', ',' and
    # '\' in the site's name are escaped (a raw one ended the build, or began a line of its own).
    calendar.add("x-wr-calname", vText(Messages(config.language).text("feed.calendar", site=config.site_name)))
    calendar.add("x-wr-timezone", "UTC")
    since = now - dt.timedelta(days=settings.history_days)
    for item in derive.ordered(items):
        if item.is_maintenance and (item.end or item.start) >= since:
            calendar.add_component(_event(item, config, links, now))
    return calendar.to_ical()


def _updates_json(item: Announcement, now: dt.datetime) -> list[dict]:
    updates = posted_updates(item, now)
    return [{"id": f"{slugify(item.id)}-{index + 1}", "status": u.state, "body": u.text,
             "created_at": iso(u.at), "updated_at": iso(u.at), "display_at": iso(u.at)}
            for index, u in reversed(list(enumerate(updates)))]


def _components_json(item: Announcement, config: SiteConfig, now: dt.datetime,
                     items: Sequence[Announcement]) -> list[dict]:
    return [{"id": sid, "name": service.name,
             "status": COMPONENT_STATUS[derive.service_status(items, sid, now)]}
            for sid in item.services if (service := config.service(sid))]


def _announcement_json(item: Announcement, config: SiteConfig, now: dt.datetime, links: Links,
                       items: Sequence[Announcement]) -> dict:
    record = {
        "id": slugify(item.id), "name": item.title, "status": derive.state_at(item, now),
        "created_at": iso(item.start), "updated_at": iso(changed_at(item, now)),
        "shortlink": links.url(announcement_path(item)), "page_id": links.site_key,
        "incident_updates": _updates_json(item, now),
        "components": _components_json(item, config, now, items),
    }
    if item.is_incident:
        monitoring = next((u.at for u in posted_updates(item, now) if u.state == "monitoring"), None)
        record.update(impact=item.impact, started_at=iso(item.start), resolved_at=None,
                      monitoring_at=iso(monitoring) if monitoring else None)
    else:
        record.update(impact="maintenance", scheduled_for=iso(item.start),
                      scheduled_until=iso(item.end or item.start), resolved_at=None)
    return record


def status_summary(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
                   settings: StatusSettings) -> dict:
    """The Statuspage summary API document (``/api/v2/summary.json``) for ``now``."""
    links = Links.of(config)
    snap = derive.snapshot(config, items, now, settings)
    return {
        "page": {"id": links.site_key, "name": config.site_name, "url": links.url("status/"),
                 "time_zone": config.timezone, "updated_at": iso(now)},
        "status": {"indicator": INDICATOR[snap.overall], "description": snap.overall_text},
        "components": [{"id": service.id, "name": service.name, "status": COMPONENT_STATUS[status],
                        "description": service.description or None, "position": position + 1,
                        "group": False, "group_id": None, "only_show_if_degraded": False,
                        "showcase": True, "updated_at": iso(now)}
                       for position, (service, status) in enumerate(snap.services)],
        "incidents": [_announcement_json(i, config, now, links, items) for i in snap.active_incidents],
        "scheduled_maintenances": [_announcement_json(i, config, now, links, items)
                                   for i in snap.in_progress + snap.upcoming],
    }


def status_json(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
                settings: StatusSettings) -> str:
    """:func:`status_summary` as stable JSON text (sorted keys)."""
    return json.dumps(status_summary(config, items, now, settings), indent=2, sort_keys=True,
                      ensure_ascii=False) + "\n"
