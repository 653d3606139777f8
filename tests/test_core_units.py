"""Unit tests of the records and stages below the CLI."""
from __future__ import annotations

import datetime as dt

import pytest

from kbgen import schema as s
from kbgen.links import find_links
from kbgen.scaffold import next_id
from kbgen.site.urls import doc_url, relative_url, slugify
from kbgen.source import parse_yaml, split_front_matter


def test_yaml_lines_are_file_lines_for_front_matter():
    parsed, problems = split_front_matter("---\nid: KB1\ntags:\n  - a\n  - b\n---\nBody\n", "x.md")
    assert problems == []
    assert parsed.meta.line_of("id") == 2 and parsed.meta.line_of("tags", 1) == 5
    assert parsed.body == "Body\n" and parsed.body_line == 7


@pytest.mark.parametrize("text, message", [
    ("no front matter\n", "missing front matter"),
    ("---\nid: 1\n", "front matter is not closed"),
    ("---\n- a\n- b\n---\n", "front matter must be a mapping"),
])
def test_front_matter_problems(text, message):
    parsed, problems = split_front_matter(text, "x.md")
    assert parsed is None and message in problems[0].message


def test_schema_collects_every_problem_and_types_values():
    schema = s.Schema("thing", {"n": s.Field(s.integer(1), True), "when": s.Field(s.moment("Europe/London")),
                                "tags": s.Field(s.list_of(s.text(), unique=True), default=())})
    doc, _ = parse_yaml("n: 0\nwhen: 2026-07-01 14:00\ntags: [a, a]\nextra: 1\n", "t.yml")
    values, problems = s.validate(schema, doc)
    assert values is None
    assert [(p.line, p.key, p.message) for p in problems] == [
        (4, "extra", "unknown key; thing keys are: n, when, tags"),
        (1, "n", "must be at least 1, got 0"),
        (3, "tags.1", "'a' is listed twice"),
    ]
    doc, _ = parse_yaml("n: 2\nwhen: 2026-07-01 14:00\n", "t.yml")
    values, _ = s.validate(schema, doc)
    assert values["when"] == dt.datetime(2026, 7, 1, 13, 0, tzinfo=dt.timezone.utc)


def test_links_outside_code_only():
    text = "[a](a.md)\n\n```\n[b](b.md)\n```\n\n`[c](c.md)` [d](<d e.md> \"t\")\n\n[r]: r.md\n"
    assert [(link.target, link.line) for link in find_links(text)] == [("a.md", 0), ("d e.md", 6), ("r.md", 8)]


def test_urls_and_ids():
    assert slugify("Wi-Fi & VPN: café!") == "wi-fi-vpn-cafe"
    assert doc_url("index.md") == "" and doc_url("life/index.md") == "life/" and doc_url("a/b.md") == "a/b/"
    assert relative_url("articles/kb1-x/", "services/vpn/") == "../../services/vpn/"
    assert relative_url("", "status/#now") == "status/#now"
    assert next_id(["KB0009", "KB0100", "X7", "KBX"], "KB") == "KB0101"
    assert next_id([], "HELP") == "HELP0001"


def test_nested_lists_report_every_problem():
    schema = s.Schema("cfg", {"items": s.Field(s.list_of(s.mapping(s.Schema("item", {
        "id": s.Field(s.text(), True), "n": s.Field(s.integer())}))))})
    doc, _ = parse_yaml("items:\n  - n: x\n  - id: b\n    n: 1\n  - id: c\n    bad: 2\n", "c.yml")
    _, problems = s.validate(schema, doc)
    assert [(p.line, p.key, p.message) for p in problems] == [
        (2, "items.0.id", "is required"),
        (2, "items.0.n", "expected a whole number, got text"),
        (6, "items.2.bad", "unknown key; item keys are: id, n"),
    ]


def test_site_url_cannot_break_out_of_an_attribute():
    from kbgen.site.render import safe_site_url

    assert safe_site_url("https://help.example/kb/") == "https://help.example/kb/"
    assert safe_site_url('https://x.example/"><script>') == "https://x.example/%22%3E%3Cscript%3E"
    assert safe_site_url("https://hélp.example/a%20b/") == "https://hélp.example/a%20b/"


def test_messages_escape_text_and_arguments_but_not_markup():
    import datetime as dt

    from markupsafe import Markup

    from kbgen.messages import Messages

    m = Messages("en-GB")
    assert m.text("count.articles", count=1) == "1 article" and m.text("count.articles", count=3) == "3 articles"
    assert m.html("contact.remote", note="<b>&") == "Remote or overseas: &lt;b&gt;&amp;"
    assert m.html("redirect.body", link=Markup('<a href="x">X</a>')) == 'This article is at <a href="x">X</a>.'
    assert m.long_date(dt.date(2026, 3, 3)) == "3 March 2026"
    assert Messages("xx").text("nav.home") == "Home"  # a language without a table falls back to English


def test_memo_keys_that_differ_name_different_entries(tmp_path):
    """Keys are named by their parts joined with NULs when no part holds one, else by their
    repr: no two different keys share an entry, whichever way each is named."""
    from kbgen.memo import PlanMemo

    from markupsafe import Markup

    keys = [("b", "c"), ("b\0c",), ("b", "c", ""), ("bc",), (), ("",), (1,), ("1",), ("b", "c\0"),
            ("x",), (Markup("x"),), ("a", "b"), "ab", ("caf\udce9.md",), ("caf\u00e9.md",)]
    memo = PlanMemo(tmp_path / "memo")
    for number, key in enumerate(keys):
        assert memo.get("ns", key, lambda number=number: number) == number
    assert memo.get("ns\0b", ("c",), lambda: "other") == "other"
    memo.save()
    again = PlanMemo(tmp_path / "memo")
    assert [again.get("ns", key, lambda: None) for key in keys] == list(range(len(keys)))


def test_a_memo_entry_put_anew_is_what_the_next_build_reads(tmp_path):
    from kbgen.memo import PlanMemo

    first = PlanMemo(tmp_path / "memo")
    first.get("answers", ("k",), dict)
    first.save()
    second = PlanMemo(tmp_path / "memo")
    grown = {**second.get("answers", ("k",), dict), "vpn": 3}
    second.put("answers", ("k",), grown)
    second.save()
    assert PlanMemo(tmp_path / "memo").get("answers", ("k",), dict) == {"vpn": 3}


@pytest.mark.parametrize("path", ["c:/old/", "javascript:x/", "a:b/c/", "wiki/Help:VPN/", "old/vpn/", "x/y:z"])
def test_the_alias_check_and_the_writer_refuse_the_same_first_segments(path):
    """One rule (a first segment holding ':' reads as a scheme or a drive): ``kbgen check``
    refuses such an alias at its line and the writer refuses to write it, and both keep a colon
    further in."""
    from kbgen import schema
    from kbgen.content import alias_path
    from kbgen.errors import KbgenError
    from kbgen.site.publish import inside_site

    try:
        alias_path("/" + path)
        checked = True
    except schema.Invalid:
        checked = False
    try:
        inside_site(path.rstrip("/") + "/index.html")
        written = True
    except KbgenError:
        written = False
    assert checked == written == (":" not in path.split("/")[0])
