"""Personal data found by shape and structure whatever the cue language (redaction round 6):
passwords by the symbols password rules ask for, a password word after its value, hedged
recollections; addresses of many countries' orders read as a street core and its comma parts, with
the street-type words of Faker's locales; staff ids with letters around the digits; machine names
made of a site, a unit and a surname cut short; accounts moved in or out of groups; obfuscated
e-mails wrapped in underscores or words in brackets; and the look-alikes the same rules keep.
Every value is invented for these tests."""
from __future__ import annotations

import re

import pytest

from kbgen.suggest.pii_addresses import street_types
from kbgen.suggest.pii_secrets import strong_password
from kbgen.suggest.pii_shapes import redact_addresses
from kbgen.suggest.redact import redact_text


def _gone(secret: str, text: str) -> bool:
    return not re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", text)


# ----------------------------------------------------------------------------- passwords


@pytest.mark.parametrize("secret", ["Vq3!harbour", "Lund#2207", "pine.71!P", "9Gull$fen", "Ko4@ttr88"])
def test_a_token_mixing_letters_digits_and_a_password_symbol_is_removed_without_any_cue(secret):
    red = redact_text(f"The caller typed {secret} twice before the lockout.")
    assert _gone(secret, red) and "[password]" in red


@pytest.mark.parametrize("keep", ["Ctrl+Shift+F5", "Win+R", "#INC0048213", "#3A9F1C", "v2.14.1+build7",
                                  "timeout=30s", "=VLOOKUP(A2:B9)", "ops@helpdesk.example.org", "C++20",
                                  "https://intranet.example.org/a?x=1&y=2"])
def test_shortcuts_references_colours_versions_settings_formulas_and_urls_are_no_strong_password(keep):
    assert not strong_password(keep)


def test_letters_joined_by_a_symbol_after_a_password_cue_are_removed_but_a_key_chord_stays():
    red = redact_text("temporary password: maple+elpam, then press Ctrl+Alt+Del")
    assert _gone("maple+elpam", red) and "Ctrl+Alt+Del" in red
    assert _gone("Tarn+nrat", redact_text("passwd=Tarn+nrat"))


def test_a_password_word_after_the_value_names_it_but_a_product_before_it_stays():
    red = redact_text("Hx7pr4Lm is the password I set for him.")
    assert _gone("Hx7pr4Lm", red)
    assert "Office365" in redact_text("Office365 password expired this morning.")


def test_a_hedged_recollection_announces_the_value_after_it():
    red = redact_text("he thinks it was Borealis_512 but is not sure")
    assert _gone("Borealis_512", red)
    assert "5CG3211XYZ" in redact_text("I think it is 5CG3211XYZ on the sticker")  # two classes: a serial


# ----------------------------------------------------------------------------- addresses


def test_the_street_types_come_from_many_locales():
    types = street_types()
    assert {"ulica", "utca", "Calle", "Rua", "Jalan"} <= types
    assert any(not w.isascii() for w in types)  # Cyrillic and Greek street words too


@pytest.mark.parametrize("address", [
    "просп. Шевченка 14, кв. 31, Одеса 65058",  # type first, Cyrillic, flat abbreviation
    "Rákóczi út 72, 3. em., 1074 Budapest",  # name, type, number
    "Kossuth utca 5",  # only with a postcode and town before it, see below
    "880, boul. des Érables Est, app. 12, Gatineau (Québec) J8T 2B4",  # number first, then the type
    "Plot 7, Airport Road, Tema, Accra",  # a designator and its number
    "D.No. 12-4-81, Gandhi Nagar, Vijayawada 520003",
    "Sokolská 2214/12, 120 00 Praha 2",  # a land-register number before the slash
])
def test_address_lines_of_many_orders_are_removed(address):
    text = f"Please send the token to {address}" if "Kossuth" not in address else f"Send to 3525 Miskolc, {address}"
    red = redact_text(text)
    assert _gone(address, red) and "[address]" in red


