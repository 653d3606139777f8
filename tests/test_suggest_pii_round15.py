"""Round 15 of personal-data redaction: secrets beside built-in accounts, prose after command words,
another command's option, labels in other widths and blanks, addresses in every written form
(own words and values, none of any bank's)."""
from __future__ import annotations

import pytest

from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("text, account, secret", [
    ("curl -u admin:Qx7-fernbrook https://cams.lab.example/api", "admin", "Qx7-fernbrook"),
    ("mysql -u root -pVelt0rQ!9 inventory", "root", "Velt0rQ!9"),
    ("smbclient //nas2/drop -U administrator%Grebe44pond", "administrator", "Grebe44pond"),
    ("curl --user guest:Tarn-Whistle-83 https://wiki.lab.example", "guest", "Tarn-Whistle-83"),
])
def test_a_secret_beside_a_built_in_account_goes_and_the_account_stays(text, account, secret):
    out = redact_text(text)
    assert secret not in out and "[password]" in out, out
    assert account in out, out


@pytest.mark.parametrize("text", [
    "curl https://cams.lab.example:8443/api",
    "mysql -u root -p inventory",
    "smbclient -L //nas2 -U guest%",
])
def test_a_command_line_without_a_secret_keeps_what_it_says(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["kinit hangs", "passwd fails", "kinit freezes\nafter the update", "su hangs"])
def test_a_line_of_prose_ending_after_a_command_word_names_no_account(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["$ kinit pbrask", "`kinit pbrask`", "kinit pbrask -l 10h", "kinit pbrask@LAB.EXAMPLE"])
def test_a_command_line_still_gives_its_account(text):
    out = redact_text(text)
    assert "pbrask" not in out and "[username]" in out, out


@pytest.mark.parametrize("text", [
    "mysql keeps crashing so I ran sort -u dunlin.txt",
    "the mysql dump then sort -u ledger",
    "curl was slow, sudo apt upgrade then cut -u x",
])
def test_another_commands_option_after_prose_is_no_account(text):
    assert "[username]" not in redact_text(text)


@pytest.mark.parametrize("text, account", [
    ("mysql -h db1.lab.example -P 3306 -u pbrask -p", "pbrask"),
    ("pg_dump ledger -U tmaravilla", "tmaravilla"),
    ("curl -s -X POST https://api.lab.example/v2 -u okestrel:Brine5-Lumen", "okestrel"),
    ("crontab -u vhalloran -l", "vhalloran"),
])
def test_options_and_their_arguments_before_the_user_option(text, account):
    out = redact_text(text)
    assert account not in out and "[username]" in out, out
