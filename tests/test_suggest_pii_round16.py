"""Round 16 of personal-data redaction: ligatures and other scripts' digits read as the rules read
ASCII, a long run of capitals in linear time, system listings and log marks that are no secret and
no account, a copula before a state word, tool names inside words (own words and values, none of
any bank's)."""
from __future__ import annotations

import time

import pytest

from kbgen.fold import narrowed, rewidened
from kbgen.suggest.pii_shapes import _tool_named
from kbgen.suggest.redact import redact_text
from kbgen.suggest.shared import PLACEHOLDER, WRITTEN_PLACEHOLDER


@pytest.mark.parametrize("written, read", [
    ("Raﬀaella", "Raffaella"), ("Ĳsbrand", "IJsbrand"), ("ǅurović", "Džurović"), ("Oﬄey", "Offley"),
])
def test_a_ligature_is_read_as_its_letters(written, read):
    assert narrowed(written) == read


def test_a_name_typed_with_a_ligature_is_redacted_whole_and_the_rest_kept_as_written():
    text = "Spoke to Raﬀaella Quint about the ﬁle share"
    out = redact_text(text, ["Raffaella Quint"])
    assert "Raﬀ" not in out and "aella" not in out and "Quint" not in out, out
    assert out.endswith("about the ﬁle share"), out  # what is kept is written back with its ligature


def test_pieces_around_a_placeholder_map_back_through_ligatures():
    original = "ﬁrst Oﬄey then ﬂat"
    narrow = narrowed(original)
    rewritten = narrow.replace("Offley", "[name]")
    assert rewidened(original, narrow, rewritten, WRITTEN_PLACEHOLDER) == "ﬁrst [name] then ﬂat"


@pytest.mark.parametrize("text, number", [
    ("تلفن همراه: ۰۹۱۷۴۴۲۸۳۶۱ لطفا تماس بگیرید", "۰۹۱۷۴۴۲۸۳۶۱"),
    ("رقم الهاتف ٠٥٦٣٨٢٤١٧٠", "٠٥٦٣٨٢٤١٧٠"),
    ("phone ०९८७६५४३२१० please", "०९८७६५४३२१०"),
])
def test_a_phone_in_another_scripts_digits_is_redacted(text, number):
    out = redact_text(text)
    assert number not in out and "[phone]" in out, out


