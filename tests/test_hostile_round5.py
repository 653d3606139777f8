"""Round 5 of the robustness audit: what a run says after a config error, paths printed the
same way by every command, permissions, symlinked folders, recursion, option values."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import article
from test_hostile_input import run  # the CLI as a user runs it, no exception escaping

NOW = "2026-03-01T09:00:00+00:00"
NOTICE = "---\nid: NTC-1\ntitle: N\ntype: notice\nstart: 2026-01-01T00:00:00Z\n---\nBody.\n"


# ------------------------------------------------------------------ item 2: after a config error

def test_check_after_a_config_error_says_what_was_not_checked(make_project):
    from conftest import MINIMAL_CONFIG

    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/b.md": article("KB0002", "B"),
                            "content/announcements/n.md": NOTICE},
                           config=MINIMAL_CONFIG + "timezone: Mars/Base\n")
    result = run("check", "--project", str(project))
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last == ("site_config.yml has errors, so only the form of 2 article files and 1 announcement file "
                    "was checked (not their values, links, review rules or the previous site): "
                    "1 error, 0 warnings, 0 infos")
    assert "0 articles" not in result.output


def test_build_and_check_print_a_file_the_same_way_from_outside_the_project(make_project, monkeypatch):
    project = make_project({"content/articles/a.md": article("KB0001", "A", related="[KB0404]")})
    monkeypatch.chdir(project.parent)
    checked = run("check", "--project", "project")
    built = run("build", "--project", "project", "--now", NOW, "--quiet")
    assert checked.exit_code == built.exit_code == 1
    assert "project/content/articles/a.md:" in checked.output
    assert "project/content/articles/a.md:" in built.output
    monkeypatch.chdir(project)
    assert "\ncontent/articles/a.md:" in "\n" + run("build", "--now", NOW, "--quiet").output


# ------------------------------------------------------------------ item 3: linked sibling folders

@pytest.mark.parametrize("link", ["a-link", "z-link"])
def test_a_link_to_a_sibling_folder_never_changes_an_articles_slug(make_project, link):
    from kbgen.build import load_project

    project = make_project({"content/articles/vpn/connect.md": article("KB0001", "Connect")})
    (project / "content/articles" / link).symlink_to("vpn", target_is_directory=True)
    corpus, problems = load_project(project)
    assert [d.format() for d in problems] == []
    assert [a.slug for a in corpus.articles] == ["vpn/connect"]


def test_a_folder_only_reached_through_a_link_inside_the_project_takes_the_links_path(make_project):
    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/shared/guide.md": article("KB0002", "Guide")})
    (project / "content/articles/team").symlink_to("../shared", target_is_directory=True)
    corpus, problems = load_project(project)
    assert [d.format() for d in problems] == []
    assert sorted(a.slug for a in corpus.articles) == ["a", "team/guide"]


# ------------------------------------------------------------------ item 4: permission denied

def _denied(path) -> PermissionError:
    import errno
    return PermissionError(errno.EACCES, "Permission denied", str(path))


@pytest.fixture
def built(make_project):
    """A project built once, plus a new article for the next build to add."""
    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/sub/b.md": article("KB0002", "B")})
    assert run("build", "--project", str(project), "--now", NOW, "--quiet").exit_code == 0
    (project / "content/articles/c.md").write_text(article("KB0003", "C"))
    return project


def _site(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}


def _finish(project: Path, before: dict[str, bytes], line: str) -> None:
    """Build and check both report ``line`` (a ``path: error:`` line), exit 1 and leave the site."""
    result = run("build", "--project", str(project), "--now", NOW, "--quiet")
    assert result.exit_code == 1 and line in result.output.splitlines(), result.output
    assert _site(project) == before
    assert sorted(p.name for p in project.iterdir()) == [".site.kbgen-cache", "content", "site", "site_config.yml"]


def test_permission_denied_on_a_content_file(built, monkeypatch):
    victim, real_open = built / "content/articles/sub/b.md", Path.open
    before = _site(built)

    def refusing_open(self, *args, **kwargs):
        if self == victim:
            raise _denied(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    _finish(built, before, "content/articles/sub/b.md: error: cannot read file: Permission denied")
    checked = run("check", "--project", str(built))
    assert checked.exit_code == 1 and "b.md: error[invalid]: cannot read file: Permission denied" in checked.output


def test_permission_denied_on_a_content_folder_is_no_deleted_article(built, monkeypatch):
    victim, real_scandir = built / "content/articles/sub", os.scandir
    before = _site(built)

    def refusing_scandir(path="."):
        if Path(path) == victim:
            raise _denied(path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    _finish(built, before, "content/articles/sub: error: cannot read folder: Permission denied")
    checked = run("check", "--project", str(built))
    assert checked.exit_code == 1 and "cannot read folder: Permission denied" in checked.output
    assert "deleted-article" not in checked.output  # its articles are unknown, not gone


def test_permission_denied_on_the_output_folder(built, monkeypatch):
    real_mkdir = os.mkdir
    before = _site(built)

    def refusing_mkdir(path, *args, **kwargs):
        if Path(path).parent == built and Path(path).name.startswith(".kbgen-build-"):
            raise _denied(path)
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", refusing_mkdir)
    result = run("build", "--project", str(built), "--now", NOW, "--quiet")
    assert result.exit_code == 1
    assert result.output.startswith(f"{built}/.kbgen-build-") and ": error: Permission denied (while building " \
        f"the site into {built}/site); nothing was written" in result.output, result.output
    assert _site(built) == before


def _refusing_replace(monkeypatch, site: Path, after: int) -> list[Path]:
    """``os.replace`` refusing the rename of one file into ``site``, the one after the first
    ``after`` of them (putting back the others works, as it would in one folder)."""
    real_replace, calls, refused = os.replace, [], []

    def refusing(source, target, *args, **kwargs):
        inside = Path(target).is_relative_to(site) and "/previous/" not in str(source)  # not a putting back
        if inside and (Path(target) in refused or (len(calls) >= after and not refused)):
            refused.append(Path(target))
            raise _denied(source)  # as the OS says it: the source's name
        if inside:
            calls.append(Path(target))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", refusing)
    return calls


@pytest.fixture
def patched(built):
    """A built project whose next build is a patch: one article's body changed (its page and
    the search index: 3 of the site's ~80 files)."""
    from kbgen.build import build_site

    assert build_site(built, built / "site", NOW, workers=1).mode == "swap"
    (built / "content/articles/a.md").write_text(article("KB0001", "A", "A new body."))
    return built


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.mark.parametrize("after", [0, 1, 2])
def test_permission_denied_half_way_through_a_patch_leaves_the_previous_site(patched, monkeypatch, after):
    """Patch mode moves changed files in one by one; a refusal at any step puts back every
    file already moved (and the manifest), names the refused file of the site and exits 1."""
    from kbgen.build import build_site

    before = _site(patched)
    calls = _refusing_replace(monkeypatch, patched / "site", after)
    result = run("build", "--project", str(patched), "--now", NOW, "--quiet")
    assert len(calls) == after
    assert result.exit_code == 1, result.output
    assert re.fullmatch(rf"{re.escape(str(patched))}/site/\S+: error: Permission denied \(while updating the site\); "
                        r"the previous site was put back; nothing was written", result.output.strip()), result.output
    assert _site(patched) == before
    assert sorted(p.name for p in patched.iterdir() if p.name.startswith(".")) == [".site.kbgen-cache"]
    monkeypatch.undo()
    again = build_site(patched, patched / "site", NOW, workers=1)
    assert again.mode == "patch" and len(again.changed) == 3  # the manifest was put back
    build_site(patched, patched.parent / "clean", NOW, use_cache=False, workers=1)
    assert _files(patched / "site") == _files(patched.parent / "clean")


