"""Remove personal data from ticket text before anything else reads it.

Three kinds of evidence, each a general rule rather than a list of known tickets:

* Shapes (:mod:`.pii_shapes`, :mod:`.pii_secrets`): e-mail addresses (also "x [at] y [dot] com";
  role mailboxes such as ``servicedesk@`` are kept), phone numbers of every region, IPv4 and MAC
  addresses, card numbers (Luhn-checked), ids, personal device names, postal addresses; one-time
  codes and passwords by their shape near the words that announce them. Version numbers, error
  codes, KB numbers, asset tags, ticket numbers and server names have other shapes and are kept.
* Cue words: usernames after "username is", in ``DOMAIN\\user`` or in ``Name (jsmith)``; names
  (:mod:`.pii_names`) after greetings, sign-offs, form labels and phrases such as "spoke to",
  in the "Last, First" order, or known to a gazetteer of first names and surnames.
* What the ticket already says about people: the caller column, names found by cues and names
  spelled out in e-mail addresses are removed wherever they recur in the ticket, with the
  usernames they imply (``jsmith``, ``j.smith``). :func:`redact_tickets` also learns the
  callers' first names and surnames across a whole export, and the labels it writes before or
  after values that differ in every ticket (:mod:`.pii_labels`), in whatever language.

Everything is replaced by a placeholder such as ``[name]`` or ``[phone]``. Speed matters
(100,000 tickets in a few seconds): every pattern either starts with a rare character class or
runs only when a cheap substring test says it can match.
"""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Callable, Iterable, Sequence

from kbgen.content_cache import collector_paused
from kbgen.fold import composed, narrowed, rewidened
from kbgen.suggest.model import Ticket, caller_key

from .pii_gazetteer import listed_name
from .pii_patterns import _COMMON_WORD_NAMES
from .pii_names import (NAME, NETID, Lexicon, _Known, collect_names, fold, gazetteer, is_particle, particle_things,  # noqa: F401
                        lowercase_name_pairs, lowercase_particle_surnames, lower_pair_cued, lower_pair_ends,
                        name_parts, replace_names, usernames_for)
from .pii_patterns import (_ADDRESS_CUE, _ADDRESS_LOOSE_CUE, lone_count, fault_code, NUMBER_WORD, GROUPED_NUMBER, UNIT_AFTER_NUMBER, PRODUCT_STEMS, ACCOUNT_LABEL_STEM, account_shaped, alert_accounts, alert_machine, replace_spans, _EDGE_ID, server_shaped, ID_CORE,
                           _LETTER_NUMBER_ACCOUNT, _USER_BEFORE_STATE, PHONE_LABEL_WORDS, _NAME_LABEL_USER,
                           _NOT_ACCOUNT_NAME_LABEL, _NUMBERED_LABEL, record_word, EVENT_ENDINGS, _CUE_RULES, _LOWER,
                           _RECORD_PREFIX, _NOT_NAMES, _PHONE_BEFORE_LABEL, _PHONE_WORDS_BEFORE, _PHONE_WORDS_INTL,
                           _UPPER, ROLE_WORDS, USER_STOP)
from .pii_speakers import redact_placed_accounts
from .pii_address_blocks import redact_address_blocks
from .pii_address_model import load_address_model, redact_address_lines
from .pii_align import Alignment, differences
from .pii_host_scheme import learn_hosts, redact_scheme_hosts
from .pii_account_scheme import scheme_fields
from .pii_labels import COUNT_NOUN, FREQUENT_WORD_SHARE, count_labels, label_fold, learn_value_labels, learn_value_shapes, merge_label_counts, redact_labelled_values
from .pii_columns import redact_person_columns
from .pii_secrets import redact_code_lines
from .prefilter import HintIndex
from .shared import WRITTEN_PLACEHOLDER
from .pii_structure import random_case_tokens, redact_secrets
from .pii_account_paths import built_in_account, line_around, redact_account_paths
from .pii_shapes import (names_from_email, redact_addresses, redact_devices, redact_emails, redact_numbers,
                         redact_obfuscated_emails)
from .workers import PARALLEL_MIN, can_fork, cpu_count, fork_map


# ----------------------------------------------------------------------------- small helpers

_DIGIT = re.compile(r"\d")


def _value_group(match: re.Match) -> str:
    """The name of the group that holds a cue rule's value: ``value``, else ``bare``, else ``short``."""
    return next(g for g in ("value", "bare", "short") if g in match.re.groupindex and match.group(g) is not None)


def _replace_group(match: re.Match, placeholder: str) -> str:
    start, end = match.span(_value_group(match))
    whole = match.group(0)
    return whole[: start - match.start()] + placeholder + whole[end - match.start():]


# ----------------------------------------------------------------------------- shape and cue passes


def _team_mailbox(address: str, known: _Known) -> bool:
    """A role word first or last and no person's name beside it: ``facilities.london@``,
    ``it-helpdesk.de@``, ``claims.desk@`` (a team is named by its role word and a qualifier, either way round)."""
    parts = [p for p in re.split(r"[._+-]", address.split("@", 1)[0].lower()) if p]
    if any(c.isdigit() for c in "".join(parts)):
        return False
    if parts and not address.split("@", 1)[-1].isupper() and _everyday_mailbox(parts, known):
        return True
    if len(parts) < 2:
        return False
    if parts[0] in ROLE_WORDS:
        others, gazetteer_too = parts[1:], False
    elif parts[-1] in ROLE_WORDS:  # what comes first may be a first name ("maria.support@"): the gazetteer says
        others, gazetteer_too = parts[:-1], True
    else:
        return False
    names = known.name_parts_lower()
    if gazetteer_too and not all(p in ROLE_WORDS or p in known.lexicon.common_words for p in others):
        return False  # a word before the role that is no everyday word may be a name no list holds
    return not any(p in names or p in known.lexicon.surnames_lower or gazetteer_too and gazetteer().is_name(p)
                   for p in others)


