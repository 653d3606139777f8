"""Round 13 review: leaks and over-redaction of the path-account and address-chain rules (own values)."""
from __future__ import annotations

import pytest

from kbgen.suggest.redact import redact_text

from test_suggest_redact_round9 import _seconds


@pytest.mark.parametrize("text, pieces", [
    ("Profile broken under C:\\Users\\Oskar Lindqvist\\AppData\\Roaming", ["Oskar", "Lindqvist"]),
    ("see /home/ines navarro/backup/notes.txt please", ["ines", "navarro"]),
    ("\\\\fs02\\profiles$\\Teodor Vasile\\Desktop is empty", ["Teodor", "Vasile"]),
])
def test_a_home_folder_account_runs_to_the_next_separator_spaces_included(text, pieces):
    out = redact_text(text)
    assert "[username]" in out and not any(p in out for p in pieces), out


def test_the_last_part_of_a_chain_takes_its_street_type_and_the_street_name():
    out = redact_text("please post to 69003 Lyon 3e, 14 rue Garibaldi before Friday")
    assert "Garibaldi" not in out and "rue" not in out and "69003" not in out, out


@pytest.mark.parametrize("text", [
    # record numbers with labels, not a postcode
    "Ticket 8812, Priority 3, assigned to the night shift",
    "Incident 6619, Impact 1, Urgency 3",
    "Zone 7, Sector 19, Grid Ref 3392",
    # a third part alone is no evidence
    "Monitor 24, Keyboard DE, Mouse",
    # in-building words of several languages
    "Seat 31, Row K, Auditorium",
    "Gebäude 7, Raum 214, Beamer defekt",
    "Bureau 9, Bâtiment C, 3e étage",
    "Sala 6, Edificio Sur, planta 1",
    # a city and ward, then a floor or a count: a site, not an address
    "名古屋市中区のオフィス5階でプリンターが止まった",
    "名古屋市中区の支店で3台のPCが起動しない",
    "부산시 해운대구 센텀로 12층 회의실",
])
def test_labelled_values_rooms_and_sites_are_no_address(text):
    assert "[address]" not in redact_text(text)


@pytest.mark.parametrize("text, pieces", [
    ("福岡県福岡市博多区博多駅前2-19-24", ["2-19-24"]),
    ("京都府京都市下京区四条通5丁目8番地に送付", ["5丁目8番地"]),
    ("서울특별시 종로구 세종대로 175 에 보내주세요", ["175"]),
])
def test_an_east_asian_address_needs_a_block_number(text, pieces):
    out = redact_text(text)
    assert "[address]" in out and not any(p in out for p in pieces), out


@pytest.mark.parametrize("text, account", [
    ("ran sudo -u jenkins ./build.sh", "jenkins"),
    ("ssh ubuntu@10.0.0.4 first", "ubuntu"),
    ("su - oracle then psql -U app_readonly mydb", "app_readonly"),
    ("open C:\\Users\\svc_sql\\logs now", "svc_sql"),
    ("chown -R nginx:nginx /var/www", "nginx:nginx"),
    ("mysql -u reporting -h db01", "reporting"),
])
def test_accounts_that_ship_with_systems_stay(text, account):
    assert account in redact_text(text)


def test_a_person_beside_a_group_still_goes():
    assert "tvoss" not in redact_text("chown -R tvoss:staff /srv/x")


def test_a_comma_heavy_line_costs_little():
    # fifty kilobytes of long comma parts with digits and words: each part is skipped before tokenising
    line = ("Lorem ipsum 12 dolor sit amet consectetur adipiscing elit sed do eiusmod tempor 2024 incididunt "
            "ut labore et dolore magna aliqua Ut enim ad minim veniam quis nostrud, ") * 320
    assert _seconds(line) < 1.0
