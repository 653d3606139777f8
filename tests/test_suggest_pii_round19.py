"""Round 19 of personal-data redaction: a machine's or an account's label before a long run of blanks
read in linear time; counts, settings and firms' names that an address or a password rule took for
values (own words and values, none of any bank's)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kbgen.suggest import pii_address_model
from kbgen.suggest.redact import redact_text


@pytest.mark.parametrize("hostile", [
    "hostname" + " " * 100_000 + ":", "device name" + " " * 100_000 + ":", "Hostname is" + "\t" * 100_000 + "=",
    "user name" + " " * 100_000 + ":", "laptop" + " :" * 50_000, "account" + " " * 100_000 + "|",
    "File name" + " " * 100_000 + ":", "address" + " " * 100_000 + "-",
])
def test_a_label_then_a_long_run_of_blanks_is_redacted_in_linear_time(hostile):
    started = time.process_time()
    redact_text(hostile)
    assert time.process_time() - started < 5.0  # quadratic in the run it took minutes


@pytest.mark.parametrize("text, value", [
    ("hostname   :   lt-rvk-0417x", "lt-rvk-0417x"), ("Device name = ws88731q", "ws88731q"),
    ("user name  :   okoro.b7", "okoro.b7"),
])
def test_a_label_with_blanks_around_its_separator_still_finds_its_value(text, value):
    assert value not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Could you send it to 3 Managers before the review?", "Please forward to 2 Directors and the panel.",
    "ship them to 4 Teams tomorrow", "send it to 12 Leads.",
])
def test_a_count_of_recipients_after_a_sending_verb_is_no_address(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text, value", [
    ("send it to 7 Quillon Crescent", "7 Quillon Crescent"), ("ship the dock to 31 Larkmoor Road, Fenwick", "Larkmoor"),
    ("post them to 5 Rue de la Verrerie", "Verrerie"), ("ship to 22 Larkmoor street please", "Larkmoor"), ("please courier it to 88 Tamsin Way please", "Tamsin"),
])
def test_a_street_after_a_sending_verb_is_still_an_address(text, value):
    assert value not in redact_text(text)


@pytest.mark.parametrize("text", [
    "the password policy sets MinLength=12 for everyone", "password rules: lockoutThreshold=10 and MaxAge=90",
    "password history: RememberPrevious=24", "password complexity RequireSymbols=true",
])
def test_a_setting_of_a_password_policy_is_no_password(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "tried Harlow&Finch when signing in", "I tried Pixel+Frame and it would not load",
    "I tried Brook+Vale password reset", "Kiln&Loom password expired yesterday",
])
def test_a_firm_named_by_words_joined_with_a_symbol_after_tried_is_kept(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text, value", [
    ("Moss+Cinder is my password", "Moss+Cinder"), ("Wren&Harbor was the password I used", "Wren&Harbor"),
    ("tried Slate+Ivy as my password", "Slate+Ivy"), ("I entered Dune&Cobalt as the new password", "Dune&Cobalt"),
    ("typed Pine@Ledger for the password", "Pine@Ledger"), ("ich habe Eule&Mond als Passwort getippt", "Eule&Mond"),
    ("password: Birch+Otter", "Birch+Otter"),
])
def test_a_join_the_sentence_calls_the_password_is_redacted(text, value):
    assert value not in redact_text(text)


@pytest.mark.parametrize("text, value", [
    ("my new password is AutumnRain=17", "AutumnRain=17"), ("password: GreenLeaf=2031", "GreenLeaf"),
    ("Passwort: NachtZug=off", "NachtZug"), ("password = 'CopperKey=9'", "CopperKey"),
])
def test_a_setting_shape_right_in_a_password_slot_is_redacted(text, value):
    assert value not in redact_text(text)


def test_a_password_label_and_its_separator_stay_before_a_value_with_equals():
    assert redact_text("pwd=MorningTide=3") == "pwd=[password]"


@pytest.mark.parametrize("text, value", [
    ("password: Quarry+Lantern", "Quarry+Lantern"), ("my new password is Gorse&Ember", "Gorse&Ember"),
    ("tried Quarry+Lantern8 and it failed", "Quarry+Lantern8"), ("I typed heron#sleet as my password", "heron#sleet"),
    ("password=MaxLen7x", "MaxLen7x"), ("password: Tv8#kq2Lw", "Tv8#kq2Lw"),
])
def test_secrets_of_those_shapes_are_still_read(text, value):
    assert value not in redact_text(text)


# ----------------------------------------------------------------------------- address lines by shape

def test_the_shipped_address_model_reads_the_features_of_its_module():
    data = json.loads((Path(pii_address_model.__file__).with_name("address_model.json")).read_text(encoding="utf-8"))
    assert tuple(data["features"]) == pii_address_model.FEATURES
    assert len(data["weights"]) == len(pii_address_model.FEATURES) and 0.5 <= data["threshold"] < 1


@pytest.mark.parametrize("text, value", [
    ("Regards,\nTomasz\nul. Wierzbowa 17/4, 90-245 Łódź", "Wierzbowa"),
    ("Sent from home:\n41 Quarry Row, Brindle BR4 7TQ", "Brindle"),
])
def test_an_address_line_is_read_by_its_shape(text, value):
    assert value not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Fixed in 3.14.2, 3.15.0 and 4.0.1", "Updated drivers, rebooted, tested with 2 users",
    "Steps 1, 2 and 3 done; ticket 44871 closed", "Order PO-99231, qty 12, Dell U2723QE",
    "Battery 45%, cycle count 812, health Good", "Notes:\nRebooted twice, 3 retries, error 0x80070005",
    "Checked:\nWindows 11 23H2, Office 2021, Teams 24193",
])
def test_lines_of_numbers_that_are_no_address_are_kept(text):
    assert redact_text(text) == text


def test_a_huge_line_is_no_candidate_and_costs_linear_time():
    text = "Notes:\n" + "Kestrel 12, " * 20_000 + "\n" + "9" * 100_000
    started = time.process_time()
    pii_address_model.redact_address_lines(text)
    assert time.process_time() - started < 3.0


@pytest.mark.parametrize("text", [
    "Stock:\nDepot 4, Shelf 217, Bin C",  # English
    "Bestand:\nHalle 2, Palette 318, Ebene A",  # German
    "Scorte:\nDeposito 5, Corsia 119, Cassetto D",  # Italian
    "Existencias:\nBodega 6, Pasillo 215, Caja A",  # Spanish
    "Stock :\nDépôt 3, Allée 216, Case D",  # French
    "Voorraad:\nLoods 7, Stelling 312, Vak B",  # Dutch
    "Bill 4471, Total 380, Paid yes", "Readings:\nSensor 14, Pressure 1013 hPa, Humidity 55",
    "Queue:\nPqr 221, Stu 17, Vwx K",
])
def test_a_record_or_inventory_line_of_labels_and_values_is_no_address(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text, value", [
    ("Regards\nNoor\nVilla 17, Street 318, Block 4, Salmiya", "Salmiya"),  # label-value parts, then a town and more
    ("Regards\nIda\nTorsgatan 118, Uppsala 75220", "Torsgatan"),  # a town and its postcode end the line
])
def test_an_address_of_label_and_value_parts_is_still_redacted(text, value):
    assert value not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Installed:\nSketch Studio 2018, Drafter 2018, Planner 2018",
    "Seen on:\nPhoto Lab 2022, Notes 2021, Cards 2022",
    "Licences:\nLedger Plus 2020, Mapmaker 2023, Viewer 2023",
])
def test_a_list_of_products_and_their_editions_is_no_address(text):
    assert redact_text(text) == text
    assert pii_address_model.redact_address_lines(text) == text


def _broken_model(tmp_path, monkeypatch, content: str | None):
    path = tmp_path / "address_model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(pii_address_model, "MODEL_PATH", path)
    pii_address_model._model.cache_clear()


@pytest.mark.parametrize("content", [None, "{not json", "[]", '{"features": ["bias"], "weights": [1], "threshold": 0.5}',
                                     json.dumps({"features": list(pii_address_model.FEATURES), "weights": ["x"],
                                                 "threshold": 0.9}),
                                     json.dumps({"features": list(pii_address_model.FEATURES),
                                                 "weights": [0.0] * len(pii_address_model.FEATURES), "threshold": 7})])
def test_a_broken_address_model_is_a_file_error_not_a_traceback(tmp_path, monkeypatch, content):
    from kbgen.errors import FileError
    from kbgen.suggest.model import Ticket
    from kbgen.suggest.redact import redact_tickets
    _broken_model(tmp_path, monkeypatch, content)
    try:
        with pytest.raises(FileError) as raised:
            redact_tickets([Ticket(ticket_id="T1", subject="printer", description="Note:\n12 Quarry Row, Brindle")])
        assert str(tmp_path / "address_model.json") in raised.value.report() and "error" in raised.value.report()
    finally:
        monkeypatch.undo()
        pii_address_model._model.cache_clear()


def test_kbgen_suggest_reports_a_broken_address_model_on_stderr(tmp_path, monkeypatch, make_project):
    from click.testing import CliRunner
    from conftest import article
    from kbgen.cli import main
    project = make_project({"content/articles/printer.md": article(
        "KB0001", "Printer jam - clear the tray", "Clear the paper tray and restart the printer.", summary="Jams.")})
    export = tmp_path / "export.csv"
    export.write_text("Key,Subject,Details,Created\nHD-1,printer jam,paper stuck,2026-01-02 09:00:00\n", encoding="utf-8")
    _broken_model(tmp_path, monkeypatch, "{not json")
    try:
        result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project),
                                           "--map", "id=Key,title=Subject,body=Details,opened=Created"])
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert "address_model.json: error:" in result.stderr
    finally:
        monkeypatch.undo()
        pii_address_model._model.cache_clear()


@pytest.mark.parametrize("text, value", [
    ("Courrier: BP 4417, Kayes-Plateau, Mali", "Kayes-Plateau"),  # a post-office box, a quarter, a country
    ("Recojo: Carrera Nogal 12-58 y Ceibo, Ibarra 100150.", "Nogal"),  # a street at a crossing, a town, its postcode
])
def test_an_address_line_no_rule_reads_is_found_by_the_model(text, value):
    assert value not in redact_text(text)


def test_those_lines_are_the_models_part(monkeypatch):
    """A line above is left by the rules: switched off, the model's finding is lost (the test can fail).
    (Since round 22 the post-office box line is read by the rules too: a known country after a quarter.)"""
    from kbgen.suggest import redact
    monkeypatch.setattr(redact, "redact_address_lines", lambda text: text)
    assert "Nogal" in redact_text("Recojo: Carrera Nogal 12-58 y Ceibo, Ibarra 100150.")
