"""Round 21 of personal-data redaction, places: a postal address written over several short lines (a
signature's, a parcel label's) read as one by the address model; lists of short lines that are
products, rooms, prices and versions left alone (own words and values, none of any bank's)."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest.pii_address_model import redact_address_blocks, redact_address_lines
from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("text, lines", [
    # a street and number, a building part, a postcode and town
    ("Regards,\nIlse Marwick\nBrunnenweg 17\nHinterhaus\n80331 München\nmobile 0151 2345678",
     ["Brunnenweg 17", "Hinterhaus", "80331 München"]),
    # a British form: a street, a flat, a town and postcode
    ("Please ship the dock to\nKestrel Mews 14\nFlat 2\nDarlington DL3 7QP", ["Kestrel Mews 14", "Flat 2",
                                                                               "Darlington DL3 7QP"]),
    # a Cyrillic street with its abbreviation, a flat, a postcode and town
    ("С уважением\nул. Садовая 41\nкв. 12\n620014 Екатеринбург", ["ул. Садовая 41", "кв. 12", "620014 Екатеринбург"]),
    # a house number first, a district, a town with its postcode
    ("send the badge to\n27 Karanja Close\nKilimani\nNairobi 00100\nthanks", ["27 Karanja Close", "Nairobi 00100"]),
])
def test_an_address_over_several_short_lines_is_redacted_line_by_line(text, lines):
    out = redact_text(text)
    for line in lines:
        assert line not in out, (line, out)


@pytest.mark.parametrize("text", [
    "Order summary\nMac Mini M2\nQty 3\nTotal 2099 EUR",
    "Meeting room\nBuilding 4\nRoom 1204\nFloor 12",
    "Versions\nOutlook 2308\nBuild 16731",
    "Printer queue\nHP LaserJet 4250\nTray 2",
    "Invoice 20931\nAmount 1450\nDue 2024-05-01",
    "Kiosk 3\nLevel 2\nTerminal 5",
    "Lisbon\nMadrid 2023\nParis 2024",
    "Steps\nReboot twice\nWait 300 seconds\nCall back",
    "Category: Network\nSubcategory: Wifi 6\nPriority: 3",
    "Kind regards\nService Desk\nExt 4410",
])
def test_short_lines_of_products_rooms_prices_and_versions_are_kept(text):
    assert redact_address_blocks(text) == text


def test_a_block_stops_at_a_sentence_a_label_and_a_placeholder():
    text = "The courier came twice.\nStation Road 212\n4410 Sandvik\n[phone]\nCategory: Parcels"
    out = redact_address_blocks(text)
    assert out == "The courier came twice.\n[address]\n[address]\n[phone]\nCategory: Parcels"


@pytest.mark.parametrize("hostile", [
    "Ab 123\n" * 15_000, "Brunnenweg 17\n80331 München\n" * 4_000, "A\n" * 50_000, ("Xy " * 5 + "\n") * 6_000,
    "\n" * 100_000, "12345\n" * 17_000,
])
def test_many_short_lines_are_read_in_linear_time(hostile):
    started = time.process_time()
    redact_address_lines(hostile[:100_000])
    assert time.process_time() - started < 5.0


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
    assert "lt-okafor7" in names  # taken once, left once: the same machine again
