"""Query and document analysis: words, stop words, stems, synonyms, typos and prefixes.

The browser (``theme/assets/kbgen-search.js``) implements exactly the same steps in JavaScript;
the data both sides need (stop words, synonym groups, boosts) travels in the index manifest, so
only the algorithms exist twice, and tests check that they agree.

A query becomes a list of :class:`Slot` objects, one per thing the person asked about (a word,
or a multi-word synonym such as "log in"). Each slot holds the index terms that satisfy it,
each with a boost and a *credit* (how fully that term answers the slot: an exact word 1.0, a
synonym or a corrected typo less).
"""
from __future__ import annotations

import bisect
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .stemmer import stem

#: Words that carry no meaning for search (lunr's English list plus question words).
STOP_WORDS = tuple(sorted(set("""
a able about across after all almost also am among an and any are as at be because been but by
can could dear did do does either else ever every for from get got had has have he her hers him
his how however i if in into is it its just least let like likely may me might most must my
neither no nor of off often on only or other our own rather said say says she should since so
some than that the their them then there these they this tis to too twas us wants was we were
what when where which while who whom why will with would yet you your yours im ive id please
need needs want help hi hello thanks thank very really still again today anymore suddenly
not cant cannot dont doesnt didnt isnt arent wasnt werent wont wouldnt couldnt shouldnt havent
hasnt hadnt aint youre thats whats theres
re fw fwd pls plz urgent asap unable
""".split())))

#: A title with one of these words is about a fault ("VPN won't connect").
SYMPTOM_TITLE_WORDS = frozenset("""
not no cant cannot wont doesnt isnt arent didnt dont couldnt wouldnt
""".split())
#: A query with one of these words reports a fault ("cant print", "vpn keeps dropping").
SYMPTOM_WORDS = tuple(sorted(SYMPTOM_TITLE_WORDS | set("""
unable broken error errors fails failed failing stuck keeps problem problems issue issues
""".split())))
#: The index term of a fault title; like a phrase term it is no word and never corrected.
SYMPTOM_TERM = "+fault"

_APOSTROPHES = re.compile(r"['\u2018\u2019`]")
_WORD = re.compile(r"[^\W_]+")
_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def normalize(text: str) -> str:
    """Lower-case, accents removed, apostrophes dropped ("Can't" -> "cant")."""
    text = unicodedata.normalize("NFKD", text)
    return _APOSTROPHES.sub("", _COMBINING.sub("", text)).lower()


def words(text: str) -> list[str]:
    """The normalised words of a text (runs of letters and digits)."""
    return _WORD.findall(normalize(text))


def term(word: str) -> str:
    """The index term of a word: lunr's Porter stem, with "-ly" adverbs folded ("slowli" -> "slow")."""
    stemmed = stem(word)
    if len(stemmed) >= 6 and stemmed.endswith("li") and stemmed[-3] not in "aeiouy":
        return stemmed[:-2]
    return stemmed


def index_terms(text: str, stop_words: frozenset[str]) -> list[str]:
    """The index terms of a text: its words without stop words, stemmed, then the joined form
    of hyphenated compounds ("Wi-Fi" gives "wi", "fi" and "wifi")."""
    joined = [c.replace("-", "") for c in _COMPOUND.findall(normalize(text))]
    return [term(w) for w in words(text) + joined if w not in stop_words]


#: Joins the two terms of a phrase term ("desk+phone"); never part of a word.
PHRASE_JOINER = "+"


def phrase_terms(text: str, stop_words: frozenset[str]) -> list[str]:
    """Pairs of neighbouring index terms, line by line ("Desk phone has no dial tone" gives
    "desk+phone", "phone+dial", "dial+tone"): matched when a query has the same pair."""
    out: list[str] = []
    for line in text.split("\n"):
        line_terms = index_terms(line, stop_words)
        out += [a + PHRASE_JOINER + b for a, b in zip(line_terms, line_terms[1:])]
    return out


def query_words(text: str, vocab: "Vocabulary", stop_words: frozenset[str] = frozenset()) -> list[str]:
    """The words of a query as the index spells them: a hyphenated compound stays one word
    when the index knows it; stretched letters are squeezed ("sloooow" is "slow"); two words
    the index knows as one are joined ("pass word", "lap top"), and an unknown word the index
    knows as two is split ("screenshare"). The domain of an email address is dropped
    ("payroll@contoso.com" is "payroll")."""
    out: list[str] = []
    for token in re.findall(r"[^\W_]+(?:-[^\W_]+)*", _EMAIL_DOMAIN.sub(" ", normalize(text))):
        joined = token.replace("-", "")
        parts = [joined] if "-" not in token or term(joined) in vocab else token.split("-")
        for part in parts:
            part = _squeeze(part, vocab, stop_words)
            out += _split(part, vocab, stop_words) or [part]
    return _join(out, vocab, stop_words)


