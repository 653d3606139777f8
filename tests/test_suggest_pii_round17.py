"""Round 17 of personal-data redaction: rules by structure a new export shares (own words and values,
none of any bank's): a dotted quad after digit groups or a word ending in "v", asset-register
columns, accounts by their place in chat lines, logs and lists, numbers read out behind a short
capital prefix, label fillers."""
from __future__ import annotations

import pytest

from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("text, address", [
    ("udp   12   7   100.64.3.21:5353   up", "100.64.3.21"),  # counts, then ip:port
    ("seat 41 tty7 172.19.40.220 idle", "172.19.40.220"),  # a seat's and a terminal's number before it
    ("resolved kiosk-ov\n203.0.113.77", "203.0.113.77"),  # a name ending in "v" on the line above
    ("9 1 4 10.77.0.130 reachable", "10.77.0.130"),
])
def test_a_dotted_quad_is_read_whatever_digit_groups_stand_before_it(text, address):
    out = redact_text(text)
    assert address not in out and "[ip]" in out, out


@pytest.mark.parametrize("text", ["firmware v 4.2.1.0 is out", "build 10.0.2.31 queued", "upgrade to 2.1.0.4 tonight"])
def test_a_version_after_its_own_cue_word_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("table, gone", [
    ("Tag | Custodian | Device | MAC\nQA-71 | Ilse Varnholt | LTP-QV-5512 | 0a:1b:2c:3d:4e:5f", ["LTP-QV-5512"]),
    ("device,holder,room\nWS-TR-0077,ivarn.k,3", ["WS-TR-0077", "ivarn.k"]),
    ("Machine;Assignee;Status\nnb-orlek-31;orlek;ok", ["nb-orlek-31", "orlek"]),
])
def test_a_machine_column_beside_the_person_it_is_issued_to_is_redacted(table, gone):
    out = redact_text(table)
    for value in gone:
        assert value not in out, out
    assert out.splitlines()[0] == table.splitlines()[0], out


def test_a_printer_list_without_a_person_column_keeps_its_hosts():
    table = "Device | Room | Model\nprn-lobby-2 | G.14 | LaserJet"
    assert redact_text(table) == table


@pytest.mark.parametrize("text, gone", [
    ("[9:47 PM] ulm.arrow: monitor is blank\n[9:48 PM] deskbot: which room?", "ulm.arrow"),
    ("03.12.2025, 16:20 - pexa_41: my badge fails\npexa_41 left", "pexa_41"),
    ("2025-12-03 16:21:09 brondal9> reboot done", "brondal9"),
    ("16:20 yvrosk: still down\n16:22 deskbot: checking\n16:25 yvrosk: thanks", "yvrosk"),
    ("<hbrask7> anyone else on the old vpn?", "hbrask7"),
    ("sshd: rejected qmorvel@10.8.1.4 port 51122", "qmorvel"),
    ('172.16.5.9 - lstavro [03/Dec/2025:16:20:01 +0100] "POST /api/sync HTTP/2" 201', "lstavro"),
    ("172.16.5.9 lst.avro CONNECT intranet:443", "lst.avro"),
    ("Moved the login fenn.q8 and wor_ulm into the field group", "wor_ulm"),
])
def test_an_account_is_found_by_its_place_in_a_chat_line_a_log_or_a_list(text, gone):
    out = redact_text(text)
    assert gone not in out and "[username]" in out, out


@pytest.mark.parametrize("text", [
    "10:15 helpdesk: ticket raised", "09:00 ERROR: disk quota exceeded", "<12:00> support: done",
    "at 10:30 root: cron ran", "mail admin@[ip] failed",
    # one-off words in a speaker's place: a device, a job, a program, markup
    "16:40 scanner: paper jam in tray 2", "04:15 backup: finished with warnings",
    "07:02:11 cupsd: queue paused\n07:02:12 kernel: usb reset", "<p> the page</p>", "<hr> then text",
    # a program between an address and a method, a CSV row's cells, a list's ordinary word
    "172.16.5.9 wget GET /status", "asset,holder,os\nlt-771,fenn.q8,debian",
    "Login: fenn.q8, scanner fixed too",
])
def test_roles_built_in_accounts_words_and_markup_in_those_places_stay(text):
    out = redact_text(text)
    for word in ("scanner", "backup", "cupsd", "kernel", "<p>", "<hr>", "wget", "debian", "helpdesk", "support"):
        if word in text:
            assert word in out, out


def test_a_word_speaking_on_several_lines_of_a_two_person_chat_is_an_account_only_where_it_speaks():
    out = redact_text("11:00 qorvin: hello\n11:01 tessaly: hi\n11:02 qorvin: the dock\nqorvin is a word here")
    assert out.count("[username]") == 2 and out.endswith("qorvin is a word here"), out


def _export(label_value, rare_value, probes=(), filler=("screen flickers after the update",)) -> tuple:
    """An invented export: values of one shape after a label written in many tickets (16) and after
    several rarer wordings (14), each value once, filler tickets (300) and ``probes`` last."""
    from kbgen.suggest.model import Ticket

    lines = [filler[i % len(filler)].format(n=i % 3) for i in range(300)]
    lines += [f"Quorra delk: {label_value(i)} needs access" for i in range(16)]
    rare = ["velk amboro", "sinta pru", "hovda kel", "murat osso", "dren valo", "kesti mura", "ulan brek"]
    lines += [f"{rare[i % 7]}: {rare_value(i)} gave this" for i in range(14)]
    return tuple(Ticket(f"S{i}", "Service call", line, caller="") for i, line in enumerate(lines + list(probes)))


