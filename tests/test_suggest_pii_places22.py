"""Round 22 of personal-data redaction, places: addresses written over several short lines, read by the
joint evidence of their lines (own words and values, invented, none of any bank's); lists of short
lines, prose and names left alone."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest.pii_address_blocks import redact_address_blocks
from kbgen.suggest.pii_gazetteer import place_key, places
from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("text, gone, kept", [
    # a glued street type, a postcode, a town and a country
    ("Mit Gruß\nKarl Weber\nAhornstraße 9\n34117 Kassel\nDeutschland\nTel 0561 1234", ("Ahornstraße", "Kassel", "Deutschland"),
     ("Tel",)),
    # a street-type abbreviation before the street's name, a district, a town
    ("please courier it to\nJl. Kenanga No. 8\nKec. Cilandak\nJakarta 12430", ("Kenanga", "Cilandak"),
     ("please courier it to",)),
    # Cyrillic: street and flat, town, postcode and region
    ("ул. Лесная 14, кв. 21\nг. Омск\n644000 Омская обл.", ("Лесная", "Омск"), ()),
    # a street, then a country
    ("Post to:\nTom Ibarra\n9 Quince Lane\nBotswana", ("Quince", "Botswana"), ("Post to:",)),
    # a greeting and a first name of one word each before the block are not a list with its lines
    ("Thanks\nMaria\nAhornstraße 9\nKassel\nDeutschland", ("Ahornstraße", "Kassel", "Deutschland"), ("Thanks",)),
    # a state code of two capitals that is also a system word ("SP") ends the town line
    ("Rua Tabapuã 77\n04533-001 São Paulo - SP\nBrasil", ("Tabapuã", "Paulo", "Brasil"), ()),
])
def test_an_address_over_several_lines_is_redacted_line_by_line(text, gone, kept):
    out = redact_text(text)
    assert out.count("[address]") >= 2, out
    for word in gone:
        assert word not in out, out
    for part in kept:
        assert part in out, out


@pytest.mark.parametrize("text, gone", [
    ("Ship-to:\n[name]\n[address]\nK1A 0B1\nTel 555", "K1A 0B1"),  # a letter-and-digit postcode alone
    ("Spasibo,\n[name]\n[address]\n630099 Новосибирск\nTel 555", "Новосибирск"),  # six digits and a town
    ("Regards\n[name]\nUnit 3, 18 Heronsgate\nK1A 0B1\nTel 555", "Heronsgate"),  # a unit, then the postcode
])
def test_a_postcode_line_completes_a_block(text, gone):
    out = redact_address_blocks(text)
    assert gone not in out and out.endswith("\nTel 555"), out


@pytest.mark.parametrize("text", [
    "Home: Seeblick Hof 31, Linz, Österreich",
    "Courier: Hof Baru 12, Graz, Österreich.",
])
def test_a_street_a_town_and_a_country_end_a_line_as_an_address(text):
    out = redact_text(text)
    assert "Linz" not in out and "Graz" not in out, out


@pytest.mark.parametrize("text", [
    "Order 4471, Madrid warehouse is full",
    "Sales Order 4471, Madrid warehouse is full",
    "Gate 12, Lisbon was closed",
    "Flight 221, Lisbon, delayed",
    # a comma list of a product or a team with a number, a department and a place: prose, never an address
    "Users on Print Pool 3, Payroll, Vienna cannot print today",
    "Licence for Visio Pro 19, Viewer, Texas staff",
    "Queue Desk 5, Legal, Guernsey",
    "Terminal Server 8, Accounts, Ohio",
    "We moved Build Farm 6, Testing, Norway and Chile",
    "Users on Print Pool 3, Kassel, Hessen cannot print",
])
def test_a_label_and_its_number_beside_places_stay(text):
    assert "[address]" not in redact_text(text)


def test_the_lines_after_a_found_address_are_its_town_and_country():
    out = redact_address_blocks("Best,\n[name]\n[address]\nMalaysia\nTel [phone]")
    assert out == "Best,\n[name]\n[address]\n[address]\nTel [phone]"


@pytest.mark.parametrize("text, kept", [
    # only a line naming a place extends a block past its evidence; other lines of words stay
    ("Lindenstraße 3\n4020 Linz\nPrinter Offline\nMail Slow", "Printer Offline\nMail Slow"),
    ("Lindenstraße 3\n4020 Linz\nÖsterreich\nHelp Desk", "[address]\nHelp Desk"),
    ("New address:\nLindenstraße 3\n4020 Linz\nMany Thanks\nHelp Desk", "Many Thanks\nHelp Desk"),
])
def test_words_after_a_block_stay_unless_they_name_a_place(text, kept):
    out = redact_text(text)
    assert "Lindenstraße" not in out and out.endswith(kept), out


# Must-keep: lists of short lines (products, orders, tickets, agendas, rooms, sites), a signature with a
# name, a title and a phone but no address, place names that name an office or a release, an
# abbreviated month or word before a number, a unit or a road number beside one place, greetings and
# given names that are also places somewhere.
@pytest.mark.parametrize("text", [
    "Laptop\nDell Latitude 7390\nService Tag 7HX2QK3",
    "Products\nLenovo ThinkPad T14\nHP ProBook 455\nDell Latitude 7390",
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
    "Seminar\nApr. 22\nLisbon",
    "History\nEst. 2004\nAlberta",
    "Sheet\nCol. 7\nRow 3\nPerth",
    "Load Test 7\nIndia",
    "Flat 6\nMark",
    "Route 9\nNevada",
    "Cheers\nJordan\nUnit 15",
    "Lane 8\nCentre",
    "Park 2\nBest",
])
def test_lists_and_signatures_without_an_address_are_kept(text):
    assert redact_address_blocks(text) == text
    assert "[address]" not in redact_text(text)


def test_a_found_address_does_not_take_a_list_after_it():
    text = "[address]\nDell 5440\nHP 840\nLenovo 1440"
    assert redact_address_blocks(text) == text


def test_places_are_keyed_in_every_script_and_hold_no_everyday_word_or_given_name():
    assert place_key("Malaysia") in places() and place_key("Deutschland") in places()
    assert place_key("Service") not in places() and place_key("Windows") not in places()
    # words that name a town somewhere but are far more often a word or a given name
    for word in ("best", "force", "centre", "anna", "mark"):
        assert word not in places(), word


@pytest.mark.parametrize("hostile", [
    "Lindenweg 3\n" * 7_000, "[address]\n" * 10_000, "Ab 1234\nMalaysia\n" * 5_000, "A\n" * 50_000,
    "\n" * 100_000, ("Xy " * 6 + "\n") * 5_000, "Ab" + "c" * 100_000, "[name] 4\n" * 12_000,
    "Tom\nLindenweg 3\nPeru\nChile\n" * 5_000, "Jl. Ab 3\n" * 10_000,
])
def test_many_short_lines_are_read_in_linear_time(hostile):
    started = time.process_time()
    redact_address_blocks(hostile[:100_000])
    assert time.process_time() - started < 3.0
