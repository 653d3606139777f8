"""Round 13 of personal-data redaction: evidence of structure, not cue words (own words and values)."""
from __future__ import annotations

import pytest

from kbgen.suggest.redact import redact_text

from test_suggest_redact_round9 import _seconds


@pytest.mark.parametrize("text, pieces", [
    # a lower-case unit word before its number, a door part, a six-digit postcode beside the town
    ("Ayni ko'chasi 15, 4-xonadon, Buxoro 200118", ["Ayni", "200118"]),
    # a script without letter case, its own comma and digits, no postcode: four parts
    ("بغداد، شارع الرشيد، زقاق ٧، دار ٣١", ["الرشيد", "٣١"]),
    # the Ethiopic comma
    ("ደሴ፣ ፒያሳ ሰፈር፣ ቤት 417", ["ፒያሳ", "417"]),
    # a house number beside an abbreviation of a street, a postcode of letters and digits
    ("ask her: Tsentralna vul. 9, kv. 12, Poltava 36011", ["Tsentralna", "36011"]),
    # East Asian addresses with no comma: administrative units, then a block number
    ("大阪府大阪市北区梅田2-4-9", ["梅田", "2-4-9"]),
    ("부산광역시 해운대구 센텀로 77", ["센텀로", "77"]),
])
def test_an_address_is_read_by_its_parts_without_a_cue_word(text, pieces):
    out = redact_text(text)
    assert "[address]" in out and not any(p in out for p in pieces), out


@pytest.mark.parametrize("text", [
    "Priority 2, Impact 3, Urgency 1",
    "Dell Precision 3581, HP ProBook 450, Lenovo X13",
    "Rang 0131 555 0412, no reply. Will retry.",
    "CANNOT SIGN IN SINCE FRIDAY. URGENT, CLIENT CALL IN 20 MINS",
    "Row 4, Seat 12 is free",
    "We shipped 40 Monitors, 2200 Cables",
    "Python 3.11.9, Node 20.14 on the build box",
])
def test_lists_counts_phones_and_shouting_are_no_address(text):
    assert "[address]" not in redact_text(text)


@pytest.mark.parametrize("unit", ["Qa 1, ", "1, Xy kv. 2, ", "市区町1 "])
def test_a_line_of_many_comma_parts_is_read_in_linear_time(unit):
    small, large = _seconds(unit * 500), _seconds(unit * 2000)
    assert large < 8 * max(small, 0.002)  # linear is 4x, quadratic 16x


@pytest.mark.parametrize("text, account", [
    ("D:\\Users\\tbrenn4\\Downloads is full", "tbrenn4"),
    ("/home/olu-ka/scratch is read-only", "olu-ka"),
    ("/Users/ndube.k/Pictures filled the disk", "ndube.k"),
    ("\\\\filer9\\homes$\\yqadir\\Music", "yqadir"),
    ("https://intra.example.test/~pzamar/cv", "pzamar"),
    ("https://hr.example.test/view?uid=kf5521&x=1", "kf5521"),
    ("psql -U dravik -h db7 stock", "dravik"),
    ("sudo -u lemmo.t tail log", "lemmo.t"),
    ("su - wenzhi", "wenzhi"),
    ("rsync -a nuro_b@box3:/x .", "nuro_b"),
    ("chown oxley9:wheel /data", "oxley9"),
    ("Unlock-ADAccount -Identity vrakis", "vrakis"),
])
def test_an_account_inside_a_path_url_or_command_is_removed(text, account):
    out = redact_text(text)
    assert account not in out and "[username]" in out, out


@pytest.mark.parametrize("text, secret", [
    ("smbclient //fs4/x -U kjell%Vx9-lomb", "Vx9-lomb"),
    ("mysql -u arvo -pQuint88zz -h db", "Quint88zz"),
    ("curl -u bexa:Mk2!roo https://api.example.test", "Mk2!roo"),
])
def test_a_secret_a_command_line_carries_beside_its_account_is_removed(text, secret):
    assert secret not in redact_text(text)


@pytest.mark.parametrize("text", [
    "C:\\Users\\Public\\Desktop is shared", "git push -u origin main",
    "chown root:root /etc/x", "su es tu cuenta", "scp notes.txt admin@gw-2:/tmp",
])
def test_built_in_accounts_and_other_uses_of_the_options_stay(text):
    assert redact_text(text) == text


def test_a_system_word_after_a_chain_keeps_a_product_and_its_release():
    text = "Navision 365, 2406 update broke the invoices"
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Check /home/qorvan and then open /etc/hosts to compare",
    "The passwd file in /etc was edited by hand",
    "The su - command hangs on the jump box",
    "C:\\Users\\Default User\\AppData\\Local is huge",
    "C:\\Documents and Settings\\All Users\\Desktop is missing",
])
def test_prose_after_a_folder_or_a_command_name_is_kept(text):
    """A home folder's account is at most three words right before a separator; prose after the
    folder and the words after a command name used in a sentence stay; Windows' own profiles stay."""
    kept = redact_text(text)
    assert "[username]" not in kept or kept.startswith("Check /home/[username] and then open /etc/hosts"), kept
    assert all(word in kept for word in ("then open", "file", "command", "AppData", "All Users") if word in text)
