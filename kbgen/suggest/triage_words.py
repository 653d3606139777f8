"""Words of a subject that name no problem: placeholders, tests, lifecycle subjects, the desk's formulas.

An agent closing a call types what the call was, not what failed ("Resolved", "hang up",
"duplicate", a bare name, "name"); a desk tests its queues ("test", "UAT test", "testcall"); and
every desk has its fixed formulas ("logged in error", "NFA"). Read here by their words and by the
export's own statistics (see ``triage.py`` for how the kinds are combined):

* placeholder: once personal-data placeholders, digits and punctuation are gone, only words that
  name no problem are left (ticket-lifecycle and call words such as "resolved", "closed",
  "duplicate", "hang up", "voicemail", "walk in", generic request words such as "question",
  "help", "issue", "misc", "general", and "name");
* test: the same, with at least one word that is "test" or "testing" (or one typing slip from
  them), "ignore" or "disregard"; or a short subject that opens or ends with a test word and states
  no problem ("UAT test", "Test of new queue routing");
* placeholder by the export's own statistics: a short subject built on a lifecycle or call word
  whose other words the export uses almost only in such subjects ("closed as per owner"), and the
  desk's fixed formulas (``fixed_formulas``).
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

from .shared import PLACEHOLDER, stem, words_of
from .titles import FORM_WORDS, STOP
from .triage_shapes import HELP_WORDS, first_person
from .typing_slips import slip_distance

# Words that name no problem: ticket lifecycle, phone-call handling, generic request words,
# the word "name" (forms and agents type it when they know nothing else), and function words.
EMPTY_WORDS = frozenset("""
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
# however it is phrased ("Closed per caller", "abandoned call": see ``confined_words``).
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
LONE_WORD_SENTENCES = 1000
"""Fewest distinct subjects of ``SENTENCE_WORDS`` words or more an export must hold before a single word
typed alone, never in any of them, is read as a formula (see ``fixed_formulas``): that a topic's word
(an application's or a device's name, a problem in one word of a language) turns up in people's
sentences too is what tells it from a closure word, and a small export has written too few sentences
for the word's absence from them to say anything. A few hundred tickets are a new desk's first weeks."""
SENTENCE_WORDS = 3
"""Words (function words aside) from which a subject is a sentence, for ``LONE_WORD_SENTENCES``."""
FIXED_WORDS = 3
"""Most telling words of a fixed formula (what agents type to close or file a call is short)."""
# Words that tell nothing about what a subject is about: the ways a failure or a negation is said
# (``_FAILURE``) and the ways a request is said ("required", "please"). A formula built on them ("logged
# in error", "no further action required") is still a formula; a topic's subject has a word of its own.
_FAILURE = re.compile(r"(?:not|no|never|none|won'?t|can'?t|cannot|unable|fail\w*|error\w*|broken?|down|stuck|"
                      r"wrong|missing|fault\w*|dead|slow|offline|crash\w*|frozen|freez\w*)")
# The failure words that are a thing's own state or symptom ("PC very slow", "handset faulty",
# "scanner dead"): a fixed phrase built on one names a device or a service failing in one way, a
# topic people write the same way, when the KB knows the thing (see ``fixed_formulas``).
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


@functools.lru_cache(maxsize=1 << 17)
def content_words(text: str) -> tuple[str, ...]:
    """Lower-cased words of two letters or more; personal-data placeholders and the phrases of a
    call that was only a call ("phone call", "by phone") left out. Remembered: several rules read the
    same subject's words, and an export repeats its subjects."""
    return words_of(_CALL_PHRASE.sub(" ", PLACEHOLDER.sub(" ", text)))


@functools.lru_cache(maxsize=1 << 16)  # an export's subjects repeat their words; words are short
def _is_test_word(word: str) -> bool:
    """"test"/"testing", single typing slips of them ("tets", "tst", "tesst": a key beside the one
    meant, ``typing_slips.slip_distance``; a letter far from it makes a word of its own, "vesting"),
    and "test" glued to a ticket word ("testticket", "testcall"). Remembered per word."""
    if word in _TEST_CORE:
        return True
    if word.startswith("test") and (word[4:] in EMPTY_WORDS or word[4:] in _TEST_WORDS):
        return True
    # (every step of the distance adds or drops at most one letter: a word whose length differs by
    # more than one from the word meant is no single slip of it, and needs no alignment)
    return len(word) >= 3 and any(abs(len(word) - len(core)) <= 1 and slip_distance(word, core) == 1
                                  for core in ("test", "testing"))


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
    if len([w for w in words if w not in EMPTY_WORDS or _labels_test(w)]) > PLACEHOLDER_WORDS:
        return False
    return _states_no_problem(_INSTRUCTION.sub(" ", subject))


def empty_kind(subject: str) -> str | None:
    """``"test"`` or ``"placeholder"`` when a subject names no problem, else None. A form-generated
    subject whose only words are its title and field labels ("HELP REQUEST User Name: ... Phone:
    ...") names none either."""
    from .cluster import form_template

    template = form_template(subject, values=False)
    if template != subject and all(w in EMPTY_WORDS or w in FORM_WORDS for w in content_words(template)):
        return "placeholder"
    words = content_words(subject)
    rehearsal = any(w in _TEST_WEAK for w in words) and any(w not in _TEST_WEAK for w in words)
    if (rehearsal or any(_is_test_word(w) for w in words)) and all(
            w in _TEST_WORDS or w in EMPTY_WORDS or w in _TEST_WEAK or _is_test_word(w) for w in words):
        return "test"
    if all(w in EMPTY_WORDS for w in words):
        return "placeholder"
    if _framed_test(subject, words):
        return "test"
    return None