def test_a_patch_that_removes_files_puts_them_back_when_a_later_step_fails(patched, monkeypatch):
    """A stray file in a folder of its own is removed by a patch (it is no file of the site);
    the refused rename after it brings it and its folder back."""
    (patched / "site/stray").mkdir()
    (patched / "site/stray/notes.txt").write_text("someone's notes")
    before = _site(patched)
    _refusing_replace(monkeypatch, patched / "site", 1)
    result = run("build", "--project", str(patched), "--now", NOW, "--quiet")
    assert result.exit_code == 1 and "the previous site was put back; nothing was written" in result.output
    assert _site(patched) == before


def test_a_manifest_that_cannot_be_saved_undoes_the_patch(patched, monkeypatch):
    from kbgen.site import publish

    built = patched
    before = _site(built)

    def full_disk(out, manifest):
        import errno
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr(publish, "save_manifest", full_disk)
    result = run("build", "--project", str(built), "--now", NOW, "--quiet")
    assert result.exit_code == 1
    assert result.output.strip() == (f"{built}/site: error: No space left on device (while updating the site); "
                                     "the previous site was put back; nothing was written")
    assert _site(built) == before


def test_a_patch_that_cannot_be_undone_says_so_and_the_next_build_is_clean(patched, monkeypatch):
    from kbgen.build import build_site

    built = patched
    real_replace, calls = os.replace, []

    def refusing(source, target, *args, **kwargs):
        inside = Path(target).is_relative_to(built / "site")
        if inside and calls:
            raise _denied(source)  # the second rename in, and every putting back
        calls.append(target) if inside else None
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", refusing)
    result = run("build", "--project", str(built), "--now", NOW, "--quiet")
    assert result.exit_code == 1
    assert "the previous site could not be put back either (" in result.output
    assert "the next build rewrites it whole" in result.output and "Traceback" not in result.output
    monkeypatch.undo()
    assert build_site(built, built / "site", NOW, workers=1).mode == "clean"


