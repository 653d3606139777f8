"""Round 19 triage probes: short real requests are kept however often they repeat, a form people fill
in with a new reference each time is a request, and a program's report on the same few systems is
still machine mail (these first probes were written before the rules they guard); then, after review:
a terse request in words nothing else uses is kept (the two-word conventions rule was removed), a
subjects-only export reads no form reference, and the line-opening label is read in linear time."""
from __future__ import annotations

import datetime as dt

import pytest

from kbgen.suggest.shared import stem
from kbgen.suggest.model import Ticket
from kbgen.suggest.triage import triage

UTC = dt.timezone.utc

# a knowledge base that writes about none of the probes' words: the hardest case for a rule that reads
# a subject the KB does not know as saying nothing
_KB_TITLES = frozenset(stem(w) for w in "reset your password request a new mailbox book a meeting room".split())
_KB_ANYWHERE = _KB_TITLES | frozenset(stem(w) for w in "account sign portal calendar shared drive".split())

_BACKGROUND = [
    "Outlook keeps asking for my password", "Cannot open the shared drive", "Monitor flickers after lunch",
    "Need access to the finance folder", "Laptop battery drains in an hour", "Calendar invites not arriving",
    "Keyboard missing two keys", "Teams camera shows black screen", "Scanner saves blank pages",
    "Phone headset crackles on calls", "Printer on floor 2 prints faded", "Cannot install the PDF reader",
    # the probes' words written in other requests too, as an export writes a product's name in sentences
    "Zoom meeting has no sound", "Excel crashes when saving", "Slack notifications stopped", "iPad will not charge",
    "ThinkPad fan very loud", "Druckerstau im Kopierraum",
]


def _export(probes: list[str], copies: int = 8) -> list[Ticket]:
    """Each probe written by ``copies`` different callers on different days, among ordinary requests."""
    tickets = []
    for n, subject in enumerate(_BACKGROUND * 3):
        tickets.append(Ticket(f"B{n}", subject, caller=f"person{n % 17}",
                              opened=dt.datetime(2024, 2, 1 + n % 27, 9, tzinfo=UTC)))
    for p, subject in enumerate(probes):
        for c in range(copies):
            tickets.append(Ticket(f"P{p}-{c}", subject, caller=f"caller{p}-{c}",
                                  opened=dt.datetime(2024, 3, 1 + c, 10 + p % 8, tzinfo=UTC)))
    return tickets


_MUST_KEEP = [
    "printer jam", "vpn", "wifi down", "new starter", "Zoom", "Excel", "Slack", "iPad", "ThinkPad T14",
    "Druckerstau", "WLAN geht nicht", "imprimante bloquée", "nuevo empleado", "wifi caído",
    "stampante inceppata", "nieuwe medewerker", "VPN traag", "scanner", "docking station", "Teams",
]


@pytest.mark.parametrize("kb", [(frozenset(), frozenset()), (_KB_TITLES, _KB_ANYWHERE)])
def test_short_real_requests_repeated_by_many_callers_are_kept(kb):
    result = triage(_export(_MUST_KEEP), kb_words=kb)
    aside = {i for ids in result.set_aside.values() for i in ids}
    assert not {i for i in aside if i.startswith(("P", "B"))}


@pytest.mark.parametrize("kb", [(frozenset(), frozenset()), (_KB_TITLES, _KB_ANYWHERE)])
def test_short_real_requests_written_once_are_kept(kb):
    result = triage(_export(_MUST_KEEP, copies=1), kb_words=kb)
    assert not result.set_aside


def _name(n: int) -> str:
    """A different person's name for each ``n`` (letters only: an export's callers are people)."""
    return f"{'ABCDEFGHJK'[n % 10]}. {'Mills Okafor Varga Lindqvist Haddad'.split()[n // 10 % 5]}"


def _form(n: int, code: str) -> Ticket:
    """A booking form a different person fills in each time: a new reference, a date, a number of seats."""
    return Ticket(f"F{n}", f"Minibus booking {code}{40000 + n * 7919 % 50000} ({n % 12 + 1:02d}/{n % 27 + 1:02d}/2024,"
                           f" {n % 9 + 3} seats)", caller=_name(n),
                  opened=dt.datetime(2024, 1 + n % 12, 1 + n % 27, 8 + n % 9, tzinfo=UTC))


