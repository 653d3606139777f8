"""Hostile and careless input: every case ends in `path:line: error: key: message`, never a
traceback, never a half-written site, and in bounded time."""
from __future__ import annotations

import re
import time

import pytest
from click.testing import CliRunner

from kbgen.cli import main
from kbgen.build import load_project
from conftest import article

NOW = "2026-03-01T09:00:00+00:00"
CACHE = ".site.kbgen-cache"  # the build cache beside the site (see Performance): kept on purpose
NOTICE = "---\nid: NTC-1\ntitle: N\ntype: notice\nstart: {start}\n---\nBody.\n"


def run(*args: str):
    """The CLI as a user runs it; asserts that no exception escaped."""
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def build(project, *extra: str):
    return run("build", "--project", str(project), "--now", NOW, "--quiet", *extra)


_LOCATED = re.compile(r"^([^ ]*?:\d+)(?::\d+)?: (error|warning|info)(?:\[[a-z-]+\])?:", re.M)


def plain(output: str) -> str:
    """``kbgen check`` output without columns and rule names (``path:line: level: ...``)."""
    return _LOCATED.sub(r"\1: \2:", output)


def errors(project) -> list[str]:
    """Every diagnostic of loading the project, formatted."""
    return [d.format() for d in load_project(project)[1]]


BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n")


def test_an_alias_bomb_in_the_config_is_an_error_at_the_alias(make_project):
    project = make_project(config=BOMB + "site_name: X\nsearch:\n  synonyms: *f\n")
    started = time.perf_counter()
    lines = errors(project)
    assert time.perf_counter() - started < 2
    assert lines == ["site_config.yml:9: error: search: aliases repeat 1,270,459 values (at most 10,000); this one alone "
                     "repeats 597,871: write the values out instead of nesting aliases"]


def test_an_alias_bomb_in_front_matter_is_an_error_at_the_alias(make_project):
    project = make_project({"content/articles/a.md": "---\nid: KB0001\ntitle: T\n" + BOMB + "keywords: *f\n---\n"})
    started = time.perf_counter()
    result = build(project)
    assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith("content/articles/a.md:10: error: aliases repeat")


def test_an_alias_that_contains_itself_is_an_error(make_project):
    project = make_project({"content/articles/a.md": "---\nid: KB0001\ntitle: T\nkeywords: &k [a, *k]\n---\n"})
    assert errors(project) == ["content/articles/a.md:4: error: an alias refers to the value that contains it; "
                               "YAML that refers to itself cannot be used"]


def test_duplicate_keys_are_errors_in_config_and_front_matter(make_project):
    project = make_project({"content/articles/a.md": "---\nid: KB0001\ntitle: T\ntitle: U\n---\n"},
                           config="site_name: X\ntimezone: UTC\nsite_name: Y\n")
    # a config with errors does not hide the front matter's: both in one run
    assert errors(project) == ["content/articles/a.md:4: error: title: appears twice in the same mapping "
                               "(first on line 3); keep one",
                               "site_config.yml:3: error: site_name: appears twice in the same mapping "
                               "(first on line 1); keep one"]
    (project / "site_config.yml").write_text("site_name: X\n")
    assert errors(project) == ["content/articles/a.md:4: error: title: appears twice in the same mapping "
                               "(first on line 3); keep one"]


@pytest.mark.parametrize("text, line, message", [
    ('site_name: X\ndescription: "unclosed\nlanguage: en\ntimezone: UTC\nid_prefix: KB\n', 2,
     "a quoted value starts on this line and its closing quote is missing"),
    ("site_name: X\ntimezone:UTC\nlanguage: en\n", 2, "this line is not 'key: value' (a ':' followed by a space is missing)"),
    ("site_name: X\ndescription: Help: fast\n", 2, "a value holds ': ': put the whole value in quotes"),
    ("site_name: X\nservices: [a, b\nlanguage: en\n", 2, "a '[' opened on this line is not closed; close it, "
                                                       "or put the value in quotes"),
    ("site_name: X\n\ttimezone: UTC\n", 2, "a tab character: indent with spaces only"),
    ("site_name: X\nreview:\n  default_interval_days: 30\n interval: 4\n", 4,
     "the indentation of this line does not match the lines above (indent with spaces, the same amount "
     "for keys of the same level)"),
    ("site_name: @desk\n", 1, "a value cannot start with '@': put the value in quotes"),
    ("site_name: X\norganisation: *org\n", 2, "'*org' is an alias of an anchor '&org' that is not defined; "
                                             "to write a '*' put the value in quotes"),
])
def test_yaml_mistakes_are_said_in_kbgens_words_at_their_line(make_project, text, line, message):
    assert errors(make_project(config=text)) == [f"site_config.yml:{line}: error: {message}"]


