"""What the columns of each export mean, and how a row becomes a :class:`Ticket`.

Each format is a :class:`Spec`: for every Ticket field the (normalised) column names that may
hold it, which fields are required, and how its cells are turned into plain text. Header
matching ignores case and punctuation, so ``short_description`` and ``Short description`` are
the same column.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from kbgen.errors import Diagnostic, one_line
from kbgen.suggest.importers.reading import Row, RowWarnings, norm_key, warn
from kbgen.suggest.importers.text import (html_to_text, jira_to_text, looks_like_html, read_date,
                                          split_jira_comment, split_journal, TICKET_FIRST_YEAR, TICKET_LAST_YEAR)
from kbgen.suggest.model import Ticket

MAX_TEXT = 20_000
"""Longest text kept per field; longer cells are cut with a warning (keeps memory bounded)."""

FIELD_ALIASES = {"title": "subject", "summary": "subject", "body": "description", "details": "description",
                 "comment": "comments", "closenotes": "close_notes", "resolution": "close_notes",
                 "requester": "caller", "reporter": "caller", "created": "opened", "key": "id",
                 "ticketid": "id", "number": "id", "category": "category"}
FIELDS = ("id", "subject", "description", "comments", "close_notes", "caller", "opened", "resolved", "category")


@dataclass(frozen=True)
class Spec:
    """How one export format maps its columns to Ticket fields.

    Attributes:
        name: format name shown to users.
        columns: Ticket field -> candidate normalised column names, first match wins (for
            ``comments`` and ``category`` every listed column present is used).
        required: fields whose column must exist.
        markup: "plain", "html" (convert when a cell looks like HTML) or "jira".
        journal: True when the comments column is a ServiceNow journal.
    """

    name: str
    columns: Mapping[str, tuple[str, ...]]
    required: tuple[str, ...] = ("id", "subject")
    markup: str = "plain"
    journal: bool = False
    multi: tuple[str, ...] = field(default=("comments", "category"))


SERVICENOW = Spec("servicenow", {
    "id": ("number",), "subject": ("shortdescription",), "description": ("description",),
    "comments": ("commentsandworknotes", "commentsworknotes", "comments", "worknotes", "additionalcomments"),
    "close_notes": ("closenotes", "resolutionnotes"), "caller": ("callerid", "caller", "openedby"),
    "opened": ("openedat", "opened", "syscreatedon", "created"), "resolved": ("resolvedat", "resolved", "closedat"),
    "category": ("category", "subcategory"),
}, journal=True)

JIRA = Spec("jira", {
    "id": ("issuekey", "key"), "subject": ("summary",), "description": ("description",),
    "comments": ("comment", "comments"), "close_notes": ("resolutionnotes",), "caller": ("reporter",),
    "opened": ("created",), "resolved": ("resolved",), "category": ("components", "component", "labels"),
}, markup="jira")

FRESHSERVICE = Spec("freshservice", {
    "id": ("ticketid", "id"), "subject": ("subject",), "description": ("description",),
    "comments": ("notes", "conversations"), "close_notes": ("resolutionnotes",),
    "caller": ("requestername", "requester", "requesteremail"), "opened": ("createdtime", "createdat"),
    "resolved": ("resolvedtime", "closedtime"), "category": ("category", "subcategory", "item"),
}, markup="html")

ZENDESK = Spec("zendesk", {
    "id": ("id",), "subject": ("subject", "rawsubject"), "description": ("description",),
    "comments": (), "close_notes": (), "caller": ("requestername",), "opened": ("createdat",),
    "resolved": ("solvedat",), "category": ("tags",),
}, required=("id",))

GENERIC = Spec("csv", {
    "id": ("id", "ticketid", "ticketnumber", "number", "key", "issuekey", "ref", "reference", "incident"),
    "subject": ("subject", "title", "summary", "shortdescription", "topic"),
    "description": ("description", "body", "details", "message", "text", "content", "problem"),
    "comments": ("comments", "comment", "notes", "worknotes", "updates"),
    "close_notes": ("closenotes", "resolution", "resolutionnotes", "solution", "fix"),
    "caller": ("caller", "requester", "reporter", "user", "customer", "callername", "requestername"),
    "opened": ("opened", "openedat", "created", "createdat", "date", "submitted", "reported"),
    "resolved": ("resolved", "resolvedat", "closed", "closedat", "solvedat"),
    "category": ("category", "subcategory", "labels", "tags", "type"),
}, required=(), markup="html")

SPECS = {spec.name: spec for spec in (SERVICENOW, JIRA, FRESHSERVICE, ZENDESK, GENERIC)}


def with_mapping(spec: Spec, columns: Mapping[str, str] | None) -> Spec:
    """Return ``spec`` with the user's column mapping (field -> column name) taking precedence."""
    if not columns:
        return spec
    merged = dict(spec.columns)
    for name, column in columns.items():
        fld = FIELD_ALIASES.get(norm_key(name), name.strip().lower())
        if fld in FIELDS:
            keys = tuple(norm_key(c) for c in str(column).split("+") if c.strip())
            merged[fld] = keys + tuple(k for k in merged.get(fld, ()) if k not in keys and fld in spec.multi)
    return Spec(spec.name, merged, spec.required, spec.markup, spec.journal, spec.multi)


