"""Plain-text wording of times and windows, in the site's time zone (locale independent)."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .derive import resolved_at
from .model import Announcement

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_day(day: dt.date) -> str:
    """``Sat 28 Nov 2026``."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def format_moment(moment: dt.datetime, timezone: str) -> str:
    """``Sat 28 Nov 2026, 20:00 GMT`` in the site's time zone."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{format_day(local.date())}, {local:%H:%M} {local.tzname()}"


def format_range(start: dt.datetime, end: dt.datetime | None, timezone: str) -> str:
    """``Sat 28 Nov 2026, 20:00 – 23:00 GMT``; the date is repeated only when it changes."""
    if end is None:
        return f"since {format_moment(start, timezone)}"
    zone = ZoneInfo(timezone)
    first, last = start.astimezone(zone), end.astimezone(zone)
    if first.date() == last.date() and first.tzname() == last.tzname():
        return f"{format_day(first.date())}, {first:%H:%M} – {last:%H:%M} {last.tzname()}"
    return f"{format_moment(start, timezone)} – {format_moment(end, timezone)}"


def window_text(item: Announcement, timezone: str) -> str:
    """When an announcement applies, in words."""
    if item.is_notice:
        return f"published {format_day(item.start.astimezone(ZoneInfo(timezone)).date())}"
    if item.is_incident:
        return format_range(item.start, resolved_at(item), timezone)
    return format_range(item.start, item.end, timezone)