@pytest.mark.parametrize("value", ["2026-13-45", "2026-02-30", "0000-01-01", "9999-12-31"])
def test_impossible_or_far_dates_in_articles_are_errors(make_project, value):
    project = make_project({"content/articles/a.md": article("KB0001", "A", reviewed=value)})
    result = run("check", "--project", str(project))
    assert result.exit_code == 1
    assert plain(result.output).startswith("content/articles/a.md:4: error: reviewed: ")
    assert value in result.output.splitlines()[0]


@pytest.mark.parametrize("value", ["2026-13-45", "2026-02-30T10:00", "0000-01-01", "2026-01-01T25:00:00",
                                   "2026-01-01 10:00:00+25:00", "9999-12-31T23:59:59"])
def test_impossible_moments_in_announcements_are_errors(make_project, value):
    project = make_project({"content/announcements/a.md": NOTICE.format(start=value)})
    result = build(project)
    assert result.exit_code == 1
    assert result.output.startswith("content/announcements/a.md:5: error: start: ")


@pytest.mark.parametrize("config, key", [
    ("site_name: X\nstatus:\n  history_days: 100000000\n", "status.history_days"),
    ("site_name: X\nreview:\n  default_interval_days: 99999999999\n", "review.default_interval_days"),
    ("site_name: X\nstatus:\n  banner_hours: " + "9" * 5000 + "\n", "status.banner_hours"),
])
def test_huge_numbers_in_the_config_are_errors(make_project, config, key):
    result = build(make_project(config=config))
    assert result.exit_code == 1 and f"error: {key}: " in result.output


def test_a_huge_review_interval_is_an_error_not_an_overflow(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A", reviewed="2026-01-01",
                                                             review_every_days="99999999999")})
    result = run("check", "--project", str(project))
    assert result.exit_code == 1
    assert "content/articles/a.md:5: error: review_every_days: must be at most 36,500" in plain(result.output)


@pytest.mark.parametrize("now", ["9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00", "2026-02-30T00:00"])
def test_an_out_of_range_now_is_an_error(make_project, now):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    for command in ("build", "check", "status", "report stale"):
        result = run(*command.split(), "--project", str(project), "--now", now)
        # a bad option value is a usage error in every command: exit 2, before anything is read
        assert result.exit_code == 2, (command, result.output)
        assert "--now" in result.output and now in result.output, (command, result.output)


def test_new_announcement_reports_its_own_option(make_project):
    result = run("new", "announcement", "VPN down", "--project", str(make_project()), "--start", "tomorrow")
    assert result.exit_code == 2 and "Invalid value for '--start': 'tomorrow' is not an ISO 8601" in result.output


# --------------------------------------------------------------------------- script on pages

@pytest.mark.parametrize("url", ["javascript&#58;x", "&#106;avascript:x", "&#x6A;avascript&colon;x", "java\nscript:x",
                                 "java\x01script:x", " JaVaScRiPt:x", "\x0ejavascript:x", "&#0000106avascript:x",
                                 "ｊavascript:x", "java\u200bscript:x", "vbscript:x", "data:text/html,<b>",
                                 "data:image/svg+xml,<svg onload=x>"])
def test_script_urls_are_recognised_as_a_browser_decodes_them(url):
    from kbgen.links import is_script_url
    assert is_script_url(url)