@pytest.mark.parametrize("keep", ["Berth 12, Quay 3 has no signal.", "Gate 4, Lane 2 barrier is stuck.",
                                  "Building 4, Level 2, Bay 9 needs a switch.", "Install Office 2019, Visio 2016",
                                  "Upgrade Windows 10 22H2 to Windows 11, 23H2", "Port 8443, VLAN 12 opened",
                                  "Rack 3, Row 7, Aisle 2"])
def test_places_inside_a_site_products_and_settings_are_no_address(keep):
    assert redact_addresses(keep) == keep


def test_a_street_core_alone_is_no_address():
    assert redact_addresses("Meet at Calle Mayor 4") == "Meet at Calle Mayor 4"


# ----------------------------------------------------------------------------- ids, accounts, hosts, e-mails, phones


@pytest.mark.parametrize("text,secret", [("staff no. Q7312K", "Q7312K"), ("employee #B90417", "B90417"),
                                         ("Personnel number 318-2207", "318-2207")])
def test_staff_ids_with_letters_around_the_digits_or_two_groups_are_removed(text, secret):
    assert _gone(secret, redact_text(text))


def test_a_date_after_an_id_word_stays_whole():
    assert "2026-01-14" in redact_text("employee id 2026-01-14 was the start date")


def test_an_id_beside_a_name_in_brackets_or_after_a_bar_is_removed():
    for text in ("Greta Lindahl [HR20931]", "Greta Lindahl / Q2093K", "Greta Lindahl | 209314"):
        red = redact_text(text, names=["Greta Lindahl"])
        assert "[employee-id]" in red and not re.search(r"\d{4}", red)


def test_accounts_moved_in_or_out_of_groups_and_numbered_accounts_with_a_check_letter_are_removed():
    red = redact_text("Please remove q_ferreira from the Payroll-RW group and add tk40912r to the finance DL")
    assert _gone("q_ferreira", red) and _gone("tk40912r", red)
    assert "h264" in redact_text("the h264 stream and the x86 build")


def test_a_machine_named_by_site_unit_and_a_cut_surname_is_removed_but_servers_stay():
    red = redact_text("Reimaged TRD-FIN-HALVO after the update; TRD-FS-02, OSL-CORE-SW01 and EU-WEST-PROD were fine")
    assert _gone("TRD-FIN-HALVO", red)
    for server in ("TRD-FS-02", "OSL-CORE-SW01", "EU-WEST-PROD"):
        assert server in red


def test_a_machine_name_holding_the_callers_surname_cut_to_five_letters_is_removed():
    assert _gone("BGO-HR-SOLBE", redact_text("Laptop BGO-HR-SOLBE will not boot", names=["Ingrid Solberg"]))


@pytest.mark.parametrize("address", ["mira.sol _at_ mailbox _dot_ org", "tove.berg@@mailbox.org",
                                     "jonas (kukac) mailbox (pont) hu", "ana *at* mailbox *dot* net"])
def test_e_mails_with_wrapped_or_doubled_at_signs_are_removed(address):
    red = redact_text(f"Reply to {address} please")
    assert "[email]" in red and "mailbox" not in red


def test_the_word_at_between_underscores_alone_is_no_email():
    assert redact_text("the _at_ sign is missing") == "the _at_ sign is missing"


def test_eight_digits_after_an_area_code_in_brackets_are_a_phone_but_a_year_is_no_area_code():
    assert "[phone]" in redact_text("mobile (47) 318-204")
    assert "(2024) 1234" in redact_text("Budget (2024) 1234 items")  # eight digits, but a year in brackets


def test_a_value_before_the_words_that_name_it_is_an_account_or_a_phone():
    red = redact_text("tvall3 is my login and 4417 2093 is my mobile")
    assert _gone("tvall3", red) and _gone("4417 2093", red)
    assert redact_text("this is my account") == "this is my account"
    assert "1204" in redact_text("room 1204 is the number on the door")


def test_a_quoted_or_code_span_account_after_a_user_cue_is_removed():
    assert _gone("evoss", redact_text('user: "evoss" cannot sign in'))
    assert _gone("pnyq4", redact_text("user `pnyq4` is locked"))
