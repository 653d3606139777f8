"""Sign-in problems in the KB's terms: a cluster about signing in (the account field's words and a
word that only means signing in) and the account article that answers it (see ``coverage``)."""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import TYPE_CHECKING, Sequence

import numpy as np

from .aside_names import HEAD_SHARE, proper_name, word_uses
from .concepts import (LOCKED_OUT, REFUSED, SIGN_IN_PHRASE, SIGN_IN_WORDS, english_words, field_terms, field_words,
                       loses_account, no_reading)
from .kb_vocabulary import SHORTENING, VOWELS, KbVocabulary, expansions, slips_of, swaps, terms_of
from .shared import GENERIC_TITLES, best_titled, nearly_all, stem, words_of

if TYPE_CHECKING:
    from .coverage import CoverageContext

SIGN_IN_MEMBERS = 0.5
"""Share of a cluster's members that must write a word that only means signing in."""
SPLIT_SHARE = 0.25
"""Least share of a cluster each part must hold for members that write a word that only means signing
in and members that write none to be split apart (:func:`split_sign_in`): a handful of members on the
other side is the ordinary noise of clustering short subjects, not a second problem."""
TURN_SHARE = 0.2
"""Least share of a cluster's members that write a word for it to be one of the words taking turns
beside the sign-in words (see :func:`beside_signing_in`): a handful of systems or things each
written by a fifth of the members or more, not a word a few members add."""
ACCOUNT_SHARE = 0.25
"""Least share of a phrase's words (``KbVocabulary.share``) the account article must use to answer it:
a phrase of four or five words of which the article uses only the field's word (a machine's dial that
locked, a permit that expired) is about something else; a sign-in phrase shares the field's word and
the sign-in word's neighbours."""


def _read_terms(text: str, kb: KbVocabulary | None) -> frozenset[str]:
    """The single-word terms of a text, each with the account field's words it stands for when the KB
    never uses it (:func:`_spelt`): people write the field's words more carelessly than any other,
    being the words they type most often. Remembered per KB and text: an export repeats its subjects
    and the rules below read each one several times."""
    if kb is None:
        return frozenset(t for t in terms_of(text) if " " not in t)
    texts, terms = _read_cache(kb)
    if text not in texts:
        read = set()
        for term in terms_of(text):
            if " " not in term:
                if term not in terms:
                    terms[term] = _spelt(term, kb)
                read |= terms[term]
        texts[text] = frozenset(read)
    return texts[text]


_Cache = dict[str, frozenset[str]]


def _read_cache(kb: KbVocabulary) -> tuple[_Cache, _Cache]:
    """The read terms of one KB's texts and words, kept with that vocabulary (``KbVocabulary.memo``)."""
    return kb.memo.setdefault(__name__ + "._read_terms", ({}, {}))


_VOWEL = re.compile(f"[{VOWELS}]")
"""A shortening (four letters at most, ``KbVocabulary.spellings``) written without vowels ("pwd", "usr") is no ordinary word of a Latin-script language
and may be expanded; one that is itself a word ("pass", "acc") means that word first ("a door pass")."""


def _spelt(term: str, kb: KbVocabulary) -> frozenset[str]:
    """A term and the account field's words it stands for: the KB's own word and another language's
    word of the field (``KbVocabulary.spellings``), a shortening only when it has no vowel (see
    ``_VOWEL``), and for a word the KB never uses, a typing slip of one of the field's words
    (:func:`_slip_of`) that the export writes far more often (``KbVocabulary.misspells``)."""
    if term in kb.anywhere or english_words(term) or (len(term) <= SHORTENING and not _VOWEL.search(term)):
        return kb.spellings(term)
    near = (w for n in (len(term) - 1, len(term), len(term) + 1) for w in _account_words_of_length().get(n, ()))
    return frozenset({term} | {stem(w) for w in near
                               if _slip_of(term, w) and _keeps_ending(term, w) and kb.misspells(term, stem(w))}
                     | _contracted(term) | _truncated(term))


TRUNCATED = 5
"""Fewest letters of a word cut short (:func:`_truncated`): four letters of a field's word are often
a word of their own ("pass", "sign", "lock"); five rarely are, and a word the KB and the field's
dictionary never use is then the field's word cut short ("passw", "usernam")."""


@functools.lru_cache(maxsize=1 << 12)
def _truncated(term: str) -> frozenset[str]:
    """The account field's words (as written, ``concepts.field_words``, or one of
    :func:`_account_words`) that ``term`` (``TRUNCATED`` letters or more, a word the KB never uses) is
    the first letters of: people stop typing a long word they type often once it is plain what it is."""
    if len(term) < TRUNCATED:
        return frozenset()
    return frozenset(stem(w) for w in _account_words() | field_words() if len(w) > len(term) and w.startswith(term))


