"""Read an export file into a table of rows or a JSON document, reporting what is broken.

Decoding, delimiter sniffing and CSV parsing live here, apart from what the columns mean.
Every problem becomes a diagnostic naming the file and the data row (counted from 1 after the
header); nothing here raises on bad input.
"""
from __future__ import annotations

import bisect
import functools
import codecs
import contextlib
import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

from kbgen.errors import Diagnostic, Severity, first_and_rest, one_line
from kbgen.json_bounds import too_dense, whole_number

csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))


@dataclass
class Row:
    """One data row: its number (1-based, after the header) and its cells by normalised name."""

    number: int
    cells: dict[str, list[Any]]
    repeated: dict[str, int] = field(default_factory=dict)  # key as written -> times it was given


@dataclass
class Table:
    """A parsed export: the headers as written, and the rows."""

    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    kind: str = "csv"  # csv | json
    document: Any = None  # the parsed JSON document for JSON files


def norm_key(name: str) -> str:
    """Normalise a column name: lower case, letters and digits only ("Short description" -> "shortdescription")."""
    return re.sub(r"[\W_]+", "", str(name).lower())


def warn(path: str, row: int, key: str, message: str, rule: str = "tickets-import") -> Diagnostic:
    """A warning diagnostic for a file and row."""
    return Diagnostic(path, row, key, message, Severity.WARNING, rule)


def error(path: str, row: int, key: str, message: str, rule: str = "tickets-import") -> Diagnostic:
    """An error diagnostic for a file and row."""
    return Diagnostic(path, row, key, message, Severity.ERROR, rule)


#: Rows a warning names one by one per file and kind; a kind met more often becomes one warning
#: with its count and its first rows (an export whose every row had an unreadable date or a long
#: subject printed one line per row: hundreds of thousands for a large one).
ROWS_LISTED = 5


class RowWarnings:
    """Warnings about single rows of one file, gathered by kind and written by :meth:`finish`:
    a kind met once is one line naming its row and what was found there; a kind met more often
    is one line with the count, the first :data:`ROWS_LISTED` rows and what the first one held."""

    def __init__(self, path: str, diagnostics: list[Diagnostic]) -> None:
        self.path, self.diagnostics = path, diagnostics
        self.kinds: dict[tuple[str, str], tuple[int, list[int], str]] = {}  # (key, kind) -> count, rows, detail

    def add(self, row: int, key: str, kind: str, detail: str = "") -> None:
        """Row ``row`` has a problem of ``kind`` (a general description, the same for every row:
        "the opened date cannot be read; ticket kept with an unknown date"); ``detail`` is what
        this row held ("not a date"), shown for the first row of the kind."""
        count, rows, first = self.kinds.get((key, kind), (0, [], detail))
        if len(rows) < ROWS_LISTED:
            rows.append(row)
        self.kinds[(key, kind)] = (count + 1, rows, first)

    def finish(self) -> None:
        """One warning per kind met, in the order the kinds were first met."""
        for (key, kind), (count, rows, detail) in self.kinds.items():
            held = f" (row {rows[0]}: {detail})" if detail else ""
            if count == 1:
                self.diagnostics.append(warn(self.path, rows[0], key, f"row {rows[0]}: {kind}{held}"))
                continue
            listed = (", ".join(map(str, rows)) + f" and {count - len(rows):,} more ({count:,} rows)"
                      if count > len(rows) else ", ".join(map(str, rows[:-1])) + f" and {rows[-1]}")
            self.diagnostics.append(warn(self.path, rows[0], key, f"rows {listed}: {kind}{held}"))
        self.kinds.clear()


def decode(raw: bytes) -> tuple[str, list[int], str]:
    """Decode an export: UTF-8 (with or without BOM), else cp1252, line by line when mixed.

    Returns:
        (text, physical line numbers (1-based) that needed the cp1252 fallback in an otherwise
        UTF-8 file, encoding name used for the file as a whole).
    """
    wide = wide_codec(raw)
    if wide:
        text, name = _decode_wide(raw, wide)
        return text, [], name
    try:
        return raw.decode("utf-8-sig"), [], "utf-8"
    except UnicodeDecodeError:
        pass
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    lines = raw.split(b"\n")
    decoded, fallback, utf8_non_ascii = [], [], 0
    for number, line in enumerate(lines, 1):
        try:
            text = line.decode("utf-8")
            utf8_non_ascii += not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            fallback.append(number)
        decoded.append(text)
    if not utf8_non_ascii:
        return raw.decode("cp1252", errors="replace"), [], "cp1252"
    return "\n".join(decoded), fallback, "mixed"


