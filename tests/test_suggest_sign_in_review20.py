"""Must-keep probes (round 20 review): a request that merely mentions a password or a sign-in stays a
gap when it names a thing the KB only writes about in running text, or a thing named in another
language; a KB topic word is never read as a calendar word; coverage asks ``reads_as_account``."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import cluster_finding
from kbgen.model import Article, SourceRef
from kbgen.suggest.shared import stem

UTC = dt.timezone.utc


def _article(number: int, title: str, summary: str, tags: tuple[str, ...], body: str) -> Article:
    return Article(f"KB{number:04}", title, summary, tags=tags, body=body, source=SourceRef(f"{number}.md"))


# A tiny desk: three sign-in articles and two others, one of which mentions a badge reader and a
# vending machine in its body only (running text, no title, tag or heading).
ARTICLES = [
    _article(1, "Account locked after failed attempts", "Your account locks after too many failed passwords.",
             ("account", "locked"), "After five failed passwords the account locks; wait or phone the desk."),
    _article(2, "Password has expired", "Choose a new password once the old one expires.", ("password", "expired"),
             "When your password expires you are asked for a new one at sign in."),
    _article(3, "Reset a forgotten password", "Forgot your password? Reset it yourself.", ("password", "reset"),
             "Go to the reset page, confirm who you are and choose a new password."),
    _article(4, "Printer shows offline", "The printer is offline.", ("printer", "offline"),
             "Switch the printer off and on again."),
    _article(5, "Using the staff canteen", "Meals and opening hours.", ("canteen", "meals"),
             "The canteen opens at noon; the vending machine beside the badge reader takes cards."),
]
ACCOUNT = {"KB0001", "KB0002", "KB0003"}
BACKGROUND = {"printer offline": 60, "laptop won't boot": 60, "wifi drops": 60, "monitor flickers": 40,
              "password reset": 50, "locked out": 40}


def _verdict(subjects: dict[str, int], articles=ARTICLES) -> tuple[str, str]:
    found = _found(subjects, articles)
    return found.verdict, found.article_id


def _found(subjects: dict[str, int], articles=ARTICLES):
    return cluster_finding(subjects, BACKGROUND, articles, dt.datetime(2026, 4, 6, 9, tzinfo=UTC))


def _on_account_articles(subjects: dict[str, int]) -> bool:
    verdict, article = _verdict(subjects)
    return verdict in ("covered", "partial") and article in ACCOUNT


@pytest.mark.parametrize("subjects", [
    {"vending machine password rejected": 11, "vending machine login rejected": 6},
    {"badge reader password not accepted": 12, "password on badge reader not accepted": 5},
])
def test_a_thing_the_kb_names_only_in_running_text_is_an_update_of_the_sign_in_articles(subjects):
    """The KB mentions the thing in one body, which is not an article about it, so the thing does not
    keep the model's reading off (only a thing another article is about does). Until round 20 the
    cluster stayed a gap; round 21 changed the policy: it is an update of an account article. The words
    to add are those the KB lacks anywhere, so a thing some body mentions is not among them (a stated
    limit: the update names the refusal, not the thing)."""
    found = _found(subjects)
    assert found.verdict == "partial" and found.article_id in ACCOUNT


def test_a_thing_the_kb_never_names_is_an_update_naming_it():
    """Until round 20 a gap; since round 21 an update of an account article whose words to add name
    the thing."""
    found = _found({"greenhouse controller password rejected": 12, "greenhouse controller login rejected": 5})
    assert found.verdict == "partial" and found.article_id in ACCOUNT
    assert {stem("greenhouse"), stem("controller")} <= set(found.missing)


HIRING = ARTICLES + [
    _article(6, "Preparing for a new hire", "What IT sets up before a new hire starts.", ("hire", "onboarding"),
             "Order the laptop a week before the start date."),
]


def test_a_kb_topic_word_wins_over_a_calendar_word_of_some_language():
    """Must-keep: some language's month is written like an English topic word ("hire"); the KB makes
    it the topic of an article, so beside a password it names that topic, not when signing in failed."""
    verdict, article = _verdict({"hire password refused": 12, "hire login refused": 5}, HIRING)
    assert not (verdict in ("covered", "partial") and article in ACCOUNT)


def test_a_weekday_beside_a_refused_password_is_still_when_it_failed():
    """Over-firing check: a real weekday name is no topic of this KB and still says when."""
    verdict, article = _verdict({"password rejected since monday": 12, "password not accepted since monday": 5})
    assert verdict != "gap" and article in ACCOUNT


@pytest.mark.parametrize("subjects", [
    {"fleet tracker session expired": 12, "session expired on fleet tracker": 6},
    {"lozinke za arhivski sustav": 12, "arhivski sustav lozinke": 6},
])
def test_a_new_system_beside_the_field_written_another_way_stays_a_gap(subjects):
    """Must-keep: an English word that merely looks like another language's word of the field
    ("session") reads as nothing else, and a system named in another language beside that language's
    password word written in a form the table lacks is what the request is about."""
    assert not _on_account_articles(subjects)


def test_a_password_refused_by_a_new_device_is_an_update_naming_it():
    """"logger" merely looks like another language's word of the field, but "password refused" beside it
    is sign-in trouble. Until round 20 a gap; round 21 changed the policy: the fitted sign-in model
    reads it so, and the update of an account article adds the device's words."""
    found = _found({"temperature logger password refused": 12, "logger password refused": 6})
    assert found.verdict == "partial" and found.article_id in ACCOUNT
    assert {stem("temperature"), stem("logger")} <= set(found.missing)


SUPERVISED = [
    _article(i + 1, a.title, a.summary, a.tags,
             a.body + (" Your supervisor confirms the change." if i < 3 else ""))
    for i, a in enumerate(ARTICLES)
] + [_article(7, "Supervisor dashboard is empty", "The supervisor dashboard shows no team.",
              ("supervisor", "dashboard"), "Reload the supervisor dashboard after the nightly sync.")]


def test_a_topic_word_the_sign_in_articles_also_write_stays_a_topic():
    """Must-keep: the sign-in articles all mention the supervisor, and another article is about the
    supervisor's dashboard: a refused password beside that word is not the account articles' problem."""
    from kbgen.suggest.kb_vocabulary import KbVocabulary
    from kbgen.suggest.shared import stem
    from kbgen.suggest.sign_in import learnt_field
    assert stem("supervisor") in learnt_field(KbVocabulary.of(SUPERVISED))  # the case this probe is about
    verdict, article = _verdict({"supervisor password rejected": 12, "supervisor login refused": 5}, SUPERVISED)
    assert not (verdict in ("covered", "partial") and article in ACCOUNT)