@functools.lru_cache(maxsize=1 << 12)
def _contracted(term: str) -> frozenset[str]:
    """The account field's words that ``term`` (five letters or more, a word the KB never uses) is a
    contraction of: its first and last letters kept and the vowels inside dropped ("pword", "paswd",
    ``kb_vocabulary.is_abbreviation``). A contraction is how people shorten a long word they type
    often and may use however rarely the export writes the full word (unlike a slip, which
    ``KbVocabulary.misspells`` weighs against the word meant); an ordinary word of five letters
    rarely keeps both ends of one of the field's words with one vowel at most."""
    if len(term) <= SHORTENING:
        return frozenset()
    return expansions(term, _account_words(), most=None)


def _keeps_ending(word: str, meant: str) -> bool:
    """True when ``meant`` is no inflected form (it is its own stem) or ``word`` ends as it does: a
    slip inside an inflected word ("lockd", "expird") keeps the inflection's last letter, while
    another ending on the same stem makes another word ("locker", "lockers", "locket" are not
    "locked")."""
    return stem(meant) == meant or word[-1:] == meant[-1:]


def _slip_of(word: str, meant: str) -> bool:
    """True when ``word`` is ``meant`` typed with one slip (``kb_vocabulary.slips_of``), a letter
    typed too many included ("passwoard": ``word`` is one of ``meant``'s slips, as a letter missing
    is one of ``word``'s); a word of fewer than five letters only with two neighbouring letters
    swapped ("lokc"): short words have too many real neighbours one letter away ("look", "lack")."""
    if len(word) < 5 or len(meant) < 5:
        return meant in swaps(word)
    return meant in slips_of(word) or word in slips_of(meant)


_BEFORE_OUT = re.compile(r"\b([^\W\d_]+)[ -]?out\b", re.IGNORECASE)
"""A word before "out", open, closed or hyphenated (a lockout misspelt: "lokc out"). Linear: each
match starts at a word's start and reads that word once."""
_LOCK = stem("lock")
_OUT_OF = re.compile(r"[ -]+of[ -]+(?:(?:the|my|our|your|his|her|their|this|that|a|an)[ -]+)?([^\W_]+)", re.IGNORECASE)
"""What a lockout shuts someone out of ("locked out of the <thing>"). Linear: each part read once."""
_NO_PLACE = frozenset("everything anything something all it them".split())
"""English's indefinite and object pronouns, a closed class: "locked out of everything" names no place."""
_LOCKOUT_WORDS = frozenset({_LOCK, stem("lockout"), stem("locked")})


def _join_lockouts(text: str, kb: KbVocabulary | None) -> str:
    """The text with each lockout (``concepts.LOCKED_OUT``, or a word the KB reads as "lock" before
    "out": a slip; see :func:`_read_terms`) written as the one word "lockout": its "out" is part of
    the field's word, not a word beside it."""
    text = LOCKED_OUT.sub("lockout", text)
    if kb is None:
        return text
    return _BEFORE_OUT.sub(lambda m: "lockout" if _LOCK in _read_terms(m.group(1), kb) else m.group(0), text)


def _locked_out(text: str, kb: KbVocabulary | None) -> bool:
    """True when a text writes an account lockout (:func:`_join_lockouts`): a lockout beside another
    word of the account field ("account lockout", "locked out of my login"), one with no object
    ("locked out again"), or one out of a system's name ("locked out of Quillmark"). Out of a thing
    written in lower case or one the KB names (a building, an office, a room, a van) it is a door's
    lockout, which the KB's door articles answer or nobody has written about, not an account's."""
    joined = _join_lockouts(text, kb)
    lockouts = list(LOCKED_OUT.finditer(joined))
    if not lockouts:
        return False
    if (_read_terms(text, kb) - _LOCKOUT_WORDS) & _account_words():
        return True
    return any(_out_of_a_system(_OUT_OF.match(joined, m.end()), kb) for m in lockouts)


def _out_of_a_system(out_of: re.Match[str] | None, kb: KbVocabulary | None) -> bool:
    """True when a lockout has no object, or its object is a system's name: written with a capital
    or a digit in the line and a word the KB never uses (see :func:`_locked_out`)."""
    if out_of is None or out_of.group(1).lower() in _NO_PLACE:
        return True
    word = out_of.group(1)
    named = word != word.lower() or any(c.isdigit() for c in word)
    return named and (kb is None or not kb.knows(stem(word.lower())))


def _signs_in(text: str, kb: KbVocabulary | None = None) -> bool:
    """True when a text writes a word that only means signing in (``SIGN_IN_WORDS``, the phrasal
    verbs of ``SIGN_IN_PHRASE``, an account lockout, :func:`_locked_out`, or such a word of another
    language, ``concepts.english_words``), or the account with a predicate of losing one's way in
    (``concepts.loses_account``: "account locked"), as written or as the KB reads it (:func:`_read_terms`)."""
    if SIGN_IN_PHRASE.search(text) or _locked_out(text, kb):
        return True
    read = _read_terms(text, kb)
    if any(t in SIGN_IN_WORDS or english_words(t) & SIGN_IN_WORDS for t in read):
        return True
    return loses_account(read, words_of(text),
                         (lambda word: _spelt(stem(word), kb)) if kb is not None else no_reading)