def _decode_wide(raw: bytes, wide: str) -> tuple[str, str]:
    """``raw`` decoded with ``wide`` (from :func:`wide_codec`) and the name of what it was.
    UTF-32 with its mark that fails is tried as UTF-16 of the same byte order: a UTF-16-LE file
    whose first character is U+0000 starts ``FF FE 00 00``, UTF-32's mark, and fell through to
    cp1252. UTF-32 whose length is not a multiple of four but whose whole units decode was cut
    short: read with its tail replaced, and named so. Otherwise the codec found (by its mark or by
    where its NULs fall) names the file: a unit no such text holds (a lone surrogate, a pair or a
    file cut short) costs its character, read as U+FFFD with a warning, not the file (read as
    UTF-8 it was NUL-strewn mojibake)."""
    if wide.startswith("utf-32"):
        text = _decoded(raw, wide)
        if text is not None:
            return text, "UTF-32"
        whole = len(raw) - len(raw) % 4
        if whole < len(raw) and _decoded(raw[:whole], wide) is not None:
            return raw.decode(wide, errors="replace"), "UTF-32 cut short"
        if wide != "utf-32":  # told by its NULs, not by a mark UTF-16 shares
            return raw.decode(wide, errors="replace"), "UTF-32 with broken characters"
        wide = "utf-16"
    text = _decoded(raw, wide)
    if text is None:
        return raw.decode(wide, errors="replace"), "UTF-16 with broken characters"
    return text, "UTF-16"


