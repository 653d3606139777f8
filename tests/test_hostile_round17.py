"""Round 17: shared mechanisms (rendering, YAML, mappings, serve, templates) against hostile input."""
from __future__ import annotations

import time

import pytest


def _best_cpu(run, times: int = 3) -> float:
    """The least CPU time of ``times`` calls of ``run`` (a loaded machine only adds time)."""
    best = float("inf")
    for _ in range(times):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return max(best, 0.01)


# ------------------------------------------------------------- many short blocks: linear rendering

def test_many_paragraphs_each_opening_a_comment_render_in_linear_time(monkeypatch):
    """Each paragraph opens a comment that a blank line ends before its '-->': Python-Markdown
    took every block off the front of a list (and several processors put it back), moving all
    the blocks after it, so a megabyte of such paragraphs cost the square of their number."""
    import markdown
    from markdown.blockparser import BlockParser

    from kbgen.site.linear import Blocks

    given: list[type] = []
    parse_blocks = BlockParser.parseBlocks
    monkeypatch.setattr(BlockParser, "parseBlocks", lambda self, parent, blocks: (
        given.append(type(blocks)), parse_blocks(self, parent, blocks))[1])
    markdown.markdown("a\n\n- b\n\n    c\n\n> d", extensions=["extra", "sane_lists", "kbgen.site.linear"])
    assert given and set(given) == {Blocks}  # the page and each nested chunk (list item, quote)
    monkeypatch.undo()

    def render(copies: int) -> None:
        body = "Lead <!-- note\n\nrest of it --> tail\n\n" * copies
        page = markdown.markdown(body, extensions=["extra", "sane_lists", "kbgen.site.linear"])
        assert page.count("<p>") == 2 * copies

    assert _best_cpu(lambda: render(40_000), 2) < 8 * _best_cpu(lambda: render(10_000), 2)
    blocks = Blocks(["a", "b", "c"])
    blocks.insert(0, "z")
    assert (blocks.pop(0), blocks[0], blocks.pop(1), blocks.pop(), list(blocks)) == ("z", "a", "b", "c", ["a"])


# ------------------------------------------------------------- an invalid large YAML: libyaml's marks

_LARGE_INVALID = {
    "deep flow, a ': ' after it": ("m: " + "[" * 90 + ", ".join(f"v{i}" for i in range(30_000)) + "]" * 90 + "\n",
                                   "odd: a: b\n", "a value holds ': '"),
    "a long list, a backquote": ("".join(f"key{i}: value {i}\n" for i in range(12_000)), "odd: `x`\n",
                                 "a value cannot start with '`'"),
    "a long list, an unknown alias": ("".join(f"key{i}: value {i}\n" for i in range(12_000)), "odd: *missing\n",
                                      "'*missing' is an alias"),
}


@pytest.mark.parametrize("valid, broken, said", _LARGE_INVALID.values(), ids=_LARGE_INVALID.keys())
def test_a_large_invalid_yaml_is_told_at_its_line_about_as_fast_as_a_valid_one_is_read(valid, broken, said):
    """libyaml refused the text and PyYAML's pure-Python parser read it all again for its words
    (5 s a megabyte): a large text's problem is now told from libyaml's own marks, in the same
    words, at the same line."""
    from kbgen import yaml_load

    text = valid + broken
    assert len(text) > yaml_load.MAX_REREAD
    problems = yaml_load.load_yaml(text, first_line=2)[2]
    assert [(p.line, said in p.message) for p in problems] == [(valid.count("\n") + 2, True)]
    assert yaml_load.load_yaml(valid)[2] == []
    assert _best_cpu(lambda: yaml_load.load_yaml(text)) < 3 * _best_cpu(lambda: yaml_load.load_yaml(valid))


@pytest.mark.parametrize("body", ["%YAML 2.0\n---\na: 1\n", "a: ? b\n", 'a: "\\ud800"\n', "a: @x\n"])
def test_a_long_text_is_told_in_the_same_words_as_a_short_one(body):
    """A text over the re-read bound is told from libyaml's marks: its words for an incompatible
    version, a key where none is allowed and half a surrogate pair differed from PyYAML's."""
    from kbgen.yaml_load import MAX_REREAD, load_yaml

    pad = "# " + "x" * MAX_REREAD + "\n"
    short = [p.message for p in load_yaml(body)[2]]
    assert short and [p.message for p in load_yaml(body + pad)[2]] == short


