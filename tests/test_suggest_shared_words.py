"""The second privacy guard of ``kbgen suggest``: a ticket word is written only when enough people share it.

Redaction will always miss some names, so these tests hand the analysis tickets whose names were
*not* redacted (as if redaction had missed them: given names of languages a gazetteer may lack,
written in subjects, descriptions, resolution notes and a category) and assert that none of them
reaches the report, the JSON or a draft, while the name of an in-house system that twenty people
write about still does. All names, systems and phrasings are invented for these tests.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest

from conftest import article
from kbgen.build import load_project
from kbgen.suggest.drafts import draft_body
from kbgen.suggest.model import Ticket, TicketCluster
from kbgen.suggest.pipeline import SuggestOptions, analyse
from kbgen.suggest.shared import SharedWords

# Names redaction is assumed to have missed; each recurs in one or two people's tickets only.
ESCAPED = ["Haneul", "Doireann", "Seo-yeon", "Seoyeon", "Ciarán", "Oisín", "Minjae"]
SUBJECTS = ["Quillmark timesheet will not submit", "cannot submit timesheet in Quillmark",
            "Quillmark timesheet submit fails", "QUILLMARK TIMESHEET NOT SUBMITTING"]
NOTES = ["Cleared the Quillmark cache and the timesheet submitted.",
         "Quillmark session had expired; signed in again and resubmitted the timesheet."]


def _tickets(with_callers: bool) -> list[Ticket]:
    """40 tickets about one in-house system from 20 callers, names slipped into a few; plus filler."""
    start = dt.datetime(2025, 2, 3, 9, tzinfo=dt.timezone.utc)
    rows = []
    for n in range(40):
        caller = f"p{n % 20 + 1}"
        subject = SUBJECTS[n % len(SUBJECTS)]
        description = "The submit button spins and nothing happens in Quillmark."
        note = NOTES[n % len(NOTES)]
        category = "Timesheets"
        if n in (2, 7):  # two callers mention the same colleague
            subject += " for Haneul"
        if n in (0, 4):  # the same agent's note in two tickets
            note = NOTES[0] + " Doireann checked it the next day."
        if n in range(8, 14 if with_callers else 12):  # one caller's tickets, the same private detail
            # (with the caller column six of them, enough for a cluster of their own; without it,
            # four: five tickets with no caller count as three people)
            caller, subject, note = "p9", "Quillmark timesheet will not submit - Seoyeon", NOTES[0]
            description += " Seo-yeon from payroll asked me to chase it."
        if n == 11:
            description += " Ciarán Oisín said his was fine."
            category = "Timesheets Minjae"
        rows.append(Ticket(f"INC{100 + n}", subject, description, close_notes=note, category=category,
                           caller="[name]" if with_callers else "", person=caller if with_callers else "",
                           opened=start + dt.timedelta(hours=5 * n)))
    others = ["projector in room 4 flickers", "badge reader at side door beeps", "need a second monitor",
              "desk phone has no dial tone", "shared calendar shows wrong week"]
    rows += [Ticket(f"INC{300 + n}", s, opened=start + dt.timedelta(hours=7 * n),
                    caller="[name]" if with_callers else "", person=f"q{n}" if with_callers else "")
             for n, s in enumerate(others)]
    return rows


@pytest.fixture(params=["unrelated-kb", "timesheet-kb"])
def corpus(request, make_project):
    """A KB that lacks the topic (a gap and a draft) or has it without the system's name (an update)."""
    files = {"content/articles/printer.md": article("KB0001", "Clear a printer paper jam", "Open the tray.")}
    if request.param == "timesheet-kb":
        files["content/articles/timesheet.md"] = article(
            "KB0002", "Submit your timesheet", "If your timesheet will not submit, sign in again, clear the "
            "cache and submit the timesheet again.", summary="Timesheet will not submit? Sign in again.")
    corpus, _ = load_project(make_project(files))
    return corpus


def _written(result) -> str:
    """Everything the analysis would write: report, JSON, drafts (escapes undone)."""
    text = "\n".join([result.markdown, json.dumps(result.data, ensure_ascii=False), *(d.text for d in result.drafts)])
    return html.unescape(text.replace("\\", ""))


