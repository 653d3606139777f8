"""Round 10 of the robustness audit: link addresses read as the renderer reads them, aliases'
invisible characters by Unicode category, quiet exits into a closed pipe (the BLAS threads' test is round 11's),
and the findings of attacking encoded script URLs, config values, YAML, long words, bidi and
zero-width characters, and broken ticket exports."""
from __future__ import annotations

import pytest

from conftest import article

NOW = "2026-03-01T09:00:00+00:00"


# ------------------------------------------------------------- backslash escapes in addresses

def test_the_escapes_of_an_address_are_the_renderers():
    """The characters a backslash escapes in a link address are the ones the site's Markdown
    (with its extensions) unescapes: the check resolves the address the page links to."""
    import html as html_lib

    import markdown

    from kbgen.links import URL_ESCAPED, link_address
    from kbgen.site.render import MARKDOWN_EXTENSIONS

    names = [entry if isinstance(entry, str) else next(iter(entry)) for entry in MARKDOWN_EXTENSIONS]
    renderer = markdown.Markdown(extensions=names)
    assert sorted(URL_ESCAPED) == sorted(renderer.ESCAPED_CHARS)
    for char in map(chr, range(0x21, 0x7F)):
        if char.isalnum() or char in "()<>":
            continue
        html = renderer.convert(f"[t](a\\{char}b.md)")
        href = html.split('href="', 1)[1].split('"', 1)[0]
        assert html_lib.unescape(href) == link_address(f"a\\{char}b.md"), char


@pytest.mark.parametrize("target, broken", [
    ("my\\_b.md", False), ("my%5Fb.md", False), ("./my\\_b.md#first\\-step", False),
    ("my\\_c.md", True), ("my\\:b.md", True),  # the renderer keeps a backslash before ':'
])
def test_an_escaped_link_target_resolves_as_the_page_links_it(make_project, target, broken):
    from kbgen.build import load_project

    project = make_project({
        "content/articles/a.md": article("KB0001", "A", f"See [b]({target})."),
        "content/articles/my_b.md": article("KB0002", "B", "## First-step\n\nText."),
    })
    found = [d.format() for d in load_project(project)[1] if d.key == "link"]
    assert bool(found) == broken, found


# ------------------------------------------------------------- invisible characters in aliases

def _by_category() -> dict[str, list[str]]:
    """Up to eight characters of every Unicode category, spread over the whole code space."""
    import unicodedata

    found: dict[str, list[str]] = {}
    for code in range(0x20, 0x110000, 7):
        chars = found.setdefault(unicodedata.category(chr(code)), [])
        if len(chars) < 8:
            chars.append(chr(code))
    return found


def test_an_alias_refuses_every_invisible_category_raw_and_percent_encoded():
    """Every control, format, surrogate, private-use, unassigned, separator character (but the
    plain space) is refused in an alias, written as it is or percent-encoded; letters, digits, marks
    and symbols of every script stay."""
    import urllib.parse

    from kbgen.content import alias_path
    from kbgen.schema import Invalid

    for category, chars in _by_category().items():
        for char in chars:
            if char in "/\\%?#" or category == "Cs":
                continue
            refused = category in {"Cc", "Cf", "Co", "Cn", "Zl", "Zp"} or (category == "Zs" and char != " ")
            for written in (f"/old{char}x/", "/old" + urllib.parse.quote(char) + "x/"):
                try:
                    alias_path(written)
                except Invalid:
                    assert refused, (category, hex(ord(char)))
                else:
                    assert not refused, (category, hex(ord(char)))


# ------------------------------------------------------------- pages' inputs and the search memo

def test_a_list_name_stands_for_one_list_on_every_page(make_project):
    """An input list's name holds one list everywhere: an article page topped up its related
    articles from its service's articles by id under the name the service page gave them in by
    title, so two different lists shared a name (and its cached digest)."""
    import datetime as dt

    from kbgen.build import load_project
    from kbgen.components import COMPONENTS
    from kbgen.site.plan import plan_site

    files = {f"content/articles/{name}.md": article(f"KB000{i}", title, services="[email]")
             for i, (name, title) in enumerate([("c", "Zebra"), ("a", "Apple"), ("b", "Mango")], 1)}
    corpus, problems = load_project(make_project(files))
    assert corpus is not None, [d.format() for d in problems]
    plan = plan_site(corpus, dt.datetime.fromisoformat(NOW), COMPONENTS)
    seen: dict[str, tuple[str, ...]] = {}
    for path, page in plan.pages.items():
        for name, ids in page.all_inputs().lists:
            assert seen.setdefault(name, ids) == ids, (path, name, seen[name], ids)
    assert any(len(ids) == 3 for ids in seen.values())


