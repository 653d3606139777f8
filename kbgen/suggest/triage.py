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
  them), "ignore" or "disregard"; or a short subject that opens or ends with a test word and states
  no problem ("UAT test", "Test of new queue routing");
* placeholder by the export's own statistics: a short subject built on a lifecycle or call word
  whose other words the export uses almost only in such subjects ("closed as per owner");
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

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from .model import Ticket
from .shared import PLACEHOLDER, stem
from .titles import FORM_WORDS, STOP
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
FILLED_WEIGHT = 1.5
"""What a template a program fills in says, added to a subject that already shows a system shape."""
FILLED_SLOTS = 2
"""Values (numbers, codes, system names) a template only a program writes is filled with, from which
the filling adds to a system shape the subject already shows: a report gives several readings at
once ("<n> of <n> checks failed"). A number after a place or an order word (a room, a desk, an
order) is a label people add and is never counted (see ``_LABEL_CUE``)."""
FILLED_COUNTS = 5
"""Different fillings from which a template only a program writes adds to a system shape the
subject already shows: a program measures and sends its sentence with another reading each time
("queue depth <n> above limit"). People write one sentence with many numbers too (a room, a desk,
an order number), so the count never shows a system shape by itself, and numbers after a place or
an order word are not counted."""

# Words that name no problem: ticket lifecycle, phone-call handling, generic request words,
# the word "name" (forms and agents type it when they know nothing else), and function words.
_EMPTY_WORDS = frozenset("""
resolved resolve resolving solved closed close closing closure cancel cancelled canceled duplicate duplicated
dup dupe dupl hang hung hangup hangups up dropped drop disconnected disconnect call calls called calling caller
callback back voicemail voice mail message messages left msg wrong number walk walkin in no subject see
below above notes note description desc na n a misc miscellaneous general generic inquiry enquiry query
question questions help issue issues problem problems request requests other others name names unknown none
nothing null blank empty ticket incident case followup follow fyi info information the a an of for from
to re fw fwd and or by per via on at with is was this it please pls silent cut off chat chats session transcript
rang phoned emailed opened
user users fixed sorted vm misdial misdialled misdialed answer attn fao behalf before speaking given
provided details wip as
""".split())
"""(The last two lines: the person a ticket is about, "user" as "caller"; "fixed" and "sorted" as
"resolved"; "vm" for voicemail, "misdial"; "attn", "fao", "on behalf of" as "for"; what a call
gave, "no details given"; "wip" as "fyi". Not "line": "telephone has no line" is a problem.)"""
_TEST_WORDS = frozenset({"test", "testing", "tested", "tests", "ignore", "disregard", "dummy", "sample",
                         "do", "not", "work", "action", "only", "again", "ticket", "this", "is", "a", "please",
                         "for", "from", "the", "check", "run", "call", "delete", "me"})
_TEST_CORE = ("test", "testing", "ignore", "disregard", "dummy")
# Words a desk labels a rehearsal with ("demo ticket", "training call", "trial run", "QA check"):
# a test only when every other word names nothing either, and never alone: "demo laptop for a client"
# and a bare "training" or "UAT" (a request for it, or a system's name) are requests.
_TEST_WEAK = frozenset({"demo", "trial", "training", "qa", "uat", "practice", "rehearsal"})
# Words that say how a call or ticket went rather than what the problem is: its lifecycle, the
# handling of a call, and what an agent types when nothing else is known. A short subject built on
# one of them, whose other words the export uses almost only in such subjects, is a placeholder
# however it is phrased ("Closed per caller", "abandoned call": see ``_confined_words``).
_LIFECYCLE = frozenset("""
resolved resolve resolving solved closed close closing closure cancel cancelled canceled duplicate duplicated
dup dupe dupl hang hung hangup hangups dropped drop disconnected disconnect call calls called calling caller
callback voicemail message messages msg walk walkin na fyi followup silent chat chats session transcript
rang phoned emailed opened see below above notes note desc subject
answered spoke spoken advised advice explained informed done raised
transferred transfer passed escalated reassigned forwarded routed chased chasing logged
""".split())
"""(The last two lines: what the agent did on the call, "answered", "spoke with user", "advice given",
"callback done", "raised by mistake", "passed to team", "chased", "logged for stats": a report of
handling, not of a problem. Not "update": a list, a system or a record is updated too.)"""
PLACEHOLDER_WORDS = 4
"""Most content words of a short subject that names no problem (what agents type to close a call)."""
CONFINED = 0.6
"""Share of a word's tickets whose subject is a short lifecycle subject, from which the word is
only part of such subjects ("existing" in "duplicate of existing ticket") and names no topic."""
# A problem stated: a negation or a failure word ("test page will not print" is a real problem);
# "do not process" and the like are instructions to the desk, not problems.
_PROBLEM = re.compile(r"(?i)\b(?:not|no|never|won'?t|can'?t|cannot|unable|doesn'?t|isn'?t|fail\w*|error\w*|"
                      r"broken|down|stuck|slow|wrong|missing)\b")
