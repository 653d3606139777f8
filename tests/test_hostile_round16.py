"""Round 16: shared mechanisms (YAML, markup, checks, serve) against hostile and odd input."""
from __future__ import annotations

import pytest
import yaml

from kbgen import yaml_load


def _count_parses(monkeypatch) -> list[str]:
    """Records each parse of a YAML text by the loader (a parser built over a text)."""
    parses: list[str] = []
    for cls in filter(None, (yaml_load._FastLoader, yaml_load._Loader)):
        original = cls.__init__

        def counting(self, text, _original=original, _name=cls.__name__):
            parses.append(_name)
            _original(self, text)
        monkeypatch.setattr(cls, "__init__", counting)
    real_parse = yaml.parse

    def counting_parse(*args, **kwargs):
        parses.append("events")
        return real_parse(*args, **kwargs)
    monkeypatch.setattr(yaml_load.yaml, "parse", counting_parse)
    return parses


def test_a_large_ordinary_yaml_file_is_parsed_once(monkeypatch):
    """The depth bound read a file with many ':' and '-' twice (once for its events, once for
    its nodes); nesting is now counted while the nodes are built, in one parse."""
    parses = _count_parses(monkeypatch)
    text = "services:\n" + "".join(f"  - id: s{i}\n    name: Service {i}\n    keywords: [a, b]\n" for i in range(600))
    data, node, problems = yaml_load.load_yaml(text)
    assert problems == [] and len(data["services"]) == 600 and node is not None
    assert len(parses) == 1, parses


@pytest.mark.parametrize("levels", [101, 900, 40_000, 120_000])
def test_deep_nesting_is_one_error_from_one_parse_and_never_a_crash(monkeypatch, levels):
    """Flow and block nesting past the bound: one error with the depth found (up to 1,000), no
    crash (libyaml's composer segfaulted near 30,000 levels), the text parsed once, and in
    bounded time: libyaml's scanner costs the square of the open flow levels, so counting
    120,000 levels of '[' to the end took about 45 s."""
    import time

    parses = _count_parses(monkeypatch)
    for text, depth in (("k: " + "[" * levels + "]" * levels + "\n", levels + 1),
                        ("k:\n" + "- " * levels + "x\n", levels + 2),
                        ("k: " + "{a: " * levels + "}" * levels + "\n", levels + 2)):
        parses.clear()
        started = time.process_time()
        problems = yaml_load.load_yaml(text, first_line=3)[2]
        assert time.process_time() - started < 2  # ~0.01 s; the full count took 45 s
        told = f"{depth:,}" if depth <= 1_000 else "more than 1,000"
        assert [(p.line, p.key, p.message) for p in problems] == [
            (3 + text.count("\n", 0, text.index("k: ") + 3 if " [" in text or "{" in text else text.index("-")), "k",
             f"values are nested {told} levels deep (at most 100); flatten the structure")]
        assert len(parses) == 1, parses


def test_an_alias_bomb_is_told_with_its_line_from_the_first_parse(monkeypatch):
    """The fast parser could not say where an alias was used, so a bomb was read twice; the
    composer now remembers alias uses whichever parser feeds it."""
    parses = _count_parses(monkeypatch)
    text = "name: x\na: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
           "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    problems = yaml_load.load_yaml(text)[2]
    assert len(problems) == 1 and problems[0].line == 5 and problems[0].key == "d"
    assert "aliases repeat" in problems[0].message
    assert len(parses) == 1, parses


def test_an_invalid_yaml_file_is_still_told_in_kbgen_words():
    """Only a text the fast parser refuses is read again, for the message's words."""
    problems = yaml_load.load_yaml("a: [1, 2\nb: 3\n")[2]
    assert [(p.line, p.message) for p in problems] == [
        (1, "a '[' opened on this line is not closed; close it, or put the value in quotes")]


# --------------------------------------------------------------------------- one tag-name pattern

@pytest.mark.parametrize("text", ["<a href=x>", "<svg\x0bonload=x>", "<é>", "<a\"b c=d>", "<img/src=x>",
                                  "<x\x00y>", "<A-b:c.d_e>", "<a\x0cb>"])
def test_check_and_renderer_read_a_tag_name_alike(text):
    """The check's tag reader and the renderer's scanner had the same tag-name pattern written
    twice; one :data:`kbgen.markup.TAG_NAME` now, read as Python's HTML parser (the renderer's)
    reads a name."""
    import html.parser
    import re

    from kbgen import body_check, markup

    def name(found):
        return found and found.group(found.lastindex or 0)
    expected = name(html.parser.tagfind_tolerant.match(text, 1))
    assert name(re.compile(markup.TAG_NAME).match(text, 1)) == expected
    assert name(body_check._TAG_START.match(text)) == expected
    assert markup.TAG_NAME in body_check._TAG_START.pattern and markup.TAG_NAME in markup._START_TAG.pattern


