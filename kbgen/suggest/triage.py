"""Triage: set aside tickets that are not a person's problem before anything is clustered.

Real exports hold records that describe no problem: placeholder subjects an agent typed to close
a call ("Resolved", "hang up", "duplicate", a bare name, "name"), tests, and mail that machines
sent to the desk (monitoring alerts, batch-job failures, printer and disk status messages). They
recur, so they form large clusters, and no article can help anyone with them.

Every rule reads the *shape* of a subject, never a product name: placeholders and tests by their
words and the export's statistics (``triage_words.py``), machine mail by a score of system shapes
against human ones (``triage_shapes.py``), with two statistics of the export read here: a template
that recurs with only system tokens changing, and a sentence only a program writes (its rarest word
used only in it, always filled in with system tokens).

A ticket with a description in a person's words is never set aside.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .model import Ticket, caller_template
from .triage_shapes import (AUTOMATED, FIRST_PERSON, MAIL_RECEIPT, MAIL_SYSTEM, PERSON_NAMED, PERSON_PLACEHOLDER,
                            SECRET_PLACEHOLDER, SYSTEM_PLACEHOLDER, asks_for_help, counted_slots, first_person, machine_score,
                            program_filling, reports_a_state, server_names, shape_beyond_words, template_of,
                            without_dates, without_labelled_codes)
from .shared import WORDS
from .triage_words import (EMPTY_WORDS, confined_words, content_words, empty_kind, fixed_formulas,
                           lifecycle_placeholder, states_nothing, telling_words)
from .workers import PARALLEL_MIN, map_distinct

KINDS = ("placeholder", "alert", "test")
"""Kinds of set-aside tickets, in report order."""

ALERT_SCORE = 3.0
"""Machine-shape score at which a subject is treated as machine-generated."""
TEMPLATE_REPEATS = 3
"""Distinct subjects a masked template needs before its recurrence counts as machine evidence."""
FILLED_TICKETS = 5
"""Fewest tickets of a template filled with system tokens before its statistics say anything."""
FILLED_CONFINED = 0.9
"""Share of the tickets of a template's rarest word that are the template filled with system
tokens, from which the template's text is only ever written by a program (see ``_filled_only``)."""
NAMED_PERSON = 1.0
"""What naming a person as the one a form was filled in by or for (``triage_shapes.PERSON_NAMED``)
says against a program: a form a person fills in to reserve, order or borrow something carries a
reference number, a date and a time as a program's report does, but a program reporting on
systems names systems. Weighed as a human shape, not a veto: a program's mail about a person's
account still shows enough system shapes beside it."""
FILLED_WEIGHT = 1.5
"""What a template a program fills in says, added to a subject that already shows a system shape."""
MANY_PEOPLE = 0.6
"""Share of a template's tickets that must come from different callers for it to be a form people
fill in (see ``_filled_by_people``)."""
SYSTEM_FILLINGS = 0.5
"""Share of a form's different fillings (its subjects once dates and times are taken out) that must
show a system's shape for the template to be a program's report after all (see ``_filled_by_people``):
a program reports on systems in most of what it sends, while one person among many who adds a
device's name or a state to a form's subject is the noise of people writing, not a program."""


