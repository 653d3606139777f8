"""Person-data columns of tables pasted into tickets (round 16).

Inventory exports, CSV lines and tables typed with bars put the label of a value above it, in a
heading line, not before it: "hostname,owner,mac" then "<machine>,<account>,<address>"; "Asset | Owner
| Host | IP" then the rows. A cue rule reads a label before its value and sees none there. Here the
heading line names each column, and every cell under a column that names a machine or an account
(see ``_COLUMN_KINDS``; a machine column only beside an owner or account column, a machine being
a person's when its row names its owner) is replaced by that kind's placeholder, for as long as the lines below keep
the heading's separator and number of cells. Cells already replaced, empty ones and cells longer
than a value stay. Round 17: a column of the person a thing is issued to ("holder") makes a machine
column a person's too; a staff-number column takes its cells; command listings parted by runs of
blanks ("USER  TTY  FROM") are read by ``_aligned_heading``."""
from __future__ import annotations

import re

from .pii_gazetteer import gazetteer
from .pii_speakers import person_account

# The heading words of columns that hold one person's value, as inventory and directory tools name
# them (English headings: tools print them so whatever the ticket's language), and the placeholder
# kind of their cells. An "owner" or "user" column of an inventory holds accounts; a "name" column
# is left to the name rules (a name column of a service list names services).
_COLUMN_KINDS = {
    **dict.fromkeys(("host", "hostname", "host name", "computer", "computername", "computer name", "device",
                     "device name", "machine", "machine name", "workstation", "dnshostname"), "host"),
    **dict.fromkeys(("owner", "user", "username", "user name", "login", "account", "samaccountname",
                     "userprincipalname", "upn", "user id", "userid", "assigned to", "primary user"), "username"),
    # the person a thing is issued to, as asset registers name that column ("holder", "custodian",
    # "assignee", "employee"): a full name there is left to the name rules (so a cell of several words
    # does not unmake the row), a one-token cell is that person's account or surname
    **dict.fromkeys(("holder", "custodian", "assignee", "employee", "issued to", "keeper"), "person"),
    # a person's number in a staff or payroll register: the column says so, whatever the shape
    **dict.fromkeys(("staff no", "staff number", "staff id", "employee id", "employee no", "employee number",
                     "emp no", "empno", "emp id", "empid", "personnel no", "personnel number", "payroll no",
                     "payroll number", "badge no", "badge number", "badge id"), "employee-id"),
}
# A heading cell: words of letters (and "_" or "-" between them), no digit; a heading line has three
# cells or more, so a sentence with two commas is seldom one (its words would have to be headings too).
# Headings are read in ASCII English only, as the tools that print such tables write them; a table
# headed in another language or script is left to the other rules.
_HEADING_CELL = re.compile(r"[A-Za-z][A-Za-z _-]{0,28}")
_MIN_CELLS = 3
_RULE_LINE = re.compile(r"[ \t|:-]*-{3,}[ \t|:-]*")
_LONGEST_CELL = 80
_EDGES = " \r"  # what is stripped around a line and a cell: a tab is a separator, so not it
# A cheap test first: the first word of a heading of ``_COLUMN_KINDS`` before a separator or a line's end.
_HINT = re.compile(r"(?im)(?:" + "|".join(sorted({k.split()[0] for k in _COLUMN_KINDS}, key=len, reverse=True))
                   + r")[A-Za-z _-]{0,20}?[ ]*(?:[,|;\t]|[ ]{2}|\r?$)")
# A machine's or an account's value is one token (or one quoted value, as CSV writes a value holding
# the separator): a cell with a blank inside is a model's name ("<make> <model> 5420") or prose.
_ONE_TOKEN = re.compile(r'"[^"]*"|\S+')
# A staff number read out in groups under its column ("Q 4 1180 27", "123 456"): letters, then digits
# in up to four groups.
_ID_CELL = re.compile(r"[A-Za-z]{0,4}[ -]?\d{1,8}(?:[ ./-]\d{1,8}){0,3}")


