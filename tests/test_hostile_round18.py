"""Round 18: leftovers of round 17 and a new sweep of hostile input (URLs encoded past the
checks, markup in every shown value, YAML shapes, odd files)."""
from __future__ import annotations

import pytest


# ------------------------------------------------------------- leftovers

@pytest.mark.parametrize("value", ["2026-03-01T09:00:00+24:00", "2026-03-01T09:00:00-24:00", "2026-03-01T09:00:00+25:30"])
def test_front_matter_and_now_refuse_an_offset_of_a_day_with_one_message(value):
    """The schema said the offset lies "between -24:00 and +24:00" and ``--now`` said
    "-23:59..+23:59" for the same rule of Python's (strictly less than a day either way)."""
    from kbgen import schema
    from kbgen.errors import BadOption
    from kbgen.moment import parse_now

    with pytest.raises(schema.Invalid) as in_schema:
        schema.moment("UTC")(value)
    with pytest.raises(BadOption) as in_option:
        parse_now(value)
    assert schema.OFFSET_RANGE in str(in_schema.value) and schema.OFFSET_RANGE in in_option.value.reason


@pytest.mark.parametrize("value", ["2026-03-01T09:00:00+23:59", "2026-03-01T09:00:00-23:59", "2026-03-01T09:00:00+23:59:59"])
def test_front_matter_and_now_accept_the_widest_offsets_the_message_names(value):
    """The ends the message names are accepted by both (so the message is no stricter than the rule)."""
    from kbgen import schema
    from kbgen.moment import parse_now

    assert schema.moment("UTC")(value) == parse_now(value)


def test_a_map_key_given_twice_is_an_error_naming_both_pairs():
    """``--map id=a,id=b`` was told "given twice" without which columns, so the writer could not
    see which of the two was a typo; a key differing only in case is the same key."""
    from kbgen.errors import BadOption
    from kbgen.suggest.pipeline import parse_columns

    with pytest.raises(BadOption) as caught:
        parse_columns("id=Ref,title=Subject,ID=Number,body=Text")
    assert "'id' is given 2 times ('id=Ref', 'ID=Number'); give it once" in caught.value.reason
    assert parse_columns("id=Ref,title=Subject") == {"id": "Ref", "title": "Subject"}


def test_the_summary_of_dropped_tags_names_only_the_tags_beyond_those_told():
    """The kinds named in the summary are those of the tags not told one by one, in order."""
    from kbgen.body_check import MAX_DROPPED_TOLD, script_diagnostics

    body = "".join(f"<told{i}> " for i in range(MAX_DROPPED_TOLD)) + "<late1> <late2> <late1>\n"
    found = [d.message for d in script_diagnostics("a.md", body, 1) if "drops" in d.message]
    assert len(found) == MAX_DROPPED_TOLD + 1
    assert found[-1].endswith("and 3 more tags the page drops from here on: <late1>, <late2>")


def test_first_and_rest_hands_each_item_beyond_those_told_to_left():
    from kbgen.errors import first_and_rest

    seen: list[int] = []
    assert first_and_rest(iter(range(6)), 2, seen.append) == ([0, 1], 4, 2) and seen == [2, 3, 4, 5]


# ------------------------------------------------------------- line ends: CR alone, YAML's own

@pytest.mark.parametrize("bad, said", [(b"\xff", "not valid UTF-8"), (b"\x00", "NUL byte"), (b"\x0b", "U+000B")])
@pytest.mark.parametrize("newline", [b"\r", b"\r\n", b"\n"])
def test_a_bad_byte_is_told_at_its_line_whatever_ends_the_lines(tmp_path, bad, said, newline):
    """A file saved with a carriage return alone at each line end (classic Mac editors, some
    exports) was told line 1 for a bad byte or a NUL on any line: the lines were counted by LF."""
    from kbgen.source import read_text

    path = tmp_path / "a.md"
    path.write_bytes(newline.join([b"---", b"id: KB0001", b"title: T", b"---", b"text", b"more " + bad + b" text", b""]))
    text, problems = read_text(path, "a.md")
    assert text is None and [(p.line, said in p.message) for p in problems] == [(6, True)]


