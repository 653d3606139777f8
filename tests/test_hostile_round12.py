"""Round 12 of the robustness audit: a CSV read line by line with a bounded line, UTF-32 and
UTF-16 without a byte order mark in any script, aliases judged by the running Python's Unicode
with the invisible characters of 3.2's tables refused too, and the findings of attacking again."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

_COLUMNS = {"id": "Key", "title": "Subject", "body": "Details"}


# ------------------------------------------------------------- a CSV read line by line

_PEAK = """
import resource, sys
from pathlib import Path
from kbgen.suggest.importers import load_tickets
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = load_tickets([Path(sys.argv[1])], "auto", {"id": "Key", "title": "Subject", "body": "Details"})
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(grown // 1024, len(result.tickets), *[d.format()[:300] for d in result.diagnostics], sep="\\n")
"""


def test_a_csv_with_one_50_mb_line_is_read_in_bounded_memory(tmp_path):
    """A 50 MB line (a pasted attachment) was parsed through a copy of the whole text held four
    bytes a character (590 MB at the peak): the text is read line by line, the too-long line's
    row is skipped with an error naming it, the rows around it are kept."""
    path = tmp_path / "export.csv"
    path.write_bytes(b"Key,Subject,Details\nQ-1,dock flickers,screen\nQ-2,backup log," + b"x" * 50_000_000
                     + b"\nQ-3,kiosk frozen,reboot\n")
    done = subprocess.run([sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    grown, kept, *messages = done.stdout.splitlines()
    assert int(grown) < 200, f"memory grew by {grown} MB reading a 50 MB file"
    assert kept == "2"
    assert any(m.startswith(f"{path}:2: error: row 2 (line 3): a line of it is over ") for m in messages), messages


def test_a_long_line_inside_a_quoted_cell_keeps_the_rows_after_it(monkeypatch, tmp_path):
    """A too-long line inside a quoted cell stands in for its quotes: the cell still closes where
    it did, so the rows after it are read as before."""
    from kbgen.suggest.importers import load_tickets
    from kbgen.suggest.importers import reading

    monkeypatch.setattr(reading, "MAX_LINE", 1_000)
    path = tmp_path / "export.csv"
    path.write_text('Key,Subject,Details\nQ-1,mouse lags,"first\n' + 'y"" ' * 600 + '\nlast",\n'
                    'Q-2,"badge ""B"" fails",door\n', encoding="utf-8")
    result = load_tickets([path], "auto", _COLUMNS)
    assert [t.subject for t in result.tickets] == ['badge "B" fails']
    assert [d.format() for d in result.diagnostics if d.severity.name == "ERROR"] == [
        f"{path}:1: error: row 1 (line 3): a line of it is over 1,000 characters long (an attachment or a log "
        "pasted whole); the row is skipped"]


def test_a_csv_of_one_line_over_the_limit_is_one_error(monkeypatch, tmp_path):
    """A file with no line ends is one header line: over the limit it is one error, not a table
    with a header of millions of characters."""
    from kbgen.suggest.importers import load_tickets
    from kbgen.suggest.importers import reading

    monkeypatch.setattr(reading, "MAX_LINE", 1_000)
    path = tmp_path / "export.csv"
    path.write_bytes(b"Key,Subject,Details," + b"w" * 5_000)
    found = [d.format() for d in load_tickets([path], "auto", _COLUMNS).diagnostics]
    assert found == [f"{path}:1: error: the header line is over 1,000 characters long (a file with no line "
                     "ends, or not a CSV export); export the tickets again"]


# ------------------------------------------------------------- UTF-32 and UTF-16 without a mark

_SCRIPTS = {
    "cyrillic": ("Ключ,Тема,Подробности\n", "Н-{n},сканер не видит сеть {n},описание\n"),
    "chinese": ("编号,主题,详情\n", "单{n},一台扫描仪无法连接网络{n},一些说明\n"),
    "greek": ("Κλειδί,Θέμα,Λεπτομέρειες\n", "Α-{n},ο σαρωτής δεν συνδέεται {n},κείμενο\n"),
}


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("script", sorted(_SCRIPTS))
def test_wide_text_without_a_mark_is_read_in_any_script(tmp_path, codec, script):
    """UTF-32 or UTF-16 without a byte order mark holding few Latin characters was read as cp1252
    or as "UTF-8" full of control characters: told by where its NULs fall, it is read right."""
    from kbgen.suggest.importers import load_tickets

    header, row = _SCRIPTS[script]
    text = header + "".join(row.format(n=n) for n in range(14))
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(codec))
    keys = dict(zip(("id", "title", "body"), header.strip().split(",")))
    result = load_tickets([path], "csv", keys)
    assert [t.subject for t in result.tickets][:2] == [row.format(n=n).split(",")[1] for n in range(2)]
    wide = "UTF-32" if "32" in codec else "UTF-16"
    assert [d.message for d in result.diagnostics] == [
        f"the file is {wide} text; read as {wide} (save exports as UTF-8 where the tool allows it)"]


def test_utf_8_with_a_few_nuls_stays_utf_8():
    """A few NUL bytes on one side of a UTF-8 file do not make it UTF-16."""
    from kbgen.suggest.importers.reading import decode

    text = "Key,Subject\n" + "".join(f"P-{n},plotter smudges sheet {n}\n" for n in range(20))
    raw = text.encode("utf-8")
    spoiled = raw[:41] + b"\x00" + raw[42:81] + b"\x00" + raw[82:]
    assert decode(spoiled)[2] == "utf-8"


# ------------------------------------------------------------- Unicode for aliases

@pytest.mark.parametrize("code", [0x1E9E, 0x0D7A, 0x2D30, 0x1F600, 0x1F6DC, 0x1E030, 0x2EBF0, 0x31350])
def test_an_alias_takes_a_character_this_python_knows_and_names_one_it_does_not(code):
    """A character Unicode assigned after version 3.2 (capital sharp s and a Malayalam chillu in
    5.1, Tifinagh in 4.1, an emoji in 6.1, others in 15.0 and 15.1) is allowed in an alias where
    the running Python knows it: judging every alias by 3.2's tables refused them all. Where the
    Python is older than the character, the error says so and how to go on."""
    import unicodedata
    import urllib.parse

    from kbgen.content import alias_path
    from kbgen.schema import Invalid

    known = unicodedata.category(chr(code)) != "Cn"
    for written in (f"/kb{chr(code)}x/", "/kb" + urllib.parse.quote(chr(code)) + "x/"):
        if known:
            assert alias_path(written) == unicodedata.normalize("NFC", f"kb{chr(code)}x/")
        else:
            with pytest.raises(Invalid, match=f"holds U\\+{code:04X}, not a character this Python knows .*; remove "
                               "it from the alias"):
                alias_path(written)


@pytest.mark.parametrize("letter", ["\u00f8", "\u0436", "\u4e2d", "\u0915\u093f", "\u05e9", "\U00020001"])
def test_an_alias_keeps_letters_unicode_3_2_had(letter):
    """Letters and marks of the scripts Unicode 3.2 had (Latin, Cyrillic, Han, Devanagari with its
    vowel sign, Hebrew, Han extension B) stay allowed."""
    from kbgen.content import alias_path

    assert alias_path(f"/wiki/{letter}/") == f"wiki/{letter}/"


# ------------------------------------------------------------- one writer for the banks

def test_a_new_bank_writes_its_export_with_the_shared_writer(tmp_path, monkeypatch):
    """Every bank of described tickets wrote its CSV and truth with a copy of the same code: a new
    bank hands its records to ``write_described_bank``, and kbgen reads the export it writes (the
    journal's stamped notes, quotes and line breaks in cells) with the truth beside it."""
    import datetime as dt
    import json

    from kbgen.suggest.importers import load_tickets

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "bench"))
    from suggest_data.make import write_described_bank

    opened = dt.datetime(2031, 4, 2, 8, 15)
    records = [{"number": f"INC77{n:03d}", "opened": opened + dt.timedelta(days=n), "subject": f'dock "{n}" hums',
                "caller": "Desk", "description": "line one\nline two", "comments": ["reseated", "swapped"],
                "close_notes": "ok", "spans": [], "decoys": []} for n in range(3)]
    write_described_bank(tmp_path, records)
    result = load_tickets([tmp_path / "pii.csv"], "auto", None)
    assert [t.subject for t in result.tickets] == ['dock "0" hums', 'dock "1" hums', 'dock "2" hums']
    assert tmp_path.joinpath("pii.csv").read_bytes().count(b"\r\n") == 4  # header and three rows
    truth = [json.loads(line) for line in tmp_path.joinpath("pii-truth.jsonl").read_text().splitlines()]
    assert truth == [{"number": r["number"], "spans": [], "decoys": []} for r in records]


