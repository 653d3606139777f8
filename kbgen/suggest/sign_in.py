"""Sign-in problems in the KB's terms: a cluster about signing in (the account field's words and a
word that only means signing in) and the account article that answers it (see ``coverage``)."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Sequence

from .aside_names import HEAD_SHARE, _proper_name
from .concepts import SIGN_IN_PHRASE, SIGN_IN_WORDS, english_words, field_terms
from .kb_vocabulary import KbVocabulary, terms_of
from .shared import GENERIC_TITLES, best_titled, nearly_all

if TYPE_CHECKING:
    from .coverage import _Context

SIGN_IN_MEMBERS = 0.5
"""Share of a cluster's members that must write a word that only means signing in."""
ACCOUNT_SHARE = 0.25
"""Least share of a phrase's words (``KbVocabulary.share``) the account article must use to answer it:
a phrase of four or five words of which the article uses only the field's word (a machine's dial that
locked, a permit that expired) is about something else; a sign-in phrase shares the field's word and
the sign-in word's neighbours."""


def _signs_in(text: str) -> bool:
    """True when a text writes a word that only means signing in (``SIGN_IN_WORDS``, the phrasal
    verbs of ``SIGN_IN_PHRASE``, or such a word of another language, ``concepts.english_words``)."""
    if SIGN_IN_PHRASE.search(text):
        return True
    return any(t in SIGN_IN_WORDS or english_words(t) & SIGN_IN_WORDS for t in terms_of(text) if " " not in t)


def _about_signing_in(members: Sequence[str], kinds: frozenset[str]) -> bool:
    """True when nearly every member (``shared.KIND_MEMBERS``) writes one of the account field's words
    ``kinds`` and most (``SIGN_IN_MEMBERS``) a word that only means signing in (``_signs_in``): the
    field's everyday words alone (a vehicle's registration expired, a meter locked) are no sign-in
    problem."""
    if not kinds or not nearly_all(members, lambda text: bool(kinds.intersection(terms_of(text)))):
        return False
    signing = sum(n for text, n in Counter(members).items() if _signs_in(text))
    return signing >= SIGN_IN_MEMBERS * len(members)


def _titled_account(kb: KbVocabulary) -> tuple[frozenset[str], list[int]]:
    """The account field's words (``concepts.field_terms``) and the articles the KB titles with them;
    nothing when fewer than ``GENERIC_TITLES`` articles are (a KB that writes several articles on
    signing in answers it for every system, whichever of the field's words a desk's people use; one
    article on it may be about one system only)."""
    field = field_terms()
    titled = [i for i, title in enumerate(kb.titles) if title & field]
    return (field, titled) if len(titled) >= GENERIC_TITLES else (frozenset(), [])


def _account_problem(members: Sequence[str], kb: KbVocabulary) -> bool:
    """True when the cluster is about signing in and the KB titles several articles with it
    (:func:`_titled_account`): nearly every member writes a word of the field and most a word that only
    means signing in (``_about_signing_in``: "locked" or "expired" alone may be a machine or a
    permit). Signing in fails the same way for every system, device and language: the word most
    members add beside it is a system's name or a word of another language ("<system> password
    reset"), not a topic the KB lacks, so it does not make the cluster a gap (see ``_unknown_head``;
    the words still go into the update)."""
    kinds, _ = _titled_account(kb)
    return _about_signing_in(members, kinds)


def _account_kind(members: Sequence[str], rest: dict[str, float], kb: KbVocabulary,
                  only_names_beside: bool = False) -> int | None:
    """The account article that answers a cluster about signing in (:func:`_account_problem`): the
    one of the KB's account articles that uses most of the phrase's words ``rest``, when it uses
    ``ACCOUNT_SHARE`` of them at least (a phrase of which it uses only the field's word is about
    something else), or when nearly every member writes a word that only means signing in
    (:func:`_signing_only`) and the words most members write beside it tell search nothing of a
    topic (``only_names_beside``: misspellings, shortenings, another language's words or names; see
    :func:`_beside_signing_in`). None otherwise: "<lower-case thing> login" is about a thing
    the KB may lack."""
    if not _account_problem(members, kb):
        return None
    _, titled = _titled_account(kb)
    best = best_titled(titled, rest, kb)
    waived = only_names_beside and _signing_only(members)
    return best if kb.share(best, rest) >= ACCOUNT_SHARE or waived else None


def _signing_only(members: Sequence[str]) -> bool:
    """True when nearly every member (``shared.KIND_MEMBERS``) writes a word that only means signing in
    (``_signs_in``): then no everyday sense of the field's words is possible, and the share of the
    phrase the account article uses (``ACCOUNT_SHARE``) is no evidence (the export's frequency
    weights give the sign-in word, which most of the export writes, the least weight of the phrase)."""
    return nearly_all(members, _signs_in)


def _beside_signing_in(members: Sequence[str], context: _Context) -> bool:
    """True when every word most members (``HEAD_SHARE``) write beside the account field's words
    (``concepts.field_terms``, ``sign_in.SIGN_IN_WORDS``) tells search nothing of a topic: a word of
    another language, a misspelling or shortening of one of those words (as :func:`_unknown_head`
    and ``KbVocabulary.spellings`` read one), or a proper name (:func:`_proper_name`). A word the KB writes, or an ordinary lower-case
    word it lacks ("<lower-case thing> login"), is what the members sign in to, which the KB's
    account articles may not answer."""
    uses = Counter()
    for text, n in Counter(members).items():
        uses.update({t: n for t in terms_of(text) if " " not in t})
    skip = SIGN_IN_WORDS | field_terms()
    heads = [t for t, n in uses.items() if n >= HEAD_SHARE * len(members) and t not in skip]
    return all(_tells_no_topic(t, members, context) for t in heads)


def _tells_no_topic(term: str, members: Sequence[str], context: _Context) -> bool:
    """See :func:`_beside_signing_in`."""
    kb = context.kb
    if term in context.foreign_terms or english_words(term):
        return True
    if term in kb.anywhere:
        return False
    account = SIGN_IN_WORDS | field_terms()
    meant = (kb.spellings(term) - {term}) | {w for w in kb.near_words(term) if kb.misspells(term, w)}
    if meant & account:
        return True  # the sign-in word itself, shortened or misspelt (a slip of any other word,
        # "wiki" read as "wifi", is a guess the KB's account articles cannot back)
    return _proper_name(term, members, context.frequency, context.total)
