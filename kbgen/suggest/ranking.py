"""The order of the suggest report's rows: people helped times how uncovered a cluster is, a
cluster naming a thing and no problem, and a cluster of a form many people fill in, weighed down by
a factor (never hidden, never pushed below every other cluster)."""
from __future__ import annotations

from typing import Sequence

from .coverage import Coverage, query_text
from .kb_vocabulary import terms_of
from .model import Ticket, TicketCluster
from .shared import nearly_all
from .triage import forms_filled_by_people

NO_PROBLEM_WEIGHT = 0.5
"""What a cluster naming a thing and no problem (:func:`names_no_problem`) keeps of its rank
(people helped times how uncovered): one word names what the members use, not what is wrong with
it, so only some of them share one problem an article could answer; halved, a large such cluster
still ranks above small clusters that state a problem."""


FORM_WEIGHT = 0.5
"""What a cluster of a form many people fill in keeps of its rank (nearly every member one filling of
a template with a reference, a date or a number filled in, sent by many different callers:
``triage.forms_filled_by_people``): the desk already has a process for the request, the form people
fill in, so an article about it answers less than one about a problem people cannot solve. Halved
as a cluster naming no problem is: a large form still ranks above small problems."""


def _text(ticket: Ticket) -> str:
    """A ticket's whole text: its subject as an employee would type it (fillers such as "RE:" or
    "urgent" and placeholders left out, ``coverage.query_text``) and its description."""
    return f"{query_text(ticket.subject)}\n{ticket.description}"


def _bare(text: str) -> bool:
    """True when a text writes one stemmed content word or none."""
    return sum(1 for t in frozenset(terms_of(text)) if " " not in t) <= 1


def states_no_problem(ticket: Ticket) -> bool:
    """True when a ticket's subject and description together write one word or none ("Forklift" and
    an empty description): a thing named, no problem stated. An empty subject with a description
    that says what is wrong states a problem."""
    return _bare(_text(ticket))


def names_no_problem(members: Sequence[Ticket]) -> bool:
    """True when nearly every member (``shared.nearly_all``) states no problem
    (:func:`states_no_problem`). Whether the KB writes the word named is not asked: sparing a word
    the KB never writes (an in-house tool named alone) was measured and cost true gaps on three
    banks (see the README's "Measured")."""
    return nearly_all([_text(t) for t in members], _bare)


def ranked(clusters: Sequence[TicketCluster], coverage: dict[str, Coverage],
           tickets: Sequence[Ticket]) -> list[TicketCluster]:
    """Clusters in report order: people helped times how uncovered (``Coverage.uncovered``), times
    ``NO_PROBLEM_WEIGHT`` for a cluster naming no problem (:func:`names_no_problem`) and
    ``FORM_WEIGHT`` for a cluster of a form many people fill in; the larger first on a tie."""
    by_id = {t.ticket_id: t for t in tickets}
    filled = forms_filled_by_people(tickets)

    def rank(cluster: TicketCluster) -> float:
        members = [by_id[i] for i in cluster.tickets if i in by_id]
        bare = names_no_problem(members)
        form = nearly_all([t.ticket_id for t in members], lambda i: filled(by_id[i]))
        return (cluster.size * coverage[cluster.id].uncovered * (NO_PROBLEM_WEIGHT if bare else 1.0)
                * (FORM_WEIGHT if form else 1.0))

    score = {c.id: rank(c) for c in clusters}
    return sorted(clusters, key=lambda c: (-score[c.id], -c.size, c.id))