# ------------------------------------------------------------- every problem of a template at once

def _check(project) -> tuple[int, str]:
    from click.testing import CliRunner

    from kbgen.cli import main
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    return result.exit_code, result.output


def test_every_problem_of_the_reply_template_is_told_in_one_run(make_project):
    """The reply-template check stopped at its first problem: a writer fixed one and met the
    next on the following run. Unknown placeholders, a format spec and each script link (as
    written and as the Markdown reply shows a comment) are all told, at the template's line."""
    from conftest import MINIMAL_CONFIG, article

    template = ("Hi {nmae}, see {title!r}: [guide]({url}) [a](javascript:one()) "
                "<!-- [b](vbscript:two) --> [c](javascript:one())")
    project = make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")},
                           config=MINIMAL_CONFIG + f'reply_template: "{template}"\n')
    code, output = _check(project)
    line = MINIMAL_CONFIG.count("\n") + 1
    told = "\n".join(row for row in output.splitlines() if row.startswith(f"site_config.yml:{line}:")
                     and ": reply_template: " in row and "error" in row)
    assert code == 1 and "Traceback" not in output
    assert len(told.splitlines()) == 4, output
    for problem in ("unknown placeholder {nmae}", "write {title} without '!' or ':'", "javascript:one()", "vbscript:two"):
        assert problem in told, output