def _about_signing_in(members: Sequence[str], kinds: frozenset[str], kb: KbVocabulary | None = None) -> bool:
    """True when nearly every member (``shared.KIND_MEMBERS``) writes one of the account field's words
    ``kinds`` and most (``SIGN_IN_MEMBERS``) a word that only means signing in (``_signs_in``), as
    written or as the KB reads it (:func:`_read_terms`): the field's everyday words alone (a
    vehicle's registration expired, a meter locked) are no sign-in problem."""
    if not kinds:
        return False
    field = kinds | SIGN_IN_WORDS  # a word that only means signing in is the field's word too ("credentials")
    # a lockout however written ("lock-out", "locked me out") is the field's one word (:func:`_join_lockouts`)
    if not nearly_all(members, lambda text: bool(field.intersection(_read_terms(_join_lockouts(text, kb), kb)))):
        return False
    signing = sum(n for text, n in Counter(members).items() if _signs_in(text, kb))
    return signing >= SIGN_IN_MEMBERS * len(members)


def _titled_account(kb: KbVocabulary) -> tuple[frozenset[str], list[int]]:
    """The account field's words (``concepts.field_terms``) and the articles the KB titles with them;
    nothing when fewer than ``GENERIC_TITLES`` articles are (a KB that writes several articles on
    signing in answers it for every system, whichever of the field's words a desk's people use; one
    article on it may be about one system only)."""
    field = field_terms()
    titled = [i for i, title in enumerate(kb.titles) if title & field]
    return (field, titled) if len(titled) >= GENERIC_TITLES else (frozenset(), [])


def sign_in_articles(kb: KbVocabulary) -> list[int]:
    """The KB's sign-in articles: those it titles with the account field's words, when it titles
    several (:func:`_titled_account`); none otherwise."""
    return _titled_account(kb)[1]


def account_problem(members: Sequence[str], kb: KbVocabulary) -> bool:
    """True when the cluster is about signing in and the KB titles several articles with it
    (:func:`_titled_account`): nearly every member writes a word of the field and most a word that only
    means signing in (``_about_signing_in``: "locked" or "expired" alone may be a machine or a
    permit). Signing in fails the same way for every system, device and language: the word most
    members add beside it is a system's name or a word of another language ("<system> password
    reset"), not a topic the KB lacks, so it does not make the cluster a gap (see ``_unknown_head``;
    the words still go into the update)."""
    kinds, _ = _titled_account(kb)
    return _about_signing_in(members, kinds, kb)


def account_kind(members: Sequence[str], rest: dict[str, float], kb: KbVocabulary,
                  only_names_beside: bool = False) -> int | None:
    """The account article that answers a cluster about signing in (:func:`account_problem`): the
    one of the KB's account articles that uses most of the phrase's words ``rest``, when it uses
    ``ACCOUNT_SHARE`` of them at least (a phrase of which it uses only the field's word is about
    something else), or when nearly every member writes a word that only means signing in
    (:func:`_signing_only`) and the words most members write beside it tell search nothing of a
    topic (``only_names_beside``: misspellings, shortenings, another language's words or names; see
    :func:`beside_signing_in`). None otherwise: "<lower-case thing> login" is about a thing
    the KB may lack."""
    if not account_problem(members, kb):
        return None
    _, titled = _titled_account(kb)
    best = best_titled(titled, rest, kb)
    waived = only_names_beside and _signing_only(members, kb)
    return best if kb.share(best, rest) >= ACCOUNT_SHARE or waived else None


def searched_account(support: np.ndarray, kb: KbVocabulary, alone: float) -> int | None:
    """The account article (one the KB titles with the account field's words, :func:`_titled_account`)
    that the site's search gives as its strong answer, on one subject, for at least ``alone`` of the
    members on its own (``support``: per article, the share of members answered with it, see
    ``coverage._support``; the favourite's own share, never its sum with related articles), or None.
    Asked only of a cluster about signing in (:func:`account_problem`): search reads a misspelt word as
    the word meant by its own spelling tolerance, and when one sign-in article is its answer for
    most members, the cluster is that article's problem. A cluster on something else whose words
    merely share a word with an account article's title is never asked."""
    _, titled = _titled_account(kb)
    favourite = int(np.argmax(support)) if support.any() else -1
    return favourite if favourite in titled and support[favourite] >= alone else None