def unknown_field_names(columns: Mapping[str, str] | None) -> list[str]:
    """Field names in a user's mapping that are not Ticket fields."""
    return [n for n in (columns or {}) if _field_of(n) not in FIELDS]


def _field_of(name: str) -> str:
    """The Ticket field a mapping's key names (through :data:`FIELD_ALIASES`)."""
    return FIELD_ALIASES.get(norm_key(name), str(name).strip().lower())


def mapping_problems(columns: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """``(key, message)`` for every error of a user's field -> column mapping (config
    ``tickets.columns`` or ``--map``), all at once: a key that is not a ticket field (told once
    when two keys differ only in case) and a column with an EMPTY part (``Subject+``, ``a++b``).
    A column named only by punctuation (``#``, common for ID columns) is a real column."""
    problems, told = [], set()
    for name in unknown_field_names(columns):
        if _field_of(name) not in told:
            told.add(_field_of(name))
            problems.append((name, f"not a ticket field; use one of {', '.join(FIELDS)} (title and body are "
                                   "accepted for subject and description)"))
    for name, column in (columns or {}).items():
        if any(not part.strip() for part in str(column).split("+")):
            problems.append((name, f"{column!r} has an empty part (nothing before or after a '+', or "
                                   "nothing at all); write COLUMN or COLUMN+COLUMN"))
    return problems


def mapping_warnings(columns: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """``(key, message)`` for each ticket field a mapping gives under a second name
    (``title: Subject`` and ``subject: Summary``): the last one wins, as :func:`with_mapping` does."""
    given: dict[str, str] = {}
    warnings = []
    for name in columns or {}:
        field = _field_of(name)
        if field in FIELDS and field in given:
            warnings.append((name, f"the same field as {given[field]!r}; {name!r} is used (the last one wins)"))
        given[field] = name
    return warnings


def missing_columns(spec: Spec, keys: set[str]) -> list[str]:
    """Required fields of ``spec`` with none of their candidate columns among ``keys``."""
    return [f for f in spec.required if not any(k in keys for k in spec.columns.get(f, ()))]


def scalar(value: Any) -> str:
    """A cell value as text: references give their display value, lists are joined."""
    if value is None:
        return ""
    if isinstance(value, dict):
        for key in ("display_value", "name", "display_name", "title"):
            if value.get(key) not in (None, ""):
                return scalar(value[key])
        return ""  # a bare reference {link, value} names no one
    if isinstance(value, (list, tuple)):
        return ", ".join(s for s in (scalar(v) for v in value) if s)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _cells(row: Row, spec: Spec, fld: str) -> list[Any]:
    found = []
    for key in spec.columns.get(fld, ()):
        if key in row.cells:
            found.extend(row.cells[key])
            if fld not in spec.multi:
                break
    return found


def _first(row: Row, spec: Spec, fld: str) -> str:
    for value in _cells(row, spec, fld):
        text = scalar(value).strip()
        if text:
            return text
    return ""


MAX_REPEATED_KEYS = 20
"""Keys given twice in a ticket object warned about one by one per file; more are counted."""


class RowReader:
    """Turns rows of one file into tickets, collecting warnings for that file."""

    def __init__(self, path: str, spec: Spec, diagnostics: list[Diagnostic],
                 headers: Mapping[str, str] | None = None) -> None:
        self.path, self.spec, self.diagnostics = path, spec, diagnostics
        self.headers = dict(headers or {})
        self.text_of: Callable[[str], str] = {"jira": jira_to_text, "html": _html_if_html}.get(spec.markup, _plain)
        self.repeated: dict[str, tuple[int, str, int, int]] = {}  # key -> (tickets, first id, its row, most times)
        self.rows = RowWarnings(path, diagnostics)

    def ticket(self, row: Row) -> Ticket | None:
        """The ticket of one row (None, with a warning, when it has no id or no text); notes repeated keys."""
        made = self._ticket(row)
        for key, times in row.repeated.items():
            count, first_id, first_row, most = self.repeated.get(key, (0, "", 0, 0))
            first_id = first_id or _first(row, self.spec, "id") or "(no id)"
            self.repeated[key] = (count + 1, first_id, first_row or row.number, max(most, times))
        return made

    def finish(self) -> None:
        """Warn once per key given twice in one ticket object (JSON keeps its last value), at most
        MAX_REPEATED_KEYS keys per file and then a count (a hostile file may repeat thousands);
        then the rows' warnings, one per kind (:class:`RowWarnings`)."""
        for key, (count, first_id, first_row, most) in list(self.repeated.items())[:MAX_REPEATED_KEYS]:
            more = f" (and in {count - 1:,} more tickets)" if count > 1 else ""
            shown = one_line(key[:60])
            times = "twice" if most == 2 else f"up to {most:,} times"
            self.diagnostics.append(warn(self.path, first_row, shown, f"row {first_row}: ticket {first_id[:60]}: key "
                                         f"{shown} given {times}{more}: the last value is used"))
        if len(self.repeated) > MAX_REPEATED_KEYS:
            self.diagnostics.append(warn(self.path, 0, "", f"{len(self.repeated) - MAX_REPEATED_KEYS:,} more keys are "
                                         "given twice in a ticket: the last value is used"))
        self.rows.finish()

    def _ticket(self, row: Row) -> Ticket | None:
        ticket_id = _first(row, self.spec, "id")
        subject = self._text(row, "subject", self.text_of)
        description = self._text(row, "description", self.text_of)
        comments, close_notes, resolved_by_note = self._comments(row)
        if not ticket_id:
            self.rows.add(row.number, "", "no ticket id; row skipped")
            return None
        if not (subject or description or comments or close_notes):
            self.rows.add(row.number, "", "no subject, description or comments; ticket skipped",
                          f"ticket {ticket_id[:60]}")
            return None
        return Ticket(ticket_id=ticket_id, subject=" ".join(subject.split()), description=description,
                      comments=tuple(comments), close_notes=close_notes, caller=_first(row, self.spec, "caller"),
                      opened=self._date(row, "opened", required=True),
                      resolved=self._date(row, "resolved") or resolved_by_note,
                      category=self._category(row), source=self.path, row=row.number)

    def _text(self, row: Row, fld: str, convert: Callable[[str], str]) -> str:
        text = convert(_first(row, self.spec, fld))
        if len(text) > MAX_TEXT:
            self.rows.add(row.number, fld, f"longer than {MAX_TEXT:,} characters; cut to the first {MAX_TEXT:,}",
                          f"{len(text):,} characters")
            text = text[:MAX_TEXT]
        return text

    def _comments(self, row: Row) -> tuple[list[str], str, dt.datetime | None]:
        close_notes = self._text(row, "close_notes", self.text_of)
        cells = [scalar(v) for v in _cells(row, self.spec, "comments")]
        cells = [c for c in cells if c.strip()]
        if self.spec.journal:
            bodies = [body for cell in cells for _, _, body in split_journal(cell.replace("\r\n", "\n"))]
            return [b[:MAX_TEXT] for b in bodies], close_notes, None
        if self.spec.markup == "jira":
            return self._jira_comments(row, cells, close_notes)
        return [self.text_of(c)[:MAX_TEXT] for c in cells], close_notes, None

    def _jira_comments(self, row: Row, cells: list[str], close_notes: str):
        parts = [split_jira_comment(c) for c in cells]
        resolved = self._date(row, "resolved")
        if not close_notes and parts and resolved and parts[-1][0] == resolved:
            close_notes = parts.pop()[2]  # Jira exports the resolution note as the last comment
        return [text[:MAX_TEXT] for _, _, text in parts if text], close_notes, None

    def _date(self, row: Row, fld: str, required: bool = False) -> dt.datetime | None:
        key = next((k for k in self.spec.columns.get(fld, ()) if k in row.cells), None)
        if key is None:
            return None
        # a header given twice: the first non-empty value of its columns, as every field of one value
        value = next((text for text in (scalar(v).strip() for v in row.cells[key]) if text), "")
        column = self.headers.get(key, key)
        if not value:
            if required:
                self.rows.add(row.number, column, f"the {fld} date is empty; ticket kept with an unknown date")
            return None
        parsed, problem = read_date(value)
        if problem == "out of range":
            self.rows.add(row.number, column, f"the {fld} date is out of range (years {TICKET_FIRST_YEAR} to "
                          f"{TICKET_LAST_YEAR} are read); ticket kept with an unknown date", f'"{value[:40]}"')
        elif problem:
            self.rows.add(row.number, column, f"cannot read the {fld} date; ticket kept with an unknown date",
                          f'"{value[:40]}"')
        return parsed

    def _category(self, row: Row) -> str:
        values = [scalar(v).strip() for v in _cells(row, self.spec, "category")]
        return " / ".join(dict.fromkeys(v for v in values if v))


def _plain(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def _html_if_html(text: str) -> str:
    return html_to_text(text) if looks_like_html(text) else _plain(text)
