"""Round 6's review of redaction and triage: bounded time on long tokens, ids with record parts,
and technical tokens and place words that are nobody's data (values written for these tests)."""
from __future__ import annotations

import time

import pytest

from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("text", ["q" * 40_000 + " Pa55w0rd!x", "k-" * 20_000 + "#"], ids=["letters", "dashes"])
def test_a_long_token_is_read_in_linear_time(text):
    """The cue-free password scan and the masked-name pattern were tried at every position of a
    long token with no symbol (10 s for 40,000 characters); the limit here is generous."""
    from kbgen.suggest.triage import _GLUED_SLOT

    redact_text("warm up: patterns compiled, word lists read")
    started = time.process_time()
    redact_text(text)
    _GLUED_SLOT.sub(" ", text)
    assert time.process_time() - started < 1.5


@pytest.mark.parametrize("text, value", [
    ("payroll number 8812034/3 on the form", "8812034/3"),
    ("personnel no 330719.2 please", "330719.2"),
    ("badge nr 2231-0087-4 at reception", "2231-0087-4"),
])
def test_an_id_with_a_sequence_or_check_part_is_redacted_whole(text, value):
    out = redact_text(text)
    assert "[employee-id]" in out and not any(part in out for part in value.replace("/", " ").replace(".", " ").split("-"))


@pytest.mark.parametrize("text", [
    "Hot Desk Station 3, Floor 2, Bay 9",
    "Power Point 2016, Visio 2016, Project 2016",
    "Server Center 2, Row 5, Rack 11",
])
def test_technical_tokens_and_office_places_are_kept(text):
    assert redact_text(text) == text


def test_a_strong_password_with_a_symbol_inside_is_still_redacted_without_a_cue():
    assert redact_text("logged in with Maple#Rover58 this morning") == "logged in with [password] this morning"


@pytest.mark.parametrize("text", ["Ines Marr INC0048812 printer", "KB4471203 - Ines Marr said", "Ines Marr / CHG0091234"])
def test_a_record_number_beside_a_name_is_kept(text):
    """A ticket's, a change's or an article's number beside a person is a record, not their id."""
    out = redact_text(text, ["Ines Marr"])
    assert "[name]" in out and "[employee-id]" not in out


@pytest.mark.parametrize("subject, kind", [("training", None), ("UAT", None), ("training call", "test"),
                                           ("demo ticket", "test")])
def test_a_rehearsal_word_alone_is_no_test(subject, kind):
    """A bare "training" or "UAT" asks for it or names a system; with a word that names nothing
    ("call", "ticket") it labels a rehearsal."""
    from kbgen.suggest.triage import empty_kind

    assert empty_kind(subject) == kind