def _signing_only(members: Sequence[str], kb: KbVocabulary | None = None) -> bool:
    """True when nearly every member (``shared.KIND_MEMBERS``) writes a word that only means signing in
    (``_signs_in``): then no everyday sense of the field's words is possible, and the share of the
    phrase the account article uses (``ACCOUNT_SHARE``) is no evidence (the export's frequency
    weights give the sign-in word, which most of the export writes, the least weight of the phrase)."""
    return nearly_all(members, lambda text: _signs_in(text, kb))


def beside_signing_in(members: Sequence[str], context: CoverageContext) -> bool:
    """True when every word most members (``HEAD_SHARE``) write beside the account field's words
    (``concepts.field_terms``, ``sign_in.SIGN_IN_WORDS``) tells search nothing of a topic: a word of
    another language, a word of the sign-in being refused (``concepts.REFUSED``: "rejected",
    "invalid"), a misspelling or shortening of one of those words (as :func:`_unknown_head`
    and ``KbVocabulary.spellings`` read one), or a proper name (:func:`proper_name`). A word the KB writes, or an ordinary lower-case
    word it lacks ("<lower-case thing> login"), is what the members sign in to, which the KB's
    account articles may not answer. So are the words the KB never uses that take turns beside it
    (two or more, each written by ``TURN_SHARE`` of the members at least, fewer than most) in lower
    case inside a line (:func:`_lower_case_inside`): several things signed in to ("the <device>
    rejects my login") are no names of systems; one word some members add ("again", "twice") takes
    no turns."""
    uses = word_uses([_join_lockouts(text, context.kb) for text in members])
    spoken = _in_another_language(members, context.kb)
    heads = [t for t, n in uses.items() if n >= HEAD_SHARE * len(members) and t not in _account_words()]
    turns = [t for t, n in uses.items() if TURN_SHARE * len(members) <= n < HEAD_SHARE * len(members)
             and t not in context.kb.anywhere and t not in _account_words() and _lower_case_inside(t, members)]
    turns = turns if len(turns) >= 2 else []
    # ``spoken`` drops only the turns: a word nearly every member repeats (a head) is what the request
    # is about in any language, a system named in that language beside its password word
    return all(_tells_no_topic(t, members, context) for t in heads) and \
        all(_tells_no_topic(t, members, context, spoken) for t in turns)


_LINE_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _lower_case_inside(term: str, members: Sequence[str]) -> bool:
    """True when the members write ``term`` inside a line (not opening it, in a line not typed in
    capitals) in lower case more often than capitalised, twice at least: an ordinary word. A
    system's name is capitalised wherever it stands inside a line; opening the line, or in a line
    typed in capitals, a word's case says nothing."""
    lower = upper = 0
    for text, count in Counter(members).items():
        line = text.split(". ", 1)[0]
        if line.upper() == line:
            continue
        for token in _LINE_WORD.findall(line)[1:]:
            if stem(token.lower()) == term:
                lower += count * token[0].islower()
                upper += count * token[0].isupper()
    return lower >= 2 and lower > upper


@functools.lru_cache(maxsize=1)
def _account_words() -> frozenset[str]:
    """The account field's words (``concepts.field_terms``) and the words that only mean signing in."""
    return SIGN_IN_WORDS | field_terms()


@functools.lru_cache(maxsize=1)
def _account_words_of_length() -> dict[int, tuple[str, ...]]:
    """:func:`_account_words` and the field's words as written (``concepts.field_words``: "locked",
    "expired", whose slips "locke" and "expird" are one letter from them, not from their stems), by
    length (a slip changes a word's length by one letter at most)."""
    found: dict[int, list[str]] = {}
    for word in sorted(_account_words() | field_words()):
        found.setdefault(len(word), []).append(word)
    return {n: tuple(words) for n, words in found.items()}


def _tells_no_topic(term: str, members: Sequence[str], context: CoverageContext, spoken: bool = False) -> bool:
    """See :func:`beside_signing_in`. ``spoken``: most members write the field's word in another
    language (:func:`_in_another_language`); then a word the KB never uses is that language's word
    (a verb, "please", "again"), which a KB written in one language never uses whatever it means."""
    kb = context.kb
    if spoken and term not in kb.anywhere:
        return True
    if term in context.foreign_terms or english_words(term) or term in REFUSED:
        return True  # another language's word, or the sign-in refused (``concepts.REFUSED``)
    if term in named_topics(kb):
        return False  # another article is about it: a topic, even when the sign-in articles use it too
        # (:func:`learnt_field`) or some language's calendar has it
    if term in kb.anywhere and term in learnt_field(kb):
        return True  # the KB's own sign-in words (:func:`learnt_field`)
    if term in calendar_words():
        return True  # when the sign-in began to fail ("since <weekday>", "this morning"), not what is signed in to
    if term in kb.anywhere:  # written in running text only: a thing the KB names unless the word is generic
        return term in generic_words(kb)
    if (_spelt(term, kb) - {term}) & _account_words():
        return True  # the sign-in word itself, shortened or misspelt (a slip of any other word,
        # "wiki" read as "wifi", is a guess the KB's account articles cannot back)
    return proper_name(term, members, context.frequency, context.total)