def _everyday_mailbox(parts: list[str], known: _Known) -> bool:
    """A mailbox named by everyday words of the export alone ("bookings@", "exports@", "do-not-reply@"):
    what it receives, not who reads it. Every part is a word the export writes in lower case in many
    tickets (``Lexicon.common_words``: names typed in lower case are left out of them), and none is a
    name by any source kbgen has: the ticket's or the export's people, a first name or surname of any
    Faker locale with function words included (:func:`.pii_gazetteer.listed_name`: "will@", "bill@",
    "may@" are a person's though the gazetteer leaves them out), or a first name that is also a word
    (``_COMMON_WORD_NAMES``: "mark@", "grace@"). Not an address whose domain is in capitals (the caller
    checks): a Kerberos principal ("<account>@<REALM>", realms written in capitals by convention) names
    an account."""
    common = known.lexicon.common_words
    if not all(p in common for p in parts):
        return False
    names = known.name_parts_lower()
    gaz = gazetteer()
    return not any(p in names or p in known.lexicon.surnames_lower or gaz.is_name(p) or listed_name(p)
                   or p.capitalize() in _COMMON_WORD_NAMES for p in parts)


def _redact_shapes(text: str, low: str, known: _Known) -> str:
    def on_person(address: str) -> None:
        if built_in_account(address.split("@", 1)[0], known.lexicon.common_words):
            return  # "git@host:repo", "jenkins@ci": a service's account names no one to look for elsewhere
        parts = names_from_email(address)
        if parts:
            known.add_name(" ".join(parts))
        known.users.add(address.split("@", 1)[0].lower())

    text = redact_account_paths(text)
    if "@" in text:
        text = redact_emails(text, on_person, lambda address: _team_mailbox(address, known))
    text = redact_obfuscated_emails(text, on_person)
    text = redact_devices(text, low)
    text = redact_addresses(text)
    return redact_numbers(text)


def _redact_cues(text: str, known: _Known, subject: bool = False) -> str:
    hinted = _CUE_HINTS.rules_in(text)  # one scan for every rule's hints (read before any rule runs)
    digits = bool(_DIGIT.search(text))
    for index, rule in enumerate(_CUE_RULES):
        if index in hinted and (digits or not rule.digits):
            text = rule.pattern.sub(_cue_replacer(rule.kind, known, subject), text)
    return text


_CUE_HINTS = HintIndex([rule.hints for rule in _CUE_RULES])
"""Which cue rules a text holds a hint of, found in one scan (:mod:`.prefilter`)."""


def _weak_username_ok(value: str, known: _Known, subject: bool) -> bool:
    """After a weak cue ("account", "login", "user") only something that looks like a username counts;
    in a subject line, where typos abound ("account creaton"), only with a digit or a dot in it."""
    low = value.lower()
    if _account_shaped(value, known):
        return True
    return not subject and len(value) >= 4 and low not in known.lexicon.common_words and low not in USER_STOP \
        and not _inflected_word(low)


# The endings of English words for a state or an event ("lockout", "denied", "locking", "expiration",
# "failure", "enablement"; "ion" covers "-ation" too, "ions" their plurals): after "account" or "logon" such
# a word says what happened to it. But an
# account made of a person's names ends so too (a surname and a given name run together, "<surname>ing"):
# the word is an account only on positive evidence, when it splits into names the gazetteer knows (see
# :func:`name_compound`); otherwise the ending spares it.
_INFLECTED = re.compile(rf"(?:{'|'.join(EVENT_ENDINGS)}|ions|out)\Z")


def _inflected_word(low: str) -> bool:
    """Whether ``low`` (small letters) ends as an English word of a state or an event and is no run of
    a person's names (see ``_INFLECTED``); the ending alone is no name ("Ed" of "blocked")."""
    ending = _INFLECTED.search(low)
    if not ending or not low.isalpha() or gazetteer().is_name(low):  # "jared", "fleming" are names
        return False
    return not name_compound(low, len(ending.group(0)) + 1)


NAME_PART_MIN = 2
"""Letters of the shorter name in a run of names ("li", "wu", "ng" are whole given names and surnames)."""
SURNAME_AFTER_INITIALS_MIN = 4
"""Letters of a surname after one or two initials: shorter ones leave too many words that split so."""


def name_compound(low: str, min_tail: int = NAME_PART_MIN) -> bool:
    """Whether ``low`` (small letters) is a surname then a given name, a given name then a surname, or
    one or two initials then a surname, as the gazetteer knows them: how directories make accounts of
    people's names. ``min_tail``: letters of the last name at least."""
    gaz = gazetteer()
    for cut in range(NAME_PART_MIN, len(low) - max(NAME_PART_MIN, min_tail) + 1):
        head, tail = low[:cut], low[cut:]
        if gaz.is_last(head) and gaz.is_first(tail) or gaz.is_first(head) and gaz.is_last(tail):
            return True
    return any(len(low) - skip >= SURNAME_AFTER_INITIALS_MIN and gaz.is_last(low[skip:]) for skip in (1, 2))


def _account_shaped(value: str, known: _Known) -> bool:
    """An account already named in the ticket, or a token with a digit or one of . _ - inside: the
    shape of a directory's account that no everyday word has."""
    return value.lower() in known.users or account_shaped(value)


def _strict_account_ok(match: re.Match, known: _Known) -> bool:
    """Rules whose cue is no word for an account need an account-shaped value: a state ("is locked")
    is said of doors and certificates too, and a name label of something else than a user ("branch
    name", "sender name") holds a plain word."""
    if match.re is _USER_BEFORE_STATE:
        return _account_shaped(match.group("value"), known)
    if match.re is _NAME_LABEL_USER:
        label = _label_before(match) + " " + match.group(0)[:-len(match.group("value"))]
        return bool(ACCOUNT_LABEL_STEM.search(fold(label.lower()))) or _account_shaped(match.group("value"), known)
    return True


