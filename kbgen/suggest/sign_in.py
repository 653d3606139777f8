"""Sign-in problems in the KB's terms: a cluster about signing in (the account field's words and a
word that only means signing in) and the account article that answers it (see ``coverage``)."""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, Sequence

from .aside_names import HEAD_SHARE, proper_name, word_uses
from .concepts import LOCKED_OUT, SIGN_IN_PHRASE, SIGN_IN_WORDS, english_words, field_terms
from .kb_vocabulary import KbVocabulary, terms_of
from .shared import GENERIC_TITLES, best_titled, nearly_all, stem

if TYPE_CHECKING:
    from .coverage import CoverageContext

SIGN_IN_MEMBERS = 0.5
"""Share of a cluster's members that must write a word that only means signing in."""
ACCOUNT_SHARE = 0.25
"""Least share of a phrase's words (``KbVocabulary.share``) the account article must use to answer it:
a phrase of four or five words of which the article uses only the field's word (a machine's dial that
locked, a permit that expired) is about something else; a sign-in phrase shares the field's word and
the sign-in word's neighbours."""


def _read_terms(text: str, kb: KbVocabulary | None) -> frozenset[str]:
    """The single-word terms of a text, each with the KB's words it stands for when the KB never
    uses it (``KbVocabulary.spellings``: a shortening, "pwd" -> password; a slip, "lokced" ->
    locked; the account field's word of another language): people write the field's words more
    carelessly than any other, being the words they type most often."""
    terms = [t for t in terms_of(text) if " " not in t]
    if kb is None:
        return frozenset(terms)
    return frozenset(w for t in terms for w in _spelt(t, kb))


def _spelt(term: str, kb: KbVocabulary) -> frozenset[str]:
    """A term and the KB's words it stands for (``KbVocabulary.spellings``), and for a word the KB
    never uses, the KB's words one typing slip away that the export writes far more often
    (``KbVocabulary.misspells``: a short stem, "lokc" of "lokced", is no shortening of "lock" but a
    slip of it)."""
    spelt = kb.spellings(term)
    if kb.knows(term):
        return spelt
    return spelt | {w for w in kb.near_words(term) if kb.misspells(term, w)}


_BEFORE_OUT = re.compile(r"\b([^\W\d_]+)[ -]?out\b", re.IGNORECASE)
"""A word before "out", open, closed or hyphenated (a lockout misspelt: "lockd out"). Linear: each
match starts at a word's start and reads that word once."""
_LOCK = stem("lock")


def _join_lockouts(text: str, kb: KbVocabulary | None) -> str:
    """The text with each account lockout (``concepts.LOCKED_OUT``, or a word the KB reads as "lock"
    before "out": a slip, "lokced out", "lockd out"; see :func:`_read_terms`) written as the one word
    "lockout": its "out" is part of the field's word, not a word beside it."""
    text = LOCKED_OUT.sub("lockout", text)
    if kb is None:
        return text
    return _BEFORE_OUT.sub(lambda m: "lockout" if _LOCK in _read_terms(m.group(1), kb) else m.group(0), text)


def _locked_out(text: str, kb: KbVocabulary | None) -> bool:
    """True when a text writes an account lockout (:func:`_join_lockouts`)."""
    return bool(LOCKED_OUT.search(_join_lockouts(text, kb)))


def _signs_in(text: str, kb: KbVocabulary | None = None) -> bool:
    """True when a text writes a word that only means signing in (``SIGN_IN_WORDS``, the phrasal
    verbs of ``SIGN_IN_PHRASE``, an account lockout, :func:`_locked_out`, or such a word of another
    language, ``concepts.english_words``), as written or as the KB reads it (:func:`_read_terms`)."""
    if SIGN_IN_PHRASE.search(text) or _locked_out(text, kb):
        return True
    return any(t in SIGN_IN_WORDS or english_words(t) & SIGN_IN_WORDS for t in _read_terms(text, kb))


def _about_signing_in(members: Sequence[str], kinds: frozenset[str], kb: KbVocabulary | None = None) -> bool:
    """True when nearly every member (``shared.KIND_MEMBERS``) writes one of the account field's words
    ``kinds`` and most (``SIGN_IN_MEMBERS``) a word that only means signing in (``_signs_in``), as
    written or as the KB reads it (:func:`_read_terms`): the field's everyday words alone (a
    vehicle's registration expired, a meter locked) are no sign-in problem."""
    if not kinds:
        return False
    field = kinds | SIGN_IN_WORDS  # a word that only means signing in is the field's word too ("credentials")
    if not nearly_all(members, lambda text: bool(field.intersection(_read_terms(text, kb)))):
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


def _signing_only(members: Sequence[str], kb: KbVocabulary | None = None) -> bool:
    """True when nearly every member (``shared.KIND_MEMBERS``) writes a word that only means signing in
    (``_signs_in``): then no everyday sense of the field's words is possible, and the share of the
    phrase the account article uses (``ACCOUNT_SHARE``) is no evidence (the export's frequency
    weights give the sign-in word, which most of the export writes, the least weight of the phrase)."""
    return nearly_all(members, lambda text: _signs_in(text, kb))


def beside_signing_in(members: Sequence[str], context: CoverageContext) -> bool:
    """True when every word most members (``HEAD_SHARE``) write beside the account field's words
    (``concepts.field_terms``, ``sign_in.SIGN_IN_WORDS``) tells search nothing of a topic: a word of
    another language, a misspelling or shortening of one of those words (as :func:`_unknown_head`
    and ``KbVocabulary.spellings`` read one), or a proper name (:func:`proper_name`). A word the KB writes, or an ordinary lower-case
    word it lacks ("<lower-case thing> login"), is what the members sign in to, which the KB's
    account articles may not answer."""
    uses = word_uses([_join_lockouts(text, context.kb) for text in members])
    heads = [t for t, n in uses.items() if n >= HEAD_SHARE * len(members) and t not in _account_words()]
    return all(_tells_no_topic(t, members, context) for t in heads)


@functools.lru_cache(maxsize=1)
def _account_words() -> frozenset[str]:
    """The account field's words (``concepts.field_terms``) and the words that only mean signing in."""
    return SIGN_IN_WORDS | field_terms()


def _tells_no_topic(term: str, members: Sequence[str], context: CoverageContext) -> bool:
    """See :func:`beside_signing_in`."""
    kb = context.kb
    if term in context.foreign_terms or english_words(term):
        return True
    if term in kb.anywhere:
        return False
    if (_spelt(term, kb) - {term}) & _account_words():
        return True  # the sign-in word itself, shortened or misspelt (a slip of any other word,
        # "wiki" read as "wifi", is a guess the KB's account articles cannot back)
    return proper_name(term, members, context.frequency, context.total)