# ------------------------------------------------------------- kbgen serve's paths

@pytest.mark.parametrize("path", ["/../etc/passwd", "/a/../../x", "/..\\..\\etc\\passwd", "/kb\\..\\..\\x",
                                  "/c:/windows/win.ini", "/D:x", "/a\x00b/", "/./c:/windows/win.ini",
                                  "/%2e/c:/x", "/%2fc:/x", "/.//./D:/x", "/%2E%2F%2Fc%3A/x"])
def test_serve_refuses_a_path_that_could_leave_the_site_on_any_system(path):
    """MkDocs' check splits a path at '/' only: on Windows a backslash (``%5c`` in the request)
    is a separator and ``c:`` a drive, so ``/..%5c..%5cx`` and ``/c:/x`` reached files outside
    the site there; so did ``/./c:/x`` (``/%2e/c:/x``) and ``//c:/x`` (``/%2fc:/x``), whose
    first segment is ``c:`` once normalised. Each is a 400 on every system, before any file is
    looked for."""
    import urllib.parse

    from kbgen.site.serve import _server_class

    said = []
    server = object.__new__(_server_class())  # the request check needs no socket
    decoded = urllib.parse.unquote(path, encoding="latin-1")  # as the server decodes the request
    answer = server._serve_request({"PATH_INFO": decoded}, lambda status, headers: said.append(status))
    assert said == ["400 Bad Request"] and answer == [b"400 Bad Request"]


