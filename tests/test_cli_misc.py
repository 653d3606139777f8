"""kbgen new, kbgen check, --version, and help on every command."""
from __future__ import annotations


import click
from click.testing import CliRunner

from kbgen import __version__
from kbgen.cli import main
from kbgen.build import load_project
from conftest import ROOT, article


def test_new_article_takes_the_next_free_id_and_loads(make_project):
    project = make_project({"content/articles/a.md": article("KB0041", "A"),
                            "content/articles/b.md": article("KB0007", "B")})
    result = CliRunner().invoke(main, ["new", "article", "Printer says: offline!", "--project", str(project),
                                       "--type", "troubleshooting", "--folder", "printing"])
    assert result.exit_code == 0, result.output
    created = project / "content/articles/printing/printer-says-offline.md"
    assert created.is_file() and "id: KB0042" in created.read_text()
    corpus, diagnostics = load_project(project)
    assert diagnostics == [] and corpus.article("KB0042").draft is True
    again = CliRunner().invoke(main, ["new", "article", "Printer says: offline!", "--project", str(project),
                                      "--folder", "printing"])
    assert again.exit_code == 1 and "already exists" in again.output


def test_check_flags_stale_and_ownerless_articles(make_project):
    project = make_project({
        "content/articles/a.md": article("KB0001", "Old", owner="Desk", reviewed="2024-01-01", summary="s", services="[vpn]"),
        "content/articles/b.md": article("KB0002", "Fresh", reviewed="2026-02-01", summary="s", services="[vpn]"),
    })
    result = CliRunner().invoke(main, ["check", "--project", str(project), "--now", "2026-03-01T00:00:00Z", "--strict"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "content/articles/a.md:2:1: warning[stale]: reviewed: review was due on 2024-12-31 (last reviewed 2024-01-01)",
        "content/articles/b.md:2:1: warning[no-owner]: owner: no owner: add 'owner' so someone keeps it correct",
        "2 articles, 0 announcements checked: 0 errors, 2 warnings, 0 infos",
    ]
    relaxed = make_project({"content/articles/a.md": article("KB0001", "Old", reviewed="2024-01-01")},
                           config="site_name: X\nseverity:\n  stale: info\n  no-owner: info\n  no-summary: info\n", name="relaxed")
    assert CliRunner().invoke(main, ["check", "--project", str(relaxed), "--strict"]).exit_code == 0


def test_version_and_bad_now():
    assert __version__ in CliRunner().invoke(main, ["--version"]).output
    result = CliRunner().invoke(main, ["build", "--now", "yesterday", "--project", str(ROOT / "tests/fixtures/golden-project")])
    assert result.exit_code == 2 and "Invalid value for '--now': 'yesterday' is not an ISO 8601" in result.output


def all_commands(group: click.Group, prefix: str = "kbgen"):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from all_commands(command, f"{prefix} {name}")


def test_every_command_has_help_and_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name, command in all_commands(main):
        assert command.help, f"{name} has no help text"
        result = CliRunner().invoke(main, name.split()[1:] + ["--help"])
        assert result.exit_code == 0 and "Usage:" in result.output
        assert f"`{name}" in readme, f"{name} is not documented in README.md"


def test_link_prints_reply_ready_text_like_the_copy_button(make_project):
    project = make_project({"content/articles/a.md": article("KB0007", "Fix the VPN", summary="Three checks."),
                            "content/articles/d.md": article("KB0008", "Draft", draft="true")},
                           config="site_name: X\nsite_url: https://help.example.com/\n")
    run = lambda *args: CliRunner().invoke(main, ["link", *args, "--project", str(project)])
    assert run("kb0007").output == "This article should help: Fix the VPN (KB0007)\nThree checks.\nhttps://help.example.com/kb/KB0007/\n"
    assert run("KB0007", "--format", "url").output == "https://help.example.com/kb/KB0007/\n"
    assert run("KB0007", "--format", "markdown").output == "[Fix the VPN (KB0007)](https://help.example.com/kb/KB0007/)\n"
    missing = run("KB0008")
    assert missing.exit_code == 1 and "no published article has the id 'KB0008'" in missing.output


def test_init_starts_a_project_that_builds_and_passes_check_at_once(tmp_path):
    import re
    from kbgen.component import config_sections
    from kbgen.components import COMPONENTS
    from kbgen.config import site_schema

    runner = CliRunner()
    folder = tmp_path / "help"
    result = runner.invoke(main, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == sorted([
        ".gitignore", "site_config.yml", "content/articles/accounts/reset-your-password.md",
        "content/articles/service-desk/how-we-prioritise-tickets.md",
        re.sub(r"\s", "", f"content/announcements/{__import__('datetime').date.today().isoformat()}"
                          "-welcome-to-the-new-help-site.md")])
    config = (folder / "site_config.yml").read_text()
    for key in site_schema(config_sections(COMPONENTS)).fields:  # every key is shown, set or commented out
        assert re.search(rf"^#? ?{key}:", config, re.M), key
    check = runner.invoke(main, ["check", "--project", str(folder), "--strict"])
    assert check.exit_code == 0 and check.output == "2 articles, 1 announcement checked: 0 errors, 0 warnings, 0 infos\n"
    build = runner.invoke(main, ["build", "--project", str(folder), "--strict"])
    assert build.exit_code == 0 and (folder / "site/kb/KB0002/index.html").is_file()
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "site" not in p.parts}
    again = runner.invoke(main, ["init", str(folder)])
    assert again.exit_code == 1 and "already holds a kbgen project (site_config.yml, content)" in again.output
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "site" not in p.parts} == before


def test_a_bug_in_kbgen_is_one_line_not_a_traceback(make_project, monkeypatch):
    import kbgen.review.run
    monkeypatch.delenv("KBGEN_DEBUG", raising=False)
    monkeypatch.setattr(kbgen.review.run, "load_project", lambda *a, **k: 1 / 0)
    result = CliRunner().invoke(main, ["check", "--project", str(make_project())])
    assert result.exit_code == 70 and "Traceback" not in result.output
    assert result.output.startswith("Error: kbgen failed unexpectedly (ZeroDivisionError: division by zero).")


def test_a_misspelt_config_key_is_one_message(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "A", services="[vpn]")},
                           config="site_name: X\nsevices:\n  - id: vpn\n    name: VPN\n")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.output.splitlines()[:-1] == [
        'site_config.yml:2:1: error[invalid]: sevices: unknown key (did you mean "services"?); site_config.yml keys '
        "are: site_name, site_url, organisation, description, timezone, language, id_prefix, contact, services, "
        "featured, review, reply_template, markdown, feedback, search, status, tickets, severity"]


def test_kbgen_new_where_a_file_stands_for_the_folder_says_so(tmp_path):
    from click.testing import CliRunner

    from kbgen.cli import main
    CliRunner().invoke(main, ["init", str(tmp_path / "kb")])
    (tmp_path / "kb" / "content" / "articles" / "printing").write_text("a file\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["new", "article", "Clear a paper jam", "--project", str(tmp_path / "kb"),
                                       "--folder", "printing"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert "printing: cannot be made a folder" in result.output and "already exists" not in result.output
