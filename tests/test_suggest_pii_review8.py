"""Round-8 review fixes of the redaction: everyday nouns before a state or after a name label are no
accounts, an announcing colon is no account/secret pair, a record's letter-number is no account, a
count of things is no address, overlapping address spans are merged, and measures are no codes.
Every value here is invented for these tests."""
from __future__ import annotations

import re

import pytest

from kbgen.suggest.pii_addresses import redact_postcode_lines
from kbgen.suggest.pii_secrets import redact_code_lines
from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("text", [
    "The garage door is locked again.", "The signing certificate is expired", "The macro is disabled in Word.",
    "Guest wifi is blocked on floor two", "Her phone was blocked by the carrier.",
])
def test_an_everyday_noun_before_a_state_is_no_account(text):
    assert redact_text(text) == text


def test_a_noun_before_a_state_is_not_learnt_as_an_account():
    text = "The printer is locked.\nPlease restart the printer tomorrow."
    assert redact_text(text) == text


@pytest.mark.parametrize("text, value", [
    ("tvance42 is locked out since Monday", "tvance42"), ("ext-rmoss got disabled overnight", "ext-rmoss"),
])
def test_an_account_shaped_value_before_a_state_goes(text, value):
    assert value not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Sender name is postmaster.", "Mailbox name is billing.", "Branch name is develop.", "Role name is editor",
])
def test_a_name_label_of_another_thing_keeps_a_plain_word(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text, value", [
    ("Sender name is h.ortega4.", "h.ortega4"), ("user name is pquill.", "pquill"),
    ("Benutzer name: wbrenner", "wbrenner"),
])
def test_a_user_name_label_or_an_account_shaped_value_still_goes(text, value):
    assert value not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Temp pw set, use this: Vq3!mz8Rk", "Reset done, see below: Vq3!mz8Rk", "New one in my reply: Vq3!mz8Rk",
])
def test_a_sentence_ended_by_a_colon_before_a_secret_is_no_account(text):
    red = redact_text(text)
    assert "[password]" in red and "[username]" not in red


@pytest.mark.parametrize("text, value", [
    ("creds: dkowal / Vq3!mz8Rk", "dkowal"), ("login fennick | Vq3!mz8Rk", "fennick"),
])
def test_a_pair_parted_by_a_slash_or_a_bar_still_names_its_account(text, value):
    red = redact_text(text)
    assert value not in red and "[username]" in red and "[password]" in red


@pytest.mark.parametrize("text", [
    "Reverted commit d7340126 this morning", "Part k5501823 is on back order", "Asset: b9023317 returned",
    "Record h4410982 was merged",
])
def test_a_letter_number_after_a_record_word_is_no_account(text):
    assert "[username]" not in redact_text(text)


def test_a_bare_letter_number_is_still_an_account():
    assert "m3370215" not in redact_text("please unlock m3370215 today")


@pytest.mark.parametrize("text", [
    "We lost 25 Tablets, 1800 Chargers", "Ordered 60 Headsets, 2400 Adapters for the rollout",
])
def test_counts_of_things_parted_by_a_comma_are_no_address(text):
    assert redact_text(text) == text


def test_overlapping_address_spans_are_merged_not_dropped():
    text = "Gasse 8, Haus 2, 6850 Dornbirn, Tor 5, 6900 Bregenz"
    red = redact_postcode_lines(text, frozenset(), re.compile(r"(?!)"))
    assert red == "[address]"


@pytest.mark.parametrize("line", [
    "The export took 739104 ms to finish", "Mailbox holds 262144 bytes now", "Invoice of 318800 cents pending",
    "Outbox length 250000 messages", "Dock charger KT4M9Q lost",
])
def test_a_number_with_a_unit_or_a_counted_noun_is_no_code(line):
    assert redact_code_lines(line) == line


def test_a_code_line_in_another_language_still_goes():
    assert redact_code_lines("Msimbo 604918 umekataliwa") == "Msimbo [code] umekataliwa"