@pytest.mark.parametrize("code", ["MB-", "MB", "BK2-"])
def test_a_form_with_a_new_reference_each_time_is_a_request(code):
    tickets = [_form(n, code) for n in range(40)]
    result = triage(tickets + _export([], copies=0))
    assert not result.set_aside


def test_a_program_reporting_on_the_same_few_hosts_is_still_machine_mail():
    hosts = ["edge-rtr-01", "edge-rtr-02", "core-sw7"]
    tickets = [Ticket(f"A{n}", f"Link flap on {hosts[n % 3]} ({n % 12 + 1:02d}/{n % 27 + 1:02d}/2024)",
                      caller="netwatch", opened=dt.datetime(2024, 1 + n % 12, 1 + n % 27, tzinfo=UTC))
               for n in range(30)]
    result = triage(tickets + _export([], copies=0))
    assert len(result.set_aside.get("alert", ())) == 30


def test_a_program_writing_a_new_code_each_time_from_one_sender_is_still_machine_mail():
    tickets = [Ticket(f"A{n}", f"Replication lag on DBX-{70000 + n * 37} {n % 12 + 1:02d}/{n % 27 + 1:02d}/2024",
                      caller="monitor@dbfarm", opened=dt.datetime(2024, 1 + n % 12, 1 + n % 27, tzinfo=UTC))
               for n in range(30)]
    result = triage(tickets + _export([], copies=0))
    assert len(result.set_aside.get("alert", ())) == 30


def _spread_export(subjects: list[str], background: list[str]) -> list[Ticket]:
    """Each subject typed for eight different callers on different days, among ``background``."""
    tickets = [Ticket(f"B{n}", subject, caller=_name(n), opened=dt.datetime(2024, 2, 1 + n % 27, tzinfo=UTC))
               for n, subject in enumerate(background * 2)]
    tickets += [Ticket(f"C{p}-{c}", subject, caller=_name(p * 8 + c + 1),
                       opened=dt.datetime(2024, 3, 1 + c * 3, 9 + p, tzinfo=UTC))
                for p, subject in enumerate(subjects) for c in range(8)]
    return tickets


def test_a_terse_request_in_words_nothing_else_uses_is_kept():
    """A request many people write in the same two words of a language neither the articles nor any
    other subject use is still a request: the export's statistics cannot tell it from a desk's
    convention, so no rule reads such phrases as placeholders."""
    for subject in ["escáner atascado", "tulostin jumissa", "hasło wygasło"]:
        result = triage(_spread_export([subject], _BACKGROUND), kb_words=(_KB_TITLES, _KB_ANYWHERE))
        assert not result.set_aside, subject


def test_hostile_subjects_are_read_in_bounded_time():
    """A 100,000-character subject of codes and of words, repeated, read by the form-reference rule and the formulas."""
    import time

    codes = " ".join(f"X{n}-{n * 7}" for n in range(12_000))[:100_000]
    words = ("ab" * 50_000)[:100_000]
    tickets = [Ticket(f"H{n}", subject, caller=_name(n), opened=dt.datetime(2024, 1, 1 + n, tzinfo=UTC))
               for n, subject in enumerate([codes] * 6 + [words] * 6 + [codes + " " + words] * 6)]
    start = time.process_time()
    triage(tickets + _export(_MUST_KEEP, copies=1), kb_words=(_KB_TITLES, _KB_ANYWHERE))
    assert time.process_time() - start < 20


def _subjects_only(subjects: list[str]) -> list[Ticket]:
    """An export of subjects only: no caller, no sender (each distinct subject then stands in for one)."""
    background = [Ticket(f"B{n}", s) for n, s in enumerate(_BACKGROUND * 3)]
    return background + [Ticket(f"N{n}", s, opened=dt.datetime(2024, 1 + n % 12, 1 + n % 27, tzinfo=UTC))
                         for n, s in enumerate(subjects)]


def test_notices_with_a_new_id_each_time_in_a_subjects_only_export_stay_alerts():
    """Without callers every distinct subject counts as a sender, so an id new on every notice must
    not be read as a form's reference there: the notice keeps the shape of the program that sent it."""
    notices = [f"Storage node SN{4100 + n * 13} degraded {n % 12 + 1:02d}/{n % 27 + 1:02d}/2024" for n in range(30)]
    result = triage(_subjects_only(notices))
    assert sum(i.startswith("N") for i in result.set_aside.get("alert", ())) == 30