def test_every_problem_of_a_feedback_form_url_is_told_in_one_run(make_project):
    from conftest import MINIMAL_CONFIG, article

    config = MINIMAL_CONFIG + 'feedback:\n  url: "javascript:go({page})"\n'
    code, output = _check(make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")}, config=config))
    told = "\n".join(row for row in output.splitlines() if ": feedback.url: " in row and "error" in row)
    assert code == 1 and len(told.splitlines()) == 2, output
    assert "unknown placeholder {page}" in told and "is not an http(s) URL" in told


# ------------------------------------------------------- a long comment: hidden by check and page alike

_LONG_COMMENTS = {
    "paragraph, many lines": "Intro\n\nText <!--\n" + ("word " * 199 + "\n") * 20 + "[a](javascript:go()) -->\n\nAfter\n",
    "paragraph, one long line": "Intro\n\nText <!-- " + "word " * 14_000 + "[a](javascript:go()) -->\n\nAfter\n",
    "block, one long line": "Intro\n\n<!-- " + "word " * 14_000 + "[a](javascript:go()) -->\n\nAfter\n",
    "block, many lines": "Intro\n\n<!--\n" + ("word " * 199 + "\n") * 70 + "[a](javascript:go()) -->\n\nAfter\n",
}


@pytest.mark.parametrize("body", _LONG_COMMENTS.values(), ids=_LONG_COMMENTS.keys())
def test_a_long_comment_is_hidden_by_the_check_and_the_page_alike(body):
    """A comment longer than the renderer's 16,000-character piece (or 64 KiB on one line) was
    cut by it and shown as text, links live, while the check hid it (or the reverse past 64 KiB):
    a comment now ends at its '-->' however far, and the renderer never cuts one."""
    import markdown

    from kbgen.body_check import body_diagnostics
    from kbgen.site.safety import clean_html

    page = clean_html(markdown.markdown(body, extensions=["extra", "sane_lists", "kbgen.site.linear"]), True)
    assert "word" not in page and "Intro" in page and "After" in page
    assert body_diagnostics("a.md", body, 1) == []
    shown = body.replace("<!--", "<!- ")  # not a comment: both show it, and check tells the link
    page = clean_html(markdown.markdown(shown, extensions=["extra", "sane_lists", "kbgen.site.linear"]), True)
    assert "word" in page and any("javascript:go()" in d.message for d in body_diagnostics("a.md", shown, 1))


def test_many_comments_and_cuts_render_in_linear_time():
    """The renderer's pieces are cut around comments with one scan of the text."""
    import time

    import markdown

    def cost(copies: int) -> float:
        body = "Start\n" + ("a <!-- b --> c <!-- d\ne --> f\n" * copies)
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            markdown.markdown(body, extensions=["extra", "sane_lists", "kbgen.site.linear"])
            best = min(best, time.process_time() - started)
        return best
    assert cost(8_000) < 8 * max(cost(2_000), 0.01)


def test_a_comment_opening_where_one_ends_is_never_cut_and_hides_its_link():
    """The cut moved past one comment landed inside the next one opening on the same line
    (``--> <!-- b``): the page showed that comment as text, its link live, while check hid it."""
    import markdown

    from kbgen.body_check import body_diagnostics
    from kbgen.site.safety import clean_html

    body = ("Para " + "x " * 7_900 + "\nmore <!-- a\n" + "a a a\n" * 40 + "--> <!-- b\n"
            + "[hidden](javascript:go()) y\n--> tail\n" + "z " * 5_000 + "\n")
    page = clean_html(markdown.markdown(body, extensions=["extra", "sane_lists", "kbgen.site.linear"]), True)
    assert "go()" not in page and "&lt;!--" not in page and "tail" in page
    assert body_diagnostics("a.md", body, 1) == []


def test_a_long_comment_with_links_inside_a_paragraph_renders_in_linear_time():
    """A closed comment is never cut, so one longer than a piece was matched whole: each link
    inside it rebuilt the whole comment (4 MB: more than 10 minutes). It is now one placeholder."""
    import time

    import markdown

    def cost(lines: int) -> float:
        body = "para <!--\n" + "<a href=x> &amp; [l](u) <b\n" * lines + "--> text\n"
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            page = markdown.markdown(body, extensions=["extra", "sane_lists", "kbgen.site.linear"])
            best = min(best, time.process_time() - started)
        assert "&lt;!--" not in page and "text" in page
        return best
    assert cost(80_000) < 8 * max(cost(20_000), 0.01)


# ------------------------------------------------------------------ kbgen serve: bounded threads

def test_serve_bounds_reload_polls_and_silent_connections_and_stops_at_once(make_project):
    """MkDocs' reload poll held a thread 60 s with no bound on how many, and a connection that
    sent nothing held one for ever. Polls past MAX_POLLS are a 503 at once (the page asks again
    after 3 s), pages are still served while polls wait, silent connections past
    MAX_CONNECTIONS are closed, and the server stops at once on SIGTERM, no traceback."""
    import http.client
    import socket
    import subprocess
    import sys
    import time

    from conftest import article
    from kbgen.site.serve import MAX_CONNECTIONS, MAX_POLLS
    from test_hostile_round6 import Lines
    from test_serve import free_port

    project = make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")})
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kbgen", "serve", "--project", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output, held = Lines(server), []
    try:
        output.wait_for("Serving on")
        for _ in range(MAX_POLLS):
            poll = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            poll.request("GET", "/livereload/99999999999999/1")  # a version far ahead: it waits
            held.append(poll)
        time.sleep(1)
        extra = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        started = time.monotonic()
        extra.request("GET", "/livereload/99999999999999/2")
        assert extra.getresponse().status == 503 and time.monotonic() - started < 5
        page = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        page.request("GET", "/")
        assert page.getresponse().status == 200  # polls do not keep pages from being served
        silent = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(MAX_CONNECTIONS)]
        time.sleep(1)
        closed = 0
        for connection in silent:  # those past the bound are closed by the server at once
            connection.settimeout(0.2)
            try:
                closed += connection.recv(1) == b""
            except (socket.timeout, ConnectionResetError):
                pass
        assert closed >= MAX_POLLS - 2, closed  # the polls and the page hold the rest of the slots
        held += silent
        started = time.monotonic()
        server.terminate()
        server.wait(timeout=15)
        assert time.monotonic() - started < 5  # the waiting polls are answered, not waited out
    finally:
        if server.poll() is None:
            server.kill()
        for connection in held:
            connection.close()
    assert "Traceback" not in output.text, output.text


