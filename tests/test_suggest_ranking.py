"""The order of the suggest report's rows (``kbgen.suggest.ranking``): people helped times how
uncovered, a cluster naming a thing and no problem weighed down. Every subject here is invented
for these tests."""
from __future__ import annotations

import pytest

from kbgen.suggest.coverage import Coverage
from kbgen.suggest.model import Ticket, TicketCluster
from kbgen.suggest.ranking import names_no_problem, ranked, states_no_problem


def _members(texts: list[tuple[str, str]]) -> list[Ticket]:
    return [Ticket(f"T{k}", subject, description) for k, (subject, description) in enumerate(texts)]


def test_a_cluster_of_one_word_tickets_names_no_problem():
    """"Tandem" and nothing else names a thing, not what is wrong with it; two words or more
    state a problem."""
    assert names_no_problem(_members([("Tandem", "")] * 8 + [("tandem", ""), ("tandem broken", "")]))
    assert not names_no_problem(_members([("Tandem", "")] * 5 + [("tandem battery dead", "")] * 5))


@pytest.mark.parametrize("subject, description", [
    ("", "The label printer in bay four prints blank labels since Monday."),
    ("RE: Tandem urgent", "Tandem charger shows a red light and will not charge."),
    ("Tandem", "tandem horn stuck on"),
])
def test_a_one_word_subject_with_a_description_stating_the_problem_states_it(subject, description):
    """The cluster's text is judged, not its subject alone: an empty subject, or one that cleans to
    one word, beside a description saying what is wrong states a problem."""
    assert not states_no_problem(Ticket("T1", subject, description))
    assert not names_no_problem(_members([(subject, description)] * 10))


@pytest.mark.parametrize("subject, description", [("Tandem", ""), ("Tandem", "tandem"), ("", "Tandem")])
def test_one_word_in_the_whole_text_states_no_problem(subject, description):
    assert states_no_problem(Ticket("T1", subject, description))


def _clusters(groups: dict[str, list[str]]) -> tuple[list[Ticket], list[TicketCluster]]:
    tickets, clusters = [], []
    for name, subjects in groups.items():
        members = [Ticket(f"{name}{k}", s) for k, s in enumerate(subjects)]
        tickets += members
        clusters.append(TicketCluster(name, name, tuple(t.ticket_id for t in members), len(members)))
    return tickets, clusters


GROUPS = {"bare": ["Tandem"] * 36 + ["tandem"] * 4, "scanner": ["pallet scanner books nothing"] * 24,
          "shutter": ["dock shutter sensor reopens"] * 12, "known": ["paper jam tray 2"] * 30}
UNCOVERED = {"bare": 1.0, "scanner": 0.9, "shutter": 1.0, "known": 0.2}


def test_a_cluster_naming_no_problem_is_weighed_down_not_put_below_every_cluster():
    """A cluster of one-word tickets keeps part of its rank: below a cluster of nearly its rank that
    says what is wrong, above a much smaller one."""
    tickets, clusters = _clusters(GROUPS)
    coverage = {n: Coverage(n, "gap" if u > 0.5 else "covered", uncovered=u) for n, u in UNCOVERED.items()}
    order = [c.id for c in ranked(clusters, coverage, tickets)]
    assert order == ["scanner", "bare", "shutter", "known"]


_PEOPLE = [f"{first} {last}" for first in ("Ines", "Bao", "Kofi", "Maren", "Teo") for last in ("Dahl", "Ruiz", "Abara", "Sato")]


def _cluster(name: str, subjects: list[str], callers: list[str]) -> tuple[list[Ticket], TicketCluster]:
    members = [Ticket(f"{name}{k}", s, caller=c) for k, (s, c) in enumerate(zip(subjects, callers))]
    return members, TicketCluster(name, name, tuple(t.ticket_id for t in members), len(members))


def test_a_cluster_of_a_form_many_people_fill_in_is_weighed_down():
    """A form filled in by twenty different people (a new reference, a date, a count each time) keeps
    half its rank: below a problem of fewer people that is as uncovered, above a much smaller one."""
    form, form_cluster = _cluster("form", [f"Trailer hire TH-{5021 + 97 * k} ({k % 9 + 1:02d}/03/2024, {k % 5 + 1} axles)"
                                           for k in range(20)], _PEOPLE)
    problem, problem_cluster = _cluster("problem", ["label printer prints blank labels"] * 14, _PEOPLE[:14])
    small, small_cluster = _cluster("small", ["badge gate beeps twice"] * 6, _PEOPLE[:6])
    coverage = {n: Coverage(n, "gap", uncovered=1.0) for n in ("form", "problem", "small")}
    order = [c.id for c in ranked([form_cluster, problem_cluster, small_cluster], coverage, form + problem + small)]
    assert order == ["problem", "form", "small"]


def test_a_program_template_from_one_sender_is_not_a_form():
    """The same shape sent by one sender is no form people fill in: ranked by its size alone."""
    one, one_cluster = _cluster("one", [f"Trailer hire TH-{5021 + 97 * k} ({k % 9 + 1:02d}/03/2024, {k % 5 + 1} axles)"
                                        for k in range(20)], ["hire system"] * 20)
    problem, problem_cluster = _cluster("problem", ["label printer prints blank labels"] * 14, _PEOPLE[:14])
    coverage = {n: Coverage(n, "gap", uncovered=1.0) for n in ("one", "problem")}
    assert [c.id for c in ranked([one_cluster, problem_cluster], coverage, one + problem)] == ["one", "problem"]