@pytest.mark.parametrize("with_callers", [True, False])
def test_names_in_one_or_two_peoples_tickets_never_reach_the_output(corpus, with_callers):
    result = analyse(_tickets(with_callers), corpus, SuggestOptions(min_size=4))
    written = _written(result)
    for name in ESCAPED:
        for part in re.split(r"[- ]", name):
            assert part.lower() not in written.lower(), part
    # The in-house system twenty people write about is the topic, and it is named.
    assert "quillmark" in written.lower()
    assert any("quillmark" in " ".join([r.cluster.title, *r.cluster.terms, *r.coverage.missing]).lower()
               for r in result.rows)


def test_a_draft_masks_a_name_in_a_resolution_note_but_keeps_the_note():
    note = "Cleared the cache and resubmitted the Quillmark timesheet."
    members = [Ticket(f"T{n}", SUBJECTS[n % 4], close_notes=note, person=f"p{n}") for n in range(20)]
    members += [Ticket(f"U{n}", SUBJECTS[0], close_notes="Doireann cleared the cache and resubmitted the "
                       "Quillmark timesheet.", person="p99", category="Doireann") for n in range(3)]
    cluster = TicketCluster("c001", "Quillmark timesheet", tuple(t.ticket_id for t in members), len(members),
                            terms=("quillmark", "doireann"))
    body = draft_body(cluster, members)
    assert "1. Cleared the cache and resubmitted the Quillmark timesheet. (20 tickets)" in body
    assert "2. … cleared the cache and resubmitted the Quillmark timesheet. (3 tickets)" in body
    assert "Doireann" not in body and "Words the tickets share: quillmark\n" in body


def test_one_callers_many_tickets_count_as_one_person():
    one = [Ticket(f"T{n}", "Zyqa printer", person="p1") for n in range(10)]
    assert not SharedWords.of(one).allows("Zyqa")
    three = [Ticket(f"T{n}", "Zyqa printer", person=f"p{n}") for n in range(3)]
    assert SharedWords.of(three).allows("Zyqa") and SharedWords.of(three).allows("zyqa printer")


def test_without_callers_a_word_needs_five_tickets():
    assert not SharedWords.of([Ticket(f"T{n}", "Zyqa down") for n in range(4)]).allows("Zyqa")
    assert SharedWords.of([Ticket(f"T{n}", "Zyqa down") for n in range(5)]).allows("Zyqa")


def test_the_kb_vocabulary_and_placeholders_are_always_allowed():
    shared = SharedWords.of([Ticket("T1", "Outlook crashes for Bláthnaid [name]")], ["Outlook keeps crashing"])
    assert shared.allows("Outlook") and shared.allows("crashing") and shared.allows("[name]")
    assert shared.allows("crashes")  # the KB's word in another form
    assert not shared.allows("Bláthnaid") and not shared.allows("Outlook Bláthnaid") and not shared.allows("")
    assert shared.mask("Outlook crashes for Bláthnaid [name]") == "Outlook crashes … … [name]"


def test_the_placeholder_kinds_are_the_ones_redaction_writes_and_each_user_derives_its_subset():
    """One list of ``[kind]`` placeholders: every kind a redaction module writes is in it (a new
    kind added there without the list fails here), and the subsets derived from it are the ones
    accounts, grouping and triage used before it existed."""
    import ast
    from pathlib import Path

    import kbgen.suggest as package
    from kbgen.suggest import cluster, pii_accounts, triage_shapes
    from kbgen.suggest.shared import PLACEHOLDER_KINDS

    written = set()
    for path in Path(package.__file__).parent.glob("*.py"):
        if path.name.startswith("pii_") or path.name == "redact.py":
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and re.fullmatch(r"\[[a-z][a-z-]+\]", node.value):
                    written.add(node.value[1:-1])
    assert written == set(PLACEHOLDER_KINDS)
    assert pii_accounts._PLACEHOLDER_WORDS == set(PLACEHOLDER_KINDS)
    assert [k for k in PLACEHOLDER_KINDS if cluster.PERSON_SLOT.fullmatch(f"[{k}]")] == \
        ["name", "username", "employee-id", "email", "phone"]
    assert sorted(triage_shapes._SYSTEM_SLOTS.split("|")) == ["email", "host", "ip", "mac"]
    assert sorted(triage_shapes._SECRET_SLOTS.split("|")) == ["code", "password"]