_INSTRUCTION = re.compile(r"(?i)\bdo[ -]not \w+|\bno action\b")

FIXED_REPEATS = 5
"""Fewest tickets of one fixed phrase before its confinement says anything (a phrase one or two
people typed is a one-off, whatever its words)."""
FIXED_CONFINED = 0.8
"""Share of each of a phrase's words' tickets that must say nothing beyond the phrase's own words
for the phrase to be a fixed formula of the desk."""
FIXED_WORDS = 3
"""Most telling words of a fixed formula (what agents type to close or file a call is short)."""
# Words that tell nothing about what a subject is about: the ways a failure or a negation is said
# (``_FAILURE``) and the ways a request is said ("required", "please"). A formula built on them ("logged
# in error", "no further action required") is still a formula; a topic's subject has a word of its own.
_FAILURE = re.compile(r"(?:not|no|never|none|won'?t|can'?t|cannot|unable|fail\w*|error\w*|broken?|down|stuck|"
                      r"wrong|missing|fault\w*|dead|slow|offline|crash\w*|frozen|freez\w*)")
# The failure words that are a thing's own state or symptom ("PC very slow", "handset faulty",
# "scanner dead"): a fixed phrase built on one names a device or a service failing in one way, a
# topic people write the same way, when the KB knows the thing (see ``_fixed_formulas``).
_SYMPTOM = re.compile(r"(?:slow\w*|fault\w*|dead|broken?|offline|crash\w*|frozen|freez\w*|stuck|down|flicker\w*|"
                      r"noisy|overheat\w*|jamm?\w*)")
_GENERIC = re.compile(_FAILURE.pattern[:-1] + r"|require[ds]?|required|needed|please|pls|asap|urgent|thanks)")

_CALL_PHRASE = re.compile(r"(?i)\b(?:(?:tele)?phone ?(?:calls?|message|msg)|by (?:tele)?phone|on the (?:tele)?phone)\b"
                          # a subject that points to where the matter is ("see email thread", "per
                          # conversation", "as per phone call", "as discussed", "email sent")
                          r"|\b(?:see|per|as per|refer to|further to|following)(?: (?:the|my|your|our|an?))?"
                          r" (?:e-?mail|mail|thread|conversation|discussion|call|chat|message|voicemail|notes?|"
                          r"attached|attachment)s?(?: thread)?\b|\bas (?:discussed|agreed|requested)\b"
                          r"|\b(?:e-?mail|message|msg) sent\b|\bsent (?:an? )?(?:e-?mail|message|msg)\b"
                          r"|\bwalk[ -]?(?:up|in)s?(?: (?:desk|enquiry|visit))?\b"
                          # a closure code typed as the subject: "no fault found", "nothing detected"
                          r"|\b(?:no (?:fault|problem|issue|error)s?|nothing) (?:found|detected|reported)\b")
# A ticket opened by mistake ("raised in error", "opened by mistake"): an idiom, not a failure, in a
# subject built on a lifecycle word (see ``_handling_words``).
_MISTAKE = re.compile(r"(?i)\b(?:in error|by mistake|in mistake|by accident)\b")
_WORDS = re.compile(r"[^\W\d_]+")

# Human evidence: people write about themselves and ask for help.
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'm|im|i've|ive|my|me|mine|we|our|us)\b")
# Acronyms spelled like first-person words ("IM", "US", "ME") in a line not written in capitals.
_CAPS_PRONOUN = re.compile(r"\b(?:IM|IVE|ME|MY|MINE|WE|OUR|US)\b")
_HELP_WORDS = re.compile(r"(?i)\b(?:can'?t|cannot|unable|won'?t|doesn'?t|isn'?t|need|needs|how|why|help|"
                         r"trying|tried|getting|keeps|not working|stopped working|broken|issues?|problems?|"
                         r"forgot|forgotten|locked out|password reset|reset password|again|still|anymore)\b"
                         r"(?![ \t]*:)")
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
# A place or an order before a number: the label people add to their own request ("room 1.20",
# "desk 4.2", "meeting room B2", "order 4410", "PO 77"), never a reading a program fills in.
_LABEL_CUE = re.compile(r"(?i)\b(?:rm|room|floor|fl|level|lvl|bldg|building|site|suite|wing|bay|desk|seat|office|"
                        r"ward|bed|unit|lab|order|po|invoice|quote|req|request|ref|ticket|case|asset)"
                        r"\.?[ \t]*(?:no\.?|nr\.?|number|#)?[ \t]*$")
# A label opening the line: "[CRITICAL]", a device or model before a colon ("prn-04:", "Kyocera
# TASKalfa 3554ci:"), a status word in capitals, decorated as programs do ("** PROBLEM **").
_TAG = re.compile(r"^\s*\[[A-Za-z]{3,10}\]|^\s*[A-Za-z][\w.-]*\d[\w.-]*\s*:\s|"
                  r"^\s*[A-Z][\w-]*[ \t]+(?:[\w-]+[ \t]+){1,2}(?=[\w.-]*\d)[\w.-]+\s*:\s|"
                  r"^[\s*#=>!-]*(?:ALERT|ALARM|PROBLEM|RECOVERY|CRITICAL|WARNING|WARN|ERROR|"
                  r"NOTIFICATION|STATUS)\b\s*[:!*-]|\b(?:[Ss]tatus|[Ss]everity|[Aa]lert|[Rr]eports)\s*:")
