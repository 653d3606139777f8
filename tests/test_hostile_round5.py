"""Round 5 of the robustness audit: what a run says after a config error, paths printed the
same way by every command, permissions, symlinked folders, recursion, option values."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import main
from conftest import article

NOW = "2026-03-01T09:00:00+00:00"
NOTICE = "---\nid: NTC-1\ntitle: N\ntype: notice\nstart: 2026-01-01T00:00:00Z\n---\nBody.\n"


def run(*args: str):
    """The CLI as a user runs it; asserts that no exception escaped."""
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


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
