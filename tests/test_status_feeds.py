"""The feeds, read by real clients (feedparser, icalendar) and compared with golden files.

Refresh the golden files after an intended change with:
    KBGEN_UPDATE_GOLDEN=1 pytest tests/test_status_feeds.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import feedparser
import icalendar
import pytest

from kbgen.build import load_project
from kbgen.status import feeds
from kbgen.status.model import StatusSettings

GOLDEN = Path(__file__).parent / "golden" / "status"
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
CONFIG = """\
site_name: Test Help
site_url: https://help.example.com/
organisation: Example & Co
timezone: Europe/London
services:
  - id: vpn
    name: Remote access
  - id: email
    name: Email <& calendar>
"""
FILES = {
    "content/announcements/resolved.md": """\
---
id: INC-2026-001
title: Email delayed <b>&</b>
type: incident
services: [email]
impact: minor
state: resolved
start: 2026-11-17 08:40
end: 2026-11-17 11:05
updates:
  - at: 2026-11-17 08:52
    state: investigating
    text: Mail arrives late <img src=x onerror=alert(1)>.
  - at: 2026-11-17 11:05
    state: resolved
    text: All delivered.
---
Root cause: a rule update. <script>alert("x")</script>
""",
    "content/announcements/active.md": """\
---
id: INC-2026-002
title: VPN drops for some people
type: incident
services: [vpn]
impact: major
state: identified
start: 2026-11-23 08:00
updates:
  - at: 2026-11-23 08:10
    state: investigating
    text: Looking.
  - at: 2026-11-23 08:40
    state: identified
    text: A gateway is overloaded.
---
Use Outlook on the web meanwhile.
""",
    "content/announcements/window.md": """\
---
id: MNT-2026-001
title: VPN upgrade
type: maintenance
services: [vpn]
state: scheduled
start: 2026-11-28 22:00
end: 2026-11-29 02:00
updates:
  - at: 2026-11-20 10:00
    state: scheduled
    text: Planned.
---
The VPN drops a few times.
""",
    "content/announcements/cancelled.md": """\
---
id: MNT-2026-002
title: Email move
type: maintenance
services: [email]
state: cancelled
start: 2026-11-25 20:00
end: 2026-11-25 22:00
updates:
  - at: 2026-11-19 10:00
    state: scheduled
    text: Planned.
  - at: 2026-11-21 10:00
    state: cancelled
    text: Not needed after all.
---
""",
    "content/announcements/notice.md": """\
