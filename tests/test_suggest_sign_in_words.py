"""Sign-in problems written with the account field's noun and predicate, with slips of the field's
inflected words, and initials with a slash. Every article, subject and word here is invented for
these tests."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from conftest import cluster_finding
from kbgen.model import Article, SourceRef
from kbgen.suggest.concepts import loses_account
from kbgen.suggest.kb_vocabulary import KbVocabulary, _initials
from kbgen.suggest.shared import stem
from kbgen.suggest.sign_in import _signs_in, _spelt

UTC = dt.timezone.utc
ARTICLES = [
    Article("KB0101", "Account locks after wrong tries", "When your account is locked after wrong passwords.",
            tags=("account", "locked"), body="An account locks after five wrong passwords; wait or call the desk.",
            source=SourceRef("a.md")),
    Article("KB0102", "Password expired: choosing the next one", "Pick a new password when the old one runs out.",
            tags=("password", "expired"), body="An expired password asks for a new one when you sign in.",
            source=SourceRef("b.md")),
    Article("KB0103", "Forgot the password? Resetting it yourself", "Forgot your password? Reset it yourself.",
            tags=("password", "reset", "forgot"), body="Open the reset page and answer your questions.",
            source=SourceRef("c.md")),
    Article("KB0104", "Clear a paper jam", "Open the tray and remove the paper.", tags=("paper", "jam", "printer"),
            body="Remove the jammed paper from the tray.", source=SourceRef("d.md")),
    Article("KB0105", "Connect to the guest wifi", "Pick the guest network and accept the terms.",
            tags=("wifi", "guest"), body="The guest network asks you to accept the terms once a day.",
            source=SourceRef("e.md")),
]
ACCOUNT_ARTICLES = {"KB0101", "KB0102", "KB0103"}
BACKGROUND = {"printer offline": 60, "laptop won't boot": 60, "wifi drops": 60, "paper jam": 40,
              "password reset": 50, "locked out": 40}


def _verdict(subjects: dict[str, int], background: dict[str, int] = BACKGROUND) -> tuple[str, str]:
    """The verdict and article of one cluster of ``subjects`` beside unrelated ``background`` tickets."""
    found = _found(subjects, background)
    return found.verdict, found.article_id


def _found(subjects: dict[str, int], background: dict[str, int] = BACKGROUND):
    """The coverage finding of one cluster of ``subjects`` beside unrelated ``background`` tickets."""
    return cluster_finding(subjects, background, ARTICLES, dt.datetime(2026, 2, 2, 8, tzinfo=UTC))


@pytest.mark.parametrize("text, loses", [
    ("account lock", True), ("account expired", True), ("forgotten account", True), ("account sign", False),
    ("cabinet lock", False), ("account statement", False), ("konto gesperrt", True), ("permit expired", False)])
def test_the_account_with_a_predicate_of_losing_ones_way_in_names_a_sign_in(text, loses):
    """The account field's noun and one of its predicates of losing one's way in (locked, expired,
    forgotten, reset), in English or a listed language, name a sign-in together; either alone has
    everyday senses, and signing an account's form is no such predicate."""
    words = text.split()
    assert loses_account({stem(w) for w in words}, words) is loses


@pytest.mark.parametrize("text", ["my account expires tomorrow", "account expire", "forget account pin",
                                  "I forget my account"])
def test_the_base_forms_of_expire_and_forget_are_predicates_as_written(text):
    """"expire" and "forget" stem otherwise than "expired" and "forgot"; the predicate holds however
    the verb is inflected, with no slip reading needed."""
    assert _signs_in(text)


@pytest.mark.parametrize("text", ["accounting period locked", "customer account locked (credit hold)",
                                  "accounts payable locked", "GL account locked", "ledger account expired",
                                  "supplier's account locked", "accountant forgot"])
def test_a_derived_word_or_an_account_whose_owner_is_named_is_no_sign_in(text):
    """The account noun as written, not its stem: "accounting" and "accountant" are bookkeeping; a
    bookkeeping word beside the noun (a customer's, a supplier's, the ledger's account, "accounts
    payable") names a business record, not the identity an employee signs in with."""
    assert not _signs_in(text)