# ------------------------------------------------------------- front matter: libyaml's own composer

def _nestings(depth: int) -> list[str]:
    """Texts nesting ``depth`` levels in each way YAML nests (flow, block, both, keys)."""
    return ["k: " + "[" * depth + "v" + "]" * depth + "\n",
            "k: " + "{a: " * depth + "v" + "}" * depth + "\n",
            "k:\n" + "".join("  " * i + f"l{i}:\n" for i in range(depth)) + "  " * depth + "v\n",
            "k:\n" + "- " * depth + "v\n",
            "k:\n- [" + "? " * depth + "v]\n"]


@pytest.mark.parametrize("depth", [96, 97, 98, 99, 100, 101])
def test_the_depth_bound_holds_whichever_composer_reads_the_text(monkeypatch, depth):
    """A text that can nest no deeper than the bound and uses no alias is composed by libyaml
    in C (no Python per event); every other one by the bounded composer: the result is the same."""
    from kbgen import yaml_load

    for text in _nestings(depth):
        plain = yaml_load.load_yaml(text)
        with monkeypatch.context() as patched:
            patched.setattr(yaml_load, "_shallow", lambda text: False)
            bounded = yaml_load.load_yaml(text)
        assert (plain[0], plain[2]) == (bounded[0], bounded[2]), text[:40]


def test_ordinary_front_matter_is_composed_by_libyaml_itself(monkeypatch):
    """Composing every front matter in Python over libyaml's events cost three times a plain
    ``yaml.load`` with libyaml; one that cannot nest past the bound nor use an alias is now
    composed by libyaml itself (counted: every such text, and no other, takes that loader), and
    its duplicate keys and characters still checked."""
    from kbgen import yaml_load

    texts = [f"id: KB{i:04d}\ntitle: Reset the thing number {i}\nsummary: What to do when {i} fails.\n"
             f"type: how-to\ntags: [alpha, beta{i % 7}]\nservices: [email]\nreviewed: 2026-0{1 + i % 9}-1{i % 9}\n"
             for i in range(1_500)]

    chosen, compose = [], yaml_load._compose_checked
    monkeypatch.setattr(yaml_load, "_compose_checked", lambda loader, *rest:
                        chosen.append(type(loader).__name__) or compose(loader, *rest))
    for text in texts:
        yaml_load.load_yaml(text)
    yaml_load.load_yaml("k: " + "[" * 120 + "]" * 120 + "\n")
    yaml_load.load_yaml("a: &x 1\nb: *x\n")
    assert chosen == ["_PlainLoader"] * len(texts) + ["_FastLoader"] * 2
    assert yaml_load.load_yaml("a: 1\nb: 2\na: 3\n")[2][0].message.startswith("appears twice")
    assert "U+0001" in yaml_load.load_yaml('a: "\\x01"\n')[2][0].message


# ------------------------------------------------------------- column mappings: every problem at once

def test_every_bad_pair_of_suggest_map_is_told_in_one_run(make_project, tmp_path):
    """``--map`` stopped at its first bad pair; a column with an empty part (``Topic+``) named no
    column and was taken: every pair's problem is now told at once, exit status 2."""
    from click.testing import CliRunner

    from kbgen.cli import main

    export = tmp_path / "t.csv"
    export.write_text("Ref,Topic,Text\nQ-1,Screen flickers,It flickers.\n", encoding="utf-8")
    project = make_project({})
    result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project), "--map",
                                       "subject=Topic+,body,colour=Text,id=Ref,id=Ref,description=++,details=Text"],
                                catch_exceptions=False)
    assert result.exit_code == 2 and "Traceback" not in result.output
    told = result.stderr
    for said in ("'subject': 'Topic+' has an empty part", "'body' is not FIELD=COLUMN", "'colour': not a ticket field",
                 "'id' is given 2 times ('id=Ref', 'id=Ref')", "'description': '++' has an empty part"):
        assert said in told, said


