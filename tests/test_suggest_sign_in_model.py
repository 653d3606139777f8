"""The fitted sign-in model (round 21, ``kbgen/suggest/sign_in_model.py``): a cluster its members'
subjects read as sign-in trouble is an update of the KB's sign-in article, never new, when the KB
has sign-in articles; true gaps that merely mention an account or a sign-in stay new; a KB without
sign-in articles keeps password clusters as gaps. Every article, subject and word here is invented
for these tests (none is a bank's or an evaluation set's)."""
from __future__ import annotations

import datetime as dt

import json
import time

import numpy as np
import pytest

from conftest import cluster_finding
from kbgen.model import Article, SourceRef
from kbgen.suggest import sign_in_model

UTC = dt.timezone.utc


def _article(number: int, title: str, summary: str, tags: tuple[str, ...], body: str) -> Article:
    return Article(f"KB{number:04}", title, summary, tags=tags, body=body, source=SourceRef(f"{number}.md"))


SIGN_IN = [
    _article(11, "Unlock your account after too many attempts", "Your account locks after wrong passwords.",
             ("account", "locked", "unlock"), "After five wrong passwords the account locks for twenty minutes; "
             "the self-service page unlocks it."),
    _article(12, "Reset a forgotten password", "Forgot your password? Set a new one yourself.",
             ("password", "reset", "forgot"), "Open the self-service page, confirm with your phone and choose "
             "a new password."),
    _article(13, "Password expired at sign-in", "Choose a new password when the old one runs out.",
             ("password", "expired", "sign-in"), "An expired password must be changed at the sign-in screen."),
]
OTHERS = [
    _article(21, "Printer shows offline", "Bring a printer back online.", ("printer", "offline"),
             "Restart the printer and check its cable."),
    _article(22, "Shared mailbox access", "Ask for a team mailbox.", ("mailbox", "shared"),
             "Your manager requests access; the mailbox shows in the mail client within a day."),
    _article(23, "Door badge not working", "When a door ignores your badge.", ("badge", "door"),
             "Hold the badge flat on the reader; report a door that never opens."),
    _article(24, "Request a software licence", "Ask for a licence for an application.", ("licence", "software"),
             "Licences are bought each quarter; your manager approves the request."),
    _article(25, "Wireless network drops", "Fix a dropping wireless connection.", ("wireless", "network"),
             "Forget the network and join it again."),
]
BACKGROUND = {"printer offline on floor two": 60, "laptop will not start": 60, "wireless keeps dropping": 60,
              "monitor flickers": 40, "teams call has no sound": 40, "new keyboard please": 30}


def _verdict(subjects: dict[str, int], articles) -> tuple[str, str]:
    """The verdict and article of one cluster of ``subjects`` beside unrelated background tickets."""
    found = cluster_finding(subjects, BACKGROUND, articles, dt.datetime(2026, 5, 4, 8, tzinfo=UTC))
    return found.verdict, found.article_id


# sign-in trouble written without the words password, account or login
NO_FIELD_WORDS = {"Ordwise will not let me in anymore": 9, "cannot get into Ordwise since the update": 8,
                  "Ordwise shuts me out after three goes": 7, "blocked from Ordwise after several tries": 6,
                  "forgot my pw for Ordwise": 5}


def test_sign_in_trouble_without_the_field_words_is_the_sign_in_articles_update():
    verdict, article = _verdict(NO_FIELD_WORDS, SIGN_IN + OTHERS)
    assert verdict != "gap"
    assert article in {a.id for a in SIGN_IN}


def test_without_sign_in_articles_the_same_cluster_stays_new():
    verdict, _ = _verdict(NO_FIELD_WORDS, OTHERS)
    assert verdict == "gap"


