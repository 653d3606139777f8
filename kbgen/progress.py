"""Progress of a long run: stages and counts, shown on a terminal, silent elsewhere.

The library reports progress to a :class:`Progress` it is handed (silent by default); the CLI
hands it a :class:`TerminalProgress` when stderr is a terminal and ``--quiet`` is not given, so
CI logs stay clean.
"""
from __future__ import annotations

import sys
from typing import Any


class Progress:
    """Receives progress; this base class shows nothing.

    Attributes:
        shown: the warnings shown as they happened (the run's report leaves them out).
    """

    def __init__(self) -> None:
        self.shown: list[Any] = []

    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage begins (``total``: how many steps it has, when known)."""

    def advance(self, count: int = 1) -> None:
        """``count`` more steps of the current stage are done."""

    def warn(self, diagnostic: Any) -> None:
        """A warning of the whole run (a :class:`~kbgen.errors.Diagnostic`), worth saying as it
        happens rather than with the report at the end."""

    def close(self) -> None:
        """The run is over."""


class WarningsOnly(Progress):
    """Shows no progress; a warning goes to stderr as it happens (``--quiet`` shows warnings
    too: they are problems)."""

    def warn(self, diagnostic: Any) -> None:
        self.shown.append(diagnostic)
        self.write(diagnostic.format())

    def write(self, line: str) -> None:
        """A line on stderr."""
        print(line, file=sys.stderr, flush=True)


NO_PROGRESS = Progress()


class TerminalProgress(WarningsOnly):
    """A tqdm bar on stderr: the stage's name, and its steps when it has a total."""

    def __init__(self) -> None:
        super().__init__()
        self.bar: Any = None

    def write(self, line: str) -> None:
        """A line on stderr above the bar."""
        from tqdm import tqdm

        tqdm.write(line, file=sys.stderr)

    def stage(self, name: str, total: int | None = None) -> None:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked later
        self.close()
        self.bar = tqdm(total=total, desc=name, file=sys.stderr, leave=False, unit="page" if total else "it",
                        bar_format=None if total else "{desc}...")

    def advance(self, count: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(count)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def progress_for(quiet: bool) -> Progress:
    """A terminal progress bar when stderr is a terminal and not ``quiet``; else no progress.
    Either shows a warning as it happens."""
    return TerminalProgress() if not quiet and sys.stderr.isatty() else WarningsOnly()