def test_every_bad_key_and_column_of_tickets_columns_is_an_error_at_its_line(make_project, tmp_path):
    """``tickets.columns`` accepted ``Subject+`` and a field written under two of its names."""
    from click.testing import CliRunner

    from kbgen.cli import main

    config = ("site_name: Help\ntickets:\n  columns:\n    subject: 'Topic+'\n    title: Topic\n"
              "    shade: Text\n    body: 'A++B'\n    id: '#'\n    Shade: Text\n")
    project = make_project({}, config=config)
    export = tmp_path / "t.csv"
    export.write_text("Ref,Topic,Text\nQ-1,Screen flickers,It flickers.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["suggest", str(export), "--project", str(project)], catch_exceptions=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if "site_config.yml:" in line]
    assert [line.split(": error: ")[1].split(":")[0] for line in lines] == [
        "tickets.columns.subject", "tickets.columns.shade", "tickets.columns.body"], lines
    assert [line.split(":")[1] for line in lines] == ["4", "6", "7"]


def test_a_punctuation_column_is_a_column_and_a_field_under_two_names_is_a_warning(make_project, tmp_path):
    """A column named ``#`` (common for ID columns) was refused as naming no column, and a field
    given under two of its names (title and subject) stopped every command: ``#`` is now read, and
    the second name is a warning (the last one wins, as before)."""
    from click.testing import CliRunner

    from kbgen.cli import main
    from kbgen.suggest.importers import load_tickets

    export = tmp_path / "t.csv"
    export.write_text("#,Topic,Summary,Text\nQ-7,Old words,Screen flickers,It flickers.\n", encoding="utf-8")
    config = "site_name: Help\ntickets:\n  columns:\n    id: '#'\n    title: Topic\n    subject: Summary\n"
    project = make_project({}, config=config)
    result = CliRunner().invoke(main, ["check", "--project", str(project)], catch_exceptions=False)
    assert "tickets.columns" not in result.output + result.stderr
    found = load_tickets([export], columns={"id": "#", "title": "Topic", "subject": "Summary"})
    assert [(t.ticket_id, t.subject) for t in found.tickets] == [("Q-7", "Screen flickers")]
    said = [d.message for d in found.diagnostics]
    assert any("'title'" in m and "last one wins" in m for m in said) and not any(d.severity.name == "ERROR" for d in found.diagnostics), said


# ------------------------------------------------------------- fences: the check reads them as the site does

def _site_markdown():
    """Python-Markdown set up with the site's extensions and their settings."""
    import markdown

    from kbgen.site.render import MARKDOWN_EXTENSIONS

    names, settings = [], {}
    for entry in MARKDOWN_EXTENSIONS:
        name, setting = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if setting is not None:
            settings[name] = setting
    return markdown.Markdown(extensions=names, extension_configs=settings)


def test_the_fence_options_the_check_accepts_are_those_the_renderer_accepts():
    """kbgen's fence reader holds its own copy of the options pymdownx.highlight takes on a fence
    (``links._HIGHLIGHT_OPTIONS``): each option, with a value of the right shape, a wrong one
    and none, and options it does not take, open a fence in the check exactly when the site's
    renderer makes them a code block (an upgrade that adds or drops one fails here)."""
    from kbgen.links import _opens_fence

    values = ['"3"', '"2 4-5"', '"4-"', '"x y"', "'q'", ""]
    # probes, not a second copy: the highlighter's option names and its settings' names
    names = ["hl_lines", "linenums", "title", "title_mode", "linenums_style", "linenums_start", "anchor_linenums",
             "line_spans", "line_anchors", "lang", "data-x", "css_class", "id", "auto_title", "pygments_lang_class"]
    md = _site_markdown()
    for name in names:
        for value in values:
            opener = f"```sh {name}{'=' + value if value else ''}"
            md.reset()
            rendered = "<pre" in md.convert(f"Intro\n\n{opener}\necho one\n```\n")
            assert rendered == bool(_opens_fence(opener, 0)), opener


# ------------------------------------------------------------- small shared helpers

def test_a_json_number_past_the_interpreters_own_digit_limit_stays_text():
    """The bound was Python's default (4,300) written out: an interpreter set lower
    (``PYTHONINTMAXSTRDIGITS``) refused a number below it and the whole read failed."""
    import json
    import sys

    from kbgen.json_bounds import whole_number

    if not hasattr(sys, "set_int_max_str_digits"):
        pytest.skip("this Python has no limit on the digits of a number")
    before = sys.get_int_max_str_digits()
    try:
        sys.set_int_max_str_digits(1_000)
        assert json.loads('{"id": ' + "7" * 2_000 + ', "n": 12}', parse_int=whole_number) == {"id": "7" * 2_000, "n": 12}
        sys.set_int_max_str_digits(0)  # none: the bound still keeps conversion linear
        assert whole_number("8" * 50_000) == "8" * 50_000 and whole_number("8" * 900) == int("8" * 900)
    finally:
        sys.set_int_max_str_digits(before)


def test_first_and_rest_tells_the_first_ones_and_counts_the_rest_from_an_iterator():
    from kbgen.errors import first_and_rest

    assert first_and_rest(iter(range(5)), 3) == ([0, 1, 2], 2, 3)
    assert first_and_rest([], 3) == ([], 0, None) and first_and_rest("ab", 3) == (["a", "b"], 0, None)


def test_every_narrowed_character_maps_back_to_where_it_was_read():
    """The offsets the redaction writes back through give every character the width narrowing
    gives it (a ligature its letters, everything else one), for every character narrowed."""
    from kbgen.fold import _narrow_offsets, _tables, narrowed

    text = "a" + "".join(chr(code) for code in _tables()[0]) + "z"
    offsets = _narrow_offsets(text)
    assert len(offsets) == len(narrowed(text)) + 1 and offsets[-1] == len(text)


# ------------------------------------------------------------- kbgen new: titles of every kind

def test_kbgen_new_names_files_for_titles_in_other_scripts_and_device_names(make_project):
    """A title with no letter in ASCII (Arabic, Chinese, emoji) was named ``item.md``, so a
    project writing in such a language could make one article, and one announcement a day; a
    title such as "Con" or "PRN" made a file Windows cannot hold (``con.md``). Such files are
    named by the new id, and a device name gets the id after it; the project checks clean."""
    from click.testing import CliRunner

    from kbgen.cli import main

    project = make_project({}, config="site_name: Help\nservices:\n  - id: mail\n    name: Mail\n")
    runner = CliRunner()
    titles = ["Проверка почты", "邮件无法发送", "\u05d3\u05d5\u05d0\u05f4\u05dc \u05dc\u05d0 \u05e0\u05e9\u05dc\u05d7", "📧📨", "Con", "lpt1", "Aux tools"]
    for title in titles:
        result = runner.invoke(main, ["new", "article", "--project", str(project), title], catch_exceptions=False)
        assert result.exit_code == 0, (title, result.output)
    for title in ("Почта недоступна", "邮件中断"):
        result = runner.invoke(main, ["new", "announcement", "--project", str(project), title, "--service", "mail"],
                               catch_exceptions=False)
        assert result.exit_code == 0, (title, result.output)
    names = sorted(path.name for path in (project / "content/articles").glob("*.md"))
    assert names == ["aux-tools.md", "con-kb0005.md", "kb0001.md", "kb0002.md", "kb0003.md", "kb0004.md", "lpt1-kb0006.md"]
    assert len(list((project / "content/announcements").glob("*.md"))) == 2
    result = runner.invoke(main, ["check", "--project", str(project)], catch_exceptions=False)
    assert " 0 errors" in result.output, result.output


def test_kbgen_new_announcement_tells_every_unknown_service():
    from click.testing import CliRunner

    from kbgen.cli import main

    with CliRunner().isolated_filesystem():
        open("site_config.yml", "w", encoding="utf-8").write("site_name: Help\nservices:\n  - id: mail\n    name: Mail\n")
        result = CliRunner().invoke(main, ["new", "announcement", "Down", "--service", "web", "--service", "mail",
                                           "--service", "vpn"], catch_exceptions=False)
    assert result.exit_code == 2 and "'web', 'vpn'" in result.output and "Traceback" not in result.output


def test_a_tag_named_like_a_windows_device_keeps_its_page_url():
    """Only ``kbgen new``'s file names avoid Windows device names: a tag page's URL is kept, so
    links to an existing site's ``tags/prn/`` stay good and ``PRN`` and ``prn tag`` stay apart."""
    from kbgen.site.urls import tag_doc_path

    assert [tag_doc_path(tag) for tag in ("PRN", "con", "prn tag", "com3")] == [
        "tags/prn.md", "tags/con.md", "tags/prn-tag.md", "tags/com3.md"]


# ------------------------------------------------------------- --now: leap days, odd offsets

@pytest.mark.parametrize("value, said", [("2100-02-29T12:00:00Z", "day is out of range for month"),
                                         ("2027-02-29", "day is out of range for month"),
                                         ("2026-06-30T23:59:60Z", "second must be in 0..59"),
                                         ("2026-03-01T09:00:00+24:00", "the UTC offset must lie between -23:59 and +23:59"),
                                         ("2026-03-01T09:00:00-99:30", "the UTC offset must lie between -23:59 and +23:59"),
                                         ("noon", "")])
def test_an_impossible_now_says_which_part_is_out_of_range(value, said):
    """A moment in the right shape but no real day (29 February of a year that is no leap year,
    a leap second) was told only "is not an ISO 8601 date and time", as text was."""
    from kbgen.errors import BadOption
    from kbgen.moment import parse_now

    with pytest.raises(BadOption) as caught:
        parse_now(value)
    assert "is not an ISO 8601 date and time" in caught.value.reason and said in caught.value.reason
    assert ("(" in caught.value.reason) == bool(said) and "timedelta" not in caught.value.reason


@pytest.mark.parametrize("value", ["2028-02-29T23:59:59+14:00", "2028-02-29T00:00:00-12:00", "2026-03-01T09:00:00+05:45",
                                   "2026-03-01T09:00:00+00:00:30", "1900-01-01T00:00:00+14:00", "9000-12-31T23:59:59-12:00"])
def test_odd_offsets_and_leap_days_build_the_same_bytes_twice(make_project, tmp_path, value):
    """A leap day at both ends of the day's offsets, a quarter-hour and a seconds offset, and
    the years' ends: the build succeeds and is byte-identical run after run."""
    from click.testing import CliRunner

    from conftest import article
    from kbgen.cli import main

    project = make_project({"content/articles/a.md": article("KB0001", "Printer", "Text.")})
    outs = [tmp_path / "one", tmp_path / "two"]
    for out in outs:
        result = CliRunner().invoke(main, ["build", "--project", str(project), "--out", str(out), "--now", value, "--quiet"],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
    files = [{path.relative_to(out): path.read_bytes() for path in out.rglob("*") if path.is_file()} for out in outs]
    assert files[0] == files[1] and len(files[0]) > 10


def test_a_long_paragraphs_comments_are_found_once(monkeypatch):
    """The renderer found a long paragraph's comments twice (to hide the long ones, then to
    cut the pieces around the rest); once now when hiding and setting aside change nothing."""
    import markdown

    from kbgen.site import linear

    calls: list[int] = []
    real = linear.closed_comments
    monkeypatch.setattr(linear, "closed_comments", lambda text: (calls.append(len(text)), real(text))[1])
    body = "Start " + "".join(f"line {i} <!-- note {i} --> more\n" for i in range(1_500)) + "\n"
    page = markdown.markdown(body, extensions=["extra", "sane_lists", "kbgen.site.linear"])
    assert "&lt;!--" not in page and "line 1499" in page
    assert len([size for size in calls if size > linear.CHUNK]) == 1, calls


def test_a_tag_named_like_a_device_has_its_page_and_the_index_links_to_it(make_project, tmp_path):
    """The site's tag page of "PRN" is ``tags/prn/``, as before, and the tags index links there."""
    from click.testing import CliRunner

    from conftest import article
    from kbgen.cli import main

    project = make_project({"content/articles/a.md": article("KB0001", "Printer queue", "Text.", tags="[PRN, toner]")})
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--out", str(out), "--quiet",
                                       "--now", "2026-03-01T09:00:00Z"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (out / "tags/prn/index.html").is_file() and not (out / "tags/prn-tag").exists()
    index = (out / "tags/index.html").read_text(encoding="utf-8")
    assert 'href="prn/"' in index and 'href="toner/"' in index


def test_a_long_text_libyaml_refuses_but_yaml_allows_still_loads():
    """A text over the re-read bound that libyaml refuses was an error even where PyYAML reads it:
    a surrogate pair escape (as ``json.dumps`` writes a character past U+FFFF), a tab in a block
    scalar's indentation, a ``:`` ending a plain scalar in a flow sequence."""
    import json

    from kbgen.yaml_load import MAX_REREAD, load_yaml

    pad = "# " + "x" * MAX_REREAD + "\n"
    cases = {f"a: {json.dumps(chr(0x1F6E0))}\n": {"a": chr(0x1F6E0)}, "a: |\n \tx\n": {"a": "\tx\n"},
             "a: [b:, c]\n": {"a": [{"b": None}, "c"]}}
    for body, data in cases.items():
        for text in (pad + body, body + pad):
            loaded, _, problems = load_yaml(text)
            assert (loaded, problems) == (data, []), body