def split_sign_in(subjects: Sequence[str], labels: np.ndarray, min_size: int) -> np.ndarray:
    """The cluster labels (``-1``: none) with each cluster split in two that mixes members of the
    account field (a word that only means signing in, :func:`_signs_in`, or another of the field's
    words, read without a KB) with members writing none of it, when each part holds ``min_size``
    members and ``SPLIT_SHARE`` of the cluster at least, most of the field's part
    (``SIGN_IN_MEMBERS``) signs in and the other part has a word of its own
    (:func:`_topic_of_its_own`). Short subjects sharing a place or a device ("... on the <site>
    tablet", "<thing> rejected at <site>") group a sign-in problem with another topic there: judged
    as one, the account articles answer neither half, and the topic is proposed under the sign-in
    half's words or not at all."""
    out = labels.copy()
    members: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        if label >= 0:
            members.setdefault(label, []).append(index)
    read: dict[str, tuple[bool, bool]] = {}
    fresh = int(labels.max(initial=-1)) + 1
    for label in sorted(members):
        indices = members[label]
        for i in indices:
            if subjects[i] not in read:
                signs = _signs_in(subjects[i])
                read[subjects[i]] = (signs, signs or bool(_subject_terms(subjects[i]) & _account_words()))
        field = [i for i in indices if read[subjects[i]][1]]
        rest = [i for i in indices if not read[subjects[i]][1]]
        signing = sum(read[subjects[i]][0] for i in field)
        if min(len(field), len(rest)) >= max(min_size, SPLIT_SHARE * len(indices)) and \
                signing >= SIGN_IN_MEMBERS * len(field) and _topic_of_its_own(subjects, rest, field):
            out[field] = fresh
            fresh += 1
    return out


def _topic_of_its_own(subjects: Sequence[str], rest: Sequence[int], field: Sequence[int]) -> bool:
    """True when the members writing none of the account field (``rest``) share a word of their own:
    one that half of them at least write and the field's members never do. Without one they write
    the same thing as the field's members less the sign-in words ("<system> portal error" beside
    "<system> portal error after signing in": the sign-in only says when the one problem happens)."""
    theirs = set().union(*(_subject_terms(subjects[i]) for i in field))
    counts = Counter(t for i in rest for t in _subject_terms(subjects[i]))
    return any(n * 2 >= len(rest) and t not in theirs for t, n in counts.items())


def _subject_terms(subject: str) -> frozenset[str]:
    """A subject's single-word terms read without a KB, each lockout as the one word "lockout"
    (:func:`_join_lockouts`): how :func:`split_sign_in` reads both sides of a cluster, so a lockout
    written in two words counts as the same word on either side."""
    return _read_terms(_join_lockouts(subject, None), None)


@functools.lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """The stemmed full names of the weekdays, months and parts of the day in every language CLDR describes (Babel's
    locale data, base languages, names as written and as they stand alone): beside a word that only
    means signing in, a weekday or a month says when signing in began to fail ("since <weekday>"),
    never what is signed in to. Full names of four letters or more only: CLDR's abbreviations and
    the shortest names ("mar", "sun", "sat") are ordinary words of some language as often as not. Built once, on first use (about a second)."""
    from babel import Locale
    from babel.core import UnknownLocaleError
    from babel.localedata import locale_identifiers

    names: set[str] = set()
    for identifier in sorted(i for i in locale_identifiers() if "_" not in i):
        try:
            locale = Locale.parse(identifier)
        except (UnknownLocaleError, ValueError):
            continue
        for table in (locale.days, locale.months):
            for context in ("format", "stand-alone"):
                names.update(n.lower() for n in table.get(context, {}).get("wide", {}).values())
        # the parts of the day ("morning", "evening") as they stand alone: when, like a weekday
        names.update(n.lower() for n in locale.day_periods.get("stand-alone", {}).get("wide", {}).values())
    # three letters or fewer: some language's full name is another's everyday word or a shortening ("mar", "sat")
    return frozenset(t for name in names for t in terms_of(name) if " " not in t and len(t) > 3)


LETTER_READ = 0.6
"""Least Dice coefficient of two words' letter triples (each word padded at both ends) for a word the
KB never uses to read as one of the account field's words when the site's search already answers
it with a sign-in article (:func:`reads_as_account`): a misspelling a whole export repeats
("pasword", "forgotton" share three triples in four with the words meant), which the export's
frequencies cannot tell from a word of its own. Never evidence alone: "locker" is as close to
"locked"; only beside search's strong answer, on most members, with an article the KB titles with
the field's words."""


