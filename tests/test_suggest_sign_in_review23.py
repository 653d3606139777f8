"""Round 23 review: a file attached to a sign-in ticket is no locked file, and a subject that names
signing in beside a lockout, an expiry or a failure is no statement that signing in works. Every
subject here is invented for these tests in our own words (none is a bank's or an evaluation set's)."""
from __future__ import annotations

import pytest

from kbgen.suggest.sign_in import names_a_file, opens_a_file
from kbgen.suggest.sign_in_model import says_sign_in_works
from test_suggest_sign_in_model import OTHERS, SIGN_IN, _verdict

SIGN_IN_IDS = {a.id for a in SIGN_IN}


@pytest.mark.parametrize("text", [
    "my password ran out, capture.png attached", "account blocked - see fehlermeldung.jpeg",
    "Kennwort abgelaufen, bild_01.png anbei", "reset the passwords of the people in staff.csv",
    "cannot sign in, trace.log attached", "login refused, details in notes.txt",
    "password expired, see invoice.pdf for the error",       # a document sent along, not the locked thing
    "setup.exe asks for my password", "tool.bat password prompt",  # programs are signed in to, not opened
])
def test_a_file_sent_along_with_sign_in_trouble_names_no_locked_file(text):
    assert names_a_file(text) is False


@pytest.mark.parametrize("text", [
    "password for quarterly.pdf", "invoice.pdf is password protected", "Kennwort für lieferung.zip",
    "the encrypted budget.xlsx will not open", "encrypted archive.zip.", "contraseña de copia.zip",
    "minutes.doc wants a password",
])
def test_a_file_the_password_is_for_is_named(text):
    assert names_a_file(text) is True


def test_a_sign_in_cluster_with_screenshots_stays_a_sign_in_update():
    subjects = {"my password ran out, capture.png attached": 9, "account blocked - see fehler.jpeg": 8,
                "password expired this morning": 7, "locked out after three tries": 6}
    assert not opens_a_file(list(subjects))
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict != "gap" and article in SIGN_IN_IDS


def test_a_foreign_printing_cluster_naming_a_format_is_no_file_password():
    # a format's name without any password word: the other-language reading stands
    subjects = {"PDFを印刷するとずれる": 9, "PDFの印刷で文字化けする": 8, "PDFがプリンターに届かない": 7}
    verdict, _ = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict == "language"


@pytest.mark.parametrize("text", [
    "signing in was fine until the password ran out", "I could sign in on monday, now my account is locked",
    "login through the portal fails, password expired", "login successful then thrown out, account locked",
    "login works but my account is locked", "sign in worked before the update", "login ok yesterday, today denied",
    "login went through, then password expired",
])
def test_past_or_qualified_working_or_beside_trouble_is_no_veto(text):
    assert says_sign_in_works(text) is False


def test_working_on_one_device_and_failing_on_another_is_no_veto():
    assert says_sign_in_works("login works at home but fails in the office") is False
    assert says_sign_in_works("signing in is fine on the tablet, the desktop says invalid password") is False


def test_the_review_rules_read_hostile_subjects_in_bounded_time():
    import time

    from kbgen.suggest.sign_in import protects_a_file

    hostile = ["a" * 100_000, "a-" * 50_000 + ".zip", ("x.zip password, " * 6_000), "パスワード" * 20_000,
               "login works but " * 6_000, ", " * 50_000]
    start = time.process_time()
    for text in hostile:
        names_a_file(text)
        says_sign_in_works(text)
    protects_a_file(hostile)
    assert time.process_time() - start < 5


def test_a_few_tickets_naming_a_locked_file_do_not_make_a_sign_in_cluster_a_file_one():
    subjects = {"password expired this morning": 9, "locked out after three tries": 8,
                "password for quarterly.pdf": 10}  # a third of the members
    assert not opens_a_file(list(subjects))
    subjects["the pdf from payroll wants a password"] = 20
    assert opens_a_file(list(subjects))
