"""Round 18, after review of the trust sweep: abbreviation definitions that still cost their
square, JSON keys that a removed NUL made equal, md_in_html depth counted as it nests, folder
options, the key named beside an invisible line end, a content folder linked inside the project."""
from __future__ import annotations

import pytest


# ------------------------------------------------------------- abbreviation definitions, bounded

def _title_below(count: int) -> str:
    return "".join(f"*[A{i}]:\nB{i}\n" for i in range(count))


def _text_between(count: int) -> str:
    return "".join(f"*[A{i}]: B{i}\nw\n" for i in range(count))


@pytest.mark.parametrize("form", [_title_below, _text_between], ids=["title below", "text between"])
def test_abbreviation_definitions_past_the_limit_are_an_error_at_the_line_in_check_and_build(make_project, form):
    """A definition whose title is on the next line, or with text between two, is split off its
    block alone and the rest tested again by every block processor: 1,800 took 4.8 s, a 64 KiB
    page 21 s, and ``check`` passed."""
    from click.testing import CliRunner

    from conftest import article
    from kbgen.body_check import MAX_ABBREVIATIONS
    from kbgen.cli import main

    body = "Lead\n\n" + form(MAX_ABBREVIATIONS + 100) + "\nA1\n"
    project = make_project({"content/articles/a.md": article("KB0001", "Many", body)})
    line = 5 + 2 + 2 * MAX_ABBREVIATIONS  # the body from line 5, the lead and its blank line, two lines each
    told = (f"content/articles/a.md:{line}: error: body: {MAX_ABBREVIATIONS + 100:,} abbreviation definitions")
    for command in (["check"], ["build", "--out", str(project / "site")]):
        result = CliRunner().invoke(main, [*command, "--project", str(project), "--now", "2026-03-01T09:00:00Z"])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert told in result.output.replace(f":{line}:1: error[invalid]:", f":{line}: error:"), result.output


@pytest.mark.parametrize("body", [
    "".join(f"*[A{i}]: B{i}\n" for i in range(2_000)),  # a run in a row: taken at once
    "".join(f"*[A{i}]: B{i}\n*[C{i}]: D{i}\nw\n" for i in range(200)),  # runs of two
    _title_below(200), _text_between(200),
    "".join(f"*emphasis* and [a link](https://example.org/{i}): x\n* [ ] a task\n- [x] done, *[y]* z\n" for i in range(500)),
    "```\n" + _text_between(1_000) + "```\n",  # code
], ids=["run", "runs of two", "title below", "text between", "ordinary text", "code"])
def test_abbreviation_definitions_within_the_limit_are_not_told(body):
    from kbgen.body_check import MAX_ABBREVIATIONS, limit_diagnostics

    assert MAX_ABBREVIATIONS == 200
    assert limit_diagnostics("a.md", body, 5) == []


def test_names_running_over_lines_count_each_line():
    """Python-Markdown's name runs on to the first ``]:`` with no backslash before it, and each
    ``*[`` line start is tried again to there: 8,000 lines of ``*[x`` then a backslash took 4 s."""
    from kbgen.body_check import MAX_ABBREVIATIONS, limit_diagnostics

    told = limit_diagnostics("a.md", "*[x\n" * 8_000 + "\\\n", 5)
    assert [(d.line, d.message.split(";")[0]) for d in told] == [
        (5 + MAX_ABBREVIATIONS, "8,000 abbreviation definitions (a run of one-line ones in a row counts once)")]


