"""Round-11 redaction rules that rest on structure, not on cue words: codes of consonants only,
words glued by a password symbol, MACs written as two halves, numbers grouped by thousands behind an
id label. Every value here is invented for these tests."""
from __future__ import annotations

import pytest

from kbgen.suggest.model import Ticket
from kbgen.suggest.redact import redact_text, redact_tickets


@pytest.mark.parametrize("text, code", [
    ("the token app flashed wqrtzk then went blank", "wqrtzk"),
    ("ellenőrzőkód pmxhvtd nem jó", "pmxhvtd"),  # a code word of another language, glued into a compound
    ("[08:14] Oriel: KSPTRBN", "KSPTRBN"),  # typed alone on a chat line
    ("step_up_code=brdzkw result=fail", "brdzkw"),  # a log key naming a code
])
def test_a_run_of_consonants_is_a_code_where_codes_are_typed(text, code):
    red = redact_text(text)
    assert code not in red and "[code]" in red


@pytest.mark.parametrize("text", ["run chkdsk on the drive", "placeholder xxxxxxxx in the form",
                                  "the syscfg file is missing"])
def test_consonant_abbreviations_and_placeholders_outside_code_talk_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("secret", ["Thistle+Meadow", "quarry#lupin", "Ember$Falcon7", "Sorrel~Gannet"])
def test_words_glued_by_a_password_symbol_in_a_password_sentence_are_a_secret(secret):
    red = redact_text(f"the password works again, I put in {secret} yesterday")
    assert secret not in red and "[password]" in red


@pytest.mark.parametrize("text", ["Teams+Outlook both hang since Monday", "the Word+Excel add-in crashes",
                                  "Java+Spring app failed", "great!thanks for fixing it", "folder Finance*Reports gone",
                                  "SSID Guest#Net down", "tag it #helpdesk#outage", "Sales%Ops sheet broken"])
def test_glued_words_without_a_password_cue_in_their_sentence_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["Ctrl+Shift+Esc opens it", "Cmd+Spotlight does nothing", "R&D and Q&A share",
                                  "Research&Development team", "Notepad++ crashed", "see https://wiki.example/a+b",
                                  "the C# build failed"])
def test_shortcuts_joins_with_and_and_urls_are_no_glued_secret(text):
    assert redact_text(text) == text


def _in_an_export(everyday: str, probe: str) -> str:
    """``probe`` redacted as the last of 41 tickets whose 40 others write ``everyday``."""
    filler = [Ticket(f"INC{n:05d}", "mail", everyday, caller=f"Pat Doe{n}") for n in range(40)]
    return redact_tickets(filler + [Ticket("INC99999", "probe", probe, caller="Odile Prasket")])[-1].description


def test_glued_words_the_export_writes_every_day_stay():
    red = _in_an_export("calendar and mail sync slow again today", "calendar+mail both hang, pw Tundra+Lichen")
    assert "calendar+mail" in red and "Tundra+Lichen" not in red


@pytest.mark.parametrize("mac", ["3c52a1-0f77e4", "A0B1C2-9D8E7F"])
def test_a_mac_written_as_two_halves_is_removed(mac):
    red = redact_text(f"please allow {mac} on the guest lan")
    assert mac not in red and "[mac]" in red


def test_two_halves_of_digits_only_are_no_mac():
    assert "202611-123456" in redact_text("batch 202611-123456 shipped")


@pytest.mark.parametrize("text, value", [("Staff ID: 318.447", "318.447"), ("badge no: 905 216", "905 216"),
                                         ("employee number 612.730", "612.730")])
def test_a_number_grouped_by_thousands_behind_an_id_label_is_the_id(text, value):
    red = redact_text(text)
    assert value not in red and "[employee-id]" in red


def test_a_grouped_number_without_an_id_label_stays():
    assert "318.447" in redact_text("invoice total 318.447 due")


@pytest.mark.parametrize("text", ["Payroll: 480.000 EUR over budget", "Staff: 130 000 users affected", "emp: 200.000 rows imported",
                                  "worker: 256 000 MB heap", "process id 447 091 hung", "Transaction ID 310 000 refunded",
                                  "Staff ID: 318.447 GB quota"])
