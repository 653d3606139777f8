"""Round 20 triage probes, written before the rules they guard: short real requests in several
languages and scripts are kept in exports with and without callers; hostile exports (a 100,000-character
subject, many identical subjects) are read in bounded time; and in an export of subjects only (no
caller), a form people fill in with a new reference each time is told from a program's notice by when
its tickets arrive: people fill forms in at the hours the export's people write, a program sends at
any hour or at one scheduled hour."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from kbgen.suggest.model import Ticket
from kbgen.suggest.shared import stem
from kbgen.suggest.triage import triage

UTC = dt.timezone.utc

# an articles' vocabulary that names none of the probes' words (the hardest case for a rule that reads
# words the KB does not know as saying nothing), and one that names a few of them
_NO_KB = (frozenset(), frozenset())
_SOME_KB = (frozenset(stem(w) for w in "change your password set up a printer request software".split()),
            frozenset(stem(w) for w in "account printer laptop screen network mailbox".split()))

# ordinary requests people type during their working day, so the export has busy and quiet hours
_DAYTIME = [
    "Outlook asks for my password every hour", "Cannot reach the team folder", "Screen flickers on the dock",
    "Need the design tool installed", "Laptop fan is loud", "Meeting room display shows no signal",
    "Mouse stopped responding", "Mailbox full warning on my account", "Printer prints grey lines",
    "Request access to the budget sheet", "Headset microphone too quiet", "Wifi drops in the canteen",
]


def _person(n: int) -> str:
    """A different person's name for each ``n`` (letters only: a caller's template masks digits)."""
    return f"{'ABCDEFGHJK'[n % 10]}. {'Moss Adeyemi Kovacs Berg Nassar Lund Ito Silva'.split()[n // 10 % 8]}"


def _day_hour(n: int) -> int:
    """An hour of the working day (8 to 17), spread."""
    return 8 + n * 7 % 10


def _background(callers: bool) -> list[Ticket]:
    """Daytime requests over two months (three times each), with or without a caller."""
    return [Ticket(f"B{n}", subject, caller=_person(n % 23) if callers else "",
                   opened=dt.datetime(2025, 1 + n % 2, 1 + n % 28, _day_hour(n), n % 60, tzinfo=UTC))
            for n, subject in enumerate(_DAYTIME * 10)]


# short real requests: a printer jam in several languages and scripts, one-word application names, a
# device's model name, a new colleague's start, written by a few people each
_MUST_KEEP = [
    "printer jam", "Papierstau", "紙詰まり", "打印机卡纸", "паперова пробка", "заело бумагу", "εμπλοκή χαρτιού",
    "Outlook", "Teams", "SAP", "Figma", "Latitude 7440", "iPhone 15", "new starter", "neue Mitarbeiterin",
    "nouvel arrivant", "पासवर्ड भूल गया", "كلمة المرور", "ស្កេនមិនដំណើរការ",
]
# a request in a language no other ticket and no article uses, two words, repeated by three people
_RARE = ["ordenador tapatu", "kompjuter ngadalë", "tölva frosin"]


def _probes(subjects: list[str], copies: int, callers: bool) -> list[Ticket]:
    return [Ticket(f"P{p}-{c}", subject, caller=_person(p * 3 + c) if callers else "",
                   opened=dt.datetime(2025, 2, 1 + c * 5 % 28, _day_hour(p + c), tzinfo=UTC))
            for p, subject in enumerate(subjects) for c in range(copies)]


@pytest.mark.parametrize("callers", [True, False])
@pytest.mark.parametrize("kb", [_NO_KB, _SOME_KB])
@pytest.mark.parametrize("copies", [1, 3, 8])
def test_short_real_requests_are_kept(callers, kb, copies):
    result = triage(_background(callers) + _probes(_MUST_KEEP + _RARE, copies, callers), kb_words=kb)
    assert not result.set_aside


@pytest.mark.parametrize("callers", [True, False])
def test_a_rare_two_word_request_repeated_by_three_people_is_kept_alone(callers):
    """Without other probes around it: the only tickets in its language."""
    for subject in _RARE:
        result = triage(_background(callers) + _probes([subject], 3, callers), kb_words=_SOME_KB)
        assert not result.set_aside, subject


def _night_and_day(n: int) -> int:
    """Any hour of the day: a program runs round the clock."""
    return n * 5 % 24


def _form(n: int, hour) -> Ticket:
    """A loan form: a reference new on every request, a date and a count, no caller in the export;
    filled in at any minute of the hour, as people write."""
    return Ticket(f"F{n}", f"Projector loan PL{31000 + n * 4099 % 60000} - {n % 12 + 1:02d}/{n % 27 + 1:02d}/2025 - "
                           f"{n % 5 + 1} units", opened=dt.datetime(2025, 1 + n % 2, 1 + n % 28, hour(n), n * 17 % 60, tzinfo=UTC))


def _notice(n: int, hour) -> Ticket:
    """A program's notice with an id new on every notice and a date, no caller in the export."""
    return Ticket(f"N{n}", f"Archive set AS{52000 + n * 3181 % 40000} sealed {n % 12 + 1:02d}/{n % 27 + 1:02d}/2025",
                  opened=dt.datetime(2025, 1 + n % 2, 1 + n % 28, hour(n), n % 60, tzinfo=UTC))


