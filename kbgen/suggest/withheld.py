"""Words suggest never writes because redaction showed, somewhere in the export, that they belong to someone.

Redaction works ticket by ticket and misses some mentions: a name written alone in a subject
("<Name> - mail"), reversed in capitals, typed without its accents. :mod:`kbgen.suggest.shared`
keeps a word out of the output until enough people use it, but a common first name *is* used by
many people. This is the export-wide guard, the last before anything is written:

* every value redaction replaced is read back (the original field against its redacted form);
  the words of a replaced name, of an e-mail's local part and any replaced value that is one word
  of letters (an account such as "jdoe", a word redaction took for a code), and the words of a
  caller column that holds a person's name (one use per ticket filed), are **candidate name
  parts**; a replaced value with a digit or a joiner (an id, a host, a phone, an address, a
  secret) is an **identifier** and is never written, whatever its count;
* a candidate is **withheld** for the whole run when the export's own use of it says it is a name:
  each time redaction removed it counts for a name, and so does each time it was left in the text
  beside another candidate, or in a slot ("^ _ -", "for _ $") where the
  export's ``[name]`` placeholders stand more often than ordinary words. A use in lower case
  anywhere else counts as ordinary; a capitalised one (at a line's start too), as ordinary when
  the knowledge base writes the word, half and half otherwise; a use in a category (a label) is
  ordinary. A use beside another part counts once that part is a name on
  its own evidence (two readings). Uses are counted per occurrence (times the ticket's copies);
  in a ticket where redaction removed the word beside another name part, its uses left in the text
  count for a name (the word is that person's name in the ticket's other uses too). A word is
  withheld when its name uses are at least
  :data:`NAME_SHARE` of its uses, so an everyday word or a product that was wrongly marked once
  ("long", "will", "Outlook": hundreds of ordinary uses) is still written. A capitalised word
  written alone is not read as a name just because redaction once read it in a name of several words:
  a product is written alone far more often than with its vendor ("<Vendor> <Product>"), and one
  misread escalation note would withhold it everywhere;
* a written word is compared folded (case and accents dropped), without a possessive ending,
  split at joiners and case changes ("DoeJane"), as a stem (the coverage's missing terms are
  stems), and glued to a word the export uses on its own ("namejane").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Sequence

from ..fold import unaccented
from .model import Ticket
from .pii_names import is_particle
from .shared import BRACKETED, PLACEHOLDER_KINDS, WRITTEN_PLACEHOLDER, SharedWords, stem

NAME_SHARE = 2 / 3
"""Share of a candidate's uses in the export that must be name uses for it to be withheld: at least
twice as many name uses as ordinary ones. Redaction catches most mentions of a real name, so a
name's uses are mostly removals; a word redaction takes for a name in some places only (a place
word in "<Word> Hall", a product marked once) has as many ordinary uses, and is written."""
GLUE_MIN = 3
"""Letters a withheld name part needs before it is looked for glued to another word: two-letter
parts ("Li", "Al") begin too many ordinary words."""
GLUE_MAX = 40
"""Longest word looked at for a glued name part: a label and a name are a few syllables each; the
look is quadratic in the word's length, so a hostile 100,000-letter word is not cut at every letter."""
_LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters of any script: the parts of a name or of an e-mail's local part."""
_TOKEN = re.compile(rf"{WRITTEN_PLACEHOLDER.pattern}|[^\W\d_]+(?:['’-][^\W\d_]+)*|\S")
"""A token of redacted text as the evidence pass reads it: a placeholder, a word (with an
apostrophe or a hyphen inside, no space around it: "Fa'alogo", "won't", "Jean-Luc"), or any other
single character (punctuation is part of a word's slot: "<Name> - mail"). A word's parts between
its joiners are read as written words are checked ("won't" is a use of "won"), with the case of the
whole word, in the slot of the whole word: a hyphenated given name stands where one ``[name]``
stands ("thanks <Name>-<name>" as "thanks [name]"). Linear: no nested quantifier that can overlap."""
_JOINER = re.compile(r"['’-]")
_POSSESSIVE = re.compile(r"['’]s\Z")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])")
"""A case change inside a word: where a label and a name are glued ("NameJane", "jdoeSmith")."""
_CALLER_NAME = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*(?:,?[ \t]+[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?){1,3}")
"""A caller column that holds a person's name: two to four words of letters ("Jane Doe",
"Doe, Jane", "Mary-Ann O'Neil"); an account with digits or underscores is not read as a name."""


def fold(word: str) -> str:
    """A word as compared here: accents dropped, case folded, possessive ending removed."""
    return _POSSESSIVE.sub("", unaccented(word).casefold())


# Name particles ("van", "ni", "bint": :func:`.pii_names.is_particle`, which reads them folded too): the
# closed class of short words that stand before a surname and belong to it. A particle is no name part
# on its own; a surname redaction removed after one is written with it elsewhere ("<problem> // VAN DER
# <Surname>").


def _name_parts(value: str) -> tuple[list[str], set[str]]:
    """A removed name's candidate parts (folded, two letters or more, no particle) and those written
    right after a particle. A particle is never one: it is an everyday word of some language ("van",
    "Mac", "te", "al"), and withholding it would empty ordinary text export-wide."""
    words = [p for p in _LETTERS.findall(value) if len(p) > 1]
    parts, particled, after_particle = [], set(), False
    for k, word in enumerate(words):
        part = fold(word)
        if is_particle(part):  # never withheld itself: an everyday word of some language ("van", "Mac", "te")
            after_particle = k + 1 < len(words)
            continue
        parts.append(part)
        if after_particle:
            particled.add(part)
        after_particle = False
    return parts, particled


def removed_values(original: str, redacted: str) -> list[tuple[str, str]]:
    """``(kind, value)`` for each placeholder redaction wrote in ``redacted`` in place of a part of
    ``original``. The literal text between placeholders is found in the original in order (one
    ``str.find`` each: linear); a field whose text redaction changed otherwise gives what was read
    before the change. A placeholder or a marker that was already in the original (an export
    redacted before, fed back: ``[name]``, ``<NAME>``, ``[REDACTED]``) is no value: it is dropped
    from the value, and a value that was nothing else is not returned."""
    pieces = re.split(rf"({WRITTEN_PLACEHOLDER.pattern})", redacted)
    if len(pieces) == 1:
        return []
    found: list[tuple[str, str]] = []
    if not original.startswith(pieces[0]):
        return found
    at = len(pieces[0])
    for k in range(1, len(pieces), 2):
        kind, after = pieces[k][1:-1], pieces[k + 1]
        if kind not in PLACEHOLDER_KINDS:  # a writer's own bracketed word, kept as written
            if not original.startswith(pieces[k], at):
                return found
            at += len(pieces[k]) + len(after)
            continue
        end = original.find(after, at + 1) if after else (len(original) if k + 2 >= len(pieces) else at)
        if end < 0:
            return found
        value = BRACKETED.sub(" ", original[at:end])
        if value.strip():
            found.append((kind, value))
        at = end + len(after)
    return found


@dataclass
class _Evidence:
    """Counts gathered over an export, before the decision."""

    removed: Counter = field(default_factory=Counter)
    """Candidate name part -> times redaction removed it (and tickets filed by a caller named so)."""
    paired: set = field(default_factory=set)
    """``(ticket, candidate)`` where redaction removed it beside another name part ("Jane Doe")."""
    identifiers: set = field(default_factory=set)
    """Folded identifiers redaction replaced (ids, hosts, addresses, secrets)."""
    particled: set = field(default_factory=set)
    """Candidates redaction removed right after a name particle ("van der <Surname>"): a surname whose
    uses after a particle elsewhere are that name's too."""

    def add_value(self, kind: str, value: str, count: int, ticket: int = -1) -> None:
        if kind == "name":
            parts, particled = _name_parts(value)
            self.particled |= particled
            for part in parts:
                self._name_use(part, count, ticket, len(parts) > 1)
            return
        if kind == "email":  # the local part's words are candidates, with no name use of their own:
            # a team mailbox ("backup-alerts@") is as common as a person's ("jane.doe@")
            for part in _LETTERS.findall(value.split("@", 1)[0]):
                if len(part) > 1:
                    self.removed[fold(part)] += 0
        value = value.strip()
        if value.isalpha():  # one word of letters ("jdoe", or a word taken for a code): judged by use
            self.removed[fold(value)] += count
            return
        # the value and its own compounds with a digit or a joiner ("printsrv01", "db-07.corp")
        self.identifiers.update(fold(w) for w in (value, *re.findall(r"\S+", value))
                                if any(c.isdigit() for c in w) or re.search(r"\w[.@_:-]\w", w))

    def _name_use(self, part: str, count: int, ticket: int, paired: bool) -> None:
        self.removed[part] += count
        if paired and ticket >= 0:
            self.paired.add((ticket, part))

    def add_caller(self, caller: str, count: int) -> None:
        caller = caller.strip()
        if "@" in caller:
            self.add_value("email", caller, count)
        elif _CALLER_NAME.fullmatch(caller):
            parts = [fold(p) for p in _LETTERS.findall(caller) if len(p) > 1]
            for part in parts:
                self._name_use(part, count, -1, len(parts) > 1)


@dataclass(frozen=True)
class Withheld:
    """The name parts and identifiers of one export that suggest never writes.

    Attributes:
        names: folded name parts withheld (and their stems, see :attr:`stems`).
        stems: the light stems of :attr:`names` (a missing term is a stem).
        identifiers: folded values redaction replaced as ids, hosts, addresses or secrets.
    """

    names: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()
    identifiers: frozenset[str] = frozenset()

    @classmethod
    def of(cls, originals: Sequence[Ticket], redacted: Sequence[Ticket], counts: Sequence[int] | None = None,
           callers: Mapping[str, int] | None = None, known: Callable[[str], bool] = lambda word: False) -> "Withheld":
        """Read an export's redaction: each distinct field (before and after) once, however many
        tickets hold it (the same subject filed by many callers), then the redacted text once.

        Args:
            originals: distinct tickets as imported.
            redacted: the same tickets redacted, in the same order.
            counts: how many tickets of the export each distinct ticket stands for (1 each by default).
            callers: the caller column's values, each with the number of tickets it filed (a
                caller column that holds a name is that name's use in every ticket).
            known: True for a (folded) word the knowledge base writes.
        """
        counts = counts or [1] * len(originals)
        evidence = _Evidence()
        read: dict[tuple[str, str], list[tuple[str, str]]] = {}  # each distinct field read once
        for ticket, (before, after, count) in enumerate(zip(originals, redacted, counts)):
            for old, new in _fields(before, after):
                if "[" in new:
                    values = read.get((old, new))
                    if values is None:
                        values = read[old, new] = removed_values(old, new)
                    for kind, value in values:
                        evidence.add_value(kind, value, count, ticket)
        for caller, filed in sorted((callers or {}).items()):
            evidence.add_caller(caller, filed)
        names = _decide(evidence, redacted, counts, known)
        return cls(frozenset(names), frozenset(stem(w) for w in names), frozenset(evidence.identifiers))

    def blocks(self, word: str, is_word: Callable[[str], bool] = lambda word: False) -> bool:
        """True when ``word`` (as it would be written) is or carries a withheld name part or identifier.
        ``is_word``: True for a lower-case word the export or the KB uses on its own (for glue)."""
        if not self.names and not self.identifiers:
            return False
        whole = fold(word)
        if whole in self.identifiers or whole in self.names or self._stem_of_name(whole, is_word):
            return True
        parts = [fold(p) for chunk in _CAMEL.split(word) for p in _LETTERS.findall(chunk)]
        if any(p in self.names or self._stem_of_name(p, is_word) for p in parts):
            return True
        return any(_glued(p, self.names, is_word) for p in parts if GLUE_MIN < len(p) <= GLUE_MAX)

    def _stem_of_name(self, word: str, is_word: Callable[[str], bool]) -> bool:
        """True for a withheld name's stem written as a term ("jone" for "Jones"): a word that
        shares the stem but that the export or the KB uses on its own ("library" beside a withheld
        "Libraries") is that word, not the name."""
        return stem(word) in self.stems and not is_word(word)


def _glued(word: str, names: frozenset[str], is_word: Callable[[str], bool]) -> bool:
    """True when a word is a withheld name part glued to a word the export uses on its own, at
    either end ("namejane", "janeadmin"), and is not itself such a word."""
    if is_word(word):
        return False
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if (len(tail) >= GLUE_MIN and tail in names and is_word(head)) or \
                (len(head) >= GLUE_MIN and head in names and is_word(tail)):
            return True
    return False


def _fields(before: Ticket, after: Ticket) -> Iterable[tuple[str, str]]:
    yield before.subject, after.subject
    yield before.description, after.description
    yield before.close_notes, after.close_notes
    yield before.category, after.category
    yield from zip(before.comments, after.comments)


def _texts(ticket: Ticket) -> Iterable[str]:
    """The free text of a ticket, where a person writes names (the category is a label: see
    :func:`candidate_uses`)."""
    yield ticket.subject
    yield ticket.description
    yield ticket.close_notes
    yield from ticket.comments


def _decide(evidence: _Evidence, redacted: Sequence[Ticket], counts: Sequence[int],
            known: Callable[[str], bool]) -> set[str]:
    """The candidates whose uses across the export are at least :data:`NAME_SHARE` name uses."""
    uses = candidate_uses(evidence, redacted, counts, known)
    return {w for w, (named, plain) in uses.items() if _is_name(named, plain)}


def _is_name(named: float, plain: float) -> bool:
    return named > 0 and named >= NAME_SHARE * (named + plain)


def candidate_uses(evidence: _Evidence, redacted: Sequence[Ticket], counts: Sequence[int],
                   known: Callable[[str], bool]) -> dict[str, tuple[float, float]]:
    """Each candidate's name uses and ordinary uses in the export (see the module)."""
    candidates = {w for w in evidence.removed if len(w) > 1}
    if not candidates:
        return {}
    slots_named: Counter = Counter()  # slot -> [name] placeholders standing in it
    slots_plain: Counter = Counter()  # slot -> ordinary words (no candidate) standing in it
    uses: list[tuple[str, tuple, tuple, bool | None, int]] = []  # candidate, slot, beside, lower, ticket
    for ticket, found in enumerate(redacted):
        count = counts[ticket]
        for text in _texts(found):
            for line in text.splitlines():
                _read_line(line, count, ticket, candidates, slots_named, slots_plain, uses)
        # a category is a label the desk picks from its list (a product, a service), not text a
        # person writes a name in: its candidates are ordinary uses, and its line is no slot (a
        # label alone on its line would otherwise share a signature's "^ _ $" with [name]); one
        # use per ticket, however often a (hostile) label repeats the word
        for word in sorted({fold(w) for w in _LETTERS.findall(found.category)} & candidates):
            uses.append((word, None, (), None, ticket))
    reading = _Reading(evidence, uses, counts, slots_named, slots_plain, known)
    alone = reading.shares(lambda word: False)
    strong = {w for w, (named, plain) in alone.items() if _is_name(named, plain)}
    # a second reading: a use beside a part that is a name on its own evidence is a name use
    return reading.shares(strong.__contains__)


@dataclass
class _Reading:
    """The uses of an export's candidates, read into name and ordinary uses."""

    evidence: _Evidence
    uses: list
    counts: Sequence[int]
    slots_named: Counter
    slots_plain: Counter
    known: Callable[[str], bool]

    def shares(self, strong: Callable[[str], bool]) -> dict[str, tuple[float, float]]:
        """Each candidate's name and ordinary uses, per occurrence (times the ticket's copies): each
        removal is a name use (and each ticket filed by a caller named so), each word left in the
        text is shared as :meth:`_name_share` reads it. In a ticket where redaction removed the word
        beside another name part ("Jane Doe"), its uses left in the text are that person's name
        too (a signature, a missed spelling)."""
        name_uses = Counter({w: float(n) for w, n in self.evidence.removed.items()})
        plain_uses: Counter = Counter()
        for word, slot, beside, lower, ticket in self.uses:
            named = 1.0 if (ticket, word) in self.evidence.paired else self._name_share(word, slot, beside, lower, strong)
            name_uses[word] += named * self.counts[ticket]
            plain_uses[word] += (1 - named) * self.counts[ticket]
        return {w: (name_uses[w], plain_uses[w]) for w in self.evidence.removed if len(w) > 1}

    def _name_share(self, word: str, slot, beside: tuple, lower: bool | None, strong: Callable[[str], bool]) -> float:
        """How much one use counts for a name (the rest counts as ordinary)."""
        if lower is None:  # a category's label
            return 0.0
        if any(map(strong, beside)) or (self.slots_named[slot] >= 2 and self.slots_named[slot] >= self.slots_plain[slot]):
            return 1.0
        if is_particle(slot[0]) and word in self.evidence.particled:
            return 1.0  # the surname with its particle, in any case, without the given name
        if lower or self.known(word):
            return 0.0
        # capitalised, a word the KB never writes: a name as often as not. At a line's start too: a
        # subject begins with a capital whatever its first word is, and a name written alone opens a
        # subject ("<Name>: printer"), so the capital says nothing either way
        return 0.5


def _read_line(line: str, count: int, ticket: int, candidates: set[str], slots_named: Counter,
               slots_plain: Counter, uses: list) -> None:
    """Count one line's placeholders, ordinary words and candidate uses by slot (the tokens either side)."""
    tokens = _TOKEN.findall(line)
    if not tokens:
        return
    folded = [fold(t) if t[0] != "[" else t for t in tokens]
    # each candidate once a word (a hostile word of 20,000 joined parts gives one use, not 20,000 each
    # beside the 20,000 others)
    parts = [list(dict.fromkeys(p for p in _JOINER.split(f) if p in candidates)) if t[0].isalpha() else []
             for t, f in zip(tokens, folded)]
    for k, token in enumerate(tokens):
        slot = ("^" if k == 0 else folded[k - 1], "$" if k + 1 == len(tokens) else folded[k + 1])
        if folded[k] == "[name]":
            slots_named[slot] += count
        elif parts[k]:
            around = _beside(parts, folded, k)
            own = parts[k]
            for i, part in enumerate(own):
                # the parts next to it in its own word, and the ends of the words next to it: a name
                # of two or three parts is read as a whole, and a hostile word of 10,000 joined
                # parts costs 10,000 short looks, not 10,000 x 10,000
                near = (*own[max(i - 1, 0):i], *own[i + 1:i + 2], *around)
                beside = tuple(p for p in near if p != part)
                uses.append((part, slot, beside, token.islower(), ticket))
        elif token[0].isalpha():
            slots_plain[slot] += count


def _beside(parts: list[list[str]], folded: list[str], k: int) -> list[str]:
    """The candidates in the words next to position ``k`` (over one punctuation mark: "Doe, Jane"):
    the first and the last of a word's joined parts ("Anne-Marie Doe": "anne", "marie"), so the
    look is bounded however many parts a word joins."""
    found: list[str] = []
    for step in (-1, 1):
        j = k + step
        if 0 <= j < len(folded) and not folded[j][:1].isalpha() and folded[j][:1] != "[":
            j += step  # a comma, a dash or a dot between the parts
        if 0 <= j < len(folded):
            found += dict.fromkeys(parts[j][:1] + parts[j][-1:])
    return found


@dataclass(frozen=True)
class GuardedWords(SharedWords):
    """:class:`~kbgen.suggest.shared.SharedWords` that also refuses the export's withheld words
    (:class:`Withheld`): the one test every title, term, draft and missing term passes."""

    withheld: Withheld = Withheld()
    _blocked: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    """Each word's :meth:`Withheld.blocks` answer, once per word: a run asks about the same words
    tens of thousands of times (bounded by the export's vocabulary)."""

    @classmethod
    def guarding(cls, shared: SharedWords, withheld: Withheld) -> "GuardedWords":
        return cls(shared.people, shared.known, withheld)

    def _allows_word(self, word: str) -> bool:
        allowed = super()._allows_word(word)
        if not allowed or word.startswith("["):
            return allowed
        blocked = self._blocked.get(word)
        if blocked is None:
            blocked = self._blocked[word] = self.withheld.blocks(word, self._is_word)
        return not blocked

    def _is_word(self, word: str) -> bool:
        return _is_word(self, word)


def _is_word(shared: SharedWords, word: str) -> bool:
    return word in shared.known or SharedWords._allows_word(shared, word)
