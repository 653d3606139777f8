"""Progress of a long build: shown on a terminal, silent in CI (not a terminal) and with --quiet."""
from __future__ import annotations

import io
import sys

from click.testing import CliRunner

from conftest import article
from kbgen.build import build_site
from kbgen.cli import main
from kbgen.errors import Diagnostic, Severity
from kbgen.progress import TerminalProgress, WarningsOnly, progress_for

NOW = "2026-03-01T09:00:00+00:00"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_only_on_a_terminal_and_not_when_quiet(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert type(progress_for(quiet=False)) is WarningsOnly
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    assert isinstance(progress_for(quiet=False), TerminalProgress)
    assert type(progress_for(quiet=True)) is WarningsOnly


def test_a_warning_of_the_whole_run_is_shown_as_it_happens_without_a_path_quiet_or_on_a_terminal(monkeypatch):
    note = Diagnostic("", 0, "", "something of the whole run", Severity.WARNING, "render")
    assert note.format("some/project") == "warning: something of the whole run"
    for stream, quiet in ((io.StringIO(), True), (FakeTerminal(), False)):
        monkeypatch.setattr(sys, "stderr", stream)
        progress = progress_for(quiet=quiet)
        progress.stage("rendering pages", 3)
        progress.warn(note)
        progress.close()
        assert "warning: something of the whole run\n" in stream.getvalue() and progress.shown == [note]


def test_a_build_on_a_terminal_shows_its_stages_and_pages(make_project, tmp_path, monkeypatch):
    project = make_project({"content/articles/a.md": article("KB0001", "Alpha")})
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress = progress_for(quiet=False)
    build_site(project, tmp_path / "site", NOW, progress=progress)
    progress.close()
    shown = terminal.getvalue()
    for stage in ("loading", "planning", "checking what changed", "rendering pages", "writing the site"):
        assert stage in shown, stage
    assert "page" in shown


def test_the_cli_prints_no_progress_when_not_on_a_terminal(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "Alpha")})
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW])
    assert result.exit_code == 0, result.output
    assert result.stderr == "" and result.stdout.startswith("Built 1 articles (")
    quiet = CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW, "--quiet"])
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""
