"""Diagnostics and the one error hierarchy of kbgen.

Every problem found in a user's input becomes a :class:`Diagnostic` that names the file, the
line and the key. Stages collect diagnostics instead of raising at the first one, so a writer
sees every problem of a run at once. The CLI only turns :class:`KbgenError` into an exit code.
"""
from __future__ import annotations

import difflib
import json
import posixpath
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Iterable, TypeVar

_T = TypeVar("_T")

#: Problems of one kind in one file or value told one by one; the rest are told in one count.
MAX_TOLD = 20


def first_and_rest(items: Iterable[_T], most: int = MAX_TOLD,
                   left: Callable[[_T], object] | None = None) -> tuple[list[_T], int, _T | None]:
    """The first ``most`` of ``items``, how many more there are, and the first of those (None
    when none): a long run of one problem is told one by one up to ``most``, then as "and N
    more ... from here on". ``left`` is called with each item beyond ``most`` (a summary that
    names what the rest are). Reads ``items`` once (an iterator is fine) and keeps ``most + 1``."""
    told: list[_T] = []
    rest, first_left = 0, None
    for item in items:
        if len(told) < most:
            told.append(item)
            continue
        rest, first_left = rest + 1, item if rest == 0 else first_left
        if left is not None:
            left(item)
    return told, rest, first_left


class Severity(str, Enum):
    """How bad a diagnostic is; ``--strict`` turns warnings into failures."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in the user's input.

    Attributes:
        path: the file, as shown to the user (relative to the project where possible); "" for
            a problem of the whole run.
        line: 1-based line number in that file, 0 when the whole file is meant.
        key: the front matter or config key concerned ("" when none).
        message: what is wrong, and how to fix it where that is known.
        severity: error, warning or info.
        rule: a short stable name of the check (lets config change its severity; see
            :mod:`kbgen.rules`).
        col: 1-based column on that line, 0 when unknown.
    """

    path: str
    line: int
    key: str
    message: str
    severity: Severity = Severity.ERROR
    rule: str = ""
    col: int = 0

    def format(self, root: str = "") -> str:
        """Render as ``path:line: severity: key: message``, on one line (see :func:`one_line`);
        ``root`` (the project folder as seen from where kbgen runs) goes before the path. A
        problem of the whole run (no path) is ``severity: key: message``."""
        path = posixpath.join(root, self.path) if root and self.path else self.path
        where = (f"{path}:{self.line}" if self.line else path) + ": " if path else ""
        key = f"{self.key}: " if self.key else ""
        return one_line(f"{where}{self.severity.value}: {key}{self.message}")


def one_line(text: str) -> str:
    """``text`` with every character a terminal or a CI log would act on (line ends, other
    controls, bidirectional overrides: ``str.isprintable``) written as its escape, so a file
    name or value holding a newline cannot start a line of its own (a GitHub Actions log reads
    ``::error ...`` at a line's start as a command). Tabs stay."""
    return _escaped(text, lambda ch: repr(ch)[1:-1], keep="\t")


def printable_json(value: object, sort_keys: bool = False, indent: int | None = 2) -> str:
    """``value`` as indented JSON whose every character :func:`one_line` escapes (a bidi
    override, U+0085, a lone surrogate) is a JSON escape (``\\u202e``): a tool reads the same
    strings back, a terminal or log showing the output is not steered by them. Other text
    stays as it is (not ``ensure_ascii``), so names in any script stay readable."""
    text = json.dumps(value, indent=indent, sort_keys=sort_keys, ensure_ascii=False)
    return _escaped(text, _json_escape, keep="\n")  # json.dumps escapes line ends in strings


def _escaped(text: str, escape: Callable[[str], str], keep: str) -> str:
    """``text`` with each character that is not printable (and not in ``keep``) escaped."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in keep else escape(ch) for ch in text)


def _json_escape(ch: str) -> str:
    """``ch`` as JSON's ``\\uXXXX`` (a character past U+FFFF as its two surrogates, as JSON has it)."""
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


@dataclass
class Diagnostics:
    """An ordered collection of diagnostics gathered over a run."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def error(self, path: str, line: int, key: str, message: str, rule: str = "") -> None:
        self.add(Diagnostic(path, line, key, message, Severity.ERROR, rule))

    def warning(self, path: str, line: int, key: str, message: str, rule: str = "") -> None:
        self.add(Diagnostic(path, line, key, message, Severity.WARNING, rule))

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def failed(self, strict: bool = False) -> bool:
        """True when the run must stop: any error, or any warning under ``strict``."""
        return bool(self.errors or (strict and self.warnings))

    def sorted(self) -> list[Diagnostic]:
        """Diagnostics in a stable order: by file, then line, then message."""
        return sorted(dict.fromkeys(self.items))


#: Why a page that exhausted Python's recursion limit failed (it is the writer's to fix).
TOO_DEEP = "it nests lists, quotes or HTML too deeply (hundreds of levels) to render; flatten it"


class KbgenError(Exception):
    """Root of every error kbgen reports to a user (never shown as a traceback).

    The library raises it; only the CLI turns it into a message on stderr and ``exit_code``.

    Attributes:
        message: what went wrong, in a sentence a user can act on.
        exit_code: the process exit status the CLI uses.
    """

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def format_message(self) -> str:
        """The text shown to the user (after ``Error: ``)."""
        return self.message

    def report(self, root: str = "") -> str:
        """What a command prints on stderr for it (``root``: see :meth:`Diagnostic.format`)."""
        return f"Error: {self.format_message()}"

    def __str__(self) -> str:
        return self.message


class BadOption(KbgenError):
    """A command-line option's value is unusable in itself (not a moment, not a sub-folder,
    not a host name ...): bad usage, which every command reports the same way, with exit
    status 2 (a value the project lacks, such as an unknown article id, is an error: 1).

    Attributes:
        option: the option, e.g. ``--start``.
        reason: what is wrong with its value.
    """

    exit_code = 2

    def __init__(self, option: str, reason: str) -> None:
        super().__init__(f"{option}: {reason}")
        self.option, self.reason = option, reason


class FileError(KbgenError):
    """A file or folder the operating system refused (permission denied, a full disk ...),
    printed as ``path: error: message`` like every other problem with a file. ``in_project``: the
    path is relative to the project (a content file), so it is printed from where kbgen runs, as
    :meth:`Diagnostic.format` prints it; else it is printed as given (the output folder)."""

    def __init__(self, path: str, message: str, in_project: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.in_project = in_project

    def report(self, root: str = "") -> str:
        path = posixpath.join(root, self.path) if root and self.in_project else self.path
        return one_line(f"{path}: error: {self.message}")


class ValidationFailed(KbgenError):
    """The input has errors; ``diagnostics`` lists all of them."""

    def __init__(self, diagnostics: list[Diagnostic], summary: str = "", outcome: str = "") -> None:
        self.diagnostics = diagnostics
        errors = sum(d.severity is Severity.ERROR for d in diagnostics)
        warnings = sum(d.severity is Severity.WARNING for d in diagnostics)
        text = summary or f"{errors} error(s), {warnings} warning(s)" + (f"; {outcome}" if outcome else "")
        super().__init__(text)

    def format_message(self, root: str = "") -> str:
        """Every diagnostic on its own line, then the summary."""
        return "\n".join([d.format(root) for d in self.diagnostics] + [self.message])

    def report(self, root: str = "") -> str:
        """The diagnostics speak for themselves: no ``Error:`` before them."""
        return self.format_message(root)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ' (did you mean "x"?)' for the closest choice, or ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""
