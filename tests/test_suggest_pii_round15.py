"""Round 15 of personal-data redaction: secrets beside built-in accounts, prose after command words,
another command's option, labels in other widths and blanks, addresses in every written form
(own words and values, none of any bank's)."""
from __future__ import annotations

import pytest

from kbgen.suggest.pii_account_paths import redact_account_paths
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


@pytest.mark.parametrize("text, account", [
    ("passwd hvelnor", "hvelnor"), ("kinit qastrid", "qastrid"), ("Kindly run this:\nkinit wtorsby", "wtorsby"),
    ("  passwd lkemmer  \nthen log off", "lkemmer"),
])
def test_a_command_alone_on_its_line_gives_its_account_without_a_prompt(text, account):
    out = redact_text(text)
    assert account not in out and "[username]" in out, out


@pytest.mark.parametrize("text", ["kinit crashes", "Then passwd returns", "kinit works\nbut klist -p stalled"])
def test_a_common_word_ending_the_line_after_a_command_stays(text):
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


@pytest.mark.parametrize("text, value, kept", [
    ("Username\u00a0: qvaltor", "qvaltor", "Username\u00a0: "),
    ("Ｕｓｅｒｎａｍｅ：qvaltor はロック", "qvaltor", "Ｕｓｅｒｎａｍｅ："),
    ("Ｐａｓｓｗｏｒｄ：Ｈｅｒｏｎ７７ｑ", "Ｈｅｒｏｎ７７ｑ", "Ｐａｓｓｗｏｒｄ："),
    ("Tel\u3000+351\u00a0917\u00a0304\u00a0286 after six", "917\u00a0304", "Tel\u3000"),
    ("パスワード：Kq7vTzR2mWx9Lp", "Kq7vTzR2mWx9Lp", "パスワード："),  # East Asian text's own colon, no space after
])
def test_labels_in_other_widths_and_blanks_are_read_and_written_as_they_were(text, value, kept):
    out = redact_text(text)
    assert value not in out, out
    assert out.startswith(kept), out  # what redaction keeps is written as the ticket wrote it


def test_a_text_without_odd_widths_or_blanks_comes_back_unchanged_where_nothing_is_personal():
    text = "Ｗｉ－Ｆｉ　ｄｒｏｐｓ\u00a0on floor 3 since the 2.4 update"
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "seen 172[.]31[.]9[.]14 in the proxy log",
    "beacon to 172(.)31(.)9(.)14",
    "hxxp://172[.]31.9[.]14/payload",
    "10[dot]77[dot]3[dot]201 blocked",
    "IP172.31.9.14 lost its lease",
    "src172.31.9.14 dst172.31.9.15",
    "peer [172.31.9.14]:51234 reset",
    "http://172.31.9.14:8080/meter",
    "172.31.9.14/32 added to the allow-list",
])
def test_an_ipv4_address_in_every_written_form(text):
    out = redact_text(text)
    assert "[ip]" in out and "31" not in out.replace("[ip]", ""), out


@pytest.mark.parametrize("text", [
    "upgrade to 6.3.2.7 tonight",
    "see section 4.2.1 of the guide",
    "OID 1.3.6.1.4.1.2021 polled",
    "300[.]1[.]2[.]3 is no address",
    "HTTP172.31.9.14",  # a label that is no address's glued to digits
    "build 30418.2207.1.6",
])
def test_versions_sections_and_impossible_addresses_stay(text):
    assert "[ip]" not in redact_text(text)


@pytest.mark.parametrize("text, account", [
    ("Mar  9 02:14:51 relay sshd[4410]: Failed password for qhallstrom from 192.0.2.44 port 50122 ssh2", "qhallstrom"),
    ("sshd[77]: Accepted publickey for t.okonkwo from 192.0.2.45 port 40100 ssh2", "t.okonkwo"),
    ("sshd[78]: Invalid user vbrightwater from 192.0.2.46", "vbrightwater"),
    ("pam_unix(sshd:session): session opened for user mkovacs by (uid=0)", "mkovacs"),
    ("sudo:   rdelacroix : TTY=pts/1 ; PWD=/home ; USER=root ; COMMAND=/usr/bin/id", "rdelacroix"),
    ("$ who\nlfairweather  pts/2  2031-04-01 09:14 (192.0.2.9)", "lfairweather"),
    ("-rw-r----- 1 oyamaguchi staff 2048 Apr  1 09:14 rota.ods", "oyamaguchi"),
    (" USERNAME   SESSIONNAME   ID  STATE\n>ebrandvold   rdp-tcp#2   3  Active", "ebrandvold"),
    (" USERNAME   SESSIONNAME   ID  STATE\n ebrandvold               4  Disc", "ebrandvold"),
    ("PID     Username     Group   Machine\n31822   gnakamura    staff   192.0.2.71 (ipv4:192.0.2.71:50712)", "gnakamura"),
])
def test_accounts_where_logs_and_session_listings_print_them(text, account):
    out = redact_text(text)
    assert account not in out and "[username]" in out, out


