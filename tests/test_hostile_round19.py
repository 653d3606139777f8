"""Round 19 hostile sweep of what ``kbgen suggest`` reads: headers given twice (a NUL removed from a
header too), and each hostile shape read in bounded time with every problem told at once, no traceback."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kbgen.suggest.importers import load_tickets

HEADER = "number,opened_at,short_description,description\n"


def _load(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return load_tickets([path], "auto", None)


@pytest.mark.parametrize("header", ["number,Number,opened_at,short_description",
                                    "num\x00ber,number,opened_at,short_description",
                                    "number, NUMBER ,opened_at,short_description"])
def test_a_header_given_twice_for_a_field_of_one_value_is_told(tmp_path, header):
    """The second id column was silently never read (and a NUL removed from a header made two equal)."""
    result = _load(tmp_path, "t.csv", (header + "\nINC1,INC2,2025-01-01 09:00,printer jam\n").encode("utf-8"))
    assert [t.ticket_id for t in result.tickets] == ["INC1"]
    told = [(d.line, d.severity.value, d.message) for d in result.diagnostics if "given 2 times" in d.message]
    assert len(told) == 1 and told[0][:2] == (1, "warning")
    assert told[0][2].endswith("(columns 1, 2): each row's first non-empty value of them is read as its id")


def test_a_date_given_twice_is_read_from_its_first_non_empty_column(tmp_path):
    """As the warning says: the date was read from the first column only, so a row whose first
    date cell is empty lost a date the second column held."""
    result = _load(tmp_path, "t.csv", b"number,opened_at,opened_at,short_description\n"
                                      b"INC1,2025-03-03 09:00,2025-03-05 09:00,printer jam\n"
                                      b"INC2,,2025-03-04 10:00,wifi slow\n")
    assert [(t.ticket_id, t.opened.isoformat()) for t in result.tickets] == [
        ("INC1", "2025-03-03T09:00:00+00:00"), ("INC2", "2025-03-04T10:00:00+00:00")]
    assert not [d for d in result.diagnostics if "date is empty" in d.message]


def test_json_keys_in_two_spellings_across_records_are_no_header_given_twice(tmp_path):
    """A JSON export's headers are the union of its records' keys: one record's "subject" and
    another's "Subject" are no header line that gives a column twice."""
    records = [{"number": "INC1", "subject": "printer jam", "opened_at": "2025-03-03 09:00"},
               {"number": "INC2", "Subject": "vpn drops", "opened_at": "2025-03-03 10:00"}]
    path = tmp_path / "t.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = load_tickets([path], "json", {"id": "number", "title": "subject", "opened": "opened_at"})
    assert [t.subject for t in result.tickets] == ["printer jam", "vpn drops"]
    assert not [d for d in result.diagnostics if "given" in d.message]


def test_columns_of_a_field_of_many_values_are_all_read_and_not_told(tmp_path):
    result = _load(tmp_path, "t.csv", b"number,Comments,comments,opened_at,short_description\n"
                                      b"INC1,first note,second note,2025-01-01 09:00,printer jam\n")
    assert [t.comments for t in result.tickets] == [("first note", "second note")]
    assert not [d for d in result.diagnostics if "given" in d.message]


def test_a_header_line_of_thousands_of_repeats_is_told_in_bounded_lines(tmp_path):
    header = "number,opened_at,short_description," + ",".join(["description"] * 5_000 + [f"id{k}" for k in range(30)])
    result = _load(tmp_path, "t.csv", (header + "\nINC1,2025-01-01 09:00,s,d\n").encode("utf-8"))
    told = [d.message for d in result.diagnostics if "given" in d.message]
    assert len(told) == 1 and "5,000 times (columns 4, 5, 6, 7, 8 and 4,995 more)" in told[0]


@pytest.mark.parametrize("name,data", [
    ("bom.csv", ("\ufeff" + HEADER + "INC1,2025-01-01 09:00,printer jam,paper stuck\n").encode("utf-8")),
    ("mixed.csv", HEADER.encode() + "INC1,2025-01-01 09:00,café,x\n".encode("utf-8")
     + "INC2,2025-01-01 09:00,caf\xe9,y\n".encode("cp1252")),
    ("field.csv", HEADER.encode() + b'INC1,2025-01-01 09:00,subject,"' + b"a b\n" * 1_250_000 + b'"\n'),
    ("wide.csv", HEADER.encode() + b"INC1,2025-01-01 09:00,s,d" + b",x" * 1_000_000 + b"\n"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000),
    ("deep.jsonl", b'{"id": "1", "subject": "s"}\n' + b"[" * 100_000 + b"]" * 100_000 + b"\n"),
    ("nul.csv", HEADER.encode() + b"INC1,2025-01-01 09:00,prin\x00ter,d\x00\n"),
    ("nul.json", b'[\x00{"number": "1", "opened_at": "2025-01-01 09:00", "short_description": "s\x00"}\x00]'),
], ids=lambda value: value if isinstance(value, str) else "")
def test_hostile_exports_are_read_in_bounded_time_without_a_traceback(tmp_path, name, data):
    from conftest import cpu_seconds

    result = []
    assert cpu_seconds(lambda: result.append(_load(tmp_path, name, data))) < 20
    for diagnostic in result[0].diagnostics:
        assert diagnostic.path.endswith(name) and diagnostic.message


def test_the_cli_tells_every_bad_export_at_once(tmp_path, make_project):
    from kbgen.cli import main

    project = make_project({})
    (tmp_path / "a.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (tmp_path / "b.csv").write_bytes(b"")
    (tmp_path / "c.json").write_text(json.dumps({"result": "x"}), encoding="utf-8")
    result = CliRunner().invoke(main, ["suggest", str(tmp_path / "a.json"), str(tmp_path / "b.csv"),
                                       str(tmp_path / "c.json"), "--project", str(project)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    for name in ("a.json", "b.csv", "c.json"):
        assert f"{name}:" in result.output and ": error: " in result.output, result.output
