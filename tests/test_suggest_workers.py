"""Work shared by forked processes gives the single-process result."""
from __future__ import annotations

from kbgen.suggest import redact as redact_module
from kbgen.suggest.model import Ticket
from kbgen.suggest.redact import learn_lexicon, redact_tickets


def _tickets(count: int) -> list[Ticket]:
    people = ["Amara Osei", "Tomasz Wrona", "Ines Duarte", "Kofi Mensah"]
    return [Ticket(f"T{i}", f"Label Printer jam {i % 7}",
                   description=f"Hi,\nthe File Explorer tray jams after netid ab{i % 5}12.\nThanks\n{people[i % 4]}",
                   close_notes="Spoke to Ines Duarte, replaced the roller." if i % 3 else "", caller=people[i % 4])
            for i in range(count)]


def test_the_lexicon_counted_in_workers_is_the_same(monkeypatch):
    tickets = _tickets(80)
    monkeypatch.setattr(redact_module, "_PARALLEL_MIN", 10)
    forked = learn_lexicon(tickets, workers=2)
    assert forked == learn_lexicon(tickets, workers=1)
    assert forked.common_words and forked.first_names  # the comparison compares something


def test_redaction_in_workers_is_the_same_in_the_same_order(monkeypatch):
    tickets = _tickets(70)
    monkeypatch.setattr(redact_module, "_PARALLEL_MIN", 10)
    forked = redact_tickets(tickets, workers=2)
    assert forked == redact_tickets(tickets, workers=1)
    assert [t.ticket_id for t in forked] == [t.ticket_id for t in tickets]
    assert all("Osei" not in t.description for t in forked)


def test_cleaning_in_workers_is_the_same(monkeypatch):
    from kbgen.suggest import pipeline

    tickets = [Ticket(f"T{i}", f"RE: FW: Printer jam {i % 9}", description=f"Hi team,\nthe tray jams {i % 4}.\n\nThanks\n[name]",
                      comments=("<p>spoke to user</p>", ""), close_notes="Resolved: replaced roller.") for i in range(50)]
    monkeypatch.setattr(pipeline, "PARALLEL_CLEAN", 5)
    forked = pipeline.clean_all(tickets, workers=2)
    assert forked == pipeline.clean_all(tickets, workers=1)
    assert forked[0].subject == "Printer jam 0" and forked[0] != tickets[0]


def test_a_frozen_heap_still_collects_what_the_block_makes_and_is_handed_back():
    import gc
    import weakref

    from kbgen.suggest.workers import heap_frozen

    class Node:
        pass

    gc.collect()
    outside = gc.get_freeze_count()
    with heap_frozen():
        assert gc.get_freeze_count() > outside
        node = Node()
        node.me = node  # a cycle made inside the block
        gone = weakref.ref(node)
        del node
        gc.collect()
        assert gone() is None
    assert gc.get_freeze_count() == 0


def test_grouping_texts_prepared_in_workers_are_the_same(monkeypatch):
    from kbgen.suggest import cluster

    tickets = [Ticket(f"T{i}", f"Printer jam {i % 9}", description=f"Hi team,\nthe tray jams {i % 4} [name].",
                      close_notes="Replaced roller." if i % 2 else "") for i in range(60)]
    monkeypatch.setattr(cluster, "PARALLEL_PREPARE", 5)
    forked = cluster._prepared(tickets, workers=2)
    assert forked == cluster._prepared(tickets, workers=1)
    assert forked[0][0] == cluster.ticket_text(tickets[0]) and forked[1][1] == "printer jam 1 printer jam 1 hi team " \
        "the tray jams 1 replaced roller"


def test_subjects_judged_in_workers_are_set_aside_the_same(monkeypatch):
    from kbgen.suggest import triage, workers

    subjects = ["Resolved", "hang up", "test ticket please ignore", "DISK SPACE LOW ON srv-db{n}.corp.example 95%",
                "JOB PAYROLL_NIGHTLY{n} FAILED RC=0012 2024-03-0{d} 02:00:01", "I can't open my mailbox {n}",
                "Printer on floor {d} jams"]
    tickets = [Ticket(f"T{i}", subjects[i % 7].format(n=i % 11, d=i % 9 + 1)) for i in range(90)]
    monkeypatch.setattr(triage, "PARALLEL_KINDS", 5)
    monkeypatch.setattr(workers, "cpu_count", lambda: 2)
    forked = triage.triage(tickets)
    monkeypatch.setattr(workers, "cpu_count", lambda: 1)
    assert forked == triage.triage(tickets)
    assert set(forked.set_aside) == {"placeholder", "alert", "test"}
    assert sum("mailbox" in t.subject for t in forked.kept) == 13  # every person's problem kept