def _triples(word: str) -> frozenset[str]:
    padded = f"^{word}$"
    return frozenset(padded[i:i + 3] for i in range(len(padded) - 2))


@functools.lru_cache(maxsize=1 << 14)
def _near_account_word(term: str) -> bool:
    """True when ``term`` is a word that only means signing in (``SIGN_IN_WORDS``, or such a word of
    another language, ``concepts.english_words``) or, five letters long at least (shorter words have too
    many real neighbours), the first letters of one (:func:`_truncated`), one typing slip from one
    (:func:`_slip_of`) or ``LETTER_READ`` close to one by letter triples, keeping its ending
    (:func:`_keeps_ending`: "locker" is no "locked"). The field's words with everyday senses
    ("account", "lock", "reset") are no evidence here, as in :func:`_signs_in`."""
    if term in SIGN_IN_WORDS or english_words(term) & SIGN_IN_WORDS:
        return True
    if len(term) < TRUNCATED:
        return False
    if _truncated(term) & SIGN_IN_WORDS:
        return True
    if len(term) > 2 * max(map(len, SIGN_IN_WORDS)):
        return False  # too long to be one of them misspelt (and no slip of it is computed: bounded memory)
    mine = _triples(term)
    return any((abs(len(term) - len(w)) <= 1 and _slip_of(term, w)
                or 2 * len(mine & _triples(w)) >= LETTER_READ * (len(mine) + len(_triples(w))))
               and _keeps_ending(term, w) for w in SIGN_IN_WORDS if len(w) >= TRUNCATED)


def reads_as_account(members: Sequence[str]) -> bool:
    """True when nearly every member (``shared.KIND_MEMBERS``) writes a word that is, or reads by its
    letters as, one of the account field's words (:func:`_near_account_word`). Asked of a gap only
    together with search answering most members with one sign-in article (``searched_account``)."""
    return nearly_all(members, lambda text: any(_near_account_word(t) for t in terms_of(text) if " " not in t))


FIELD_ODDS = 1.5
"""Least log-odds ratio (natural log) of a word's use by the KB's sign-in articles against its use by
the others for it to be a word of the sign-in field (:func:`learnt_field`): used by a share of the
sign-in articles about 4.5 times its share of the others or more. A word every kind of article uses
("manager", "open") scores near 0; one the sign-in articles alone write scores high."""
FIELD_ARTICLES = 2
"""Fewest sign-in articles that must use a word for it to be the field's: a word one article alone
uses is that article's incidental word ("fifteen minutes"), not what signing in is written with."""


def _field_counts(kb: KbVocabulary) -> tuple[list[int], list[frozenset[str]]]:
    """The KB's sign-in articles (:func:`_titled_account`) and every article's single-word terms."""
    _, titled = _titled_account(kb)
    return titled, [frozenset(t for t in kb.strong[i] | kb.body[i] if " " not in t) for i in range(len(kb.articles))]


def learnt_field(kb: KbVocabulary) -> frozenset[str]:
    """The words the KB's sign-in articles concentrate: used by ``FIELD_ARTICLES`` of them at least,
    with a log-odds ratio of ``FIELD_ODDS`` or more against the other articles (each count smoothed by
    a half, so a word none of the others uses scores by how many sign-in articles use it). Learnt from
    the KB itself, whatever its language and systems: the second factor a desk uses ("token", "PIN"),
    its words for a refused or forgotten password. Nothing when the KB titles too few articles with the
    field's words (:func:`_titled_account`). Remembered with the vocabulary (``KbVocabulary.memo``)."""
    key = __name__ + ".learnt_field"
    if key not in kb.memo:
        titled, terms = _field_counts(kb)
        inside, outside = Counter(), Counter()
        chosen = set(titled)
        for index, words in enumerate(terms):
            (inside if index in chosen else outside).update(words)
        a_total, b_total = len(titled), len(terms) - len(titled)
        found = set()
        for word, a in inside.items():
            b = outside[word]
            odds = math.log((a + 0.5) / (a_total - a + 0.5)) - math.log((b + 0.5) / (b_total - b + 0.5))
            if a >= FIELD_ARTICLES and odds >= FIELD_ODDS:
                found.add(word)
        kb.memo[key] = frozenset(found) if titled else frozenset()
    return kb.memo[key]


GENERIC_SHARE = 0.2
"""Least share of all the KB's articles that must write a word (anywhere) for it to be generic
(:func:`generic_words`): a word that names a thing (a kiosk, a plotter, a portal) is written by the
few articles about or near that thing, however large the KB; a word of the writing itself (a verb, an
adverb, "open", "choose", "each") by a large share of all articles whatever they are about. A fifth
leaves a wide margin on both sides: a thing the desk supports is rarely mentioned by one article in
five, and the writing's own words are mostly used by far more than that."""
GENERIC_ARTICLES = 3
"""Fewest articles that must write a word for it to be generic: in a KB of a handful of articles one
or two mentions tell nothing about how widely a word is used."""