@pytest.mark.parametrize("url", ["https://x/javascript:", "javascript%3Ax", "data:image/png;base64,AA", "a.md",
                                 "msteams://x", "&amp;#106;avascript:x"])
def test_ordinary_urls_are_not_script_urls(url):
    from kbgen.links import is_script_url
    assert not is_script_url(url)


def test_raw_html_false_keeps_only_markdowns_markup():
    from kbgen.site.safety import clean_html
    html = ('<p>x</p><iframe src="https://v.example/"></iframe><video src="a.mp4"></video>'
            '<table><tr><td style="text-align:right;color:red">1</td></tr></table><kbd>K</kbd>')
    assert clean_html(html, raw_html=False) == (
        '<p>x</p><table><tbody><tr><td style="text-align:right">1</td></tr></tbody></table><kbd>K</kbd>')
    assert '<iframe src="https://v.example/"></iframe><video src="a.mp4"></video>' in clean_html(html)


def test_check_warns_about_script_in_raw_html_and_errs_on_script_links(make_project):
    body = ('<a href="&#x6A;avascript:x" onclick="y">a</a>\n\nPara\n{: onmouseover="z" }\n\n'
            '`<a onclick=x>` is code\n\n[l](java&#x09;script:x)')
    project = make_project({"content/articles/a.md": article("KB0001", "A", body),
                            "content/announcements/n.md": NOTICE.format(start="2026-01-01") + body})
    result = run("check", "--project", str(project), "--now", NOW)
    assert result.exit_code == 1
    lines = [line for line in plain(result.output).splitlines() if "html:" in line or "link:" in line]
    assert lines == [
        "content/announcements/n.md:8: warning: html: <a> 'href' holds a script URL; it is removed from the site",
        "content/announcements/n.md:8: warning: html: <a> event handler 'onclick' runs script; it is removed "
        "from the site",
        "content/announcements/n.md:11: warning: html: attribute list: event handler 'onmouseover' runs script; "
        "it is removed from the site",
        "content/announcements/n.md:15: error: link: unsafe link 'java&#x09;script:x': script URLs are not allowed",
        "content/articles/a.md:5: warning: html: <a> 'href' holds a script URL; it is removed from the site",
        "content/articles/a.md:5: warning: html: <a> event handler 'onclick' runs script; it is removed from the site",
        "content/articles/a.md:8: warning: html: attribute list: event handler 'onmouseover' runs script; it is "
        "removed from the site",
        "content/articles/a.md:12: error: link: unsafe link 'java&#x09;script:x': script URLs are not allowed",
    ]


# --------------------------------------------------------------------------- files and links

def test_links_leading_outside_the_project_are_refused_and_nothing_is_published(make_project, tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwd").write_text("root:x:0:0")
    (secret / "notes.md").write_text(article("KB0009", "Secret notes"))
    project = make_project({"content/articles/a.md": article("KB0001", "A", "![p](passwd.png)")})
    (project / "content/articles/passwd.png").symlink_to(secret / "passwd")
    (project / "content/articles/notes.md").symlink_to(secret / "notes.md")
    (project / "content/articles/folder").symlink_to(secret)
    (project / "theme/assets").mkdir(parents=True)
    (project / "theme/assets/x.css").symlink_to(secret / "passwd")
    result = build(project)
    assert result.exit_code == 1
    assert [line.split(": error: ")[0] for line in result.output.splitlines() if ": error: " in line] == [
        "content/articles/folder", "content/articles/notes.md", "content/articles/passwd.png", "theme/assets/x.css"]
    assert f"is a link to {secret / 'passwd'}, outside the project" in result.output
    assert not (project / "site").exists()


def test_links_inside_the_project_are_followed(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A", "![p](shared/p.png)"),
                            "images/p.png": b"\x89PNG"})
    (project / "content/articles/shared").symlink_to(project / "images")
    assert build(project).exit_code == 0
    assert (project / "site/articles/shared/p.png").read_bytes() == b"\x89PNG"


def test_hidden_folders_are_never_content(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/.kbgen-build-123-x/docs/b.md": "not front matter",
                            "content/articles/.#a.md": "an editor's lock file"})
    assert errors(project) == []


