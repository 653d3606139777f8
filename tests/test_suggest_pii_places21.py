"""Round 21 of personal-data redaction, places: lists of short lines that are products, rooms, orders,
rotas and versions left alone; machine names taken once recurring (own words and values, none of any
bank's)."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest.pii_address_model import redact_address_lines
from kbgen.suggest.redact import redact_text


# Lists of short lines (an order, a ticket's fields, a site list, a rota, a spec sheet, an invoice): a
# capitalised heading and numbers of three digits or more, but no postal address. The reading of an
# address over several lines that took them was reverted; these stay must-keep for any later attempt.
@pytest.mark.parametrize("text", [
    "Laptop\nDell Latitude 5440\nService Tag 7HX2QK3",
    "Order 778812\nShipped 2024-03-02\nCarrier DHL\nParcel 12",
    "Ticket\nINC0012345\nPriority 2\nGroup Network",
    "Sites\nLondon 120 users\nMadrid 85 users\nOslo 40 users",
    "Floor plan\nWing A 101\nWing B 205\nLobby",
    "Kiosk Lobby 1\nKiosk Lobby 2\nKiosk Canteen 140",
    "Invoice 4471\nLicence Office E3\nQty 25\nTotal 8750 EUR",
    "Rota\nMonday Early 6-14\nTuesday Late 14-22\nWednesday Off",
    "Spec sheet\nCPU Intel Core i7 1365U\nRAM 32 GB\nSSD 1024 GB\nScreen 14 inch",
    "Order summary\nMac Mini M2\nQty 3\nTotal 2099 EUR",
    "Meeting room\nBuilding 4\nRoom 1204\nFloor 12",
    "Versions\nOutlook 2308\nBuild 16731",
    "Printer queue\nHP LaserJet 4250\nTray 2",
    "Invoice 20931\nAmount 1450\nDue 2024-05-01",
    "Kiosk 3\nLevel 2\nTerminal 5",
    "Steps\nReboot twice\nWait 300 seconds\nCall back",
    "Kind regards\nService Desk\nExt 4410",
])
def test_short_lines_of_orders_rotas_sites_and_specs_are_kept(text):
    assert redact_address_lines(text) == text
    assert "[address]" not in redact_text(text)  # other rules may take an extension as a phone


def test_a_greeting_and_a_name_do_not_make_a_helpdesk_line_an_address():
    out = redact_text("Best\nJohn\nHelpdesk 4410\nOpen 8-17")
    assert "Helpdesk 4410\nOpen 8-17" in out and "[address]" not in out


@pytest.mark.parametrize("hostile", [
    "Ab 123\n" * 15_000, "Brunnenweg 17\n80331 München\n" * 4_000, "A\n" * 50_000, ("Xy " * 5 + "\n") * 6_000,
    "\n" * 100_000, "12345\n" * 17_000, "Ab " + "1" * 100_000, ("Ab " + "1" * 25_000 + "\n") * 4,
    "1/" * 50_000, "Ab " + "1" * 50_000 + "-" + "2" * 50_000,
])
def test_many_short_lines_and_long_digit_runs_are_read_in_linear_time(hostile):
    started = time.process_time()
    redact_address_lines(hostile[:100_000])
    assert time.process_time() - started < 3.0


def test_a_machine_named_once_with_a_cue_is_removed_where_a_tools_output_repeats_it():
    from kbgen.suggest.model import Ticket
    from kbgen.suggest.redact import redact_tickets

    ticket = Ticket("INC1", subject="Slow logon", caller="Olivia Grant",
                    description="> nslookup wk17-brn.tamsfield.example.net\nServer:  ns2.tamsfield.example.net\n"
                                "Name:    wk17-brn.tamsfield.example.net\nAddress: 10.4.4.7",
                    comments=("the laptop wk17-brn.tamsfield.example.net is slow; later wk17-brn.tamsfield.example.net "
                              "dropped again",))
    out = redact_tickets([ticket], workers=1)[0]
    assert "wk17-brn" not in out.description and "wk17-brn" not in out.comments[0]
    assert "ns2.tamsfield.example.net" in out.description  # the name server is no one's machine


def test_names_taken_once_are_not_words_nor_shared_systems():
    from kbgen.suggest.pii_host_scheme import learn_hosts

    pairs = [("reboot host fileserver-01 now", "reboot host [host] now"),
             ("ping host Printing", "ping host [host]"),
             ("ping host jdoe-lt7 please", "ping host [host] please")]
    _, names = learn_hosts(pairs, frozenset({"printing"}))
    assert "jdoe-lt7" in names
    assert "Printing" not in names and "fileserver-01" not in names


def test_a_scheme_spread_over_sites_is_learnt_with_its_site_codes_read_by_class():
    from kbgen.suggest.pii_host_scheme import learn_host_schemes, redact_scheme_hosts

    sites = ["abq", "dub", "osl", "lim"]
    pairs = [(f"ping host kiosk-{s}-{n:02d} now", "ping host [host] now") for n, s in enumerate(sites)]
    schemes = learn_host_schemes(pairs, frozenset())
    assert redact_scheme_hosts("kiosk-tpe-31 froze again", schemes, frozenset()) == "[host] froze again"
    # another fixed word, or no site code in the place of the code, is another shape
    for kept in ("ticket-tpe-31 froze", "kiosk-31 froze", "kiosk-tpe froze"):
        assert redact_scheme_hosts(kept, schemes, frozenset()) == kept


def test_a_name_the_rules_left_more_often_than_they_took_it_does_not_recur():
    from kbgen.suggest.pii_host_scheme import learn_hosts

    pairs = [("ping host crew-7b now", "ping host [host] now"),
             ("assign to crew-7b", "assign to crew-7b"), ("crew-7b owns it", "crew-7b owns it"),
             ("ping host lt-okafor7 now", "ping host [host] now"), ("lt-okafor7 is slow", "lt-okafor7 is slow")]
    _, names = learn_hosts(pairs, frozenset())
    assert "crew-7b" not in names  # left twice, taken once: a group's name misread
    assert "lt-okafor7" not in names  # taken once, left once: a tie is no evidence


def test_a_name_recurs_when_taken_more_often_than_left_or_by_two_cues():
    from kbgen.suggest.pii_host_scheme import learn_hosts

    pairs = [("ping host lt-okafor7 now", "ping host [host] now"), ("hostname lt-okafor7 again", "hostname [host] again"),
             ("lt-okafor7 is slow", "lt-okafor7 is slow"),
             ("ping host pc-brandt3 now", "ping host [host] now"), ("rdp to host pc-brandt3", "rdp to host [host]"),
             ("pc-brandt3 froze", "pc-brandt3 froze"), ("pc-brandt3 froze again", "pc-brandt3 froze again")]
    _, names = learn_hosts(pairs, frozenset())
    assert "lt-okafor7" in names  # taken twice, left once
    assert "pc-brandt3" in names  # taken twice, left twice: two cues agree


def test_a_software_name_misread_once_as_a_machine_keeps_its_later_uses():
    from kbgen.suggest.model import Ticket
    from kbgen.suggest.redact import redact_tickets

    tickets = [Ticket("INC1", subject="Client", caller="Olivia Grant", description="hostname QRX-CLIENT-450 here"),
               Ticket("INC2", subject="Client", caller="Pat Moss", description="QRX-CLIENT-450 crashes on start")]
    out = redact_tickets(tickets, workers=1)
    assert out[1].description == "QRX-CLIENT-450 crashes on start"