def test_serve_still_finds_paths_with_dots_and_colons_inside():
    """Names with dots and a ':' past the first segment are no climb and no drive."""
    from kbgen.site.serve import _unservable

    assert not any(_unservable(path) for path in ("/", "/kb/a..b/", "/old/a:b/", "/assets/x.y.js", "/.well/",
                                                  "/a/b:c/", "/./kb/a:b/", "/café/ü:x/", "/知识/页面/"))


@pytest.mark.parametrize("broken", [b"\x00\xd8", b"\x3d"])  # a lone high surrogate; a last unit cut in half
def test_utf_16_with_its_mark_and_one_broken_unit_keeps_its_tickets(tmp_path, broken):
    """A UTF-16 export with its byte order mark and one unit that is no character (a lone
    surrogate, a last byte cut off) was read as UTF-8 strewn with NULs: no column was found and
    every ticket was lost. The mark names the codec: the unit becomes U+FFFD, with a warning."""
    import codecs

    from kbgen.suggest.importers import load_tickets

    text = "Key,Subject,Details\n" + "".join(f"T-{n},tablet dims at noon {n},note\n" for n in range(9))
    path = tmp_path / "export.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + broken)
    result = load_tickets([path], "csv", _COLUMNS)
    assert [t.subject for t in result.tickets] == [f"tablet dims at noon {n}" for n in range(9)]
    assert [d.message for d in result.diagnostics] == [
        "the file is UTF-16 text with units that are no character (a lone surrogate, a file cut short): each is "
        "read as U+FFFD (save exports as UTF-8 where the tool allows it)",
        "row 10: no subject, description or comments; ticket skipped (row 10: ticket \ufffd)"]


# ------------------------------------------------------------- suggest's drafts hold only writable text