def _decoded(raw: bytes, codec: str) -> str | None:
    """``raw`` decoded with ``codec``, or None when it is not text of that codec."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def wide_codec(raw: bytes) -> str:
    """The codec of text in UTF-32 or UTF-16: 'utf-32' or 'utf-16' with a byte order mark (UTF-32's
    is checked first: it starts like UTF-16's), 'utf-32-le'/'-be' and 'utf-16-le'/'-be' without
    one (:func:`_unmarked_codec`), else ''. A UTF-32 file was read as UTF-16 with its NULs removed."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return _unmarked_codec(raw[:4096])


#: NULs an unmarked UTF-16 sample needs at least, whatever its length: a header line alone gives
#: more (one per ASCII letter), while a tiny cp1252 export with a stray NUL or two has fewer.
MIN_WIDE_NULS = 8


def _unmarked_codec(sample: bytes) -> str:
    """UTF-32 or UTF-16 without a byte order mark, told by where its NUL bytes fall, whatever the
    script (text in one of them holding only Cyrillic or Chinese letters, digits and commas was
    read as cp1252, or as "UTF-8" full of control characters):

    * UTF-32: every code point is below U+110000, so of each four bytes the highest is NUL (the
      last of a little-endian unit, the first of a big-endian one); at least eight units.
    * UTF-16: a character below U+0100 (the digits, commas and line ends every export holds) has
      a NUL high byte, one of every two; most NULs fall on that side (a letter such as U+0400 or
      U+4E00, common in Chinese, puts some on the other), and they are at least 5% of the units
      whatever else the sample is: the digits, commas and line ends of any export make far more,
      while a cp1252 or UTF-8 export with a stray NUL or two stays what it is (one NUL in a
      cp1252 file, which is no UTF-8 either, made it "UTF-16" and lost every ticket).

    Either way the sample must decode with the codec found, else ''."""
    quarter, half = len(sample) // 4, len(sample) // 2
    for codec, high in (("utf-32-le", 3), ("utf-32-be", 0)):
        if quarter >= 8 and sample[high:4 * quarter:4].count(0) == quarter and _decodes(sample, codec):
            return codec
    for codec, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        nuls, other = sample[high::2].count(0), sample[1 - high::2].count(0)
        if half >= 8 and nuls > 2 * other and nuls >= max(MIN_WIDE_NULS, 0.05 * half) and _decodes(sample, codec):
            return codec
    return ""


def _decodes(sample: bytes, codec: str) -> bool:
    """Whether ``sample`` (the start of a file: its last character may be cut) is text of ``codec``."""
    try:
        codecs.getincrementaldecoder(codec)().decode(sample, final=False)
        return True
    except UnicodeDecodeError:
        return False


def encoding_note(path: str, encoding: str, diagnostics: list[Diagnostic]) -> None:
    """Say so when an export was UTF-16 or UTF-32 (read correctly, but most tools expect UTF-8)."""
    if encoding == "UTF-32 cut short":
        diagnostics.append(warn(path, 0, "", "the file is UTF-32 text cut short (its length is not a multiple of "
                                "4 bytes): its last character is lost (save exports as UTF-8 where the tool allows it)"))
    if encoding.endswith(" with broken characters"):
        diagnostics.append(warn(path, 0, "", f"the file is {encoding.split()[0]} text with units that are no "
                                "character (a lone surrogate, a file cut short): each is read as U+FFFD (save "
                                "exports as UTF-8 where the tool allows it)"))
    if encoding in ("UTF-16", "UTF-32"):
        diagnostics.append(warn(path, 0, "", f"the file is {encoding} text; read as {encoding} (save exports as "
                                "UTF-8 where the tool allows it)"))


def sniff_delimiter(text: str) -> str:
    """Pick the delimiter of a CSV from its header line: ``,``, ``;``, tab or ``|``."""
    header = _first_record(text)
    counts = {d: _count_outside_quotes(header, d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _first_record(text: str) -> str:
    in_quotes, end = False, len(text)
    for i, char in enumerate(text[:65536]):
        if char == '"':
            in_quotes = not in_quotes
        elif char == "\n" and not in_quotes:
            end = i
            break
    return text[:end]


def _count_outside_quotes(line: str, delimiter: str) -> int:
    return sum(part.count(delimiter) for part in line.split('"')[::2])


def lines_to_rows(bad_lines: list[int], spans: list[tuple[int, int, int]]) -> list[int]:
    """Map physical line numbers to the data rows whose (first, last) lines hold them."""
    return [number for number, _ in rows_and_lines(bad_lines, spans)]


def _first_line_within(lines: list[int], first: int, last: int) -> int | None:
    """The first of ``lines`` (sorted physical line numbers) within ``first``..``last``, or None."""
    index = bisect.bisect_left(lines, first)
    return lines[index] if index < len(lines) and lines[index] <= last else None


def rows_and_lines(bad_lines: list[int], spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Each data row of ``spans`` (number, first line, last line) holding one of ``bad_lines``
    (sorted), with the first such line."""
    return [(number, line) for number, first, last in spans
            if (line := _first_line_within(bad_lines, first, last)) is not None]


#: Longest physical line of a CSV export that is read, in characters: a ticket's description is
#: cut to 20,000 characters further on, and 1 MB cells (pasted logs) are read whole; a line
#: longer than this (a 50 MB base64 attachment, a file with no line ends) is skipped with an
#: error naming it, so that parsing holds one bounded line, not the whole file in the parser's
#: four-bytes-a-character buffer (a 50 MB line grew memory by 572 MB, now 95 MB).
MAX_LINE = 8 * 2 ** 20
#: A physical line of a CSV with its line end (the ends a CSV reader splits at, as
#: ``open(newline="")`` does: CRLF, LF, CR), or the last line without one.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


@dataclass
class _Lines:
    """What :func:`_csv_lines` met while cutting the text into lines: the physical lines
    (1-based) longer than :data:`MAX_LINE` and those that held NUL bytes."""

    too_long: list[int] = field(default_factory=list)
    nul: list[int] = field(default_factory=list)


def _csv_lines(text: str, delimiter: str, met: _Lines):
    """The physical lines of ``text`` with their line ends, NUL bytes removed, each line over
    :data:`MAX_LINE` replaced by its outline (:func:`_outline`) and its line end: one line at a
    time, never a copy of the whole text."""
    nul = "\x00" in text
    for number, found in enumerate(_LINE.finditer(text), 1):
        start, end = found.span()
        if end - start > MAX_LINE:
            met.too_long.append(number)
            tail = text[end - 2:end]
            ending = tail[len(tail.rstrip("\r\n")):]
            yield _outline(text, start, end - len(ending), delimiter) + ending
            continue
        line = found.group()
        if nul and "\x00" in line:
            met.nul.append(number)
            line = line.replace("\x00", "")
        yield line


def _outline(text: str, start: int, end: int, delimiter: str) -> str:
    """What the CSV reader needs of the too-long line ``text[start:end]`` to read on as it would
    have: its runs of quotes and of delimiters as written, each run of anything else as one
    'x' (an unquoted cell's inch mark stays inside its cell instead of opening a quote that
    swallowed every later row), found without copying the line. When the outline is itself over
    :data:`MAX_LINE` (a line of delimiters), the shortest text that leaves the reader in the
    state the line leaves it in (:func:`_same_end`)."""
    pieces, size = [], 0
    for run in _runs(delimiter).finditer(text, start, end):
        first = text[run.start()]
        piece = "x" if first not in ('"', delimiter) else run.group()
        size += len(piece)
        if size > MAX_LINE:
            return _same_end(text, start, end, delimiter)
        pieces.append(piece)
    return "".join(pieces)


@functools.lru_cache(maxsize=8)
def _runs(delimiter: str) -> re.Pattern:
    """Runs of quotes, of delimiters and of anything else (linear: one class a run)."""
    return re.compile(f'"+|{re.escape(delimiter)}+|[^"{re.escape(delimiter)}]+')


# The states of Python's CSV reader (``_csv.c``, ``strict=True``, quotes doubled) within a line:
# at a cell's start, in an unquoted cell, in a quoted one, just after a quote in a quoted one
# (a second quote is a quote, a delimiter ends the cell, anything else is an error), failed.
_START, _PLAIN, _QUOTED, _QUOTE_IN_QUOTED, _FAILED = range(5)
#: Each state after one character: a quote, a delimiter, anything else ('x'). A run of delimiters
#: or of other characters acts as its first (every state it leads to stays put on a second).
_STEP = {
    '"': (_QUOTED, _PLAIN, _QUOTE_IN_QUOTED, _QUOTED, _FAILED),
    ",": (_START, _START, _QUOTED, _START, _FAILED),
    "x": (_PLAIN, _PLAIN, _QUOTED, _FAILED, _FAILED),
}


def _after(states: tuple[int, ...], piece: str) -> tuple[int, ...]:
    """The states after ``piece`` (quotes, delimiters written ',', others 'x') from each of ``states``."""
    for char in piece:
        states = tuple(_STEP[char][state] for state in states)
    return states


def _same_end(text: str, start: int, end: int, delimiter: str) -> str:
    """The shortest text that, from a new row and from inside a quoted cell (the two states a
    physical line starts in), leaves the CSV reader where ``text[start:end]`` does: a quoted cell
    open or not, or a parse error (counting quotes got it wrong when an inch mark stood in an
    unquoted cell, or a quoted cell closed and another opened). Linear, one step per run of
    quotes: a stretch without quotes acts as its first and last characters (a delimiter ends a
    cell, anything else continues one; inside a quote nothing changes)."""
    states, position = (_START, _QUOTED), start
    for quotes in _QUOTES.finditer(text, start, end):
        states = _after(_after(states, _stretch(text, position, quotes.start(), delimiter)),
                        '"' * (1 + (len(quotes.group()) - 1) % 2))  # doubled quotes cancel
        position = quotes.end()
    states = _after(states, _stretch(text, position, end, delimiter))
    return _shortest_paths()[states].replace(",", delimiter)


_QUOTES = re.compile('"+')


def _stretch(text: str, start: int, end: int, delimiter: str) -> str:
    """A stretch of text without quotes as its first and last characters (delimiters as ',')."""
    if start == end:
        return ""
    return "".join("," if text[i] == delimiter else "x" for i in (start, end - 1))


@functools.lru_cache(maxsize=1)
def _shortest_paths() -> dict[tuple[int, ...], str]:
    """The shortest outline (over '"', ',' and 'x') reaching each pair of states from
    (new row, inside a quoted cell), by breadth-first search over the 25 pairs."""
    found, frontier = {(_START, _QUOTED): ""}, [(_START, _QUOTED)]
    while frontier:
        following = []
        for states in frontier:
            for char in '",x':
                reached = _after(states, char)
                if reached not in found:
                    found[reached] = found[states] + char
                    following.append(reached)
        frontier = following
    return found


def read_csv(path: str, raw: bytes, diagnostics: list[Diagnostic]) -> Table | None:
    """Parse a CSV export into a :class:`Table`, or return None after an error diagnostic.

    Rows before a fatal parse error (an unterminated quote) are kept; NUL bytes are removed
    and cp1252 lines in a UTF-8 file are decoded with a warning naming their rows; a row with a
    line over :data:`MAX_LINE` characters is skipped with an error naming it. The text is read
    line by line (memory: the file's bytes, its text and one line).
    """
    text, fallback, encoding = decode(raw)
    encoding_note(path, encoding, diagnostics)
    if not re.search(r"[^\s\x00]", text):
        diagnostics.append(error(path, 0, "", "the file is empty: no header and no tickets"))
        return None
    met, delimiter = _Lines(), sniff_delimiter(text[:65536].replace("\x00", ""))
    # No line of a text this short can be over the limit, and without NULs no line changes: the
    # reader takes the text itself (a generator's cost per line is for the rest).
    lines = (io.StringIO(text, newline="") if len(text) <= MAX_LINE and "\x00" not in text
             else _csv_lines(text, delimiter, met))
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        headers = next(reader)
    except csv.Error as exc:
        diagnostics.append(error(path, 0, "", f"cannot read the header line: {exc}"))
        return None
    if met.too_long:
        diagnostics.append(error(path, 1, "", f"the header line is over {MAX_LINE:,} characters long (a file with "
                                 "no line ends, or not a CSV export); export the tickets again"))
        return None
    table = Table(headers=[h.strip() for h in headers])
    keys = [norm_key(h) for h in table.headers]
    rows = RowWarnings(path, diagnostics)
    spans = _read_rows(path, reader, keys, table, rows, diagnostics, met.too_long)
    _drop_rows(path, table, rows_and_lines(met.too_long, spans), diagnostics)
    for numbers, what in ((lines_to_rows(fallback, spans), "not valid UTF-8; decoded as cp1252"),
                          (lines_to_rows(met.nul, spans), "NUL bytes removed")):
        for number in numbers:
            rows.add(number, "", what)
    rows.finish()
    return table


def _drop_rows(path: str, table: Table, found: list[tuple[int, int]], diagnostics: list[Diagnostic]) -> None:
    """Skip the rows of ``found`` (row, physical line of it over :data:`MAX_LINE`), one error each."""
    if not found:
        return
    for number, line in found:
        diagnostics.append(error(path, number, "", f"row {number} (line {line}): a line of it is over {MAX_LINE:,} "
                                 "characters long (an attachment or a log pasted whole); the row is skipped"))
    skipped = {number for number, _ in found}
    table.rows = [row for row in table.rows if row.number not in skipped]


def _read_rows(path: str, reader, keys: list[str], table: Table, rows: RowWarnings,
               diagnostics: list[Diagnostic], too_long: list[int]) -> list:
    """Read the data rows into ``table``; return each row's (number, first line, last line).
    A row that looks empty is a row still when one of its lines was too long (``too_long``, as
    :func:`_csv_lines` fills it): it is reported, not passed over."""
    spans, number = [], 0
    while True:
        first = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return spans
        except csv.Error as exc:
            number += 1
            diagnostics.append(error(path, number, "", f"row {number} (line {first}): cannot parse CSV: {exc}; "
                                     "a quoted field is probably not closed; this row and the rest of the file are skipped"))
            return spans
        if not any(c.strip() for c in cells) and _first_line_within(too_long, first, reader.line_num) is None:
            continue
        number += 1
        spans.append((number, first, reader.line_num))
        if len(cells) > len(keys) and any(c.strip() for c in cells[len(keys):]):
            rows.add(number, "", "more cells than headers; extra cells ignored", f"{len(cells):,} cells, "
                     f"{len(keys):,} headers")
        table.rows.append(Row(number, _cells_by_key(keys, cells)))


def _cells_by_key(keys: list[str], cells: list[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for key, value in zip(keys, cells):
        out.setdefault(key, []).append(value)
    return out


def read_json(path: str, raw: bytes, diagnostics: list[Diagnostic]) -> Any:
    """Parse a JSON (or JSON Lines) export; on a syntax error add an error naming line and column."""
    text, _, encoding = decode(raw)
    encoding_note(path, encoding, diagnostics)
    written, text = text, text.replace("\x00", "")
    if not text.strip():
        diagnostics.append(error(path, 0, "", "the file is empty"))
        return None
    if problem := too_dense(text, "ticket exports (a ticket takes hundreds of characters)"):
        diagnostics.append(error(path, 0, "", problem))
        return None
    if len(written) != len(text):
        # a raw NUL inside a string is that string's character, as an escaped one (\u0000) is: read
        # so, a key it made equal to another is told, not silently given the other's value; NULs
        # between tokens are removed
        escaped = _escape_raw_nuls(written)
        with contextlib.suppress(json.JSONDecodeError, RecursionError, _NestedLine):
            document = _json_document(escaped)
            if document is not None:
                return _writable_strings(path, escaped, document, diagnostics, raw_nuls=True)
    try:
        document = json.loads(text, object_pairs_hook=_JsonObject.of, parse_int=whole_number)
        if document is None:
            diagnostics.append(error(path, 0, "", "the file holds JSON null, not tickets; export the tickets again"))
        return _writable_strings(path, text, document, diagnostics)
    except json.JSONDecodeError as exc:
        try:
            lines = _json_lines(text)
        except _NestedLine as nested:
            diagnostics.append(error(path, nested.line, "", "JSON nested too deeply to be a ticket"))
            return None
        if lines is not None:
            return _writable_strings(path, text, lines, diagnostics)
        diagnostics.append(error(path, exc.lineno, "", f"invalid JSON at line {exc.lineno} column {exc.colno} "
                                 f"(offset {exc.pos}): {exc.msg}; the file may be truncated"))
        return None
    except RecursionError:
        diagnostics.append(error(path, 0, "", "JSON nested too deeply to be a ticket export"))
        return None


#: A JSON escape of a character no output can hold: NUL (``\\u0000``) or half of a surrogate pair
#: (``\\ud800``: json reads a pair as one character, so what is left is a lone half, which no
#: UTF-8 file can hold; an export cut inside an emoji, or a tool that escapes UTF-16 units).
_UNWRITABLE_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})")
_UNWRITABLE_CHARS = re.compile("[\x00\ud800-\udfff]")


def _writable_strings(path: str, text: str, document: Any, diagnostics: list[Diagnostic],
                      raw_nuls: bool = False) -> Any:
    """``document`` with every NUL removed from its strings (keys too) and every lone surrogate
    replaced by U+FFFD, with one warning counting the strings changed: a report, a draft or the
    redacted tickets written from them failed with an encoding error. Walks the document only
    when ``text`` holds such an escape (iteratively: the nesting json.loads allows is deep).

    A key never silently takes another's place: one that becomes equal to another key of its
    object (``"i\\u0000d"`` beside ``"id"``) is dropped with its value, and told as a key given
    twice at its record (the first list item on its way from the top, as rows are counted);
    the value of the key as written (or of the first so changed) is kept. ``raw_nuls``: the file held
    raw NUL bytes, which :func:`read_json` wrote as escapes inside strings (the warning says so)."""
    if not _UNWRITABLE_ESCAPE.search(text):
        return document
    changed = 0
    clashes: list[tuple[int, str, str]] = []  # (record, key kept, key dropped as written)

    def fixed(value: str) -> str:
        nonlocal changed
        if not _UNWRITABLE_CHARS.search(value):
            return value
        changed += 1
        return _UNWRITABLE_CHARS.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)

    def fixed_value(value: Any) -> Any:
        return fixed(value) if isinstance(value, str) else value

    stack = [(document, 0)] if isinstance(document, (dict, list)) else []
    while stack:
        node, record = stack.pop()
        if isinstance(node, list):
            node[:] = [fixed_value(item) for item in node]
            stack.extend((item, record or number) for number, item in enumerate(node, 1)
                         if isinstance(item, (dict, list)))
            continue
        renamed = [(key, fixed(key), value) for key, value in node.items()]
        taken = {new for key, new, _ in renamed if new == key}  # keys as written come first
        pairs = []
        for key, new, value in renamed:
            if new != key and new in taken:
                clashes.append((record, new, key))
                continue
            taken.add(new)
            pairs.append((new, fixed_value(value)))
        node.clear()
        node.update(pairs)
        stack.extend((value, record) for _, value in pairs if isinstance(value, (dict, list)))
    document = fixed_value(document)
    if changed:
        nul = "a NUL (a raw NUL byte, or escaped: \\u0000)" if raw_nuls else "an escaped NUL (\\u0000)"
        diagnostics.append(warn(path, 0, "", f"{changed:,} strings held {nul} or half of a "
                                             "surrogate pair (\\ud800-\\udfff), which no file can hold: NULs "
                                             "removed, each half read as U+FFFD"))
    told, rest, _ = first_and_rest(sorted(clashes, key=lambda clash: clash[0]))
    for record, kept, dropped in told:
        shown_key = one_line(kept[:60])
        diagnostics.append(warn(path, record, shown_key, f"record {record}: key {shown_key} is given twice: "
                                f"{ascii(dropped[:60])} is {shown_key} once its NUL or half surrogate is removed; "
                                f"its value is dropped, {shown_key}'s kept"))
    if rest:
        diagnostics.append(warn(path, 0, "", f"and {rest:,} more keys given twice once a NUL or half surrogate is "
                                             "removed: their values dropped"))
    return document


class _JsonObject(dict):
    """A JSON object that remembers the keys given more than once in it (json keeps the last value)."""

    repeated: dict[str, int]

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> dict:
        """The object of ``pairs`` (the object_pairs_hook of json.loads): a plain dict unless a key
        repeats (every object of a large export passes through here)."""
        plain = dict(pairs)
        if len(plain) == len(pairs):
            return plain
        made = cls(plain)
        counts: dict[str, int] = {}
        for key, _ in pairs:
            counts[key] = counts.get(key, 0) + 1
        made.repeated = {key: n for key, n in counts.items() if n > 1}
        return made


class _NestedLine(Exception):
    """A line of a JSON Lines export nested deeper than Python's parser follows (``line``: its number)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _escape_raw_nuls(text: str) -> str:
    """``text`` with each raw NUL inside a JSON string written as the escape ``\\u0000``, the NULs
    between tokens removed, and a NUL right after a backslash removed (the escape it interrupts is
    read, as when every NUL was removed: ``"caf\\<NUL>u00e9"`` is "café"). A string with no closing
    quote runs to the text's end.

    One pass with :meth:`str.find`: each kind of mark (quote, backslash, NUL) is looked for again
    only once the scan has passed its last find, so the text is read a bounded number of times and
    the memory is the output's (a regular expression's alternation kept a frame per character of
    the longest string: 120 bytes each)."""
    found: dict[str, int] = {}

    def next_at(mark: str, at: int) -> int:
        where = found.get(mark, -1)
        if where < at and where != len(text):
            where = text.find(mark, at)
            where = found[mark] = len(text) if where < 0 else where
        return where

    out: list[str] = []
    at, inside, end = 0, False, len(text)
    while at < end:
        quote, nul = next_at('"', at), next_at("\x00", at)
        slash = next_at("\\", at) if inside else end
        stop = min(quote, nul, slash)
        out.append(text[at:stop])
        if stop == end:
            break
        if stop == nul:
            if inside:
                out.append("\\u0000")
            at = nul + 1
        elif stop == slash:  # the escaped character is the next one that is not a NUL
            at = slash + 1
            while at < end and text[at] == "\x00":
                at += 1
            out.append(text[slash:slash + 1] + text[at:at + 1])
            at += 1
        else:
            out.append('"')
            at, inside = quote + 1, not inside
    return "".join(out)


def _json_document(text: str) -> Any:
    """``text`` read as one JSON document, else as JSON Lines (None when it is neither).

    Raises:
        json.JSONDecodeError, RecursionError, _NestedLine: as :func:`json.loads` and :func:`_json_lines`.
    """
    try:
        return json.loads(text, object_pairs_hook=_JsonObject.of, parse_int=whole_number)
    except json.JSONDecodeError:
        return _json_lines(text)


def _json_lines(text: str) -> list | None:
    """The records of a JSON Lines text, or None when it is not one.

    Raises:
        _NestedLine: a line nested too deeply to parse (the whole text read as one document
            only said "Extra data" at that line).
    """
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line, object_pairs_hook=_JsonObject.of, parse_int=whole_number))
        except json.JSONDecodeError:
            return None
        except RecursionError:
            raise _NestedLine(number) from None
    return records if len(records) > 1 and all(isinstance(r, dict) for r in records) else None


def json_rows(records: list) -> list[Row]:
    """Turn a list of JSON objects into rows with normalised keys (non-objects are skipped)."""
    rows = []
    for number, record in enumerate(records, 1):
        if isinstance(record, dict):
            cells: dict[str, list[Any]] = {}
            for key, value in record.items():
                cells.setdefault(norm_key(key), []).append(value)
            rows.append(Row(number, cells, dict(getattr(record, "repeated", {}))))
    return rows