@pytest.mark.parametrize("text", ["account locked", "my accounts are locked", "Windows account locked again"])
def test_the_account_noun_as_written_with_a_predicate_is_a_sign_in(text):
    assert _signs_in(text)


@pytest.mark.parametrize("subjects", [
    {"my account is locked again": 9, "Fwd: my account is locked again": 4},
    {"account got locked this morning": 9, "account got locked this morning, still locked": 4},
    {"locked account, please help": 9, "locked account please help asap": 4},
])
def test_an_account_locked_with_no_sign_in_word_is_answered_by_an_account_article(subjects):
    """"account locked" writes no word that only means signing in, yet the field's noun and
    predicate together are the lockout the KB's account articles answer, whatever word the members
    add for how it happened: never a new article."""
    verdict, article = _verdict(subjects)
    assert verdict != "gap" and article in ACCOUNT_ARTICLES


@pytest.mark.parametrize("subjects", [
    {"ledger account statement locked for month end close": 8, "month end: ledger account statement locked": 5},
    {"supplier account export expired before the audit": 7, "audit copy of supplier account export expired": 5},
])
def test_an_account_word_and_a_predicate_beside_another_topic_stay_a_gap(subjects):
    """A ledger's account statement locked for the month's close, a supplier account's export that
    expired: the field's noun and predicate are there, but most of what the members write is a
    topic the account articles do not use, so the cluster stays what the KB lacks."""
    assert _verdict(subjects)[0] == "gap"


def _kb(frequency: dict[str, int]) -> KbVocabulary:
    return KbVocabulary.of(ARTICLES, Counter(frequency))


@pytest.mark.parametrize("slip, meant", [("lockd", "lock"), ("expird", "expir"), ("accont", "account")])
def test_a_slip_of_an_inflected_field_word_reads_as_that_word(slip, meant):
    """People drop a letter of the field's inflected words as of any other ("lockd", "expird"): the
    slip is one letter from the word as written ("locked"), not from its stem, and reads as the field's word when
    the export writes that word far more often."""
    kb = _kb({meant: 80, slip: 3})
    assert meant in _spelt(slip, kb)
    assert meant not in _spelt(slip, _kb({meant: 2, slip: 3}))  # written as often: a word of its own


def test_a_lockout_typed_with_a_slip_is_a_sign_in():
    kb = _kb({"lock": 80, "lockd": 3, "account": 90, "accont": 2})
    assert _signs_in("lockd out again", kb) and _signs_in("accont lockd", kb)
    assert not _signs_in("drawer lockd", kb)


@pytest.mark.parametrize("word", ["locker", "lockers", "locket"])
def test_another_ending_on_a_field_words_stem_is_no_slip(word):
    """A slip of an inflected word keeps its ending: "locker" and "locket" are words of their own,
    one letter from "locked" but ending otherwise, and never read as it however rare."""
    kb = _kb({"lock": 80, "expir": 80, word: 3, "account": 90})
    assert not {"lock", "expir"} & _spelt(word, kb)
    assert not _signs_in(f"account {word}", kb)


@pytest.mark.parametrize("text, read", [("new p/w please", "new pw please"), ("U/N not known", "un not known"),
                                        ("label s/n unreadable", "label s/n unreadable"),
                                        ("room n/a", "room n/a"), ("ship w/o cable", "ship w/o cable")])
def test_initials_join_only_as_a_sign_in_compounds_parts(text, read):
    """Initials with a slash are a two-word phrase's initials: joined only where they are the initials
    of a sign-in compound's two parts (pass/word, user/name); a serial number ("s/n") merely has the
    letters of "signon" and stays as written."""
    assert _initials(text.lower()) == read


@pytest.mark.parametrize("text", ["the u/i freezes on save", "s/o from finance called", "p/c will not boot",
                                  "l/o stock list", "print p/p 4-9"])
def test_initials_that_also_stand_for_other_phrases_stay_as_written(text):
    """The initials of "user id", "sign on", "pass code", "log on" and "pass phrase" are also a desk's
    everyday initials of other phrases (user interface, someone, a PC, left over, pages): joined, a
    frozen screen or a caller's description would read as a sign-in problem."""
    assert _initials(text) == text