@pytest.mark.parametrize("text", [
    "Failed password for root from 192.0.2.44 port 22 ssh2",
    "drwxr-xr-x 2 root root 4096 Apr  1 09:14 etc",
    "session closed for user root",
    "I waited for ages for the fix",
])
def test_built_in_accounts_and_prose_stay_in_log_shapes(text):
    assert "[username]" not in redact_text(text)


@pytest.mark.parametrize("text, word", [
    ("Monitor console flickers", "Monitor"), ("Restart tty2 stuck at splash", "Restart"),
    ("Friday pts/3 dropped twice", "Friday"), ("Nobody\ttty5", "Nobody"),
    ("4 Scanners near 10.44.5.6 jammed", "Scanners"), ("7 laptops at 10.44.5.7 unpatched", "laptops"),
    ("sudo: apt : TTY=pts/6 ; PWD=/srv ; USER=root", "apt"),
])
def test_prose_shaped_like_a_listing_or_a_log_line_keeps_its_words(text, word):
    out = redact_text(text)
    assert word in out and "[username]" not in out, out


def test_a_log_message_ending_on_a_word_is_read_as_a_log_line_only_with_a_log_lines_marks():
    assert redact_account_paths("the session closed for user consent") == "the session closed for user consent"
    assert "ubrannock" not in redact_account_paths("sshd[41]: session closed for user ubrannock")


@pytest.mark.parametrize("text, account", [
    ("nquillan   tty1   Wed Feb  4 07:58 - 08:31  (00:33)", "nquillan"),
    ("pmarsk  pts/5  (10.44.5.8)", "pmarsk"),
    ("PID     Username   Group   Machine\n  9031  dobrenka  staff  10.44.5.9", "dobrenka"),
    ("  9032  dobrenka  staff  ws-44 (ipv4:10.44.5.9:50113)", "dobrenka"),
    (" USERNAME   SESSIONNAME   ID  STATE\n fhalloran   6  Disc", "fhalloran"),
    ("May 3 11:02:09 gw1 sshd[5]: session closed for user yberrow", "yberrow"),
])
def test_a_listing_or_log_line_with_its_own_context_gives_its_account(text, account):
    out = redact_text(text)
    assert account not in out and "[username]" in out, out


@pytest.mark.parametrize("text, kept", [
    ("client 10.57.193.88 refused at the proxy", None),
    ("client 10.4.2.1 installed", "10.4.2.1"),  # a version's later parts are small
    ("update 3.12.0.4 pending", "3.12.0.4"),
])
def test_a_private_address_after_a_version_word_is_still_an_address(text, kept):
    out = redact_text(text)
    assert (kept in out) if kept else ("[ip]" in out), out


@pytest.mark.parametrize("text, account, secret", [
    ("net use Q: \\\\fs7\\ledger /user:EAST\\lbrightmore Fjord-Lantern4", "lbrightmore", "Fjord-Lantern4"),
    ("NET USE Q: \\\\fs7\\ledger /u:okavanagh", "okavanagh", None),
    ("$ getent passwd h.ostrander\nh.ostrander:x:6021:100:H O:/home/x:/bin/bash", "h.ostrander", None),
])
def test_net_use_and_getent_give_their_account_and_secret(text, account, secret):
    out = redact_text(text)
    assert account not in out and "[username]" in out, out
    if secret:
        assert secret not in out and "[password]" in out, out


