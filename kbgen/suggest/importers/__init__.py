"""Read service-desk ticket exports into :class:`~kbgen.suggest.model.Ticket` records.

One entry point, :func:`load_tickets`, reads ServiceNow (CSV with field-name or display-label
headers, Table API JSON), Jira Service Management CSV, Zendesk incremental export JSON (with an
optional comments file), Freshservice CSV and any other CSV/JSON given a column mapping. The
format is detected from the headers or the JSON shape. Problems never raise: they are
diagnostics naming the file and the data row (counted from 1 after the header), and the caller
decides the exit code.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from kbgen.errors import Diagnostic, Severity, one_line
from kbgen.suggest.importers.formats import (SPECS, RowReader, Spec, mapping_problems, mapping_warnings,
                                             missing_columns, scalar, with_mapping)
from kbgen.suggest.importers.reading import (Row, Table, error, json_rows, norm_key, read_csv, read_json,
                                             wide_codec, warn)
from kbgen.suggest.importers.text import parse_date
from kbgen.suggest.model import Ticket

# An export is read whole into memory and parsed there (several times its size at the peak), so
# its size is bounded before it is read: a file far larger than any real export (a mistaken disk
# image, a log, a sparse file) is refused at once instead of taking minutes and gigabytes. 512 MiB
# holds about a million short tickets or 100,000 with long descriptions; a larger export is split
# (by date) into several files.
MAX_EXPORT_BYTES = 512 * 2 ** 20

FORMATS = ("auto", "servicenow", "jira", "zendesk", "freshservice", "csv", "json")
"""Values accepted for ``fmt`` / ``--format``."""

_SN_MARKERS = frozenset({"shortdescription", "callerid", "caller", "openedat", "commentsandworknotes",
                         "closenotes", "resolutionnotes", "assignmentgroup", "cmdbci", "configurationitem",
                         "contacttype", "closecode", "resolutioncode", "subcategory", "sysid"})
_DISPLAY = {"shortdescription": "short_description (Short description)", "number": "number", "issuekey": "Issue key",
            "summary": "Summary", "ticketid": "Ticket Id", "subject": "Subject", "id": "id", "key": "Key"}


@dataclass(frozen=True)
class ImportResult:
    """What :func:`load_tickets` read.

    Attributes:
        tickets: the tickets, in file order, files in the order given.
        diagnostics: errors and warnings, each naming the file and the data row.
        skipped: rows read but not turned into tickets (no id, no text, duplicate id).
    """

    tickets: tuple[Ticket, ...]
    diagnostics: tuple[Diagnostic, ...]
    skipped: int

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """The error diagnostics only."""
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)


def load_tickets(paths: Sequence[Path], fmt: str = "auto", columns: Mapping[str, str] | None = None) -> ImportResult:
    """Read ticket exports.

    Args:
        paths: export files. A Zendesk comments file among them is attached to the Zendesk
            tickets; otherwise ``<stem>-comments.json`` beside a Zendesk export is used.
        fmt: one of :data:`FORMATS`; ``auto`` detects the format of each file.
        columns: Ticket field -> source column for generic CSV/JSON (``title``/``subject``,
            ``body``/``description``, ``comments``, ``close_notes``, ``caller``, ``opened``,
            ``resolved``, ``id``, ``category``); also overrides the columns of known formats.

    Returns:
        The tickets, the diagnostics of every file, and the number of skipped rows.
    """
    diagnostics: list[Diagnostic] = []
    if fmt not in FORMATS:
        diagnostics.append(error("--format", 0, "", f'unknown format "{fmt}"; choose one of {", ".join(FORMATS)}'))
        return ImportResult((), tuple(diagnostics), 0)
    for name, message in mapping_problems(columns):
        diagnostics.append(error("tickets.columns", 0, name, f'"{name}": {message}'))
    for name, message in mapping_warnings(columns):
        diagnostics.append(warn("tickets.columns", 0, name, f'"{name}": {message}'))
    loaded = [(Path(p), _load_document(Path(p), diagnostics, fmt)) for p in paths]
    comments = _zendesk_comments(loaded, diagnostics)
    tickets, skipped = [], 0
    for path, doc in loaded:
        if doc is None or _is_comments_doc(doc):
            continue
        found, lost = _tickets_of(str(path), doc, fmt, columns, comments, diagnostics)
        tickets.extend(found)
        skipped += lost
    return ImportResult(tuple(tickets), tuple(diagnostics), skipped)


def _load_document(path: Path, diagnostics: list[Diagnostic], fmt: str = "auto") -> Table | Any | None:
    raw = _read_export(path, diagnostics)
    if raw is None:
        return None
    is_json = _looks_like_json(path, raw)
    if fmt in ("json", "csv") and is_json != (fmt == "json"):
        found = "JSON" if is_json else "CSV (it does not start with '{' or '[')"
        diagnostics.append(error(str(path), 0, "", f"--format {fmt} was given, but the file is {found}; "
                                 "leave --format out to detect the format, or give the matching one"))
        return None
    if is_json:
        return read_json(str(path), raw, diagnostics)
    return read_csv(str(path), raw, diagnostics)


def _read_export(path: Path, diagnostics: list[Diagnostic]) -> bytes | None:
    """The bytes of an export, or None with an error when it cannot be read or is larger than
    :data:`MAX_EXPORT_BYTES`: a file's size is measured before anything is read, and a pipe or a
    device (``<(zcat export.csv.gz)``, ``/dev/zero``) is read no further than that."""
    try:
        size = path.stat().st_size
        if size <= MAX_EXPORT_BYTES:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_EXPORT_BYTES + 1)
            if len(raw) <= MAX_EXPORT_BYTES:
                return raw
            size = len(raw)
        diagnostics.append(error(str(path), 0, "", f"the export is over {size / 1e9:.1f} GB; kbgen reads exports of "
                                 f"up to {MAX_EXPORT_BYTES // 2 ** 20} MB: split it (by date) into several files "
                                 "and give them all"))
        return None
    except OSError as exc:
        diagnostics.append(error(str(path), 0, "", f"cannot read the file: {exc.strerror or exc}"))
        return None


def _looks_like_json(path: Path, raw: bytes) -> bool:
    """A .json/.jsonl/.ndjson name, or text (in the encoding :func:`reading.decode` would read it
    in, UTF-16 and UTF-32 too) that starts with '{' or '['."""
    codec = wide_codec(raw)
    head = raw[:128].decode(codec or "latin-1", "ignore").lstrip("\ufeff\xef\xbb\xbf \t\r\n")
    return path.suffix.lower() in (".json", ".jsonl", ".ndjson") or head[:1] in ("{", "[")


def _is_comments_doc(doc: Any) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("comments"), list) and "tickets" not in doc


def _zendesk_comments(loaded: list, diagnostics: list[Diagnostic]) -> dict[str, list[dict]]:
    """Comments by Zendesk ticket id, from comment files given or found beside a Zendesk export."""
    docs = [doc for _, doc in loaded if _is_comments_doc(doc)]
    given = {p.resolve() for p, doc in loaded if _is_comments_doc(doc)}
    for path, doc in loaded:
        beside = path.with_name(f"{path.stem}-comments.json")
        if isinstance(doc, dict) and isinstance(doc.get("tickets"), list) and beside.exists():
            if beside.resolve() not in given:
                given.add(beside.resolve())
                raw = _read_export(beside, diagnostics)
                extra = read_json(str(beside), raw, diagnostics) if raw is not None else None
                docs.append(extra if _is_comments_doc(extra) else {"comments": []})
    by_ticket: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        for comment in doc["comments"]:
            if isinstance(comment, dict) and comment.get("ticket_id") is not None:
                by_ticket[str(comment["ticket_id"])].append(comment)
    return by_ticket


def _tickets_of(path: str, doc: Any, fmt: str, columns: Mapping[str, str] | None,
                comments: Mapping[str, list[dict]], diagnostics: list[Diagnostic]) -> tuple[list[Ticket], int]:
    table = _as_table(path, doc, diagnostics)
    if table is None:
        return [], 0
    spec = _choose_spec(path, table, fmt, columns, diagnostics)
    if spec is None:
        return [], 0
    if not table.rows:
        diagnostics.append(warn(path, 0, "", f"no tickets in this {spec.name} export"))
        return [], 0
    if table.kind == "csv":  # a JSON table's headers are the union of its records' keys, not a header line
        _repeated_columns(path, table, spec, diagnostics)
    reader = RowReader(path, spec, diagnostics, {norm_key(h): h for h in table.headers})
    tickets, skipped, first_row = [], 0, {}
    for row in table.rows:
        ticket = reader.ticket(row)
        if ticket is not None and spec.name == "zendesk":
            ticket = _with_zendesk_thread(ticket, row, comments.get(ticket.ticket_id, []))
        if ticket is None:
            skipped += 1
        elif ticket.ticket_id in first_row:
            skipped += 1
            reader.rows.add(row.number, "", "a ticket id an earlier row has; the earlier row kept, this one skipped",
                            f"ticket {ticket.ticket_id[:60]} in rows {first_row[ticket.ticket_id]} and {row.number}")
        else:
            first_row[ticket.ticket_id] = row.number
            tickets.append(ticket)
    reader.finish()
    return tickets, skipped


def _repeated_columns(path: str, table: Table, spec: Spec, diagnostics: list[Diagnostic]) -> None:
    """Warn once per column read for a field of one value (id, subject, description, caller, a
    date) that the header line gives twice or more (in any case and spacing, or once a NUL is
    removed): each row's first non-empty value of them is read, the others never. A field of
    many values (comments, categories) reads every column it is given, as exports write them."""
    counts: dict[str, list[int]] = defaultdict(list)
    for number, header in enumerate(table.headers, 1):
        counts[norm_key(header)].append(number)
    single = {key: fld for fld, keys in spec.columns.items() if fld not in spec.multi for key in keys}
    told = [(key, columns) for key, columns in counts.items() if len(columns) > 1 and key in single]
    for key, columns in told[:MAX_REPEATED_COLUMNS]:
        shown = one_line(table.headers[columns[0] - 1][:60])
        where = ", ".join(map(str, columns[:5])) + (f" and {len(columns) - 5:,} more" if len(columns) > 5 else "")
        diagnostics.append(warn(path, 1, shown, f"header {shown} is given {len(columns):,} times (columns {where}): "
                                f"each row's first non-empty value of them is read as its {single[key]}"))
    if len(told) > MAX_REPEATED_COLUMNS:
        diagnostics.append(warn(path, 1, "", f"and {len(told) - MAX_REPEATED_COLUMNS:,} more headers given twice"))


MAX_REPEATED_COLUMNS = 20
"""Headers given twice warned about one by one per file; more are counted (a hostile header line
may repeat thousands)."""


def _as_table(path: str, doc: Any, diagnostics: list[Diagnostic]) -> Table | None:
    if isinstance(doc, Table):
        return doc
    records, kind = _json_records(doc)
    if records is None:
        diagnostics.append(error(path, 0, "", "JSON format not recognised: expected {\"result\": [...]} "
                                 "(ServiceNow), {\"tickets\": [...]} (Zendesk) or a list of ticket objects"))
        return None
    rows = json_rows(records)
    headers = list(dict.fromkeys(k for r in records if isinstance(r, dict) for k in r))
    return Table(headers=headers, rows=rows, kind=kind, document=doc)


def _json_records(doc: Any) -> tuple[list | None, str]:
    if isinstance(doc, list):
        return doc, "json"
    if not isinstance(doc, dict):
        return None, ""
    for key, kind in (("result", "servicenow"), ("tickets", "zendesk"), ("records", "json"), ("data", "json"),
                      ("items", "json"), ("issues", "json")):
        if isinstance(doc.get(key), list):
            return doc[key], kind
    return None, ""


def _choose_spec(path: str, table: Table, fmt: str, columns: Mapping[str, str] | None,
                 diagnostics: list[Diagnostic]) -> Spec | None:
    keys = set(norm_key(h) for h in table.headers)
    name = _detect(table, keys) if fmt == "auto" else ("csv" if fmt == "json" else fmt)
    if name is None and columns:
        name = "csv"
    if name is None:
        diagnostics.append(error(path, 0, "", f"export format not recognised (headers seen: {_seen(table)}); give "
                                 "--format and map the columns, e.g. --format csv --map title=Subject,body=Details"))
        return None
    spec = with_mapping(SPECS[name], columns)
    return spec if _columns_present(path, table, spec, keys, columns, diagnostics) else None


def _seen(table: Table) -> str:
    """The headers an error names: the first 30, each to its first 40 characters (a CSV of one
    50 MB line is one header: its error line was 50 MB)."""
    shown = [one_line(h[:40]) + ("\u2026" if len(h) > 40 else "") for h in table.headers[:30]]
    more = f" and {len(table.headers) - 30:,} more" if len(table.headers) > 30 else ""
    return ", ".join(shown) + more if shown else "(none)"


def _detect(table: Table, keys: set[str]) -> str | None:
    if table.kind in ("servicenow", "zendesk"):
        return table.kind
    if "issuekey" in keys or {"summary", "issueid"} <= keys:
        return "jira"
    if "ticketid" in keys and ({"requestername", "subject"} & keys):
        return "freshservice"
    if "number" in keys and len(_SN_MARKERS & keys) >= 2:
        return "servicenow"
    return None


def _columns_present(path: str, table: Table, spec: Spec, keys: set[str], columns: Mapping[str, str] | None,
                     diagnostics: list[Diagnostic]) -> bool:
    ok = True
    if table.rows or table.kind == "csv":
        for fld in missing_columns(spec, keys):
            wanted = " or ".join(_DISPLAY.get(k, k) for k in spec.columns[fld]) or fld
            diagnostics.append(error(path, 0, fld, f"missing column for {fld} in this {spec.name} export "
                                     f"(expected {wanted}; headers seen: {_seen(table)})"))
            ok = False
    for fld, column in (columns or {}).items():
        if not any(norm_key(c) in keys for c in str(column).split("+")) and (table.rows or table.kind == "csv"):
            diagnostics.append(error(path, 0, fld, f'mapped column "{one_line(str(column)[:60])}" not found '
                                     f"(headers seen: {_seen(table)})"))
            ok = False
    if ok and spec.name == "csv" and not ({"subject", "description"} & _mapped_fields(spec, keys)):
        diagnostics.append(error(path, 0, "", "no column for the subject or description; map them with "
                                 f"--map title=COLUMN,body=COLUMN (headers seen: {_seen(table)})"))
        ok = False
    return ok


def _mapped_fields(spec: Spec, keys: set[str]) -> set[str]:
    return {fld for fld, candidates in spec.columns.items() if any(k in keys for k in candidates)}


def _with_zendesk_thread(ticket: Ticket, row: Row, thread: list[dict]) -> Ticket:
    """Attach a Zendesk ticket's follow-up comments; the last public agent comment of a solved
    or closed ticket is its resolution note."""
    bodies = [(c, scalar(c.get("body") if c.get("body") is not None else c.get("plain_body")).strip())
              for c in thread]
    bodies = [(c, b) for c, b in bodies if b]
    close_notes, resolved = ticket.close_notes, ticket.resolved
    status = scalar((row.cells.get("status") or [""])[0]).lower()
    requester = scalar((row.cells.get("requesterid") or [""])[0])
    if bodies and not close_notes and status in ("solved", "closed"):
        last, body = bodies[-1]
        if last.get("public", True) and str(last.get("author_id", "")) != requester:
            close_notes = body
            resolved = resolved or parse_date(scalar(last.get("created_at")))
            bodies = bodies[:-1]
    return dataclasses.replace(ticket, comments=ticket.comments + tuple(b for _, b in bodies),
                               close_notes=close_notes, resolved=resolved)
