"""Round 22 of personal-data redaction, places: addresses written over several short lines, read by the
joint evidence of their lines (own words and values, none of any bank's); lists of short lines left
alone."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest.pii_address_blocks import redact_address_blocks
from kbgen.suggest.pii_gazetteer import place_key, places
from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("text, kept", [
    # a glued street type, a postcode of digits and letters, a country
    ("Regards,\nAnna Berg\nLindenallee 61\n4811 KT Breda\nNederland\nTel +31 76 601 2345", ("Regards,", "Tel")),
    # a street-type abbreviation first, a district, a town and its region
    ("return the device to\nJl. Merdeka No. 12\nKel. Sukajadi\nBandung, Jawa Barat", ("return the device to",)),
    # Cyrillic: street, flat, town, postcode and region
    ("ул. Садовая 52, кв. 7\nг. Кызыл\n667000 Республика Тыва", ()),
    # a street whose name another rule took for a person's, then a country
    ("Ship to:\nAnna Berg\n22 Quarry Lane\nNamibia", ("Ship to:",)),
])
def test_an_address_over_several_lines_is_redacted_line_by_line(text, kept):
    out = redact_text(text)
    assert out.count("[address]") >= 2, out
    for word in ("61", "Breda", "Nederland", "Sukajadi", "Bandung", "Кызыл", "Тыва", "Namibia"):
        assert word not in out
    for part in kept:
        assert part in out


@pytest.mark.parametrize("text, gone", [
    ("Ship-to:\n[name]\n[address]\nT2P 1J9\nTel 555", "T2P 1J9"),  # a letter-and-digit postcode alone
    ("Obrigada,\n[name]\n[address]\n220030 Минск\nTel 555", "Минск"),  # six digits and a town
    ("Regards\n[name]\nUnit 12, 44 Kingfisher\nT2P 1J9\nTel 555", "Kingfisher"),  # a unit, then the postcode
])
def test_a_postcode_line_completes_a_block(text, gone):
    out = redact_address_blocks(text)
    assert gone not in out and out.endswith("\nTel 555"), out


@pytest.mark.parametrize("text", [
    "Home: Kaya Hendrik Koster 31, Willemstad, Curaçao",
    "I stay at Seru Grandi, Kaya Lora 7, Curaçao for now",
])
def test_a_street_and_two_worded_parts_naming_a_known_place_are_an_address(text):
    assert "Curaçao" not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Order 4471, Madrid warehouse is full",
    "Sales Order 4471, Madrid warehouse is full",
    "Gate 12, Lisbon was closed",
    "Flight 221, Lisbon, delayed",
])
def test_a_label_and_its_number_beside_one_place_stay(text):
    assert "[address]" not in redact_text(text)


def test_the_lines_after_a_found_address_are_its_town_and_country():
    out = redact_address_blocks("Best,\n[name]\n[address]\nCuraçao\nTel [phone]")
    assert out == "Best,\n[name]\n[address]\n[address]\nTel [phone]"


# Must-keep: lists of short lines (products, orders, tickets, agendas, rooms, sites), a signature with a
# name, a title and a phone but no address, place names that name an office or a release.
@pytest.mark.parametrize("text", [
    "Laptop\nDell Latitude 5440\nService Tag 7HX2QK3",
    "Products\nLenovo ThinkPad T14\nHP EliteBook 840\nDell Latitude 5440",
    "Order 778812\nShipped 2024-03-02\nCarrier DHL\nParcel 12",
    "Orders\nBerlin 10115\nHamburg 20095\nMunich 80331",
    "Tickets\nINC0012345\nINC0012346\nINC0012347",
    "Agenda\n1 Welcome\n2 Budget 2025\n3 Network Plan\n4 AOB",
    "Rooms\nOslo 204\nBergen 310\nTromsø 112",
    "Stock\nPark Avenue 12\nHigh Street 4\nMain Road 9",
    "Sites\nLondon 120 users\nMadrid 85 users\nOslo 40 users",
    "Kind regards\nJane Doe\nService Desk Lead\nPhone +44 20 7946 0958",
    "Thanks\nMaria\nOslo Office\nNorway",
    "The printer moved\nLevel 3\nRoom 301",
    "Invoice 4471\nLicence Office E3\nQty 25\nTotal 8750 EUR",
    "Versions\nOutlook 2308\nBuild 16731",
    "Release notes\nVersion 4.2\nMadrid 2024",
    "Asset tags\nAT 20931\nAT 20932",
    "Prices\nDock 129 EUR\nMonitor 240 EUR",
    "Rota\nMonday Early 6-14\nTuesday Late 14-22",
    "Meeting\nParis Room\nFloor 4\n10:30",
])
def test_lists_and_signatures_without_an_address_are_kept(text):
    assert redact_address_blocks(text) == text
    assert "[address]" not in redact_text(text)


def test_a_found_address_does_not_take_a_list_after_it():
    text = "[address]\nDell 5440\nHP 840\nLenovo 1440"
    assert redact_address_blocks(text) == text


def test_places_are_keyed_in_every_script():
    assert place_key("Curaçao") in places() and place_key("Nederland") in places()
    assert place_key("Service") not in places() and place_key("Windows") not in places()


@pytest.mark.parametrize("hostile", [
    "Lindenallee 61\n" * 7_000, "[address]\n" * 10_000, "Ab 1234\nNederland\n" * 5_000, "A\n" * 50_000,
    "\n" * 100_000, ("Xy " * 6 + "\n") * 5_000, "Ab" + "c" * 100_000, "[name] 4\n" * 12_000,
])
def test_many_short_lines_are_read_in_linear_time(hostile):
    started = time.process_time()
    redact_address_blocks(hostile[:100_000])
    assert time.process_time() - started < 3.0