def test_a_grouped_quantity_or_a_bare_ids_grouped_number_is_no_staff_id(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("line, account", [("[WARN] fw-edge3 - login failed for q.amberley7", "q.amberley7"),
                                           ("[NOTICE] vpn-gw2 - lockout by tor_wyn42", "tor_wyn42")])
def test_the_account_an_alert_line_names_after_its_machine_is_removed(line, account):
    # the machine the alert is about stays, the account goes
    assert redact_text(line) == line.replace(account, "[username]")


def test_an_alert_naming_the_callers_derived_login_removes_it():
    red = redact_text("[ERROR] sso-4 - login failed for lmarsk", names=["Lotte Marsk"])
    assert "lmarsk" not in red


@pytest.mark.parametrize("line", ["[ERROR] nas-9 - login failed for vol-12", "[WARN] web7 - login failed for sso.corp.example"])
def test_what_an_alert_says_failed_is_no_account(line):
    """A numbered thing or a domain after a sign-in event is no account (alerts without a sign-in
    event live in test_suggest_pii_everyday.EVERYDAY)."""
    assert redact_text(line) == line


def test_an_alert_account_made_of_the_exports_everyday_words_stays():
    red = _in_an_export("the team inbox and the shared calendar are slow", "[WARN] mx4 - login failed for shared-inbox")
    assert "shared-inbox" in red


@pytest.mark.parametrize("label", ["NetID", "uniqname"])
def test_a_plain_directory_id_label_removes_its_value(label):
    red = redact_text(f"{label} wq7brel cannot sign in")
    assert "wq7brel" not in red and "[username]" in red


@pytest.mark.parametrize("text, code", [("the sms code 58·207·31 expired", "58·207·31"), ("code 704·316", "704·316"),
                                        ("otp 4KD8 7WQ2 rejected", "4KD8 7WQ2")])
def test_codes_grouped_by_a_middle_dot_or_in_spaced_groups_are_removed(text, code):
    red = redact_text(text)
    assert code not in red and "[code]" in red


@pytest.mark.parametrize("text", ["error code 0x80070643 on x64", "failed (code 0x80004005)", "codec h264 and mp3 files", "code 80 and 443 open"])
def test_words_with_a_number_near_a_code_word_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["code utf8mb4 collation", "the source code of h3x9 chart", "printer code D7C2 EE1 blinking",
                                  "code W11P 24H2 rollout", "code RSTMGR crashed again", "code mp3v2 decoder", "zip code 40217 area",
                                  "codec av1x2 playback", "sku code vbnxtk out of stock"])
def test_codecs_versions_program_names_and_record_codes_near_a_code_word_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text, account", [("uid=prwellt3 gid=wardens", "prwellt3"), ("uid: m.oakhurst", "m.oakhurst")])
def test_the_account_after_a_posix_or_ldap_uid_key_is_removed(text, account):
    red = redact_text(text)
    assert account not in red and "[username]" in red


def test_four_digits_and_a_sequence_beside_a_name_are_an_id():
    red = redact_text("Brannagh Tull - 4817/36 asked again", names=["Brannagh Tull"])
    assert "4817/36" not in red and "[employee-id]" in red


def test_a_year_and_a_season_beside_a_name_stay():
    assert "2025/26" in redact_text("Brannagh Tull - 2025/26 budget", names=["Brannagh Tull"])


@pytest.mark.parametrize("text", ["see https://find.example/s?q=otter+kelp now", "open wiki/Page#Setup+Steps first",
                                  "flag --mode=fast+safe set"])
def test_glued_words_inside_a_url_a_path_or_a_setting_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["Fn+PrtSc does nothing", "press Win+PrtScn twice", "Cmd+Shift+F4 closes it"])
def test_keyboard_shortcuts_in_camel_case_are_no_random_case_secret(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["Brannagh Tull - 2048/32 GB laptop", "Brannagh Tull, 1440/75 Hz monitor",
                                  "Brannagh Tull - 3840/30 fps capture", "Brannagh Tull, 2160/50 screen"])
def test_four_digits_and_two_with_a_unit_beside_a_name_stay(text):
    assert redact_text(text, names=["Brannagh Tull"]) == text.replace("Brannagh Tull", "[name]")


def test_an_alert_account_of_letters_glued_to_digits_is_removed():
    line = "[WARN] dc1 - login failed for bkorrel58"
    assert redact_text(line) == "[WARN] dc1 - login failed for [username]"


def test_an_alert_thing_whose_letters_are_an_everyday_word_keeps_its_number():
    red = _in_an_export("the printer tray jams and the printer queue stalls", "[WARN] ps2 - login failed for printer12")
    assert red.endswith("login failed for printer12")


@pytest.mark.parametrize("line, expected", [
    ("[WARN] dc1 - login failed for q.wrenfold: bad password", "[WARN] dc1 - login failed for [username]: bad password"),
    ("[WARN] dc1 - login failed for 'tmeyrick7'", "[WARN] dc1 - login failed for '[username]'"),
])
def test_an_alert_account_ending_at_a_colon_or_in_quotes_is_removed(line, expected):
    assert redact_text(line) == expected


@pytest.mark.parametrize("line", ["[WARN] dc1 - account locked out for q.wrenfold", "[WARN] dc1 - lock-out for q.wrenfold"])
def test_an_alert_naming_an_account_locked_out_removes_it(line):
    assert redact_text(line) == line.replace("q.wrenfold", "[username]")


@pytest.mark.parametrize("text", ["sku_code=qzrtvm", "zipcode=plkmnb ok", "barcode=hjkvbn scanned"])
def test_a_key_naming_another_kind_of_code_keeps_its_letters(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["I ran this:\nchkdsk", "then I typed\n> MSCNFG\nand nothing"])
def test_a_command_alone_on_its_line_without_code_talk_stays(text):
    assert redact_text(text) == text


def test_letters_alone_on_their_line_after_code_talk_are_a_code():
    assert redact_text("the code it sent:\nwqrtzk") == "the code it sent:\n[code]"


def test_a_glued_secret_after_a_no_break_space_is_read_as_its_own_token():
    """The token around a glued secret ends at any white space, before it as after it."""
    red = redact_text("the new password works, set at https://id.example/reset\u00a0Thistle+Meadow")
    assert red == "the new password works, set at https://id.example/reset\u00a0[password]"