_PERCENT = re.compile(r"\d\s?%")
_SEVERITY = re.compile(r"(?i)\b(?:alert|alarm|critical|warning|warn|failed|failure|fail|down|unreachable|timeout|"
                       r"timed out|threshold|exceeded|above|below|stopped|lost|loss|missed|missing|high|low|empty|"
                       r"nearly full|very low|end of life|required|due|not complete|did not complete|errors|"
                       r"warnings|expir(?:y|es|ed|ing)|(?:door|cover|lid|panel) open|offline|flapping)\b")
_METRIC = re.compile(r"(?i)\b(?:disk|space|cpu|memory|utili[sz]ation|usage|heartbeat|agent|service|job|batch|"
                     r"backup|task|ping|volume|toner|drum|tray|cartridge|supply|supplies|kit|queue|node|sensor|"
                     r"report|certificate|port|interface|replication|status|battery|drawer|meter|counter|"
                     r"readings?)\b")
_SENDER = re.compile(r"(?i)\b(?:sent from|message from|notification from|alert from|generated by)\b|"
                     r"\[email\]|@[a-z0-9.-]+\.[a-z]{2,}")
# Mail that says it was sent by a program: "This is an automatically generated email", "do not reply",
# "Auto-notification:", "[Auto]", "automated message", a no-reply sender.
_AUTOMATED = re.compile(r"(?i)\bautomatic(?:ally)?[ -]generated\b|\bauto(?:mated|matic)?[ -]?(?:notification|notice|"
                        r"message|alert|email|e-mail|mail|report)s?\b|\bdo[ -]not[ -]reply\b|\bno[-_. ]?reply\b|"
                        r"\[auto\]|\bthis is an? (?:automated|automatic|system)\b")
# The labels mail programs put before a subject they write themselves, as RE: and FW: are put before
# a person's: a bounce ("Undeliverable:", "Mail delivery failed", "Delivery Status Notification"),
# an automatic or out-of-office reply, a calendar response ("Accepted:", "Declined:"). Mail clients
# write them in the recipient's language; these are their English forms.
_MAIL_SYSTEM = re.compile(r"(?i)^\W*(?:undeliverable|undelivered mail|returned mail|mail delivery (?:failed|failure|"
                          r"subsystem)|delivery (?:status notification|failure|has failed|delayed)|non-delivery report|"
                          r"automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|ooo|accepted|"
                          r"declined|tentative|tentatively accepted|new time proposed|cancell?ed(?: event| meeting)?)"
                          r"\s*:|^\W*(?:delivery status notification|mail delivery failed)\b")
# The labels of a read receipt or a recall of a message sent ("Read:", "Not read:", "Recall:"). People
# write these words as the heading of their own request too ("Recall: sent to the wrong list"), so a
# subject under them is a client's only when what follows is no request (see ``_receipt_label``).
_MAIL_RECEIPT = re.compile(r"(?i)^\W*(?:read|not read|recall)[ \t]*:[ \t]*")
# A device named after "from" (a model or serial with digits): mail sent by the device itself.
_FROM_DEVICE = re.compile(r"(?i:\bfrom (?:[a-z][\w-]* ){0,3}(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{3,}\b)"
                          r"|\b(?i:from) (?:[A-Z][\w-]* ){1,3}\d[\w-]*")
# How long a state has lasted: monitoring writes "for 30 min", "for 24 hours".
_DURATION = re.compile(r"(?i)\bfor (?:\d+|[a-z]+) ?(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?)\b")
# A file-system path of a program or script ("/opt/jobs/rotate.sh", "/var/spool/x"): a scheduler
# names the command it ran. A person names a shared folder (written "\\server\share" or "S:\..."),
# not a path under the system root, so only a rooted path of two parts or more counts.
_PATH = re.compile(r"(?<![\w.:/])/(?:[\w.-]+/)+[\w.-]+")
# A program addresses the one who receives its mail ("Your report is ready", "You have 3 new
# messages"); a person writing to the desk speaks of themselves (scored against, see machine_score).
_ADDRESSED = re.compile(r"(?i)^\W*(?:your|you have|you've|you are|you're)\b")
# Shapes only systems write, with how much each says. Addressing the reader weighs at most 1.0: people
# write "Your <app> ..." too when they report a system's message or forward a notice.
_SYSTEM_SHAPES = ((_TIMESTAMP, 2.0), (_JOB_NAME, 1.5), (_RETURN_CODE, 1.5), (_TAG, 1.0), (_PERCENT, 1.0),
                  (_SEVERITY, 1.0), (_SENDER, 1.0), (_AUTOMATED, 2.0), (_FROM_DEVICE, 1.0), (_DURATION, 1.0),
                  (_PATH, 1.5), (_ADDRESSED, 1.0))