def _lifecycle_subject(subject: str) -> bool:
    """A short subject with a lifecycle or call word and no problem stated (see ``_LIFECYCLE``)."""
    words = _handling_words(subject)
    if not 1 <= len(words) <= PLACEHOLDER_WORDS or not any(w in _LIFECYCLE for w in words):
        return False
    return _states_no_problem(_MISTAKE.sub(" ", subject))


def confined_words(headlines: Sequence[str]) -> frozenset[str]:
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


def lifecycle_placeholder(subject: str, confined: frozenset[str]) -> bool:
    """True when a short lifecycle subject's other words are all confined to such subjects."""
    return _lifecycle_subject(subject) and all(w in EMPTY_WORDS or w in confined for w in _handling_words(subject))


def _handling_words(subject: str) -> tuple[str, ...]:
    """The content words of a subject read as a report of handling: "in error", "by mistake" say
    the ticket was opened by mistake, not that something failed."""
    return content_words(_MISTAKE.sub(" ", subject))


def telling_words(subject: str) -> frozenset[str]:
    """The words of a subject that could say what it is about: not a lifecycle, function,
    failure or request word."""
    return frozenset(w for w in content_words(subject)
                     if w not in EMPTY_WORDS and w not in STOP and not _GENERIC.fullmatch(w))


@dataclass(frozen=True)
class _Phrasings:
    """The export's subjects by their telling words (see ``fixed_formulas``)."""

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
    sentences: int
    """Distinct subjects of ``SENTENCE_WORDS`` words or more (function words aside)."""

    @classmethod
    def of(cls, headlines: Sequence[str]) -> "_Phrasings":
        counts = Counter(headlines)
        keys = {h: telling_words(h) for h in counts}
        tickets, uses, width = Counter(), Counter(), Counter()
        failures: dict[frozenset[str], set[frozenset[str]]] = defaultdict(set)
        sentences = 0
        for headline, count in counts.items():
            key, words = keys[headline], content_words(headline)
            tickets[key] += count
            said = sum(w not in STOP for w in words)
            width[key] = max(width[key], said)
            sentences += said >= SENTENCE_WORDS
            failures[key].add(frozenset(w for w in words if _FAILURE.fullmatch(w)))
            uses.update({word: count for word in key})
        by_word: dict[str, list[frozenset[str]]] = defaultdict(list)
        for key in tickets:
            for word in key:
                by_word[word].append(key)
        return cls(keys, tickets, uses, by_word, failures, width, sentences)

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


def fixed_formulas(headlines: Sequence[str], title_words: frozenset[str],
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
    failure word only a single word no article uses anywhere counts (an abbreviation), and only in an export of
    ``LONE_WORD_SENTENCES`` sentences or more: a repeated noun phrase
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
                seen.width[key] > 1 or seen.sentences < LONE_WORD_SENTENCES
                or any(stem(w) in kb_anywhere or _UNSPACED.search(w) for w in key)):
            continue
        if _names_a_symptom(seen, key, kb_anywhere):
            continue
        if seen.confined(key) and seen.one_saying(key):
            fixed.add(key)
    fixed -= _things_unable(seen, fixed, kb_anywhere)
    return frozenset(h for h, key in seen.keys.items() if key in fixed and states_nothing(h)
                     and len(content_words(h)) <= PLACEHOLDER_WORDS + 2)


# A thing that cannot do what it should: a negated verb after an auxiliary ("will not start", "won't
# print", "does not charge", "unable to connect"), read only after the thing it is said of (see
# ``_things_unable``). A desk's formula negates a noun or a need ("no further action", "not
# required"), or notes a step of its own not taken, with no thing named before the negation.
_CANNOT = re.compile(r"(?i)\b(?:will|would|does|do|did|can|could|is|are|was|were)[ \t]+not\b|"
                     r"\b(?:won|can|doesn|don|didn|isn|aren|wasn|weren|couldn|wouldn)'?t\b|\bcannot\b|\bunable to\b")


def _things_unable(seen: "_Phrasings", keys: set[frozenset[str]], kb_anywhere: frozenset[str]) -> set[frozenset[str]]:
    """Of the phrases read as formulas, those that say a thing the KB writes about (anywhere, as
    :func:`_names_a_symptom` reads it) cannot do what it should (``_CANNOT``): a device or a service
    failing, written one way by everyone, not the desk's formula. The thing must be named before the
    negation, as the one that cannot ("handset will not charge"): the negated verb and what follows it
    are what was not done, and a desk's note of a step not taken names no thing before it ("did not
    answer the callback", "could not contact caller")."""
    unable = set()
    for headline, key in seen.keys.items():
        if key in keys and key not in unable and (said := _CANNOT.search(headline)):
            if any(stem(w) in kb_anywhere for w in content_words(headline[:said.start()]) if w not in STOP):
                unable.add(key)
    return unable


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


def states_nothing(subject: str) -> bool:
    """True when a subject neither speaks of its writer, nor asks for help, nor asks a question."""
    return not (HELP_WORDS.search(subject) or first_person(subject) or "?" in subject)


def _states_no_problem(said: str) -> bool:
    """:func:`states_nothing`, and no failure or negation is stated either (``_PROBLEM``)."""
    return not _PROBLEM.search(said) and states_nothing(said)