def test_a_draft_quotes_no_character_a_content_file_refuses(make_project):
    """A ticket subject carrying terminal control sequences (a title change ``ESC ] 0 ; ... BEL``,
    a screen clear) was quoted raw in the draft ``kbgen suggest`` wrote, and that draft failed
    ``kbgen check`` ("no page or feed can hold"): every quote leaves such characters out."""
    from kbgen.suggest.drafts import escape_text
    from kbgen.yaml_load import UNWRITABLE

    for subject in ("label printer \x1b]0;renamed\x07 stuck", "label printer \x1b[2J\x1b[31m stuck",
                    "label printer \x0b\x0c\x1f stuck", "label printer \ud800 stuck"):
        quoted = escape_text(subject)
        assert not UNWRITABLE.search(quoted), repr(quoted)
        assert quoted.startswith("label printer ") and quoted.endswith(" stuck")


# ------------------------------------------------------------- kbgen's own files, damaged

_DEEP = b"[" * 200_000 + b"]" * 200_000


@pytest.mark.parametrize("damage", [_DEEP, b"[[1,2]", b"[[1,2]]"])
def test_a_damaged_search_index_file_is_one_error_not_a_bug_report(make_project, damage):
    """A site's docs file nested 200,000 deep, cut short or of another shape ended ``kbgen
    search`` with "kbgen failed unexpectedly (RecursionError ...). This is a bug in kbgen": it is
    the error a damaged index gets, naming the file and asking for a rebuild."""
    from kbgen.build import load_project
    from kbgen.errors import KbgenError
    from kbgen.search.engine import SearchEngine
    from kbgen.search.index import SearchIndex

    from conftest import article

    corpus, problems = load_project(make_project({"content/articles/a.md": article("KB0001", "Scanner jams")}))
    assert corpus is not None, problems
    files = dict(SearchIndex.build(corpus).files())
    docs = [name for name in files if name.startswith("search/docs-")]
    assert docs
    files.update({name: damage for name in docs})
    with pytest.raises(KbgenError, match=r"search/docs-0\.json: the search index is damaged .*rebuild the site"):
        SearchEngine.load(files).search("scanner")


def test_a_build_cache_nested_too_deeply_is_ignored(make_project):
    """A build cache whose manifest was nested 200,000 deep made every build fail with "a page
    nests lists, quotes or HTML too deeply": a cache kbgen cannot read is ignored, as a corrupt
    one already was, and the site is built whole."""
    from click.testing import CliRunner

    from conftest import article
    from kbgen.cli import main
    from kbgen.site.cache import MANIFEST, cache_dir

    project = make_project({"content/articles/a.md": article("KB0001", "Scanner jams")})
    site = project / "site"
    args = ["build", "--project", str(project), "--out", str(site), "--now", "2026-11-27T10:00:00Z"]
    assert CliRunner().invoke(main, args).exit_code == 0
    (cache_dir(site) / MANIFEST).write_bytes(b'{"a":' + _DEEP + b"}")
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert (site / "articles").is_dir() and "too deeply" not in again.output


# ------------------------------------------------------------- a contact address showing another host

@pytest.mark.parametrize("address, what", [("https://desk.example.net\\\\@help.example.com/", "a backslash"),
                                           ("https://he\\u200blp.example.com/chat", "the invisible character U+200B")])
def test_a_chat_address_whose_host_is_not_the_one_it_shows_is_an_error(make_project, address, what):
    """A chat or portal address with a backslash before its path went to the host before it
    (browsers read it as '/') while the page showed another; an invisible character in the host
    makes a look-alike. Each is an error naming the channel."""
    from click.testing import CliRunner

    from conftest import MINIMAL_CONFIG, article
    from kbgen.cli import main

    config = MINIMAL_CONFIG.replace("services:", f'  - kind: chat\n    label: Chat\n    value: "{address}"\nservices:', 1)
    project = make_project({"site_config.yml": config, "content/articles/a.md": article("KB0001", "Scanner jams")})
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 1, result.output
    assert "contact.2.value: " in result.output and f"holds {what} before its path" in result.output, result.output


# ------------------------------------------------------------- review findings of round 12

