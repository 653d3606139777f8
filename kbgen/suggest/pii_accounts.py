"""Account and device names built from people's names, and where they are replaced.

A person's name parts as directories spell them, the usernames an IT desk derives from a full name
(``jsmith``, ``j.smith``, ``smithj``...), the general rule that recognises any account name built
from prefixes of two name parts, and device names that hold a name part or a gazetteer name. Read
by :mod:`.pii_names`, which knows the people of a ticket.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Iterable

from .pii_gazetteer import fold, gazetteer
from .pii_patterns import _LOWER, is_particle, label_gap, _UPPER, USER_STOP, DEVICE_WORDS, ROLE_WORDS, replace_spans
from .shared import placeholder_kinds

if TYPE_CHECKING:  # pragma: no cover - the type only
    from .pii_names import _Known

# ----------------------------------------------------------------------------- name parts and usernames


@functools.lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    """The tokens of a person's name worth removing on their own (no particles, 2+ letters). A particle
    written in capitals between two parts ("Aoibhe Ní Scannláin") is one too; first or last it is a
    part ("Al Jones", "Anh Le"), as it names nobody else there."""
    tokens = [t for t in _NAME_PART.findall(name or "") if len(t) > 1]
    return tuple(t for k, t in enumerate(tokens) if not (t.islower() and is_particle(t)) and
                 not (0 < k < len(tokens) - 1 and is_particle(t)))


_NAME_PART = re.compile(rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]*")


@functools.lru_cache(maxsize=65536)
def usernames_for(name: str) -> frozenset[str]:
    """Usernames an IT desk derives from a full name: jsmith, j.smith, jane.smith, smithj, janes,
    and the truncated forms of systems that cut the surname (jsmit, smithj), folded to ASCII and, where
    the directory keeps them, with the name's own letters (``bjørn.gallagher``)."""
    found = set()
    for spelling in (fold, _lower_letters):
        parts = [p for p in (spelling(p) for p in name_parts(name)) if p]
        if len(parts) >= 2:
            found |= _usernames_of(parts[0], parts[1:])
    return frozenset(u for u in found if len(u) >= 4)


def _lower_letters(part: str) -> str:
    return "".join(c for c in part.lower() if c.isalpha() or c == "-")


def _usernames_of(first: str, rest: list[str]) -> set[str]:
    found = set()
    for last in {rest[-1], "".join(rest), "-".join(rest), rest[-1].replace("-", "")}:
        found |= {first[0] + last, f"{first[0]}.{last}", f"{first}.{last}", last + first[0], first + last,
                  f"{first}_{last}", first + last[0], f"{last}.{first}"}
        found |= {first[0] + last[:k] for k in (5, 6, 7)} | {last[:k] + first[0] for k in (4, 5, 6)}
    return found


@functools.lru_cache(maxsize=65536)
def login_stems(name: str) -> frozenset[tuple[str, ...]]:
    """A full name's parts as account names spell them: lower-case ASCII (folded, or with the letters
    that do not fold dropped, as some directories do: "Bożena" -> "boena"), a particle glued to
    the part after it ("van den Broek" -> "vandenbroek")."""
    words = _NAME_PART.findall(name or "")
    found = set()
    for spelling in (fold, _ascii_only):
        parts, pending = [], ""
        for word in words:
            letters = spelling(word).replace("-", "")
            if is_particle(word):
                pending += letters
            elif letters:
                parts.append(pending + letters)
                pending = ""
        if len(parts) >= 2:
            found.add(tuple(parts))
    return frozenset(found)


def _ascii_only(word: str) -> str:  # on purpose no kbgen.fold: see its docstring
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")


def derived_login(token: str, people: Iterable[tuple[str, ...]]) -> bool:
    """True when a token is an account name built from a known person's name the way directories build
    them: a prefix of one name part and a prefix of another, in either order, with at most one ``.``,
    ``_`` or ``-`` between and up to three digits after ("wojcikan", "awojcik", "anna_w",
    "ANNAWOJCIK", "wojcika3" for Anna Wójcik); five letters or more, the longer piece three or more."""
    core = token.lower().rstrip("0123456789")
    if len(token) - len(core) > 3:
        return False
    pieces = re.split(r"[._-]", core)
    if len(pieces) > 2 or not all(p.isascii() and p.isalpha() for p in pieces):
        return False
    letters = "".join(pieces)
    if len(letters) < 5:
        return False
    cuts = [len(pieces[0])] if len(pieces) == 2 else range(1, len(letters))
    for parts in people:
        for cut in cuts:
            head, tail = letters[:cut], letters[cut:]
            if max(len(head), len(tail)) < 3:
                continue
            if any(a.startswith(head) and any(b.startswith(tail) for j, b in enumerate(parts) if j != i)
                   for i, a in enumerate(parts)):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def numbered_usernames_for(name: str) -> frozenset[str]:
    """Short prefixes that systems follow with digits (``bar836`` for Barbara, ``kay473`` for Kaya, of
    the first name or the surname): only with digits."""
    found = set()
    for spelling in (fold, _lower_letters):
        parts = [p for p in (spelling(p) for p in name_parts(name)) if p]
        found |= {p[:3] for p in parts[:1] + parts[-1:] if len(p) >= 3}
    return frozenset(found)