def test_a_file_over_the_limit_is_told_at_its_line_with_cr_line_ends(tmp_path):
    from kbgen.source import MAX_CONTENT_BYTES, read_text

    path = tmp_path / "a.md"
    path.write_bytes(b"word\r" * (MAX_CONTENT_BYTES // 5 + 10))
    _, problems = read_text(path, "a.md")
    assert problems[0].line == MAX_CONTENT_BYTES // 5 + 1 and "larger than" in problems[0].message


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_a_yaml_line_separator_is_an_error_at_the_line_an_editor_shows(make_project, char):
    """YAML reads NEL and Unicode's line and paragraph separators as line ends: a title pasted
    with one was cut there and told as "not 'key: value'" one line further down than the
    editor shows, and every line told after it was off by one."""
    from kbgen.yaml_load import load_yaml

    text = f"id: KB0001\ntitle: Printer{char}queue\nsummary: s\nreviewed: 2026-01-01\n"
    data, _, problems = load_yaml(text, first_line=2)
    assert data is None and [p.line for p in problems] == [3]
    assert f"U+{ord(char):04X}" in problems[0].message and "line end" in problems[0].message
    assert load_yaml('title: "Printer\\Lqueue"\n')[0] == {"title": "Printer\u2028queue"}  # an escape is no line end


def test_many_lines_with_yaml_line_separators_are_told_up_to_the_bound_then_counted():
    from kbgen.errors import MAX_TOLD
    from kbgen.yaml_load import load_yaml

    _, _, problems = load_yaml("".join(f"k{i}: a\u2028b\u2029c\n" for i in range(5_000)))
    assert len(problems) == MAX_TOLD + 1 and problems[-1].line == MAX_TOLD + 1
    assert f"and {5_000 - MAX_TOLD:,} more lines" in problems[-1].message


# ------------------------------------------------------------- ticket exports: escapes no file can hold

def test_json_escapes_of_nul_and_lone_surrogates_are_read_as_writable_text(tmp_path):
    """A JSON export's ``\\ud800`` (half of a surrogate pair: an export cut inside an emoji) and
    ``\\u0000`` reached the tickets as they were: ``kbgen suggest`` then stopped with "kbgen
    failed unexpectedly" (UnicodeEncodeError) when it wrote the redacted tickets or the report.
    A whole pair stays the character it encodes."""
    import json

    from kbgen.suggest.importers import load_tickets

    export = tmp_path / "t.json"
    export.write_text('[{"id": "T1", "subject": "Cut \\ud83d here \\ud83d\\ude00", "description": "a\\u0000b"},'
                      ' {"id": "T2", "subject": "plain", "description": "text", "k\\u0000": "\\uDC00"}]', encoding="utf-8")
    result = load_tickets([export], "json", {"id": "id", "title": "subject", "body": "description"})
    first = result.tickets[0]
    assert (first.subject, first.description) == ("Cut \ufffd here \U0001f600", "ab")
    assert [d.message for d in result.diagnostics] == [
        "4 strings held an escaped NUL (\\u0000) or half of a surrogate pair (\\ud800-\\udfff), which no file can "
        "hold: NULs removed, each half read as U+FFFD"]
    json.dumps([vars(t) for t in result.tickets], default=str).encode("utf-8")  # writable


def test_suggest_writes_its_report_from_an_export_with_a_lone_surrogate(make_project, tmp_path):
    from click.testing import CliRunner

    from conftest import article
    from kbgen.cli import main

    export = tmp_path / "t.jsonl"
    export.write_text("".join(f'{{"id": "T{i}", "subject": "VPN drops \\udc80 {i}", "description": "x\\u0000y"}}\n'
                              for i in range(5)), encoding="utf-8")
    project = make_project({"content/articles/a.md": article("KB0001", "VPN")})
    result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project), "--map",
                                       "id=id,title=subject,body=description", "--redacted-out", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 0, result.output
    assert "\ufffd" in (tmp_path / "r.jsonl").read_text(encoding="utf-8") and "strings held an escaped NUL" in result.output


# ------------------------------------------------------------- footnotes referred to many times

@pytest.mark.parametrize("config", [{}, {"footnotes": {"UNIQUE_IDS": True}}, {"footnotes": {"SEPARATOR": "-"}}])
def test_footnote_reference_ids_are_python_markdowns_own(config):
    """kbgen's reference ids are those Python-Markdown gives (``fnref:a``, ``fnref2:a`` ...),
    page after page with one converter, whatever the footnote settings."""
    import markdown

    body = "A[^a] b[^b] c[^a] d[^1] e[^a][^b] f[^1]\n\n- item[^a]\n\n> quote[^b]\n\n[^a]: note a[^b]\n[^b]: note b\n[^1]: one\n"
    theirs = markdown.markdown(body, extensions=["extra", "sane_lists"], extension_configs=config)
    converter = markdown.Markdown(extensions=["extra", "sane_lists", "kbgen.site.linear"], extension_configs=config)
    ours = [converter.convert(body), converter.reset().convert(body)]
    assert ours == [theirs, theirs] and 'id="fnref4:a"' in theirs.replace("-", ":")


def test_one_footnote_referred_to_thousands_of_times_renders_in_linear_time():
    """Python-Markdown named the n-th reference to a footnote by trying ``fnref2:x`` ...
    ``fnrefn:x`` in turn: a page of 10,000 references to one footnote took 90 s to build."""
    import markdown

    from conftest import cpu_seconds

    def render(references: int) -> None:
        markdown.markdown("t[^1] " * references + "\n\n[^1]: n\n", extensions=["extra", "kbgen.site.linear"])

    small, large = cpu_seconds(lambda: render(1_500)), cpu_seconds(lambda: render(6_000))
    assert large < 7 * max(small, 0.02), (small, large)  # the square would be 16 times


# ------------------------------------------------------------- Markdown inside HTML, nested

def test_markdown_inside_html_nested_past_the_bound_is_an_error_at_its_line_in_check_and_build(make_project):
    """``<div markdown="1">`` nested a few hundred deep: ``check`` passed, and ``build`` failed
    with "rendering failed" and no line (Python-Markdown recurses once per such element)."""
    from click.testing import CliRunner

    from conftest import article
    from kbgen.body_check import MAX_MARKDOWN_HTML
    from kbgen.cli import main

    depth = 300
    body = "Lead\n\n" + '<div markdown="1">\n\n' * depth + "x\n\n" + "</div>\n\n" * depth
    project = make_project({"content/articles/a.md": article("KB0001", "Deep", body)})
    line = 5 + 2 + 2 * MAX_MARKDOWN_HTML  # the body from line 5, the lead and its blank line, two lines a level
    told = (f"content/articles/a.md:{line}: error: body: HTML elements with a markdown attribute nested more than "
            f"{MAX_MARKDOWN_HTML} levels deep")
    for command in (["check"], ["build", "--out", str(project / "site")]):
        result = CliRunner().invoke(main, [*command, "--project", str(project), "--now", "2026-03-01T09:00:00Z"])
        assert result.exit_code == 1 and told in result.output.replace(f":{line}:1: error[invalid]:", f":{line}: error:")


@pytest.mark.parametrize("body", [
    '<div markdown="1">\n\nx\n\n</div>\n\n' * 2_000,  # many, none inside another
    '<div markdown="0">' * 100 + "x",  # Markdown turned off
    "<div>" * 1_000 + "x" + "</div>" * 1_000,  # plain HTML: not parsed as Markdown again
    "```\n" + '<div markdown="1">' * 100 + "\n```\n",  # code
    "<!-- " + '<div markdown="1">' * 100 + " -->",  # a comment
    '<div markdown="1"><p markdown="1">x</p></div>' * 100,  # closed as they go
])
def test_markdown_inside_html_that_renders_is_not_told(body):
    from kbgen.body_check import limit_diagnostics

    assert limit_diagnostics("a.md", body, 5) == []


def test_the_deepest_markdown_inside_html_allowed_renders():
    import markdown

    from kbgen.body_check import MAX_MARKDOWN_HTML

    level = '<div markdown="1">\n\n- item\n\n    > quote\n\n'
    page = markdown.markdown(level * MAX_MARKDOWN_HTML + "x\n\n" + "</div>\n\n" * MAX_MARKDOWN_HTML,
                             extensions=["md_in_html", "extra", "kbgen.site.linear"])
    assert page.count("<blockquote>") == MAX_MARKDOWN_HTML


# ------------------------------------------------------------- folders that are devices or pipes

@pytest.mark.parametrize("args", [["build", "--out", "{odd}", "--project", "{project}"], ["check", "--project", "{odd}"],
                                  ["init", "{odd}"]])
@pytest.mark.parametrize("odd", ["/dev/null", "fifo"])
def test_a_device_or_a_pipe_given_as_a_folder_is_a_usage_error_naming_it(make_project, tmp_path, args, odd):
    """``--out /dev/null`` was read as the previous site's catalogue and told "not a regular
    file; is it a kbgen catalogue?" (click's folder check refuses regular files only)."""
    import os

    from click.testing import CliRunner

    from conftest import article
    from kbgen.cli import main

    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    if odd == "fifo":
        odd = str(tmp_path / "fifo")
        os.mkfifo(odd)
    result = CliRunner().invoke(main, [a.format(odd=odd, project=project) for a in args])
    assert result.exit_code == 2 and f"{odd!r} is not a folder (a device, a pipe or a socket)" in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------------- kbgen new through a link out of the project

@pytest.mark.parametrize("what, folder, extra", [("article", "articles", []), ("article", "articles", ["--folder", "a/b"]),
                                                 ("announcement", "announcements", [])])
@pytest.mark.parametrize("leads_to", ["outside", "nowhere"])
def test_new_writes_nothing_through_a_content_folder_linked_out_of_the_project(make_project, tmp_path, what, folder,
                                                                               extra, leads_to):
    """``content/articles`` linked to a folder outside the project: ``kbgen new`` wrote the
    article there (and made ``--folder``'s folders there), though the loader refuses to read
    through such a link."""
    from click.testing import CliRunner

    from kbgen.cli import main

    project = make_project({})
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / "content").mkdir(exist_ok=True)
    target = outside if leads_to == "outside" else tmp_path / "gone" / "away"
    (project / "content" / folder).symlink_to(target, target_is_directory=True)
    result = CliRunner().invoke(main, ["new", what, "Printer setup", "--project", str(project), *extra])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"content/{folder}: is a link to {target}, outside the project" in result.output
    assert list(outside.iterdir()) == [] and not (tmp_path / "gone").exists()