# ------------------------------------------------------------------ item 5: recursion names the page

@pytest.mark.parametrize("where", ["template", "markdown"])
def test_a_recursion_error_while_rendering_names_the_pages_file(make_project, monkeypatch, where):
    """Python-Markdown and Jinja recurse on nesting; whatever exhausts the stack on one page is
    an error at that page's file, the build's other pages unaffected and nothing written."""
    from kbgen.site import mkdocs_pages, publish

    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/deep/b.md": article("KB0002", "B", "DEEP-MARKER")})
    if where == "template":
        real = publish.mkdocs_page

        def deep_page(plan, page):
            if page.meta.get("article_id") == "KB0002":
                raise RecursionError("maximum recursion depth exceeded")
            return real(plan, page)

        monkeypatch.setattr(publish, "mkdocs_page", deep_page)
    else:
        real = mkdocs_pages.MkDocsRenderer.render

        def deep_render(self, job):
            if "DEEP-MARKER" in job.markdown:
                raise RecursionError("maximum recursion depth exceeded while calling a Python object")
            return real(self, job)

        monkeypatch.setattr(mkdocs_pages.MkDocsRenderer, "render", deep_render)
    result = run("build", "--project", str(project), "--now", NOW, "--quiet")
    assert result.exit_code == 1
    assert result.output.strip() == ("content/articles/deep/b.md: error: rendering failed: it nests lists, quotes "
                                      "or HTML too deeply (hundreds of levels) to render; flatten it; nothing was "
                                      "written")
    assert not (project / "site").exists()


def test_a_recursion_error_while_planning_an_article_names_its_file(make_project, monkeypatch):
    from kbgen.site import core

    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/b.md": article("KB0002", "B")})
    real = core.article_parts

    def deep_parts(ctx, pub, item, targets):
        if item.id == "KB0002":
            raise RecursionError("maximum recursion depth exceeded")
        return real(ctx, pub, item, targets)

    monkeypatch.setattr(core, "article_parts", deep_parts)
    result = run("build", "--project", str(project), "--now", NOW, "--quiet")
    assert result.exit_code == 1
    assert result.output.startswith("content/articles/b.md: error: planning failed: it nests lists"), result.output
    monkeypatch.chdir(project.parent)  # printed from where kbgen runs, as every other finding is
    result = run("build", "--project", "project", "--now", NOW, "--quiet")
    assert result.output.startswith("project/content/articles/b.md: error: planning failed: "), result.output


# ------------------------------------------------------------------ item 6: bad option values exit 2

BAD_OPTIONS = [
    ("build", "--now", "2026-02-30"), ("check", "--now", "soon"), ("status", "--now", "1800-01-01T00:00"),
    ("report stale", "--now", "T25:00"), ("new announcement Outage", "--start", "yesterday"),
    ("new announcement Outage", "--start", "2026-02-30T09:00"), ("new announcement Outage", "--service", "nope"),
    ("new article Title", "--folder", "../outside"), ("new article Title", "--folder", "/etc"),
    ("new article Title", "--type", "essay"), ("link KB0001", "--section", "nowhere"),
    ("link KB0001", "--format", "fax"), ("check", "--format", "xml"), ("search vpn", "--limit", "0"),
    ("serve", "--port", "0"), ("serve", "--host", "no-such-host.invalid"), ("suggest tickets.csv", "--map", "title"),
    ("suggest tickets.csv", "--min-size", "1"), ("suggest tickets.csv", "--since", "yesterday"),
]