def _record_number(match: re.Match) -> bool:
    """A letter-and-digits number right after a word naming a record, a commit, a part or an asset
    ("commit c1234567", "part p7654321", "part no p7654321"): that thing's number, not a person's
    account. The record word must stand right before it, or before the word for a number; further back
    ("error for", "code of") it names something else than this token."""
    before = match.string[max(0, match.start() - 41):match.start()].rstrip(" \t:#.")
    label = _LABEL_BEFORE.search(before)
    words = [fold(w) for w in re.split(r"[ -]", label.group(0).lower()) if w] if label else []
    if len(words) > 1 and NUMBER_WORD.fullmatch(words[-1]):
        words.pop()
    return bool(words) and record_word(words[-1])


def _edge_id_ok(value: str, known: _Known) -> bool:
    """An id of letters and digits at the edge of a subject, in any case, counts unless its letters are a
    word of the export, a numbered family of system names, or a product word ("Win11", "Office365")."""
    letters = value.rstrip("0123456789")
    low = letters.lower()
    return low not in known.lexicon.common_words and low not in known.lexicon.numbered_families and \
        low not in USER_STOP and letters.capitalize() not in _NOT_NAMES and low not in PRODUCT_STEMS


_ACCOUNT_AFTER_DOMAIN = ("\\[username]", "/[username]")
"""What follows a Windows domain whose account is already replaced ("CORP\\[username]", "CORP/[username]")."""


_SHORT_PHONE_RULES = (_PHONE_WORDS_BEFORE, _PHONE_WORDS_INTL, _PHONE_BEFORE_LABEL)
_SENDING_CUES = (_ADDRESS_CUE, _ADDRESS_LOOSE_CUE)
"""Address rules whose cue is also said of people ("send it to", "forward to"): a count there is no address."""


def _short_national_phone(value: str) -> bool:
    """Seven or eight digits that are no date or time (longer numbers are read by their shape)."""
    digits = sum(c.isdigit() for c in value)
    return 7 <= digits <= 8 and not _DATE_LIKE.fullmatch(value)


_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d{6}")


_LABEL_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{2,20}(?:[ -][^\W\d_]{2,20})?\Z")


def _label_before(match: re.Match) -> str:
    """The one or two words right before a number word: the label ``_NUMBERED_LABEL`` needs ("" when
    they are no words of two to twenty letters)."""
    label = _LABEL_BEFORE.search(match.string, max(0, match.start() - 41), match.start())
    return label.group(0) if label else ""


def _other_name_label(match: re.Match) -> bool:
    """A name label that names something other than an account: a person's names, a file, a machine,
    a place or a product (``_NOT_ACCOUNT_NAME_LABEL``), in the label or the word before it."""
    words = re.findall(r"[^\W\d_]+", _label_before(match) + " " + match.group(0)[:-len(match.group("value"))])
    return any(fold(w.lower()) in _NOT_ACCOUNT_NAME_LABEL for w in words)


def _record_label(label: str) -> bool:
    """A label with a word that names a record, a thing or a place (``RECORD_LABEL_WORDS``), or an
    everyday word of the sentence rather than a label ("called no", "has no")."""
    words = [fold(w) for w in re.split(r"[ -]", label.lower()) if w]
    return not words or any(record_word(w) or w in _NOT_LABEL_WORDS
               or w in PHONE_LABEL_WORDS for w in words)


# Words a label does not hold: verbs before "no" that make it the word "no" ("has no", "said no"), and
# the function words of a sentence ("... and Wales no."): a label is a noun phrase of its own.
_NOT_LABEL_WORDS = frozenset("has have had is are was were there say said says got gets get yes answer answered "
                             "replied reply and or but the of in at on to for from by with an und et".split())


# A number grouped by thousands ("250.000", "120 000") that a unit, a currency or a plural noun follows
# is a quantity ("250.000 EUR", "120 000 users", "128 000 MB"), even behind a staff label.
_UNIT_AFTER = re.compile(UNIT_AFTER_NUMBER)


def _grouped_quantity(match: re.Match, value: str) -> bool:
    """Whether a cue rule's ``value`` is a grouped number followed by a unit or a count noun."""
    end = match.end(_value_group(match))
    return bool(GROUPED_NUMBER.fullmatch(value)) and bool(_UNIT_AFTER.match(match.string, end)
                                                          or COUNT_NOUN.match(match.string, end))


# The heading line of a listing's columns, as command-line tools print them ("USERNAME   SESSIONNAME
# ID  STATE"): three words or more in capitals only, parted by runs of two blanks or more. A word after a
# label on such a line is the next column's heading, not the label's value, when the line below is a
# row of the listing: it parts into as many cells (``_ALIGNED_GAP``) and its first cell is a value, not
# another label in capitals (a form's lines "LABEL   value   value" part alike, and there the word
# after the label is its value). (Replaces a hand list of the headings of Windows, Unix and Samba
# tools: the structure holds for any tool's listing.)
_COLUMN_HEADER = re.compile(r"[ \t>]*[A-Z][A-Z_/%-]*(?:[ \t]{2,}[A-Z][A-Z_/%-]*){2,}[ \t]*")
_ALIGNED_GAP = re.compile(r"[ \t]{2,}")
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z_/%-]*(?: [A-Z][A-Z_/%-]*)*")


def _column_header(text: str, at: int, value: str) -> bool:
    """Whether the line holding position ``at`` is a listing's column headings (``_COLUMN_HEADER``)
    with a row below it, so ``value``, the word after the label, is one of its headings."""
    start, end = line_around(text, at)
    if not _COLUMN_HEADER.fullmatch(text, start, end):
        return False
    headings = _ALIGNED_GAP.split(text[start:end].strip(" \t>"))
    if value not in headings[1:]:
        return False
    below = text.find("\n", end + 1)
    cells = _ALIGNED_GAP.split(text[end + 1:below if below >= 0 else len(text)].strip(" \t>"))
    return len(cells) == len(headings) and not _CAPITALS_LABEL.fullmatch(cells[0])


