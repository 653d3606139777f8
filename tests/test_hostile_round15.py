"""Round 15 of the robustness audit: check reads tags and comments as the page does (one tag
scanner, links inside comments are no links, dropped tags capped per page), one JSON bound
counting only structural punctuation (exports, catalogues, search index files, the build
cache's manifest), and the findings of attacking ``kbgen serve``, the status page, the email
templates and suggest's drafts."""
from __future__ import annotations

import json
import re
import tracemalloc

import pytest
from click.testing import CliRunner

from conftest import article, cpu_seconds
from kbgen.cli import main


def _check(project, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *options, "--project", str(project)])
    return result.exit_code, result.output


# ------------------------------------------------------------- check reads markup as the page does

@pytest.mark.parametrize("body", [
    "Press <script\n\nand then Enter>.",
    "Open <img src=x onerror=alert(7)\n  \nthen close it>.",
    'See <a href="javascript:void(0)"\n\n> for details.',
])
def test_a_tag_a_blank_line_cuts_short_is_text_and_no_script_warning(make_project, body):
    """The page shows a '<' whose tag a blank line cuts short as text (Markdown ends the
    paragraph), so it runs nothing: the script check read its own tags and still warned."""
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Keys", body)}))
    assert code == 0, output
    assert "script" not in output and "dropped-html" not in output, output


@pytest.mark.parametrize("comment", [
    "Ask first <!-- [old form](javascript:alert(3)) and [gone](missing-page.md) --> then go on.",
    "Ask first.\n\n<!--\n[old form](javascript:alert(3))\n\n[gone](KB9999.md)\n-->\n\nThen go on.",
    "Ask first.\n  <!-- drafts below, never shown\n\n[old form](javascript:alert(3))\n[gone](missing-page.md) -->",
])
def test_a_markdown_link_inside_an_html_comment_is_no_link(make_project, comment):
    """A comment is not shown, so its links are not links: a script URL or a link to a missing
    page inside one failed ``check`` and the build. Outside the comment the same links still fail."""
    project = make_project({"content/articles/a.md": article("KB0001", "Forms", comment)})
    code, output = _check(project)
    assert code == 0 and "link" not in output and "KB9999" not in output, output
    shown = make_project({"content/articles/a.md": article(
        "KB0001", "Forms", "Ask [old form](javascript:alert(3)) and [gone](missing-page.md).")}, name="shown")
    code, output = _check(shown)
    assert code != 0 and "script URLs are not allowed" in output and "missing-page.md" in output, output


def test_a_page_of_dropped_tags_is_told_ten_times_and_once_more_with_the_rest(make_project):
    """Pasted markup of unknown elements gave one warning per tag, burying every other finding:
    the first ten are told at their lines, the rest in one warning naming each kind once."""
    lines = [f"Step {n}: press <key{n % 3}> then <pad>." for n in range(40)]
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Keys", "\n\n".join(lines))}))
    told = [line for line in output.splitlines() if "dropped-html" in line]
    assert code == 0 and len(told) == 11, output
    assert "and 70 more tags the page drops from here on" in told[-1]
    assert told[-1].count("<pad>") == 1 and "<key0>" in told[-1] and "<key2>" in told[-1]


def test_the_summary_of_dropped_tags_lists_whole_names_then_an_ellipsis(make_project):
    """The summary cut its list of names mid-name and quoted it in nested parentheses
    (``('<a>, <b>, <ca'... (320 characters))``): it lists whole names, at most ten, then '…'."""
    lines = [f"Press <pad> then <widget{n:02d}>." for n in range(30)]
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Keys", "\n\n".join(lines))}))
    summary = [line for line in output.splitlines() if "more tags the page drops" in line][-1]
    listed = summary.split("from here on: ", 1)[1]
    assert listed.endswith(", …") and "(" not in summary.split("dropped-html", 1)[1], summary
    names = listed[:-len(", …")].split(", ")
    assert 1 <= len(names) <= 10 and all(re.fullmatch(r"<(pad|widget\d\d)>", name) for name in names), names


def test_a_tag_name_ends_where_a_browser_ends_it(make_project):
    """``<script.x>`` is an unknown element to a browser (its name runs to whitespace, '/' or
    '>'), not a script: it is told as a dropped tag named as the browser names it."""
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Names", "Type <script.x> here.")}))
    assert "<script.x> is no HTML element" in output and "<script> is removed" not in output, output