# Shapes made of words alone (a form of address, a status or sender word, a program's statement about
# itself): a person can write them, so they never confirm a sentence sent word for word by themselves.
_WORD_SHAPES = (_ADDRESSED, _SEVERITY, _SENDER, _AUTOMATED)
_DIGIT = re.compile(r"\d")
# Where redaction replaced a system's address, or a part of a system's name glued to its prefix
# ("dc-[username]": people's names are not written glued to a prefix by a hyphen or a dot).
_SYSTEM_PLACEHOLDER = re.compile(r"\[(?:ip|host|email|mac)\]|[A-Za-z0-9][.-]\[[a-z-]+\]")
_REDACTED_SYSTEM = re.compile(r"\[host\]|[A-Za-z0-9][.-]\[[a-z-]+\]")
# Identifiers people hardly ever type in a subject: network and hardware addresses, and device
# serials (a run of capitals and digits, eight or more, mixing both).
_ADDRESS_SHAPE = re.compile(r"\[(?:ip|mac)\]|(?<![\w-])(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d[A-Z0-9]*\d)"
                            r"[A-Z0-9]{8,16}(?![\w-])")
_MASK = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                   # a placeholder, with the part of a system's name glued to it ("ops-[host]"): one token
                   r"|(?<![\w.-])[\w.-]*\[[a-z-]+\][\w.-]*|\[[a-z-]+\]|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"
                   # a device or model name: capitalised words ending in a token with digits ("HP LaserJet M607")
                   r"|(?:\b[A-Z][\w-]*[ \t]+){0,3}(?<![\w.-])(?=[\w.-]*[A-Za-z])(?=[\w.-]*\d)[\w.-]+"
                   r"|(?:\b[A-Z][\w-]*[ \t]+){1,3}\d[\w.-]*"
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


@functools.lru_cache(maxsize=1 << 17)
def _content_words(text: str) -> tuple[str, ...]:
    """Lower-cased words of two letters or more; personal-data placeholders and the phrases of a
    call that was only a call ("phone call", "by phone") left out. Remembered: several rules read the
    same subject's words, and an export repeats its subjects."""
    text = _CALL_PHRASE.sub(" ", PLACEHOLDER.sub(" ", text))
    return tuple(w.lower() for w in _WORDS.findall(text) if len(w) > 1)


def _is_test_word(word: str) -> bool:
    """"test"/"testing", single typing slips of them ("tets", "tst", "tesst"), and "test" glued to a
    ticket word ("testticket", "testcall")."""
    if word in _TEST_CORE:
        return True
    if word.startswith("test") and (word[4:] in _EMPTY_WORDS or word[4:] in _TEST_WORDS):
        return True
    return any(_one_edit(word, core) for core in ("test", "testing")) and len(word) >= 3


def _labels_test(word: str) -> bool:
    """A test word that can label a subject on its own: a slip of "test" must keep its first letter
    and its "s" ("tst", "tset", "tesst"); "rest" or "text" are words of their own."""
    return _is_test_word(word) and (word in _TEST_CORE or word.startswith("t") and "s" in word)


def _framed_test(subject: str, words: Sequence[str]) -> bool:
    """True when a short subject opens or ends with a test word and states no problem and no
    person's request: "QA test", "Test email routing", "TEST - DO NOT PROCESS" (how people label a
    test, whatever the other words); "test page will not print" states a problem."""
    if not words or not (_labels_test(words[0]) or _labels_test(words[-1])):
        return False
    if len([w for w in words if w not in _EMPTY_WORDS or _labels_test(w)]) > PLACEHOLDER_WORDS:
        return False
    said = _INSTRUCTION.sub(" ", subject)
    return not (_PROBLEM.search(said) or _HELP_WORDS.search(said) or _first_person(said) or "?" in said)


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
    rehearsal = any(w in _TEST_WEAK for w in words) and any(w not in _TEST_WEAK for w in words)
    if (rehearsal or any(_is_test_word(w) for w in words)) and all(
            w in _TEST_WORDS or w in _EMPTY_WORDS or w in _TEST_WEAK or _is_test_word(w) for w in words):
        return "test"
    if all(w in _EMPTY_WORDS for w in words):
        return "placeholder"
    if _framed_test(subject, words):
        return "test"
    return None


def _lifecycle_subject(subject: str) -> bool:
    """A short subject with a lifecycle or call word and no problem stated (see ``_LIFECYCLE``)."""
    words = _handling_words(subject)
    if not 1 <= len(words) <= PLACEHOLDER_WORDS or not any(w in _LIFECYCLE for w in words):
        return False
    said = _MISTAKE.sub(" ", subject)
    return not (_PROBLEM.search(said) or _HELP_WORDS.search(said) or _first_person(said) or "?" in said)