@pytest.mark.parametrize("form", [_title_below, _text_between])
def test_the_most_abbreviation_definitions_allowed_render_in_bounded_time(form):
    """At the limit, with the page filled to 64 KiB by the text between: well under a second or
    two of CPU (the bound is what keeps the square small)."""
    import markdown

    from conftest import cpu_seconds
    from kbgen.body_check import MAX_ABBREVIATIONS

    filler = "w" * (64_000 // MAX_ABBREVIATIONS - 16)
    page = "".join(f"*[A{i}]: B{i}\n{filler}\n" if form is _text_between else f"*[A{i}]:\n{filler}\n"
                   for i in range(MAX_ABBREVIATIONS))
    assert cpu_seconds(lambda: markdown.markdown(page, extensions=["extra", "kbgen.site.linear"])) < 5


# ------------------------------------------------------------- JSON keys made equal by a removed NUL

@pytest.mark.parametrize("order", ["written first", "changed first"])
def test_a_key_made_equal_to_another_by_a_removed_nul_never_overwrites_it(tmp_path, order):
    """``"id": "T0003"`` beside ``"i\\u0000d": "X"``: the NUL removed, the second key was ``id``
    and silently took the ticket's id. Now the key as written keeps its value, wherever it stands,
    and the other is told as a key given twice at its record."""
    from kbgen.suggest.importers import load_tickets

    pairs = ['"id": "T0003"', '"i\\u0000d": "X"']
    if order == "changed first":
        pairs.reverse()
    export = tmp_path / "t.json"
    export.write_text('[{"id": "T0001", "subject": "s", "description": "d"}, {' + ", ".join(pairs)
                      + ', "subject": "s\\u0000", "description": "d"}]', encoding="utf-8")
    result = load_tickets([export], "json", {"id": "id", "title": "subject", "body": "description"})
    assert [t.ticket_id for t in result.tickets] == ["T0001", "T0003"]
    told = [(d.line, d.message) for d in result.diagnostics if "given twice" in d.message]
    assert told == [(2, "record 2: key id is given twice: 'i\\x00d' is id once its NUL or half surrogate is "
                        "removed; its value is dropped, id's kept")]


def test_keys_made_equal_to_each_other_keep_the_first_and_are_told_up_to_a_count(tmp_path):
    """Two changed keys that become equal keep the first one's value; a file of thousands is
    told key by key up to the usual number, then as a count."""
    from kbgen.errors import MAX_TOLD
    from kbgen.suggest.importers import load_tickets

    export = tmp_path / "t.jsonl"
    export.write_text("".join(f'{{"id": "T{i}", "subject": "s", "description": "d", "k\\u0000": "first", '
                              f'"\\u0000k": "second", "x\\udc00": "a", "x\\ud800": "b"}}\n' for i in range(100)),
                      encoding="utf-8")
    result = load_tickets([export], "json", {"id": "id", "title": "subject", "body": "description", "category": "k"})
    assert {t.category for t in result.tickets} == {"first"}
    told = [d for d in result.diagnostics if "given twice" in d.message]
    assert len(told) == MAX_TOLD + 1 and [d.line for d in told[:3]] == [1, 1, 2]
    assert told[-1].message.startswith(f"and {200 - MAX_TOLD:,} more keys given twice")


# ------------------------------------------------------------- Markdown inside HTML: what really nests

_ITEMS = "".join(f'<li markdown="1">item *{i}*\n' for i in range(60))


@pytest.mark.parametrize("body", [
    "<ul>\n" + _ITEMS + "</ul>\n",  # a raw parent: its content is never parsed as Markdown
    '<ul markdown="1">\n' + _ITEMS + "</ul>\n",  # items left open: span-level, they never recurse
    '<div markdown="1">\n' + "".join(f'<p markdown="1">para *{i}*\n' for i in range(60)) + "</div>\n",
    "<div>\n\n" + '<div markdown="1">\n\n' * 60 + "x\n\n" + "</div>\n\n" * 61,  # inside a raw block
    '<div markdown="span">\n\n' * 60 + "x\n\n" + "</div>\n\n" * 60,  # span-level all the way
], ids=["raw parent", "items left open", "paragraphs left open", "inside a raw block", "span"])
def test_markdown_inside_html_that_does_not_nest_as_blocks_passes_and_builds(body):
    """Elements that md_in_html never parses as blocks again (inside a raw parent, span-level
    ones such as ``<li markdown="1">``, open or closed) were counted as nested: ``<ul>`` and 60
    items without ``</li>`` was an error while Python-Markdown builds it."""
    import markdown

    from kbgen.body_check import limit_diagnostics
    from kbgen.site.render import MARKDOWN_EXTENSIONS

    assert limit_diagnostics("a.md", body, 5) == []
    names = [e if isinstance(e, str) else next(iter(e)) for e in MARKDOWN_EXTENSIONS]
    markdown.markdown(body, extensions=[*names, "kbgen.site.linear"])  # no RecursionError


@pytest.mark.parametrize("level", ['<div markdown="1">\n\n', '<li markdown="block">\n<section markdown="1">\n\n',
                                   '<div markdown>\n<p markdown="1">x</p>\n\n'])
def test_markdown_inside_html_nested_as_blocks_past_the_bound_is_still_told(level):
    from kbgen.body_check import MAX_MARKDOWN_HTML, limit_diagnostics

    told = limit_diagnostics("a.md", '<div markdown="1">\n\n' + level * 300 + "x\n", 5)
    assert len(told) == 1 and f"nested more than {MAX_MARKDOWN_HTML} levels deep" in told[0].message


def test_markdown_inside_html_the_check_passes_renders_on_random_pages():
    """Random nests of elements (block, span, raw, paragraphs closed by the next block): every
    page the check passes renders without exhausting Python-Markdown's recursion."""
    import random

    import markdown

    from kbgen.body_check import limit_diagnostics

    kinds = [('<div markdown="1">', "</div>"), ('<section markdown="block">', "</section>"), ("<ol>", "</ol>"),
             ('<p markdown="1">', "</p>"), ('<li markdown="block">', "</li>"), ("<div>", "</div>"),
             ('<div markdown="span">', "</div>"), ('<span markdown="1">', "</span>")]
    rng, told, passed = random.Random(1818), 0, 0
    for _ in range(12):
        chosen = rng.choices(kinds, [300, 30, 1, 3, 10, 1, 1, 4], k=rng.randint(150, 450))
        page = ("".join(start + rng.choice(["\n\n", "\n", "\n\ntext *x*\n\n"]) for start, _ in chosen) + "x\n\n"
                + "".join(end + "\n\n" for _, end in reversed(chosen)))
        if limit_diagnostics("a.md", page, 5):
            told += 1
            continue
        markdown.markdown(page, extensions=["extra", "kbgen.site.linear"])
        passed += 1
    assert told and passed


# ------------------------------------------------------------- every folder option refuses a device or a pipe

@pytest.mark.parametrize("args", [
    ["suggest", "{export}", "--project", "{odd}"], ["suggest", "{export}", "--project", "{project}", "--out", "{odd}"],
    ["search", "vpn", "--project", "{odd}"], ["search", "vpn", "--project", "{project}", "--site", "{odd}"],
], ids=["suggest --project", "suggest --out", "search --project", "search --site"])
@pytest.mark.parametrize("odd", ["/dev/null", "fifo"])
def test_suggest_and_search_refuse_a_device_or_a_pipe_as_a_folder(make_project, tmp_path, args, odd):
    """The README says a device, pipe or socket given as a folder is a usage error; ``suggest``
    and ``search`` still took plain click folders (a device passed)."""
    import os

    from click.testing import CliRunner

    from conftest import article
    from kbgen.cli import main

    project = make_project({"content/articles/a.md": article("KB0001", "VPN")})
    export = tmp_path / "t.csv"
    export.write_text("id,subject,description\nT1,VPN,drops\n", encoding="utf-8")
    if odd == "fifo":
        odd = str(tmp_path / "fifo")
        os.mkfifo(odd)
    result = CliRunner().invoke(main, [a.format(odd=odd, project=project, export=export) for a in args])
    assert result.exit_code == 2 and f"{odd!r} is not a folder (a device, a pipe or a socket)" in result.output, result.output


# ------------------------------------------------------------- the key beside an invisible line end

@pytest.mark.parametrize("front, line, key", [
    ('title: "Reset \u2028VPN"\n', 2, "title"),
    ("summary: >\n  a long\n  text \u2029 here\n", 4, "summary"),
    ("keywords:\n  - vpn\n  - token\u0085x\n", 4, "keywords"),
], ids=["title", "folded summary", "list item"])
def test_an_invisible_line_end_in_front_matter_names_its_key(make_project, front, line, key):
    """Round 18 told these at the right line but without the key (``title: holds ...`` before)."""
    from conftest import article
    from kbgen.build import load_project

    text = article("KB0001", "VPN").replace("---\n", "---\n" + front, 1)
    project = make_project({"content/articles/a.md": text.replace("title: VPN\n", "") if key == "title" else text})
    lines = [d.format() for d in load_project(project)[1]]
    assert any(entry.startswith(f"content/articles/a.md:{line}: error: {key}: holds the invisible line separator")
               for entry in lines), lines


def test_the_key_of_an_invisible_line_end_is_found_in_linear_time():
    """The key is read by a line scan (YAML cannot read the text): long lines without a colon,
    or with thousands, cost their length."""
    from conftest import cpu_seconds
    from kbgen.yaml_load import load_yaml

    text = ("k" + " " * 60_000 + "x\n") * 3 + ("a:" * 30_000 + "\n") * 3 + "late: \u2028\n"
    assert cpu_seconds(lambda: load_yaml(text)) < 1
    assert load_yaml(text)[2][0].key == "late"


# ------------------------------------------------------------- kbgen new through a link inside the project

@pytest.mark.parametrize("what, folder, extra", [("article", "articles", []), ("article", "articles", ["--folder", "a/b"]),
                                                 ("announcement", "announcements", [])],
                         ids=["article", "article in a folder", "announcement"])
def test_new_writes_through_a_content_folder_linked_inside_the_project(make_project, what, folder, extra):
    """The refusal of a link out of the project must not catch a link that stays inside it
    (``content/articles`` linked to ``shared/articles`` of the same project): the file is
    made there, and ``kbgen check`` reads it."""
    from click.testing import CliRunner

    from kbgen.cli import main

    project = make_project({})
    shared = project / "shared" / folder
    shared.mkdir(parents=True)
    (project / "content").mkdir(exist_ok=True)
    linked = project / "content" / folder
    if linked.exists():
        for item in linked.iterdir():
            (shared / item.name).write_bytes(item.read_bytes())
            item.unlink()
        linked.rmdir()
    linked.symlink_to(shared, target_is_directory=True)
    before = {p.name for p in shared.rglob("*.md")}
    result = CliRunner().invoke(main, ["new", what, "Printer setup", "--project", str(project), *extra])
    assert result.exit_code == 0, result.output
    made = [p for p in shared.rglob("*.md") if p.name not in before]
    assert len(made) == 1 and ("a/b" not in extra[1:] or made[0].parent == shared / "a" / "b")
    checked = CliRunner().invoke(main, ["check", "--project", str(project), "--now", "2026-03-01T09:00:00Z"])
    assert checked.exit_code == 0 and "outside the project" not in checked.output, checked.output