def test_a_link_to_a_file_stored_decomposed_resolves(make_project):
    import unicodedata
    nfd = unicodedata.normalize("NFD", "café")
    project = make_project({f"content/articles/{nfd}.md": article("KB0002", "Café"),
                            f"content/articles/{nfd}.png": b"\x89PNG",
                            "content/articles/a.md": article("KB0001", "A", "[c](café.md) ![i](caf%C3%A9.png)")})
    assert errors(project) == []
    assert build(project).exit_code == 0
    page = (project / "site/articles/kb0001-a/index.html").read_text()
    assert 'href="../kb0002-cafe/"' in page and (project / "site/articles/café.png").is_file()


def test_a_missing_image_or_file_is_a_warning(make_project):
    project = make_project({"content/articles/a.md": article(
        "KB0001", "A", "![shot](img/shot.png) [form](form.pdf) [page](https://x/y.png) [top](#top)")})
    assert errors(project) == [
        "content/articles/a.md:5: warning: link: file 'form.pdf' is not in content/articles; "
        "the page would show it broken",
        "content/articles/a.md:5: warning: link: image 'img/shot.png' is not in content/articles; "
        "the page would show it broken"]


def test_one_mistake_gives_one_message(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "A", sevices="[vpn]"),
        "content/articles/b.md": article("KB0002", "B", "[a](a.md)", related="[KB0001]"),
    })
    assert errors(project) == [
        "content/articles/a.md:4: error: sevices: unknown key (did you mean \"services\"?); article keys are: id, "
        "title, summary, type, tags, services, keywords, owner, created, reviewed, review_every_days, draft, "
        "retired, replaced_by, related, aliases, source_tickets"]


