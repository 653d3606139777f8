"""Hostile projects in tests/fixtures/hostile/: `kbgen check` prints exactly expected.txt (never a
traceback) and `kbgen build` fails or succeeds without writing anything outside its output.

Add a case by adding a folder; write its expected.txt with
``KBGEN_UPDATE_HOSTILE=1 python3 -m pytest tests/test_hostile_fixtures.py`` and read it through.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import main

CASES = Path(__file__).parent / "fixtures" / "hostile"
NOW = "2026-03-01T09:00:00+00:00"


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_a_hostile_project_gets_exactly_its_messages(case, tmp_path):
    project = tmp_path / case
    shutil.copytree(CASES / case, project, symlinks=True, ignore=shutil.ignore_patterns("expected.txt"))
    result = CliRunner().invoke(main, ["check", "--project", str(project), "--now", NOW])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    expected_file = CASES / case / "expected.txt"
    if os.environ.get("KBGEN_UPDATE_HOSTILE"):
        expected_file.write_text(result.output, encoding="utf-8")
    assert result.output == expected_file.read_text(encoding="utf-8")
    built = CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW, "--quiet",
                                      "--out", str(tmp_path / "site")])
    assert built.exception is None or isinstance(built.exception, SystemExit), built.exception
    assert built.exit_code == (1 if re.search(r": error[\[:]", result.output) else 0), built.output
    built_files = ["site", ".site.kbgen-cache"] if built.exit_code == 0 else []  # the site and its build cache
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([case] + built_files)