def test_a_form_with_a_new_reference_each_time_in_a_caller_export_stays_a_request():
    tickets = [Ticket(f"F{n}", f"Parking permit PK-{52000 + n * 311} for {n % 12 + 1:02d}/{n % 27 + 1:02d}/2024",
                      caller=_name(n), opened=dt.datetime(2024, 1 + n % 12, 1 + n % 27, 9, tzinfo=UTC))
               for n in range(40)]
    result = triage(tickets + _export([], copies=0))
    assert not result.set_aside


def test_a_label_of_one_long_run_of_codes_is_read_in_linear_time():
    """A subject of 100,000 name characters with a digit every third one and no colon after them: the
    line-opening label of a system (``triage_shapes._TAG``) is looked for once, not once per digit."""
    import time

    from kbgen.suggest.triage_shapes import _TAG, reports_a_state

    subject = "a1-" * 33_333 + " x"
    start = time.process_time()
    assert not _TAG.search(subject)
    assert not _TAG.search(subject.replace("-", "."))
    reports_a_state(subject)
    assert time.process_time() - start < 5


# the system labels of the line-opening tag as written before it was made linear: the reference the
# linear one must match exactly on ordinary subjects (short, so its backtracking costs nothing here)
_TAG_BEFORE = (r"^\s*\[[A-Za-z]{3,10}\]|^\s*[A-Za-z][\w.-]*\d[\w.-]*\s*:\s|"
               r"^\s*[A-Z][\w-]*[ \t]+(?:[\w-]+[ \t]+){1,2}(?=[\w.-]*\d)[\w.-]+\s*:\s|"
               r"^[\s*#=>!-]*(?:ALERT|ALARM|PROBLEM|RECOVERY|CRITICAL|WARNING|WARN|ERROR|"
               r"NOTIFICATION|STATUS)\b\s*[:!*-]|\b(?:[Ss]tatus|[Ss]everity|[Aa]lert|[Rr]eports)\s*:")


def test_the_linear_label_matches_as_before_on_ordinary_subjects():
    import random
    import re

    from kbgen.suggest.triage_shapes import _TAG

    before = re.compile(_TAG_BEFORE)
    subjects = ["prn-04: toner low", "Kyocera TASKalfa 3554ci: paper jam", "sw2.core-1 : port down",
                "x9: ok", "ab: no digit", "a-1.b_2 :\tlate", "9abc: digit first", " db01:  slow",
                "[CRITICAL] disk", "** PROBLEM ** host", "Status: done", "My laptop3: broken", "ä1ö: x",
                "a1:b", "r2d2 :", "build 7: failed", "Room 4: light", "node-٣: down", "v.1.2-rc3: released"]
    rng = random.Random(19)
    alphabet = "aZ1_.-: \t\u00e4\u0663"
    subjects += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 14))) for _ in range(20_000)]
    for subject in subjects:
        old, new = before.search(subject), _TAG.search(subject)
        assert (old and old.span()) == (new and new.span()), subject


def test_a_host_name_is_looked_for_in_linear_time_with_the_same_answers():
    """A host's full name (``triage_shapes._names_fqdn``) on 100,000 characters of one run of codes or
    of one-letter labels, and the same answers as the former pattern on short subjects; then eight
    callers sending such a subject are triaged in bounded time."""
    import random
    import re
    import time

    from kbgen.suggest.triage_shapes import _names_fqdn, machine_score

    before = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+){2,}\.[a-z]{2,}\b", re.I)
    rng = random.Random(19)
    subjects = ["mail.corp.example.com", "srv1.eu.acme.co.uk down", "a.b.c", "x.y.z.w", "host-1.dc2.corp.local:",
                "www.example.com", "see v1.2.3.4 notes", "_a.b.c.com", "--.b.c.com", "a.b.c.com_x", "a.b.c.co-1"]
    subjects += ["".join(rng.choice("ab.a.-1_ Z\u017f.\u00e9") for _ in range(rng.randrange(4, 20))) for _ in range(50_000)]
    for subject in subjects:
        assert bool(before.search(subject)) == _names_fqdn(subject), subject
    start = time.process_time()
    for hostile in ("a1-" * 33_333, "a." * 50_000, "a1-." * 25_000):
        machine_score(hostile)
    subject = "a1-" * 33_333 + " x"
    tickets = [Ticket(f"H{n}", f"{subject} {n}", caller=_name(n), opened=dt.datetime(2024, 1, 1 + n, tzinfo=UTC))
               for n in range(8)]
    triage(tickets + _export([], copies=0))
    assert time.process_time() - start < 20
