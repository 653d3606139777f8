"""File names the disk gives as bytes that are not UTF-8 text (a folder copied from a system
with another encoding): an error naming the file, never a crash of the build."""
from __future__ import annotations

import os

from click.testing import CliRunner

from conftest import article

NOW = "2026-03-01T09:00:00+00:00"


def test_a_file_name_that_is_not_utf8_is_an_error_at_its_path(make_project):
    from kbgen.build import load_project

    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    os.mkdir(os.path.join(os.fsencode(project / "content/articles"), b"d\xe9p\xf4t"))
    with open(os.path.join(os.fsencode(project / "content/articles"), b"caf\xe9.md"), "w") as stream:
        stream.write(article("KB0002", "B"))
    lines = [d.format() for d in load_project(project)[1]]
    said = "error: its name is not UTF-8 text"
    assert [line.split(": error")[0] for line in lines if said in line] == [
        "content/articles/caf\ufffd.md", "content/articles/d\ufffdp\ufffdt"]


def test_a_build_with_such_a_name_exits_with_errors_and_writes_nothing(make_project):
    from kbgen.cli import main

    project = make_project({"content/articles/a.md": article("KB0001", "A")})
    with open(os.path.join(os.fsencode(project / "content/articles"), b"r\xe9seau.md"), "w") as stream:
        stream.write(article("KB0002", "B"))
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW])
    assert result.exit_code == 1, result.output
    assert "is not UTF-8 text" in result.output and "unexpectedly" not in result.output
    assert not (project / "site").exists()