def _redacted(export: tuple, last: int) -> list[str]:
    from kbgen.suggest.redact import redact_tickets

    return [t.description for t in redact_tickets(export, workers=1)[-last:]]


@pytest.mark.parametrize("prefix", ["R", "TLK", "WXYZ"])
def test_a_number_read_out_behind_a_short_capital_prefix_is_learned_as_the_exports_staff_number(prefix):
    filler = ("window sticks in room B{n}-114", "fan loud in room B{n}-114", "cannot print from the shared queue")
    export = _export(lambda i: f"{prefix} {17 + i} {210 + i * 3} {90 + i}", lambda i: f"{prefix} {40 + i} {330 + i * 11} {20 + i}",
                     filler=filler)
    out = _redacted(export, 330)
    for i in range(14):
        assert f"{prefix} {40 + i} {330 + i * 11} {20 + i}" not in out[-14 + i], out[-14:]
    assert any("room B1-114" in line for line in out)


def test_a_command_listings_account_column_is_redacted_and_the_listing_ends_at_prose():
    listing = (" USER       PID  %CPU  COMMAND\n zelvar3    4411  0.0   bash\n zelvar3    4419  1.5   vim\n"
               "VLAN 3301 for the kiosks\nrun setup.x64.exe")
    out = redact_text(listing)
    assert "zelvar3" not in out and "4411" in out, out
    assert "VLAN 3301 for the kiosks" in out and "run setup.x64.exe" in out, out
    assert out.startswith(" USER       PID  %CPU  COMMAND\n"), out


def test_a_listing_row_opened_or_parted_by_a_tab_loses_the_whole_account():
    """A tab in a row moves no replacement: the account goes whole and the row's other cells stay."""
    from kbgen.suggest.pii_columns import redact_person_columns

    out = redact_person_columns("USER  TTY  FROM\n\tkrovan5  pts/4  dock-2\nmelby08\t pts/7  dock-9")
    assert out == "USER  TTY  FROM\n\t[username]  pts/4  dock-2\n[username]\t pts/7  dock-9", out


def test_a_staff_number_column_is_redacted_whatever_its_values_shape():
    out = redact_text("login|payroll_no|site\nwrell.o|7 0042 19|east\nthanks")
    assert "7 0042 19" not in out and "wrell.o" not in out and out.endswith("thanks"), out


def test_a_well_learned_numbering_shape_goes_wherever_its_values_stand_but_not_after_a_record_word():
    probes = ["card reissued (member 88.1290.61) today", "'Quill';'88.1291.62';'Survey'",
              "invoice 88.1292.63 shipped", "client 4.12.3 crashes on start"]
    export = _export(lambda i: f"{20 + i}.{1100 + i}.{40 + i}", lambda i: f"{50 + i}.{2200 + i}.{70 + i}", probes,
                     filler=("client 4.12.3 crashes on start", "cannot print from the shared queue"))
    out = _redacted(export, len(probes))
    assert "88.1290.61" not in out[0] and "88.1291.62" not in out[1], out
    assert out[2:] == probes[2:], out  # a record's number and a version stay


@pytest.mark.parametrize("filler", ["___", "........", "\u2026"])
def test_a_printed_forms_filler_parts_a_staff_label_from_its_number(filler):
    out = redact_text(f"Surname {filler} Quill\nBadge no {filler} 40-7713\nSection {filler} Survey")
    assert "40-7713" not in out and out.endswith(f"Section {filler} Survey"), out


@pytest.mark.parametrize("text", ["I'm Working late tonight", "I'm not sure it works", "I'm Back, the dock works",
                                  "I'm Stuck, nothing loads", "It's Broken, again", "I am Ready, go ahead"])
def test_a_state_after_i_am_stays(text):
    assert redact_text(text) == text


def test_a_learned_shape_of_letters_then_digits_stays_outside_labels():
    """Records, requests and error codes are numbered letters-then-digits: such a shape, even learned
    after many labels, is redacted after a label only."""
    probe = "sign-in fails with ZKT00091 again"
    export = _export(lambda i: f"ZKT{3100 + i * 7:05d}", lambda i: f"ZKT{6000 + i * 13:05d}", [probe])
    assert _redacted(export, 1) == [probe]


@pytest.mark.parametrize("cell", ["unassigned", "pending", "spare", "tier2", "level1", "yes", "no", "IT", "system", "Facilities"])
def test_a_person_column_keeps_cells_no_account_looks_like(cell):
    table = f"Asset;Assignee;Floor\nnb-qx-118;{cell};3\nnb-qx-119;wrell.o;4"
    out = redact_text(table)
    assert f";{cell};" in out and "wrell.o" not in out, out


def test_an_aligned_listing_needs_rows_that_part_like_its_headings():
    listing = ("LOGIN       GROUP     SHELL\nqorv.e9     staff     /bin/zsh\nthe  shell was reset\n"
               "and  this")
    out = redact_text(listing)
    assert "qorv.e9" not in out and "the  shell was reset" in out, out


def test_a_two_heading_listing_over_a_rule_line_is_read():
    out = redact_text("Asset    Owner\n----    -----\nG-12    belko4")
    assert "belko4" not in out and out.startswith("Asset    Owner\n----    -----"), out


def test_a_form_in_capitals_keeps_its_value_after_the_label():
    out = redact_text("ACCOUNT      QELVINR     DISABLED\nPWD SET      03.12.2025  14:07")
    assert "QELVINR" not in out, out
