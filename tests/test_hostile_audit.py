"""Hostile input found by the robustness audit (bench/attack.py): each case is a regression
test for one finding, in the words of the standard it broke (escaping, errors, bounded work)."""
from __future__ import annotations

import pytest

from conftest import article
from test_hostile_input import NOW, build, run  # the CLI as a user runs it, asserting no exception escaped


# --------------------------------------------------------------------------- CSS that runs script

@pytest.mark.parametrize("css", [
    "background:url(javascript:alert(1))", "background: URL( 'JavaScript:x' )", "x:expression(alert(1))",
    r"background:url(jav\61 script:x)", r"b\61 ckground:u\72l(java\9script:x)", "background:url(java/**/script:x)",
    "background:url(data:text/html,x)", "background-image:image-set('vbscript:x' 1x)", "behavior: url(x.htc)",
    "-moz-binding:url(x.xml#y)", "color:red/* unclosed comment",
])
def test_css_that_loads_a_script_url_or_runs_script_is_recognised(css):
    from kbgen.links import css_runs_script
    assert css_runs_script(css) == (css != "color:red/* unclosed comment")


@pytest.mark.parametrize("css", ["color:red", "text-align:right", "background:url(/a.png)", "width:50%",
                                 "background:url(data:image/png;base64,AA)", "font-family:'Java Script'"])
def test_ordinary_css_is_kept(css):
    from kbgen.links import css_runs_script
    from kbgen.site.safety import clean_html
    assert not css_runs_script(css)
    assert clean_html(f'<p style="{css}">x</p>').startswith('<p style="')


def test_a_style_that_loads_a_script_url_is_dropped_and_reported(make_project):
    from kbgen.site.safety import clean_html
    assert clean_html('<div style="background:url(&#106;avascript:x)" class="c">s</div>') == '<div class="c">s</div>'
    body = 'Text.\n\n<div style="background:url(javascript:alert(1))">s</div>\n\nPara\n{: style="x:expression(y)" }\n'
    project = make_project({"content/articles/a.md": article("KB0001", "A", body)})
    lines = [line for line in run("check", "--project", str(project), "--now", NOW).output.splitlines() if "html:" in line]
    assert [line.split(": ", 1)[1] for line in lines] == [
        "warning[script]: html: <div> 'style' loads a script URL or runs script; it is removed from the site",
        "warning[script]: html: attribute list: 'style' loads a script URL or runs script; it is removed from the site",
    ]
    assert [line.split(":")[1] for line in lines] == ["7", "10"]
    assert build(project).exit_code == 0
    page = (project / "site" / "articles" / "kb0001-a" / "index.html").read_text(encoding="utf-8")
    assert "javascript:" not in page and "expression(" not in page and "<div>s</div>" in page


# --------------------------------------------------------------------------- errors said once, and none hidden

def test_a_related_id_that_is_only_the_name_of_a_broken_file_is_still_reported(make_project):
    """Ids and file names of files that fail are kept apart: a broken file named KB0002.md whose
    id is KB0005 silences a `related: [KB0005]` (its own error says why), not `related: [KB0002]`."""
    from kbgen.build import load_project
    project = make_project({
        "content/articles/KB0002.md": "---\nid: KB0005\n---\nNo title.\n",
        "content/articles/a.md": article("KB0001", "A", related="[KB0002, kb0005]"),
    })
    messages = [d.format() for d in load_project(project)[1]]
    assert messages == ["content/articles/KB0002.md:2: error: title: is required",
                        "content/articles/a.md:2: error: related: no article has the id 'KB0002'"]


# --------------------------------------------------------------------------- the project's shape

