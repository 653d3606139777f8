"""Unit tests of the status derivation over tables of cases (no files, no clock)."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kbgen import schema
from kbgen.model import Service, SiteConfig
from kbgen.status import derive
from kbgen.status.model import Announcement, StatusSettings, Update

LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
READ = schema.moment("Europe/London")


def at(text: str) -> dt.datetime:
    """A moment as the loader reads it: no offset means London time."""
    return READ(text).astimezone(UTC)


def incident(id: str, start: str, end: str | None = None, impact: str = "minor",
             services: tuple[str, ...] = ("vpn",), updates: tuple[tuple[str, str], ...] = ()) -> Announcement:
    state = "resolved" if end or any(s == "resolved" for _, s in updates) else "investigating"
    return Announcement(id=id, title=id, type="incident", start=at(start), services=services, impact=impact,
                        state=updates[-1][1] if updates else state, end=at(end) if end else None,
                        updates=tuple(Update(at(t), s, "") for t, s in updates))


def window(id: str, start: str, end: str, state: str = "scheduled", services: tuple[str, ...] = ("vpn",),
           updates: tuple[tuple[str, str], ...] = ()) -> Announcement:
    return Announcement(id=id, title=id, type="maintenance", start=at(start), end=at(end), services=services,
                        state=state, updates=tuple(Update(at(t), s, "") for t, s in updates))


OVERLAP = (incident("A", "2026-11-20 09:00", "2026-11-20 12:00", "minor"),
           incident("B", "2026-11-20 10:00", "2026-11-20 11:00", "critical"))
MIDNIGHT = (window("M", "2026-11-28 22:00", "2026-11-29 02:00"),)
# Clocks go back at 02:00 BST on 25 Oct 2026 (01:00 UTC): 00:30 BST is 23:30 UTC the day before.
AUTUMN = (window("D", "2026-10-25 00:30", "2026-10-25 03:00"),)
# Clocks go forward at 01:00 GMT on 29 Mar 2026: 03:00 local is 02:00 UTC.
SPRING = (window("S", "2026-03-29 00:30", "2026-03-29 03:00"),)
MIXED = (window("W", "2026-11-20 09:00", "2026-11-20 13:00"),
         incident("I", "2026-11-20 10:00", "2026-11-20 11:00", "minor"),
         incident("X", "2026-11-20 10:30", "2026-11-20 10:45", "major", services=("email",)))
CANCELLED = (window("C", "2026-11-20 09:00", "2026-11-20 13:00", state="cancelled",
                    updates=(("2026-11-19 12:00", "cancelled"),)),)
EARLY = (window("E", "2026-11-20 09:00", "2026-11-20 13:00", state="completed",
                updates=(("2026-11-20 09:00", "in_progress"), ("2026-11-20 10:15", "completed"))),)
OPEN = (incident("O", "2026-11-20 09:00", impact="major", updates=(("2026-11-20 09:10", "investigating"),
                                                                     ("2026-11-20 11:00", "resolved"))),
        incident("U", "2026-11-20 09:00", impact="none", services=("email",)))


@pytest.mark.parametrize("items, service, moment, expected", [
    (OVERLAP, "vpn", "2026-11-20 08:59", "operational"),
    (OVERLAP, "vpn", "2026-11-20 09:30", "degraded"),
    (OVERLAP, "vpn", "2026-11-20 10:30", "major_outage"),  # the worst of two incidents wins
    (OVERLAP, "vpn", "2026-11-20 11:00", "degraded"),      # an end is exclusive
    (OVERLAP, "vpn", "2026-11-20 12:00", "operational"),
    (OVERLAP, "email", "2026-11-20 10:30", "operational"),
    (MIDNIGHT, "vpn", "2026-11-28 21:59", "operational"),
    (MIDNIGHT, "vpn", "2026-11-28 23:59", "under_maintenance"),
    (MIDNIGHT, "vpn", "2026-11-29 00:30", "under_maintenance"),
    (MIDNIGHT, "vpn", "2026-11-29 02:00", "operational"),
    (AUTUMN, "vpn", "2026-10-24T23:29:00+00:00", "operational"),
    (AUTUMN, "vpn", "2026-10-24T23:30:00+00:00", "under_maintenance"),
    (AUTUMN, "vpn", "2026-10-25T01:30:00+01:00", "under_maintenance"),  # first 01:30 (BST)
    (AUTUMN, "vpn", "2026-10-25T01:30:00+00:00", "under_maintenance"),  # second 01:30 (GMT)
    (AUTUMN, "vpn", "2026-10-25T02:59:00+00:00", "under_maintenance"),
    (AUTUMN, "vpn", "2026-10-25T03:00:00+00:00", "operational"),
    (SPRING, "vpn", "2026-03-29T01:59:00+00:00", "under_maintenance"),
    (SPRING, "vpn", "2026-03-29T02:00:00+00:00", "operational"),  # 03:00 BST
    (MIXED, "vpn", "2026-11-20 09:30", "under_maintenance"),
    (MIXED, "vpn", "2026-11-20 10:30", "degraded"),  # an incident during a window is worse
    (MIXED, "email", "2026-11-20 10:40", "partial_outage"),
    (MIXED, "vpn", "2026-11-20 12:59", "under_maintenance"),
    (CANCELLED, "vpn", "2026-11-20 10:00", "operational"),
    (EARLY, "vpn", "2026-11-20 10:14", "under_maintenance"),
    (EARLY, "vpn", "2026-11-20 10:15", "operational"),  # completed early by an update
    (OPEN, "vpn", "2026-11-20 10:59", "partial_outage"),
    (OPEN, "vpn", "2026-11-20 11:00", "operational"),   # resolved by an update, without end
    (OPEN, "email", "2030-01-01 00:00", "operational"),  # impact none: open but harmless
])
def test_service_status(items, service, moment, expected):
    assert derive.service_status(items, service, at(moment)) == expected


@pytest.mark.parametrize("item, moment, expected", [
    (EARLY[0], "2026-11-20 08:00", "scheduled"),
    (EARLY[0], "2026-11-20 09:30", "in_progress"),
    (EARLY[0], "2026-11-20 10:30", "completed"),
    (CANCELLED[0], "2026-11-20 10:00", "cancelled"),
    (OPEN[0], "2026-11-20 09:05", "investigating"),
    (OPEN[0], "2026-11-20 10:00", "investigating"),
    (OPEN[0], "2026-11-20 11:00", "resolved"),
    (OPEN[1], "2026-11-21 00:00", "investigating"),
    (OPEN[1], "2026-11-19 00:00", ""),
])
def test_state_at(item, moment, expected):
    assert derive.state_at(item, at(moment)) == expected


@pytest.mark.parametrize("moment, incidents, in_progress, upcoming, banner", [
    ("2026-11-20 08:00", [], [], ["W"], ["W"]),
    ("2026-11-20 10:35", ["I", "X"], ["W"], [], ["I", "X", "W"]),
    ("2026-11-20 13:00", [], [], [], []),
])
def test_snapshot_lists(moment, incidents, in_progress, upcoming, banner):
    config = SiteConfig("T", timezone="Europe/London", services=(Service("vpn", "VPN"), Service("email", "Email")))
    snap = derive.snapshot(config, MIXED, at(moment), StatusSettings())
    assert [i.id for i in snap.active_incidents] == incidents
    assert [i.id for i in snap.in_progress] == in_progress
    assert [i.id for i in snap.upcoming] == upcoming
    assert [i.id for i in snap.banner] == banner


def test_overall_is_the_worst_service():
    config = SiteConfig("T", timezone="Europe/London", services=(Service("vpn", "VPN"), Service("email", "Email")))
    snap = derive.snapshot(config, MIXED, at("2026-11-20 10:40"), StatusSettings())
    assert dict((s.id, status) for s, status in snap.services) == {"vpn": "degraded", "email": "partial_outage"}
    assert snap.overall == "partial_outage"


@pytest.mark.parametrize("hours_before, shown", [(25, False), (24, True), (23, True), (0.01, True)])
def test_banner_lead_time(hours_before, shown):
    item = window("W", "2026-12-11 19:00", "2026-12-11 23:00")
    now = item.start - dt.timedelta(hours=hours_before)
    assert derive.in_banner(item, now, dt.timedelta(hours=24)) is shown


@pytest.mark.parametrize("days_before, upcoming", [(15, False), (14, True), (1, True)])
def test_upcoming_window(days_before, upcoming):
    item = window("W", "2026-12-11 19:00", "2026-12-11 23:00")
    now = item.start - dt.timedelta(days=days_before)
    assert bool(derive.upcoming_maintenance([item], now, dt.timedelta(days=14))) is upcoming


def test_cancelled_windows_are_never_upcoming_nor_in_the_banner():
    now = at("2026-11-20 08:00")
    assert derive.upcoming_maintenance(CANCELLED, now, dt.timedelta(days=14)) == []
    assert derive.banner_items(CANCELLED, now, dt.timedelta(hours=24)) == []


def test_history_crossing_midnight_marks_both_days():
    bars = derive.daily_history(MIDNIGHT, "vpn", at("2026-11-30 12:00"), 4, LONDON)
    assert [(b.day.isoformat(), b.status) for b in bars] == [
        ("2026-11-27", "operational"), ("2026-11-28", "under_maintenance"),
        ("2026-11-29", "under_maintenance"), ("2026-11-30", "operational")]


def test_history_uses_local_days_across_dst():
    start, end = derive.day_bounds(dt.date(2026, 10, 25), LONDON)
    assert end - start == dt.timedelta(hours=25)
    bars = derive.daily_history(AUTUMN, "vpn", at("2026-10-26 12:00"), 3, LONDON)
    # 00:30 BST on the 25th is 23:30 UTC on the 24th, but it is the 25th in London.
    assert [(b.day.isoformat(), b.status) for b in bars] == [
        ("2026-10-24", "operational"), ("2026-10-25", "under_maintenance"), ("2026-10-26", "operational")]


def test_history_today_stops_at_now():
    item = window("L", "2026-11-20 15:00", "2026-11-20 16:00")
    assert derive.daily_history([item], "vpn", at("2026-11-20 14:00"), 1, LONDON)[0].status == "operational"
    assert derive.daily_history([item], "vpn", at("2026-11-20 15:30"), 1, LONDON)[0].status == "under_maintenance"