def _cue_replacer(kind: str, known: _Known, subject: bool = False) -> Callable[[re.Match], str]:
    def replace(match: re.Match) -> str:
        value = match.group(_value_group(match))
        if kind == "phone" and match.re in _SHORT_PHONE_RULES and not _short_national_phone(value):
            return match.group(0)
        if match.re is _NUMBERED_LABEL and _record_label(_label_before(match)):
            return match.group(0)
        if match.re is _NAME_LABEL_USER and _other_name_label(match):
            return match.group(0)
        if match.re is _LETTER_NUMBER_ACCOUNT and (_record_number(match) or fault_code(match.string, *match.span("value"))):
            return match.group(0)
        if kind == "employee-id" and _grouped_quantity(match, value):
            return match.group(0)
        if kind == "address" and match.re in _SENDING_CUES and lone_count(value):
            return match.group(0)
        if kind == "username":
            if value.lower() in USER_STOP or len(value) < 3 or server_shaped(value) or \
                    built_in_account(value, known.lexicon.common_words):
                return match.group(0)  # a server's name is a system's, a host stays a host, root stays root
            if _column_header(match.string, match.start(), value):
                return match.group(0)  # "USERNAME   SESSIONNAME   ID": the next column's heading, no value
            if match.string.startswith(_ACCOUNT_AFTER_DOMAIN, match.end(_value_group(match))):
                return match.group(0)  # "CORP\\[username]": the Windows domain of an account found already
            if "weak" in match.re.groupindex and match.group("weak") and not _weak_username_ok(value, known, subject):
                return match.group(0)
            if not _strict_account_ok(match, known):
                return match.group(0)
            if "edge" in match.re.groupindex and (match.group("edge") or match.group("edge2")) and \
                    not _edge_id_ok(value, known):
                return match.group(0)
            if match.re is _EDGE_ID and alert_machine(match.string, match.start(_value_group(match))):
                return match.group(0)  # a monitored machine, not a person's account
            known.users.add(value.lower())
        return _replace_group(match, f"[{kind}]")
    return replace


# ----------------------------------------------------------------------------- public API


def _redact_fields(texts: Sequence[str], names: Iterable[str], lexicon: Lexicon, subjects: int = 0) -> list[str]:
    """Redact the fields of one ticket together; the first ``subjects`` fields are subject lines.

    Texts are read in composed form (NFC): a name typed with a combining accent ("Zoe" + U+0301) is one
    word for the rules, and no accent is left behind beside a placeholder. They are also read with odd
    blanks and full-width ASCII forms narrowed (``kbgen.fold.narrowed``: "Ｕｓｅｒ：" is "User:" to the
    rules), and what redaction keeps is written back as it was written (``kbgen.fold.rewidened``).

    The other fields are read as one text, each on lines of its own between separator lines (one
    pass of every rule per ticket instead of one per field: most rules cost a call more than a
    character), then cut apart again; every rule reads lines, so no rule reaches across fields."""
    written = [composed(t) for t in texts]
    texts, names = [narrowed(t) for t in written], [narrowed(composed(n)) for n in names]
    redacted = _redact_joined(texts, names, lexicon, subjects)
    return [rewidened(w, t, r, WRITTEN_PLACEHOLDER) for w, t, r in zip(written, texts, redacted)]


def _redact_joined(texts: Sequence[str], names: Sequence[str], lexicon: Lexicon, subjects: int) -> list[str]:
    """:func:`_redact_fields` of texts in the form the rules read (composed, narrowed)."""
    body = [t for t in texts[subjects:]]
    if sum(1 for t in body if t) > 1 and not any(_FIELD_SEPARATOR in t for t in body):
        joined = _redact_each([*texts[:subjects], _FIELD_SEPARATOR.join(body)], names, lexicon, subjects)
        parts = joined[subjects].split(_FIELD_SEPARATOR)
        if len(parts) == len(body):
            return [*joined[:subjects], *parts]
    return _redact_each(texts, names, lexicon, subjects)


_FIELD_SEPARATOR = "\n\n\ue000\n\n"
"""Between fields read as one text: blank lines around a private-use character no rule reads."""


def _redact_one(text: str, known: _Known, subject: bool) -> str:
    """One field's first pass, in order: shapes (e-mails, devices, addresses, numbers), secrets, cued
    values, then the values of the labels the export was learned to write (names come after)."""
    lexicon = known.lexicon
    text = _redact_shapes(redact_person_columns(text, known.lexicon.common_words), text.lower(), known)
    text = redact_secrets(text, lexicon.system_names, lexicon.common_words)
    if "[" in text:
        text = replace_spans(text, alert_accounts(text, known.users, lexicon.common_words), "[username]")
    return redact_labelled_values(_redact_cues(text, known, subject), lexicon.value_labels, lexicon.common_words,
                                  lexicon.value_shapes)


def _redact_each(texts: Sequence[str], names: Iterable[str], lexicon: Lexicon, subjects: int) -> list[str]:
    known = _Known(lexicon)
    for name in names:
        known.add_name(name)
    originals = texts
    glued = [bool(t) and _glued(t) for t in texts]  # read once: ungluing and regluing ask the same
    texts = [_unglue(t) if g else t for t, g in zip(texts, glued)]
    texts = [_redact_one(t, known, i < subjects) if t else t for i, t in enumerate(texts)]
    for index, text in enumerate(texts):
        if text:
            collect_names(text, known, subject=index < subjects)
    redacted = [redact_placed_accounts(redact_code_lines(_ids_beside_names(replace_names(t, known))),
                                       known.lexicon.common_words) if t else t for t in texts]
    # last, what the rules left: address lines by their shape alone, then the lines of an address block
    # by their joint evidence (subjects are one sentence)
    redacted = [redact_address_blocks(redact_address_lines(t)) if t and i >= subjects else t
                for i, t in enumerate(redacted)]
    return [_reglue(o, r) if g and o != r else r for o, r, g in zip(originals, redacted, glued)]