def generic_words(kb: KbVocabulary) -> frozenset[str]:
    """The single words that ``GENERIC_SHARE`` of the KB's articles, and ``GENERIC_ARTICLES`` at least,
    write (title, summary, tags, keywords, headings or body): the words of the writing itself, which
    beside the sign-in words name nothing (see :func:`_tells_no_topic`). A word fewer articles write
    names a thing even when no article is about it. Remembered with the vocabulary (``KbVocabulary.memo``)."""
    key = __name__ + ".generic_words"
    if key not in kb.memo:
        used = Counter(t for strong, body in zip(kb.strong, kb.body) for t in strong | body if " " not in t)
        least = max(GENERIC_ARTICLES, GENERIC_SHARE * len(kb.articles))
        kb.memo[key] = frozenset(t for t, n in used.items() if n >= least)
    return kb.memo[key]


def named_topics(kb: KbVocabulary) -> frozenset[str]:
    """The single words the KB makes the topic of an article other than its sign-in articles: in its
    title, summary, tags, keywords or headings (``KbVocabulary.strong``). A word the KB writes only in
    bodies ("each morning", a weekday, an adverb), or only in its sign-in articles' strong fields, is
    no thing the KB answers or lacks an answer for; beside the sign-in words it says when or how
    signing in failed (see :func:`_tells_no_topic`). Every strong word when the KB has no sign-in
    articles (:func:`_titled_account`): then nothing is set apart."""
    key = __name__ + ".named_topics"
    if key not in kb.memo:
        _, titled = _titled_account(kb)
        chosen = set(titled)
        kb.memo[key] = frozenset(t for i, words in enumerate(kb.strong) if i not in chosen
                                 for t in words if " " not in t)
    return kb.memo[key]


def _in_another_language(members: Sequence[str], kb: KbVocabulary) -> bool:
    """True when most members (``SIGN_IN_MEMBERS``) write a word of the account field in another
    language that the KB never uses, listed (``concepts.english_words``). No reading by letters: a
    close spelling of a listed word is as often an English word ("session", "logger") as a form of it."""
    def foreign(text: str) -> bool:
        return any(t not in kb.anywhere and english_words(t)
                   for t in terms_of(text) if " " not in t)
    return sum(n for text, n in Counter(members).items() if foreign(text)) >= SIGN_IN_MEMBERS * len(members) > 0


MODEL_TOPIC_SHARE = 0.3
"""Least share of a cluster's members that must write a word another article is about (see
:func:`modelled_account`) for the sign-in model's reading to give way: a thing a third of the members
name (a door, a mailbox, a licence) is what they ask about, whatever words of signing in stand beside it;
a word a handful adds is noise."""


def modelled_account(subjects: Sequence[str], members: Sequence[str], rest: dict[str, float],
                     support: np.ndarray, kb: KbVocabulary) -> int | None:
    """The KB's sign-in article that answers a cluster the fitted sign-in model reads as sign-in trouble
    (``sign_in_model.reads_as_sign_in`` of the members' ``subjects``), or None. The model reads the
    problem by its letters, written with the field's words or without them ("cannot get in", "shut out
    after three tries"), in any language it was fitted on, misspelt or beside an in-house application's
    name; so a cluster it reads so is the sign-in articles' update (their keywords lack the names people
    use), never a topic the KB lacks. None when the KB titles too few articles with the field's words
    (:func:`_titled_account`: a KB without sign-in articles keeps such clusters as gaps), when
    ``MODEL_TOPIC_SHARE`` of the members write a lockout out of a place (:func:`_out_of_a_place`: a
    door's lockout, which the model, fitted on sign-in lockouts, reads by the same letters), or when
    ``MODEL_TOPIC_SHARE`` of the members write a word another article is about (``named_topics``)
    that is not the sign-in field's (the field's words, the sign-in articles' own titles, summaries, tags
    and headings): the KB answers that thing elsewhere, and the other readings have judged it already
    (a word another article is about wins over the learnt field, :func:`learnt_field`, and over the
    KB's generic words, :func:`generic_words`, as in :func:`_tells_no_topic`). The article
    is search's favourite when it is a sign-in article, else the sign-in article using most of the
    cluster's words ``rest``."""
    from .sign_in_model import reads_as_sign_in

    _, titled = _titled_account(kb)
    if not titled or not reads_as_sign_in(subjects):
        return None
    if sum(n for text, n in Counter(members).items() if _out_of_a_place(text, kb)) >= MODEL_TOPIC_SHARE * len(members):
        return None
    own = frozenset().union(*(kb.strong[i] for i in titled)) | _account_words()
    topics = named_topics(kb) - own
    uses = word_uses([_join_lockouts(text, kb) for text in members])
    if any(n >= MODEL_TOPIC_SHARE * len(members) and t in topics for t, n in uses.items()):
        return None
    favourite = int(np.argmax(support)) if support.any() else -1
    return favourite if favourite in titled else best_titled(titled, rest, kb)