def test_other_scripts_digits_that_are_kept_are_written_as_typed():
    text = "الإصدار ٣ من البرنامج"
    assert redact_text(text) == text


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        redact_text(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", ["QWERTZUIOPASDFGH", "KLM-", "laptop QWERTYASDF "])
def test_a_long_run_of_capitals_costs_linear_time(unit):
    redact_text(unit)  # warm the caches
    small = _cpu(unit * (3000 // len(unit)))
    large = _cpu(unit * (12000 // len(unit)))
    assert large < 8 * max(small, 0.002), (small, large)  # 4x the size: linear is 4x, quadratic 16x


@pytest.mark.parametrize("line", [
    "Apr 12 07:41:09 gate3 sshd[2291]: pam_unix(sshd:auth): authentication failure; logname= uid=0",
    "pam_unix(sudo:session): session opened for user root by (uid=0)",
    "sshd[88]: Accepted password for root from 198.51.100.7 port 40022 ssh2",
])
def test_a_log_lines_process_and_pam_module_are_kept(line):
    out = redact_text(line)
    for mark in ("pam_unix(", "sshd["):
        assert out.count(mark) == line.count(mark), out
    assert "[password]" not in out and "[username](" not in out, out


@pytest.mark.parametrize("text, secret", [("password: maple[3318]", "maple[3318"), ("Kennwort = otter[51] bitte", "otter[51")])
def test_a_value_shaped_as_a_process_id_after_a_password_word_is_a_password(text, secret):
    out = redact_text(text)
    assert secret not in out and "[password]" in out and "]]" not in out, out


def test_a_query_session_listing_keeps_its_headings_and_session_names_and_drops_accounts():
    listing = (" SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\n"
               " services                                    0  Disc\n"
               ">console           hjorvik                   1  Active\n"
               " rdp-tcp#7         pmalvane                  2  Active")
    out = redact_text(listing)
    assert out.splitlines()[0] == listing.splitlines()[0], out
    assert "rdp-tcp#7" in out and "hjorvik" not in out and "pmalvane" not in out, out


def test_a_query_user_heading_keeps_its_next_column():
    out = redact_text(" USERNAME   SESSIONNAME   ID  STATE\n>tquellin   rdp-tcp#9   5  Active")
    assert out.splitlines()[0] == " USERNAME   SESSIONNAME   ID  STATE", out
    assert "tquellin" not in out, out


def test_a_shouted_line_with_wide_gaps_is_no_listing_heading():
    out = redact_text("USERNAME  VKORTHEL  DISABLED AGAIN")
    assert "VKORTHEL" not in out and "[username]" in out, out


@pytest.mark.parametrize("text", ["I'M Stuck with the scanner", "I'm Unable to open the vault app",
                                  "this is Urgent, the kiosk is down"])
def test_a_state_word_after_a_copula_is_no_name(text):
    assert "[name]" not in redact_text(text)


@pytest.mark.parametrize("text, name", [("Hi, I'm Agnieszka from payroll", "Agnieszka"),
                                        ("Hello, this is Tomasz Wereszczak", "Wereszczak")])
def test_a_name_after_a_copula_is_still_a_name(text, name):
    assert name not in redact_text(text)


def _everyday_export(probes: list[str]) -> tuple:
    """An invented export whose ordinary words include "rose" and "grant" (a flower bed, a budget
    grant), then the probes."""
    from kbgen.suggest.model import Ticket

    filler = ["the rose bed by the car park needs water", "grant the budget for the new chairs",
              "vpn drops at night", "the rose window cracked again"]
    lines = [filler[i % 4] for i in range(200)] + probes
    return tuple(Ticket(f"E{i}", "Desk request", line, caller="") for i, line in enumerate(lines))


@pytest.mark.parametrize("probe, name", [("Hi, this is Rose Tindwell-Aro from payroll, vpn down", "Tindwell"),
                                         ("I'm Grant Quellory, the scanner jams", "Quellory"),
                                         ("Hello, I am Velmira from stores", "Velmira")])
def test_a_name_after_a_copula_goes_when_one_word_is_an_everyday_word_or_unlisted(probe, name):
    from kbgen.suggest.redact import redact_tickets

    out = redact_tickets(_everyday_export([probe]), workers=1)[-1].description
    assert name not in out and "[name]" in out, out


def test_a_tool_name_inside_a_word_names_no_tool():
    assert not _tool_named("we keep shipping the monitors")
    assert not _tool_named("the re-ping step")
    assert _tool_named("then ping it again")


def test_the_placeholder_redaction_writes_is_the_first_form_of_every_placeholder():
    assert WRITTEN_PLACEHOLDER.fullmatch("[employee-id]") and PLACEHOLDER.fullmatch("[employee-id]")
    assert PLACEHOLDER.fullmatch("<EMAIL_ADDRESS>") and not WRITTEN_PLACEHOLDER.fullmatch("<EMAIL_ADDRESS>")


def _shape_export(*probes: str) -> tuple:
    """An invented export: a label (in a few tickets of many) before staff numbers of one shape (four
    digits and a capital), the same shape after rarer wordings written twice each, and room codes of
    another shape after words of their own, which recur (no value of one person)."""
    from kbgen.suggest.model import Ticket

    filler = ["window sticks in room B{n}-114", "fan loud in room B{n}-114 since monday",
              "screen flickers after the update", "cannot print from the shared queue"]
    lines = [filler[i % 4].format(n=i % 3) for i in range(300)]
    lines += [f"Torvin heslak: {1000 + i * 7}{'KQXZ'[i % 4]} needs access" for i in range(16)]
    rare = ["velk amboro", "sinta pru", "hovda kel", "murat osso"]
    lines += [f"{rare[i % 4]}{': = #'.split()[i % 3]} {5000 + i * 13}{'KQXZ'[i % 4]} gave this" for i in range(8)]
    return tuple(Ticket(f"S{i}", "Desk request", line, caller="") for i, line in enumerate(lines + list(probes)))


def test_the_exports_staff_number_shape_is_learned_and_redacted_after_rarer_wordings():
    from kbgen.suggest.redact import learn_lexicon, redact_tickets

    tickets = _shape_export()
    assert learn_lexicon(tickets).value_shapes["9999A"][0] == "employee-id"
    text = "\n".join(t.description for t in redact_tickets(tickets, workers=1))
    for i in range(8):
        assert f"{5000 + i * 13}{'KQXZ'[i % 4]}" not in text  # the rare wordings' values go
    assert "room B1-114" in text  # a thing's code written after its own words stays


def test_a_measure_or_model_number_of_a_learned_shape_stays_unless_labelled():
    from kbgen.suggest.redact import redact_tickets

    probes = ["the heater draws 2400W now", "white point 5600K on the panel", "panel runs at 1440P",
              "Brother 3270N toner low", "staff no: 6218Q locked out"]
    out = [t.description for t in redact_tickets(_shape_export(*probes), workers=1)[-len(probes):]]
    assert out[:4] == probes[:4], out  # a measure with its unit, a model number: no label names a value
    assert "6218Q" not in out[4], out


@pytest.mark.parametrize("table, gone, kept", [
    ("hostname,owner,mac\nKRT-NB-0412,tvelmar,3c:22:fb:19:aa:01\nthanks", ["KRT-NB-0412", "tvelmar"], ["hostname,owner,mac"]),
    ("Asset | Owner | Host | IP\n AX-A-17 | oquentin | QWE77-LT | 10.1.2.3", ["oquentin", "QWE77-LT"], ["AX-A-17"]),
    ("| Device | User | Status |\n|---|---|---|\n| lab-pc-4411 | hqoral | ok |", ["lab-pc-4411", "hqoral"],
     ["|---|---|---|", "| ok |"]),
    ("Seat,Device,Assigned to\nA-14,NB-QL-2207,wtorhal", ["wtorhal", "NB-QL-2207"], []),  # heading at line end
    ("Owner\tHost\tNote\nqelvari\tKV-WS-31\t", ["qelvari", "KV-WS-31"], []),  # an empty last cell is a cell
    ("User | Device | Fault\nmelbrant | Acer Swift 7 | hinge", ["melbrant"], ["Acer Swift 7"]),  # a model's name
    ("machine,owner,room\nGD-33-L,pvarnek,2\nOk, sounds good, cheers", ["pvarnek"], ["Ok, sounds good, cheers"]),
])
def test_cells_under_a_machine_or_account_heading_are_redacted(table, gone, kept):
    out = redact_text(table)
    for value in gone:
        assert value not in out, out
    for value in kept:
        assert value in out, out


@pytest.mark.parametrize("text", ["apples, pears, plums\nthree, four, five",
                                  "Service | Owner team | Status\nprint spooler | Facilities | running",
                                  "user, group, mode\n", "Printer,Room,Owner\nPR-88-2F,Lab 4,Logistics"])
def test_a_list_or_a_table_without_a_person_column_keeps_its_cells(text):
    assert redact_text(text) == text


def test_a_subscripted_key_and_an_underscored_key_are_labels():
    from kbgen.suggest.pii_labels import label_pairs

    text = 'Field[handle]=qorvel7; {"staff_no": "5521K"}'
    pairs = {text[start:end]: labels for labels, start, end in label_pairs(text)}
    assert pairs["qorvel7"] == ("handle",) and pairs["5521K"] == ("staffno",), pairs


def _opcodes(node) -> set[str]:
    """Names of every opcode in a parsed pattern (``re._parser`` sub-patterns), nested ones included."""
    if hasattr(node, "data"):
        return set().union(*({str(op)} | _opcodes(arg) for op, arg in node.data)) if node.data else set()
    if isinstance(node, (tuple, list)):
        return set().union(*(_opcodes(part) for part in node)) if node else set()
    return set()


def test_redaction_patterns_use_no_syntax_newer_than_the_oldest_supported_python():
    import importlib
    import pkgutil
    import re

    import kbgen.suggest

    parser = pytest.importorskip("re._parser")  # possessive and atomic syntax parse from 3.11
    for info in pkgutil.iter_modules(kbgen.suggest.__path__):
        module = importlib.import_module(f"kbgen.suggest.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found = _opcodes(parser.parse(value.pattern, value.flags)) & {"POSSESSIVE_REPEAT", "ATOMIC_GROUP"}
                assert not found, f"{info.name}.{name}: {found} (Python 3.10 cannot read it)"