def _confined_words(headlines: Sequence[str]) -> frozenset[str]:
    """Words that the export uses mostly (``CONFINED``) in short lifecycle subjects: they belong to
    how agents close calls ("per", "existing", "abandoned"), not to a topic. A word of a topic is
    used in subjects of all kinds."""
    uses: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for headline, count in Counter(headlines).items():  # each distinct subject read once
        inside = _lifecycle_subject(headline)
        for word in set(_handling_words(headline)):
            uses[word][0] += count
            uses[word][1] += inside * count
    return frozenset(w for w, (n, inside) in uses.items() if inside >= CONFINED * n)


def _lifecycle_placeholder(subject: str, confined: frozenset[str]) -> bool:
    """True when a short lifecycle subject's other words are all confined to such subjects."""
    return _lifecycle_subject(subject) and all(w in _EMPTY_WORDS or w in confined for w in _handling_words(subject))


def _handling_words(subject: str) -> tuple[str, ...]:
    """The content words of a subject read as a report of handling: "in error", "by mistake" say
    the ticket was opened by mistake, not that something failed."""
    return _content_words(_MISTAKE.sub(" ", subject))


def _telling_words(subject: str) -> frozenset[str]:
    """The words of a subject that could say what it is about: not a lifecycle, function,
    failure or request word."""
    return frozenset(w for w in _content_words(subject)
                     if w not in _EMPTY_WORDS and w not in STOP and not _GENERIC.fullmatch(w))


@dataclass(frozen=True)
class _Phrasings:
    """The export's subjects by their telling words (see ``_fixed_formulas``)."""

    keys: dict[str, frozenset[str]]
    """Each distinct subject's telling words."""
    tickets: Counter
    """Tickets per set of telling words."""
    uses: Counter
    """Tickets per telling word."""
    by_word: dict[str, list[frozenset[str]]]
    """The sets of telling words each word is in."""
    failures: dict[frozenset[str], set[frozenset[str]]]
    """Per set, the failure words its subjects say (one set of them per subject)."""
    width: Counter
    """Per set, the most words (function words aside) one of its subjects has."""

    @classmethod
    def of(cls, headlines: Sequence[str]) -> "_Phrasings":
        counts = Counter(headlines)
        keys = {h: _telling_words(h) for h in counts}
        tickets, uses, width = Counter(), Counter(), Counter()
        failures: dict[frozenset[str], set[frozenset[str]]] = defaultdict(set)
        for headline, count in counts.items():
            key, words = keys[headline], _content_words(headline)
            tickets[key] += count
            width[key] = max(width[key], sum(w not in STOP for w in words))
            failures[key].add(frozenset(w for w in words if _FAILURE.fullmatch(w)))
            uses.update({word: count for word in key})
        by_word: dict[str, list[frozenset[str]]] = defaultdict(list)
        for key in tickets:
            for word in key:
                by_word[word].append(key)
        return cls(keys, tickets, uses, by_word, failures, width)

    def confined(self, key: frozenset[str]) -> bool:
        """True when each word of ``key`` is used (``FIXED_CONFINED``) in subjects whose telling
        words are among ``key``'s, the rarest word first (most keys fail at once)."""
        return all(sum(self.tickets[k] for k in self.by_word[w] if k <= key) >= FIXED_CONFINED * self.uses[w]
                   for w in sorted(key, key=lambda w: self.uses[w]))

    def one_saying(self, key: frozenset[str]) -> bool:
        """True when the subjects whose telling words are among ``key``'s say one thing: the same
        failure words, or none, in all of them ("logged in error", "Logged in error - please
        close"). A thing that fails is reported in several ways (the system's name alone, the name and "down")."""
        family = {k for w in key for k in self.by_word[w] if k <= key}
        return len({said for k in family for said in self.failures[k]}) <= 1


def _fixed_formulas(headlines: Sequence[str], title_words: frozenset[str],
                    kb_anywhere: frozenset[str] = frozenset()) -> frozenset[str]:
    """Subjects that are a fixed formula of the desk rather than a problem (a closure
    abbreviation, "opened by mistake", "nothing more to do"), read from the export's statistics instead of a list: a
    short subject repeated by ``FIXED_REPEATS`` tickets or more, that speaks of nobody and asks
    nothing, whose telling words (at most ``FIXED_WORDS``) the export uses almost only
    (``FIXED_CONFINED``) in subjects that say nothing more, and none of which an article's title
    uses. A topic's words turn up with other words (a device's name with several different symptoms:
    it is not confined), a one-word subject of a topic (a device's name) is a word people also write
    in sentences, and a system people report in generic words only is reported failing in more than
    one way (a system's name alone, with "down", with "error": a formula says its one thing). Without a
    failure word only a single word no article uses anywhere counts (an abbreviation): a repeated noun phrase
    (a product's two-word name) may be a topic written one way. The limit: a problem always written as
    one thing failing in the same words, its thing named nowhere else and in no article title
    ("handset faulty"), reads as a formula too."""
    if not title_words:
        return frozenset()  # without articles there is no vocabulary to tell a formula from a topic
    seen = _Phrasings.of(headlines)
    fixed = set()
    for key, count in seen.tickets.items():
        if not 1 <= len(key) <= FIXED_WORDS or count < FIXED_REPEATS or any(stem(w) in title_words for w in key):
            continue
        if not any(w for said in seen.failures[key] for w in said) and (
                seen.width[key] > 1 or any(stem(w) in kb_anywhere or _UNSPACED.search(w) for w in key)):
            continue
        if _names_a_symptom(seen, key, kb_anywhere):
            continue
        if seen.confined(key) and seen.one_saying(key):
            fixed.add(key)
    return frozenset(h for h, key in seen.keys.items() if key in fixed and _states_nothing(h)
                     and len(_content_words(h)) <= PLACEHOLDER_WORDS + 2)


# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): one run of
# their letters is a whole phrase ("the printer does not print"), not one word, so a repeated run
# is not the single abbreviation the formula rule reads a lone word as (Unicode block ranges).
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _names_a_symptom(seen: "_Phrasings", key: frozenset[str], kb_anywhere: frozenset[str]) -> bool:
    """True when the phrase names a thing the KB writes about (anywhere, not only in titles: "PC",
    "handset", "notebook") in a state of its own ("slow", "faulty", "dead"): a device or service
    failing, a topic people write one way, not the desk's formula (a ticket opened by mistake, a closure
    abbreviation: its failure word is an idiom or absent)."""
    said = {w for s in seen.failures[key] for w in s}
    return any(_SYMPTOM.fullmatch(w) for w in said) and any(stem(w) in kb_anywhere for w in key)


def _states_nothing(subject: str) -> bool:
    """True when a subject neither speaks of its writer, nor asks for help, nor asks a question."""
    return not (_HELP_WORDS.search(subject) or _first_person(subject) or "?" in subject)


@functools.lru_cache(maxsize=1 << 17)
def template_of(subject: str) -> str:
    """A subject with its variable parts masked: placeholders, numbers and tokens that mix letters
    and digits become ``#``; what remains is the fixed text a machine or a form repeats. Remembered:
    two statistics and the score read each subject's template."""
    return " ".join(_MASK.sub("#", subject).lower().split())


def machine_score(subject: str) -> float:
    """How much a subject looks machine-generated (see the module docstring); 0 for none."""
    score = sum(weight for pattern, weight in _SYSTEM_SHAPES if pattern.search(subject))
    if _DATE.search(subject) and not _TIMESTAMP.search(subject):
        score += 1
    if _ADDRESS_SHAPE.search(subject):
        score += 1.5
    elif _server_names(subject) or _FQDN.search(subject) or _REDACTED_SYSTEM.search(subject):
        score += 1
    if _METRIC.search(subject) and score >= 1:
        score += 0.5
    if _first_person(subject):
        score -= 3
    if _asks_for_help(subject) or "?" in subject:
        score -= 1.5
    return score


def _shape_beyond_words(subject: str) -> bool:
    """True when a subject shows a system shape that is not words alone (see ``_WORD_SHAPES``): a
    time, a date, a code, a path, a tag, a reading, a system's name or address."""
    if any(pattern.search(subject) for pattern, _ in _SYSTEM_SHAPES if pattern not in _WORD_SHAPES):
        return True
    return bool(_DATE.search(subject) or _ADDRESS_SHAPE.search(subject) or _server_names(subject)
                or _FQDN.search(subject) or _REDACTED_SYSTEM.search(subject))


def _counted_slots(subject: str) -> int:
    """The masked tokens of a subject (see ``template_of``) other than a number after a place or an
    order word ("room 1.20", "Desk 4.2", "order 4410"): the label a person adds is no reading."""
    count = 0
    for match in _MASK.finditer(subject):
        digit = _DIGIT.search(match.group(0))
        end = match.start() + (digit.start() if digit else 0)
        count += not (_LABEL_CUE.search(subject[max(0, end - 24):end])  # "Desk 4.2", masked whole
                      or _LABEL_CUE.search(subject[max(0, match.start() - 24):match.start()]))  # "room C4"
    return count


def _program_filling(subject: str, fillings: int) -> bool:
    """True when a template only a program writes is filled in as a program fills it: at
    ``FILLED_SLOTS`` places or more, or with ``FILLED_COUNTS`` different fillings or more, labels
    after a place or an order word not counted."""
    slots = _counted_slots(subject)
    return slots >= FILLED_SLOTS or (slots > 0 and fillings >= FILLED_COUNTS)


def _asks_for_help(text: str) -> bool:
    """True when the text asks for help as people do ("can't", "need", "not working"); in a line
    not written in capitals, a word in capitals is a program's label ("** PROBLEM **"), not a plea."""
    if text.isupper():
        return bool(_HELP_WORDS.search(text))
    return any(not m.group(0).isupper() for m in _HELP_WORDS.finditer(text))


def _first_person(text: str) -> bool:
    """True when the text speaks of its writer ("I", "my", "we"); in a line not written in capitals,
    an upper-case "IM" or "US" is an acronym (a printer model, a country), not a pronoun."""
    if text.isupper():
        return bool(_FIRST_PERSON.search(text))
    return any(not _CAPS_PRONOUN.fullmatch(m.group(0)) for m in _FIRST_PERSON.finditer(text))