---
id: NTC-2026-001
title: Faster VPN in Asia
type: notice
services: [vpn]
start: 2026-11-10 09:00
---
Connecting takes three seconds now.
""",
}
SETTINGS = StatusSettings()


@pytest.fixture
def corpus(make_project):
    loaded, diagnostics = load_project(make_project(FILES, config=CONFIG))
    assert [d.format() for d in diagnostics] == [  # the body's script is reported, then removed
        "content/announcements/resolved.md:18: warning: html: <script> is removed from the site"]
    return loaded


def outputs(corpus) -> dict[str, bytes]:
    return {
        "announcements.xml": feeds.atom_feed(corpus.config, corpus.announcements, NOW, SETTINGS),
        "maintenance.ics": feeds.maintenance_calendar(corpus.config, corpus.announcements, NOW, SETTINGS),
        "status.json": feeds.status_json(corpus.config, corpus.announcements, NOW, SETTINGS).encode(),
    }


@pytest.mark.parametrize("name", ["announcements.xml", "maintenance.ics", "status.json"])
def test_golden(corpus, name):
    produced = outputs(corpus)[name]
    golden = GOLDEN / name
    if os.environ.get("KBGEN_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced)
    assert golden.exists(), f"run KBGEN_UPDATE_GOLDEN=1 pytest {__file__}"
    assert produced == golden.read_bytes()


def test_feeds_are_deterministic(corpus):
    assert outputs(corpus) == outputs(corpus)


def test_atom_feed_reads_in_feedparser(corpus):
    parsed = feedparser.parse(outputs(corpus)["announcements.xml"])
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "Test Help: service announcements"
    assert parsed.feed.updated == "2026-11-23T08:40:00+00:00"
    titles = [entry.title for entry in parsed.entries]
    assert titles == ["Incident: VPN drops for some people", "Planned maintenance: Email move",
                      "Planned maintenance: VPN upgrade", "Incident: Email delayed <b>&</b>",
                      "Improvement: Faster VPN in Asia"]
    first = parsed.entries[0]
    assert first.link == "https://help.example.com/announcements/inc-2026-002/"
    assert first.id == "https://help.example.com/announcements/inc-2026-002/"
    content = parsed.entries[3].content[0].value
    assert "&lt;img src=x onerror=alert(1)&gt;" in content
    assert "<script" not in content and "onerror=alert(1)>" not in content


def test_calendar_reads_in_icalendar(corpus):
    calendar = icalendar.Calendar.from_ical(outputs(corpus)["maintenance.ics"])
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"mnt-2026-001@help.example.com", "mnt-2026-002@help.example.com"}
    window = events["mnt-2026-001@help.example.com"]
    assert window.decoded("DTSTART") == dt.datetime(2026, 11, 28, 22, 0, tzinfo=dt.timezone.utc)
    assert window.decoded("DTEND") == dt.datetime(2026, 11, 29, 2, 0, tzinfo=dt.timezone.utc)
    assert str(window["STATUS"]) == "CONFIRMED"
    cancelled = events["mnt-2026-002@help.example.com"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert all(e.get("DTSTAMP") is not None for e in events.values())


def _sequence(project: Path) -> tuple[str, int]:
    corpus, diagnostics = load_project(project)
    assert [d.rule for d in diagnostics] == ["script"]  # the <script> in FILES, reported
    calendar = icalendar.Calendar.from_ical(feeds.maintenance_calendar(corpus.config, corpus.announcements,
                                                                       NOW, SETTINGS))
    event = next(e for e in calendar.walk("VEVENT") if "mnt-2026-001" in str(e["UID"]))
    return str(event["UID"]), int(event["SEQUENCE"])


def test_sequence_grows_when_a_window_changes(make_project):
    project = make_project(FILES, config=CONFIG)
    path = project / "content/announcements/window.md"
    uid, first = _sequence(project)
    # Moved by an hour, announced with an update.
    text = path.read_text().replace("start: 2026-11-28 22:00", "start: 2026-11-28 23:00").replace(
        "---\nThe VPN", "  - at: 2026-11-21 09:00\n    state: scheduled\n    text: Moved by an hour.\n---\nThe VPN")
    path.write_text(text)
    uid2, second = _sequence(project)
    # Moved again without an update: the writer raises `sequence`.
    path.write_text(text.replace("end: 2026-11-29 02:00", "end: 2026-11-29 03:00\nsequence: 1"))
    _, third = _sequence(project)
    # Cancelled without an update.
    path.write_text(path.read_text().replace("state: scheduled\nstart", "state: cancelled\nstart").replace(
        "    state: scheduled\n    text: Moved", "    state: cancelled\n    text: Moved"))
    _, fourth = _sequence(project)
    assert uid == uid2
    assert first < second < third < fourth


def test_status_json_has_the_statuspage_shape(corpus):
    data = json.loads(outputs(corpus)["status.json"])
    assert set(data) == {"page", "status", "components", "incidents", "scheduled_maintenances"}
    assert data["page"]["name"] == "Test Help" and data["page"]["url"] == "https://help.example.com/status/"
    assert {c["name"]: c["status"] for c in data["components"]} == {
        "Remote access": "partial_outage", "Email <& calendar>": "operational"}
    assert data["status"] == {"indicator": "major", "description": "Some services are partly down"}
    allowed = {"operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"}
    assert all(c["status"] in allowed for c in data["components"])
    [incident] = data["incidents"]
    assert incident["name"] == "VPN drops for some people" and incident["status"] == "identified"
    assert [u["status"] for u in incident["incident_updates"]] == ["identified", "investigating"]
    assert [m["name"] for m in data["scheduled_maintenances"]] == ["VPN upgrade"]
    assert data["scheduled_maintenances"][0]["scheduled_for"] == "2026-11-28T22:00:00Z"


def test_moments_the_feeds_show_alike_give_the_same_feed_files(corpus):
    """The feeds' memo key (``shown_moment``): two moments with the same key give byte-identical
    Atom and iCalendar files (over moments around every time in the data and at random), and
    moments a few minutes apart share a key (a build without ``--now`` finds them kept)."""
    import random

    items = corpus.announcements
    times = [t for item in items for t in (item.start, item.end, *(u.at for u in item.updates)) if t is not None]
    moments = [t + dt.timedelta(seconds=s) for t in times for s in (-1, 0, 1)]
    rng = random.Random(3)
    start = min(times) - dt.timedelta(days=40)
    moments += [start + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 120)) for _ in range(150)]
    seen: dict[str, tuple[bytes, bytes]] = {}
    shared = 0
    for now in moments:
        made = (feeds.atom_feed(corpus.config, items, now, SETTINGS),
                feeds.maintenance_calendar(corpus.config, items, now, SETTINGS))
        key = repr(feeds.shown_moment(items, now, SETTINGS))
        if key in seen:
            shared += 1
            assert seen[key] == made, now
        seen[key] = made
    assert shared > len(moments) // 4
    assert feeds.shown_moment(items, NOW, SETTINGS) == feeds.shown_moment(items, NOW + dt.timedelta(minutes=3), SETTINGS)


FUTURE_INCIDENT = """\
---
id: INC-2026-009
title: Badge readers offline
type: incident
services: [vpn]
impact: minor
state: investigating
start: 2026-12-02 07:30
---
"""
UNANNOUNCED_WINDOW = """\
---
id: MNT-2026-009
title: Mail server patching
type: maintenance
services: [email]
state: scheduled
start: 2026-12-05 21:00
end: 2026-12-05 23:00
---
"""


def test_the_feeds_memo_key_holds_the_moment_only_where_the_files_show_it(make_project):
    """An incident dated after the moment is not published: its key part names no time, so
    moments minutes apart share a key. A maintenance window announced with nothing dated yet is
    published with the moment as when it changed: the files differ, and so does the key."""
    later = NOW + dt.timedelta(minutes=3)

    def files_and_key(extra: dict[str, str], now: dt.datetime) -> tuple:
        loaded, _ = load_project(make_project({**FILES, **extra}, config=CONFIG, name=f"p{len(extra)}"))
        items = loaded.announcements
        return ((feeds.atom_feed(loaded.config, items, now, SETTINGS),
                 feeds.maintenance_calendar(loaded.config, items, now, SETTINGS)),
                repr(feeds.shown_moment(items, now, SETTINGS)))

    future = {"content/announcements/future.md": FUTURE_INCIDENT}
    assert files_and_key(future, NOW) == files_and_key(future, later)
    window = {**future, "content/announcements/unannounced.md": UNANNOUNCED_WINDOW}
    (made, key), (made_later, key_later) = files_and_key(window, NOW), files_and_key(window, later)
    assert made != made_later and key != key_later
