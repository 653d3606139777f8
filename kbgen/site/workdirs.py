"""The temporary folders a build or ``kbgen serve`` works in, and cleaning up after a killed run.

A build renders into ``.kbgen-build-<pid>-*`` beside the output and swaps the result in through
``.<site>.previous-<pid>``; ``kbgen serve`` builds into ``<tmp>/kbgen-serve-<pid>-*``. The process
id in each name tells whether its owner is still running: the next run removes the folders of
processes that are gone (``kill -9``, a power cut), and puts a previous site back in place if
the run died between the two renames of the swap. Folders of a running build are left alone.

Removing a folder and swapping a site in are never cut in half by SIGTERM or Ctrl+C: the signal
waits (:func:`signals_deferred`) until the step is done, then stops the run.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

BUILD_PREFIX = ".kbgen-build-"
SERVE_PREFIX = "kbgen-serve-"
_OWNER = re.compile(r"(\d+)-")
#: A folder of the old naming (no process id) counts as left over after this long.
_STALE_SECONDS = 3600


def build_prefix() -> str:
    """Prefix of this process's build folder."""
    return f"{BUILD_PREFIX}{os.getpid()}-"


def serve_prefix() -> str:
    """Prefix of this process's ``kbgen serve`` folder."""
    return f"{SERVE_PREFIX}{os.getpid()}-"


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGTERM and SIGINT wait until the block is done, then act as they would have.

    Python runs signal handlers in the main thread whichever thread the system handed the signal
    to (the search engine's V8 loop runs in its own thread during a build), so blocking delivery to
    the main thread is not enough: for the block, each handler only notes its signal, and after it
    the previous handlers are put back and the noted signals sent again, in order (a nested block
    passes them to the outer one). Outside the main thread the block runs as it is: only the main
    thread may set handlers.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    kinds = (signal.SIGTERM, signal.SIGINT)
    previous = {kind: signal.signal(kind, lambda number, _frame: noted.append(number)) for kind in kinds}
    try:
        yield
    finally:
        for kind, handler in previous.items():
            signal.signal(kind, handler)
        for number in dict.fromkeys(noted):
            signal.raise_signal(number)


@contextlib.contextmanager
def build_folder(parent: Path) -> Iterator[str]:
    """This process's build folder beside the output, removed whole when the block ends."""
    path: Path | None = None
    try:
        with signals_deferred():  # a signal stops the run only once the folder is known
            path = Path(tempfile.mkdtemp(prefix=build_prefix(), dir=parent))
        yield str(path)
    finally:
        if path is not None:
            with signals_deferred():
                shutil.rmtree(path, ignore_errors=True)


def backup_name(out: Path) -> str:
    """Name of the previous site while this process swaps a new one in."""
    return f".{out.name}.previous-{os.getpid()}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid > 0
    return True


def _left_over(folder: Path, rest: str) -> bool:
    """Whether ``folder`` (whose name continues with ``rest`` after its prefix) belongs to a
    process that is gone."""
    match = _OWNER.match(rest)
    if match:
        return not _alive(int(match.group(1)))
    try:
        return time.time() - folder.stat().st_mtime > _STALE_SECONDS
    except OSError:
        return False


def clean_build_leftovers(out: Path) -> None:
    """Remove dead builds' folders beside ``out``; restore a previous site a killed swap left."""
    parent, backups = out.parent, []
    if not parent.is_dir():
        return
    marker = f".{out.name}.previous-"
    for entry in sorted(parent.iterdir()):
        if entry.name.startswith(BUILD_PREFIX) and _left_over(entry, entry.name[len(BUILD_PREFIX):]):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(marker) and _left_over(entry, entry.name[len(marker):] + "-"):
            backups.append(entry)
    if backups and not out.exists():
        newest = max(backups, key=lambda path: path.stat().st_mtime)
        newest.rename(out)
        backups.remove(newest)
    for backup in backups:
        shutil.rmtree(backup, ignore_errors=True)


def clean_serve_leftovers(folder: Path | None = None) -> None:
    """Remove the temporary folders of ``kbgen serve`` processes that are gone."""
    folder = Path(folder or tempfile.gettempdir())
    for entry in sorted(folder.glob(f"{SERVE_PREFIX}*")):
        if entry.is_dir() and _left_over(entry, entry.name[len(SERVE_PREFIX):]):
            shutil.rmtree(entry, ignore_errors=True)