@pytest.mark.parametrize("command, option, value", BAD_OPTIONS)
def test_a_bad_option_value_is_bad_usage_in_every_command(make_project, monkeypatch, command, option, value):
    """A value an option cannot take exits 2 with click's 'Invalid value for' wording, in every
    command; nothing is created."""
    project = make_project({"content/articles/a.md": article("KB0001", "A", "## Steps\n\nDo it.")})
    (project / "tickets.csv").write_text("id,subject,body\n1,VPN down,It fails\n")
    monkeypatch.chdir(project)
    before = sorted(str(p) for p in project.rglob("*"))
    result = run(*command.split(), option, value)
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{option}" in result.output and "Traceback" not in result.output
    assert sorted(str(p) for p in project.rglob("*")) == before


# ------------------------------------------------------------------ item 7: suggest's search errors

def test_a_failing_site_search_is_an_error_with_context_not_no_match(make_project, monkeypatch):
    from kbgen.build import load_project
    from kbgen.errors import KbgenError
    from kbgen.search.engine import SearchEngine
    from kbgen.suggest.coverage import search_answers

    corpus, _ = load_project(make_project({"content/articles/a.md": article("KB0001", "Reset a password")}))
    answer = search_answers(corpus)
    assert answer is not None and answer("zzzz qqqq") is None  # no match: None, quietly
    assert answer("") is None

    def broken(self, query, limit=10):
        raise RuntimeError("V8 stopped")

    monkeypatch.setattr(SearchEngine, "search", broken)
    with pytest.raises(KbgenError, match=r"the site search failed .* \(a query of 14 characters\): "
                                         r"RuntimeError: V8 stopped"):
        answer("password reset")


def test_one_placeholder_pattern_and_one_tag_pattern_for_the_suggest_stages():
    import kbgen.suggest.cluster as cluster
    import kbgen.suggest.drafts as drafts
    import kbgen.suggest.queries as queries
    import kbgen.suggest.triage_words as triage
    from kbgen.suggest.shared import BRACKETED, PLACEHOLDER

    # triage and coverage (its queries, ``queries.query_text``) read placeholders only; grouping and
    # draft quotes also drop a writer's bracketed site or mail tag (the same problem is filed under many sites)
    assert {m.PLACEHOLDER for m in (queries, triage)} == {PLACEHOLDER}
    assert {m.BRACKETED for m in (cluster, drafts)} == {BRACKETED}
    text = "[name] at <EMAIL_ADDRESS> says [VPN] and [Urgent] fail for [employee-id]"
    assert PLACEHOLDER.findall(text) == ["[name]", "<EMAIL_ADDRESS>", "[employee-id]"]
    assert BRACKETED.findall(text) == ["[name]", "<EMAIL_ADDRESS>", "[VPN]", "[Urgent]", "[employee-id]"]


# ------------------------------------------------------------------ item 8: limits say what they are

def test_every_limit_names_the_file_line_key_limit_and_value(make_project):
    from conftest import MINIMAL_CONFIG
    from kbgen.build import load_project

    services = "".join(f"  - id: s{i}\n    name: Service {i}\n" for i in range(301))
    config = MINIMAL_CONFIG[:MINIMAL_CONFIG.index("services:")] + "services:\n" + services
    big = article("KB0001", "Big", "line of words\n" * 5000)
    project = make_project({"content/articles/big.md": big,
                            "content/articles/deep.md": article("KB0002", "Deep", extra="[" * 120 + "]" * 120),
                            "content/articles/bomb.md": article("KB0003", "Bomb", keywords="&a [" + ", ".join("x" * 150)
                                                                + "]\nextra: [" + ", ".join(["*a"] * 100) + "]")},
                           config=config)
    lines = sorted(d.format() for d in load_project(project)[1])
    limit_line = big.encode()[:64 * 1024].count(b"\n") + 1
    assert lines == sorted([
        "site_config.yml:12: error: services: 301 items; at most 300",
        f"content/articles/big.md:{limit_line}: error: file is larger than 64 KiB (65,536 bytes): {len(big):,} bytes, "
        "the limit passed on this line; split it into smaller files",
        "content/articles/bomb.md:5: error: extra: aliases repeat 15,100 values (at most 10,000); this one alone "
        "repeats 151: write the values out instead of nesting aliases",
        "content/articles/deep.md:4: error: extra: values are nested 121 levels deep (at most 100); flatten the "
        "structure",
    ])


