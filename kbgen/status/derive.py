"""What is true at a given moment: pure functions over announcements and a time.

Nothing here reads a clock: every function takes ``now`` (aware). All comparisons are made
in UTC, so windows that cross midnight or a daylight-saving change behave; calendar days
(history bars) are the site's local days.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence
from zoneinfo import ZoneInfo

from ..messages import ENGLISH
from ..model import Service, SiteConfig
from .model import IMPACT_STATUS, SERVICE_STATUSES, Announcement, StatusSettings

UTC = dt.timezone.utc

#: The overall status in words (from the message catalog, :mod:`kbgen.messages`).
OVERALL_TEXT = {status: ENGLISH[f"overall.{status}"] for status in SERVICE_STATUSES}


def resolved_at(item: Announcement) -> dt.datetime | None:
    """When an incident stopped (its ``end``, else its first ``resolved`` update), or None."""
    if item.end is not None:
        return item.end
    return next((u.at for u in item.updates if u.state == "resolved"), None)


def window_end(item: Announcement) -> dt.datetime | None:
    """When a maintenance window closes: its ``end``, or earlier if an update completed it."""
    completed = [u.at for u in item.updates if u.state == "completed" and u.at >= item.start]
    ends = [t for t in [item.end] + completed if t is not None]
    return min(ends) if ends else None


def active_period(item: Announcement) -> tuple[dt.datetime, dt.datetime | None] | None:
    """``(start, end)`` during which the announcement affects its services (end None: open).

    Notices and cancelled windows have none.
    """
    if item.is_incident:
        return item.start, resolved_at(item)
    if item.is_maintenance and not item.cancelled:
        return item.start, window_end(item)
    return None


def is_active(item: Announcement, now: dt.datetime) -> bool:
    """Whether an incident is open or a maintenance window is open at ``now``."""
    period = active_period(item)
    return period is not None and period[0] <= now and (period[1] is None or now < period[1])


def overlaps(item: Announcement, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether the active period meets the interval ``[start, end)``."""
    period = active_period(item)
    return (period is not None and period[0] < end
            and (period[1] is None or start < period[1]))


def state_at(item: Announcement, now: dt.datetime) -> str:
    """The state shown for ``now``: time decides, the written updates name it."""
    if item.is_notice:
        return ""
    if item.cancelled:
        return "cancelled"
    if item.is_maintenance:
        if now < item.start:
            return "scheduled"
        return "in_progress" if is_active(item, now) else "completed"
    if not is_active(item, now):
        return "resolved" if now >= item.start else ""
    posted = [u.state for u in item.updates if u.at <= now and u.state != "resolved"]
    if posted:
        return posted[-1]
    return item.state if not item.updates and item.state != "resolved" else "investigating"


def status_caused(item: Announcement) -> str:
    """The service status an active announcement causes."""
    return "under_maintenance" if item.is_maintenance else IMPACT_STATUS.get(item.impact, "operational")


def worst(statuses: Iterable[str]) -> str:
    """The worst of some service statuses ('operational' for none)."""
    return max(statuses, key=SERVICE_STATUSES.index, default="operational")


def affecting(items: Iterable[Announcement], service_id: str) -> list[Announcement]:
    return [item for item in items if service_id in item.services]


def service_status(items: Iterable[Announcement], service_id: str, now: dt.datetime) -> str:
    """The status of one service at ``now``: the worst of its active announcements."""
    return worst(status_caused(item) for item in affecting(items, service_id) if is_active(item, now))


def ordered(items: Iterable[Announcement]) -> list[Announcement]:
    """By start, then id."""
    return sorted(items, key=lambda item: (item.start, item.id))


def active_incidents(items: Iterable[Announcement], now: dt.datetime) -> list[Announcement]:
    """Incidents open at ``now``, oldest first."""
    return ordered(i for i in items if i.is_incident and is_active(i, now))


def maintenance_in_progress(items: Iterable[Announcement], now: dt.datetime) -> list[Announcement]:
    """Maintenance windows open at ``now``."""
    return ordered(i for i in items if i.is_maintenance and is_active(i, now))


def upcoming_maintenance(items: Iterable[Announcement], now: dt.datetime,
                         within: dt.timedelta) -> list[Announcement]:
    """Windows (not cancelled) that open after ``now`` and no later than ``now + within``."""
    return ordered(i for i in items if i.is_maintenance and not i.cancelled
                   and now < i.start <= now + within)