@pytest.mark.parametrize("text", [
    "net use Q: \\\\fs7\\ledger /user:EAST\\lbrightmore *",
    "net use Q: \\\\fs7\\ledger /user:EAST\\lbrightmore /persistent:no",
])
def test_net_use_switches_and_the_asking_star_are_no_secret(text):
    assert "[password]" not in redact_text(text)


def test_built_in_account_lines_of_the_password_file_stay():
    text = "root:x:0:0:root:/root:/bin/bash"
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "mstsc /v:KX-LAB-WS17",
    "psexec \\\\KX-TB09 cmd",
    "Test-Connection -ComputerName lab-nb-204",
    "ping LT48213",
    "psexec \\\\ostrander.staff.lab.example -s cmd",
])
def test_the_machine_a_remote_tool_is_pointed_at(text):
    assert "[host]" in redact_text(text)


@pytest.mark.parametrize("text", [
    "ping me when it is back",
    "nslookup works from the office",
    "ping ledger-queue-4",
    "mstsc /v:Windows-11 crashes",
    "ping pay-app-03",
    "tracert www.example.com",
])
def test_prose_servers_and_products_after_a_remote_tool_stay(text):
    assert "[host]" not in redact_text(text)


def test_psexec_gives_its_account_and_secret():
    out = redact_text("psexec \\\\KX-TB09 -u EAST\\qhall7 -p Fen-Quartz9 cmd")
    assert "qhall7" not in out and "Fen-Quartz9" not in out and "[username]" in out and "[password]" in out, out


@pytest.mark.parametrize("text, kept", [
    ("curl is fine yet svn -u trunk:tip breaks", "trunk:tip"),
    ("net use Q: \\\\vault7\\scans /user:LABS\\mcorvin but it stopped", "but"),
    ("psexec \\\\kiosk12 -u LABS\\mcorvin -p * ipconfig", "-p *"),
])
def test_prose_another_commands_option_and_the_asking_star_are_no_command_secret(text, kept):
    out = redact_text(text)
    assert kept in out and "[password]" not in out, out


@pytest.mark.parametrize("text, secret", [
    ("net use Q: \\\\vault7\\scans /user:LABS\\mcorvin Wq3-harbour", "Wq3-harbour"),
    ("curl -s -H \"Accept: text/csv\" -u mcorvin:Lume8tide https://feeds.lab.example", "Lume8tide"),
])
def test_a_command_secret_after_other_options_still_goes(text, secret):
    out = redact_text(text)
    assert secret not in out and "[password]" in out, out


@pytest.mark.parametrize("text", ["connection from 10.20.30.40", "patch from 10.3.7.12 failed", "firmware from 10.6.1.22"])
def test_an_address_after_from_is_a_client_address_whatever_came_before(text):
    out = redact_text(text)
    assert "[ip]" in out and not any(ch.isdigit() for ch in out), out


@pytest.mark.parametrize("text", ["tracert Sharepoint-2019 stalls", "nslookup outlook-365 fails", "ping office-2021 fails"])
def test_a_product_and_its_version_after_a_remote_tool_is_no_machine(text):
    assert redact_text(text) == text


def test_a_machine_in_capitals_after_a_remote_tool_still_goes():
    assert "[host]" in redact_text("ping DESKR-7316")



def test_a_callers_name_typed_in_full_width_letters_is_a_mention_of_the_caller():
    """A subject-only ticket is redacted once per distinct subject, without its caller's names,
    unless it mentions its caller; the mention is read as the rules read text (narrowed), so a
    name typed in full-width letters is a mention: that ticket is redacted on its own, with the
    caller's names (the export's lexicon may not hold a name that is also a common word)."""
    from kbgen.suggest.model import Ticket
    from kbgen.suggest.redact import _redact_subject_only, learn_lexicon

    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in "Orsolya Vantrekk")
    tickets = [Ticket("S1", f"{wide} cannot open the plotter queue", caller="Orsolya Vantrekk"),
               Ticket("S2", "Orsolya Vantrekk cannot open the plotter queue", caller="Orsolya Vantrekk"),
               Ticket("S3", "plotter queue stuck", caller="Bertil Okonkwo")]
    lexicon = learn_lexicon(tickets)
    assert _redact_subject_only(tickets[0], lexicon, {}) is None
    assert _redact_subject_only(tickets[1], lexicon, {}) is None
    assert _redact_subject_only(tickets[2], lexicon, {}) is not None