# ------------------------------------------------------------------ attack round 5: findings

def test_a_local_time_the_clocks_skip_is_an_error_at_its_key(make_project):
    from kbgen.build import load_project

    project = make_project({"content/announcements/m.md": "---\nid: MNT-2026-001\ntitle: Work\ntype: maintenance\n"
                            "start: 2026-03-29T01:30:00\nend: 2026-03-29T03:00:00\nstate: scheduled\n---\nBody.\n",
                            "content/announcements/n.md": "---\nid: MNT-2026-002\ntitle: Repeated hour\n"
                            "type: maintenance\nstart: 2026-10-25T01:30:00\nend: 2026-10-25T03:00:00\n"
                            "state: scheduled\n---\nBody.\n"})
    lines = [d.format() for d in load_project(project)[1]]
    assert lines == ["content/announcements/m.md:5: error: start: 2026-03-29 01:30 does not exist in Europe/London: "
                     "the clocks skip it (daylight saving); write the time with its offset, e.g. "
                     "2026-03-29 01:30+00:00"]  # a repeated hour is read as its first time: no error


def test_thousands_of_unknown_keys_are_twenty_errors_and_one_summary(make_project):
    from kbgen.build import load_project

    stray = "\n".join(f"k{i}: v" for i in range(5000))
    project = make_project({"content/articles/a.md": f"---\nid: KB0001\ntitle: A\n{stray}\n---\nBody.\n"})
    lines = [d.format() for d in load_project(project)[1]]
    assert len(lines) == 21
    assert lines[0].startswith("content/articles/a.md:4: error: k0: unknown key; article keys are: id, title")
    assert lines[-1].startswith("content/articles/a.md:24: error: k20: 4,980 more unknown keys from here on "
                                "(k20, k21, k22, k23, k24 ...); article keys are: id, title")


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2028", "\u2029"])
def test_a_value_that_disguises_the_text_around_it_is_an_error_at_its_key(make_project, char):
    """A right-to-left override in a title shows the text after it reversed, in the page, the
    search result and the reply an agent pastes (a title could pass off a link); a line
    separator breaks a one-line value in a reply or a feed reader. Bodies keep them."""
    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", f'"Reset {char}moc.evil"', f"Body {char}x")})
    lines = [d.format() for d in load_project(project)[1]]
    # a line or paragraph separator is a line end to YAML: told at the line, before the keys are read
    told = (f"content/articles/a.md:3: error: title: holds the invisible line separator U+{ord(char):04X}" if char in "\u2028\u2029"
            else f"content/articles/a.md:3: error: title: holds the invisible character U+{ord(char):04X} (")
    assert len(lines) == 1 and lines[0].startswith(told)


def test_an_overlong_value_is_quoted_by_its_start_and_its_length(make_project):
    from kbgen.build import load_project

    long_id = "KB" + "7" * 5000
    project = make_project({"content/articles/a.md": article(long_id, "Long"),
                            "content/articles/b.md": article("KB 12", "Short")})
    lines = [d.format() for d in load_project(project)[1] if "valid id" in d.format()]
    assert len(lines) == 2
    long_line = next(line for line in lines if "a.md" in line)
    assert f"'{long_id[:60]}'... (5,002 characters) is not a valid id" in long_line
    assert len(long_line) < 300
    assert "'KB 12' is not a valid id" in next(line for line in lines if "b.md" in line)


@pytest.mark.parametrize("key", ["type", "reviewed", "aliases"])
def test_every_kind_of_overlong_value_is_quoted_by_its_start(make_project, key):
    from kbgen.build import load_project

    word = "guide" * 1000
    value = f"[/{word}/]" if key == "aliases" else word
    lines = [d.format() for d in load_project(make_project({"content/articles/a.md": article("KB0001", "A", **{key: value})}))[1]]
    assert len(lines) == 1 and re.search(r"\.\.\. \(5,00[02] characters\)", lines[0]) and len(lines[0]) < 400, lines
