"""Round 11 of the robustness audit: code points with no character in aliases, one set of
backslash escapes, one BLAS limit around all of suggest, and the findings of attacking encoded
script URLs, config values, YAML, long words, bidi and zero-width characters, and broken ticket
exports."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import article
from kbgen.cli import main


# ------------------------------------------------------------- code points with no character

@pytest.mark.parametrize("code", [0x0378, 0xFDD0, 0xFDEF, 0xFFFE, 0x1FFFF, 0x10FFFF, 0xE0080])
def test_an_alias_refuses_unassigned_code_points_and_noncharacters(code):
    """Unassigned code points and the noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) show
    nothing and may mean anything in a later Unicode: refused in an alias, written raw or
    percent-encoded, as the other invisible categories are."""
    import urllib.parse

    from kbgen.content import alias_path
    from kbgen.schema import Invalid

    for written in (f"/old{chr(code)}x/", "/old" + urllib.parse.quote(chr(code)) + "x/"):
        with pytest.raises(Invalid, match="invisible character|not a character this Python knows"):
            alias_path(written)
    assert alias_path("/old\u00e9x/") == "old\u00e9x/"  # an assigned letter beside them stays


# ------------------------------------------------------------- one set of backslash escapes

def test_a_tag_behind_a_backslash_the_renderer_keeps_is_still_checked():
    """The renderer does not escape '<' (only its own ``ESCAPED_CHARS``): ``\\<img src=...>``
    is an image on the page, so an image without alt text there is reported; an escaped '['
    still opens no link."""
    from kbgen.links import find_links, images_without_alt

    assert images_without_alt("Text\n\\<img src=\"a.png\"> end") == [1]
    assert images_without_alt("Text \\\\<img src=\"a.png\" alt=\"a\"> end") == []
    found = find_links("\\[x\\](javascript:alert(1)) and \\![y](b.png)")  # '\\!' leaves a link, no image
    assert [(link.target, link.image) for link in found] == [("b.png", False)]


# ------------------------------------------------------------- one BLAS thread for all of suggest

_PROBLEMS = ("badge reader at the loading bay blinks red", "plotter prints every sheet twice",
             "travel booking portal times out at payment", "headset echoes on every call",
             "wiki page history will not open", "laptop fan roars after waking")


_WHEN = ("again", "today", "since Monday", "after lunch", "this morning", "once more", "every hour")
_WHERE = ("north wing", "east annex", "print room", "studio", "archive", "canteen", "lab", "reception")


def _export(path: Path, count: int = 120) -> Path:
    """``count`` tickets over a few recurring problems (written for this test)."""
    start = dt.datetime(2026, 2, 1, 8)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Key", "Subject", "Details", "Created"])
        for n in range(count):
            problem = _PROBLEMS[n % len(_PROBLEMS)]
            writer.writerow([f"TK-{n}", f"{problem} {_WHEN[n % len(_WHEN)]}",
                             f"Since {_WHEN[n // 3 % len(_WHEN)]} the {problem} in the {_WHERE[n % len(_WHERE)]}.",
                             (start + dt.timedelta(hours=7 * n)).strftime("%Y-%m-%d %H:%M:%S")])
    return path


def _blas_threads() -> set[int]:
    from threadpoolctl import threadpool_info

    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


def test_every_blas_call_of_suggest_runs_on_one_thread(make_project, tmp_path, monkeypatch):
    """The SVD's fit and its projections and HDBSCAN's core distances all run on one BLAS thread
    while the process runs on two (the projection ran outside the limit), and the process's own
    setting is back afterwards."""
    from sklearn.decomposition import TruncatedSVD
    from threadpoolctl import threadpool_limits

    import kbgen.suggest.neighbours as neighbours

    assert _blas_threads(), "numpy has no BLAS that threadpoolctl can see: the limit cannot be checked"
    seen: dict[str, set[int]] = {}

    def spy(owner, name: str) -> None:
        real = getattr(owner, name)
        monkeypatch.setattr(owner, name, lambda *args, **kwargs: seen.setdefault(name, set()).update(
            _blas_threads()) or real(*args, **kwargs))

    for owner, name in ((TruncatedSVD, "fit"), (TruncatedSVD, "transform"), (neighbours, "_approximate")):
        spy(owner, name)
    project = make_project({"content/articles/a.md": article("KB0001", "Plotter settings", "Print settings.")})
    with threadpool_limits(2, user_api="blas"):
        if _blas_threads() != {2}:
            pytest.skip("this machine's BLAS runs one thread at most")
        result = CliRunner().invoke(main, ["suggest", str(_export(tmp_path / "export.csv")), "--project",
                                           str(project), "--map", "id=Key,title=Subject,body=Details,opened=Created",
                                           "--out", str(tmp_path / "drafts"), "--min-size", "4"])
        after = _blas_threads()
    assert result.exit_code == 0, result.output
    assert set(seen) == {"fit", "transform", "_approximate"}, seen
    assert all(threads == {1} for threads in seen.values()), seen
    assert after == {2}


# ------------------------------------------------------------- services by id

def test_an_article_page_names_the_first_service_declared_under_an_id():
    """``SiteConfig.service`` finds a service by id in one look-up; two services under one id (an
    error at load) answer with the first, as the article pages linked it before."""
    from kbgen.model import Service, SiteConfig

    first, second = Service("mail", "Mail"), Service("mail", "Post")
    config = SiteConfig("Desk", services=(first, Service("vpn", "VPN"), second))
    assert config.service("mail") is first and config.service("vpn").name == "VPN"
    assert config.service("nothing") is None


# ------------------------------------------------------------- drafts that kbgen check can read

def _suggest_into(project: Path, export: Path) -> tuple[int, str]:
    """``kbgen suggest`` with drafts written into the project, then ``kbgen check`` of it."""
    import os

    drafts = project / "content" / "articles" / "suggested"
    result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project), "--map",
                                       "id=Key,title=Subject,body=Details,opened=Created", "--out", str(drafts)])
    assert result.exit_code == 0, result.output
    assert max(map(len, result.output.splitlines())) < 2_000  # no ticket text quoted whole
    assert list(drafts.glob("*.md")), result.output
    here = os.getcwd()
    try:
        os.chdir(project)
        checked = CliRunner().invoke(main, ["check"])
    finally:
        os.chdir(here)
    return checked.exit_code, checked.output


def _rows(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Key", "Subject", "Details", "Created"])
        writer.writerows(rows)
    return path


def test_a_one_word_subject_of_200_kb_is_quoted_short_and_the_draft_loads(make_project, tmp_path):
    """Subjects of one 200 KB word, and subjects that end in one, sent by many tickets: the word
    was quoted whole (cut only to the import's 20,000 characters) in the draft's issue and its
    shared words. Every quote is cut to a few hundred characters and marked, the report's lines
    too, and ``kbgen check`` reads the draft."""
    from kbgen.suggest.drafts import DRAFT_BYTES, QUOTE_MAX

    word = "q" * 200_000
    rows = [[f"W-{n}", word if n % 2 else f"plotter jams {word}", f"The plotter jams in the {_WHERE[n % 8]}.",
             f"2026-02-{n % 27 + 1:02d}"] for n in range(60)]
    project = make_project({"content/articles/a.md": article("KB0001", "Badge settings", "Badge settings.")})
    code, output = _suggest_into(project, _rows(tmp_path / "export.csv", rows))
    assert code == 0, output
    draft = next((project / "content" / "articles" / "suggested").glob("*.md")).read_text(encoding="utf-8")
    assert len(draft.encode("utf-8")) <= DRAFT_BYTES
    assert max(map(len, draft.splitlines())) <= QUOTE_MAX * 2 and "\u2026" in draft


def test_a_draft_of_thousands_of_tickets_lists_what_fits_and_loads(make_project, tmp_path):
    """A cluster of 1,500 tickets with long ids listed every id in ``source_tickets`` and made a
    draft larger than the 64 KiB ``kbgen check`` reads: the first ids that fit are listed, a
    comment says how many of how many, and the draft loads."""
    from kbgen.suggest.drafts import DRAFT_BYTES

    rows = [[f"SERVICE-REQUEST-{'0' * 40}{n:06d}", f"badge reader at the loading bay blinks red {_WHEN[n % 3]}",
             "The reader blinks red.", f"2026-02-{n % 27 + 1:02d}"] for n in range(1_500)]
    project = make_project({"content/articles/a.md": article("KB0001", "Plotter settings", "Print settings.")})
    code, output = _suggest_into(project, _rows(tmp_path / "export.csv", rows))
    assert code == 0, output
    draft = next((project / "content" / "articles" / "suggested").glob("*.md")).read_text(encoding="utf-8")
    assert len(draft.encode("utf-8")) <= DRAFT_BYTES
    assert " of 1,500 tickets" in draft and "SERVICE-REQUEST-" + "0" * 40 + "000000" in draft


# ------------------------------------------------------------- one warning per kind of row problem

def test_row_warnings_are_one_line_per_kind_with_a_count_and_the_first_rows(tmp_path):
    """An export whose every row had an unreadable date printed one warning per row: one line per
    kind now, with the count, the first rows and what the first one held; a kind met once is
    still named at its row."""
    from kbgen.suggest.importers import load_tickets

    rows = [[f"D-{n}", "wiki page history will not open", "It will not open.", "someday"] for n in range(400)]
    rows.append(["D-last", "x" * 30_000, "long subject", "2026-02-02"])
    found = load_tickets([_rows(tmp_path / "export.csv", rows)], "auto",
                         {"id": "Key", "title": "Subject", "body": "Details", "opened": "Created"}).diagnostics
    lines = [d.format() for d in found]
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"{tmp_path / 'export.csv'}:1: warning: Created: rows 1, 2, 3, 4, 5 and 395 more (400 rows): ")
    assert '"someday"' in lines[0] and "cannot read the opened date" in lines[0]
    assert lines[1].startswith(f"{tmp_path / 'export.csv'}:401: warning: subject: row 401: longer than 20,000 characters")


# ------------------------------------------------------------- cp1252, not Latin-1

@pytest.mark.parametrize("mixed", [False, True])
def test_the_bytes_0x80_to_0x9f_of_a_legacy_export_are_cp1252_never_c1_controls(tmp_path, mixed):
    """An export that is not UTF-8 is read as Windows' cp1252, where 0x80-0x9f are the euro sign,
    typographic quotes and dashes (Latin-1 makes them invisible C1 controls, which no page can
    hold); the five bytes cp1252 leaves undefined become U+FFFD. The same holds for one such
    line inside an otherwise UTF-8 file."""
    from kbgen.suggest.importers import load_tickets

    legacy = bytes(range(0x80, 0xA0)) + " caf\u00e9 ".encode("cp1252")
    lines = [b"Key,Subject,Details,Created", b"L-1,printer " + legacy + b",body,2026-02-02"]
    if mixed:
        lines.append("L-2,na\u00efve caf\u00e9 order,body,2026-02-03".encode("utf-8"))
    path = tmp_path / "export.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    result = load_tickets([path], "auto", {"id": "Key", "title": "Subject", "body": "Details", "opened": "Created"})
    subject = result.tickets[0].subject
    assert "\u20ac" in subject and "\u2019" in subject and "\u2014" in subject and "caf\u00e9" in subject
    assert not any(0x80 <= ord(char) <= 0x9F for ticket in result.tickets for char in ticket.subject), subject
    assert subject.count("\ufffd") == 5
    if mixed:
        assert result.tickets[1].subject == "na\u00efve caf\u00e9 order"
        assert any("decoded as cp1252" in d.message for d in result.diagnostics)


# ------------------------------------------------------------- what a batch search echoes

def test_a_batch_line_of_2_mb_is_echoed_as_the_engine_read_it(make_project):
    """``kbgen search --batch`` echoed every line whole (a 2 MB line came back as a 2 MB JSON
    line): the query is echoed as the engine reads it, its first ``MAX_QUERY`` characters, and
    marked cut; a short line is echoed as it is, unmarked."""
    import json

    project = make_project({"content/articles/vpn.md": article("KB0001", "Remote access will not connect",
                                                               "Restart the client.", services="[vpn]")})
    long_line = "remote access " + "w" * 2_000_000
    result = CliRunner().invoke(main, ["search", "--batch", "-", "--project", str(project), "--limit", "1"],
                                input=f"{long_line}\nremote access\n")
    assert result.exit_code == 0, result.output[:500]
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(result.output) < 10_000 and [len(line["query"]) for line in lines] == [1_000, 13]
    assert lines[0]["query"].startswith("remote access w") and lines[0]["cut"] is True and "cut" not in lines[1]


@pytest.mark.parametrize("filler", ["\U0001F4BB", "w\U0001F4BB"])
def test_a_batch_line_of_astral_characters_is_cut_where_the_engine_cuts(make_project, filler):
    """The engine cuts a query at ``MAX_QUERY`` UTF-16 code units (JavaScript's ``slice``), where
    an emoji counts two: the echo counts the same way, so 600 emoji (1,200 units) are marked cut
    and a 2 MB line of them comes back within 1,000 units, no emoji split in half."""
    import json

    project = make_project({"content/articles/vpn.md": article("KB0001", "Remote access will not connect",
                                                               "Restart the client.", services="[vpn]")})
    lines_in = ["remote access " + filler * 600, "remote access " + filler * 1_000_000]
    result = CliRunner().invoke(main, ["search", "--batch", "-", "--project", str(project), "--limit", "1"],
                                input="\n".join(lines_in) + "\n")
    assert result.exit_code == 0, result.output[:500]
    echoed = [json.loads(line)["query"] for line in result.output.splitlines()]
    cut = [json.loads(line).get("cut") for line in result.output.splitlines()]
    units = [len(query.encode("utf-16-le")) // 2 for query in echoed]
    assert cut == [True, True] and all(999 <= count <= 1_000 for count in units), units
    assert all(query.startswith("remote access ") for query in echoed)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for query in echoed for c in query)  # no half pair


# ------------------------------------------------------------- an alias the writer would refuse

@pytest.mark.parametrize("alias", ["/%6Aavascript:alert(1)/", "/c:/old/", "javascript:x/"])
def test_an_alias_whose_first_segment_holds_a_colon_is_an_error_at_check(make_project, alias):
    """``/%6Aavascript:alert(1)/`` passed check and ended build with "refusing to write ... outside
    the site" (a first segment with ':' is a scheme to a browser, a drive to Windows): check
    says so at the alias's line; a colon further in (an old wiki's ``/wiki/Help:VPN``) stays."""
    from kbgen.build import load_project

    bad = make_project({"content/articles/a.md": article("KB0001", "A", aliases=f'["{alias}"]')})
    found = [d.format() for d in load_project(bad)[1] if d.key.startswith("aliases")]
    assert found and "holding ':'" in found[0], found
    good = make_project({"content/articles/a.md": article("KB0001", "A", aliases='["/wiki/Help:VPN/"]')})
    assert not [d for d in load_project(good)[1] if d.key.startswith("aliases")]


# ------------------------------------------------------------- broken exports

def test_ticket_ids_with_bidi_and_zero_width_characters_leave_the_project_valid(make_project, tmp_path):
    """Ticket ids holding a bidi override and a zero-width space went into a draft's
    ``source_tickets`` as they were: ``kbgen check`` refused the draft, and so the project, and the
    next ``kbgen suggest`` stopped on it. The ids are written with those characters escaped."""
    rows = [[f"R\u202e{n}\u200b", f"mail\u2067 bounces to the archive {_WHEN[n % 3]}", "It bounces.",
             f"2026-02-{n % 27 + 1:02d}"] for n in range(60)]
    project = make_project({"content/articles/a.md": article("KB0001", "Badge settings", "Badge settings.")})
    code, output = _suggest_into(project, _rows(tmp_path / "export.csv", rows))
    assert code == 0, output
    draft = next((project / "content" / "articles" / "suggested").glob("*.md")).read_text(encoding="utf-8")
    assert "- R\\u202e0\\u200b" in draft and "\u202e" not in draft.split("\n---\n", 1)[0]


def test_a_csv_of_one_huge_line_names_its_header_short(tmp_path):
    """A CSV of one 5 MB line (no line end) is one header: the error that names the headers
    seen printed all of it; each header is shown to its first 40 characters."""
    from kbgen.suggest.importers import load_tickets

    path = tmp_path / "export.csv"
    path.write_bytes(b"Key,Subject," + b"z" * 5_000_000)
    for columns in (None, {"id": "Key", "title": "Subject", "body": "Details"}):
        found = load_tickets([path], "auto", columns).diagnostics
        assert found and all(len(d.format()) < 2_000 for d in found), [d.format()[:200] for d in found]
        assert any("headers seen: Key, Subject, " + "z" * 40 + "\u2026" in d.message for d in found)


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_a_utf_32_export_is_read_as_utf_32_and_said_so(tmp_path, codec):
    """A UTF-32 export was taken for UTF-16 (its byte order mark starts like UTF-16's) and read
    with three NULs of every four bytes "removed": it is read as UTF-32, one warning names it."""
    from kbgen.suggest.importers import load_tickets

    text = "Key,Subject,Details\n" + "".join(f"U-{n},imprimante bloqu\u00e9e {n % 2},texte\n" for n in range(12))
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(codec))
    result = load_tickets([path], "csv", {"id": "Key", "title": "Subject", "body": "Details"})
    assert [t.subject for t in result.tickets[:2]] == ["imprimante bloqu\u00e9e 0", "imprimante bloqu\u00e9e 1"]
    assert [d.message for d in result.diagnostics] == [
        "the file is UTF-32 text; read as UTF-32 (save exports as UTF-8 where the tool allows it)"]


def test_a_utf_16_export_starting_with_a_nul_character_is_read_as_utf_16(tmp_path):
    """A UTF-16-LE file whose first character is U+0000 starts ``FF FE 00 00``, UTF-32's byte
    order mark: it failed as UTF-32 and fell through to cp1252. UTF-16 is tried next."""
    import codecs

    from kbgen.suggest.importers import load_tickets

    text = "\x00Key,Subject,Details\n" + "".join(f"V-{n},tiskárna stojí {n % 2},text\n" for n in range(12))
    path = tmp_path / "export.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    result = load_tickets([path], "csv", {"id": "Key", "title": "Subject", "body": "Details"})
    assert [t.subject for t in result.tickets[:2]] == ["tiskárna stojí 0", "tiskárna stojí 1"]
    assert any("read as UTF-16" in d.message for d in result.diagnostics), result.diagnostics


def test_a_utf_32_export_cut_short_is_read_and_said_so(tmp_path):
    """A UTF-32 export whose length is not a multiple of four bytes (a copy cut short) fell
    through to cp1252 silently: it is read as UTF-32 and a warning says it was cut short."""
    from kbgen.suggest.importers import load_tickets

    text = "Key,Subject,Details\n" + "".join(f"V-{n},tiskárna stojí {n % 2},text\n" for n in range(12))
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("utf-32")[:-2])
    result = load_tickets([path], "csv", {"id": "Key", "title": "Subject", "body": "Details"})
    assert [t.subject for t in result.tickets[:2]] == ["tiskárna stojí 0", "tiskárna stojí 1"]
    assert any("UTF-32 text cut short" in d.message for d in result.diagnostics), result.diagnostics


def test_a_hostile_clusters_draft_stays_within_the_draft_bound():
    """Quotes are cut to 600 characters before escaping, but escaping multiplies text full of
    ``{`` (six characters each) and a 4-byte character counts four: a cluster whose subjects,
    notes, categories and words are all such text made a draft over :data:`DRAFT_BYTES` however
    few ids it listed. Every escaped quote is bounded in bytes, so the draft never is."""
    from kbgen.suggest.drafts import DRAFT_BYTES, QUOTE_BYTES, _draft_text, draft_body, escape_text
    from kbgen.suggest.model import Ticket, TicketCluster

    def hostile(n: int) -> str:
        return f"{n} " + " ".join("{{{{{{{{\U0001D518" for _ in range(400))

    wide = "\U0001D518" * 150
    members = [Ticket(f"{wide}-{n}", hostile(n % 6), close_notes=f"because {hostile(n % 7 + 10)}",
                      person=f"p{n}", category=hostile(n % 3 + 20)) for n in range(300)]
    cluster = TicketCluster("c001", "Hostile", tuple(t.ticket_id for t in members), len(members),
                            terms=tuple(hostile(n + 30) for n in range(8)))
    body = draft_body(cluster, members)
    meta = {"id": "KB0002", "title": "Hostile", "summary": "What to do when: hostile", "type": "troubleshooting",
            "services": [], "draft": True}
    text = _draft_text(meta, cluster.tickets, "Hostile", body)
    assert body.count("&#123;") > 1_000 and "\U0001D518" in body  # the quotes are in
    assert len(text.encode("utf-8")) <= DRAFT_BYTES and "source_tickets" in text
    assert len(escape_text(hostile(1)).encode("utf-8")) <= QUOTE_BYTES


def test_a_path_the_report_names_is_never_cut():
    """``escape_text`` cuts ticket text to 600 characters; a project path the report names went
    through it too and came out cut and marked ``…``, no longer the path it was."""
    from kbgen.suggest.drafts import QUOTE_MAX, escape_text
    from kbgen.suggest.report import render_markdown

    path = "/".join(f"folder-{n:03d}" for n in range(80)) + "/desk-kb"
    assert len(path) > QUOTE_MAX
    assert f"articles of {path}: " in render_markdown([], 0, 0, path)
    assert escape_text(path) != path and escape_text(path, limit=None) == path
