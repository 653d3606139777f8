"""Announcement windows in words, in the site's time zone and language.

Every word and date pattern comes from the message catalog (:class:`kbgen.messages.Messages`,
dates formatted by Babel), so a German site says "seit Sa., 28. Nov. 2026, 20:00 GMT". What
is said depends on the moment: an incident's end is only told once it has happened (a build
for a past moment must not know the future).
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ..messages import Messages
from .derive import resolved_at
from .model import Announcement


def format_range(start: dt.datetime, end: dt.datetime | None, timezone: str, m: Messages) -> str:
    """``Sat 28 Nov 2026, 20:00 – 23:00 GMT``; the date is repeated only when it changes;
    ``since …`` while open-ended."""
    if end is None:
        return m.text("date.since", moment=m.moment(start, timezone))
    zone = ZoneInfo(timezone)
    first, last = start.astimezone(zone), end.astimezone(zone)
    if first.date() == last.date() and first.tzname() == last.tzname():
        return m.text("date.range-day", day=m.day(first.date()), start=m.time(first), end=m.time(last),
                      zone=last.tzname())
    return m.text("date.range", start=m.moment(start, timezone), end=m.moment(end, timezone))


def known_end(item: Announcement, now: dt.datetime) -> dt.datetime | None:
    """The end of an incident as known at ``now`` (None while it is still open then); a
    maintenance window's planned end is known from the start."""
    if not item.is_incident:
        return item.end
    end = resolved_at(item)
    return end if end is not None and end <= now else None


def window_text(item: Announcement, timezone: str, m: Messages, now: dt.datetime) -> str:
    """When an announcement applies, in words, as known at ``now``."""
    if item.is_notice:
        return m.text("date.published", day=m.day(item.start.astimezone(ZoneInfo(timezone)).date()))
    return format_range(item.start, known_end(item, now), timezone, m)