def _server_names(subject: str) -> list[str]:
    """Tokens shaped like system names (letters and digits mixed), except after a room or version cue."""
    found = []
    for match in _HOST_TOKEN.finditer(subject):
        if not _ROOM_CUE.search(subject[max(0, match.start() - 12):match.start()]):
            found.append(match.group(0))
    return found


def _recurring_templates(subjects: Sequence[str]) -> set[str]:
    """Templates with a masked token that recur: the same sentence sent again and again with
    another host, job, number or time. Counted in distinct subjects, or in tickets when the subject
    names a system (a host, a model number; or ``[ip]``, ``[host]``, ``[email]`` where redaction
    already replaced it): people do not type one device's name in the same words again and again.
    A subject naming a person (a person's placeholder, ``[name]``, ``[employee-id]``) is left out: a form filled in with a person's name and a
    date recurs the same way, and it is a request."""
    variants: dict[str, set[str]] = defaultdict(set)
    tickets: dict[str, int] = defaultdict(int)
    for subject in subjects:
        template = template_of(subject)
        if "#" in template and not _PERSON_PLACEHOLDER.search(subject):
            variants[template].add(subject)
            tickets[template] += bool(_SYSTEM_PLACEHOLDER.search(subject) or _server_names(subject))
    return {t for t, v in variants.items() if max(len(v), tickets[t]) >= TEMPLATE_REPEATS}


# A person's placeholder ("[name]", "[employee-id]"): who wrote or is meant, not what a system filled in.
# A placeholder glued to a system's prefix by a hyphen or a dot ("<prefix>-[username]") is the rest of
# a system's name that redaction took for an id: people's names are not written glued that way. A
# secret's placeholder ("[password]", "[code]") names nobody: in a subject it is mostly a system token that
# redaction could not tell from a secret (a service account's name followed by its host, read as a
# password after an account word; see *Still fragile* in the README). The redaction module keeps no
# list of its placeholder names, so the system ones are named here.
_PERSON_PLACEHOLDER = re.compile(r"(?<![\w][.-])\[(?!(?:ip|host|email|mac|password|code)\])[a-z][a-z-]{1,20}\]")
# A masked token with what is glued to it ("ops-#", "#.corp"): one system's name, masked whole.
# It starts where a run of name characters starts, or at the "#" itself (tried inside a long run
# without a "#", it was quadratic).
_GLUED_SLOT = re.compile(r"(?:(?<![\w.-])|(?=#))[\w.-]*#[\w.-]*")


_VERBATIM = "\x00verbatim"
"""Marks the core of a sentence sent word for word, with nothing filled in (see ``_filled_only``)."""