def test_template_text_left_in_is_flagged_by_check_and_build(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    assert run("new", "article", "Reset a token", "--project", str(project)).exit_code == 0
    created = project / "content/articles/reset-a-token.md"
    assert errors(project) == []  # a draft may hold template text
    created.write_text(created.read_text().replace("draft: true\n", ""))
    assert run("new", "announcement", "Mail slow", "--project", str(project), "--type", "notice",
               "--start", "2026-02-01T09:00").exit_code == 0
    expected = [
        "content/announcements/2026-02-01-mail-slow.md:8: warning: body: template text 'What we improved, for whom, "
        "and what it means for them (in numbers if you can).' is still here: replace it with the real text",
        "content/articles/reset-a-token.md:2: warning: summary: template text 'One sentence that tells people what "
        "this article solves.' is still here: replace it with the real text",
    ]
    check = plain(run("check", "--project", str(project), "--now", NOW).output).splitlines()
    assert [line for line in check if "template text" in line][:2] == expected
    assert [line for line in check if "template text" in line][2:] == [
        f"content/articles/reset-a-token.md:{n}: warning: body: template text '{text}' is still here: replace it "
        "with the real text" for n, text in ((15, "What you need."), (19, "First step."), (20, "Second step."))]
    built = run("build", "--project", str(project), "--now", NOW).output
    assert built.count("template text") == 5
    assert run("build", "--project", str(project), "--now", NOW, "--strict").exit_code == 1


# --------------------------------------------------------------------------- where kbgen writes

@pytest.mark.parametrize("folder", ["../../x", "/abs", "a/../../x", ".hidden", "~/x", "C:/x", "..\\x"])
def test_new_article_stays_inside_content_articles(make_project, tmp_path, folder):
    project = make_project()
    result = run("new", "article", "Title", "--project", str(project), "--folder", folder)
    assert result.exit_code == 2 and "Invalid value for '--folder': " in result.output
    assert [p for p in tmp_path.rglob("*.md")] == []


def test_new_article_folder_through_a_link_outside_is_refused(make_project, tmp_path):
    project = make_project()
    (project / "content/articles").mkdir(parents=True)
    (project / "content/articles/out").symlink_to(tmp_path)
    result = run("new", "article", "Title", "--project", str(project), "--folder", "out")
    assert result.exit_code == 2 and "leads outside content/articles" in result.output


def test_a_very_long_title_gives_a_file_name_that_fits(make_project):
    project = make_project()
    title = "Why " + "very " * 120 + "long"
    assert run("new", "article", title, "--project", str(project)).exit_code == 0
    assert run("new", "announcement", title, "--project", str(project), "--start", "2026-02-01T09:00").exit_code == 0
    names = [p.name for p in (project / "content").rglob("*.md")]
    assert len(names) == 2 and all(len(name.encode()) <= 120 for name in names)


def test_long_names_anywhere_build_or_fail_cleanly(make_project):
    long = "x" * 300
    project = make_project({f"content/articles/{'y' * 250}.md": article("KB0001", "A", tags=f"[{long}]"),
                            "content/articles/b.md": article("KB0002", "B", aliases=f"[/old/{long}/]")})
    result = build(project)
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith("content/articles/b.md:4: error: aliases.0: ")
    (project / "content/articles/b.md").write_text(article("KB0002", "B", aliases="[/old/b/]"))
    assert build(project).exit_code == 0


@pytest.mark.parametrize("alias", ["/.well-known/x/", "/old/%2e%2e/x/", "/old/.%2E/", "/a/%2F/b/", "/.hidden.html"])
def test_aliases_that_could_never_be_reached_are_errors(make_project, alias):
    project = make_project({"content/articles/a.md": article("KB0001", "A", aliases=f"['{alias}']")})
    assert errors(project)[0].startswith("content/articles/a.md:4: error: aliases.0: ")


@pytest.mark.parametrize("out", ["content/articles/site", "content", "theme/site", ".", ".."])
def test_the_site_cannot_go_inside_what_kbgen_reads(make_project, out):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    result = build(project, "--out", str(project / out))
    assert result.exit_code == 1 and "Error: --out " in result.output
    assert not (project / "content/articles/site").exists()


@pytest.mark.parametrize("out", ["/proc/kbgen-site", "/dev/null/site", "/sys/kbgen-site"])
def test_an_unwritable_output_folder_is_an_error_not_a_traceback(make_project, out):
    result = build(make_project({"content/articles/a.md": article("KB0001", "A")}), "--out", out)
    assert result.exit_code == 1 and re.match(r"^/\S+: error: ", result.output), result.output
    # the file that failed, the OS reason, and the site folder (see test_hostile_audit for a full disk)
    assert (f"{out}: error: cannot write the site there: " in result.output
            or f"(while building the site into {out}); nothing was written" in result.output), result.output


def test_a_failed_swap_puts_the_previous_site_back(make_project, monkeypatch):
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    assert build(project).exit_code == 0
    before = (project / "site/articles/kb0001-a/index.html").read_bytes()

    def refuse(self, target):
        raise PermissionError(13, "Permission denied", str(self))

    import pathlib
    original = pathlib.Path.rename
    monkeypatch.setattr(pathlib.Path, "rename", lambda self, target: refuse(self, target)
                        if self.name.startswith("site") and ".kbgen-build" in str(self) else original(self, target))
    result = build(project, "--no-cache")  # a clean build replaces the whole folder: the swap is tried
    assert result.exit_code == 1 and "Permission denied" in result.output
    assert (project / "site/articles/kb0001-a/index.html").read_bytes() == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".")] == [CACHE]


def test_leftovers_of_a_killed_build_are_cleaned_and_a_half_swap_is_undone(make_project):
    import subprocess
    import sys
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    assert build(project).exit_code == 0
    (project / f".kbgen-build-{dead}-abc/site").mkdir(parents=True)
    (project / "site").rename(project / f".site.previous-{dead}")
    assert errors(project) == []
    (project / "content/articles/b.md").write_text(article("KB0001", "clash"))
    assert build(project).exit_code == 1  # a failed build still puts the old site back
    assert (project / "site/articles/kb0001-a/index.html").is_file()
    assert sorted(p.name for p in project.iterdir()) == [CACHE, "content", "site", "site_config.yml"]


# --------------------------------------------------------------------------- sizes and nesting