def redact_person_columns(text: str, common: frozenset[str] = frozenset()) -> str:
    """Cells under a heading that names a machine or an account column (see the module docstring)
    become ``[host]`` or ``[username]``; a person's cell only when it may be an account
    (:func:`.pii_speakers.person_account`, given the export's everyday words ``common``)."""
    if not _HINT.search(text):
        return text
    lines = text.split("\n")
    columns: dict[int, str] = {}
    separator, width = "", 0
    for i, line in enumerate(lines):
        if columns:
            if separator == "|" and _RULE_LINE.fullmatch(line):
                continue  # a Markdown table's rule line below its heading
            if separator == _ALIGNED:
                row = _aligned_row(line, width, columns, common)
                if row is not None:
                    lines[i] = row
                    continue
            else:
                cells = _cells(line, separator) if separator in line else []
                if len(cells) == width and _row_shaped(cells, columns):
                    lines[i] = _replaced(line, separator, columns, common)
                    continue
            columns = {}
        heading = _heading(line)
        if heading and (heading[0] != _ALIGNED or heading[1] >= 3
                        or (i + 1 < len(lines) and _ALIGNED_RULE.fullmatch(lines[i + 1]))):
            separator, width, columns = heading  # (two aligned headings only over a rule line)
    return "\n".join(lines)


def _heading(line: str) -> tuple[str, int, dict[int, str]] | None:
    """The separator, the number of cells and the person-data columns of a heading line, or None."""
    for separator in ("|", ",", ";", "\t"):
        if separator not in line:
            continue
        cells = [c.strip(_EDGES) for c in _cells(line, separator)]
        if len(cells) < _MIN_CELLS or not all(_HEADING_CELL.fullmatch(c) for c in cells):
            continue  # another separator may part the headings ("Name, first | Host | Owner")
        columns = {k: _COLUMN_KINDS[key] for k, c in enumerate(cells)
                   if (key := c.lower().replace("_", " ").replace("-", " ")) in _COLUMN_KINDS}
        if not {"username", "person", "employee-id"} & set(columns.values()):
            continue  # a machine is a person's when its row names its owner (a printer list's hosts stay)
        return separator, len(cells), columns
    return _aligned_heading(line)


# A listing printed by a command-line tool ("USER  TTY  FROM  LOGIN@", "Name   SamAccountName"): its
# headings parted by two blanks or more (a heading may end in a tool's mark, "LOGIN@", "%CPU"), three
# or more of them, or two over a rule line of dashes, one naming a person's column; its rows below, each
# parting into as many cells (``_ALIGNED_CELL_RUN``: words with single blanks inside) as there are
# headings. A line that does not part so (prose, whose double blanks are few) ends the listing.
_ALIGNED = "  "
_ALIGNED_SPLIT = re.compile(r"[ \t]{2,}")
_ALIGNED_CELL = re.compile(r"%?[A-Za-z][A-Za-z_-]{0,28}[@%]?")
_ALIGNED_RULE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})*[ \t]*")
_ALIGNED_CELL_RUN = re.compile(r"\S+(?: \S+)*")


def _aligned_heading(line: str) -> tuple[str, int, dict[int, str]] | None:
    """The person-data columns of a command listing's heading line (see ``_ALIGNED``), or None."""
    cells = _ALIGNED_SPLIT.split(line.strip(" \t\r>"))
    if len(cells) < 2 or not all(_ALIGNED_CELL.fullmatch(c) for c in cells):
        return None
    columns = {k: _COLUMN_KINDS[key] for k, c in enumerate(cells)
               if (key := c.lower().replace("_", " ").replace("-", " ")) in _COLUMN_KINDS}  # ("LOGIN@": a time)
    if not {"username", "person", "employee-id"} & set(columns.values()):
        return None
    return _ALIGNED, len(cells), columns


def _aligned_row(line: str, width: int, columns: dict[int, str], common: frozenset[str]) -> str | None:
    """A listing's row (see ``_ALIGNED``) with its person cells replaced; the rule line under the
    headings as written; None when the line is no row (it does not part into ``width`` cells)."""
    if _ALIGNED_RULE.fullmatch(line):
        return line
    body = line.rstrip(" \t\r")
    cells = list(_ALIGNED_CELL_RUN.finditer(body))  # a tab parts cells too (runs hold single blanks only)
    if len(cells) != width:
        return None
    out = line
    for k in sorted(columns, reverse=True):
        value = cells[k].group(0).lstrip(">")
        if _cell_taken(value, columns[k], common):
            end = cells[k].end()
            out = out[:end - len(value)] + _placeholder(columns[k], value) + out[end:]
    return out


