"""Person-data columns of tables pasted into tickets (round 16).

Inventory exports, CSV lines and tables typed with bars put the label of a value above it, in a
heading line, not before it: "hostname,owner,mac" then "<machine>,<account>,<address>"; "Asset | Owner
| Host | IP" then the rows. A cue rule reads a label before its value and sees none there. Here the
heading line names each column, and every cell under a column that names a machine or an account
(see ``_COLUMN_KINDS``; a machine column only beside an owner or account column, a machine being
a person's when its row names its owner) is replaced by that kind's placeholder, for as long as the lines below keep
the heading's separator and number of cells. Cells already replaced, empty ones and cells longer
than a value stay."""
from __future__ import annotations

import re

# The heading words of columns that hold one person's value, as inventory and directory tools name
# them (English headings: tools print them so whatever the ticket's language), and the placeholder
# kind of their cells. An "owner" or "user" column of an inventory holds accounts; a "name" column
# is left to the name rules (a name column of a service list names services).
_COLUMN_KINDS = {
    **dict.fromkeys(("host", "hostname", "host name", "computer", "computername", "computer name", "device",
                     "device name", "machine", "machine name", "workstation", "dnshostname"), "host"),
    **dict.fromkeys(("owner", "user", "username", "user name", "login", "account", "samaccountname",
                     "userprincipalname", "upn", "user id", "userid", "assigned to", "primary user"), "username"),
}
# A heading cell: words of letters (and "_" or "-" between them), no digit; a heading line has three
# cells or more, so a sentence with two commas is seldom one (its words would have to be headings too).
_HEADING_CELL = re.compile(r"[A-Za-z][A-Za-z _-]{0,28}")
_MIN_CELLS = 3
_RULE_LINE = re.compile(r"[ \t|:-]*-{3,}[ \t|:-]*")
_LONGEST_CELL = 80
_HINT = re.compile(r"(?i)(?:host|owner|user|login|account|computer|device|machine|workstation|upn)"
                   r"[A-Za-z _-]{0,20}[ \t]*[,|;\t]")


def redact_person_columns(text: str) -> str:
    """Cells under a heading that names a machine or an account column (see the module docstring)
    become ``[host]`` or ``[username]``."""
    if not _HINT.search(text):
        return text
    lines = text.split("\n")
    columns: dict[int, str] = {}
    separator, width = "", 0
    for i, line in enumerate(lines):
        if columns:
            if separator == "|" and _RULE_LINE.fullmatch(line):
                continue  # a Markdown table's rule line below its heading
            cells = line.strip().strip("|").split(separator) if separator in line else []
            if len(cells) == width:
                lines[i] = _replaced(line, separator, columns)
                continue
            columns = {}
        heading = _heading(line)
        if heading:
            separator, width, columns = heading
    return "\n".join(lines)


def _heading(line: str) -> tuple[str, int, dict[int, str]] | None:
    """The separator, the number of cells and the person-data columns of a heading line, or None."""
    for separator in ("|", ",", ";", "\t"):
        if separator not in line:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(separator)]
        if len(cells) < _MIN_CELLS or not all(_HEADING_CELL.fullmatch(c) for c in cells):
            return None
        columns = {k: _COLUMN_KINDS[key] for k, c in enumerate(cells)
                   if (key := c.lower().replace("_", " ").replace("-", " ")) in _COLUMN_KINDS}
        if "username" not in columns.values():
            return None  # a machine is a person's when its row names its owner (a printer list's hosts stay)
        return separator, len(cells), columns
    return None


def _replaced(line: str, separator: str, columns: dict[int, str]) -> str:
    """``line`` with the cells of ``columns`` replaced by their placeholders (the rest as written)."""
    lead = line[:len(line) - len(line.lstrip())]
    body = line.strip()
    opened, closed = body.startswith("|") and separator == "|", body.endswith("|") and separator == "|"
    cells = body[1 if opened else 0:len(body) - 1 if closed else len(body)].split(separator)
    for k, kind in columns.items():
        value = cells[k].strip()
        if value and not value.startswith("[") and len(value) <= _LONGEST_CELL:
            cells[k] = cells[k].replace(value, f"[{kind}]", 1)
    return lead + ("|" if opened else "") + separator.join(cells) + ("|" if closed else "")
