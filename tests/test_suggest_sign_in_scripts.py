"""Round 23: the sign-in model reads scripts written without spaces by runs of characters, a Latin
name inside them as a word of its own; a password that opens a file stays a gap by language-independent
evidence (a file name with a known extension, a format's extension inside Japanese or Chinese text); a
subject that says signing in works is evidence against sign-in trouble. Every subject here is invented
for these tests in our own words (none is a bank's or an evaluation set's)."""
from __future__ import annotations

import time

import numpy as np
import pytest

from kbgen.suggest import sign_in_model
from kbgen.suggest.sign_in import names_a_file, opens_a_file
from kbgen.suggest.sign_in_model import run_grams, says_sign_in_works, segmented
from test_suggest_sign_in_model import OTHERS, SIGN_IN, _verdict

SIGN_IN_IDS = {a.id for a in SIGN_IN}


@pytest.mark.parametrize("text, expected", [
    ("sapのパスワード", "sap のパスワード"),          # a Latin name inside Japanese
    ("vpn连接失败", "vpn 连接失败"),                # inside Chinese
    ("ошибкаvpn", "ошибка vpn"),                  # Cyrillic then Latin
    ("パスワードを忘れた", "パスワードを忘れた"),      # kana and ideographs take turns: one run
    ("café au lait", "café au lait"),             # one script: unchanged
    ("e\u0301cole", "e\u0301cole"),               # a combining mark stays with its letter
])
def test_a_text_is_split_where_the_script_changes(text, expected):
    assert segmented(text) == expected


def test_runs_of_unspaced_scripts_are_read_by_their_characters():
    grams = run_grams("打印机坏了 printer")
    assert {"打", "打印", "打印机", "坏了"} <= set(grams)
    assert not any("p" in g for g in grams)        # Latin words are read by the other features
    assert run_grams("the printer is broken") == [] and run_grams("") == []
    assert "カナ" in run_grams("ｶﾅ")                 # half-width kana read as full-width


# ordinary trouble in scripts the fit barely holds, in our own words: never sign-in trouble
ORDINARY_OTHER_SCRIPTS = ["打印机不能打印", "显示器没有画面", "会議室のプロジェクターが映らない", "キーボードが壊れました",
                          "프린터가 작동하지 않아요", "모니터 화면이 깜빡여요", "เครื่องพิมพ์เสีย", "принтер не печатает",
                          "монитор мигает", "המדפסת לא עובדת", "प्रिंटर काम नहीं कर रहा"]


def test_ordinary_subjects_in_other_scripts_read_as_no_sign_in_trouble():
    scores = sign_in_model.subject_probabilities(ORDINARY_OTHER_SCRIPTS)
    assert (scores < sign_in_model.THRESHOLD).all(), dict(zip(ORDINARY_OTHER_SCRIPTS, scores.round(3)))


def test_hostile_subjects_in_unspaced_scripts_are_read_in_bounded_time():
    hostile = ["密" * 100_000, "パ" * 50_000 + "a" * 50_000, "ก\u0e31" * 50_000, "\u0301" * 100_000,
               "a\u3042" * 50_000]
    start = time.process_time()
    scores = sign_in_model.subject_probabilities(hostile)
    assert scores.shape == (5,) and time.process_time() - start < 5
    start = time.process_time()
    assert len(segmented("a\u3042" * 50_000)) == 200_000 - 1  # a space between every two letters
    assert time.process_time() - start < 5


# a password that opens a file, in languages other than English, named by language-independent evidence
FILES_IN_OTHER_LANGUAGES = [
    # German, a file name bound to a password word of the account field's list
    {"Kennwort für lieferschein_0412.pdf unbekannt": 9, "lager.zip fragt nach einem Kennwort": 8,
     "ohne Kennwort geht inventur.xlsx nicht auf": 7},
    # Spanish, an archive and a document
    {"el archivo pedido.zip pide contraseña": 9, "contraseña para abrir copia.docx": 8,
     "no abre respaldo.rar sin contraseña": 7},
    # Japanese: the format's extension written inside the sentence, no spaces
    {"パスワード付きZIPファイルが開けません": 9, "取引先のZIPのパスワードが分からない": 8, "ZIPを解凍するパスワード": 7},
    # Chinese
    {"客户发来的PDF需要密码": 9, "打不开加密的PDF文件": 8, "PDF文件密码不知道": 7},
    # Korean
    {"암호가 걸린 PDF 파일을 열 수 없어요": 9, "협력사 PDF 암호를 몰라요": 8, "PDF 열 때 암호를 물어봐요": 7},
]


