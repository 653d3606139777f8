"""Coverage that holds when the KB uses a cluster's words in another sense, search that answers
every query with something, misspellings, and fragments of one topic merged into one proposal.
Every article, subject and word here is invented for these tests."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from conftest import article
from kbgen.model import Article, SourceRef
from kbgen.suggest.coverage import (COVERED_ANSWERED, Coverage, KbVocabulary, assess_coverage, query_limits,
                                    verdict_for)
from kbgen.suggest.fragments import merge_fragments
from kbgen.suggest.model import Ticket, TicketCluster

UTC = dt.timezone.utc
ARTICLES = [
    Article("KB0001", "Your laptop was quarantined from the network", "Why a device is blocked and how to reconnect.",
            tags=("blocked", "quarantine"), body="A blocked device shows a quarantine page for every website.",
            source=SourceRef("a.md")),
    Article("KB0002", "Reset your password", "Choose a new password when you forgot it.", tags=("password", "reset"),
            body="Open the reset page and choose a new password.", source=SourceRef("b.md")),
    Article("KB0003", "Clear a paper jam", "Open the tray and remove the paper.", tags=("paper", "jam", "printer"),
            body="Remove the jammed paper from the tray.", source=SourceRef("c.md")),
]


def _tickets(subjects: dict[str, int]) -> list[Ticket]:
    start = dt.datetime(2026, 1, 5, 9, tzinfo=UTC)
    out = []
    for subject, count in subjects.items():
        out += [Ticket(f"T{len(out) + k}", subject, opened=start + dt.timedelta(hours=len(out) + k))
                for k in range(count)]
    return out


def _cluster(cid: str, tickets: list[Ticket]) -> TicketCluster:
    return TicketCluster(cid, cid, tuple(t.ticket_id for t in tickets), len(tickets))


KB_FILES = {
    "content/articles/quarantine.md": article(
        "KB0001", "Your laptop was quarantined from the network",
        "A quarantined laptop shows a block page for every website until security reconnects it.",
        summary="Why a device is blocked from the network and how to get reconnected.", tags="[blocked, quarantine]"),
    "content/articles/frozen-app.md": article(
        "KB0002", "An app is frozen or keeps crashing", "Close the frozen program in Task Manager and open it again.",
        summary="What to do when a program freezes or crashes.", tags="[frozen, crash, not responding]"),
    "content/articles/password.md": article(
        "KB0003", "Reset your password", "Open the reset page and choose a new password.",
        summary="Choose a new password when you forgot it.", tags="[password, reset, forgot]"),
    "content/articles/paper-jam.md": article(
        "KB0004", "Clear a paper jam", "Remove the jammed paper from the tray, then close the printer.",
        summary="Open the tray and remove the jammed paper.", tags="[paper, jam, printer]"),
}


def test_search_answering_an_incidental_word_does_not_cover_a_topic_the_kb_lacks(make_project):
    from kbgen.build import load_project
    from kbgen.suggest.coverage import search_answers

    corpus, _ = load_project(make_project(KB_FILES))
    groups = {"till": {"till frozen": 9, "till screen frozen": 7, "till wont boot": 5},
              "filter": {"site blocked by web filter": 7, "unblock website filter": 6, "web filter blocks site": 6},
              "app": {"excel frozen": 8, "word keeps crashing": 6, "program not responding frozen": 6},
              "password": {"forgot my password": 10, "password reset please": 10}}
    tickets, clusters = [], []
    for name, subjects in groups.items():
        members = [Ticket(f"{name}{k}", s) for k, s in enumerate(s for s, n in subjects.items() for _ in range(n))]
        tickets += members
        clusters.append(_cluster(name, members))
    result = assess_coverage(clusters, tickets, corpus.published, search_answers(corpus))
    assert result["till"].verdict == "gap"  # 'till' is a word the KB never uses
    assert result["filter"].verdict == "gap"  # the KB blocks devices, not sites
    assert result["app"].verdict != "gap" and result["app"].article_id == "KB0002"
    assert result["password"].verdict != "gap" and result["password"].article_id == "KB0003"


def test_a_word_the_export_writes_far_less_often_than_a_kb_word_one_slip_away_is_that_word():
    tickets = _tickets({"password resset": 6, "password reset": 30, "reset password please": 20})
    kb = KbVocabulary.of(ARTICLES, Counter({"resset": 6, "reset": 50, "password": 56, "pager": 40, "paper": 12}))
    assert kb.knows("resset")
    assert not kb.knows("pager")  # written more often than 'paper': another word, not a slip
    cluster = _cluster("c1", tickets[:6])
    assert assess_coverage([cluster], tickets, ARTICLES)["c1"].verdict != "gap"


def test_search_alone_must_answer_nearly_all_subjects_when_words_and_text_are_far():
    assert verdict_for(0.2, 0.03, answered=COVERED_ANSWERED + 0.1) == "gap"
    assert verdict_for(0.2, 0.03, answered=0.9) == "partial"
    assert verdict_for(0.2, 0.15, answered=COVERED_ANSWERED + 0.1) == "covered"


def test_the_search_budget_goes_to_the_largest_clusters_first():
    clusters = [TicketCluster(f"c{i}", "x", (), size) for i, size in enumerate([900, 300, 40] + [5] * 2000)]
    limits = query_limits(clusters)
    assert limits["c0"] == 25 and limits["c1"] == 25 and limits["c2"] >= 3
    assert sum(limits.values()) <= 1500 and limits["c2002"] == 0


def _coverage(cid: str, verdict: str, article: str = "") -> Coverage:
    return Coverage(cid, verdict, article_id=article)


def test_fragments_of_a_gap_join_it_and_a_gap_never_joins_a_covered_cluster():
    fax = _tickets({"fax": 20, "fax not sending": 10})
    machine = _tickets({"fax machine jammed": 8})
    printer = _tickets({"printer offline": 30})
    label = _tickets({"label printer blank labels": 9})
    for group, prefix in ((fax, "F"), (machine, "M"), (printer, "P"), (label, "L")):
        for index, ticket in enumerate(group):
            group[index] = Ticket(f"{prefix}{index}", ticket.subject)
    filler = _tickets({f"thing{n} broken": 1 for n in range(1500)})
    clusters = [_cluster("c1", fax), _cluster("c2", machine), _cluster("c3", printer), _cluster("c4", label)]
    coverage = {"c1": _coverage("c1", "gap"), "c2": _coverage("c2", "gap"),
                "c3": _coverage("c3", "covered", "KB0003"), "c4": _coverage("c4", "gap")}
    joined = merge_fragments(clusters, coverage, fax + machine + printer + label + filler)
    assert joined == {"c2": "c1"}