# ------------------------------------------------------------- abbreviation definitions in a row

_ABBREVIATION_PAGES = [
    "*[A]: one\n*[B]: two\n*[HTML]: Hyper\n\nA B HTML\n",
    "Lead\n*[A]: one\n*[B]: two\n*[C]: three\nA B C after\n",
    "*[A]: one\n*[B]: two\n---\n\nA B\n",  # a Setext underline after the last: a heading
    "*[A]: one\n*[B]: a | b\n--- | ---\n\nA B\n",  # a table's separator after the last
    "*[A]: one\n*[B]: ''\n*[B]: two\n*[C]:\n  next line\n\nA B C\n",  # a removal, a title on the next line
    "> quote\n*[A]: one\n*[B]: two\nlazy\n\nA B\n",  # inside a quote, then a lazy line
    "- item\n*[A]: one\n*[B]: two\n*[C]: three\n- next\n\nA B C\n",
    "*[A]: one\n*[]: empty\n*[B]: two\n# Head\n\nA B\n",
]


@pytest.mark.parametrize("page", _ABBREVIATION_PAGES)
def test_abbreviation_definitions_taken_at_once_give_python_markdowns_page(page, monkeypatch):
    import markdown

    import kbgen.site.linear as linear

    ours = markdown.markdown(page, extensions=["extra", "admonition", "kbgen.site.linear"])
    monkeypatch.setattr(linear, "abbreviations_at_once", lambda processor, take_first, parent, blocks:
                        take_first(parent, blocks))  # Python-Markdown's own, one definition a pass
    assert ours == markdown.markdown(page, extensions=["extra", "admonition", "kbgen.site.linear"])


def test_abbreviation_definitions_in_a_row_render_in_linear_time():
    """Each definition was taken off its block alone, and every block processor tested the rest
    of the block again: 1,500 definitions in a row took 3 s of CPU."""
    import markdown

    from conftest import cpu_seconds

    def render(count: int) -> None:
        markdown.markdown("".join(f"*[AB{i}]: Abbreviation {i}\n" for i in range(count)) + "\nAB1\n",
                          extensions=["extra", "kbgen.site.linear"])

    small, large = cpu_seconds(lambda: render(400)), cpu_seconds(lambda: render(1_600))
    assert large < 7 * max(small, 0.01), (small, large)  # the square would be 16 times