# Form labels glued to their values when a form is flattened into one line ("NameJane DoeUnique
# ID1234567NetIDjd12", "REQUESTUser Name:"): a space goes back before the label, a colon after it.
# After "ID" a value in small letters needs three letters or a digit ("NetIDjd12"): "IDs" is a plural.
_LABELS = (r"(?:First Name|Last Name|Full Name|User Name|Username|User ID|UserID|Unique ID|NetID|Net ID|Employee|"
           r"Requested For|Requester|Site|Store|"
           r"Network Login|Login|E-?mail|Phone|Telephone|Mobile|Contact|Location|Department|Dept|Title|Extension|"
           r"(?:Employee|Staff|Student|Personnel|Payroll|Badge) (?:ID|No|Number)|Manager|Building|Room|Address|Name|ID)")
_BEFORE_LABEL = re.compile(rf"(?<=[a-z0-9\]])(?!ID){_LABELS}(?=[A-Za-z0-9\[]|[ \t]*:)"
                           rf"|(?<=[0-9\]])ID(?=[A-Za-z0-9\[]|[ \t]*:)"
                           rf"|(?<=[A-Z]{{3}}){_LABELS}(?=[ \t]*:)")
_AFTER_LABEL = re.compile(rf"(?<![A-Za-z]){_LABELS}(?=[A-Z0-9\[]|(?<=ID)(?:[a-z]{{3}}|[a-z]{{1,2}}\d))")
_GLUE_HINT = re.compile(rf"[a-z0-9\]]{_LABELS}|[A-Z]{{3}}{_LABELS}[ \t]*:|\b{_LABELS}[A-Z0-9\[]|ID[a-z]+\d")
_ANY_LABEL = re.compile(_LABELS)
"""Every match of ``_GLUE_HINT`` holds a label ("ID" is one): where none occurs, nothing is glued. A
pattern that opens with the labels' capitals skips the rest of a text at C speed, about a third of
the time ``_GLUE_HINT`` takes to find nothing (most texts hold no label at all)."""


def _glued(text: str) -> bool:
    """A label that may be glued to its value occurs in ``text`` (elsewhere the labels are left alone)."""
    return bool(_ANY_LABEL.search(text)) and bool(_GLUE_HINT.search(text))


def unglue_labels(text: str) -> str:
    """Put back the separators between glued form labels and their values (see ``_LABELS``)."""
    return _unglue(text) if _glued(text) else text


def _unglue(text: str) -> str:
    """:func:`unglue_labels` of a text that :func:`_glued` said holds a glued label."""
    text = _BEFORE_LABEL.sub(lambda m: " " + m.group(0), text)
    return _AFTER_LABEL.sub(lambda m: m.group(0) + ": ", text)


_TOKEN = re.compile(r"\S+")


def _reglue(original: str, redacted: str) -> str:
    """Undo ``unglue_labels`` wherever redaction replaced nothing, in a changed text whose original
    :func:`_glued` said holds a glued label: the separators are put in for the rules to read a
    flattened form, and a word of the original that only looked glued ("iPhone15Pro",
    "IDPERR51903") comes back as written. Each word of ``original`` (between spaces) that ungluing
    changed is looked for whole in ``redacted``, unless the original itself writes its unglued form."""
    back = {unglue_labels(t): t for t in set(_TOKEN.findall(original))}
    back = {unglued: token for unglued, token in back.items() if unglued != token}
    for _, _, written in _whole_words(original, back):
        back.pop(written, None)
    out, last = [], 0
    for start, end, unglued in _whole_words(redacted, back):
        out += [redacted[last:start], back[unglued]]
        last = end
    return "".join(out) + redacted[last:] if out else redacted


