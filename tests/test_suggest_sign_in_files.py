"""A password that opens a file is no sign-in (round 22, ``sign_in.opens_a_file``): the members name a
kind of file by the media types' vocabulary (Python's ``mimetypes``: an extension, a format's name, an
attachment), whatever language the rest of the subject is written in. Every subject here is invented
for these tests (none is a bank's or an evaluation set's)."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest.sign_in import file_words, names_a_file, opens_a_file
from test_suggest_sign_in_model import OTHERS, SIGN_IN, _article, _verdict

SIGN_IN_IDS = {a.id for a in SIGN_IN}

# the same trouble in five languages: a file (by its extension or its format's name) that wants a password
OTHER_LANGUAGES = [
    {"Das PDF vom Lieferanten verlangt ein Kennwort": 9, "PDF lässt sich ohne Kennwort nicht öffnen": 8,
     "Kennwort für das PDF der Bank fehlt": 7},
    {"le fichier zip demande un mot de passe": 9, "impossible d'extraire le zip, mot de passe inconnu": 8,
     "mot de passe du zip envoyé par le client": 7},
    {"el xlsx del proveedor pide contraseña": 9, "no puedo abrir el xlsx protegido con contraseña": 8,
     "contraseña del xlsx de nóminas": 7},
    {"docx van de klant vraagt om een wachtwoord": 9, "wachtwoord voor het docx bestand onbekend": 8,
     "kan docx niet openen zonder wachtwoord": 7},
    {"plik pdf wymaga hasła": 9, "nie mogę otworzyć pdf, prosi o hasło": 8, "hasło do pdf od dostawcy": 7},
]


@pytest.mark.parametrize("subjects", OTHER_LANGUAGES)
def test_a_password_that_opens_a_file_stays_a_gap_in_other_languages(subjects):
    assert opens_a_file(list(subjects))
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict == "gap", (verdict, article)


@pytest.mark.parametrize("subjects", [
    # a file named by its name and extension ("report.xlsx"), and files in the plural
    {"quarterly_figures.xlsx wants a password": 9, "password on forecast.xlsx unknown": 8,
     "budget.xlsx is locked with a password": 7},
    {"encrypted attachments from the bank need a password": 9, "password for the protected attachments in my mail": 8,
     "cannot decrypt the attachments without a password": 7},
])
def test_a_file_named_by_its_name_or_in_the_plural(subjects):
    assert opens_a_file(list(subjects))
    verdict, _ = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict == "gap"


@pytest.mark.parametrize("subjects", [
    # signing in, in several languages and to applications people also open files with: no kind of file
    ["cannot sign in to my laptop", "password expired this morning", "account locked after three tries"],
    ["Kennwort abgelaufen", "mot de passe oublié", "cuenta bloqueada", "wachtwoord vergeten"],
    ["Excel keeps asking for my password", "PowerPoint says my account is locked",
     "Word wants me to sign in again"],
    # fewer than a third of the members name a file
    ["locked out of the document portal", "cannot sign in", "account locked", "password expired",
     "login fails", "password reset please", "locked again"],
    ["", "   ", "\x00"],
])
def test_signing_in_names_no_kind_of_file(subjects):
    assert opens_a_file(subjects) is False


def test_a_sign_in_cluster_is_still_the_sign_in_articles():
    subjects = {"password expired this morning": 9, "my password has expired": 8, "password expired again": 7}
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict != "gap" and article in SIGN_IN_IDS


def test_the_file_words_are_the_same_on_every_machine():
    """The list is kept in the module (round 22 review: ``mimetypes``' built-in table differs between
    Python versions), so it cannot change with the interpreter."""
    import mimetypes
    from unittest import mock

    words = file_words()
    assert {"pdf", "zip", "xlsx", "docx", "spreadsheet", "attachment"} <= words
    # a vendor's application (people sign in to it), web formats without a password of their own, the
    # catch-all binary's "bin" and top-level types are no kind of file here
    assert not words & {"excel", "powerpoint", "bin", "text", "application", "html", "css", "json", "me"}
    with mock.patch.object(mimetypes, "MimeTypes", side_effect=AssertionError("read mimetypes")):
        assert file_words() == words and opens_a_file(["the pdf wants a password"])


def test_hostile_members_are_read_in_bounded_time():
    hostile = ["pdf " * 50_000, "x" * 100_000, "🙂" * 50_000, ".zip" * 25_000]
    start = time.process_time()
    assert opens_a_file(hostile)
    assert time.process_time() - start < 2


def test_a_description_that_mentions_an_attachment_leaves_a_sign_in_cluster_alone():
    """Only the subjects are read for a kind of file: "see attachment" in a description is how the
    ticket was sent, not what the trouble is with."""
    import datetime as dt

    from kbgen.suggest.coverage import assess_coverage
    from kbgen.suggest.model import Ticket, TicketCluster
    from test_suggest_sign_in_model import BACKGROUND

    start = dt.datetime(2026, 5, 4, 8, tzinfo=dt.timezone.utc)
    subjects = {"password expired this morning": 9, "my password has expired": 8, "password expired again": 7}
    tickets = []
    for subject, count in {**subjects, **BACKGROUND}.items():
        described = "screenshot in the attachment, see attachment" if subject in subjects else ""
        tickets += [Ticket(f"T{len(tickets) + k}", subject, described, opened=start + dt.timedelta(hours=len(tickets) + k))
                    for k in range(count)]
    members = [t for t in tickets if t.subject in subjects]
    cluster = TicketCluster("c", "c", tuple(t.ticket_id for t in members), len(members))
    found = assess_coverage([cluster], tickets, SIGN_IN + OTHERS)["c"]
    assert found.verdict != "gap" and found.article_id in SIGN_IN_IDS


# round 22 review: the KB's own article on a file's password answers a file's password (as on main)
FILE_ARTICLE = [_article(41, "Passwords on PDF files: opening a protected file", "Files that arrive locked.",
                         ("pdf", "password"), "Call the person who sent the file and ask for its password; "
                         "it is never your account's password.")]


@pytest.mark.parametrize("subjects", [
    {"the pdf from the insurer asks for a password": 9, "which password opens the pdf the insurer sent": 8,
     "insurer's pdf is password protected": 7},
    {"Das PDF der Versicherung verlangt ein Kennwort": 9, "Kennwort für das PDF der Versicherung": 8,
     "PDF der Versicherung ist geschützt": 7},
])
def test_the_kbs_own_file_password_article_answers_a_file_password(subjects):
    assert opens_a_file(list(subjects))
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS + FILE_ARTICLE)
    assert verdict in ("partial", "covered") and article == "KB0041", (verdict, article)


# round 22 review: applications named with a file word (an office suite's "Sheets" and "Docs", a
# document portal, a web page's html) are signed in to: no kind of file without file evidence
NAMED_WITH_FILE_WORDS = [
    {"Sheets keeps asking me to sign in again": 9, "locked out of Sheets after changing my password": 8,
     "password expired, cannot log in to Sheets": 7},
    {"cannot sign in to Docs since Monday": 9, "Docs tells me my password has expired": 8,
     "locked out of Docs after the password change": 7, "password reset needed for Docs": 6},
    {"document portal says my account is locked": 9, "cannot log in to the document portal, password expired": 8,
     "locked out of the document archive system": 7},
    {"password expired and the sign-in form shows html": 9, "html error after my password expired": 8,
     "my password expired, cannot sign in": 7},
]


@pytest.mark.parametrize("subjects", NAMED_WITH_FILE_WORDS)
def test_signing_in_to_an_application_named_with_a_file_word(subjects):
    assert opens_a_file(list(subjects)) is False
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict == "partial" and article in SIGN_IN_IDS, (verdict, article)


@pytest.mark.parametrize("text, named", [
    ("minutes.doc asks for a password", True),           # a file name with its extension
    ("the protected spreadsheet from finance", True),    # a word of the file's lock
    ("cannot unzip the archive, it wants a password", True),
    ("Docs keeps asking me to sign in", False),           # an everyday file word alone
    ("the spreadsheet tool locked my account", False),
    ("version 2.doc", True), ("see section 3.5", False),
])
def test_an_everyday_file_word_needs_file_evidence(text, named):
    assert names_a_file(text) is named