@dataclass(frozen=True)
class Triage:
    """The outcome of triage.

    Attributes:
        kept: the tickets that describe a person's problem or request, in input order.
        set_aside: ticket ids set aside, by kind (``placeholder``, ``alert``, ``test``).
    """

    kept: tuple[Ticket, ...]
    set_aside: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Tickets set aside per kind (kinds with none left out)."""
        return {kind: len(self.set_aside[kind]) for kind in KINDS if self.set_aside.get(kind)}


def _parties(counts: Counter) -> dict[str, tuple[bool, bool]]:
    """Per distinct subject: whether it names a person (a person's placeholder, ``[name]``,
    ``[employee-id]``) and whether it names a system (a host, a model number, ``[ip]``, ``[host]``,
    ``[email]`` where redaction already replaced it). Read once per subject for both statistics
    (:func:`_recurring_templates`, :func:`_filled_only`)."""
    return {h: (bool(PERSON_PLACEHOLDER.search(h)), bool(SYSTEM_PLACEHOLDER.search(h) or server_names(h)))
            for h in counts}


def _recurring_templates(counts: Counter, parties: dict[str, tuple[bool, bool]]) -> set[str]:
    """Templates with a masked token that recur: the same sentence sent again and again with
    another host, job, number or time. Counted in distinct subjects, or in tickets when the subject
    names a system (see :func:`_parties`): people do not type one device's name in the same words
    again and again. A subject naming a person is left out: a form filled in with a person's name
    and a date recurs the same way, and it is a request. ``counts``: tickets per distinct subject."""
    variants: dict[str, set[str]] = defaultdict(set)
    tickets: dict[str, int] = defaultdict(int)
    for subject, count in counts.items():
        person, system = parties[subject]
        template = template_of(subject)
        if "#" in template and not person:
            variants[template].add(subject)
            tickets[template] += count * system
    return {t for t, v in variants.items() if max(len(v), tickets[t]) >= TEMPLATE_REPEATS}


def _filled_by_people(tickets: Sequence[Ticket], headlines: Sequence[str]) -> frozenset[str]:
    """Templates (``template_of``) that many different people send: a program sends its mail from its
    one address or account (or with no caller at all), while a form is filled in by whoever needs
    what it asks for (a loan, a booking, a swap), each ticket by another caller, with a reference, a
    date and a time as a program's report has them. A template of ``FILLED_TICKETS`` tickets or more,
    ``MANY_PEOPLE`` of them from different senders (:attr:`Ticket.sender`, or the caller's template
    as exported: a program numbering its mailboxes or accounts, "svc_monitor3", is one sender), is a
    request, never machine mail, unless most of its fillings (``SYSTEM_FILLINGS``: its different
    subjects once their dates and times are taken out) show a system's shape: a state
    (``triage_shapes.reports_a_state``: a status, failure or threshold word, a severity tag, a job, a
    return code, a path, a percentage), or any other shape a program writes (``machine_score``), a host's or a device's name among them. A code after a record or a
    place word ("ref QX7704512", "bay C12") is the form's reference, not a host, and is taken out
    first (``without_labelled_codes``). Without callers (an export of subjects only) the different
    fillings stand in for the different senders: a form's reference is new on every request, while a
    program reports again and again on the few systems it watches (the same subject once its dates
    and times are taken out); there a code new on every subject is taken for a form's reference
    (:func:`_references`) only when the template's tickets arrive at the hours people write
    (:class:`_PeopleHours`: in the export's busy hours, over several of them), and never in an export
    without a night.
    The limits: a machine's notice that states no condition and names no system and that many people
    forward to the desk themselves is kept as their request; a form whose reference stands without a
    record word before it ("Kiln slot KF40718823") is read as machine mail, and a success notice
    whose numbered sender the export names by something other than a number ("backup@db-east",
    "backup@db-west") and that names its system after a place word is kept."""
    people: dict[str, set[str]] = defaultdict(set)
    subjects: dict[str, set[str]] = defaultdict(set)
    fillings: dict[str, set[str]] = defaultdict(set)
    tickets_of: Counter = Counter()
    for ticket, headline in zip(tickets, headlines):
        template = template_of(headline)
        if "#" not in template:
            continue  # only a template with something filled in is a form's
        subjects[template].add(headline)
        fillings[template].add(without_dates(headline))
        tickets_of[template] += 1
        caller = ticket.sender or caller_template(ticket.caller)  # a person always has a sender
        if caller:
            people[template].add(caller)
    # an export of subjects only names no sender: then each ticket's own filling stands in for its
    # sender (a form's reference is new on every request; a program reports on the same few systems)
    named = any(t.sender or t.caller for t in tickets)
    senders = people if named else fillings
    forms = [t for t, n in tickets_of.items() if n >= FILLED_TICKETS and len(senders[t]) >= MANY_PEOPLE * n]
    # the shapes are read only for the few templates that reach the counts, each filling once. A code
    # new on every subject is a form's reference only where people are seen to send the template: many
    # callers, or, without callers (each distinct subject already counts as a sender, and a program's
    # notice with a new id each time would pass both tests at once), the hours people write at
    hours = _PeopleHours.of(tickets, headlines) if forms and not named else None
    return frozenset(t for t in forms if not _mostly_system_shaped(
        fillings[t], _references(subjects[t]) if named or hours.peoples(t) else frozenset()))


QUIET_OF_PEAK = 0.1
"""Most tickets of an hour of the day, as a share of the busiest hour's, for the hour to be quiet: the
desk's night, when people do not write (only programs do), not the thinner hours of a working day's
edges. Read from people's free text only (``_PeopleHours.export``): against the busiest hour alone, a
program's mail sent round the clock puts more than a tenth of that hour's tickets in each night hour
once it passes about a quarter of people's tickets, and the night is gone. The limit: a program whose
subject has nothing filled in (a fixed "backup completed") sent round the clock is counted as people's."""
QUIET_HOURS = 6
"""Fewest quiet hours for an export to have a night at all: a desk that writes round the clock, or from
several time zones, has none, and then the hours say nothing about who sends a template."""
DATED_TICKETS = 100
"""Fewest dated free-text tickets (subjects with nothing filled in) from which the export's quiet
hours are read."""
PEOPLE_QUIET = 0.15
"""Most share of a template's tickets opened in the export's quiet hours for people to send it: people
fill a form in during their working day (a few in a hundred of their tickets fall in the night), a
program reporting round the clock sends in the quiet hours as often as in any others (a quarter of its
mail or more, with ``QUIET_HOURS`` of 24)."""
ONE_HOUR = 0.5
"""Most share of a template's tickets opened in one hour of the day for people to send it: a program
run on a schedule sends at its one hour, people fill a form in at many."""
ONE_MINUTE = 0.6
"""Most share of a template's tickets opened within one three-minute span of the hour (its minute and
the ones either side, for mail queued a minute) for people to send it: a scheduler fires at the same
minute of each hour it runs, also through the working day (a job every hour from 8 to 17), while
people's minutes are spread (1 in 20 of their tickets in any such span). Read only for templates of
``SCHEDULED_TICKETS`` or more (five minutes drawn at random fall in one span often enough) and where
people's own tickets are spread over the minutes (``PEOPLE_MINUTE``): an export that keeps only the
hour puts every ticket at minute 0."""
SCHEDULED_TICKETS = 10
"""Fewest dated tickets of a template for ``ONE_MINUTE`` to be read."""
PEOPLE_MINUTE = 0.2
"""Most share of people's free-text tickets in one three-minute span for the export's minutes to be
read at all (see ``ONE_MINUTE``)."""


@dataclass(frozen=True)
class _PeopleHours:
    """When the tickets of an export without callers were opened, by hour of the day: the whole
    export's and each template's (``template_of``), to tell a form people fill in (at the hours the
    export's people write, spread over their day) from a program's notice (sent at any hour, or at its
    one scheduled hour). Only a ticket's own opening time is read, in the export's clock."""

    export: Counter
    """Hours of the tickets people typed: subjects whose template has nothing filled in (free text).
    A program fills in a level, a host, an id; were its mail counted, a program sending round the
    clock as much as a quarter of people's tickets would fill the night and leave no quiet hours."""
    by_template: dict[str, Counter]
    export_minutes: Counter
    """Minutes of the hour of people's free-text tickets (as ``export``)."""
    minutes: dict[str, Counter]
    """Per template, the minutes of the hour its tickets were opened at."""

    @classmethod
    def of(cls, tickets: Sequence[Ticket], headlines: Sequence[str]) -> "_PeopleHours":
        """The hours of ``tickets`` (their subjects ``headlines``); undated tickets are left out."""
        export: Counter = Counter()
        by_template: dict[str, Counter] = defaultdict(Counter)
        export_minutes: Counter = Counter()
        minutes: dict[str, Counter] = defaultdict(Counter)
        for ticket, headline in zip(tickets, headlines):
            if ticket.opened is not None:
                template = template_of(headline)
                by_template[template][ticket.opened.hour] += 1
                minutes[template][ticket.opened.minute] += 1
                if "#" not in template:
                    export[ticket.opened.hour] += 1
                    export_minutes[ticket.opened.minute] += 1
        return cls(export, by_template, export_minutes, minutes)

    @functools.cached_property
    def _minutes_spread(self) -> bool:
        """Whether people's free-text tickets are spread over the minutes of the hour (``PEOPLE_MINUTE``):
        the export's, read once, not once a template."""
        return _densest_span(self.export_minutes) <= PEOPLE_MINUTE * sum(self.export_minutes.values())

    @functools.cached_property
    def _quiet(self) -> frozenset[int]:
        """The export's quiet hours (:func:`_quiet_hours` of people's free text), read once."""
        return _quiet_hours(self.export)

    def scheduled(self, template: str) -> bool:
        """True when the template's tickets (``SCHEDULED_TICKETS`` or more) crowd into one
        three-minute span of the hour (``ONE_MINUTE``) in an export whose people's minutes are spread
        (``PEOPLE_MINUTE``): a scheduler's, whatever hours it runs at."""
        own = self.minutes.get(template, Counter())
        total = sum(own.values())
        if total < SCHEDULED_TICKETS or not self.export_minutes:
            return False
        return self._minutes_spread and _densest_span(own) > ONE_MINUTE * total

    def peoples(self, template: str) -> bool:
        """True when the template's dated tickets (``FILLED_TICKETS`` or more) were opened in the
        export's busy hours as people write (``PEOPLE_QUIET``), spread over several (``ONE_HOUR``) and
        over the minutes of the hour (not ``scheduled``):
        the quiet hours are read from people's free text (:func:`_quiet_hours`), never from a template
        with something filled in, so no program's mail, the template's own or another's, makes its
        hours busy."""
        own = self.by_template.get(template, Counter())
        total = sum(own.values())
        if total < FILLED_TICKETS or max(own.values()) > ONE_HOUR * total or self.scheduled(template):
            return False
        quiet = self._quiet  # free text only: a template's own tickets are not in it
        return bool(quiet) and sum(own[h] for h in quiet) <= PEOPLE_QUIET * total


def _densest_span(minutes: Counter) -> int:
    """Most tickets in three neighbouring minutes of the hour (59, 0 and 1 are neighbours)."""
    return max(minutes[(m - 1) % 60] + minutes[m] + minutes[(m + 1) % 60] for m in range(60))


def _quiet_hours(hours: Counter) -> frozenset[int]:
    """The export's night: the hours of the day with at most ``QUIET_OF_PEAK`` of the busiest hour's
    tickets; none when fewer than ``QUIET_HOURS`` hours are quiet or fewer than ``DATED_TICKETS``
    tickets are dated."""
    if sum(hours.values()) < DATED_TICKETS:
        return frozenset()
    peak = max(hours.values())
    quiet = frozenset(h for h in range(24) if hours[h] <= QUIET_OF_PEAK * peak)
    return quiet if len(quiet) >= QUIET_HOURS else frozenset()


def _references(subjects: set[str]) -> frozenset[str]:
    """The codes (words with a digit) that only one of a template's different subjects carries: a
    form's reference, new on every request ("PB-40213"), whatever word stands before it. A program
    reports again and again on the few systems it watches, so a host's or a device's name recurs
    across its subjects and is not taken for a reference; a count or a room number that recurs is
    no system's shape either way."""
    uses: Counter = Counter(code for subject in subjects for code in set(_codes(subject)))
    return frozenset(code for code, n in uses.items() if n == 1)


_TOKEN = re.compile(r"[\w.-]+")
"""A run of name characters: a code, a host's name or a word (one quantifier: linear on any text)."""


def _codes(subject: str) -> list[str]:
    """The runs of name characters of a subject that hold a digit (see ``_TOKEN``)."""
    return [token for token in _TOKEN.findall(subject) if any(c.isdigit() for c in token)]


def forms_filled_by_people(tickets: Sequence[Ticket]) -> Callable[[Ticket], bool]:
    """Whether a ticket is one of a form many people fill in (:func:`_filled_by_people`, read over
    ``tickets``): the report's order weighs such clusters down (``ranking.FORM_WEIGHT``)."""
    forms = _filled_by_people(tickets, [_headline(t) for t in tickets])
    return lambda ticket: template_of(_headline(ticket)) in forms


def _mostly_system_shaped(fillings: set[str], references: frozenset[str] = frozenset()) -> bool:
    """True when ``SYSTEM_FILLINGS`` of a template's fillings (its subjects without dates and times)
    are system-shaped (:func:`_system_shaped`, its ``references`` taken out: :func:`_references`); the
    fillings are read in a fixed order and the count stops as soon as the answer is known."""
    needed = SYSTEM_FILLINGS * len(fillings)
    shaped = 0
    for left, filling in enumerate(sorted(fillings), 1):
        shaped += _system_shaped(filling, references)
        if shaped >= needed or shaped + len(fillings) - left < needed:
            break
    return shaped >= needed


def _system_shaped(subject: str, references: frozenset[str] = frozenset()) -> bool:
    """True when a form's subject (its dates taken out) states a system's condition or shows another
    shape a program writes once the codes after a record or a place word and its ``references`` (codes
    no other subject of its template carries) are taken out, or carries a secret's placeholder
    (``SECRET_PLACEHOLDER``: a person filling in a form writes no secret in its subject; a system's
    token redaction took for one stands there)."""
    if reports_a_state(subject) or SECRET_PLACEHOLDER.search(subject):
        return True
    if references:
        subject = _TOKEN.sub(lambda m: " " if m.group(0) in references else m.group(0), subject)
    return machine_score(without_labelled_codes(subject)) >= 1


# A masked token with what is glued to it ("ops-#", "#.corp"): one system's name, masked whole.
# It starts where a run of name characters starts, or at the "#" itself (tried inside a long run
# without a "#", it was quadratic).
_GLUED_SLOT = re.compile(r"(?:(?<![\w.-])|(?=#))[\w.-]*#[\w.-]*")


_VERBATIM = "\x00verbatim"
"""Marks the core of a sentence sent word for word, with nothing filled in (see ``_filled_only``)."""


def _filled_only(counts: Counter, parties: dict[str, tuple[bool, bool]]) -> dict[str, tuple[int, bool, int]]:
    """Subjects of a template that only a program writes: its text is always filled in with system
    tokens (a host, a number, a model, a job), never written bare. People sometimes add a room or an
    id to a problem and often do not, and a label they add ("EMP# ...", "Room 12 -") goes with many
    problems; a program writes its one sentence with every token filled in. Read from the export:
    the template's telling words once its tokens are masked; its rarest word must be used
    (``FILLED_CONFINED``) only in this template filled with system tokens, by ``FILLED_TICKETS``
    tickets or more, with at least ``TEMPLATE_REPEATS`` different fillings (or tickets naming a
    system, as redaction makes every host the same ``[host]``). A sentence with nothing to fill in
    counts as well when it is sent word for word by ``FILLED_TICKETS`` tickets, speaks of nobody and
    asks nothing, and its rarest word is used in it only ("Your weekly report is ready"): a person
    who has a problem again words it again. A subject naming a person is no program's report on a
    system: a form filled in with a person's name and a date is a request. Returned: each such
    subject, how many different fillings its template was sent with, whether it is a sentence
    sent word for word (which counts only beside a shape that is not words alone, see
    ``_subject_kind``), and its counted slots (``triage_shapes.counted_slots``). ``counts``: tickets
    per distinct subject; ``parties``: :func:`_parties` of them."""
    core_of: dict[str, frozenset[str]] = {}
    uses: Counter = Counter()
    tickets: Counter = Counter()
    fillings: dict[frozenset[str], set[str]] = defaultdict(set)
    naming: Counter = Counter()
    bare: set[frozenset[str]] = set()
    slots: dict[str, int] = {}
    for headline, count in counts.items():
        person, system = parties[headline]
        template = template_of(PERSON_PLACEHOLDER.sub(" ", headline) if person else headline)
        words = telling_words(_GLUED_SLOT.sub(" ", template))
        uses.update({word: count for word in words})
        if "#" not in template:
            bare.add(words)
        slots[headline] = counted_slots(headline) if "#" in template else 0
        labelled = "#" in template and not slots[headline]  # only a room, a desk, an order
        if words and not person and not labelled and ("#" in template or states_nothing(headline)):
            # a sentence sent word for word is its own core: a bare subject of a template filled
            # in elsewhere is a person writing a problem without the label they sometimes add
            words = words if "#" in template else words | {_VERBATIM}
            core_of[headline] = words
            tickets[words] += count
            fillings[words].add(headline)
            naming[words] += count * system
    by_word: dict[str, list[frozenset[str]]] = defaultdict(list)
    for core in tickets:
        for word in core:
            by_word[word].append(core)
    filled = set()
    for core, n in tickets.items():
        sent_as_is = _VERBATIM in core or len(fillings[core]) == 1  # only redaction's placeholders vary, if anything
        if n < FILLED_TICKETS or not sent_as_is and max(len(fillings[core]), naming[core]) < TEMPLATE_REPEATS:
            continue
        rarest = min(core - {_VERBATIM}, key=lambda w: (uses[w], w))
        # the template with more fixed words around its tokens ("<maker> <model> - ...") is the template too
        inside = sum(tickets[other] for other in by_word[rarest]
                     if core <= other and (_VERBATIM in core or _VERBATIM not in other))  # the bare sentence is outside
        if inside >= FILLED_CONFINED * uses[rarest]:
            filled.add(core)
    return {h: (len(fillings[core]), _VERBATIM in core, slots[h]) for h, core in core_of.items()
            if core in filled and (_VERBATIM in core or not _written_bare(core, bare))}


def _written_bare(core: frozenset[str], bare: set[frozenset[str]]) -> bool:
    """True when the export also holds the template's sentence with nothing filled in, or lacking one
    of its words (the label a person sometimes adds, "rm"): a person's problem, however its label's
    word is confined to it."""
    return core in bare or any(core - {word} in bare for word in core if len(core) > 1)


def _headline(ticket: Ticket) -> str:
    """The subject, or the first line of the description when the subject is empty."""
    if WORDS.search(ticket.subject) or not ticket.description.strip():
        return ticket.subject
    return ticket.description.strip().split("\n", 1)[0][:200]


def _human_description(ticket: Ticket) -> bool:
    """True when the description says something: the writer speaks of themself, or three words or
    more name more than a call or a closure (a placeholder subject over a real request is kept)."""
    text = ticket.description.strip()
    if not text:
        return False
    return bool(FIRST_PERSON.search(text)) or sum(w not in EMPTY_WORDS for w in content_words(text)) >= 3


_GREETING = re.compile(r"(?i)^\W*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning)\b")


# What an automatic reply says in its body: that its writer is away and until when ("I am out of
# the office until Monday", "on annual leave", "limited access to email", "will reply on my return").
# Such a body is first person too, so it is the one first-person text that is still machine mail.
_ABSENCE = re.compile(r"(?i)\b(?:out of (?:the )?office|away from (?:the office|my desk)|on (?:annual |parental |sick )?"
                      r"leave|on holiday|on vacation|limited access to (?:e-?mail|my e-?mail)|(?:will|shall) (?:be back|"
                      r"return|respond|reply)|(?:on|upon|after) my return|back in the office|returning on|"
                      r"(?:away|out|off|unavailable|travel+ing) (?:until|till|from|between)|not in the office|"
                      r"(?:i am|i'm) (?:currently )?(?:away|out|off|travel+ing|unavailable))\b")


def _request_under_mail_label(ticket: Ticket) -> bool:
    """True when a subject a mail program labelled (an automatic reply's or an absence notice's label) carries a
    person's request in its description: someone wrote to the desk and the label is their client's
    (a reply to the desk's own mail, a message forwarded from an absent colleague's mailbox). The
    body of a real automatic reply says its writer is away, or that it was sent automatically; a
    bounce or a calendar notice under such a label is machine text (:func:`_person_writes`)."""
    text = ticket.description.strip()
    return _person_writes(text) and not _ABSENCE.search(text) and not AUTOMATED.search(text)


def _person_writes(description: str) -> bool:
    """True when a description under a machine-like subject is a person's message: the writer speaks
    of themself, greets the desk, or writes eight words or more that look like no machine mail."""
    text = description.strip()
    if not text:
        return False
    if FIRST_PERSON.search(text) or _GREETING.match(text):
        return True
    return len(content_words(text)) >= 8 and machine_score(text[:300]) < ALERT_SCORE


def triage(tickets: Sequence[Ticket], keep_alerts: bool = False,
           kb_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> Triage:
    """Set aside placeholders, tests and machine-generated mail.

    Args:
        tickets: cleaned, redacted tickets.
        keep_alerts: keep everything (``--keep-alerts``): triage is off.
        kb_words: the stemmed words of the published articles' titles, and of the articles
            anywhere (see ``fixed_formulas``).

    Returns:
        The tickets kept and the ids set aside by kind.
    """
    if keep_alerts:
        return Triage(tuple(tickets), {})
    headlines = [_headline(t) for t in tickets]
    counts = Counter(headlines)
    parties = _parties(counts)
    recurring = _recurring_templates(counts, parties)
    filled = _filled_only(counts, parties)
    confined = confined_words(headlines)
    formulas = fixed_formulas(headlines, *kb_words)
    people = _filled_by_people(tickets, headlines)
    kinds = dict(zip(headlines, map_distinct(_kinds_slice, headlines, PARALLEL_KINDS,
                                             context=(recurring, confined, filled, people))))
    kept, aside = [], defaultdict(list)
    for ticket, headline in zip(tickets, headlines):
        kind = kinds[headline] or ("placeholder" if headline in formulas else None) or _receipt_kind(headline, ticket)
        if kind and not _kept_despite(kind, headline, ticket):
            aside[kind].append(ticket.ticket_id)
        else:
            kept.append(ticket)
    return Triage(tuple(kept), {k: tuple(v) for k, v in aside.items()})


def _receipt_kind(headline: str, ticket: Ticket) -> str | None:
    """"alert" for a read receipt or a recall notice: a subject under such a label (``MAIL_RECEIPT``)
    that asks nothing, over a body that is a mail client's text, not a person's message. Under the
    label alone a subject is kept: people head their own request with these words."""
    label = MAIL_RECEIPT.match(headline)
    if not label or first_person(headline) or asks_for_help(headline) or "?" in headline:
        return None
    text = ticket.description.strip()
    return "alert" if text and not _person_writes(text) else None


def _kept_despite(kind: str, headline: str, ticket: Ticket) -> bool:
    """True when a ticket whose subject is a non-problem of ``kind`` is kept for its description."""
    if kind != "alert":
        return _human_description(ticket)
    if MAIL_SYSTEM.search(headline):
        return _request_under_mail_label(ticket)
    return _person_writes(ticket.description)


PARALLEL_KINDS = PARALLEL_MIN
"""Distinct subjects from which their kinds are judged by forked workers (each subject on its own)."""


def _kinds_slice(headlines: Sequence[str], start: int, end: int,
                 context: tuple[set[str], frozenset[str], dict[str, tuple[int, bool, int]], frozenset[str]]) -> list:
    """The kind of each of some distinct subjects (see ``_subject_kind``); a subject of a template
    many people fill in (``_filled_by_people``) is no machine mail, whatever its shapes."""
    recurring, confined, filled, people = context
    kinds = []
    for headline in headlines[start:end]:
        kind = _subject_kind(headline, recurring, confined, *filled.get(headline, (0, False, 0)))
        by_people = kind == "alert" and not MAIL_SYSTEM.search(headline) and template_of(headline) in people
        kinds.append(None if by_people else kind)
    return kinds


def _subject_kind(subject: str, recurring: set[str], confined: frozenset[str] = frozenset(),
                  filled: int = 0, verbatim: bool = False, slots: int = 0) -> str | None:
    """The kind of non-problem a subject is, or None (``filled``: the different fillings its
    template was sent with when only a program writes it, see ``_filled_only``, 0 otherwise;
    ``verbatim``: it is such a sentence sent word for word; ``slots``: its counted slots)."""
    kind = empty_kind(subject)
    if kind:
        return kind
    if MAIL_SYSTEM.search(subject):
        return "alert"
    if lifecycle_placeholder(subject, confined):
        return "placeholder"
    score = machine_score(subject)
    if PERSON_NAMED.search(subject):
        score -= NAMED_PERSON  # a form filled in by or for a person (see NAMED_PERSON)
    if score >= 1 and filled and program_filling(slots, filled):
        score += 1  # a program's sentence filled in at several places or counting (see FILLED_SLOTS)
    if score >= 1 and template_of(subject) in recurring:
        score += 1
    if score >= 1 and filled and (not verbatim or shape_beyond_words(subject)):
        score += FILLED_WEIGHT
    return "alert" if score >= ALERT_SCORE else None


def describe(counts: dict[str, int]) -> str:
    """"285 placeholders, 412 machine alerts and status mail, 51 tests" for the report."""
    names = {"placeholder": ("placeholder", "placeholders"), "alert": ("machine alert or status mail",
                                                                       "machine alerts and status mail"),
             "test": ("test", "tests")}
    parts = [f"{counts[k]} {names[k][0] if counts[k] == 1 else names[k][1]}" for k in KINDS if counts.get(k)]
    return ", ".join(parts)