@pytest.mark.parametrize("at", [57, 58])  # a NUL at an even and at an odd offset
def test_a_cp1252_export_with_one_stray_nul_keeps_its_tickets(tmp_path, at):
    """A cp1252 export (no UTF-8 either) with one stray NUL was read as UTF-16 from where the NUL
    fell: no column was found and every ticket was lost. One NUL is far fewer than the digits,
    commas and line ends of any UTF-16 text: it is removed and the file read as cp1252."""
    from kbgen.suggest.importers import load_tickets

    text = "Key,Subject,Details\r\n" + "".join(f"R-{n},Kühlschrank {n} brummt,Gerät à côté\r\n" for n in range(30))
    raw = text.encode("cp1252")
    raw = raw[:at] + b"\x00" + raw[at:]
    path = tmp_path / "export.csv"
    path.write_bytes(raw + b"\n" * (len(raw) % 2))
    result = load_tickets([path], "csv", _COLUMNS)
    assert [t.subject for t in result.tickets] == [f"Kühlschrank {n} brummt" for n in range(30)]
    assert [d.message for d in result.diagnostics] == ["row 1: NUL bytes removed"]


def test_a_tiny_cp1252_export_with_two_stray_nuls_keeps_its_tickets(tmp_path):
    """In a two-ticket export two NULs on the same side were 5% of its units: it was read as
    UTF-16 and lost its tickets. A wide text's header alone gives more NULs than that."""
    from kbgen.suggest.importers import load_tickets

    raw = "Key,Subject\r\nA1,Drucker \xfc\r\nA2,Maus\r\n".encode("cp1252")
    raw = raw[:4] + b"\x00" + raw[4:9] + b"\x00" + raw[9:]
    path = tmp_path / "export.csv"
    path.write_bytes(raw + b"\n" * (len(raw) % 2))
    result = load_tickets([path], "csv", {"id": "Key", "subject": "Subject"})
    assert [t.subject for t in result.tickets] == ["Drucker \xfc", "Maus"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("damage", ["cut", "surrogate"])
def test_wide_text_without_a_mark_and_one_broken_unit_keeps_its_letters(tmp_path, codec, damage):
    """UTF-16 or UTF-32 without a mark, cut short or holding a lone surrogate, was read as UTF-8
    with its NULs removed: Cyrillic became control characters. The codec its NULs name reads
    it; the broken unit alone becomes U+FFFD, with a warning. (The unit falls past the start
    the codec is told from, as in any export longer than a few lines.)"""
    from kbgen.suggest.importers import load_tickets

    keys = {"id": "Ключ", "title": "Тема", "body": "Подробности"}
    text = "Ключ,Тема,Подробности\n" + "".join(f"Ш-{n},ноутбук гудит {n},запись\n" for n in range(200))
    raw = text.encode(codec)
    raw = raw[:-1] if damage == "cut" else raw + "\udc00".encode(codec, "surrogatepass") + "\n".encode(codec)
    path = tmp_path / "export.csv"
    path.write_bytes(raw)
    result = load_tickets([path], "csv", keys)
    assert [t.subject for t in result.tickets][:200] == [f"ноутбук гудит {n}" for n in range(200)]
    wide = "UTF-32" if "32" in codec else "UTF-16"
    said = "text cut short" if wide == "UTF-32" and damage == "cut" else "text with units that are no character"
    assert result.diagnostics[0].message.startswith(f"the file is {wide} {said}")


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_an_inch_mark_on_a_too_long_line_keeps_the_rows_after_it(monkeypatch, tmp_path, delimiter):
    """A too-long line stood in for by its quote parity alone turned an unquoted cell's inch
    mark (``24" monitor``) into an opening quote: every later row was swallowed. The line's
    quotes and delimiters keep their places, so the mark stays inside its cell."""
    from kbgen.suggest.importers import load_tickets
    from kbgen.suggest.importers import reading

    monkeypatch.setattr(reading, "MAX_LINE", 1_000)
    d = delimiter
    rows = [f"Key{d}Subject{d}Details", f"Q-1{d}tray stuck{d}paper", f'Q-2{d}24" monitor dark{d}' + "z" * 2_000]
    rows += [f"Q-{n}{d}hinge {n} loose{d}lid" for n in range(3, 9)]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = load_tickets([path], "csv", _COLUMNS)
    assert [t.subject for t in result.tickets] == ["tray stuck"] + [f"hinge {n} loose" for n in range(3, 9)]
    assert [d.format() for d in result.diagnostics if d.severity.name == "ERROR"] == [
        f"{path}:2: error: row 2 (line 3): a line of it is over 1,000 characters long (an attachment or a log "
        "pasted whole); the row is skipped"]


def test_a_too_long_line_of_delimiters_alone_still_keeps_its_quote_parity(monkeypatch, tmp_path):
    """A too-long line whose quotes and delimiters are themselves over the limit stands in as its
    quote parity: a quoted cell spanning it still closes where it did."""
    from kbgen.suggest.importers import load_tickets
    from kbgen.suggest.importers import reading

    monkeypatch.setattr(reading, "MAX_LINE", 1_000)
    path = tmp_path / "export.csv"
    path.write_text('Key,Subject,Details\nQ-1,fan rattles,"start\n' + ",a" * 1_500 + '"\nend",\n'
                    "Q-2,lamp flickers,note\n", encoding="utf-8")
    assert [t.subject for t in load_tickets([path], "csv", _COLUMNS).tickets] == ["lamp flickers"]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_short_csv_and_a_long_one_are_cut_into_the_same_rows(monkeypatch, end):
    """A text no longer than the line limit is handed to the reader whole, a longer one line by
    line: both cut quoted cells spanning lines, and every kind of line end, the same way."""
    from kbgen.suggest.importers import reading

    text = end.join(["Key,Subject,Details", 'V-1,"visor', 'cracked",x', "V-2,strap worn,y", 'V-3,"a ""b""",z']) + end
    whole: list = []
    short = reading.read_csv("a.csv", text.encode(), whole)
    monkeypatch.setattr(reading, "MAX_LINE", len(text) - 1)  # the text is longer: line by line
    parts: list = []
    long = reading.read_csv("a.csv", text.encode(), parts)
    assert [r.cells for r in short.rows] == [r.cells for r in long.rows] and whole == parts == []
    assert [r.cells["subject"] for r in short.rows] == [["visor" + end + "cracked"], ["strap worn"], ['a "b"']]


@pytest.mark.parametrize("address, what", [
    ("https:\\\\relay.example.org\\@kiosk.example.com/", "a backslash"),
    ("https:/\\relay.example.org/", ""),  # no '@': the same host, a backslash other tools misread (links.host_problem)
    ("//relay.example.org\\@kiosk.example.com/", "a backslash"),
    ("http\t://relay.example.org\\@kiosk.example.com/", "a backslash"),
    ("https://relay.exa\nmple.org\\@kiosk.example.com/", "a backslash"),
    ("HTTPS://kio\u2060sk.example.com/", "the invisible character U+2060"),
    ("https://kiosk.example.com\u00a0/", "the space U+00A0"),
    ("https://kiosk.example.com/desk?path=c:\\share", ""),
    ("https://kiosk.example.com/desk#step\u200b2", ""),
    ("https://agent:pin@kiosk.example.com:8443/desk", "a user name or password ending in '@'"),  # round 13
    ("mailto:desk@example.com", ""),
])
def test_an_address_host_is_read_as_a_browser_reads_it(address, what):
    """Browsers drop tabs and line ends, read '\\' as '/' and take the host after the scheme and
    any slashes: a backslash ending the host with an '@' after it (``https:\\\\a\\@b/``, ``//a\\@b``)
    goes to another host than the one shown, whatever the slashes (one among the slashes alone,
    ``https:/\\a``, is the same host: ``links.host_problem`` says so in other words); a backslash
    in the query or an invisible character in the fragment does not."""
    from kbgen.links import disguised_host

    assert disguised_host(address) == what


def test_a_feedback_form_whose_host_is_not_the_one_it_shows_is_an_error(make_project):
    """The feedback form's address is a link on every article: a backslash before its path is
    refused there too, naming the key."""
    from click.testing import CliRunner

    from conftest import MINIMAL_CONFIG, article
    from kbgen.cli import main

    config = MINIMAL_CONFIG + 'feedback:\n  url: "https://relay.example.org\\\\@forms.example.com/f?id={id}"\n'
    project = make_project({"site_config.yml": config, "content/articles/a.md": article("KB0001", "Scanner jams")})
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 1, result.output
    assert "feedback.url: " in result.output and "holds a backslash before its path" in result.output, result.output
