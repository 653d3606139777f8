"""Ticket importers: text helpers, every dev export, every edge case, generic CSV/JSON mapping."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata

import pytest

from conftest import SHARED
from kbgen.errors import Severity
from kbgen.suggest.importers import load_tickets
from kbgen.suggest.importers.text import (html_to_text, jira_to_text, parse_date, split_jira_comment,
                                          split_journal)

DEV = SHARED / "eval" / "tickets" / "dev"
EDGE = DEV / "edge-cases"
needs_dev = pytest.mark.skipif(not (DEV / "truth.csv").exists(), reason="evaluation data not present")

EXPORTS = {  # file -> truth.csv column holding its ids
    "servicenow.csv": "servicenow", "servicenow-labels.csv": "servicenow", "servicenow.json": "servicenow",
    "jira.csv": "jira_key", "zendesk.json": "zendesk", "freshservice.csv": "freshservice",
}


# ----------------------------------------------------------------------------- text helpers

def test_html_to_text_keeps_blocks_and_unescapes():
    markup = ('<div dir="ltr"><div>Hi &amp; hello<br>line two</div><pre>log  line\n  indented</pre>'
              '<blockquote>quoted</blockquote><script>alert(1)</script><ul><li>one</li><li>two</li></ul></div>')
    assert html_to_text(markup) == "Hi & hello\nline two\n\nlog  line\n  indented\n\nquoted\n\n- one\n- two"


def test_jira_markup_is_reduced():
    text = "Intro\n\n{noformat}\nError 42\n{noformat}\n\n{quote}\nFrom: a\n{quote}\n\n* first\n* second [site|http://x]"
    assert jira_to_text(text) == "Intro\n\nError 42\n\nFrom: a\n\n- first\n- second site (http://x)"


def test_jira_comment_prefix_is_split_off():
    when, author, text = split_jira_comment("06/Mar/26 9:36 PM;amorgan;Known issue; rolled back.")
    assert (when, author, text) == (dt.datetime(2026, 3, 6, 21, 36, tzinfo=dt.timezone.utc), "amorgan",
                                    "Known issue; rolled back.")
    assert split_jira_comment("no prefix here") == (None, "", "no prefix here")
    assert split_jira_comment("2026-03-06 21:36;Jane Smith;done; thanks")[1:] == ("Jane Smith", "done; thanks")


def test_servicenow_journal_is_split_oldest_first_without_headers():
    journal = ("2026-03-06 21:16:44 - Hamish Andersson (Additional comments)\nany update?\n\n"
               "2026-03-06 20:39:53 - Mike Donnelly (Work notes)\nWaiting on vendor.\nSecond line.\n")
    entries = split_journal(journal)
    assert [body for _, _, body in entries] == ["Waiting on vendor.\nSecond line.", "any update?"]
    assert [kind for _, kind, _ in entries] == ["Work notes", "Additional comments"]


@pytest.mark.parametrize("value, expected", [
    ("2026-03-04 09:12:55", dt.datetime(2026, 3, 4, 9, 12, 55, tzinfo=dt.timezone.utc)),
    ("2026-03-04T09:12:55Z", dt.datetime(2026, 3, 4, 9, 12, 55, tzinfo=dt.timezone.utc)),
    ("2026-03-04T09:12:55+01:00", dt.datetime(2026, 3, 4, 8, 12, 55, tzinfo=dt.timezone.utc)),
    ("09/Oct/25 1:42 PM", dt.datetime(2025, 10, 9, 13, 42, tzinfo=dt.timezone.utc)),
    ("31/02/2026 25:61", None), ("yesterday morning", None), ("", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# ----------------------------------------------------------------------------- the six dev exports

def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _cp1252(text: str) -> str:
    return text.encode("cp1252", "replace").decode("cp1252")


@pytest.fixture(scope="module")
def dev_exports():
    with open(DEV / "truth.csv", newline="", encoding="utf-8") as handle:
        truth = list(csv.DictReader(handle))
    loaded = {}
    for name, column in EXPORTS.items():
        result = load_tickets([DEV / name])
        to_truth = {row[column]: row["ticket_id"] for row in truth}
        loaded[name] = (result, {to_truth[t.ticket_id]: t for t in result.tickets})
    return truth, loaded


@needs_dev
@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_each_export_reads_the_same_3000_tickets(dev_exports, name):
    truth, loaded = dev_exports
    result, by_truth = loaded[name]
    assert not result.diagnostics and result.skipped == 0
    assert len(result.tickets) == 3000 and set(by_truth) == {row["ticket_id"] for row in truth}
    reference = loaded["servicenow.json"][1]
    convert = _cp1252 if name == "servicenow-labels.csv" else (lambda s: s)
    for tid, ticket in by_truth.items():
        assert _norm(ticket.subject) == _norm(convert(reference[tid].subject)), tid
    descriptions_equal = sum(_norm(t.description) == _norm(convert(reference[tid].description))
                             for tid, t in by_truth.items())
    assert descriptions_equal == 3000
    assert all(t.opened is not None and t.opened.tzinfo is not None for t in by_truth.values())


@needs_dev
def test_comments_agree_across_formats(dev_exports):
    _, loaded = dev_exports
    zendesk = loaded["zendesk.json"][1]
    expected = {tid: [_norm(c) for c in t.comments] + ([_norm(t.close_notes)] if t.close_notes else [])
                for tid, t in zendesk.items()}
    for name in ("jira.csv",):
        got = {tid: [_norm(c) for c in t.comments] + ([_norm(t.close_notes)] if t.close_notes else [])
               for tid, t in loaded[name][1].items()}
        assert sum(got[tid] == expected[tid] for tid in expected) == 3000
    same = 0
    for tid, ticket in loaded["servicenow.csv"][1].items():
        thread = list(expected[tid])
        if thread and ticket.close_notes and thread[-1] == _norm(ticket.close_notes):
            thread.pop()
        same += [_norm(c) for c in ticket.comments] == thread
    assert same == 3000


@needs_dev
def test_no_markup_or_prefix_or_mojibake_survives(dev_exports):
    _, loaded = dev_exports
    jira = loaded["jira.csv"][1].values()
    prefix = re.compile(r"^\d{1,2}/[A-Z][a-z]{2}/\d{2} \d{1,2}:\d{2} [AP]M;")
    assert not any(prefix.match(c) for t in jira for c in t.comments)
    assert not any("{noformat}" in t.description or "{quote}" in t.description for t in jira)
    fresh = loaded["freshservice.csv"][1].values()
    assert not any(re.search(r"</?(div|br|pre|blockquote)\b", t.description) or "&amp;" in t.description
                   for t in fresh)
    labels = loaded["servicenow-labels.csv"][1].values()
    text = "\n".join(t.description + t.caller for t in labels)
    assert "Müller" in text and not re.search("Ã|â€", text)
    journal_header = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d - .+ \((Additional comments|Work notes)\)")
    assert not any(journal_header.search(c) for t in loaded["servicenow.csv"][1].values() for c in t.comments)


@needs_dev
def test_zendesk_comments_file_given_explicitly_is_attached(tmp_path):
    (tmp_path / "export.json").write_bytes((DEV / "zendesk.json").read_bytes())
    (tmp_path / "thread.json").write_bytes((DEV / "zendesk-comments.json").read_bytes())
    result = load_tickets([tmp_path / "export.json", tmp_path / "thread.json"])
    assert len(result.tickets) == 3000
    assert sum(len(t.comments) + bool(t.close_notes) for t in result.tickets) == \
        len(json.loads((DEV / "zendesk-comments.json").read_text(encoding="utf-8"))["comments"])


# ----------------------------------------------------------------------------- edge cases

def _expectations():
    if not (EDGE / "expectations.json").exists():
        return []
    return json.loads((EDGE / "expectations.json").read_text(encoding="utf-8"))


def _names_row(diagnostic, row: int) -> bool:
    """The diagnostic names ``row``: at its line or among its listed rows ("rows 3, 5 and 8");
    the count of rows left unlisted ("and 4 more") is not a row."""
    listed = rf"\brows? (?:\d+(?:, | and ))*{row}\b(?! more)"
    return diagnostic.line == row or bool(re.search(listed, diagnostic.message))


def test_names_row_reads_listed_rows_not_the_count_left_unlisted():
    """A warning over many rows lists its first rows and "and N more": N is a count, not a row."""
    from kbgen.suggest.importers.reading import ROWS_LISTED, RowWarnings

    diagnostics: list = []
    rows = RowWarnings("export.csv", diagnostics)
    first = 10
    for row in range(first, first + ROWS_LISTED + 3):
        rows.add(row, "opened", "the opened date cannot be read")
    rows.finish()
    assert all(_names_row(diagnostics[0], row) for row in range(first, first + ROWS_LISTED))
    assert not _names_row(diagnostics[0], 3) and not _names_row(diagnostics[0], first + ROWS_LISTED)


@needs_dev
@pytest.mark.parametrize("case", _expectations(), ids=lambda c: c["file"])
def test_edge_case_behaves_as_expected(case):
    path = EDGE / case["file"]
    result = load_tickets([path])  # must never raise
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    warnings = [d for d in result.diagnostics if d.severity is Severity.WARNING]
    assert all(d.path == str(path) for d in result.diagnostics)
    if case["expect"] == "error":
        assert errors, result.diagnostics
        for row in case["rows"]:
            assert any(d.line == row for d in errors)
        for line in case["lines"]:
            assert any(f"line {line}" in d.message for d in errors)
    elif case["expect"] == "warning":
        assert warnings and not errors, result.diagnostics
        for row in case["rows"]:
            assert any(_names_row(d, row) for d in warnings), (row, [d.format() for d in warnings])
    else:
        assert not errors and result.tickets, result.diagnostics
    if case["expect"] != "error" or case["rows"]:
        assert case["file"] in ("header-only.csv",) or result.tickets


@needs_dev
def test_edge_case_details():
    dup = load_tickets([EDGE / "duplicate-ids.csv"])
    assert dup.skipped == 1 and any("INC0020804" in d.message and "rows 1 and 3" in d.message
                                    for d in dup.diagnostics)
    mixed = load_tickets([EDGE / "mixed-encoding.csv"])
    text = "\n".join(t.subject + t.description + t.caller for t in mixed.tickets)
    assert "Müller" in text and "€" in text and "“" in text and "Ã" not in text
    nulls = load_tickets([EDGE / "zendesk-nulls.json"])
    assert nulls.skipped == 1 and [t.ticket_id for t in nulls.tickets] == ["2"]
    refs = load_tickets([EDGE / "servicenow-display-refs.json"])
    assert {"Andrew Walker", "Sunita Ali"} <= {t.caller for t in refs.tickets}
    huge = load_tickets([EDGE / "huge-description.csv"])
    assert max(len(t.description) for t in huge.tickets) <= 20_000
    semi = load_tickets([EDGE / "semicolon-delimited.csv"])
    assert semi.tickets[0].ticket_id == "INC0020819" and semi.tickets[0].subject.startswith("Fwd:")
    quote = load_tickets([EDGE / "unclosed-quote.csv"])
    assert [t.ticket_id for t in quote.tickets] == ["INC0020798", "INC0020799"]
    injected = load_tickets([EDGE / "html-injection.csv"])
    assert "<script>" in injected.tickets[0].subject  # kept as plain text; writers escape it
    missing = load_tickets([EDGE / "missing-column.csv"])
    assert "short_description" in missing.diagnostics[0].message
    unknown = load_tickets([EDGE / "unknown-format.csv"])
    assert "not recognised" in unknown.diagnostics[0].message and "Body text" in unknown.diagnostics[0].message


@needs_dev
def test_whole_folder_reports_every_problem():
    files = sorted(p for p in EDGE.iterdir() if p.suffix in (".csv", ".json") and p.name != "expectations.json")
    result = load_tickets(files)
    named = {d.path for d in result.diagnostics}
    for case in _expectations():
        if case["expect"] != "ok":
            assert str(EDGE / case["file"]) in named, case["file"]
    assert len(result.tickets) > 20


# ----------------------------------------------------------------------------- generic CSV / JSON

def test_generic_csv_with_a_column_mapping(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text("Ref,Title,Details,When,Who\nA-1,Printer jam,Tray 2 jams,2026-01-05 10:00,Jane Roe\n"
                    "A-2,VPN drops,Every hour,05/01/2026 11:00,John Doe\n", encoding="utf-8")
    mapping = {"id": "Ref", "title": "Title", "body": "Details", "opened": "When", "caller": "Who"}
    result = load_tickets([path], columns=mapping)
    assert not result.diagnostics
    assert [(t.ticket_id, t.subject, t.description, t.caller) for t in result.tickets] == [
        ("A-1", "Printer jam", "Tray 2 jams", "Jane Roe"), ("A-2", "VPN drops", "Every hour", "John Doe")]
    assert result.tickets[1].opened == dt.datetime(2026, 1, 5, 11, 0, tzinfo=dt.timezone.utc)


def test_generic_csv_guesses_common_headers_when_format_is_csv(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text("id,subject,description\n1,Laptop slow,It is slow\n", encoding="utf-8")
    assert load_tickets([path]).errors  # auto: not a known export
    result = load_tickets([path], fmt="csv")
    assert [t.subject for t in result.tickets] == ["Laptop slow"] and not result.diagnostics


def test_mapping_errors_name_the_column(tmp_path):
    path = tmp_path / "desk.csv"
    path.write_text("Ref,Title\n1,x\n", encoding="utf-8")
    result = load_tickets([path], columns={"title": "Subject"})
    assert any('mapped column "Subject" not found' in d.message for d in result.errors)
    result = load_tickets([path], columns={"colour": "Title"})
    assert any("not a ticket field" in d.message for d in result.errors)


def test_generic_json_list_and_jsonl(tmp_path):
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"key": "K-1", "summary": "No sound", "body": "<p>Speakers &amp; mic</p>"}]),
                      encoding="utf-8")
    result = load_tickets([listed], fmt="json", columns={"id": "key", "title": "summary", "body": "body"})
    assert [(t.ticket_id, t.subject, t.description) for t in result.tickets] == [("K-1", "No sound", "Speakers & mic")]
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"id": 1, "title": "A"}\n{"id": 2, "title": "B"}\n', encoding="utf-8")
    assert [t.subject for t in load_tickets([lines], fmt="json").tickets] == ["A", "B"]


def test_keys_given_twice_in_json_lines_are_warned_once_per_key_and_bounded(tmp_path):
    """JSON Lines too; a key given three times says so; many distinct repeated keys are counted."""
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"id": "T-7", "title": "A", "title": "B", "title": "C"}\n'
                     '{"id": "T-8", "title": "D", "body": "x", "body": "y"}\n', encoding="utf-8")
    result = load_tickets([lines], fmt="json")
    assert [t.subject for t in result.tickets] == ["C", "D"]
    warned = sorted(d.message for d in result.diagnostics if "given" in d.message)
    assert warned == ["row 1: ticket T-7: key title given up to 3 times: the last value is used",
                      "row 2: ticket T-8: key body given twice: the last value is used"]
    many = tmp_path / "many.json"
    many.write_text("[" + ",".join('{"id": "W-%d", "title": "t", "k%d": 1, "k%d": 2}' % (n, n, n)
                                   for n in range(50)) + "]", encoding="utf-8")
    messages = [d.message for d in load_tickets([many], fmt="json").diagnostics if "given" in d.message]
    assert len(messages) == 21 and messages[-1].startswith("30 more keys are given twice")


@pytest.mark.parametrize("opened, said", [("9999-05-01 08:00:00", "out of range"), ("0000-05-01 08:00", "out of range"),
                                          ("1969-12-31", "out of range"), ("12/05/20000", "out of range"),
                                          ("the day before", "cannot read")])
def test_an_opened_date_out_of_range_says_so(tmp_path, opened, said):
    export = tmp_path / "export.csv"
    export.write_text(f"Ticket,Title,Opened\nZ-1,Badge reader blinks amber,{opened}\n", encoding="utf-8")
    result = load_tickets([export], fmt="csv", columns={"id": "Ticket", "title": "Title", "opened": "Opened"})
    assert [t.opened for t in result.tickets] == [None]
    dated = [d.message for d in result.diagnostics if "date" in d.message]
    assert len(dated) == 1 and said in dated[0] and opened in dated[0], dated


def test_unreadable_path_and_unknown_format_are_errors(tmp_path):
    result = load_tickets([tmp_path / "missing.csv"])
    assert result.errors and "cannot read" in result.errors[0].message
    result = load_tickets([tmp_path / "missing.csv"], fmt="excel")
    assert result.errors and "unknown format" in result.errors[0].message


@pytest.mark.parametrize("name, content", [
    ("deep.json", "[" * 50000 + "]" * 50000),
    ("binary.csv", bytes(range(256)) * 40),
    ("book.xlsx", b"PK\x03\x04" + bytes(500)),
    ("scalar.json", '"hello"'),
    ("object.json", '{"a": 1}'),
    ("odd-shapes.json", '{"result": [1, "x", null, {"number": 5, "short_description": ["a", {"b": 1}]}]}'),
])
def test_hostile_files_give_diagnostics_not_tracebacks(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    for fmt in ("auto", "csv", "json", "servicenow", "jira", "zendesk", "freshservice"):
        result = load_tickets([path], fmt=fmt)
        assert result.diagnostics or result.tickets
        assert len(result.diagnostics) <= 5
        assert all(d.path == str(path) for d in result.diagnostics)


def test_format_json_on_a_csv_file_says_so(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("number,short_description,description\nINC1,VPN down,It fails\n", encoding="utf-8")
    result = load_tickets([export], fmt="json")
    assert [d.format() for d in result.errors] == [
        f"{export}: error: --format json was given, but the file is CSV (it does not start with '{{' or '['); "
        "leave --format out to detect the format, or give the matching one"]
    assert result.tickets == ()


def test_a_json_null_export_is_an_error(tmp_path):
    export = tmp_path / "export.json"
    export.write_text("null", encoding="utf-8")
    result = load_tickets([export])
    assert [d.message for d in result.errors] == ["the file holds JSON null, not tickets; export the tickets again"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_export_is_read_and_named(tmp_path, encoding):
    export = tmp_path / "export.csv"
    export.write_bytes("number,short_description,description,caller_id\nINC1,Café VPN down,It fails,Ana\n"
                       .encode(encoding))
    result = load_tickets([export])
    assert [t.subject for t in result.tickets] == ["Café VPN down"]
    assert [d.message for d in result.diagnostics if "UTF-16" in d.message] == [
        "the file is UTF-16 text; read as UTF-16 (save exports as UTF-8 where the tool allows it)"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_a_json_export_saved_as_utf16_without_a_json_name_is_read_as_json(tmp_path, encoding):
    from kbgen.suggest.importers import load_tickets
    rows = [{"number": "INC7001", "short_description": "badge reader at the north door rejects my card",
             "opened_at": "2026-03-02 09:00:00"}]
    export = tmp_path / "export.txt"
    export.write_bytes(json.dumps(rows).encode(encoding))
    for fmt in ("auto", "json"):
        result = load_tickets([export], fmt, None)
        assert [t.subject for t in result.tickets] == [rows[0]["short_description"]]
        assert not any(d.severity.name == "ERROR" for d in result.diagnostics)


def test_a_repeated_key_with_a_control_character_is_shown_escaped_not_hidden(tmp_path):
    """A key holding a line break or a bidi override is written as its escape (one_line), so the
    writer can find it in the file; a '?' in its place hid which character it was."""
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"id": "Q-1", "title": "Dock blinks", "no\\u202ete": "a", "no\\u202ete": "b"}\n'
                     '{"id": "Q-2", "title": "Reader beeps"}\n', encoding="utf-8")
    warned = [d.message for d in load_tickets([lines], fmt="json").diagnostics if "given" in d.message]
    assert len(warned) == 1 and "no\\u202ete" in warned[0] and "?" not in warned[0], warned


def test_a_date_with_a_year_beyond_the_calendar_is_out_of_range_whatever_the_parser_says(tmp_path):
    """Year 0 and years of five digits are told from the value's own digits inside a date's shape;
    a text that is no date at all is unreadable, even when it holds a long number elsewhere (a
    ticket number, a reference with letters, a phone number)."""
    from kbgen.suggest.importers.text import read_date

    assert read_date("0000-03-04 10:00")[1] == "out of range"
    assert read_date("04.03.31000")[1] == "out of range"
    assert read_date("next Thursday at the depot")[1] == "unreadable"
    assert read_date("31000/12/01")[1] == "out of range"
    assert read_date("call back re job 730215 friday")[1] == "unreadable"
    assert read_date("REQ77031")[1] == "unreadable"
    assert read_date("ring 0161 55512 after lunch")[1] == "unreadable"
    # four zeros after a dash are a UTC offset or part of a number, not year 0
    assert read_date("2031-04-31 07:15-0000")[1] == "unreadable"
    assert read_date("bay 7-0000 jammed")[1] == "unreadable"
    assert read_date("3 March 2031")[1] == ""