@pytest.mark.parametrize("body", [
    "Ask first.\n\n<!-- never closed\n[old form](javascript:alert(3)) and [gone](missing-page.md)",
    "Ask <!-- a remark\n\nthat a blank line cuts: [old form](javascript:alert(3)) [gone](missing-page.md) -->",
    "Ask <!--> [old form](javascript:alert(3)) [gone](missing-page.md) -->.",
    "Ask <!---> [old form](javascript:alert(3)) [gone](missing-page.md) -->.",
    "Ask <!-- a remark --!> [old form](javascript:alert(3)) [gone](missing-page.md) -->.",
    "Ask first.\n\n<!-- a remark --!>\n[old form](javascript:alert(3)) [gone](missing-page.md)\n-->",
    "Ask <!-- a remark [old form](javascript:alert(3)) [gone](missing-page.md) <!-- another --> then go on.",
    "Ask <!-- type `-->` [old form](javascript:alert(3)) [gone](missing-page.md) --> then go on.",
], ids=["unclosed", "blank-line", "empty", "empty-dash", "bang-close", "bang-close-block", "nested", "close-in-code"])
def test_a_comment_the_page_shows_as_text_hides_no_link(make_project, body):
    """A comment nothing closes, or one opened inside a paragraph that a blank line cuts, is
    shown as text by the page, links and all: those links are still checked. So is what
    follows where HTML ends a comment (``<!-->``, ``<!--->``, ``--!>``: the page shows the rest,
    its links live), a comment holding another ``<!--`` (Markdown shows the first as text) and
    one whose first ``-->`` stands in backticks (the comment ends there on the page)."""
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Forms", body)}))
    assert code != 0 and "script URLs are not allowed" in output and "missing-page.md" in output, output


# ------------------------------------------------------------- one JSON bound, structural punctuation only