def _placeholder(kind: str, value: str = "") -> str:
    """The placeholder of a cell under a column of ``kind``: under a person's column a one-word
    capitalised cell is the person's surname (``_surname_cell``), another one their account."""
    if kind == "person":
        return "[name]" if _surname_cell(value) else "[username]"
    return f"[{kind}]"


def _surname_cell(value: str) -> bool:
    """A cell of one capitalised word ("Okafor", "D'Arcy", "Lindqvist-Berg") under a person's column: as
    asset registers write the holder by surname. ``person_account`` refuses such a word, which in a
    chat line may be a name's first word; here the column says a person is named."""
    core = value.strip('"')
    return len(core) >= 2 and core[0].isupper() and core[1:].replace("'", "").replace("’", "").replace("-", "").isalpha() \
        and not core[1:].isupper()


def _person_surname(value: str, common: frozenset[str]) -> bool:
    """A surname cell (``_surname_cell``) that the name gazetteer knows as a name and that is no word of
    the export or of a register ("Spare", "Stores", "Facilities": everyday words, roles and nobodies, as
    ``person_account`` reads them). The gazetteer is asked because a one-ticket run has no export's
    words to tell an ordinary word from a name: a status ("Returned"), a thing ("Laptop"), a day or a
    product in a holder's column is no name of the gazetteer; a surname it lacks stays as written."""
    if not _surname_cell(value):
        return False
    word = value.strip('"')
    return gazetteer().is_name(word) and person_account(word.lower(), common)


def _cell_taken(value: str, kind: str, common: frozenset[str]) -> bool:
    """Whether a cell's ``value`` under a column of ``kind`` is replaced: one value (a staff number
    may be read out in groups), not one already replaced, and under a person's column one that may be
    an account (:func:`.pii_speakers.person_account`: no role, "nobody" or everyday word)."""
    if not value or value.startswith("[") or len(value) > _LONGEST_CELL:
        return False
    if kind == "employee-id":
        return bool(_ONE_TOKEN.fullmatch(value) or _ID_CELL.fullmatch(value)) and any(c.isdigit() for c in value)
    if not _ONE_TOKEN.fullmatch(value):
        return False
    if kind == "person" and _surname_cell(value):
        return _person_surname(value, common)
    return kind == "host" or person_account(value.strip('"'), common)


def _cells(line: str, separator: str) -> list[str]:
    """The cells of a row as written (a bar table's outer bars dropped; empty end cells kept)."""
    body = line.strip(_EDGES)
    if separator == "|":
        body = body[1 if body.startswith("|") else 0:len(body) - 1 if body.endswith("|") else len(body)]
    return body.split(separator)


def _row_shaped(cells: list[str], columns: dict[int, str]) -> bool:
    """Whether a line is a row of the table, not prose with as many separators: every account cell is
    empty or one token ("it works" under "owner" is a sentence's words)."""
    return all(not (value := cells[k].strip(_EDGES)) or _ONE_TOKEN.fullmatch(value)
               for k, kind in columns.items() if kind == "username")


def _replaced(line: str, separator: str, columns: dict[int, str], common: frozenset[str]) -> str:
    """``line`` with the cells of ``columns`` replaced by their placeholders where :func:`_cell_taken`
    says so (the rest as written)."""
    lead = line[:len(line) - len(line.lstrip(_EDGES))]
    body = line.strip(_EDGES)
    opened, closed = body.startswith("|") and separator == "|", body.endswith("|") and separator == "|"
    cells = _cells(line, separator)
    for k, kind in columns.items():
        value = cells[k].strip(_EDGES)
        if _cell_taken(value, kind, common):
            cells[k] = cells[k].replace(value, _placeholder(kind, value), 1)
    return lead + ("|" if opened else "") + separator.join(cells) + ("|" if closed else "")