@pytest.mark.parametrize("folder", ["content", "content/articles", "content/announcements", "theme"])
def test_a_project_folder_that_is_a_file_is_an_error_not_an_empty_site(make_project, folder):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    target = project / folder
    if target.is_dir():
        import shutil
        shutil.rmtree(target)
    target.write_text("x", encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (f"{folder}: error: is a file, not a folder: kbgen reads the files "
                                             f"inside {folder}/; move this file away")
    assert not (project / "site").exists()


def test_a_broken_link_among_the_articles_is_an_error_not_a_silently_missing_page(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    (project / "content" / "articles" / "b.md").symlink_to("moved-away.md")
    result = build(project)
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1, "content/articles/b.md: error: is a link to moved-away.md, which does not exist: fix or remove the link")


def test_a_config_that_is_a_folder_says_so(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A")}, config=None)
    (project / "site_config.yml").mkdir()
    assert build(project).output.splitlines()[0] == (
        "site_config.yml: error: is a folder, not a file: a kbgen project needs a site_config.yml file with at "
        "least site_name")


# --------------------------------------------------------------------------- nesting the renderer cannot follow

@pytest.mark.parametrize("body", ["*" * 1000 + "x" + "*" * 1000, "_a " * 900 + "x" + " a_" * 900,
                                  "**a " * 900 + "x" + " a**" * 900])
def test_emphasis_nested_too_deep_is_an_error_at_its_line_not_a_render_failure(make_project, body):
    project = make_project({"content/articles/a.md": article("KB0001", "A", "Intro.\n\n" + body)})
    result = build(project)
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1, "content/articles/a.md:7: error: body: emphasis ('*', '_') nested more than 100 levels deep: nesting "
           "this deep cannot be rendered; escape the markers that are text (\\*)")


@pytest.mark.parametrize("body", ["**Bold**, *it*, _x_ and __y__. " * 500, "Delete *.tmp and *.bak files. " * 500,
                                  "* item\n" * 2000, "***\n\n" * 2000, "a\\*b " * 5000,
                                  "*a " * 90 + "x" + " a*" * 90])
def test_ordinary_or_unpaired_emphasis_is_not_too_deep(body):
    from kbgen.body_check import limit_diagnostics
    assert limit_diagnostics("a.md", body, 5) == []


# --------------------------------------------------------------------------- encodings

@pytest.mark.parametrize(("encoding", "name"), [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-16-le", "UTF-16"),
                                              ("utf-32", "UTF-32")])
def test_a_file_in_another_unicode_encoding_is_named_in_the_error(make_project, encoding, name):
    """With a byte-order mark (Windows' "Unicode"), or UTF-16 without one (-be, -le)."""
    project = make_project({"content/articles/a.md": article("KB0001", "A").encode(encoding),
                            "content/articles/b.md": article("KB0002", "B")}, config=None)
    (project / "site_config.yml").write_bytes("site_name: S\n".encode(encoding))
    from kbgen.build import load_project
    assert [d.format() for d in load_project(project)[1]] == [
        f"content/articles/a.md:1: error: file is {name} text; save it as UTF-8",
        f"site_config.yml:1: error: file is {name} text; save it as UTF-8"]


def test_a_file_of_zero_bytes_is_not_mistaken_for_utf16(make_project):
    """What a crash or a full disk leaves: a file of NUL bytes."""
    from kbgen.build import load_project
    project = make_project({"content/articles/a.md": b"\x00" * 4096})
    assert [d.format() for d in load_project(project)[1]] == ["content/articles/a.md:1: error: file contains a NUL byte"]


def test_a_utf8_byte_order_mark_and_crlf_line_ends_are_read_as_plain_utf8(make_project):
    text = "\ufeff" + article("KB0001", "A", "Line one.\n\nLine two.").replace("\n", "\r\n")
    project = make_project({"content/articles/a.md": text.encode("utf-8")})
    assert build(project).exit_code == 0
    page = (project / "site" / "articles" / "kb0001-a" / "index.html").read_text(encoding="utf-8")
    assert "<p>Line one.</p>" in page and "\r" not in page and "\ufeff" not in page


# --------------------------------------------------------------------------- --now, the same in every command

@pytest.mark.parametrize("command", ["build", "check", "status", "report stale"])
def test_kbgen_now_from_the_environment_is_read_and_checked_by_every_command(make_project, monkeypatch, command):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    monkeypatch.setenv("KBGEN_NOW", "2026-02-30T00:00")
    result = run(*command.split(), "--project", str(project))
    assert result.exit_code == 2 and "Invalid value for '--now': '2026-02-30T00:00' is not an ISO 8601" in result.output
    assert not (project / "site").exists()


def test_a_broken_config_does_not_hide_what_is_wrong_in_the_content_files(make_project):
    """One run shows every mistake that does not need the config to be found."""
    project = make_project({
        "content/articles/ok.md": article("KB0001", "Fine"),
        "content/articles/yaml.md": "---\nid: KB0002\ntitle: [unclosed\n---\nx\n",
        "content/articles/nul.md": article("KB0003", "N", "a\x00b"),
        "content/articles/link.md": article("KB0004", "L", "[x](javascript:alert(1))"),
        "content/announcements/open.md": "---\nid: NTC-1\ntitle: N\n",
    }, config="site_name: S\ntimezone: Mars/Base\n")
    result = build(project)
    assert result.exit_code == 1
    assert [line.split(": error: ")[0] for line in result.output.splitlines() if ": error: " in line] == [
        "content/announcements/open.md:1", "content/articles/link.md:5", "content/articles/nul.md:5",
        "content/articles/yaml.md:3", "site_config.yml:2"]


# --------------------------------------------------------------------------- the operating system says no

def test_a_full_disk_while_writing_pages_names_the_file_and_keeps_the_previous_site(make_project, monkeypatch):
    import errno

    import kbgen.site.pool as pool
    project = make_project({"content/articles/a.md": article("KB0001", "A", "First.")})
    assert build(project).exit_code == 0
    before = (project / "site" / "articles" / "kb0001-a" / "index.html").read_bytes()
    (project / "content" / "articles" / "a.md").write_text(article("KB0001", "A", "Second."), encoding="utf-8")

    def full(stage, rendered, offline=False):
        raise OSError(errno.ENOSPC, "No space left on device", f"{stage}/{rendered.dest}")

    monkeypatch.setattr(pool, "write_page", full)
    result = build(project)
    assert result.exit_code == 1
    message = result.output.strip()
    assert "/articles/kb0001-a/index.html: error: No space left on device (while building " \
        f"the site into {project / 'site'}); nothing was written" in message, message
    assert (project / "site" / "articles" / "kb0001-a" / "index.html").read_bytes() == before
    assert not [p for p in project.iterdir() if p.name.startswith(".kbgen-build")]



# --------------------------------------------------------------------------- the agents' reply text

def test_the_markdown_reply_carries_no_raw_html_from_the_template_or_the_article(make_project):
    from conftest import MINIMAL_CONFIG
    config = MINIMAL_CONFIG + 'site_url: https://h.example/\nreply_template: "**Hi** <img src=x onerror=alert(1)> {title}: {url}"\n'
    project = make_project({"content/articles/a.md": article("KB0001", '"<b onclick=x>T</b>"')}, config=config)
    reply = run("link", "KB0001", "--project", str(project), "--format", "snippet-markdown").output
    assert reply == ("**Hi** \\<img src=x onerror=alert(1)> [\\<b onclick=x\\>T\\</b\\>](https://h.example/kb/KB0001/): "
                     "https://h.example/kb/KB0001/\n")
    plain = run("link", "KB0001", "--project", str(project)).output
    assert plain == "**Hi** <img src=x onerror=alert(1)> <b onclick=x>T</b>: https://h.example/kb/KB0001/\n"


# --------------------------------------------------------------------------- the far ends of --now

@pytest.mark.parametrize("now", ["1900-01-01T00:00:00+00:00", "9000-12-31T23:59:59+00:00"])
def test_every_command_works_at_both_ends_of_the_years_now_accepts(make_project, now):
    """gzip holds 1970-2106 and a zip 1980-2107: the sitemap's gzip and the offline zip clamp
    (they failed with 'kbgen failed unexpectedly', exit 70)."""
    import gzip
    notice = "---\nid: NTC-1\ntitle: N\ntype: notice\nstart: 2026-01-01\n---\nBody.\n"
    project = make_project({"content/articles/a.md": article("KB0001", "A"), "content/announcements/n.md": notice})
    for command in (["build", "--quiet", "--offline"], ["check"], ["status"], ["report", "stale"]):
        result = run(*command, "--project", str(project), "--now", now)
        assert result.exit_code == 0, (command, result.output)
    assert b"<urlset" in gzip.decompress((project / "site" / "sitemap.xml.gz").read_bytes())


# --------------------------------------------------------------------------- characters no output can hold

@pytest.mark.parametrize(("escape", "code"), [(r"\x01", "U+0001"), (r"\0", "U+0000"), (r"\ud800", "U+D800"),
                                              (r"\uFFFE", "U+FFFE"), (r"\x0b", "U+000B")])
def test_a_yaml_escape_for_a_character_no_output_can_hold_is_an_error_at_its_key(make_project, escape, code):
    """Atom (XML) cannot hold C0 controls or U+FFFE, UTF-8 cannot hold a lone surrogate: the
    build crashed (exit 70) writing the feed or the page; check passed it."""
    from conftest import MINIMAL_CONFIG
    notice = f'---\nid: NTC-1\ntitle: "A{escape}B"\ntype: notice\nstart: 2026-01-01\n---\nBody.\n'
    config = MINIMAL_CONFIG + f'description: "x{escape}"\n'
    project = make_project({"content/announcements/n.md": notice,
                            "content/articles/a.md": article("KB0001", "A", tags=f'["t{escape}"]')}, config=config)
    said = f"holds the invisible character {code}, which no page or feed can hold; remove it (it comes from an " \
           "escape such as \\x01 in double quotes)"
    if code == "U+D800":  # a lone surrogate (a pair is the character it stands for: test_hostile_round6)
        said = ("holds U+D800, half of a surrogate pair (an escape such as \\ud800 without its other half), which "
                "no page or feed can hold; write the character itself")
    result = build(project)
    assert result.exit_code == 1
    assert result.output.splitlines()[:3] == [f"content/announcements/n.md:3: error: title: {said}",
                                              f"content/articles/a.md:4: error: tags: {said}",
                                              f"site_config.yml:18: error: description: {said}"]


@pytest.mark.parametrize("character", ["\x01", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff"])
def test_an_invisible_character_in_a_file_is_an_error_at_its_line(make_project, character):
    notice = "---\nid: NTC-1\ntitle: N\ntype: notice\nstart: 2026-01-01\n---\nBody" + character + ".\n"
    project = make_project({"content/announcements/n.md": notice})
    result = build(project)
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1, f"content/announcements/n.md:7: error: file contains the invisible character U+{ord(character):04X}, which "
           "no page or feed can hold; remove it")


def test_tabs_line_ends_del_and_c1_characters_are_kept(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", '"A\\tB\\x7fC\\x85D"', "x\ty\x7fz\r\n")})
    assert build(project).exit_code == 0


# --------------------------------------------------------------------------- --previous that never ends

@pytest.mark.parametrize("command", ["build", "check"])
def test_a_previous_catalogue_that_is_a_device_or_a_pipe_is_refused_not_read_forever(make_project, tmp_path, command):
    """/dev/zero has no size to check first: it was read until memory ran out."""
    import os
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    pipe = tmp_path / "articles.json"
    os.mkfifo(pipe)
    for previous in ("/dev/zero", str(pipe)):
        result = run(command, "--project", str(project), "--now", NOW, "--previous", previous)
        assert (result.exit_code, result.output.strip()) == (
            1, f"Error: {previous}: not a regular file; is it a kbgen catalogue?")


def test_a_link_to_a_folder_holding_it_is_a_loop_error_not_its_files_read_again(make_project):
    """`content/articles/up -> ..` read the announcements again as articles (wrong errors)."""
    notice = "---\nid: NTC-1\ntitle: N\ntype: notice\nstart: 2026-01-01\n---\nBody.\n"
    project = make_project({"content/articles/a.md": article("KB0001", "A"), "content/announcements/n.md": notice})
    (project / "content" / "articles" / "up").symlink_to("..")
    result = build(project)
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1, f"content/articles/up: error: is a link to {(project / 'content').resolve()}, which holds content/ itself: "
           "a loop; remove the link")
    assert "announcements/n.md" not in result.output


@pytest.mark.parametrize("url", ['https://h.example/a"><script>x</script>', "https://h.example/<b>",
                                 "https://h.example/a\\b"])
def test_a_site_url_with_characters_no_url_holds_is_an_error(make_project, url):
    import json
    from conftest import MINIMAL_CONFIG
    project = make_project({"content/articles/a.md": article("KB0001", "A")},
                           config=MINIMAL_CONFIG + f"site_url: {json.dumps(url)}\n")
    result = build(project)
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1, f"site_config.yml:18: error: site_url: {url!r} must be an http(s) URL (no spaces, quotes or angle "
           "brackets; percent-encode them)")


# --------------------------------------------------------------------------- one finding, one line

def test_a_file_name_holding_a_newline_cannot_start_a_line_of_its_own(make_project):
    """GitHub Actions reads '::error ...' at the start of any log line as a command."""
    name = "a\n::error file=x::injected\u202e.md"
    project = make_project({f"content/articles/{name}": article("KB0001", "A", "[x](gone.md)")})
    for output in (build(project).output, run("check", "--project", str(project), "--now", NOW).output):
        assert not [line for line in output.splitlines() if line.startswith("::")], output
        assert "content/articles/a\\n::error file=x::injected\\u202e.md:5" in output


@pytest.mark.parametrize("character", ["\x7f", "\x80", "\x9f"])
def test_a_character_yaml_refuses_in_front_matter_is_an_error_at_its_line(make_project, character):
    """PyYAML's reader refuses DEL and C1 controls as it starts: that escaped as exit 70
    (found by bench/attack.py)."""
    project = make_project({"content/articles/a.md": f"---\nid: KB0001\ntitle: A{character}B\n---\nText.\n"})
    result = build(project)
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1, f"content/articles/a.md:3: error: holds the invisible character U+{ord(character):04X}, which YAML does not "
           "allow; remove it, or write it as an escape in double quotes")


def test_load_yaml_never_raises_on_a_lone_surrogate():
    from kbgen.yaml_load import load_yaml
    assert load_yaml("a: \ud800", 2)[2][0].line == 2


# --------------------------------------------------------------------------- kbgen new

@pytest.mark.parametrize("title", ["Two\nlines", "x\n---\nid: KB9", "Bell\x07", "Sep\u2028arated", "Del\x7f"])
@pytest.mark.parametrize("what", ["article", "announcement"])
def test_new_refuses_a_title_that_would_write_a_broken_file(make_project, title, what):
    """It wrote a file that then failed to load (an unclosed quote, or a control character)."""
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    result = run("new", what, title, "--project", str(project))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {title!r}: must be one line of text, without line breaks or control characters"
    assert sorted(p.name for p in (project / "content").rglob("*.md")) == ["a.md"]