def test_brackets_inside_strings_do_not_make_an_export_dense(tmp_path):
    """An export whose tickets quote logs or code (``[[0x1f]]``, ``{{{``) is as cheap to parse
    as any text: the bound counted every '[' and '{', inside strings too, and refused it."""
    from kbgen.json_bounds import FEW_CONTAINERS
    from kbgen.suggest.importers.reading import read_json

    log = "[{" * 30
    text = "[" + ",".join(f'{{"id":{n},"subject":"Dock {n} error","body":"log: {log}"}}'
                          for n in range(FEW_CONTAINERS // 4)) + "]"
    assert text.count("[") + text.count("{") > max(FEW_CONTAINERS, len(text) // 8)  # the old count refused it
    diagnostics: list = []
    assert len(read_json("logs.json", text.encode(), diagnostics)) == FEW_CONTAINERS // 4
    assert not diagnostics, [str(d) for d in diagnostics]


@pytest.mark.parametrize("text, expected", [
    ('["a[b", {"c": [1,2]}]', 3), ('"\\"[[{"', 0), ('["x\\\\", [', 2), ('"unclosed [[ {', 0), ('["\\', 1)])
def test_only_punctuation_outside_strings_counts(text, expected):
    """Escaped quotes, an escaped backslash before a closing quote, an unclosed string and a
    trailing backslash are read as JSON reads them."""
    from kbgen.json_bounds import structural_count

    assert structural_count(text, "[{", -1) == expected


def test_counting_outside_strings_is_linear():
    """Escapes and quotes in any order cost the same per character (a fourfold text costs about
    four times as much CPU time, far from sixteen)."""
    from kbgen.json_bounds import structural_count

    def text(size: int) -> str:
        return "[" * size + '"' + '\\"[' * size + '"\\' + '{"' * size

    small, large = (cpu_seconds(lambda n=n: structural_count(text(n), "[{", 0)) for n in (200_000, 800_000))
    assert large < 8 * max(small, 0.002)


def test_a_cache_manifest_of_millions_of_empty_values_is_not_built(make_project):
    """The build cache's manifest was parsed whole however it was made: 16 MiB of ``[],`` took
    hundreds of MB. A manifest that dense is no manifest kbgen writes: the build starts clean."""
    from kbgen.site.cache import MANIFEST, cache_dir, load_manifest

    out = make_project() / "site"
    path = cache_dir(out) / MANIFEST
    path.parent.mkdir(parents=True)
    path.write_text('{"entries":{"a":[' + "[]," * 5_000_000 + "[]]}}", encoding="utf-8")
    tracemalloc.start()
    try:
        assert load_manifest(out) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2 ** 20


def test_an_index_file_whose_strings_hold_commas_is_read(make_project):
    """A search index file's values were counted with the commas and brackets of its strings (a
    summary listing many items): only structural ones count, so such an index is read."""
    from kbgen.json_bounds import too_many_values

    summary = json.dumps("a, b, [c], {d}, " * 1000)
    assert too_many_values("[" + summary + "]", 100) is False
    assert too_many_values("[" + "1," * 101 + "1]", 100) is True


# ------------------------------------------------------------- kbgen serve: methods

@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PROPFIND", "GET\x00"])
def test_serve_answers_a_method_a_static_site_has_no_use_for_with_405(method):
    """Every method was answered as GET (``PUT /`` got the home page, 200): anything but GET
    and HEAD is a 405 naming the two it allows, before any file is looked for."""
    from kbgen.site.serve import _server_class

    said = []
    server = object.__new__(_server_class())  # the method check needs no socket
    answer = server.serve_request({"REQUEST_METHOD": method, "PATH_INFO": "/"},
                                  lambda status, headers: said.append((status, dict(headers))))
    assert said == [("405 Method Not Allowed", {"Allow": "GET, HEAD", "Content-Type": "text/plain"})]
    assert answer == [b"405 Method Not Allowed"]


def test_serve_answers_head_without_a_body(tmp_path):
    """HEAD got the page's body after its headers (on a kept-alive connection the next answer
    is then read from the middle of a page): for a real file, GET's status and headers
    (``Content-Length`` too) and no body; POST and OPTIONS to the same file are a 405 naming
    GET and HEAD. The server is made but never bound: ``serve_request`` needs no socket."""
    from kbgen.site.serve import _server_class

    page = b"<p>Printer queue cleared.</p>\n"
    (tmp_path / "index.html").write_bytes(page)
    server = _server_class()(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        answers = {}
        for method in ("GET", "HEAD", "POST", "OPTIONS"):
            said: list = []
            body = server.serve_request({"REQUEST_METHOD": method, "PATH_INFO": "/index.html"},
                                        lambda status, headers: said.append((status, dict(headers))))
            answers[method] = (said, b"".join(body))
    finally:
        server.server_close()
    assert answers["GET"][1] == page and answers["GET"][0][0][0] == "200 OK"
    assert answers["HEAD"] == (answers["GET"][0], b"")
    assert answers["HEAD"][0][0][1]["Content-Length"] == str(len(page))
    for method in ("POST", "OPTIONS"):
        (status, headers), = answers[method][0]
        assert status == "405 Method Not Allowed" and headers["Allow"] == "GET, HEAD", answers[method]


# ------------------------------------------------------------- YAML nested past the C composer's stack

@pytest.mark.parametrize("where, value", [
    ("content/articles/a.md", "[" * 30_000 + "]" * 30_000),
    ("content/articles/a.md", "\n" + "- " * 31_000 + "x"),
    ("site_config.yml", "\n" + "- " * 60_000 + "x"),
], ids=["flow-lists", "block-lists", "config-block-lists"])
def test_yaml_nested_tens_of_thousands_deep_is_an_error_not_a_crash(make_project, where, value):
    """libyaml's composer recurses once per level in C with no check: 30,000 levels of '['
    (60 KB of front matter, under the file limit) killed the process with a segmentation fault,
    no message. Nesting is measured on the parser's events first: one error at the line."""
    import subprocess
    import sys

    files = {"content/articles/a.md": article("KB0001", "Deep", "Text.")}
    config = None
    if where == "site_config.yml":
        config = "site_name: Deep\norganisation:" + value + "\n"
    else:
        files[where] = "---\nid: KB0001\ntitle: Deep\nkeywords: " + value + "\n---\nText.\n"
    project = make_project(files, config=config) if config else make_project(files)
    run = subprocess.run([sys.executable, "-m", "kbgen", "check", "--project", str(project)],
                         capture_output=True, text=True, timeout=120)
    line = 3 if config else (4 if value.startswith("[") else 5)
    assert run.returncode == 1, (run.returncode, run.stderr[-500:])
    depth = value.count("[") + 1 if value.startswith("[") else value.count("- ") + 2  # the lists, the key's mapping, the leaf
    assert f"{where}:{line}:" in run.stdout + run.stderr, run.stdout + run.stderr
    told = f"{depth:,}" if depth <= 1_000 else "more than 1,000"  # counted up to 1,000 (round 16: libyaml's scan is quadratic in depth)
    assert f"values are nested {told} levels deep (at most 100); flatten the structure" in run.stdout + run.stderr
    assert "Traceback" not in run.stderr


def test_nesting_is_told_in_one_wording_with_the_depth_found_whichever_reader_finds_it():
    """Nesting deep enough to be measured on the parser's events first was told "more than 100
    levels", the loaders' "N levels deep (at most 100)": one rule, one message, the same count;
    and a key of an earlier document never names a later one's value."""
    from kbgen.yaml_load import load_yaml

    for levels, told in ((300, "301"), (999, "1,000"), (3_000, "more than 1,000")):  # counted up to 1,000
        problems = load_yaml("name: x\nparts: " + "[" * levels + "]" * levels + "\n")[2]
        assert [(p.line, p.key, p.message) for p in problems] == [
            (2, "parts", f"values are nested {told} levels deep (at most 100); flatten the structure")]
    problems = load_yaml("name: x\n---\n" + "[" * 3_000 + "]" * 3_000 + "\n")[2]
    assert [(p.line, p.key) for p in problems] == [(2, "")]  # the '---' comes first in the file (round 16)
    assert "second document" in problems[0].message


# ------------------------------------------------------------- the reply agents paste into tickets

@pytest.mark.parametrize("link", ["[portal](javascript:open())", "[portal](jav&#x61;script:open())",
                                  "[portal][p]\\n\\n[p]: &#106;avascript:open()", "[portal](VBScript:open)"])
def test_a_reply_template_linking_a_script_url_is_an_error(make_project, link):
    """The template's own Markdown is kept in the reply agents paste into a ticket tool that
    renders it: a script link in ``reply_template`` went into every reply. It is an error at
    its line; a link to ``{url}`` is not."""
    from conftest import MINIMAL_CONFIG

    config = MINIMAL_CONFIG + f'reply_template: "Try {{title}}: [the guide]({{url}}) or {link}"\n'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")}, config=config))
    assert code == 1 and "reply_template: links to a script URL" in output, output
    line = MINIMAL_CONFIG.count("\n") + 1
    assert f"site_config.yml:{line}:" in output
    fine = MINIMAL_CONFIG + 'reply_template: "Try {title}: [the guide]({url})"\n'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")},
                                       config=fine, name="fine"))
    assert code == 0 and "reply_template" not in output, output


@pytest.mark.parametrize("hidden", ["<!-- [portal](javascript:open()) -->", "<!--> [portal](javascript:open()) -->"])
def test_a_script_link_in_a_comment_of_the_reply_template_is_an_error(make_project, hidden):
    """The Markdown reply writes the template's '<' as '\\<', so a comment in it is shown as
    text there, its links live: the check read the template with its comments hidden and let a
    script link through. The text the reply carries is what is checked."""
    from conftest import MINIMAL_CONFIG

    config = MINIMAL_CONFIG + f'reply_template: "Try {{title}}: {{url}} {hidden}"\n'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")}, config=config))
    assert code == 1 and "reply_template: links to a script URL" in output, output
    fine = MINIMAL_CONFIG + 'reply_template: "Try {title}: {url} <!-- [guide](https://example.org/) -->"\n'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")},
                                       config=fine, name="fine"))
    assert code == 0 and "reply_template" not in output, output