# ----------------------------------------------------------------------------- devices

_DEVICE_TOKEN = re.compile(r"(?<![\w@.-])(?=[\w.-]*[\d_-])[A-Za-z0-9][A-Za-z0-9._-]{4,40}(?![\w@-])")


def replace_devices(text: str, known: _Known) -> str:
    """Device names built from a person's name or account ("WKSOKAFORB2", "lt-okafor-2", "OSLNBOKAFOR",
    "jdoe7-lt"): a token with a digit or a joiner that contains a name part known for the ticket (its
    first six letters) or, as a label of its own, an account known for it, or a token of capitals glued to a name part of five
    letters or more -> ``[host]``. Evidence is linked across the ticket: the caller's name, or a name or
    an account found once, marks every machine named after them."""
    parts = known.lower_tokens()
    users = {u for u in known.users if len(u) >= 4}
    if not parts and not users:
        return text

    stems = {p[:6] for p in parts if len(p) >= 3}  # naming schemes cut long surnames ("vogelsa")
    # ... or to five letters, then written as a label of their own ("OSL-FIN-GAUTH" for Gauthier)
    labels = {p[:5] for p in parts if len(p) >= 6}
    low = text.lower()
    if not any(stem in low for stem in stems | labels | users):
        return text

    accounts = labels | users

    def replace(match: re.Match) -> str:
        token = match.group(0).lower()
        if any(stem in token and stem != token for stem in stems):
            return "[host]"
        split = _LABEL_SPLIT.split(token)  # an account is a whole label of the machine's name ("jdoe7-lt")
        return "[host]" if len(split) > 1 and accounts.intersection(split) else match.group(0)

    def glued(match: re.Match) -> str:
        token = match.group(0).lower()
        return "[host]" if token not in known.users and any(len(stem) >= 5 and stem in token and len(token) - len(stem) >= 3
                               for stem in stems) else match.group(0)
    return _GLUED_CAPS.sub(glued, _DEVICE_TOKEN.sub(replace, text))


# Capitals glued with no digit or joiner ("KRKLTNOWAKO"): a scheme of site, role and owner codes; it
# needs a name part of five letters or more and three more letters around it (a word in capitals that
# holds a short name, "MARKET", is no machine).
_GLUED_CAPS = re.compile(r"(?<![\w@.-])[A-Z]{8,30}(?![\w@-]|\.\w)")


_LABEL_SPLIT = re.compile(r"[._-]+")


# A device name after the word for an end-user device ("laptop", "workstation"), in capitals with a
# digit: it holds a person's name when a gazetteer name of five letters or more is inside it
# (a site code, the owner's surname and "NB7", written as one token), as naming schemes glue a site prefix, the surname and a number.
_DEVICE_WORDS = (*DEVICE_WORDS, "tablet")
_DEVICE_AFTER_WORD = re.compile(rf"(?i:\b(?:{'|'.join(_DEVICE_WORDS)}|hostname)\b)"
                                + label_gap(":#") + r"(?P<value>[A-Z][A-Z0-9-]{5,24})(?![\w-])")
# Whether any value can be there: three capitals, then capitals or hyphens up to a digit. Tried only at
# the start of a run of capitals and hyphens (the run scanned forward once and back once: a long run
# of capitals without a digit costs its length, not its length squared; no possessive quantifier,
# which Python reads only from 3.11).
_CAPS_DIGIT = re.compile(r"(?<![A-Z-])(?=[A-Z-]*?[A-Z]{3})[A-Z-]*\d")


def replace_named_devices(text: str) -> str:
    """Device names holding a name no cue gave (see ``_DEVICE_AFTER_WORD``) -> ``[host]``."""
    if not _CAPS_DIGIT.search(text):
        return text
    low = text.lower()
    if not any(word in low for word in _DEVICE_WORDS):
        return text

    def replace(match: re.Match) -> str:
        value = match.group("value")
        if not any(c.isdigit() for c in value) or not _holds_name(value.lower()):
            return match.group(0)
        return match.group(0)[:match.start("value") - match.start()] + "[host]"
    return _DEVICE_AFTER_WORD.sub(replace, text)


# A machine named by a site code, a unit or role code and its owner's surname cut short, in
# capitals and joined by dashes ("OSL-FIN-HANSE", "KRK-HR-NOWAK"): the last label has letters only
# and a surname of the gazetteer starts with it (four letters or more, or it is a whole surname).
# Servers, printers and switches end in a number or a role word ("ZRH-DB-07", "BGO-CORE-SW01",
# "EU-WEST-PROD") and stay.
_SITE_UNIT_NAME = re.compile(r"(?<![\w.-])[A-Z]{2,4}-[A-Z]{2,4}-(?P<owner>[A-Z]{3,8})(?![\w-]|\.\w)")
_MACHINE_ROLE_WORDS = frozenset("""prod test dev uat stage staging qa core edge main mgmt admin backup web app apps
db sql file print proxy vpn dc dns dhcp mail smtp exch kiosk lab pool farm node host gate gateway wifi guest
public shared spare lobby scan copy """.split())


