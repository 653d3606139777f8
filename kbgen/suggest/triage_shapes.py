"""Shapes of a subject line: what only programs write, and what people write about themselves.

Triage (``triage.py``) reads a subject's shape, never a product name. System shapes: full timestamps,
batch-job names and return codes (``PAY_RUN_NIGHTLY``, ``RC=0012``, ``abended``), server-style names
that mix letters and digits (``kspdb25``, ``prn-east-04``) and fully qualified host names, severity
tags and labels (``[CRITICAL]``, ``PROBLEM:``, ``Status:``), percentages, status and metric words of
monitoring, a sender address, a program's words about itself, a mail program's own labels, a path
of a script, a subject addressed to its reader. Human shapes: first-person words ("I", "my", "we")
and the ways people ask for help ("can't", "unable", "need", "how"). Also here: a subject's template
(its variable tokens masked) and which of its tokens count as a program's filling (a number after
a place or a record word is a label people add), and redaction's placeholders read as a person or
as a system.
"""
from __future__ import annotations

import functools
import re

from .shared import placeholder_kinds

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

# Human evidence: people write about themselves and ask for help.
FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'm|im|i've|ive|my|me|mine|we|our|us)\b")
# Acronyms spelled like first-person words ("IM", "US", "ME") in a line not written in capitals.
_CAPS_PRONOUN = re.compile(r"\b(?:IM|IVE|ME|MY|MINE|WE|OUR|US)\b")
HELP_WORDS = re.compile(r"(?i)\b(?:can'?t|cannot|unable|won'?t|doesn'?t|isn'?t|need|needs|how|why|help|"
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
# A fully qualified host name ("mail.corp.example.com"): what "\b[a-z0-9-]+(?:\.[a-z0-9-]+){2,}\.[a-z]{2,}\b"
# (ignoring case) finds, read in linear time (that pattern retried every word start of a long run of
# name characters or labels to its end): each maximal run of dotted labels once, see ``_names_fqdn``.
_CHAIN = re.compile(r"(?<![a-z0-9-])[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)
_LETTERS = re.compile(r"[a-z]*", re.I)


def _word(char: str) -> bool:
    """Whether ``char`` is a word character as ``\\b`` reads one (a letter, a digit or "_")."""
    return char.isalnum() or char == "_"


def _names_fqdn(subject: str) -> bool:
    """True when the subject holds a host's full name: a word start (``\\b``) in one label of a run of
    dotted labels, two whole labels or more after it, then a label opening with two letters or more
    that a word boundary ends (the top-level domain)."""
    for match in _CHAIN.finditer(subject):
        labels = match.group().split(".")
        if len(labels) < 4:
            continue
        before = subject[match.start() - 1] if match.start() else " "
        after = subject[match.end()] if match.end() < len(subject) else " "
        first = next((i for i, label in enumerate(labels)
                      if any(_word(a) != _word(b) for a, b in zip((before if i == 0 else ".") + label, label))), None)
        if first is None:
            continue
        for j in range(first + 3, len(labels)):
            letters = _LETTERS.match(labels[j]).end()
            following = labels[j][letters] if letters < len(labels[j]) else (after if j == len(labels) - 1 else ".")
            if letters >= 2 and not _word(following):
                return True
    return False
# Words naming a place people add to their own request ("room 1.20", "desk 4.2", "lab 3"), a record
# they refer to ("order 4410", "PO 77", "ticket 12"), and a version or an extension ("Windows 11", "v2",
# "ext 4410"): a number or a token after them is a label, never a system's name or a program's reading.
_PLACE_WORDS = "rm|room|floor|fl|level|lvl|bldg|building|site|suite|wing|bay|desk|seat|office|ward|bed|unit|lab"
_RECORD_WORDS = "order|po|invoice|quote|req|request|ref|ticket|case|asset"
_VERSION_WORDS = "ext|x|windows|win|version|ver|v|model|release"
_ROOM_CUE = re.compile(rf"(?i)\b(?:{_PLACE_WORDS}|{_VERSION_WORDS})\.?\s*$")
# A place or a record before a number: the label people add to their own request, never a reading a
# program fills in (see ``counted_slots``).
_LABEL_CUE = re.compile(rf"(?i)\b(?:{_PLACE_WORDS}|{_RECORD_WORDS})\.?[ \t]*(?:no\.?|nr\.?|number|#)?[ \t]*$")
# A label opening the line: "[CRITICAL]", a device or model before a colon ("prn-04:", "Kyocera
# TASKalfa 3554ci:"), a status word in capitals, decorated as programs do ("** PROBLEM **"). The
# device's name with a digit is read up to its first digit with name characters that are no digit, so
# no two quantifiers can share a character (linear in the subject's length; the same matches as
# "[A-Za-z][\w.-]*\d[\w.-]*", which retried every digit of a long run of codes to its end).
_TAG = re.compile(r"^\s*\[[A-Za-z]{3,10}\]|^\s*[A-Za-z](?:[^\W\d]|[.-])*\d[\w.-]*\s*:\s|"
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
AUTOMATED = re.compile(r"(?i)\bautomatic(?:ally)?[ -]generated\b|\bauto(?:mated|matic)?[ -]?(?:notification|notice|"
                        r"message|alert|email|e-mail|mail|report)s?\b|\bdo[ -]not[ -]reply\b|\bno[-_. ]?reply\b|"
                        r"\[auto\]|\bthis is an? (?:automated|automatic|system)\b")
# The labels mail programs put before a subject they write themselves, as RE: and FW: are put before
# a person's: a bounce ("Undeliverable:", "Mail delivery failed", "Delivery Status Notification"),
# an automatic or out-of-office reply, a calendar response ("Accepted:", "Declined:"). Mail clients
# write them in the recipient's language; these are their English forms.
MAIL_SYSTEM = re.compile(r"(?i)^\W*(?:undeliverable|undelivered mail|returned mail|mail delivery (?:failed|failure|"
                          r"subsystem)|delivery (?:status notification|failure|has failed|delayed)|non-delivery report|"
                          r"automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|ooo|accepted|"
                          r"declined|tentative|tentatively accepted|new time proposed|cancell?ed(?: event| meeting)?)"
                          r"\s*:|^\W*(?:delivery status notification|mail delivery failed)\b")
# The labels of a read receipt or a recall of a message sent ("Read:", "Not read:", "Recall:"). People
# write these words as the heading of their own request too ("Recall: sent to the wrong list"), so a
# subject under them is a client's only when what follows is no request (see ``_receipt_label``).
MAIL_RECEIPT = re.compile(r"(?i)^\W*(?:read|not read|recall)[ \t]*:[ \t]*")
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
                  (_SEVERITY, 1.0), (_SENDER, 1.0), (AUTOMATED, 2.0), (_FROM_DEVICE, 1.0), (_DURATION, 1.0),
                  (_PATH, 1.5), (_ADDRESSED, 1.0))
# Shapes made of words alone (a form of address, a status or sender word, a program's statement about
# itself): a person can write them, so they never confirm a sentence sent word for word by themselves.
_WORD_SHAPES = (_ADDRESSED, _SEVERITY, _SENDER, AUTOMATED)
_DIGIT = re.compile(r"\d")
# Redaction's placeholders of a system's address (an e-mail address too: systems send from and to
# mailboxes), and of a secret (see ``PERSON_PLACEHOLDER``); derived from ``shared.PLACEHOLDER_KINDS``.
_SYSTEM_SLOTS = "|".join(placeholder_kinds("system") + ("email",))
_SECRET_SLOTS = "|".join(placeholder_kinds("secret"))
# A part of a system's name glued to its prefix ("dc-[username]"): people's names are not written glued
# to a prefix by a hyphen or a dot.
_GLUED_PLACEHOLDER = r"[A-Za-z0-9][.-]\[[a-z-]+\]"
# Where redaction replaced a system's address, or the glued rest of a system's name.
SYSTEM_PLACEHOLDER = re.compile(rf"\[(?:{_SYSTEM_SLOTS})\]|{_GLUED_PLACEHOLDER}")
_REDACTED_SYSTEM = re.compile(rf"\[host\]|{_GLUED_PLACEHOLDER}")
# Identifiers people hardly ever type in a subject: network and hardware addresses, and device
# serials (a run of capitals and digits, eight or more, mixing both).
_ADDRESS_SHAPE = re.compile(r"\[(?:ip|mac)\]|(?<![\w-])(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d[A-Z0-9]*\d)"
                            r"[A-Z0-9]{8,16}(?![\w-])")
# (an address is tried only where a run of its characters starts, or where the token masked before it
# ends, see ``_masks``: tried inside a long run without an "@", the run was scanned again from every
# position, quadratic in its length)
_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ADDRESS_AT = re.compile(_ADDRESS)
_ADDRESS_RUN = re.compile(r"[\w.+-]*")
_MASK = re.compile(rf"(?<![\w.+-]){_ADDRESS}"
                   # a placeholder, with the part of a system's name glued to it ("ops-[host]"): one token
                   r"|(?<![\w.-])[\w.-]*\[[a-z-]+\][\w.-]*|\[[a-z-]+\]|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"
                   # a device or model name: capitalised words ending in a token with digits ("HP LaserJet M607")
                   r"|(?:\b[A-Z][\w-]*[ \t]+){0,3}(?<![\w.-])(?=[\w.-]*[A-Za-z])(?=[\w.-]*\d)[\w.-]+"
                   r"|(?:\b[A-Z][\w-]*[ \t]+){1,3}\d[\w.-]*"
                   r"|-?\d+(?:[.,:/-]\d+)*")


@functools.lru_cache(maxsize=1 << 17)
def template_of(subject: str) -> str:
    """A subject with its variable parts masked: placeholders, numbers and tokens that mix letters
    and digits become ``#``; what remains is the fixed text a machine or a form repeats. Remembered:
    two statistics and the score read each subject's template."""
    parts, last = [], 0
    for start, end in _masks(subject):
        parts += (subject[last:start], "#")
        last = end
    parts.append(subject[last:])
    return " ".join("".join(parts).lower().split())


def _masks(subject: str):
    """The spans ``_MASK`` masks, left to right, as a search from every position would find them: an
    address is also tried where the token masked before it ends inside a run of an address's
    characters ("ab12+ops@host.example"), the one place inside a run where a search would try it (an
    address found later in a run is found from the run's start). Linear: an address's local part runs
    to the end of its run, so tried anywhere in a run it succeeds or fails alike (measured once)."""
    pos, run_end, failed_until, size = 0, -1, -1, len(subject)
    while pos < size:
        if pos and pos >= failed_until and _ADDRESS_RUN.match(subject, pos - 1, pos).end() == pos:
            # the token masked before ends inside a run: is an address glued on here?
            if pos >= run_end:
                run_end = _ADDRESS_RUN.match(subject, pos).end()
            address = _ADDRESS_AT.match(subject, pos) if subject.startswith("@", run_end) else None
            if address:
                yield address.start(), address.end()
                pos = address.end()
                continue
            failed_until = run_end
        match = _MASK.search(subject, pos)
        if not match:
            return
        yield match.start(), match.end()
        pos = match.end()


@functools.lru_cache(maxsize=1 << 17)
def _system_shapes(subject: str) -> tuple[float, bool]:
    """The system shapes of a subject read once: their weight (what :func:`machine_score` starts
    from) and whether one of them is not words alone (:func:`shape_beyond_words`). Remembered: the
    score and the triage statistics read the same subjects, and an export repeats its subjects."""
    score, beyond = 0.0, False
    for pattern, weight in _SYSTEM_SHAPES:
        if pattern.search(subject):
            score += weight
            beyond = beyond or pattern not in _WORD_SHAPES
    if _DATE.search(subject) and not _TIMESTAMP.search(subject):
        score, beyond = score + 1, True
    if _ADDRESS_SHAPE.search(subject):
        score, beyond = score + 1.5, True
    elif server_names(subject) or _names_fqdn(subject) or _REDACTED_SYSTEM.search(subject):
        score, beyond = score + 1, True
    return score, beyond


def machine_score(subject: str) -> float:
    """How much a subject looks machine-generated (see the module docstring); 0 for none."""
    score = _system_shapes(subject)[0]
    if _METRIC.search(subject) and score >= 1:
        score += 0.5
    if first_person(subject):
        score -= 3
    if asks_for_help(subject) or "?" in subject:
        score -= 1.5
    return score


# What a program's report states beside the names, codes and numbers it fills in: a state, a failure
# or a threshold word, a severity tag, a return code, a job's name, a script's path, a percentage, how
# long a state has lasted, or that it was sent automatically. A form a person fills in to book, order,
# swap or borrow something carries a reference code, a date and a time as a report does, but states
# no condition of a system (see ``triage._filled_by_people``).
_STATE_SHAPES = (_SEVERITY, _TAG, _RETURN_CODE, _JOB_NAME, _PATH, _PERCENT, _DURATION, AUTOMATED)


def reports_a_state(subject: str) -> bool:
    """True when a subject states a system's condition as a program's report does (``_STATE_SHAPES``),
    beyond the names, codes, dates and numbers that a form filled in by a person shows as well."""
    return any(pattern.search(subject) for pattern in _STATE_SHAPES)


# A code after a record or a place word ("ref QX7704512", "order no. 7352", "bay C12"): the label a
# person's form carries. Shaped like a host's name, it is no system's name after such a word. The
# word ends there (a letter, or a hyphen and a letter, after it makes another name: a host named
# "postgres01" or "lab-db01" is no label); digits may follow glued ("rm101").
_LABELLED_CODE = re.compile(rf"(?i)\b((?:{_PLACE_WORDS}|{_RECORD_WORDS})(?![^\W\d_]|-[^\W\d_])\.?)[ \t]*(?:no\.?|nr\.?|number|#)?[ \t]*"
                            r"[\w.-]*\d[\w.-]*")


def without_labelled_codes(subject: str) -> str:
    """A subject with each code after a record or a place word taken out (``_LABELLED_CODE``): a
    reference a person's form carries, which a host's name is shaped like."""
    return _LABELLED_CODE.sub(r"\1", subject)


def without_dates(subject: str) -> str:
    """A subject with its dates and times taken out: what a form a person fills in shows beside the
    date and time it asks for (a loan's return, a swap's shift)."""
    return _DATE.sub(" ", _TIMESTAMP.sub(" ", subject))


def shape_beyond_words(subject: str) -> bool:
    """True when a subject shows a system shape that is not words alone (see ``_WORD_SHAPES``): a
    time, a date, a code, a path, a tag, a reading, a system's name or address."""
    return _system_shapes(subject)[1]


def counted_slots(subject: str) -> int:
    """The masked tokens of a subject (see ``template_of``) other than a number after a place or an
    order word ("room 1.20", "Desk 4.2", "order 4410"): the label a person adds is no reading."""
    count = 0
    for start, stop in _masks(subject):
        digit = _DIGIT.search(subject, start, stop)
        end = digit.start() if digit else start
        count += not (_LABEL_CUE.search(subject[max(0, end - 24):end])  # "Desk 4.2", masked whole
                      or _LABEL_CUE.search(subject[max(0, start - 24):start]))  # "room C4"
    return count


def program_filling(slots: int, fillings: int) -> bool:
    """True when a template only a program writes is filled in as a program fills it: at
    ``FILLED_SLOTS`` places or more (``slots``: :func:`counted_slots` of the subject), or with
    ``FILLED_COUNTS`` different fillings or more, labels after a place or an order word not counted."""
    return slots >= FILLED_SLOTS or (slots > 0 and fillings >= FILLED_COUNTS)


def asks_for_help(text: str) -> bool:
    """True when the text asks for help as people do ("can't", "need", "not working"); in a line
    not written in capitals, a word in capitals is a program's label ("** PROBLEM **"), not a plea."""
    if text.isupper():
        return bool(HELP_WORDS.search(text))
    return any(not m.group(0).isupper() for m in HELP_WORDS.finditer(text))


def first_person(text: str) -> bool:
    """True when the text speaks of its writer ("I", "my", "we"); in a line not written in capitals,
    an upper-case "IM" or "US" is an acronym (a printer model, a country), not a pronoun."""
    if text.isupper():
        return bool(FIRST_PERSON.search(text))
    return any(not _CAPS_PRONOUN.fullmatch(m.group(0)) for m in FIRST_PERSON.finditer(text))


def server_names(subject: str) -> list[str]:
    """Tokens shaped like system names (letters and digits mixed), except after a room or version cue."""
    found = []
    for match in _HOST_TOKEN.finditer(subject):
        if not _ROOM_CUE.search(subject[max(0, match.start() - 12):match.start()]):
            found.append(match.group(0))
    return found


# A person's placeholder ("[name]", "[employee-id]"): who wrote or is meant, not what a system filled in.
# A placeholder glued to a system's prefix by a hyphen or a dot ("<prefix>-[username]") is the rest of
# a system's name that redaction took for an id. A secret's placeholder ("[password]", "[code]") names
# nobody: in a subject it is mostly a system token that redaction could not tell from a secret (a
# service account's name followed by its host, read as a password after an account word; see *Still
# fragile* in the README).
PERSON_PLACEHOLDER = re.compile(rf"(?<![\w][.-])\[(?!(?:{_SYSTEM_SLOTS}|{_SECRET_SLOTS})\])[a-z][a-z-]{{1,20}}\]")
# A secret's placeholder (see above): in a subject, a system token redaction could not tell from a secret.
SECRET_PLACEHOLDER = re.compile(rf"\[(?:{_SECRET_SLOTS})\]")
# A person named as the one a form was filled in by or for ("submitted by [name]", "ordered for
# [name]"): redaction's placeholders for a person's name and ids after "by" or "for". Only these: a
# bracketed tag in lower case ("[critical]") is shaped like any placeholder, and redaction also
# takes parts of machine mail for names (a status after a host, "- [name]"), which names nobody.
PERSON_NAMED = re.compile(rf"(?i)\b(?:by|for)[ \t]+\[(?:{'|'.join(placeholder_kinds('person'))})\]")