def test_a_form_filled_in_at_peoples_hours_is_kept_without_callers():
    result = triage(_background(False) + [_form(n, _day_hour) for n in range(40)])
    assert not result.set_aside


def test_a_programs_notice_sent_round_the_clock_stays_an_alert_without_callers():
    result = triage(_background(False) + [_notice(n, _night_and_day) for n in range(40)])
    assert sorted(result.set_aside.get("alert", ())) == sorted(f"N{n}" for n in range(40))


def test_a_programs_notice_sent_at_one_scheduled_daytime_hour_stays_an_alert_without_callers():
    """A job run each morning at the hour people also write: its hours are one, not a working day's spread."""
    result = triage(_background(False) + [_notice(n, lambda n: 9) for n in range(40)])
    assert len(result.set_aside.get("alert", ())) == 40


def test_without_quiet_hours_a_new_code_each_time_is_no_reference():
    """A desk writing round the clock (or over time zones) has no quiet hours: the hours say nothing, and
    a code new on every subject of an export without callers is read as before (a system's name)."""
    background = [Ticket(f"B{n}", s, opened=dt.datetime(2025, 1, 1 + n % 28, _night_and_day(n), tzinfo=UTC))
                  for n, s in enumerate(_DAYTIME * 10)]
    result = triage(background + [_notice(n, _night_and_day) for n in range(40)])
    assert len(result.set_aside.get("alert", ())) == 40


def test_a_form_in_a_caller_export_is_still_read_by_its_callers():
    forms = [_form(n, _night_and_day) for n in range(40)]
    forms = [Ticket(t.ticket_id, t.subject, caller=_person(n), opened=t.opened) for n, t in enumerate(forms)]
    assert not triage(_background(True) + forms).set_aside


@pytest.mark.parametrize("callers", [True, False])
def test_hostile_exports_are_read_in_bounded_time(callers):
    """A 100,000-character subject (codes, words, a script without spaces), 20,000 identical subjects, and
    20,000 forms each with its own reference: triage stays within seconds of CPU."""
    long_codes = " ".join(f"Q{n}-{n * 13}" for n in range(12_000))[:100_000]
    hostile = [long_codes, ("xy " * 40_000)[:100_000], "紙" * 100_000, ("12:00:00 " * 12_000)[:100_000]]
    tickets = _background(callers)
    tickets += [Ticket(f"H{n}", s, caller="x" if callers else "", opened=dt.datetime(2025, 3, 1 + n, 10, tzinfo=UTC))
                for n, s in enumerate(hostile)]
    tickets += [Ticket(f"S{n}", "Laptop will not start", caller=f"c{n}" if callers else "",
                       opened=dt.datetime(2025, 3, 1 + n % 28, _day_hour(n), tzinfo=UTC)) for n in range(20_000)]
    tickets += [_form(n, _day_hour) for n in range(20_000)]
    start = time.process_time()
    result = triage(tickets)
    assert time.process_time() - start < 60
    kept = {t.ticket_id for t in result.kept}
    assert all(f"S{n}" in kept for n in range(20_000))


def _monitor(n: int) -> Ticket:
    """A monitoring program's warning round the clock: a level and one of a few hosts filled in."""
    return Ticket(f"M{n}", f"WARNING: queue depth {200 + n % 40} on node-{n % 5}",
                  opened=dt.datetime(2025, 1 + n % 2, 1 + n % 28, _night_and_day(n), n % 60, tzinfo=UTC))


@pytest.mark.parametrize("machine", [0, 60, 120, 400])
def test_a_form_is_kept_however_much_round_the_clock_machine_mail_the_export_holds(machine):
    """Machine mail sent at all hours, even three times as much as people's own tickets, must not fill
    the export's night: the quiet hours are read from what people type (subjects with nothing filled in)."""
    result = triage(_background(False) + [_monitor(n) for n in range(machine)] + [_form(n, _day_hour) for n in range(40)])
    assert not any(i.startswith("F") for ids in result.set_aside.values() for i in ids)
    assert len(result.set_aside.get("alert", ())) == machine


def test_a_programs_notice_at_a_fixed_minute_of_each_working_hour_stays_an_alert_without_callers():
    """A job run every hour of the working day fires at the same minute (queued a minute at most)."""
    notices = [_notice(n, _day_hour) for n in range(40)]
    notices = [Ticket(t.ticket_id, t.subject, opened=t.opened.replace(minute=(15 + n % 2) % 60))
               for n, t in enumerate(notices)]
    assert len(triage(_background(False) + notices).set_aside.get("alert", ())) == 40


def test_an_export_that_keeps_only_the_hour_still_keeps_a_form():
    """Every ticket at minute 0 (the export dropped the minutes): the minutes say nothing."""
    tickets = _background(False) + [_form(n, _day_hour) for n in range(40)]
    tickets = [Ticket(t.ticket_id, t.subject, opened=t.opened.replace(minute=0)) for t in tickets]
    assert not triage(tickets).set_aside


def test_a_form_a_few_people_fill_in_in_the_same_minutes_by_chance_is_kept():
    """Six forms, four of them in one three-minute span: too few tickets for the minutes to count."""
    forms = [_form(n, _day_hour) for n in range(6)]
    forms = [Ticket(t.ticket_id, t.subject, opened=t.opened.replace(minute=30 + n % 2 if n < 4 else n * 13 % 60))
             for n, t in enumerate(forms)]
    assert not triage(_background(False) + forms).set_aside
