"""Records of the suggest pipeline: tickets in, clusters and drafts out."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence


@dataclass(frozen=True)
class Ticket:
    """One ticket, whatever export it came from, before or after redaction.

    Attributes:
        ticket_id: the id in its own export (INC0012345, ITSM-42, 4123, INC-4123).
        subject: short description / summary / subject line.
        description: the opening message as plain text (HTML and wiki markup removed).
        comments: follow-up comments and work notes as plain text, oldest first.
        close_notes: the resolution note ('' when the export has none).
        caller: the caller / reporter / requester as exported ('' when absent).
        opened: when the ticket was opened (aware datetime, or None).
        resolved: when it was resolved (aware datetime, or None).
        category: category / subcategory / labels as exported (noisy).
        source: display path of the export file.
        row: data row (CSV, 1-based after the header) or record index (JSON, 1-based), as in
            the importer's diagnostics.
        person: a pseudonym of the caller (``p1``, ``p2`` ... in order of first appearance; the
            same caller, the same pseudonym), set when the caller is redacted, so that distinct
            people can still be counted; '' when the export names no caller.
        sender: a pseudonym of the caller's template (:func:`caller_template`), set with ``person``:
            a program that numbers its senders (one mailbox per host, one account per monitor) is
            one sender however many numbers it uses.
    """

    ticket_id: str
    subject: str = ""
    description: str = ""
    comments: tuple[str, ...] = ()
    close_notes: str = ""
    caller: str = ""
    opened: dt.datetime | None = None
    resolved: dt.datetime | None = None
    category: str = ""
    source: str = ""
    row: int = 0
    person: str = ""
    sender: str = ""


def caller_pseudonyms(tickets: Sequence[Ticket], key: Callable[[str], str] | None = None) -> list[str]:
    """Each ticket's caller as a pseudonym (:attr:`Ticket.person`): ``p1``, ``p2`` ... in order of
    first appearance, the same caller (case and spacing ignored) the same pseudonym, '' without
    a caller. ``key``: how callers are compared (:func:`caller_key` by default; :func:`caller_template`
    for :attr:`Ticket.sender`)."""
    people: dict[str, str] = {}
    out = []
    for ticket in tickets:
        name = (key or caller_key)(ticket.caller)
        out.append(people.setdefault(name, f"p{len(people) + 1}") if name else "")
    return out


# A run of digits in a caller: programs number the senders they mail from ("backup@db07.corp",
# "svc_monitor3", "ci-runner-12"), people's names and mailboxes carry no running number.
_CALLER_NUMBER = re.compile(r"\d+")


def caller_template(caller: str) -> str:
    """A caller with its numbers masked (``#``), case and spacing ignored: the senders a program
    numbers ("svc_monitor3", "svc_monitor7") are one sender ('' when none)."""
    return _CALLER_NUMBER.sub("#", caller_key(caller))


def caller_key(caller: str) -> str:
    """A caller as compared across tickets: case and spacing ignored ('' when none)."""
    return " ".join(caller.casefold().split())


@dataclass(frozen=True)
class TicketCluster:
    """A group of tickets that describe one recurring problem.

    Attributes:
        id: stable id of the cluster within a run (c001 ...), ordered by size.
        title: a proposed article title in the users' words.
        tickets: ids of member tickets.
        size: number of tickets.
        recent: tickets opened in the last 14 days of the export.
        spike: True when the recent share is far above what the period before suggests.
        median_hours_to_resolve: median time to resolve, when dates allow.
        terms: the words that characterise the cluster.
    """

    id: str
    title: str
    tickets: tuple[str, ...]
    size: int
    recent: int = 0
    spike: bool = False
    median_hours_to_resolve: float | None = None
    terms: tuple[str, ...] = field(default_factory=tuple)