def test_limits_of_size_lists_nesting_and_footnotes_are_errors_at_their_line(make_project):
    from kbgen.source import MAX_CONTENT_BYTES
    big = article("KB0001", "Big", "word " * (MAX_CONTENT_BYTES // 5 + 10))
    project = make_project({
        "content/articles/big.md": big,
        "content/articles/tags.md": article("KB0002", "Tags", tags="[" + ", ".join(f"t{i}" for i in range(31)) + "]"),
        "content/articles/deep.md": article("KB0003", "Deep", "text\n\n" + "".join("    " * i + "- x\n"
                                                                                for i in range(150))),
        "content/articles/quote.md": article("KB0004", "Quote", "> " * 150 + "x"),
        "content/articles/notes.md": article("KB0005", "Notes", "".join(f"t[^{i}]\n\n[^{i}]: n\n\n"
                                                                        for i in range(501))),
    })
    assert errors(project) == [
        f"content/articles/big.md:5: error: file is larger than 64 KiB (65,536 bytes): {len(big):,} bytes, the limit "
        "passed on this line; split it into smaller files",
        "content/articles/deep.md:108: error: body: indented 404 columns: nesting this deep cannot be rendered "
        "(at most 400 columns and 100 quote levels)",
        "content/articles/notes.md:5: error: body: 501 footnotes; at most 500 render in reasonable time: "
        "split the article",
        "content/articles/quote.md:5: error: body: quoted 150 levels deep: nesting this deep cannot be rendered "
        "(at most 400 columns and 100 quote levels)",
        "content/articles/tags.md:4: error: tags: 31 items; at most 30",
    ]


def test_nesting_too_deep_for_the_renderer_is_an_error_not_a_traceback(make_project):
    body = "x\n\n" + "\n".join("    " * i + "- x\n" for i in range(99))  # blank lines hide it from the check
    project = make_project({"content/articles/a.md": article("KB0001", "A", body)})
    result = build(project)
    assert result.exit_code in (0, 1)
    if result.exit_code:
        assert "content/articles/a.md: error: rendering failed: it nests lists, quotes or HTML too deeply" \
            in result.output


@pytest.mark.parametrize("depth", [150, 20000])
def test_yaml_nested_too_deep_is_an_error(make_project, depth):
    project = make_project({"content/articles/a.md": "---\nid: KB0001\ntitle: T\nkeywords: " + "[" * depth
                            + "]" * depth + "\n---\n"})
    result = build(project)
    assert result.exit_code == 1 and "content/articles/a.md:4: error: keywords: values are nested" in result.output


def test_an_announcement_body_in_the_feeds_renders_in_linear_time(make_project):
    from kbgen.status.feeds import body_html
    project = make_project({"content/announcements/n.md": NOTICE.format(start="2026-01-01") + "[" * 60000})
    corpus, diagnostics = load_project(project)
    started = time.perf_counter()
    html = body_html(corpus.announcements[0])
    assert time.perf_counter() - started < 5 and html.count("[") == 60000  # was 12 minutes


@pytest.mark.parametrize("raw_html", [True, False])
def test_an_announcement_in_the_feeds_is_cleaned_as_its_page_is(make_project, raw_html):
    import markdown

    from kbgen.site.safety import SafetyExtension
    from kbgen.status.feeds import body_html
    body = ('Join the bridge: <a href="msteams:/l/meetup-join/19">Teams</a> '
            '<a href="&#106;avascript:alert(1)">status</a>\n\n<div style="position:fixed">rebooting</div>\n')
    project = make_project({"content/announcements/n.md": NOTICE.format(start="2026-01-01") + body})
    corpus, _ = load_project(project)
    html = body_html(corpus.announcements[0], raw_html)
    page = markdown.markdown(corpus.announcements[0].body, extensions=["extra", "sane_lists",
                                                                       SafetyExtension(raw_html=raw_html)])
    assert html == page
    assert "javascript" not in html.lower() and 'href="msteams:/l/meetup-join/19"' in html
    assert ("position:fixed" in html) is raw_html