def test_serve_answers_a_long_poll_version_at_once_and_times_out_silent_connections_quietly(make_project):
    """A version of more than 20 digits fell through the poll's bound into MkDocs' own 60 s
    wait: it is a 400 at once. A connection silent or half-sent for IDLE_SECONDS (short here)
    is closed with no traceback printed for it."""
    import http.client
    import socket
    import subprocess
    import sys
    import time

    from conftest import article
    from test_hostile_round6 import Lines
    from test_serve import free_port

    project = make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")})
    port = free_port()
    code = ("import sys; import kbgen.site.serve as serve; serve.IDLE_SECONDS = 1; from kbgen.cli import main; "
            "main(sys.argv[1:], prog_name='kbgen')")
    server = subprocess.Popen([sys.executable, "-c", code, "serve", "--project", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output, held = Lines(server), []
    try:
        output.wait_for("Serving on")
        held.append(socket.create_connection(("127.0.0.1", port), timeout=10))  # sends nothing
        held.append(socket.create_connection(("127.0.0.1", port), timeout=10))
        held[-1].sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # never ends its request
        poll = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.monotonic()
        poll.request("GET", "/livereload/" + "9" * 25 + "/1")
        assert poll.getresponse().status == 400 and time.monotonic() - started < 5
        time.sleep(3)  # both silent connections time out
        for connection in held[:2]:
            assert connection.recv(1) == b""
        server.terminate()
        server.wait(timeout=15)
    finally:
        if server.poll() is None:
            server.kill()
        for connection in held:
            connection.close()
    assert "Traceback" not in output.text and "TimeoutError" not in output.text, output.text


# ------------------------------------------------------------------ signal tests and edited code

def test_the_interrupted_patch_still_patches_when_kbgen_code_changed_since_the_run_began(make_project, monkeypatch):
    """The child of the signal-during-patch tests read kbgen's files again: code edited during a
    long local run gave it another code version, so it distrusted the cache, built anew and
    never sent its signal. It now takes the test process's version; a version made different
    here stands for an edit made mid-run."""
    import sys as _sys

    from kbgen import content_cache
    from test_hostile_round6 import _interrupted_patch

    edited = "0.0+edited-mid-run"
    for module in list(_sys.modules.values()):
        if module and module.__name__.startswith("kbgen") and hasattr(module, "code_version"):
            monkeypatch.setattr(module, "code_version", lambda: edited)
    assert content_cache.code_version() == edited
    project, before, clean = _interrupted_patch(make_project, "SIGTERM")
    from test_hostile_round6 import _tree
    assert _tree(project / "site") in (before, clean)


# ------------------------------------------------------------------ importers: odd JSON numbers

@pytest.mark.parametrize("jsonl", [False, True])
def test_a_json_export_with_a_number_of_thousands_of_digits_is_read(jsonl):
    """A ticket ID or field of 100,000 digits made the whole run fail ("kbgen failed
    unexpectedly: Exceeds the limit (4300 digits)"); such a number is kept as its digits."""
    from kbgen.suggest.importers.reading import read_json

    records = [f'{{"number": {"7" * 100_000 if i == 1 else i}, "short_description": "Badge reader rejects card {i}", '
               f'"count": {"1" + "0" * 5_000}}}' for i in range(3)]
    text = "\n".join(records) if jsonl else "[" + ", ".join(records) + "]"
    diagnostics: list = []
    read = read_json("export.json", text.encode(), diagnostics)
    assert diagnostics == [] and len(read) == 3
    assert read[1]["number"] == "7" * 100_000 and read[0]["number"] == 0 and read[2]["count"] == "1" + "0" * 5_000


# ------------------------------------------------------------------ every problem of a file at once

def test_a_file_whose_front_matter_fails_still_has_its_body_checked(make_project):
    """A title the schema refused hid the body's script link and event handler until the title
    was fixed: the body of a file that does not load is checked in the same run."""
    from conftest import article

    bad = article("KB0001", "Bad \u202e title", "See [x](javascript:alert(1)) and <img src=x onerror=y>.")
    code, output = _check(make_project({"content/articles/a.md": bad,
                                        "content/articles/b.md": article("KB0002", "Fine", "Text.")}))
    told = [row for row in output.splitlines() if row.startswith("content/articles/a.md:")]
    assert code == 1 and len(told) == 3, output
    assert "title:" in told[0] and any("unsafe link 'javascript:alert(1)'" in row for row in told)
    assert any("onerror" in row for row in told)


def test_every_line_holding_a_nul_or_an_unwritable_character_is_told():
    """Only the first NUL or control character of a file was told: a writer cleaned one line a
    run. Every line is told (the first 20, then how many more)."""
    from pathlib import Path
    import tempfile

    from kbgen.source import read_text

    lines = ["---", "id: KB0001", "title: T", "---"] + [f"line {i} \x00" if i % 2 else f"line {i} \x01\ufffe"
                                                      for i in range(30)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        text, problems = read_text(path, "a.md")
    assert text is None and len(problems) == 21
    assert [p.line for p in problems[:3]] == [5, 6, 7]
    assert problems[0].message.startswith("file contains the invisible character U+0001")
    assert problems[1].message == "file contains a NUL byte"
    assert problems[20].line == 25 and problems[20].message.startswith("and 10 more lines from here on")


@pytest.mark.browser
def test_round_16_a_long_comment_is_hidden_on_the_page_as_check_hides_it(make_project, serve_dir, tmp_path, page):
    """A comment longer than the renderer's 16,000-character piece in a paragraph: check tells
    nothing inside it, and the page, in Chromium, shows none of its words or links; the link
    after it is shown, and nothing runs when the page is hovered and clicked."""
    from conftest import article
    from test_script_browser import ANNOUNCEMENT, NOW, exercise

    from kbgen.build import build_site

    hidden = "Text <!--\n" + ("draftword " * 99 + "\n") * 20 + "[old](javascript:alert(1)) <img src=x onerror=alert(2)> -->"
    body = "Intro.\n\n" + hidden + " then [shown](https://example.org/after).\n"
    project = make_project({"content/articles/long.md": article("KB0001", "Long comment", body),
                            "content/announcements/notice.md": ANNOUNCEMENT + body})
    result = build_site(project, tmp_path / "site", NOW)
    assert not [d for d in result.diagnostics if "javascript" in d.message or "onerror" in d.message], result.diagnostics
    base = serve_dir(tmp_path / "site")
    for path in ("articles/kb0001-long/", "announcements/ntc-1/"):
        page.goto(base + path)
        text = page.evaluate("() => document.querySelector('.md-content').textContent")
        assert "draftword" not in text and "Intro." in text
        links = page.evaluate("() => [...document.querySelectorAll('.md-content a')].map(a => a.textContent)")
        assert "shown" in links and "old" not in links, links
        assert exercise(page, base + path) == [], path


# ------------------------------------------------------------ reply_template: many script links

def test_many_script_links_in_the_reply_template_are_told_in_linear_time_and_capped():
    """Each script link was tested against every problem already told (quadratic: 20,000 links
    took seconds) and each was told: the first MAX_TOLD are told, the rest in one count."""
    import time

    from kbgen.schema import Invalid
    from kbgen.snippets import reply_check
    from kbgen.errors import MAX_TOLD

    def told(links: int) -> tuple[float, list[str]]:
        text = "{title} " + " ".join(f"[x](javascript:go({n}))" for n in range(links)) + " [y](javascript:go(0))"
        best, problems = float("inf"), []
        for _ in range(3):
            started = time.process_time()
            with pytest.raises(Invalid) as caught:
                reply_check(text)
            best = min(best, time.process_time() - started)
            problems = [message for _, message in caught.value.problems]
        return best, problems
    small, _ = told(5_000)
    large, problems = told(20_000)
    assert large < 8 * max(small, 0.01)
    assert len(problems) == MAX_TOLD + 1 and "go(0)" in problems[0]
    assert f"and {20_000 - MAX_TOLD:,} more links to script URLs" in problems[-1]


def test_a_second_document_is_told_before_the_nesting_inside_it():
    """The first problem in the file's order is told: a '---' opening a second document, not
    how deep that document goes later."""
    from kbgen.yaml_load import load_yaml

    _, _, problems = load_yaml("a: 1\n---\n" + "[" * 120, 1)
    assert [(p.line, "second document" in p.message) for p in problems] == [(2, True)]


def test_lines_of_unwritable_characters_beyond_those_told_are_counted_not_kept():
    """Every flagged line was kept (a dict of them all) though only 20 are told."""
    import tracemalloc

    from kbgen.errors import MAX_TOLD
    from kbgen.source import unwritable_diagnostics

    text = "a\x00\x00\n" * 100_000
    tracemalloc.start()
    try:
        told = unwritable_diagnostics(text, "a.md")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(told) == MAX_TOLD + 1 and told[-1].line == MAX_TOLD + 1
    assert f"and {100_000 - MAX_TOLD:,} more lines" in told[-1].message
    assert peak < 1_000_000, peak  # every line kept: several megabytes


def test_a_number_too_long_for_python_in_a_previous_catalogue_refuses_only_its_entry():
    """json.loads refused the whole previous catalogue ("Exceeds the limit") over one number of
    more than 4,300 digits; it is read as text, so only the entry holding it is refused."""
    from kbgen.permalinks.catalogue import read_entries

    raw = ('{"generator": "kbgen", "format": 1, "site_name": ' + "7" * 5_000
           + ', "articles": [{"id": ' + "9" * 5_000 + '}]}').encode()
    entries, problems = read_entries(raw)
    assert entries == () and len(problems) == 1, problems
    assert problems[0][1].startswith("articles.0: ") and "limit" not in problems[0][1], problems
