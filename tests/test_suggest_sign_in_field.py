"""The sign-in field learnt from the KB itself (round 20): which words the KB's sign-in articles
concentrate (a log-odds ratio against the rest), and which words the KB names as topics of its other
articles. A word beside the sign-in words that the KB writes but never makes the topic of another
article (a time of day in a body, say) names no thing signed in to; a word another article is about
keeps a cluster that merely mentions an account or a sign-in a gap. Every article, subject and word
here is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import cluster_finding
from kbgen.model import Article, SourceRef
from kbgen.suggest.kb_vocabulary import KbVocabulary
from kbgen.suggest.shared import stem
from kbgen.suggest.sign_in import learnt_field, named_topics

UTC = dt.timezone.utc


def _article(number: int, title: str, summary: str, tags: tuple[str, ...], body: str) -> Article:
    return Article(f"KB{number:04}", title, summary, tags=tags, body=body, source=SourceRef(f"{number}.md"))


ARTICLES = [
    _article(1, "Account locks after wrong tries", "When your account is locked after wrong passwords.",
             ("account", "locked"), "An account locks after five wrong passwords; wait fifteen minutes or call "
             "the desk. The token on your phone is not affected."),
    _article(2, "Password expired: choosing the next one", "Pick a new password when the old one runs out.",
             ("password", "expired"), "An expired password asks for a new one when you sign in. Use a token "
             "code if asked."),
    _article(3, "Forgot the password? Resetting it yourself", "Forgot your password? Reset it yourself.",
             ("password", "reset", "forgot"), "Open the reset page, prove who you are with the token, and "
             "choose a new password."),
    _article(4, "Clear a paper jam", "Open the tray and remove the paper.", ("paper", "jam", "printer"),
             "Remove the jammed paper from the tray."),
    _article(5, "Ask for access to a shared mailbox", "A team mailbox many people read.",
             ("mailbox", "shared", "team"), "Your manager asks for access; the mailbox appears in Outlook "
             "within a day."),
    _article(6, "Badge doesn't open a door", "When a door stays shut for your badge.", ("badge", "door"),
             "Hold the badge flat on the reader; report a door that never opens."),
    _article(7, "Request a software licence", "Ask for a licence for an application.", ("licence", "software"),
             "Licences are bought each quarter; your manager approves the request."),
    _article(8, "Book a meeting room", "Rooms for meetings and calls.", ("room", "booking"),
             "Rooms are cleaned each morning; a booking holds for ten minutes."),
    _article(9, "Check-in kiosk frozen", "The visitor kiosk at reception stops.", ("kiosk", "visitor"),
             "Restart the kiosk from the switch at its back."),
]
ACCOUNT = {"KB0001", "KB0002", "KB0003"}
BACKGROUND = {"printer offline": 60, "laptop won't boot": 60, "wifi drops": 60, "paper jam": 40,
              "password reset": 50, "locked out": 40, "meeting this morning moved": 30}


def _verdict(subjects: dict[str, int], articles=ARTICLES) -> tuple[str, str]:
    """The verdict and article of one cluster of ``subjects`` beside unrelated background tickets."""
    found = cluster_finding(subjects, BACKGROUND, articles, dt.datetime(2026, 3, 2, 8, tzinfo=UTC))
    return found.verdict, found.article_id


def test_the_field_is_what_the_sign_in_articles_share_and_the_others_lack():
    """A word several sign-in articles use and the others do not ("token") is the field's; one every
    kind of article uses, or one sign-in article alone uses, is not."""
    field = learnt_field(KbVocabulary.of(ARTICLES))
    assert stem("token") in field
    assert stem("paper") not in field and stem("manager") not in field and stem("fifteen") not in field


def test_no_field_is_learnt_from_a_kb_with_too_few_sign_in_articles():
    """One or two sign-in articles may be about one system only: no field is learnt from them."""
    assert learnt_field(KbVocabulary.of(ARTICLES[2:])) == frozenset()


def test_topics_are_what_the_other_articles_name_in_their_titles_tags_and_headings():
    topics = named_topics(KbVocabulary.of(ARTICLES))
    assert {stem("mailbox"), stem("badge"), stem("kiosk"), stem("licence")} <= topics
    assert stem("morning") not in topics  # written in a body only
    assert stem("password") not in topics  # the sign-in articles' own word


@pytest.mark.parametrize("subjects", [
    {"need access to the shared mailbox for the new team": 12},
    {"badge won't open the door": 8, "my badge does not open the door": 5},
    {"kiosk login refused": 9, "kiosk password rejected": 4},
    {"licence for the mapping application please, my login works": 10},
    {"new phone: authenticator app needs moving": 11},
])
def test_a_problem_that_merely_mentions_signing_in_stays_off_the_account_articles(subjects):
    """Must-keep: access to a shared mailbox, a badge at a door, signing in to a thing another article
    is about, a licence for an application whose login works, a new phone for an authenticator the
    KB never mentions: none is the account articles' problem (a gap, or the topic's own article)."""
    verdict, article = _verdict(subjects)
    assert not (verdict in ("covered", "partial") and article in ACCOUNT)


@pytest.mark.parametrize("subjects", [{"password not accepted this morning": 20},
                                      {"password rejected this morning": 12, "password not accepted this morning": 6}])
def test_a_word_the_kb_never_makes_a_topic_beside_a_refused_password_is_the_account_articles(subjects):
    """The KB writes "morning" in a body only: beside a refused password it says when, not what,
    and the cluster is the account articles' problem, not a new one."""
    verdict, article = _verdict(subjects)
    assert verdict != "gap" and article in ACCOUNT


def test_without_sign_in_articles_the_same_cluster_is_judged_as_before():
    """A KB with no sign-in articles learns no field: the cluster stays a gap as it always was."""
    assert _verdict({"password not accepted this morning": 20}, ARTICLES[3:])[0] == "gap"


def test_a_hostile_subject_is_read_in_bounded_time():
    """A 100,000-letter subject beside the sign-in words is read like any other."""
    verdict, _ = _verdict({"password not accepted " + "a" * 100_000: 5, "password not accepted this morning": 15})
    assert verdict in ("gap", "partial", "covered", "language")


def test_a_thing_written_in_english_beside_a_password_written_another_way_stays_off_the_account_articles():
    """Must-keep: the members write the password in another language but name a thing another article
    is about (the kiosk): the kiosk's problem, not the account articles'."""
    verdict, article = _verdict({"kiosk lozinke": 10, "kiosk lozinke hitno": 5})
    assert not (verdict in ("covered", "partial") and article in ACCOUNT)
