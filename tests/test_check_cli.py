"""``kbgen check`` for CI: a fixture with one of each problem, and the exact text, JSON and
GitHub outputs; exit codes 0 (clean), 1 (errors, or warnings under --strict), 2 (usage)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kbgen.cli import main
from kbgen.errors import Diagnostic, Severity
from kbgen.review.output import github_line, text_line
from kbgen.review.run import check_project
from conftest import ROOT, article

FIXTURE = ROOT / "tests" / "fixtures" / "check-project"
ARGS = ["check", "--previous", "previous.json", "--now", "2026-03-01T09:00:00Z"]

TEXT = [
    "content/announcements/incident.md:6:1: warning[stale-incident]: state: incident still 'investigating' 28 days after its last update; resolve it or post an update",
    "content/announcements/window.md:5:1: warning[open-past-end]: state: the window closed at 2026-02-20T22:00:00+00:00 but the state is still 'scheduled'; set state: completed (or cancelled) and add an update",
    'content/articles/bare.md:2:1: warning[no-summary]: summary: no summary: search results and lists show one sentence',
    'content/articles/bare.md:2:1: info[no-services]: services: no services: the article appears on no service page',
    'content/articles/good.md:17:1: error[duplicate-anchor]: anchor: {#steps} is also on line 13; give each heading its own id',
    "content/articles/links.md:9:23: error[broken-link]: link: link to a missing article 'nowhere.md'",
    'content/articles/links.md:9:48: error[link-to-draft]: link: link to KB0003, which is a draft and will not be published',
    'content/articles/links.md:9:76: warning[link-to-retired]: link: link to KB0004, which is retired; link to KB0001 instead',
    'content/articles/links.md:10:18: warning[missing-anchor]: link: link \'good.md#stepz\': KB0001 has no section \'stepz\' (did you mean "steps"?)',
    'content/articles/stale.md:2:1: warning[duplicate-title]: title: same title as KB0001 (content/articles/good.md)',
    'content/articles/stale.md:2:1: warning[long-summary]: summary: 172 characters; a search result shows about 160: say it in one shorter sentence',
    "content/articles/stale.md:2:1: warning[no-owner]: owner: no owner: add 'owner' so someone keeps it correct",
    'content/articles/stale.md:2:1: warning[stale]: reviewed: review was due on 2024-12-31 (last reviewed 2024-01-01)',
    'content/articles/stale.md:2:1: info[no-services]: services: no services: the article appears on no service page',
    "previous.json:4:1: error[deleted-article]: KB0009: KB0009 (“Gone without a word”, /articles/kb0009-gone/) is no longer in content/articles/; restore it, or keep its file with 'retired: true' and 'replaced_by: <id of the article that replaces it>' so its links keep working",
    'site_config.yml: warning[unknown-rule]: severity.stael: no rule is called \'stael\' (did you mean "stale"?)',
    '6 articles, 2 announcements checked: 4 errors, 10 warnings, 2 infos',
]

GITHUB = [
    "::warning file=content/announcements/incident.md,line=6,col=1,title=kbgen stale-incident::state: incident still 'investigating' 28 days after its last update; resolve it or post an update",
    "::warning file=content/announcements/window.md,line=5,col=1,title=kbgen open-past-end::state: the window closed at 2026-02-20T22:00:00+00:00 but the state is still 'scheduled'; set state: completed (or cancelled) and add an update",
    '::warning file=content/articles/bare.md,line=2,col=1,title=kbgen no-summary::summary: no summary: search results and lists show one sentence',
    '::notice file=content/articles/bare.md,line=2,col=1,title=kbgen no-services::services: no services: the article appears on no service page',
    '::error file=content/articles/good.md,line=17,col=1,title=kbgen duplicate-anchor::anchor: {#steps} is also on line 13; give each heading its own id',
    "::error file=content/articles/links.md,line=9,col=23,title=kbgen broken-link::link: link to a missing article 'nowhere.md'",
    '::error file=content/articles/links.md,line=9,col=48,title=kbgen link-to-draft::link: link to KB0003, which is a draft and will not be published',
    '::warning file=content/articles/links.md,line=9,col=76,title=kbgen link-to-retired::link: link to KB0004, which is retired; link to KB0001 instead',
    '::warning file=content/articles/links.md,line=10,col=18,title=kbgen missing-anchor::link: link \'good.md#stepz\': KB0001 has no section \'stepz\' (did you mean "steps"?)',
    '::warning file=content/articles/stale.md,line=2,col=1,title=kbgen duplicate-title::title: same title as KB0001 (content/articles/good.md)',
    '::warning file=content/articles/stale.md,line=2,col=1,title=kbgen long-summary::summary: 172 characters; a search result shows about 160: say it in one shorter sentence',
    "::warning file=content/articles/stale.md,line=2,col=1,title=kbgen no-owner::owner: no owner: add 'owner' so someone keeps it correct",
    '::warning file=content/articles/stale.md,line=2,col=1,title=kbgen stale::reviewed: review was due on 2024-12-31 (last reviewed 2024-01-01)',
    '::notice file=content/articles/stale.md,line=2,col=1,title=kbgen no-services::services: no services: the article appears on no service page',
    "::error file=previous.json,line=4,col=1,title=kbgen deleted-article::KB0009: KB0009 (“Gone without a word”, /articles/kb0009-gone/) is no longer in content/articles/; restore it, or keep its file with 'retired: true' and 'replaced_by: <id of the article that replaces it>' so its links keep working",
    '::warning file=site_config.yml,title=kbgen unknown-rule::severity.stael: no rule is called \'stael\' (did you mean "stale"?)',
    '6 articles, 2 announcements checked: 4 errors, 10 warnings, 2 infos',
]


def run(*args: str):
    return CliRunner().invoke(main, [*ARGS, *args])


@pytest.fixture(autouse=True)
def in_fixture(monkeypatch):
    monkeypatch.chdir(FIXTURE)


def test_text_lists_every_finding_sorted_with_a_summary_and_exits_1():
    result = run()
    assert result.exit_code == 1
    assert result.output.splitlines() == TEXT


def test_github_annotates_every_finding():
    result = run("--format", "github")
    assert result.exit_code == 1
    assert result.output.splitlines() == GITHUB


def test_json_is_a_list_of_findings():
    found = json.loads(run("--format", "json").output)
    assert list(found[0]) == ["rule", "severity", "file", "line", "column", "key", "message"]
    rows = [(f["rule"], f["severity"], f["file"], f["line"], f["column"]) for f in found]
    expected = []
    for line in TEXT[:-1]:
        where, level_rule = line.split(": ", 2)[:2]
        level, rule = level_rule[:-1].split("[")
        parts = where.split(":")
        expected.append((rule, level, parts[0], int(parts[1]) if len(parts) > 1 else 0,
                         int(parts[2]) if len(parts) > 1 else 0))
    assert rows == expected
    assert found[5] == {"rule": "broken-link", "severity": "error", "file": "content/articles/links.md",
                        "line": 9, "column": 23, "key": "link",
                        "message": "link to a missing article 'nowhere.md'"}


def test_every_rule_the_fixture_shows_is_declared_with_its_default_level():
    from kbgen.build import known_rules

    rules = known_rules()
    for row in json.loads(run("--format", "json").output):
        assert rules[row["rule"]].severity.value == row["severity"], row


def test_exit_codes_strict_and_usage(make_project):
    clean = make_project({"content/articles/a.md": article("KB0001", "A", summary="s", owner="o",
                                                           reviewed="2026-01-01", services="[vpn]")})
    now = ["--now", "2026-03-01T09:00:00Z"]
    assert CliRunner().invoke(main, ["check", "-p", str(clean), *now]).exit_code == 0
    warned = make_project({"content/articles/a.md": article("KB0001", "A", summary="s", reviewed="2026-01-01",
                                                            services="[vpn]")}, name="warned")
    assert CliRunner().invoke(main, ["check", "-p", str(warned), *now]).exit_code == 0
    assert CliRunner().invoke(main, ["check", "-p", str(warned), *now, "--strict"]).exit_code == 1
    assert CliRunner().invoke(main, ["check", "-p", str(clean), "--format", "xml"]).exit_code == 2
    bad_now = CliRunner().invoke(main, ["check", "-p", str(clean), "--now", "yesterday"])
    assert bad_now.exit_code == 2 and "'yesterday' is not an ISO 8601 date and time" in bad_now.output


def test_invalid_files_are_reported_with_everything_else(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A", draft="maybe"),
                            "content/articles/b.md": article("KB0002", "B", owner="o", reviewed="2026-01-01",
                                                             services="[vpn]")})
    result = CliRunner().invoke(main, ["check", "-p", str(project), "--now", "2026-03-01T09:00:00Z"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "content/articles/a.md:4:1: error[invalid]: draft: expected true or false, got text",
        "content/articles/b.md:2:1: warning[no-summary]: summary: no summary: search results and lists show one sentence",
        "1 article, 0 announcements checked: 1 error, 1 warning, 0 infos",
    ]


def test_paths_are_shown_from_the_working_folder_and_github_values_are_escaped():
    result = check_project(FIXTURE, "2026-03-01T09:00:00Z", FIXTURE / "previous.json")
    assert len(result.findings) == 16 and result.failed() and result.checked == "6 articles, 2 announcements checked"
    item = Diagnostic("content/a,b:c.md", 3, "key", "100% sure\nsecond line", Severity.ERROR, "x", 7)
    # one finding, one line: a line end in a value is written as its escape
    assert text_line(item, "docs/kb") == "docs/kb/content/a,b:c.md:3:7: error[x]: key: 100% sure\\nsecond line"
    assert github_line(item) == "::error file=content/a%2Cb%3Ac.md,line=3,col=7,title=kbgen x::key: 100%25 sure%0Asecond line"
    outside = CliRunner().invoke(main, [*ARGS, "--project", str(FIXTURE)])
    assert outside.output.splitlines() == TEXT


def test_check_runs_in_a_sub_folder_with_paths_from_the_working_folder(monkeypatch):
    monkeypatch.chdir(FIXTURE.parent)
    result = CliRunner().invoke(main, ["check", "-p", "check-project", "--previous", "check-project/previous.json",
                                       "--now", "2026-03-01T09:00:00Z"])
    assert result.output.splitlines()[0] == "check-project/" + TEXT[0]


def test_the_check_benchmark_runs():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "bench" / "check.py"), "--articles", "30", "--repeat", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "articles: 30; kbgen check says: 30 articles, 0 announcements checked: 0 errors" in done.stdout
