"""How ``kbgen check`` prints its findings: ``text`` for people, ``json`` for tools, ``github``
for inline annotations on a pull request (workflow commands).

Every format takes every :class:`~kbgen.errors.Diagnostic` of the run, whichever component or
rule made it; a finding without a rule (a value that fails its schema) is called ``invalid``.
Findings are sorted by file, line and column.
"""
from __future__ import annotations

import posixpath
from typing import Iterable

from ..errors import Diagnostic, Severity, one_line, printable_json
from ..rules import INVALID

FORMATS = ("text", "json", "github")
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_GITHUB = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def position(item: Diagnostic) -> tuple[int, int]:
    """``(line, column)``: a known line without a column is its first column; (0, 0) for a
    whole file."""
    return (item.line, item.col or 1) if item.line else (0, 0)


def rule_of(item: Diagnostic) -> str:
    return item.rule or INVALID


def message_of(item: Diagnostic) -> str:
    return f"{item.key}: {item.message}" if item.key else item.message


def ordered(findings: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Findings without repeats, by file, line, column, level, rule and message."""
    return sorted(dict.fromkeys(findings), key=lambda d: (d.path, *position(d), _ORDER[d.severity],
                                                           rule_of(d), message_of(d)))


def located(item: Diagnostic, root: str) -> str:
    """The finding's file as seen from where kbgen runs (``root``: the project's folder)."""
    return posixpath.join(root, item.path) if root else item.path


def counts(findings: list[Diagnostic]) -> dict[Severity, int]:
    return {level: sum(d.severity is level for d in findings) for level in Severity}


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``: a count and its noun."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(findings: list[Diagnostic], checked: str) -> str:
    """``46 articles, 4 announcements checked: 1 error, 2 warnings, 0 infos`` (``checked``
    says what was checked)."""
    found = counts(findings)
    return (f"{checked}: {plural(found[Severity.ERROR], 'error')}, "
            f"{plural(found[Severity.WARNING], 'warning')}, {plural(found[Severity.INFO], 'info')}")


def text_line(item: Diagnostic, root: str = "") -> str:
    """``file:line:col: error[rule]: message`` (``file: ...`` when no line is known)."""
    line, col = position(item)
    where = f"{located(item, root)}:{line}:{col}" if line else located(item, root)
    return one_line(f"{where}: {item.severity.value}[{rule_of(item)}]: {message_of(item)}")


def as_text(findings: list[Diagnostic], checked: str, root: str = "") -> str:
    return "\n".join([text_line(item, root) for item in findings] + [summary(findings, checked)])


def as_json(findings: list[Diagnostic], root: str = "") -> str:
    """A list of findings: rule, severity, file, line, column, key, message."""
    rows = []
    for item in findings:
        line, col = position(item)
        rows.append({"rule": rule_of(item), "severity": item.severity.value, "file": located(item, root),
                     "line": line, "column": col, "key": item.key, "message": item.message})
    return printable_json(rows)


def _escape_data(text: str) -> str:
    """A workflow command's data: line ends as GitHub escapes them, every other character a
    terminal or log viewer acts on (an ANSI escape in a file name, a bidi override) as its
    Python escape, as in the text format (the file name then no longer matches: it is one no
    one can type anyway)."""
    return one_line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(item: Diagnostic, root: str = "") -> str:
    """``::error file=…,line=…,col=…,title=…::message`` (a workflow command)."""
    line, col = position(item)
    props = [f"file={_escape_property(located(item, root))}"]
    if line:
        props += [f"line={line}", f"col={col}"]
    props.append(f"title={_escape_property(f'kbgen {rule_of(item)}')}")
    return f"::{_GITHUB[item.severity]} {','.join(props)}::{_escape_data(message_of(item))}"


def as_github(findings: list[Diagnostic], checked: str, root: str = "") -> str:
    return "\n".join([github_line(item, root) for item in findings] + [summary(findings, checked)])


def render(findings: list[Diagnostic], fmt: str, checked: str, root: str = "") -> str:
    """The findings in one of :data:`FORMATS`."""
    if fmt == "json":
        return as_json(findings, root)
    if fmt == "github":
        return as_github(findings, checked, root)
    return as_text(findings, checked, root)
