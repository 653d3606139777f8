"""The announcement content type: front matter schema, record making and cross-field checks.

Field checks (types, choices, known services, times) come from :mod:`kbgen.schema`; the checks
that look at several fields at once (end before start, an update before the start, a state of
the wrong type ...) run over all records in :func:`check_announcements`, so a writer sees every
problem of every file in one run.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .. import schema as s
from ..config import MAX_HISTORY_DAYS, MAX_WINDOW_DAYS, known_service
from ..content import ID_PATTERN, ContentType, apply_severity, duplicate_ids
from ..errors import Diagnostic, Severity, did_you_mean
from ..model import Corpus, SiteConfig, SourceRef
from ..body_check import body_diagnostics
from ..placeholders import placeholder_diagnostics
from ..rules import Rule
from ..source import MarkdownSource
from .model import (ANNOUNCEMENT_TYPES, IMPACTS, STATES, Announcement, StatusSettings,
                    Update)

UTC = dt.timezone.utc
STALE_INCIDENT = Rule("stale-incident", Severity.WARNING,
                      "An incident is unresolved `stale_incident_days` (7) after its last update.")
OPEN_PAST_END = Rule("open-past-end", Severity.WARNING,
                     "A maintenance window has closed (`end` has passed) but its state still says "
                     "scheduled or in progress.")
#: Info, not warning: a site rebuilt for an earlier ``--now`` (to reproduce it) has incidents
#: still to come, rightly; ``severity: {future-incident: warning}`` makes CI stop on it.
FUTURE_INCIDENT = Rule("future-incident", Severity.INFO,
                       "An incident, or an update of one, is dated after the moment of the build, so no page "
                       "shows it until then (a mistyped date or time zone; planned work is `type: maintenance`).")
STALE_RULE = STALE_INCIDENT.name
#: Maintenance states that say the window is still to come or going on.
OPEN_MAINTENANCE = ("scheduled", "in_progress")
#: Maintenance is announced (and may be called off) before its window opens.
ANNOUNCING_STATES = ("scheduled", "cancelled")
_A = {"incident": "an incident", "maintenance": "a maintenance"}


#: The ``status:`` section of site_config.yml (read as :class:`~kbgen.status.model.StatusSettings`).
STATUS_SCHEMA = s.Schema("status", {
    "upcoming_days": s.Field(s.integer(1, MAX_WINDOW_DAYS), default=14,
                             doc="Maintenance opening within this many days is listed as upcoming."),
    "banner_hours": s.Field(s.integer(0, MAX_WINDOW_DAYS * 24), default=24,
                            doc="A maintenance window shows in the banner this many hours before it opens."),
    "history_days": s.Field(s.integer(1, MAX_HISTORY_DAYS), default=90,
                            doc="Days of history (a bar per day) per service on the status page."),
    "stale_incident_days": s.Field(s.integer(1, MAX_WINDOW_DAYS), default=7,
                                   doc="Warn (rule `stale-incident`) about an incident unresolved this "
                                       "many days after its last update."),
    "recent_days": s.Field(s.integer(1, MAX_WINDOW_DAYS), default=30,
                           doc="Resolved incidents and finished windows stay listed this many days."),
    "feed_entries": s.Field(s.integer(1, 10_000), default=50, doc="Most announcements in the Atom feed."),
})


def update_schema(config: SiteConfig) -> s.Schema:
    """Keys of one entry of ``updates``."""
    return s.Schema("update", {
        "at": s.Field(s.moment(config.timezone), True, doc="When the update was posted."),
        "state": s.Field(s.text(), True, doc="The state from this moment on."),
        "text": s.Field(s.text(), default="", doc="What was said (plain text)."),
    })


def announcement_schema(config: SiteConfig) -> s.Schema:
    """Front matter keys of an announcement."""
    moment = s.moment(config.timezone)
    ident = s.text(ID_PATTERN, "is not a valid id (up to 64 letters, digits, '-' or '_', e.g. INC-2026-001)")
    return s.Schema("announcement", {
        "id": s.Field(ident, True, doc="Unique, stable id such as INC-2026-001; part of the URL."),
        "title": s.Field(s.text(one_line=True), True, doc="One line saying what is happening."),
        "type": s.Field(s.choice(*ANNOUNCEMENT_TYPES), True, doc="incident, maintenance or notice."),
        "services": s.Field(s.list_of(s.text(), unique=True, max_items=50), default=(),
                            doc="Ids of the affected services (from site_config.yml)."),
        "impact": s.Field(s.text(), default="",
                          doc="Incidents only: none, minor, major or critical."),
        "state": s.Field(s.text(), default="",
                         doc="Incidents: investigating, identified, monitoring, resolved; maintenance: "
                             "scheduled, in_progress, completed, cancelled."),
        "start": s.Field(moment, True, doc="When it began / the window opens / the notice is "
                                          "published. Without an offset: the site's timezone."),
        "end": s.Field(moment, doc="When it was resolved / the window closes (required for maintenance)."),
        "updates": s.Field(s.list_of(s.mapping(update_schema(config)), max_items=500), default=(),
                           doc="Timeline: a list of `at`, `state`, `text`."),
        "sequence": s.Field(s.integer(0, 1_000_000), default=0,
                            doc="Raise by one when you move a window without adding an update "
                                "(calendar apps then pick up the change)."),
    })


def make_announcement(values: dict, parsed: MarkdownSource, source: SourceRef, slug: str,
                      config: SiteConfig) -> Announcement:
    """An :class:`Announcement` from validated front matter (times normalised to UTC)."""
    meta = parsed.meta
    updates = tuple(sorted(
        (Update(u["at"].astimezone(UTC), u["state"], u["text"], meta.line_of("updates", i))
         for i, u in enumerate(values["updates"])),
        key=lambda update: update.at))
    lines = tuple((".".join(map(str, path)), line) for path, line in sorted(meta.lines.items(), key=str)
                  if path[0] != "updates")
    end = values["end"]
    return Announcement(
        id=values["id"], title=values["title"], type=values["type"], services=values["services"],
        impact=values["impact"], state=values["state"], start=values["start"].astimezone(UTC),
        end=end.astimezone(UTC) if end else None, updates=updates, sequence=values["sequence"],
        body=parsed.body, body_line=parsed.body_line, source=source, slug=slug, key_lines=lines)


def _problem(item: Announcement, key: str, message: str) -> Diagnostic:
    return Diagnostic(item.source.path, item.line_of(key), key, message)


def _check_word(item: Announcement, key: str, choices: tuple[str, ...], owner: str,
                noun: str) -> list[Diagnostic]:
    """A word ``key`` that ``owner`` must have, from ``choices``: missing, or not one of them."""
    value, allowed = getattr(item, key), ", ".join(choices)
    if not value:
        return [_problem(item, key, f"is required for {owner}: one of {allowed}")]
    if value not in choices:
        return [_problem(item, key, f"{value!r} is not {noun}; use one of {allowed}"
                                    f"{did_you_mean(value, choices)}")]
    return []


def _check_state(item: Announcement) -> list[Diagnostic]:
    states = STATES.get(item.type)
    if states is None:
        return [_problem(item, "state", "notices have no state; remove it")] if item.state else []
    allowed = ", ".join(states)
    problems = _check_word(item, "state", states, f"{item.type} announcements", f"{_A[item.type]} state")
    for update in item.updates:
        if update.state not in states:
            problems.append(Diagnostic(item.source.path, update.line, "updates.state",
                                       f"{update.state!r} is not {_A[item.type]} state; use one of {allowed}"))
    if item.updates and item.state and item.updates[-1].state != item.state and not problems:
        newest = item.updates[-1]
        problems.append(_problem(item, "state", f"{item.state!r} disagrees with the newest update "
                                                f"(line {newest.line}: {newest.state!r}); make them the same"))
    return problems


def _check_times(item: Announcement) -> list[Diagnostic]:
    problems = []
    if item.end is not None and item.end <= item.start:
        problems.append(_problem(item, "end", "is before (or at) start; the end must come after the start"))
    if item.is_maintenance and item.end is None:
        problems.append(_problem(item, "end", "is required for maintenance: when does the window close?"))
    if item.is_notice and item.end is not None:
        problems.append(_problem(item, "end", "notices have no end; remove it"))
    for update in item.updates:
        if update.at < item.start and update.state not in ANNOUNCING_STATES:
            problems.append(Diagnostic(item.source.path, update.line, "updates.at",
                                       f"is before the announcement's start; an update in state {update.state!r} "
                                       "cannot come before the start"))
    return problems


def _check_services(item: Announcement, config: SiteConfig) -> list[Diagnostic]:
    known = known_service(config)
    problems = []
    for index, service in enumerate(item.services):
        try:
            known(service)
        except s.Invalid as exc:
            problems.append(Diagnostic(item.source.path, item.line_of(f"services.{index}"),
                                       f"services.{index}", exc.message))
    return problems


def _check_incident(item: Announcement) -> list[Diagnostic]:
    if not item.is_incident:
        return [_problem(item, "impact", "only incidents have an impact; remove it")] if item.impact else []
    problems = _check_word(item, "impact", IMPACTS, "incidents", "an impact")
    resolved_update = any(u.state == "resolved" for u in item.updates)
    if item.state == "resolved" and item.end is None and not resolved_update:
        problems.append(_problem(item, "end", "a resolved incident needs `end` or an update with "
                                              "state resolved (when was it resolved?)"))
    if item.end is not None and item.state and item.state != "resolved":
        problems.append(_problem(item, "end", f"an incident with an end is resolved, but state is "
                                              f"{item.state!r}; set state: resolved or remove end"))
    return problems


def _check_ids(items: tuple[Announcement, ...]) -> list[Diagnostic]:
    return duplicate_ids(items, lambda item: item.line_of("id"))


def check_announcements(items: tuple[Announcement, ...], corpus: Corpus | None = None) -> list[Diagnostic]:
    """Every cross-field and cross-file problem of the announcements, all at once."""
    problems = _check_ids(items)
    for item in items:
        problems += _check_state(item) + _check_times(item) + _check_incident(item)
        problems += body_diagnostics(item.source.path, item.body, item.body_line)
        problems += placeholder_diagnostics(item.source.path, item.body, item.body_line)
        if corpus is not None:
            problems += _check_services(item, corpus.config)
    return problems


def stale_incidents(items: tuple[Announcement, ...], now: dt.datetime,
                    settings: StatusSettings) -> list[Diagnostic]:
    """A warning (rule ``stale-incident``) for each incident unresolved long after its last update."""
    limit = dt.timedelta(days=settings.stale_incident_days)
    problems = []
    for item in items:
        if item.is_incident and item.state != "resolved" and item.end is None and now - item.last_changed > limit:
            days = (now - item.last_changed).days
            problems.append(STALE_INCIDENT.at(
                item.source.path, item.line_of("state"), "state",
                f"incident still {item.state!r} {days} days after its last update; resolve it "
                "or post an update"))
    return problems


def open_past_end(items: tuple[Announcement, ...], now: dt.datetime) -> list[Diagnostic]:
    """A warning (rule ``open-past-end``) for each maintenance window that has closed while its
    state still says it is scheduled or in progress (readers of the file and the feeds see a
    window that never finished)."""
    return [OPEN_PAST_END.at(item.source.path, item.line_of("state"), "state",
                             f"the window closed at {item.end.isoformat()} but the state is still "
                             f"{item.state!r}; set state: completed (or cancelled) and add an update")
            for item in items
            if item.is_maintenance and item.end is not None and item.end <= now and item.state in OPEN_MAINTENANCE]


def future_incidents(items: tuple[Announcement, ...], now: dt.datetime) -> list[Diagnostic]:
    """A finding (rule ``future-incident``) for each incident whose start, or an update's time,
    is still to come: it is on no page, banner or feed until then, and nothing else would say so
    (incidents are posted as they happen, so a later time is a mistyped year, day or zone)."""
    found, moment = [], now.isoformat(timespec="minutes")
    for item in items:
        if not item.is_incident:
            continue
        if item.start > now:
            found.append(FUTURE_INCIDENT.at(item.source.path, item.line_of("start"), "start",
                                            f"{item.start.isoformat()} is after the moment of this build ({moment}): "
                                            "the incident is shown nowhere until then; check the date and time "
                                            "zone (planned work is type: maintenance)"))
        found += [FUTURE_INCIDENT.at(item.source.path, update.line, "updates.at",
                                     f"{update.at.isoformat()} is after the moment of this build ({moment}): the "
                                     "update is shown nowhere until then; check the date and time zone")
                  for update in item.updates if update.at > now and item.start <= now]
    return found


def timed_diagnostics(corpus: Corpus, now: dt.datetime) -> list[Diagnostic]:
    """Checks that depend on the moment of the build, with ``severity:`` overrides applied."""
    settings = StatusSettings.from_config(corpus.config.status)
    found = (stale_incidents(corpus.announcements, now, settings) + open_past_end(corpus.announcements, now)
             + future_incidents(corpus.announcements, now))
    return apply_severity(found, corpus.config)


ANNOUNCEMENTS = ContentType("announcement", "announcements", announcement_schema,
                            make_announcement, check_announcements)


def sort_key(item: Any) -> tuple:
    """Announcements sort by start, then id (the order of ``Corpus.announcements``)."""
    return (item.start, item.id)
