"""Triage: set aside tickets that are not a person's problem before anything is clustered.

Real exports hold records that describe no problem: placeholder subjects an agent typed to close
a call ("Resolved", "hang up", "duplicate", a bare name, "name"), tests, and mail that machines
sent to the desk (monitoring alerts, batch-job failures, printer and disk status messages). They
recur, so they form large clusters, and no article can help anyone with them.

Every rule here reads the *shape* of a subject, never a product name:

* placeholder: once personal-data placeholders, digits and punctuation are gone, only words that
  name no problem are left (ticket-lifecycle and call words such as "resolved", "closed",
  "duplicate", "hang up", "voicemail", "walk in", generic request words such as "question",
  "help", "issue", "misc", "general", and "name");
* test: the same, with at least one word that is "test" or "testing" (or one typing slip from
  them), "ignore" or "disregard";
* machine alert: a score of system shapes against human ones. System: full timestamps, batch-job
  names and return codes (``PAY_RUN_NIGHTLY``, ``RC=0012``, ``abended``), server-style names that
  mix letters and digits (``kspdb25``, ``prn-east-04``) and fully qualified host names, severity
  tags and labels (``[CRITICAL]``, ``PROBLEM:``, ``Status:``), percentages, status and metric
  words of monitoring (down, unreachable, threshold, utilization, heartbeat), a sender address, and
  a template that recurs across the export with only such tokens changing. Human: first-person
  words ("I", "my", "we") and the ways people ask for help ("can't", "unable", "need", "how").

A ticket with a description in a person's words is never set aside.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from .model import Ticket
from .titles import FORM_WORDS

KINDS = ("placeholder", "alert", "test")
"""Kinds of set-aside tickets, in report order."""

ALERT_SCORE = 3.0
"""Machine-shape score at which a subject is treated as machine-generated."""
TEMPLATE_REPEATS = 3
"""Distinct subjects a masked template needs before its recurrence counts as machine evidence."""

# Words that name no problem: ticket lifecycle, phone-call handling, generic request words,
# the word "name" (forms and agents type it when they know nothing else), and function words.
_EMPTY_WORDS = frozenset("""
resolved resolve resolving solved closed close closing closure cancel cancelled canceled duplicate duplicated
dup dupe dupl hang hung hangup hangups up dropped drop disconnected disconnect call calls called calling caller
callback back voicemail voice mail message messages left msg wrong number walk walkin in no subject see
below above notes note description desc na n a misc miscellaneous general generic inquiry enquiry query
question questions help issue issues problem problems request requests other others name names unknown none
nothing null blank empty ticket incident case followup follow fyi info information the a an of for from
to re fw fwd and or by on at with is was this it please pls
""".split())
_TEST_WORDS = frozenset({"test", "testing", "tested", "tests", "ignore", "disregard", "dummy", "sample",
                         "do", "not", "work", "action", "only", "again", "ticket", "this", "is", "a", "please",
                         "for", "from", "the"})
_TEST_CORE = ("test", "testing", "ignore", "disregard", "dummy")

_PLACEHOLDER = re.compile(r"\[[a-z][a-z-]{1,20}\]")
_CALL_PHRASE = re.compile(r"(?i)\b(?:(?:tele)?phone ?calls?|by (?:tele)?phone|on the (?:tele)?phone)\b")
_WORDS = re.compile(r"[^\W\d_]+")

# Human evidence: people write about themselves and ask for help.
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'm|im|i've|ive|my|me|mine|we|our|us)\b")
_HELP_WORDS = re.compile(r"(?i)\b(?:can'?t|cannot|unable|won'?t|doesn'?t|isn'?t|need|needs|how|why|help|"
                         r"trying|tried|getting|keeps)\b")
# System evidence.
_TIMESTAMP = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ T]+\d{1,2}:\d{2}|\b\d{1,2}:\d{2}:\d{2}\b")
_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_JOB_NAME = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")
_RETURN_CODE = re.compile(r"\b(?:RC|rc|return code|exit code|status code)\s*[=:]?\s*-?[A-Z]?\d+|"
                          r"(?i:\babend(?:ed)?\b|\babnormal(?:ly)?\b)")
_HOST_TOKEN = re.compile(r"(?<![\w.-])(?=[A-Za-z0-9._-]*[A-Za-z])(?=[A-Za-z0-9._-]*\d)"
                         r"[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*(?![\w-])")
_FQDN = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+){2,}\.[a-z]{2,}\b", re.I)
_ROOM_CUE = re.compile(r"(?i)\b(?:rm|room|ext|x|floor|fl|bldg|building|suite|bed|ward|unit|office|desk|"
                       r"windows|win|office|version|ver|v|model|release)\.?\s*$")
_TAG = re.compile(r"^\s*\[[A-Za-z]{3,10}\]|^\s*[A-Za-z][\w.-]*\d[\w.-]*\s*:\s|^\s*(?:ALERT|ALARM|PROBLEM|RECOVERY|CRITICAL|WARNING|WARN|ERROR|"
                  r"NOTIFICATION|STATUS)\b\s*[:!-]|\b(?:[Ss]tatus|[Ss]everity|[Aa]lert)\s*:")
_PERCENT = re.compile(r"\d\s?%")
_SEVERITY = re.compile(r"(?i)\b(?:alert|alarm|critical|warning|warn|failed|failure|fail|down|unreachable|timeout|"
                       r"timed out|threshold|exceeded|above|below|stopped|lost|missed|high|low|empty|"
                       r"nearly full|very low|end of life|required|due|not complete|did not complete)\b")
_METRIC = re.compile(r"(?i)\b(?:disk|space|cpu|memory|utili[sz]ation|usage|heartbeat|agent|service|job|batch|"
                     r"backup|task|ping|volume|toner|drum|tray|cartridge|supply|supplies|kit|queue|node)\b")
_SENDER = re.compile(r"(?i)\b(?:sent from|message from|notification from|alert from|generated by)\b|"
                     r"\[email\]|@[a-z0-9.-]+\.[a-z]{2,}")
# Shapes only systems write, with how much each says.
_SYSTEM_SHAPES = ((_TIMESTAMP, 2.0), (_JOB_NAME, 1.5), (_RETURN_CODE, 1.5), (_TAG, 1.0), (_PERCENT, 1.0),
                  (_SEVERITY, 1.0), (_SENDER, 1.0))
_SYSTEM_PLACEHOLDER = re.compile(r"\[(?:ip|host|email|mac)\]")
_MASK = re.compile(r"\[[a-z-]+\]|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|(?<![\w.-])(?=[\w.-]*[A-Za-z])(?=[\w.-]*\d)[\w.-]+"
                   r"|-?\d+(?:[.,:/-]\d+)*")


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


def _content_words(text: str) -> list[str]:
    """Lower-cased words of two letters or more; personal-data placeholders and the phrases of a
    call that was only a call ("phone call", "by phone") left out."""
    text = _CALL_PHRASE.sub(" ", _PLACEHOLDER.sub(" ", text))
    return [w.lower() for w in _WORDS.findall(text) if len(w) > 1]


def _is_test_word(word: str) -> bool:
    """"test"/"testing" and single typing slips of them ("tets", "tst", "tesst")."""
    if word in _TEST_CORE:
        return True
    return any(_one_edit(word, core) for core in ("test", "testing")) and len(word) >= 3


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` is one insertion, deletion, substitution or swap away from ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def empty_kind(subject: str) -> str | None:
    """``"test"`` or ``"placeholder"`` when a subject names no problem, else None. A form-generated
    subject whose only words are its title and field labels ("HELP REQUEST User Name: ... Phone:
    ...") names none either."""
    from .cluster import form_template

    template = form_template(subject, values=False)
    if template != subject and all(w in _EMPTY_WORDS or w in FORM_WORDS for w in _content_words(template)):
        return "placeholder"
    words = _content_words(subject)
    if any(_is_test_word(w) for w in words) and all(w in _TEST_WORDS or w in _EMPTY_WORDS or _is_test_word(w)
                                                    for w in words):
        return "test"
    if all(w in _EMPTY_WORDS for w in words):
        return "placeholder"
    return None


def template_of(subject: str) -> str:
    """A subject with its variable parts masked: placeholders, numbers and tokens that mix letters
    and digits become ``#``; what remains is the fixed text a machine or a form repeats."""
    return " ".join(_MASK.sub("#", subject).lower().split())


def machine_score(subject: str) -> float:
    """How much a subject looks machine-generated (see the module docstring); 0 for none."""
    score = sum(weight for pattern, weight in _SYSTEM_SHAPES if pattern.search(subject))
    if _DATE.search(subject) and not _TIMESTAMP.search(subject):
        score += 1
    if _server_names(subject) or _FQDN.search(subject) or "[ip]" in subject:
        score += 1
    if _METRIC.search(subject) and score >= 1:
        score += 0.5
    if _FIRST_PERSON.search(subject):
        score -= 3
    if _HELP_WORDS.search(subject) or "?" in subject:
        score -= 1.5
    return score


def _server_names(subject: str) -> list[str]:
    """Tokens shaped like system names (letters and digits mixed), except after a room or version cue."""
    found = []
    for match in _HOST_TOKEN.finditer(subject):
        if not _ROOM_CUE.search(subject[max(0, match.start() - 12):match.start()]):
            found.append(match.group(0))
    return found


def _recurring_templates(subjects: Sequence[str]) -> set[str]:
    """Templates with a masked token that recur: the same sentence sent again and again with
    another host, job, number or time. Counted in distinct subjects, or in tickets when redaction
    already replaced the varying system identifier (``[ip]``, ``[host]``, ``[email]``)."""
    variants: dict[str, set[str]] = defaultdict(set)
    tickets: dict[str, int] = defaultdict(int)
    for subject in subjects:
        template = template_of(subject)
        if "#" in template:
            variants[template].add(subject)
            tickets[template] += bool(_SYSTEM_PLACEHOLDER.search(subject))
    return {t for t, v in variants.items() if max(len(v), tickets[t]) >= TEMPLATE_REPEATS}


def _headline(ticket: Ticket) -> str:
    """The subject, or the first line of the description when the subject is empty."""
    if _WORDS.search(ticket.subject) or not ticket.description.strip():
        return ticket.subject
    return ticket.description.strip().split("\n", 1)[0][:200]


def _human_description(ticket: Ticket) -> bool:
    text = ticket.description.strip()
    return bool(text) and (bool(_FIRST_PERSON.search(text)) or len(_content_words(text)) >= 8)


def triage(tickets: Sequence[Ticket], keep_alerts: bool = False) -> Triage:
    """Set aside placeholders, tests and machine-generated mail.

    Args:
        tickets: cleaned, redacted tickets.
        keep_alerts: keep everything (``--keep-alerts``): triage is off.

    Returns:
        The tickets kept and the ids set aside by kind.
    """
    if keep_alerts:
        return Triage(tuple(tickets), {})
    headlines = [_headline(t) for t in tickets]
    recurring = _recurring_templates(headlines)
    kinds: dict[str, str] = {}
    for headline in set(headlines):
        kind = _subject_kind(headline, recurring)
        if kind:
            kinds[headline] = kind
    kept, aside = [], defaultdict(list)
    for ticket, headline in zip(tickets, headlines):
        kind = kinds.get(headline)
        if kind and not (_human_description(ticket) and kind != "alert") and not \
                (kind == "alert" and _FIRST_PERSON.search(ticket.description)):
            aside[kind].append(ticket.ticket_id)
        else:
            kept.append(ticket)
    return Triage(tuple(kept), {k: tuple(v) for k, v in aside.items()})


def _subject_kind(subject: str, recurring: set[str]) -> str | None:
    kind = empty_kind(subject)
    if kind:
        return kind
    score = machine_score(subject)
    if score >= 1 and template_of(subject) in recurring:
        score += 1
    return "alert" if score >= ALERT_SCORE else None


def describe(counts: dict[str, int]) -> str:
    """"285 placeholders, 412 machine alerts and status mail, 51 tests" for the report."""
    names = {"placeholder": ("placeholder", "placeholders"), "alert": ("machine alert or status mail",
                                                                       "machine alerts and status mail"),
             "test": ("test", "tests")}
    parts = [f"{counts[k]} {names[k][0] if counts[k] == 1 else names[k][1]}" for k in KINDS if counts.get(k)]
    return ", ".join(parts)