def in_banner(item: Announcement, now: dt.datetime, lead: dt.timedelta) -> bool:
    """Whether the banner shows the announcement: open, or a window opening within ``lead``."""
    if is_active(item, now):
        return not item.is_notice
    return item.is_maintenance and not item.cancelled and now < item.start <= now + lead


def banner_items(items: Iterable[Announcement], now: dt.datetime, lead: dt.timedelta) -> list[Announcement]:
    """What the banner lists at ``now``: incidents first, then windows by start."""
    shown = ordered(i for i in items if in_banner(i, now, lead))
    return sorted(shown, key=lambda item: not item.is_incident)


def recently_ended(items: Iterable[Announcement], now: dt.datetime,
                   within: dt.timedelta) -> list[Announcement]:
    """Incidents and windows that ended in ``[now - within, now]``, newest first."""
    ended = []
    for item in items:
        period = active_period(item)
        if period and period[1] is not None and now - within <= period[1] <= now:
            ended.append(item)
    return sorted(ordered(ended), key=lambda i: active_period(i)[1], reverse=True)


def published_notices(items: Iterable[Announcement], now: dt.datetime) -> list[Announcement]:
    """Notices whose start has come, newest first."""
    return sorted(ordered(i for i in items if i.is_notice and i.start <= now),
                  key=lambda item: item.start, reverse=True)


@dataclass(frozen=True)
class DayStatus:
    """One bar of a service's history.

    Attributes:
        day: the local calendar day.
        status: the worst status during that day.
        ids: ids of the announcements that caused it.
    """

    day: dt.date
    status: str
    ids: tuple[str, ...] = ()


def day_bounds(day: dt.date, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """``[local midnight, next local midnight)`` of a day, in UTC (23 or 25 h around DST)."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone).astimezone(UTC)
    return start, end


def daily_history(items: Sequence[Announcement], service_id: str, now: dt.datetime, days: int,
                  zone: ZoneInfo) -> tuple[DayStatus, ...]:
    """The last ``days`` local days up to ``now`` (oldest first) for one service."""
    today = now.astimezone(zone).date()
    mine = affecting(items, service_id)
    bars = []
    for back in range(days - 1, -1, -1):
        day = today - dt.timedelta(days=back)
        start, end = day_bounds(day, zone)
        hits = [i for i in mine if overlaps(i, start, min(end, now) if back == 0 else end)]
        bars.append(DayStatus(day, worst(status_caused(i) for i in hits), tuple(i.id for i in hits)))
    return tuple(bars)


@dataclass(frozen=True)
class Snapshot:
    """The status of everything at one moment.

    Attributes:
        now: the moment (aware).
        overall: the worst service status (or of an active incident without services).
        services: each configured service with its status, in config order.
        active_incidents: incidents open at ``now``.
        in_progress: maintenance windows open at ``now``.
        upcoming: windows opening within the configured ``upcoming_days``.
        banner: what the banner shows at ``now``.
    """

    now: dt.datetime
    overall: str
    services: tuple[tuple[Service, str], ...]
    active_incidents: tuple[Announcement, ...]
    in_progress: tuple[Announcement, ...]
    upcoming: tuple[Announcement, ...]
    banner: tuple[Announcement, ...]

    @property
    def overall_text(self) -> str:
        return OVERALL_TEXT[self.overall]


def snapshot(config: SiteConfig, items: Sequence[Announcement], now: dt.datetime,
             settings: StatusSettings | None = None) -> Snapshot:
    """Derive every status of the site for ``now``."""
    settings = settings or StatusSettings.from_config(config.status)
    services = tuple((service, service_status(items, service.id, now)) for service in config.services)
    incidents = active_incidents(items, now)
    windows = maintenance_in_progress(items, now)
    overall = worst([status for _, status in services] + [status_caused(i) for i in incidents + windows])
    return Snapshot(
        now=now, overall=overall, services=services, active_incidents=tuple(incidents),
        in_progress=tuple(windows),
        upcoming=tuple(upcoming_maintenance(items, now, dt.timedelta(days=settings.upcoming_days))),
        banner=tuple(banner_items(items, now, dt.timedelta(hours=settings.banner_hours))))