_EMAIL_DOMAIN = re.compile(r"@[^\W_]+(?:[.-][^\W_]+)*")
_STRETCHED = re.compile(r"([a-z])\1\1+")


def _squeeze(word: str, vocab: "Vocabulary", stop_words: frozenset[str]) -> str:
    """A letter typed three or more times once, if that makes a known word, else twice."""
    if not _STRETCHED.search(word):
        return word
    once = _STRETCHED.sub(r"\1", word)
    return once if term(once) in vocab or once in stop_words else _STRETCHED.sub(r"\1\1", word)


def _split(word: str, vocab: "Vocabulary", stop_words: frozenset[str]) -> list[str] | None:
    """Two known words (three letters or more each) an unknown word is made of, the most
    even split first; None when there is none."""
    if term(word) in vocab or word in stop_words or len(word) < 6 or not word.isalpha():
        return None
    cuts = sorted(range(3, len(word) - 2), key=lambda i: (abs(len(word) - 2 * i), i))
    for i in cuts:
        left, right = word[:i], word[i:]
        if all(w not in stop_words and term(w) in vocab for w in (left, right)):
            return [left, right]
    return None


def _join(raw: list[str], vocab: "Vocabulary", stop_words: frozenset[str]) -> list[str]:
    """Neighbouring words joined when the index knows them as one word ("lap top", "read
    only"; never after a stop word: "re: add" is not "readd"); two
    known words only when the joined word is at least as common as the rarer of them ("pass
    word", not "service desk", whose joined form is only in an email address)."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        if i + 1 < len(raw) and _joins(raw[i], raw[i + 1], vocab, stop_words):
            out.append(raw[i] + raw[i + 1])
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return out


def _joins(a: str, b: str, vocab: "Vocabulary", stop_words: frozenset[str]) -> bool:
    joined, ta, tb = term(a + b), term(a), term(b)
    if not (a.isalpha() and b.isalpha()) or joined not in vocab or a in stop_words:
        return False
    return ta not in vocab or tb not in vocab or vocab.df[joined] >= min(vocab.df[ta], vocab.df[tb])


@dataclass(frozen=True)
class Settings:
    """Boosts and limits of query analysis (shipped in the manifest for the browser).

    Attributes:
        synonym_boost: boost of a synonym of a query word.
        phrase_boost: boost of a pair of neighbouring query words found as a pair.
        swapped_phrase_boost: the same for the pair found in the other order ("calendar
            sharing" finds "Share your calendar").
        typo_boost: boost of a correction at edit distance 1 (distance 2: half of it).
        prefix_boost: boost of a completion of the last word when it is not a word itself.
        prefix_boost_exact: the same when the last word is already a word of the index.
        typo_min_length: shortest word corrected at distance 1.
        typo2_min_length: shortest word corrected at distance 2.
        unique_typo_min_length: shortest word corrected when exactly one index term is one
            substitution or transposition away ("vpm" is "vpn").
        max_typos: corrections kept per word.
        max_prefixes: completions kept for the last word.
        synonym_credit: how fully a synonym answers a query word (coverage).
        typo_credit: how fully a correction answers it.
        short_typo_credit: the same for a word of four or five letters (more neighbours).
        prefix_credit: how fully a completion answers it.
        unknown_weight: share of its weight an unknown word keeps (one the index has no
            term, correction or completion for) when the query has ``unknown_context`` or
            more words the index knows: "dodgy" in "clicked a dodgy link and typed my
            password" is filler, while "voicemail" in "voicemail pin reset" is the topic.
        unknown_context: known words needed before unknown words count less.
        symptom_boost: boost of articles whose title reports a fault (:data:`SYMPTOM_TERM`)
            for a query that reports one ("cant print" prefers "Printer not printing" to
            "Add a printer").
    """

    synonym_boost: float = 1.0
    phrase_boost: float = 1.0
    swapped_phrase_boost: float = 0.5
    typo_boost: float = 0.8
    prefix_boost: float = 0.6
    prefix_boost_exact: float = 0.0
    typo_min_length: int = 4
    typo2_min_length: int = 8
    unique_typo_min_length: int = 3
    max_typos: int = 3
    max_prefixes: int = 5
    synonym_credit: float = 0.9
    typo_credit: float = 0.85
    short_typo_credit: float = 0.5
    prefix_credit: float = 0.7
    unknown_weight: float = 0.5
    unknown_context: int = 6
    symptom_boost: float = 0.5

    def to_json(self) -> dict:
        """The settings as a JSON-able mapping (camel case for the browser)."""
        return {_camel(k): v for k, v in self.__dict__.items()}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@dataclass(frozen=True)
class Clause:
    """One index term looked up for a slot."""

    term: str
    boost: float
    credit: float


@dataclass
class Slot:
    """One thing asked about: a word or a multi-word synonym, with the terms that answer it."""

    text: str
    clauses: list[Clause] = field(default_factory=list)
    weight: float = 1.0

    def add(self, term: str, boost: float, credit: float) -> None:
        """Add a term unless the slot already has it with at least this boost."""
        for index, clause in enumerate(self.clauses):
            if clause.term == term:
                if boost > clause.boost:
                    self.clauses[index] = Clause(term, boost, max(credit, clause.credit))
                return
        self.clauses.append(Clause(term, boost, credit))


class Vocabulary:
    """The sorted index terms with their document frequencies."""

    def __init__(self, terms: Sequence[str], df: Sequence[int], documents: int) -> None:
        self.terms = list(terms)
        self.df = dict(zip(terms, df))
        self.documents = documents

    def __contains__(self, term: str) -> bool:
        return term in self.df

    def idf(self, term: str) -> float:
        """lunr's inverse document frequency; an unknown term counts as in half a document."""
        n = self.df.get(term, 0)
        return math.log(1 + abs((self.documents - n + 0.5) / (n + 0.5)))

    def with_prefix(self, prefix: str) -> list[str]:
        """Terms starting with ``prefix`` (binary search in the sorted list)."""
        start = bisect.bisect_left(self.terms, prefix)
        found = []
        for term in self.terms[start:]:
            if not term.startswith(prefix):
                break
            found.append(term)
        return found


def edit_distance_at_most(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance of ``a`` and ``b``, or ``limit + 1`` when larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[len(b)]


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> list[str]:
    """Every string one deletion, transposition, substitution or insertion away (a-z)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = [left + right[1:] for left, right in splits if right]
    out += [left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1]
    out += [left + c + right[1:] for left, right in splits if right for c in _ALPHABET]
    out += [left + c + right for left, right in splits for c in _ALPHABET]
    return out


def typo_candidates(word: str, vocab: Vocabulary, settings: Settings) -> list[tuple[str, int]]:
    """Index terms that a misspelt word probably meant, with their edit distance.

    Distance 1 is tried on the surface word (each variant stemmed, so "accidentaly" finds
    "accident"); distance 2, for long words only, compares stems with the vocabulary. A word
    shorter than ``typo_min_length`` is corrected only when exactly one term of the index is
    one substitution or transposition away.
    """
    found: dict[str, int] = {}
    if settings.unique_typo_min_length <= len(word) < settings.typo_min_length:
        same = {v for v in edits1(word) if len(v) == len(word) and v != word and v in vocab}
        if len(same) == 1:  # "vpm", "pfd": one word of the index is one letter off
            return [(same.pop(), 1)]
    if len(word) >= settings.typo_min_length:
        for variant in edits1(word):
            candidate = term(variant)
            if candidate in vocab and candidate != word:
                found[candidate] = 1
    if len(word) >= settings.typo2_min_length:
        target = term(word)
        for known in vocab.terms:
            if known not in found and abs(len(known) - len(target)) <= 2 and len(known) >= 4:
                if edit_distance_at_most(target, known, 2) <= 2:
                    found[known] = 2
    ranked = sorted(found.items(), key=lambda item: (item[1], -vocab.df[item[0]], item[0]))
    return ranked[: settings.max_typos]


class Synonyms:
    """Groups of equivalent phrases, matched on stemmed words."""

    def __init__(self, groups: Iterable[Sequence[str]]) -> None:
        self.groups: list[list[tuple[str, ...]]] = []
        self.by_phrase: dict[tuple[str, ...], list[int]] = {}
        for group in groups:
            phrases = [tuple(term(w) for w in words(p)) for p in group]
            phrases = [p for p in dict.fromkeys(phrases) if p]
            if len(phrases) < 2:
                continue
            for phrase in phrases:
                self.by_phrase.setdefault(phrase, []).append(len(self.groups))
            self.groups.append(phrases)
        self.longest = max((len(p) for p in self.by_phrase), default=1)
        self.words = frozenset(w for p in self.by_phrase for w in p)

    def match(self, stems: Sequence[str], start: int) -> tuple[str, ...] | None:
        """The longest synonym phrase starting at ``stems[start]``."""
        for length in range(min(self.longest, len(stems) - start), 0, -1):
            phrase = tuple(stems[start:start + length])
            if phrase in self.by_phrase:
                return phrase
        return None

    def alternatives(self, phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The other phrases of every group the phrase belongs to, in a stable order."""
        out: list[tuple[str, ...]] = []
        for group in self.by_phrase.get(phrase, []):
            out += [p for p in self.groups[group] if p != phrase and p not in out]
        return out


def analyse_query(query: str, vocab: Vocabulary, synonyms: Synonyms, stop_words: frozenset[str],
                  settings: Settings, symptom_words: frozenset[str] = frozenset(SYMPTOM_WORDS)
                  ) -> list[Slot]:
    """Turn a query into slots of weighted index terms (see the module docstring).

    Every content word is a slot. A synonym phrase found in the query ("log in", "suspicious
    email") adds its group's other phrases to the slots of all its words, so an article using
    the other phrase answers all of them. The last word is also completed as a prefix. A
    query with a word of ``symptom_words`` also looks for :data:`SYMPTOM_TERM`.
    """
    raw = [_respell(w, vocab, synonyms, stop_words, settings)
           for w in query_words(query, vocab, stop_words)]
    terms = [term(w) for w in raw]
    slots: list[Slot] = []
    i = 0
    while i < len(raw):
        phrase = synonyms.match(terms, i)
        length = len(phrase) if phrase else 1
        span = [(raw[j], terms[j]) for j in range(i, i + length) if raw[j] not in stop_words]
        if phrase and not span:
            span = [(raw[i + length - 1], terms[i + length - 1])]
        i += length
        together = [t for _, t in span] if phrase and len(span) > 1 else []
        for word, word_term in span:
            slot = Slot(word)
            _add_exact(slot, word, word_term, vocab, settings, complete=i == len(raw),
                       others=frozenset(terms) - {word_term}, share=len(together) or 1)
            for a, b in zip(together, together[1:]):  # a known phrase answers its words fully
                slot.add(a + PHRASE_JOINER + b, 1.0, 1.0)
            if phrase:
                _add_synonyms(slot, synonyms.alternatives(phrase), stop_words, settings)
            if length > 1 and (word_term,) in synonyms.by_phrase:
                _add_synonyms(slot, synonyms.alternatives((word_term,)), stop_words, settings,
                              share=len(together) or 1)
            slot.weight = _slot_weight(slot, word, word_term, vocab)
            if slot.weight > 0:
                slots.append(slot)
    _discount_unknown(slots, settings)
    if settings.symptom_boost and slots and any(w in symptom_words for w in raw):
        slots.append(Slot("", [Clause(SYMPTOM_TERM, settings.symptom_boost, 0.0)], weight=0.0))
    content = [(w, t) for w, t in zip(raw, terms) if w not in stop_words]
    if settings.phrase_boost and len(content) > 1:
        pairs = Slot(query, weight=0.0)  # phrases rank, they do not count for coverage
        for (_, a), (_, b) in zip(content, content[1:]):
            pairs.add(a + PHRASE_JOINER + b, settings.phrase_boost, 0.0)
        if settings.swapped_phrase_boost:  # "calendar sharing" is also "share ... calendar"
            for (_, a), (_, b) in zip(content, content[1:]):
                pairs.add(b + PHRASE_JOINER + a, settings.swapped_phrase_boost, 0.0)
        slots.append(pairs)
    return slots


def _discount_unknown(slots: list[Slot], settings: Settings) -> None:
    """Unknown words weigh ``unknown_weight`` of their weight among enough known words; an
    unknown code with digits ("0x8004010f") or adverb ("accidentally") only qualifies the
    question: it weighs ``unknown_weight`` squared anyway."""
    context = sum(1 for slot in slots if slot.clauses) >= settings.unknown_context
    for slot in slots:
        if not slot.clauses:
            if _modifier(slot.text):
                slot.weight *= settings.unknown_weight ** 2
            elif context:
                slot.weight *= settings.unknown_weight


def _modifier(word: str) -> bool:
    """A code with digits or an "-ly" adverb of six letters or more."""
    return any(c.isdigit() for c in word) or (len(word) >= 6 and word.endswith("ly"))


def _respell(word: str, vocab: Vocabulary, synonyms: Synonyms, stop_words: frozenset[str],
             settings: Settings) -> str:
    """An unknown word one edit from exactly one word that only the synonym list knows, spelt
    as that word ("globel protect" is "global protect", so the phrase finds GlobalProtect);
    typos of words the index has are corrected later, as typos."""
    if len(word) < settings.typo_min_length or word in stop_words or not word.isalpha():
        return word
    if term(word) in vocab or term(word) in synonyms.words:
        return word
    near: dict[str, list[str]] = {}
    for variant in edits1(word):
        stemmed = term(variant)
        if stemmed in synonyms.words and stemmed not in vocab:
            near.setdefault(stemmed, []).append(variant)
    return min(next(iter(near.values()))) if len(near) == 1 else word


def query_boosts(slots: list[Slot], vocab: Vocabulary) -> dict[str, float]:
    """One boost per index term of the query: the largest any slot gives it."""
    boosts: dict[str, float] = {}
    for slot in slots:
        for clause in slot.clauses:
            known = clause.term in vocab or PHRASE_JOINER in clause.term
            if known and clause.boost > boosts.get(clause.term, 0.0):
                boosts[clause.term] = clause.boost
    return boosts


def _slot_weight(slot: Slot, word: str, word_term: str, vocab: Vocabulary) -> float:
    """How much a slot matters: its word's idf, else that of the rarest term answering it (a
    correction, completion or synonym: a synonym the index lacks counts as rare, so a word
    known only through synonyms keeps its weight); an unknown word of one or two letters
    nothing."""
    if word_term in vocab or not slot.clauses:
        return vocab.idf(word_term) if word_term in vocab or len(word) > 2 else 0.0
    return max(vocab.idf(c.term) for c in slot.clauses)


def _add_exact(slot: Slot, word: str, word_term: str, vocab: Vocabulary, settings: Settings,
               complete: bool, others: frozenset[str], share: int = 1) -> None:
    """The word itself, else its likely corrections (never a word the query already has:
    "pager ... pages" is not a typo for "page"); short words' corrections count less.
    A word of a known phrase ("mailing list") alone answers only its share of it."""
    if word_term in vocab:
        slot.add(word_term, 1.0, 1.0 / share)
    elif not word.isdigit():
        credit = settings.typo_credit if len(word) >= 6 else settings.short_typo_credit
        for candidate, distance in typo_candidates(word, vocab, settings):
            if candidate not in others:
                slot.add(candidate, settings.typo_boost / distance, credit)
    if complete and len(word) >= 3 and (settings.prefix_boost_exact or word_term not in vocab):
        boost = settings.prefix_boost_exact if word_term in vocab else settings.prefix_boost
        for candidate in _completions(word, word_term, vocab, settings):
            slot.add(candidate, boost, settings.prefix_credit)


def _completions(word: str, term: str, vocab: Vocabulary, settings: Settings) -> list[str]:
    found = set(vocab.with_prefix(word)) | set(vocab.with_prefix(term))
    found.discard(term)
    ranked = sorted(found, key=lambda t: (-vocab.df[t], t))
    return ranked[: settings.max_prefixes]


def _add_synonyms(slot: Slot, alternatives: list[tuple[str, ...]], stop_words: frozenset[str],
                  settings: Settings, share: int = 1) -> None:
    """Add the terms of synonym phrases; the boost is shared so many synonyms do not pile up.
    ``share``: the slot's word is one of that many words of a known phrase, so a synonym of
    the word alone answers only that share."""
    boost = settings.synonym_boost / math.sqrt(max(1, len(alternatives)))
    credit = settings.synonym_credit / share
    for phrase in alternatives:
        terms = [t for t in phrase if t not in stop_words and len(t) > 1]
        for term in terms:  # one word of a longer synonym only partly answers the slot
            slot.add(term, boost / len(terms), credit / len(terms))
        for a, b in zip(terms, terms[1:]):  # the synonym's words together answer it fully
            slot.add(a + PHRASE_JOINER + b, boost, credit)


