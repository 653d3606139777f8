"""How the ``kbgen`` command ends after a build: without freeing the build's objects one at a
time (see ``LazyGroup.__call__``), yet with the status, output and exit handlers of an ordinary
ending; library calls still free what they built."""
from __future__ import annotations

import gc
import subprocess
import sys

from conftest import article

NOW = "2026-03-01T09:00:00+00:00"

#: The ``kbgen`` command as its console script runs it, with an exit handler of its own that
#: must still run (and print after kbgen's own output).
COMMAND = ("import atexit, sys\nfrom kbgen.cli import main\n"
           "atexit.register(lambda: print('exit handler ran', flush=True))\nmain(sys.argv[1:])\n")


def _kbgen(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", COMMAND, *args], capture_output=True, timeout=300, **kwargs)


def test_a_successful_build_ends_with_0_its_output_and_the_exit_handlers(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "Printer setup")})
    done = _kbgen("build", "--project", str(project), "--now", NOW)
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 0, done.stderr
    assert lines[0].startswith("Built 1 articles") and lines[-1] == "exit handler ran", lines
    assert (project / "site" / "index.html").is_file() and done.stderr == b""
    again = _kbgen("build", "--project", str(project), "--now", NOW)  # an incremental build ends the same way
    assert again.returncode == 0 and again.stdout.decode().splitlines()[-1] == "exit handler ran"


def test_a_failed_build_keeps_its_status_and_message(make_project):
    project = make_project({"content/articles/a.md": article("KB0001", "Printer setup", "See [x](gone.md).")})
    done = _kbgen("build", "--project", str(project), "--now", NOW)
    assert done.returncode == 1 and b"gone.md" in done.stderr, done.stderr
    assert done.stdout.decode().splitlines() == ["exit handler ran"]


def test_a_build_whose_reader_has_gone_ends_with_141_quietly(make_project):
    """The reader closed the pipe before kbgen's one line: the line is lost, so 141, as before."""
    project = make_project({"content/articles/a.md": article("KB0001", "Printer setup")})
    child = subprocess.Popen([sys.executable, "-c", COMMAND, "build", "--project", str(project), "--now", NOW],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()
    stderr = child.stderr.read()
    assert child.wait(timeout=300) == 141 and stderr == b"", stderr
    assert (project / "site" / "index.html").is_file()


def test_only_the_command_leaves_the_builds_objects_unfreed(make_project):
    """A library call frees the build's objects before it returns; the command hands them to
    the end of the process; a test runner's ``main.main`` (no ``__call__``) frees them too."""
    from click.testing import CliRunner

    from kbgen.build import build_site
    from kbgen.cli import main

    project = make_project({"content/articles/a.md": article("KB0001", "Printer setup")})
    kept: list = []
    try:
        build_site(project, now=NOW, workers=1, left_to_exit=kept)
    finally:
        gc.unfreeze()  # kept objects are frozen for a process about to end; this one goes on
    assert [type(o).__name__ for o in kept] == ["PlanMemo", "SitePlan", "Corpus"]
    assert main.left_to_exit is None
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--now", NOW])
    assert result.exit_code == 0 and main.left_to_exit is None, result.output