@pytest.mark.parametrize("subjects", FILES_IN_OTHER_LANGUAGES)
def test_a_file_password_in_another_language_stays_a_gap(subjects):
    assert opens_a_file(list(subjects))
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict == "gap", (verdict, article)


@pytest.mark.parametrize("text, named", [
    ("Passwort für messung_07.pdf", True), ("angebot.docx verlangt ein Kennwort", True),
    # host names and addresses end in country codes and generic domains: no file
    ("cannot sign in to portal.acme.pl", False), ("login to intranet.example.com fails", False),
    ("password for mail.example.org", False), ("sso.acme.ai refuses my password", False),
    # code, web pages, pictures and recordings are no file with a password of its own
    ("index.html asks me to log in", False), ("config.json login", False), ("foto.jpeg wants a password", False),
    ("Passwort für messung_07.wav", False), ("see section 3.5", False), ("version 2.1 login error", False),
])
def test_a_file_name_bound_to_a_password_names_a_file_in_any_language(text, named):
    assert names_a_file(text) is named


@pytest.mark.parametrize("subjects", [
    # signing in, in scripts without spaces beside a Latin name: no kind of file
    ["Ordwiseのパスワードを忘れました", "Ordwiseにログインできない", "Ordwise密码过期了"],
    ["계정이 잠겼어요", "비밀번호를 잊었어요", "로그인이 안 돼요"],
])
def test_signing_in_in_other_scripts_names_no_file(subjects):
    assert opens_a_file(subjects) is False


@pytest.mark.parametrize("text, works", [
    ("my licence expired but the login works", True), ("signing in is fine, the report is empty", True),
    ("I can log in but my files are gone", True), ("no problem with the login, the screen is black", True),
    ("password still works, the app crashes", True),
    # negated: sign-in trouble
    ("login is not working", False), ("password not working since today", False), ("I cannot log in", False),
    ("not able to sign in", False), ("can't sign in anymore", False), ("login doesn't work", False),
    ("login failed", False), ("", False),
])
def test_a_subject_that_says_signing_in_works(text, works):
    assert says_sign_in_works(text) is works


def test_saying_signing_in_works_is_read_in_bounded_time():
    start = time.process_time()
    for hostile in ("login " * 20_000, "login is is is " * 10_000, "can " * 30_000 + "log in", "n't " * 30_000):
        says_sign_in_works(hostile)
    assert time.process_time() - start < 2


def test_a_cluster_that_says_signing_in_works_is_no_sign_in_update(monkeypatch):
    subjects = {"Tallyro seat ran out, the login works": 9, "signing in works but Tallyro wants a licence": 8,
                "Tallyro licence missing for me": 7}
    # the veto is what decides here: with the model reading every subject as sign-in trouble, the
    # cluster is still no sign-in article's update
    monkeypatch.setattr(sign_in_model, "subject_probabilities", lambda texts: np.ones(len(texts)))
    # only the subject that says nothing of signing in counts
    assert sign_in_model.sign_in_share(list(subjects)) == pytest.approx(1 / 3)
    _, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert article not in SIGN_IN_IDS
    monkeypatch.setattr(sign_in_model, "says_sign_in_works", lambda subject: False)
    assert sign_in_model.sign_in_share(list(subjects)) == 1.0


def test_sign_in_trouble_still_reads_as_sign_in():
    subjects = {"password expired this morning": 9, "my password has expired": 8, "login is not working": 7}
    verdict, article = _verdict(subjects, SIGN_IN + OTHERS)
    assert verdict != "gap" and article in SIGN_IN_IDS