def test_a_json_lines_record_nested_too_deeply_is_told_at_its_line():
    """A JSON Lines export with one record nested past Python's parser was "invalid JSON at line
    2 column 1: Extra data; the file may be truncated": it is told as nested too deeply, at its line."""
    from kbgen.suggest.importers.reading import read_json

    first = json.dumps({"id": 1, "subject": "Kiosk frozen", "body": "words " * 20_000})
    text = first + "\n" + '{"id": 2, "body": ' + "[" * 30_000 + "]" * 30_000 + "}\n"
    diagnostics: list = []
    assert read_json("tickets.jsonl", text.encode(), diagnostics) is None
    assert [(d.line, d.message) for d in diagnostics] == [(2, "JSON nested too deeply to be a ticket")]


# ------------------------------------------------------------- in the browser

_ROUND15_BODY = """\
Press <script

and then Enter> to go on. Ask first <!-- [old](jav&#x61;script:alert('c1')) --> then continue.

<!--
[drafts](javascript:alert('c2'))

<img src=x onerror="alert('c3')">
-->

Then <img.x src=y onerror="alert('c4')"> and <svg/onload="alert('c5')"> end, [the guide](../../) stays a link.

Shown <!--> [shown-a](../../) <img src=x onerror="alert('c6')"> --> and <!-- x --!> [shown-b](../../) <img src=y onerror="alert('c7')"> --> on.

Shown <!-- a [shown-c](../../) <img src=z onerror="alert('c8')"> <!-- b --> and <!-- `-->` [shown-d](../../) <img src=w onerror="alert('c9')"> --> end.
"""
#: What the page shows after a comment HTML ends early or holding another '<!--' (above).
_SHOWN_AFTER_COMMENTS = ("shown-a", "shown-b", "shown-c", "shown-d")