def _out_of_a_place(text: str, kb: KbVocabulary) -> bool:
    """True when a text writes a lockout (``concepts.LOCKED_OUT``, :func:`_join_lockouts`) that is no
    account's (:func:`_locked_out`): out of a thing written in lower case or one the KB names (a
    building, a room, a shed)."""
    return bool(LOCKED_OUT.search(_join_lockouts(text, kb))) and not _locked_out(text, kb)


FILE_SHARE = MODEL_TOPIC_SHARE
"""Least share of a cluster's members that must name a kind of file (:func:`opens_a_file`) for the
cluster to be about a password that opens a file: as with a word another article is about, a thing a
third of the members name is what they ask about."""
LOCKED_FORMATS = frozenset({"pdf", "zip", "rar", "docx", "xlsx", "pptx", "xls", "ppt", "odt", "ods", "odp"})
"""Extensions of the file formats whose own specifications define a password that locks the file: PDF's
security handler, ZIP's and RAR's encryption, the Office Open XML and OpenDocument encryption and the
legacy Office formats'. They name nothing but the file, so one alone names a kind of file. Kept here,
not derived from ``mimetypes`` (whose built-in table differs between Python versions): the same on
every machine. Formats without a password of their own (web pages' "html", "css", data's "json") and
the vendors' applications people sign in to ("excel", "word") are left out."""
EVERYDAY_FILE_WORDS = frozenset({"doc", "document", "file", "sheet", "spreadsheet", "workbook",
                                 "presentation", "attachment", "archive"})
"""Everyday nouns for a file. They also name applications and places people sign in to (an office
suite's "Docs" and "Sheets", a "document portal", a "time sheet" tool), so one counts only with file
evidence in the same subject: a file name written with its extension ("minutes.doc") or a word of a
file's lock (``FILE_LOCK``). Limit: the evidence words are English; in another language a kind of file
is named by ``LOCKED_FORMATS`` only."""
FILE_LOCK = ("protect", "encrypt", "decrypt", "unzip", "extract", "unpack")
"""Beginnings of the English words that say a file itself is locked or must be opened out ("protected",
"encrypted", "unzipping", "extract"); "open" and "locked" are left out: an application opens and an
account locks."""


@functools.lru_cache(maxsize=1)
def file_words() -> frozenset[str]:
    """Every word that can name a kind of file (``LOCKED_FORMATS`` and ``EVERYDAY_FILE_WORDS``)."""
    return LOCKED_FORMATS | EVERYDAY_FILE_WORDS


_LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters: a file's name splits at its dot ("budget.xlsx" -> "budget", "xlsx")."""
_FILE_NAME = re.compile(r"[^\W_]\.([^\W\d_]{2,5})\b")
"""A file name's extension: letters after a dot that follows a letter or digit ("minutes.doc"); a single
character class on each side of a literal dot and a bounded run (no backtracking)."""


def _plain(word: str) -> str:
    """A file word without its plural "s" ("pdfs", "attachments"); the word itself otherwise."""
    words = file_words()
    return word[:-1] if word not in words and word.endswith("s") and word[:-1] in words else word


def names_a_file(text: str) -> bool:
    """True when a text names a kind of file: a word of ``LOCKED_FORMATS`` (singular or plural), or an
    everyday one (``EVERYDAY_FILE_WORDS``) with file evidence in the same text (a file name's extension,
    a word of ``FILE_LOCK``). Read in bounded time: the text's first ``MAX_SUBJECT`` characters."""
    head = text[:MAX_SUBJECT].lower()
    words = [_plain(w) for w in _LETTERS.findall(head)]
    if any(w in LOCKED_FORMATS for w in words):
        return True
    if not any(w in EVERYDAY_FILE_WORDS for w in words):
        return False
    named = any(m.group(1) in file_words() for m in _FILE_NAME.finditer(head))
    return named or any(w.startswith(FILE_LOCK) for w in words)


MAX_SUBJECT = 2000
"""Characters of a subject read for a kind of file (a subject line is short; a 100,000-character one is
read by its start: bounded time)."""


def opens_a_file(members: Sequence[str]) -> bool:
    """True when ``FILE_SHARE`` of a cluster's members' subjects name a kind of file (:func:`names_a_file`): a
    password that opens a document, a spreadsheet, an archive or an attachment is no one's sign-in, and
    the KB's sign-in articles (forgotten, expired, locked) do not answer it, however alike the words of
    the two are. ``coverage`` then keeps every sign-in reading off the cluster."""
    counts = Counter(members)
    return sum(n for text, n in counts.items() if names_a_file(text)) >= FILE_SHARE * len(members) > 0
