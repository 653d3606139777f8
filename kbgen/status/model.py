"""Records of the status feature: announcements, their updates and the status settings.

An :class:`Announcement` is loaded once from ``content/announcements/*.md`` (validated at the
boundary, every time an aware UTC datetime); everything downstream only reads these records.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping

from ..messages import ENGLISH
from ..model import SourceRef

ANNOUNCEMENT_TYPES = ("incident", "maintenance", "notice")
IMPACTS = ("none", "minor", "major", "critical")
INCIDENT_STATES = ("investigating", "identified", "monitoring", "resolved")
MAINTENANCE_STATES = ("scheduled", "in_progress", "completed", "cancelled")
STATES = {"incident": INCIDENT_STATES, "maintenance": MAINTENANCE_STATES}
ALL_STATES = INCIDENT_STATES + MAINTENANCE_STATES

#: Service statuses from best to worst (the worst active one wins).
SERVICE_STATUSES = ("operational", "under_maintenance", "degraded", "partial_outage", "major_outage")
#: Each status in words (from the message catalog, :mod:`kbgen.messages`).
STATUS_LABELS = {status: ENGLISH[f"status.{status}"] for status in SERVICE_STATUSES}
#: The service status an active incident of each impact causes.
IMPACT_STATUS = {"none": "operational", "minor": "degraded", "major": "partial_outage",
                 "critical": "major_outage"}


@dataclass(frozen=True)
class Update:
    """One entry of an announcement's timeline.

    Attributes:
        at: when it was posted (aware, UTC).
        state: the announcement's state from this moment on (an incident or maintenance state).
        text: what was said, plain text (escaped wherever shown).
        line: file line of the update (for diagnostics).
    """

    at: dt.datetime
    state: str
    text: str = ""
    line: int = 0


@dataclass(frozen=True)
class Announcement:
    """An incident, a maintenance window or a notice about an improvement.

    Attributes:
        id: unique stable id (``INC-2026-11-04``); part of the URL and the feed ids.
        title: one line saying what is happening.
        type: incident | maintenance | notice.
        services: ids of the affected (or improved) services.
        impact: for incidents: none | minor | major | critical ("" for other types).
        state: the current state as written: an incident state or a maintenance state ("" for
            notices).
        start: when the incident began, the window opens, or the notice is published (UTC).
        end: when the incident was resolved or the window closes (UTC); None while unknown.
        updates: the timeline, oldest first (pages show the newest first).
        sequence: extra iCalendar SEQUENCE, raised by hand when a window moves without an update.
        body: the Markdown body.
        body_line: file line on which the body starts.
        source: the file the announcement came from.
        slug: path of the file below ``content/announcements`` without ``.md``.
        key_lines: file line of each top-level key that was written (for diagnostics).
    """

    id: str
    title: str
    type: str
    start: dt.datetime
    services: tuple[str, ...] = ()
    impact: str = ""
    state: str = ""
    end: dt.datetime | None = None
    updates: tuple[Update, ...] = ()
    sequence: int = 0
    body: str = ""
    body_line: int = 1
    source: SourceRef = SourceRef("")
    slug: str = ""
    key_lines: tuple[tuple[str, int], ...] = ()

    def line_of(self, key: str) -> int:
        """File line of a front matter key (the id's line when the key is absent)."""
        return dict(self.key_lines).get(key, self.source.line)

    @property
    def is_incident(self) -> bool:
        return self.type == "incident"

    @property
    def is_maintenance(self) -> bool:
        return self.type == "maintenance"

    @property
    def is_notice(self) -> bool:
        return self.type == "notice"

    @property
    def cancelled(self) -> bool:
        """A cancelled maintenance window never becomes active."""
        return self.is_maintenance and self.state == "cancelled"

    @property
    def last_changed(self) -> dt.datetime:
        """The newest time in the data (latest update, else the start): the feeds' ``updated``."""
        return max([self.start] + [update.at for update in self.updates])


@dataclass(frozen=True)
class StatusSettings:
    """The ``status:`` section of site_config.yml (see :data:`kbgen.config.STATUS_SCHEMA`).

    Attributes:
        upcoming_days: how far ahead maintenance counts as upcoming.
        banner_hours: a window shows in the banner this many hours before it opens.
        history_days: days of history per service on the status page.
        stale_incident_days: an unresolved incident without an update for this long is warned.
        recent_days: days resolved incidents and completed windows stay listed.
        feed_entries: most announcements in the Atom feed.
    """

    upcoming_days: int = 14
    banner_hours: int = 24
    history_days: int = 90
    stale_incident_days: int = 7
    recent_days: int = 30
    feed_entries: int = 50

    @classmethod
    def from_config(cls, section: Mapping[str, Any] | None) -> "StatusSettings":
        """Settings from the validated ``status:`` mapping (missing keys take defaults)."""
        known = {k: v for k, v in (section or {}).items() if k in cls.__dataclass_fields__ and v is not None}
        return cls(**known)