@pytest.mark.parametrize("subjects", [
    # a shared mailbox for a team that is new (the KB answers it: not the sign-in article's)
    {"our new crew needs the group inbox": 8, "access to the crew's common mailbox please": 8,
     "add the new crew to the shared inbox": 7, "group mailbox for the new crew": 6},
    # a badge that no longer opens a door
    {"card stopped opening the lab door": 8, "badge refused at the side entrance": 8,
     "my pass no longer opens the stairwell door": 7, "door reader ignores my badge": 6},
    # a licence for an application whose sign-in works
    {"need a licence for Drawmatic, signing in is fine": 8, "Drawmatic licence please, login works": 7,
     "licence ran out for Drawmatic": 7, "Drawmatic says unlicensed though I log in fine": 6},
])
def test_a_gap_that_merely_mentions_an_account_or_a_sign_in_is_no_sign_in_update(subjects):
    _, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert article not in {a.id for a in SIGN_IN}


@pytest.mark.parametrize("subjects", [
    # an authenticator on a new phone, which the KB never mentions
    {"moving the authenticator to my new handset": 8, "new mobile, authenticator app empty": 8,
     "authenticator codes on the replacement phone": 7, "set up authenticator on new phone": 6},
    # a kiosk that logs people out (the KB has no kiosk article)
    {"the lobby kiosk signs visitors out after a minute": 8, "kiosk session ends mid-registration": 8,
     "kiosk keeps returning to the start screen": 7, "lobby kiosk logs people off too soon": 6},
])
def test_a_gap_the_kb_lacks_that_mentions_signing_in_stays_new(subjects):
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict == "gap" or article not in {a.id for a in SIGN_IN}


def test_ordinary_subjects_read_as_no_sign_in_trouble():
    subjects = ["printer offline on floor two", "wireless keeps dropping", "monitor flickers",
                "need a new chair for reception", "the door is stuck open", ""]
    assert (sign_in_model.subject_probabilities(subjects) < sign_in_model.THRESHOLD).all()


def test_hostile_and_empty_subjects_are_read_in_bounded_time():
    hostile = ["x" * 100_000, "pass " * 20_000, "\x00\x01\x02", "🙂" * 50_000, "   ", ""]
    start = time.process_time()
    scores = sign_in_model.subject_probabilities(hostile)
    assert time.process_time() - start < 5
    assert scores.shape == (len(hostile),) and np.isfinite(scores).all()
    assert scores[-1] == 0.0 and scores[-2] == 0.0
    assert sign_in_model.sign_in_share([]) == 0.0 and not sign_in_model.reads_as_sign_in([])


def test_the_shipped_model_is_small_and_complete():
    data = json.loads(sign_in_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert sign_in_model.MODEL_PATH.stat().st_size <= 1_000_000
    assert data["features"] == sign_in_model.N_FEATURES
    # round 22's set-aside check (heldout21) and later banks are never fitted
    assert not any(b.startswith("heldout2") and len(b) == 9 and b[-1] != "0" for b in data["banks"])
    assert data["char_ngrams"] == list(sign_in_model.CHAR_NGRAMS)


@pytest.mark.parametrize("subjects", [
    {"pdf from the vendor wants a password before it opens": 9, "vendor's pdf is password protected": 8,
     "cannot read the password protected pdf the vendor sent": 7},
    {"cannot open the password protected spreadsheet": 9, "spreadsheet asks for a password to open": 8,
     "the budget spreadsheet is password protected": 7},
    {"zip archive asks me for a password": 9, "cannot unpack the zip, it wants a password": 8,
     "password for the zip archive someone mailed": 7},
    {"encrypted attachment needs a password to view": 9, "mail attachment is encrypted, password needed": 8,
     "cannot view the encrypted attachment without a password": 7},
])
def test_a_password_that_opens_a_file_is_no_sign_in_trouble(subjects):
    """A password that opens a file (a document, a spreadsheet, an archive, an encrypted attachment) is
    no one's sign-in: the KB's sign-in articles do not answer it, so the cluster stays a gap (round 21's
    model read these subjects as sign-in trouble and made the cluster an update of a sign-in article;
    a strict xfail then; round 22: the members name a kind of file, ``sign_in.opens_a_file``)."""
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict == "gap", (verdict, article)