def _whole_words(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where ``words`` (which may hold spaces) stand in ``text`` between spaces or the text's ends, not
    overlapping, the most words of the text first: one pass over the text's words, each run of as
    many words as some of ``words`` hold looked up in a set (linear in the text)."""
    wanted = set(words)
    counts = sorted({len(w.split()) for w in wanted}, reverse=True)
    spans = [m.span() for m in _TOKEN.finditer(text)] if wanted else []
    found, i = [], 0
    while i < len(spans):
        for count in counts:
            if i + count <= len(spans) and text[spans[i][0]:spans[i + count - 1][1]] in wanted:
                found.append((spans[i][0], spans[i + count - 1][1], text[spans[i][0]:spans[i + count - 1][1]]))
                i += count
                break
        else:
            i += 1
    return found


# An id right beside a name, as lists, tables and signatures put a person's number next to them
# ("[name] 1234567", "[name] (1234567)", "[name] [KT48213]", "[name] / E1042Z", "[name] | 48213",
# "1234567 - [name]", "[name] J. / 420-2203"): the shape of a staff id (``ID_CORE``), but bare
# digits need five or more (four beside a name are a year or an extension), and capitals that open a
# ticket's, a change's or an article's number (``_RECORD_PREFIX``) name a record; no part of a longer
# number. An initial left after a name ("[name] J.") is part of the name.
# Four digits with a two-digit sequence after a slash ("3509/21") are an id too beside a name, unless
# the four are a year ("2024/25" is a season or a fiscal year).
# A unit after a number ("1024/16 GB", "1920/60 Hz", "4096/32 px", ``UNIT_AFTER_NUMBER``): a quantity
# and its ratio, not an id.
_UNIT = UNIT_AFTER_NUMBER
# Four digits and two after a comma are the next item of a list of specs ("<name>, 1080/60 display").
_ID_SHAPE = (rf"(?<![\d.])(?<![\d.][:/-])(?:(?<!,)(?<!,[ \t])(?!(?:19|20)\d\d/)\d{{4}}/\d{{2}}(?!{_UNIT})|"
             rf"{_RECORD_PREFIX}(?!\d{{4}}\b){ID_CORE}(?:[-/.]\d{{1,6}})*)"
             r"(?![\d/]|-\d|\.\d)\b")  # its sequence or check part is the id's ("1234567/2"); no part of a longer number
# The word or sign for a number may stand before the id ("[name], N° 63129", "[name] (no. 50847)", "Nr.").
_NUMBER_SIGN = rf"(?:(?i:{NUMBER_WORD.pattern})\.?[ \t]*|№[ \t]*)?"
_ID_BESIDE_NAME = re.compile(rf"(?<=\[name\])(?P<gap>(?:[ \t]+[A-Z]\.)?[ \t]*(?:[(\[#:,/|-][ \t]*)?{_NUMBER_SIGN}){_ID_SHAPE}|"
                             rf"\b{_ID_SHAPE}(?=[ \t]*[-:,/|)\]]?[ \t]*\[name\])")


_ID_DIGITS = re.compile(r"\d{4}")
"""Both branches of ``_ID_BESIDE_NAME`` need four digits in a row: a text without them is not read."""


def _ids_beside_names(text: str) -> str:
    if "[name]" not in text or not _ID_DIGITS.search(text):
        return text
    return _ID_BESIDE_NAME.sub(lambda m: (m.group("gap") or "") + "[employee-id]" if m.group("gap") is not None
                               else "[employee-id]", text)


def redact_text(text: str, names: Iterable[str] = ()) -> str:
    """Remove personal data from one text.

    Args:
        text: any ticket text.
        names: names known to belong to people (e.g. the caller); each part is removed
            wherever it occurs, with the usernames derived from it.

    Returns:
        The text with personal data replaced by placeholders such as ``[name]``.
    """
    return _redact_fields([text], names, Lexicon())[0]


def redact_ticket(ticket: Ticket, lexicon: Lexicon | None = None) -> Ticket:
    """Return a copy of ``ticket`` with personal data removed from every text field.

    Subject, description, comments, resolution note and category are redacted. The caller's
    name parts (and usernames derived from them) are removed everywhere in the ticket, names
    found in one field are removed from all of them, and ``caller`` becomes ``[name]``.

    Args:
        ticket: the ticket as imported.
        lexicon: names learned across the export (see :func:`learn_lexicon`), if any.
    """
    names = [ticket.caller] if ticket.caller else []
    fields = [ticket.subject, ticket.description, ticket.close_notes, ticket.category, *ticket.comments]
    subject, description, close_notes, category, *comments = _redact_fields(fields, names, lexicon or Lexicon(), 1)
    return dataclasses.replace(ticket, subject=subject, description=description, close_notes=close_notes,
                               category=category, comments=tuple(comments), caller=NAME if ticket.caller else "")


def learn_lexicon(tickets: Sequence[Ticket], workers: int = 1) -> Lexicon:
    """What an export says about names: the callers' first names and surnames, and the words it
    also writes in lower case (so "File Explorer" is not taken for a name). ``workers`` forked
    processes read slices of the sample (the counts are sums, so the lexicon is the same)."""
    step = max(1, len(tickets) // _LEXICON_SAMPLE)
    sample = tickets[::step]  # an even sample is enough to know the everyday words
    if can_fork(workers, len(sample), _PARALLEL_MIN):
        gazetteer()  # loaded here once (about 1.3 s of CPU), inherited by every worker forked from now on
        parts = fork_map(_count_slice, sample, len(sample), workers)
    else:
        parts = [_lexicon_counts(sample)]
    lower_counts, capital_counts = _sum_counts(p[0] for p in parts), _sum_counts(p[1] for p in parts)
    numbers, phrases = _union_sets(p[2] for p in parts), _union_sets(p[3] for p in parts)
    system_names = frozenset(t for t, seen in _union_sets(p[5] for p in parts).items() if len(seen) >= 2)
    # a word's share of tickets says it is an everyday word only over enough tickets (in ten, every word
    # of a ticket type is in all of them)
    # (folded as the label words are: "está" and "esta" are one word there)
    frequent = frozenset(label_fold(w) for w, n in lower_counts.items() if n >= FREQUENT_WORD_SHARE * len(sample)) \
        if len(sample) >= _FREQUENT_MIN_SAMPLE else frozenset()
    label_counts = merge_label_counts(p[4] for p in parts)
    labels = learn_value_labels(label_counts, len(sample), frequent)
    shapes = learn_value_shapes(label_counts, labels, len(sample))
    first, last = set(), set()
    for ticket in tickets:
        names = [p for p in name_parts(composed(ticket.caller)) if p[0].isupper()]
        if len(names) >= 2 and names[0] not in _NOT_NAMES:
            first.add(names[0])
            last.update(p for p in names[1:] if p not in _NOT_NAMES)
    # A word is an everyday word of the export only when it is written in lower case at least as
    # often as capitalised in the middle of a line ("page", "will"); a surname typed in lower case a
    # few times ("wolstenholme") is not.
    common = frozenset(w for w, n in lower_counts.items() if n >= _COMMON_MIN and n >= capital_counts.get(w, 0))
    families = frozenset(letters for letters, seen in numbers.items() if len(seen) >= _COMMON_MIN)
    # capitalised words the export writes without a particle before them: ordinary nouns ("- de
    # Contabilidad" beside "Contabilidad no imprime"), never a surname known only by its particle
    callers = {n.lower() for n in first | last}  # (a caller's surname is a person's, wherever written)
    alone = frozenset(_union_sets(p[6] for p in parts)) - callers
    return Lexicon(frozenset(first), frozenset(last), common - {n.lower() for n in first | last}, families,
                   _system_phrases(phrases, first | last), labels, shapes, system_names, alone,
                   frozenset(t for t in _union_sets(p[7] for p in parts) if t[1] not in callers))


def _lexicon_counts(tickets: Sequence[Ticket]) -> tuple[dict, ...]:
    """The lexicon's counts over some tickets: texts writing each word in lower case, texts writing
    it capitalised mid-line, the numbers seen after each NetID prefix, the callers of each pair of
    capitalised words, the tickets writing each value after each label (:mod:`.pii_labels`), the callers
    writing each token of random case (tickets without a caller count for none of the two)."""
    lower_counts: dict[str, int] = {}
    capital_counts: dict[str, int] = {}
    numbers: dict[str, set[str]] = {}
    phrases: dict[tuple[str, str], set[str]] = {}
    labels: dict[str, dict[str, int]] = {}
    mixed: dict[str, set[str]] = {}
    alone: dict[str, set] = {}
    things: dict[tuple[str, str], set] = {}
    for ticket in tickets:
        text = narrowed(composed("\n".join((ticket.subject, ticket.description, ticket.close_notes, *ticket.comments))))
        count_labels(text, labels)  # (read as redaction reads it: see ``_redact_fields``)
        if ticket.caller:  # who wrote it: without a caller column, many tickets may be one person's
            who = caller_key(composed(ticket.caller))
            for token in random_case_tokens(text):  # (a secret repeated in a reopened ticket is one person's)
                mixed.setdefault(token, set()).add(who)
            for pair in set(_CAPITAL_PAIR.findall(text)):
                phrases.setdefault(pair, set()).add(who)
        for word in set(_LOWER_WORD.findall(text)) - lowercase_full_names(text):
            lower_counts[word] = lower_counts.get(word, 0) + 1
        for word in _capitals_alone(text):
            alone.setdefault(word, set())
        for phrase in particle_things(text):
            things.setdefault(phrase, set())
        for word in _mid_line_capitals(text):
            capital_counts[word] = capital_counts.get(word, 0) + 1
        for match in NETID.finditer(text.lower()):
            numbers.setdefault(match.group("letters"), set()).add(match.group("number"))
    return lower_counts, capital_counts, numbers, phrases, labels, mixed, alone, things


def _capitals_alone(text: str) -> set[str]:
    """Capitalised words (2+ letters, lower-cased, no particle themselves) written with no name
    particle right before them, in lines not written in capitals."""
    found = set()
    for line in text.splitlines():
        if line.isupper():
            continue
        words = _WORD.findall(line)
        found.update(w.lower() for k, w in enumerate(words) if len(w) > 1 and w[0].isupper() and
                     not is_particle(w) and (k == 0 or not is_particle(words[k - 1])))
    return found


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _sum_counts(parts: Iterable[dict]) -> dict:
    total: dict = {}
    for part in parts:
        for key, count in part.items():
            total[key] = total.get(key, 0) + count
    return total


def _union_sets(parts: Iterable[dict]) -> dict:
    union: dict = {}
    for part in parts:
        for key, values in part.items():
            union.setdefault(key, set()).update(values)
    return union


def _system_phrases(phrases: dict[tuple[str, str], set[str]], callers: set[str]) -> frozenset[tuple[str, str]]:
    """Pairs of capitalised words that many different people write ("File Explorer", "Company
    Portal"): the name of a system or a place, not of a person. A person is named by many callers
    too (a manager who approves), so a pair whose first word is a first name or whose second word is
    a surname (of the gazetteer or of a caller) is never one."""
    from .pii_names import gazetteer

    gaz = gazetteer()
    return frozenset(pair for pair, people in phrases.items()
                     if len(people) >= _SYSTEM_PHRASE_PEOPLE and not gaz.is_first(pair[0]) and not gaz.is_last(pair[1])
                     and pair[0] not in callers and pair[1] not in callers)


_CAPITAL_PAIR = re.compile(rf"(?<![\w@.-])([{_UPPER}][{_LOWER}]+)[ ]([{_UPPER}][{_LOWER}]+)(?![\w@-])")
_SYSTEM_PHRASE_PEOPLE = 5
"""Distinct callers who write a pair before it names a system (exports without callers: never)."""


def _mid_line_capitals(text: str) -> set[str]:
    """Capitalised words, lower-cased, that do not open a line, in lines not written in capitals."""
    found = set()
    for line in text.splitlines():
        if line.isupper():
            continue
        found.update(w.lower() for w in _CAPITAL_WORD.findall(line.lstrip(), 1))
    return found


_CAPITAL_WORD = re.compile(rf"(?<![\w@.])[{_UPPER}][{_UPPER}{_LOWER}'’-]+(?![\w@]|\.\w)")


def lowercase_full_names(text: str) -> set[str]:
    """Words of full names typed in lower case (a gazetteer first name and a gazetteer name): an
    export that writes "andrew stewart" in lower case does not make "andrew" an everyday word."""
    if not text or text.isupper():
        return set()
    gaz = gazetteer()
    found = set()
    for match, first, last in lowercase_name_pairs(text):
        if gaz.is_first(first) and gaz.is_name(last) or lower_pair_cued(text, match) or lower_pair_ends(text, match):
            found |= {first, last}
    return found | lowercase_particle_surnames(text)


_LOWER_WORD = re.compile(rf"(?<![\w@.])[{_LOWER}][{_LOWER}'’-]+(?![\w@]|\.\w)")
_COMMON_MIN = 3
_LEXICON_SAMPLE = 20000
_FREQUENT_MIN_SAMPLE = 100


def redact_tickets(tickets: Sequence[Ticket], workers: int | None = None,
                   lexicon: Lexicon | None = None) -> tuple[Ticket, ...]:
    """Redact a whole export: :func:`redact_ticket` with the callers' names of the export learned
    first, so that a colleague named in another ticket is caught where no cue points at them.

    Args:
        tickets: the export as imported.
        workers: processes to share the work (default: the CPUs this process may use). Each ticket
            is redacted on its own once the lexicon is learned, so a large export (``_PARALLEL_MIN``
            tickets or more) is cut into slices shared by the workers, forked where the platform
            can fork; the lexicon is counted the same way. The result is the same as in one
            process, in the same order.
        lexicon: the export's names when the caller has learned them already (:func:`learn_lexicon`).
    """
    return redact_stages(tickets, workers, lexicon)[-1]


def redact_stages(tickets: Sequence[Ticket], workers: int | None = None,
                  lexicon: Lexicon | None = None) -> tuple[tuple[Ticket, ...], ...]:
    """The export after each pass of :func:`redact_tickets` (same arguments): the first pass (each ticket
    on its own), the host pass (:mod:`.pii_host_scheme`) and the account pass (:mod:`.pii_account_scheme`),
    the last being the result. A bench reads which pass removed what."""
    load_address_model()  # here, before any fork: a broken model file is reported once, as a FileError
    workers = cpu_count() if workers is None else workers
    lexicon = learn_lexicon(tickets, workers) if lexicon is None else lexicon
    if can_fork(workers, len(tickets), _PARALLEL_MIN):
        redacted = tuple(t for part in fork_map(_redact_slice, (tickets, lexicon), len(tickets), workers) for t in part)
    else:
        redacted = _redact_range(tickets, lexicon)
    return (redacted, *_second_passes(tickets, redacted, lexicon.common_words))


def _ticket_fields(ticket: Ticket) -> list[str]:
    return [ticket.subject, ticket.description, ticket.close_notes, *ticket.comments]


def _with_fields(ticket: Ticket, fields: Sequence[str]) -> Ticket:
    return dataclasses.replace(ticket, subject=fields[0], description=fields[1], close_notes=fields[2],
                               comments=tuple(fields[3:]))


_SECOND_PASS_PLACEHOLDERS = ("[host]", "[username]", "[employee-id]", "[phone]")
"""The placeholders whose original values the second passes read (their anchors)."""


def _second_passes(tickets: Sequence[Ticket], redacted: tuple[Ticket, ...],
                   common: frozenset[str]) -> tuple[tuple[Ticket, ...], tuple[Ticket, ...]]:
    """The host pass, then the account pass, over the first pass's output (each returned). Each field
    that holds a placeholder either pass reads is aligned with its original once (:mod:`.pii_align`):
    the host pass changes no word count, so the account pass reads the same alignment."""
    originals = [_ticket_fields(t) for t in tickets]
    firsts = [_ticket_fields(r) for r in redacted]
    alignments = [[differences(a.split(), b.split()) if any(p in b for p in _SECOND_PASS_PLACEHOLDERS) else None
                   for a, b in zip(fa, fb)] for fa, fb in zip(originals, firsts)]
    flat = [a for fields in alignments for a in fields]
    hosts = _scheme_hosts(originals, firsts, common, flat)
    after_hosts = redacted if hosts is None else tuple(_with_fields(t, f) for t, f in zip(redacted, hosts))
    fields = scheme_fields(originals, hosts or firsts, common, alignments)
    after_accounts = after_hosts if fields is None else tuple(_with_fields(t, f) for t, f in zip(redacted, fields))
    return after_hosts, after_accounts


def _scheme_hosts(originals: list[list[str]], firsts: list[list[str]], common: frozenset[str],
                  alignments: list[Alignment | None]) -> list[list[str]] | None:
    """The second pass over the export (:mod:`.pii_host_scheme`): the machine-naming schemes the first
    pass's ``[host]`` values share, then the names of those schemes no cue pointed at and the names the
    first pass took wherever they recur (None: none of either)."""
    schemes, names = learn_hosts([(a, b) for fa, fb in zip(originals, firsts) for a, b in zip(fa, fb)], common,
                                 alignments)
    if not schemes and not names:
        return None
    return [[redact_scheme_hosts(f, schemes, common, names) if f else f for f in fields] for fields in firsts]


_PARALLEL_MIN = PARALLEL_MIN
"""Below this many tickets a single process finishes before workers would have started."""


def _redact_range(tickets: Sequence[Ticket], lexicon: Lexicon) -> tuple[Ticket, ...]:
    subjects: dict[tuple[str, str], list[str]] = {}
    with collector_paused():  # many short-lived strings and no cycles: collection passes only cost time
        return tuple(_redact_subject_only(t, lexicon, subjects) or redact_ticket(t, lexicon) for t in tickets)


def _redact_slice(shared: tuple[Sequence[Ticket], Lexicon], start: int, end: int) -> tuple[Ticket, ...]:
    tickets, lexicon = shared
    return _redact_range(tickets[start:end], lexicon)


def _count_slice(tickets: Sequence[Ticket], start: int, end: int) -> tuple[dict, ...]:
    return _lexicon_counts(tickets[start:end])


def _redact_subject_only(ticket: Ticket, lexicon: Lexicon, cache: dict) -> Ticket | None:
    """A ticket that is only a subject line (and a category), redacted once per distinct subject
    and category: the caller's name changes nothing in fields that hold no part of it nor a
    username made from it (otherwise the ticket is redacted on its own, None). Both are read as the
    rules read them (composed and narrowed): a name typed in full-width letters is a mention."""
    if ticket.description or ticket.close_notes or ticket.comments or \
            (ticket.caller and _mentions(narrowed(composed(ticket.caller)),
                                            narrowed(composed(f"{ticket.subject}\n{ticket.category}")).lower())):
        return None
    key = (ticket.subject, ticket.category)
    if key not in cache:
        cache[key] = _redact_fields([ticket.subject, ticket.category], [], lexicon, 1)
    subject, category = cache[key]
    return dataclasses.replace(ticket, subject=subject, category=category, caller=NAME if ticket.caller else "")


def _mentions(caller: str, low: str) -> bool:
    """True when lower-cased text holds a part of the caller's name (with or without accents), or a
    username or numbered prefix derived from it."""
    from ..fold import unaccented
    from .pii_names import numbered_usernames_for

    parts = name_parts(caller)
    if any(p.lower() in low or unaccented(p).lower() in low for p in parts):
        return True
    full = " ".join(p.capitalize() for p in parts)
    return any(u in low for u in usernames_for(full)) or any(u in low for u in numbered_usernames_for(full))


def write_redacted_jsonl(tickets: Iterable[Ticket], path: Path) -> None:
    """Write tickets as JSON lines ``{ticket_id, subject, description, comments, close_notes, caller}``.

    The tickets must already be redacted. One ticket per line, in the given order, keys in a
    fixed order with ``ticket_id`` first and ``comments`` last (readers that sniff the first
    bytes of a file for ``"comments"`` must not take it for a Zendesk comments export).
    """
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for t in tickets:
            record = {"ticket_id": t.ticket_id, "subject": t.subject, "description": t.description,
                      "close_notes": t.close_notes, "caller": t.caller, "comments": list(t.comments)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