@pytest.mark.browser
def test_round_15_payloads_run_nothing_and_hidden_comments_hold_no_link(make_project, serve_dir, tmp_path, page):
    """A tag a blank line cuts is shown as text, a comment's script links and tags are hidden
    (and build without an error), a tag name a browser ends elsewhere and an ``<svg/onload>``
    run nothing in an article and an announcement, hovered and clicked in Chromium."""
    from test_script_browser import ANNOUNCEMENT, NOW, exercise

    from kbgen.build import build_site

    project = make_project({"content/articles/hostile.md": article("KB0001", "Hostile", _ROUND15_BODY),
                            "content/announcements/notice.md": ANNOUNCEMENT + _ROUND15_BODY})
    result = build_site(project, tmp_path / "site", NOW)
    assert not [d for d in result.diagnostics if d.severity.name == "ERROR"]
    told = {(d.path, d.line) for d in result.diagnostics if d.message.startswith("<img> event handler 'onerror'")}
    assert len(told) == 4, result.diagnostics  # the shown <img> after the comments, two lines in each file
    base = serve_dir(tmp_path / "site")
    for path in ("articles/kb0001-hostile/", "announcements/ntc-1/"):
        page.goto(base + path)
        text = page.evaluate("() => document.querySelector('.md-content').textContent")
        assert "<script" in text and "drafts" not in text and "old" not in text
        links = page.evaluate("() => [...document.querySelectorAll('.md-content a')].map(a => a.textContent)")
        assert set(_SHOWN_AFTER_COMMENTS) <= set(links), links  # shown, so check reads them
        hrefs = page.evaluate("() => [...document.querySelectorAll('.md-content a')].map(a => a.getAttribute('href'))")
        assert not [href for href in hrefs if href and "script" in href.lower()], hrefs
        assert exercise(page, base + path) == [], path


# ------------------------------------------------------------- kbgen new

def test_kbgen_new_refuses_a_title_longer_than_a_title_may_be(make_project):
    """``kbgen new article`` wrote a file whose title ``check`` refuses at once (a title of
    100,000 letters made a file over the 64 KiB limit): the title is checked as the file's will
    be, one line of at most 1,000 characters, and nothing is written."""
    project = make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")})
    result = CliRunner().invoke(main, ["new", "article", "Q" * 5_000, "--project", str(project)])
    assert result.exit_code == 1 and "too long for one line: at most 1,000 characters" in result.output
    assert sorted(p.name for p in (project / "content/articles").iterdir()) == ["a.md"]
    result = CliRunner().invoke(main, ["new", "article", "Q" * 900, "--project", str(project)])
    assert result.exit_code == 0, result.output
    code, output = _check(project)
    assert code == 0, output