def test_the_search_memo_keeps_each_lines_words_as_a_list():
    """The topic words kept for the next build are each line's list of words, read back as
    made: the same split from the memo as from the engine, for words of any characters."""
    from kbgen.search.index import _topic_words

    per_doc = [["VPN client (VPN) setup", "Multi factor"], [], ["Ünïcode wörds – dash", ""]]
    fresh, kept = _topic_words(per_doc, {})
    again, kept_again = _topic_words(per_doc, kept)
    assert again == fresh and kept_again == kept
    assert all(isinstance(line, tuple) for lines in kept.values() for line in lines)
    assert len(fresh) == sum(map(len, per_doc))


# ------------------------------------------------------------- a reader that leaves early

def _check_command(project, args) -> list[str]:
    import sys

    return [sys.executable, "-m", "kbgen", *args, "--project", str(project), "--now", NOW]


@pytest.mark.parametrize("args", [("check",), ("check", "--format", "json"), ("check", "--format", "github")])
def test_a_reader_that_cuts_kbgens_output_short_gives_141_quietly(make_project, args):
    """The reader takes one line and leaves while kbgen still writes (more than a pipe holds):
    output was lost (the write under way came back short, or the next one met the closed pipe),
    so kbgen ends with 141, as ``seq 1 1000000 | head -1`` does, and says nothing."""
    import subprocess

    body = "\n\n".join(f"See [gone](missing-{n}.md)." for n in range(1500))
    project = make_project({"content/articles/a.md": article("KB0001", "A", body)})
    child = subprocess.Popen(_check_command(project, args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.readline()
    child.stdout.close()
    stderr = child.stderr.read()
    assert child.wait(timeout=300) == 141 and stderr == b"", stderr
    whole = subprocess.run(_check_command(project, args), capture_output=True, timeout=300)
    assert whole.returncode == 1 and whole.stderr == b"" and len(whole.stdout) > 65_536


@pytest.mark.parametrize("args", [("check",), ("check", "--format", "json")])
def test_a_reader_that_has_every_byte_and_leaves_sees_kbgens_own_status(make_project, args):
    """A reader that has read the whole (small) report and closes the pipe before kbgen ends
    lost nothing: kbgen keeps its own status (check: 1, an error found), every time."""
    import subprocess

    project = make_project({"content/articles/a.md": article("KB0001", "A", "See [gone](missing.md).")})
    expected = subprocess.run(_check_command(project, args), capture_output=True, timeout=300).stdout
    assert 0 < len(expected) < 4096, expected
    for _ in range(3):  # the old end-of-run poll gave 141 or 1 here at random
        child = subprocess.Popen(_check_command(project, args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        got = b""
        while len(got) < len(expected):
            chunk = child.stdout.read1(len(expected) - len(got))
            assert chunk, got
            got += chunk
        child.stdout.close()  # the reader has it all and goes while kbgen may still be running
        stderr = child.stderr.read()
        assert (child.wait(timeout=300), got, stderr) == (1, expected, b"")


# ------------------------------------------------------------- script URLs in contact channels

@pytest.mark.parametrize("value", ["jav&#x61;script:alert(1)", "&#106;avascript&colon;x", "java\\tscript:x",
                                   " VbScript:x", "data:image/svg+xml;base64,PHN2Zz4=", "\\u200bjavascript:x"])
def test_a_chat_or_portal_value_that_is_a_script_url_is_an_error_at_its_line(make_project, value):
    """A chat or portal channel's value that a browser reads as a script or data URL showed as
    text without a word; now it is an error at its line, with every other problem of the run."""
    from conftest import MINIMAL_CONFIG

    from kbgen.build import load_project

    config = MINIMAL_CONFIG.replace("services:", f'  - kind: chat\n    label: Chat\n    value: "{value}"\nservices:', 1)
    project = make_project({"content/articles/a.md": article("KB0001", "A", "[x](gone.md)")}, config=config)
    found = [d.format() for d in load_project(project)[1]]
    assert any(line.startswith("site_config.yml:") and "contact.2.value" in line and "script or data URL" in line
               for line in found), found


@pytest.mark.parametrize("kind, value", [("walk-up", "Data: room 2.14, second floor"),
                                         ("other", "Javascript: not needed for the form"),
                                         ("walk-up", "vbscript: none, just come by")])
def test_a_free_text_channel_may_start_with_a_scheme_like_word(make_project, kind, value):
    """A walk-up or other channel's value is text the page shows, never a link: a word and a
    colon at its start ("Data: ...") is no script URL, and the project loads without an error."""
    from conftest import MINIMAL_CONFIG

    from kbgen.build import load_project

    config = MINIMAL_CONFIG.replace("services:", f'  - kind: {kind}\n    label: Desk\n    value: "{value}"\nservices:', 1)
    project = make_project({"content/articles/a.md": article("KB0001", "A")}, config=config)
    found = [d.format() for d in load_project(project)[1]]
    assert not any("contact." in line for line in found), found


# ------------------------------------------------------------- bidi isolates left open

@pytest.mark.parametrize("title, refused", [
    ("Reset \u2067your password\u200f gnp.exe", True), ("Open \u2066left", True), ("\u2068first strong", True),
    ("Closed \u2067\u05e9\u05dc\u05d5\u05dd\u2069 phrase", False), ("Nested \u2066a \u2067b\u2069 c\u2069", False),
    ("Nested \u2066a \u2067b\u2069 c", True), ("Stray closer \u2069 only", False),
])
def test_a_bidi_isolate_left_open_is_an_error_a_closed_one_stays(make_project, title, refused):
    """An isolate opener with no U+2069 after it reorders the rest of the line wherever the
    title is shown (a reply, the terminal): an error at its key; a closed one is a phrase in
    another script kept in its direction, and stays."""
    import json

    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", json.dumps(title))})
    found = [d.format() for d in load_project(project)[1] if "isolate" in d.message]
    assert bool(found) == refused and all(line.startswith("content/articles/a.md:3: error: title: ") for line in found), found


@pytest.mark.parametrize("value, refused", [
    ("Desk \u2067\u05d0\u05d1 opens here\nand closes \u2069 on the next line", True),
    ("Opened \u2066a\r\nclosed\u2069 after CR LF", True),
    ("Opened \u2068a\x85closed\u2069 after NEL", True),
    ("Closed \u2067\u05d0\u05d1\u2069 on its line\nand a second line", False),
    ("Line one\nline \u2066two\u2069", False),
])
def test_an_isolate_closed_only_on_a_later_line_is_left_open(value, refused):
    """The bidi algorithm ends every isolate at a paragraph's end (a line break): a U+2069 on a
    later line closes nothing, and the opener reordered the rest of its own line."""
    from kbgen import schema

    if refused:
        with pytest.raises(schema.Invalid, match="bidi isolate"):
            schema.text()(value)
    else:
        assert schema.text()(value) == value


def test_the_isolate_check_ends_paragraphs_where_the_bidi_algorithm_does():
    """Every character of bidi class B (paragraph separator) ends the open isolates, no other."""
    import sys
    import unicodedata

    from kbgen.schema import _PARAGRAPH_END

    ends = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.bidirectional(chr(c)) == "B"}
    assert set(_PARAGRAPH_END) == ends


@pytest.mark.parametrize("address", ["a,b@example.org", "desk@example.org?bcc=x@example.net", "desk@exa%2Cmple.org",
                                     "ops&field@example.org"])  # RFC 6068: a raw '&' must be percent-encoded
def test_the_feedback_address_is_one_mail_address_as_a_contacts_is(make_project, address):
    """``feedback.email`` took any 'x@y.z' (a ',' made the "No" mail go to two people): it is
    checked as a contact channel's address is, an error at its line."""
    from conftest import MINIMAL_CONFIG

    from kbgen.build import load_project

    config = MINIMAL_CONFIG + f'feedback:\n  email: "{address}"\n'
    project = make_project({"content/articles/a.md": article("KB0001", "A")}, config=config)
    found = [d.format() for d in load_project(project)[1] if d.key.startswith("feedback")]
    assert found and found[0].startswith("site_config.yml:") and "one mail address" in found[0], found