def replace_site_unit_devices(text: str) -> str:
    """Machines named after their owner behind a site and a unit code (``_SITE_UNIT_NAME``) -> ``[host]``."""
    if "-" not in text:
        return text

    def replace(match: re.Match) -> str:
        owner = match.group("owner").lower()
        if owner in _MACHINE_ROLE_WORDS or owner in ROLE_WORDS or not _surname_prefix(owner):
            return match.group(0)
        return "[host]"
    return _SITE_UNIT_NAME.sub(replace, text)


@functools.lru_cache(maxsize=1)
def _sorted_surnames() -> tuple[str, ...]:
    return tuple(sorted(gazetteer().last))


def _surname_prefix(letters: str) -> bool:
    """True when a gazetteer surname is ``letters`` or, for four letters or more, starts with them."""
    import bisect

    names = _sorted_surnames()
    i = bisect.bisect_left(names, letters)
    return i < len(names) and (names[i] == letters or len(letters) >= 4 and names[i].startswith(letters))


def _holds_name(token: str) -> bool:
    gaz = gazetteer()
    for run in re.findall(r"[a-z]{5,}", token):
        for size in range(min(len(run), 10), 4, -1):
            if any(run[i:i + size] in gaz.last or run[i:i + size] in gaz.first for i in range(len(run) - size + 1)):
                return True
    return False


# ----------------------------------------------------------------------------- replacing usernames


# The words inside the placeholders redaction writes: never an account, whatever a rule learnt.
_PLACEHOLDER_WORDS = frozenset(placeholder_kinds())


def _replace_usernames(text: str, known: _Known) -> str:
    """Known usernames (with up to 3 digits after them) and numbered prefixes (with 1-4 digits), in any
    case, where no letter touches them."""
    low = text.lower()
    present = [u for u in known.users if u in low and u not in _PLACEHOLDER_WORDS]
    if present:
        text = _replace_found(text, present, 0, 3, lambda c: c.isascii() and c.isalpha())
    numbered = [u for u in known.numbered if u in text.lower()]
    if numbered:
        text = _replace_found(text, numbered, 1, 4, lambda c: c.isalnum() or c == "_")
    if known.people:
        text = _replace_derived_logins(text, known)
    return text


_LOGIN_TOKEN = re.compile(r"(?<![\w@.\\/-])[A-Za-z][A-Za-z]*(?:[._-][A-Za-z]+)?\d{0,3}(?![\w@-]|\.\w)")


def _replace_derived_logins(text: str, known: _Known) -> str:
    """Account names built from a known person's name (:func:`derived_login`) that are no word of the
    export nor a capitalised word of prose -> ``[username]``. The distinct tokens are judged once, and
    the text is rewritten only when one of them is such a name (most texts hold none)."""
    # A login starts with a name part's first two letters, or with one's initial and another's.
    starts = {p[:2] for parts in known.people for p in parts} | \
        {a[0] + b[0] for parts in known.people for a in parts for b in parts if a != b}
    common = known.lexicon.common_words
    hits = set()
    for token in set(_LOGIN_TOKEN.findall(text)):
        low = token.lower()
        if len(token) < 5 or low.replace(".", "").replace("_", "").replace("-", "")[:2] not in starts or low in common or low in USER_STOP or \
                token.isalpha() and token[0].isupper() and token[1:].islower():
            continue
        if derived_login(token, known.people):
            hits.add(token)
    if not hits:
        return text
    return _LOGIN_TOKEN.sub(lambda m: "[username]" if m.group(0) in hits else m.group(0), text)


def _replace_found(text: str, words: list[str], fewest: int, most: int, glued) -> str:
    """Replace each occurrence of ``words`` (lower case, longest first) followed by ``fewest`` to
    ``most`` digits, when no letter is before it and ``glued`` is false for the character after it.
    Plain string searches: no pattern is compiled per ticket."""
    low = text.lower()
    spans = []
    taken = bytearray(len(low))  # 1 where a span is replaced: an overlap test bounded by the word's length
    for word in sorted(words, key=len, reverse=True):
        start = low.find(word)
        while start >= 0:
            end = start + len(word)
            digits = end
            while digits < len(low) and digits - end < most and low[digits].isdigit():
                digits += 1
            ok = (not start or not (low[start - 1].isascii() and low[start - 1].isalpha())) and \
                digits - end >= fewest and (digits == len(low) or not glued(low[digits])) and \
                taken.find(1, start, digits) < 0
            if ok:
                spans.append((start, digits))
                taken[start:digits] = b"\x01" * (digits - start)
            start = low.find(word, start + 1)
    return replace_spans(text, spans, "[username]")  # spans never overlap (``taken``)