def _filled_only(headlines: Sequence[str]) -> dict[str, tuple[int, bool]]:
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
    subject, how many different fillings its template was sent with, and whether it is a sentence
    sent word for word (which counts only beside a shape that is not words alone, see
    ``_subject_kind``)."""
    counts = Counter(headlines)
    core_of: dict[str, frozenset[str]] = {}
    uses: Counter = Counter()
    tickets: Counter = Counter()
    fillings: dict[frozenset[str], set[str]] = defaultdict(set)
    naming: Counter = Counter()
    bare: set[frozenset[str]] = set()
    for headline, count in counts.items():
        person = _PERSON_PLACEHOLDER.search(headline)
        template = template_of(_PERSON_PLACEHOLDER.sub(" ", headline))
        words = _telling_words(_GLUED_SLOT.sub(" ", template))
        uses.update({word: count for word in words})
        if "#" not in template:
            bare.add(words)
        labelled = "#" in template and not _counted_slots(headline)  # only a room, a desk, an order
        if words and not person and not labelled and ("#" in template or _states_nothing(headline)):
            # a sentence sent word for word is its own core: a bare subject of a template filled
            # in elsewhere is a person writing a problem without the label they sometimes add
            words = words if "#" in template else words | {_VERBATIM}
            core_of[headline] = words
            tickets[words] += count
            fillings[words].add(headline)
            naming[words] += count * bool(_SYSTEM_PLACEHOLDER.search(headline) or _server_names(headline))
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
    return {h: (len(fillings[core]), _VERBATIM in core) for h, core in core_of.items()
            if core in filled and (_VERBATIM in core or not _written_bare(core, bare))}


def _written_bare(core: frozenset[str], bare: set[frozenset[str]]) -> bool:
    """True when the export also holds the template's sentence with nothing filled in, or lacking one
    of its words (the label a person sometimes adds, "rm"): a person's problem, however its label's
    word is confined to it."""
    return core in bare or any(core - {word} in bare for word in core if len(core) > 1)


def _headline(ticket: Ticket) -> str:
    """The subject, or the first line of the description when the subject is empty."""
    if _WORDS.search(ticket.subject) or not ticket.description.strip():
        return ticket.subject
    return ticket.description.strip().split("\n", 1)[0][:200]


def _human_description(ticket: Ticket) -> bool:
    """True when the description says something: the writer speaks of themself, or three words or
    more name more than a call or a closure (a placeholder subject over a real request is kept)."""
    text = ticket.description.strip()
    if not text:
        return False
    return bool(_FIRST_PERSON.search(text)) or sum(w not in _EMPTY_WORDS for w in _content_words(text)) >= 3


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
    return _person_writes(text) and not _ABSENCE.search(text) and not _AUTOMATED.search(text)


def _person_writes(description: str) -> bool:
    """True when a description under a machine-like subject is a person's message: the writer speaks
    of themself, greets the desk, or writes eight words or more that look like no machine mail."""
    text = description.strip()
    if not text:
        return False
    if _FIRST_PERSON.search(text) or _GREETING.match(text):
        return True
    return len(_content_words(text)) >= 8 and machine_score(text[:300]) < ALERT_SCORE


def triage(tickets: Sequence[Ticket], keep_alerts: bool = False,
           kb_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> Triage:
    """Set aside placeholders, tests and machine-generated mail.

    Args:
        tickets: cleaned, redacted tickets.
        keep_alerts: keep everything (``--keep-alerts``): triage is off.
        kb_words: the stemmed words of the published articles' titles, and of the articles
            anywhere (see ``_fixed_formulas``).

    Returns:
        The tickets kept and the ids set aside by kind.
    """
    if keep_alerts:
        return Triage(tuple(tickets), {})
    headlines = [_headline(t) for t in tickets]
    recurring = _recurring_templates(headlines)
    filled = _filled_only(headlines)
    confined = _confined_words(headlines)
    formulas = _fixed_formulas(headlines, *kb_words)
    kinds = dict(zip(headlines, map_distinct(_kinds_slice, headlines, PARALLEL_KINDS,
                                             context=(recurring, confined, filled))))
    kept, aside = [], defaultdict(list)
    for ticket, headline in zip(tickets, headlines):
        kind = kinds[headline] or ("placeholder" if headline in formulas else None) or _receipt_kind(headline, ticket)
        if kind and not _kept_despite(kind, headline, ticket):
            aside[kind].append(ticket.ticket_id)
        else:
            kept.append(ticket)
    return Triage(tuple(kept), {k: tuple(v) for k, v in aside.items()})


def _receipt_kind(headline: str, ticket: Ticket) -> str | None:
    """"alert" for a read receipt or a recall notice: a subject under such a label (``_MAIL_RECEIPT``)
    that asks nothing, over a body that is a mail client's text, not a person's message. Under the
    label alone a subject is kept: people head their own request with these words."""
    label = _MAIL_RECEIPT.match(headline)
    if not label or _first_person(headline) or _asks_for_help(headline) or "?" in headline:
        return None
    text = ticket.description.strip()
    return "alert" if text and not _person_writes(text) else None


def _kept_despite(kind: str, headline: str, ticket: Ticket) -> bool:
    """True when a ticket whose subject is a non-problem of ``kind`` is kept for its description."""
    if kind != "alert":
        return _human_description(ticket)
    if _MAIL_SYSTEM.search(headline):
        return _request_under_mail_label(ticket)
    return _person_writes(ticket.description)


PARALLEL_KINDS = PARALLEL_MIN
"""Distinct subjects from which their kinds are judged by forked workers (each subject on its own)."""


def _kinds_slice(headlines: Sequence[str], start: int, end: int,
                 context: tuple[set[str], frozenset[str], dict[str, tuple[int, bool]]]) -> list:
    """The kind of each of some distinct subjects (see ``_subject_kind``)."""
    recurring, confined, filled = context
    return [_subject_kind(headline, recurring, confined, *filled.get(headline, (0, False)))
            for headline in headlines[start:end]]


def _subject_kind(subject: str, recurring: set[str], confined: frozenset[str] = frozenset(),
                  filled: int = 0, verbatim: bool = False) -> str | None:
    """The kind of non-problem a subject is, or None (``filled``: the different fillings its
    template was sent with when only a program writes it, see ``_filled_only``, 0 otherwise;
    ``verbatim``: it is such a sentence sent word for word)."""
    kind = empty_kind(subject)
    if kind:
        return kind
    if _MAIL_SYSTEM.search(subject):
        return "alert"
    if _lifecycle_placeholder(subject, confined):
        return "placeholder"
    score = machine_score(subject)
    if score >= 1 and filled and _program_filling(subject, filled):
        score += 1  # a program's sentence filled in at several places or counting (see FILLED_SLOTS)
    if score >= 1 and template_of(subject) in recurring:
        score += 1
    if score >= 1 and filled and (not verbatim or _shape_beyond_words(subject)):
        score += FILLED_WEIGHT
    return "alert" if score >= ALERT_SCORE else None


def describe(counts: dict[str, int]) -> str:
    """"285 placeholders, 412 machine alerts and status mail, 51 tests" for the report."""
    names = {"placeholder": ("placeholder", "placeholders"), "alert": ("machine alert or status mail",
                                                                       "machine alerts and status mail"),
             "test": ("test", "tests")}
    parts = [f"{counts[k]} {names[k][0] if counts[k] == 1 else names[k][1]}" for k in KINDS if counts.get(k)]
    return ", ".join(parts)
