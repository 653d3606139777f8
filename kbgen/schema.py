"""A small declarative schema for YAML front matter and configuration.

Each content type and the site config declare their keys once, as :class:`Field` objects with
a type check, a default and a docstring. :func:`validate` checks a parsed mapping against a
schema and reports *every* problem as a diagnostic naming file, line and key. The README's
reference tables are generated from the same declarations, so they cannot drift apart.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Mapping
from zoneinfo import ZoneInfo

from .errors import Diagnostic, did_you_mean
from .source import KeyPath, YamlDoc


class Invalid(Exception):
    """Raised by a check: ``message`` says what is wrong; ``keys`` points below the field.

    A check of a nested value may find several problems: ``problems`` lists them all as
    ``(keys, message)``; the first is also ``keys``/``message``.
    """

    def __init__(self, message: str, keys: KeyPath = (),
                 problems: list[tuple[KeyPath, str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.keys = keys
        self.problems = problems or [(keys, message)]

    @classmethod
    def every(cls, problems: list[tuple[KeyPath, str]] | list[str]) -> "Invalid":
        """One :class:`Invalid` telling every problem of a value (``(keys, message)``, or
        messages at the value's own key); the first is also its ``keys``/``message``."""
        pairs = [problem if isinstance(problem, tuple) else ((), problem) for problem in problems]
        return cls(pairs[0][1], pairs[0][0], pairs)


Check = Callable[[Any], Any]


def _type_name(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "empty"}.get(type(value), type(value).__name__)


#: Characters refused in every front matter and config value (bodies keep them): the bidi
#: embeddings and overrides U+202A-U+202E, which reverse how the text after them shows (a title
#: copied into a reply could disguise a link; Unicode deprecates them for the isolates, which stay,
#: as do the marks U+200E/U+200F), and the line and paragraph separators U+2028/U+2029, a line
#: break that a reply, a feed reader or a terminal shows and a one-line value must not hold.
_DISGUISING = re.compile("[\u202a-\u202e\u2028\u2029]")
#: The bidi isolates (the replacement Unicode recommends for embeddings): U+2066-U+2068 open one
#: (left-to-right, right-to-left, by its first letter), U+2069 closes the last one open. Closed,
#: an isolate keeps a phrase of another script in its own direction; left open, it runs to the end
#: of the line and shows the words after it in another order (a title pasted into a reply could
#: disguise a file name or link), so an opener needs its closer after it, in its paragraph.
#: The paragraph separators of the bidi algorithm (bidi class B: LF, CR, the information
#: separators U+001C-U+001E, NEL, U+2029): each ends every isolate still open, so a U+2069 on a
#: later line closes nothing and the opener reordered the rest of its own line.
_PARAGRAPH_END = "\n\r\x1c\x1d\x1e\x85\u2029"
_ISOLATE_OR_PARAGRAPH_END = re.compile(f"[\u2066-\u2069{_PARAGRAPH_END}]")


def _open_isolate(text: str) -> str:
    """The first bidi isolate opener of ``text`` that no U+2069 closes before its paragraph
    ends ('' if none); linear."""
    if not any(opener in text for opener in "\u2066\u2067\u2068"):  # nearly every value: no opener
        return ""
    opened: list[str] = []
    for found in _ISOLATE_OR_PARAGRAPH_END.finditer(text):
        if found.group() in _PARAGRAPH_END:
            if opened:  # the paragraph ended with this isolate open
                return opened[0]
        elif found.group() != "\u2069":
            opened.append(found.group())
        elif opened:
            opened.pop()
    return opened[0] if opened else ""


SHOWN_CHARACTERS = 60
"""Longest value an error quotes whole: a longer one (a pasted paragraph in an id, a 1 MB word)
is quoted by its start and its length, so one bad value never floods a CI log."""


def shown(value: Any) -> str:
    """``value`` quoted for an error message: whole when short, else its start and its length."""
    if not isinstance(value, str) or len(value) <= SHOWN_CHARACTERS:
        return repr(value)
    return f"{value[:SHOWN_CHARACTERS]!r}... ({len(value):,} characters)"


#: The line ends of Markdown, YAML, iCalendar and every text file (LF and CR; other controls are
#: refused in every value, and NEL, kept when escaped, ends no line there): a one-line value may not
#: hold one, outside :data:`_DISGUISING` (refused in every value). A title with one was a heading or
#: a list in the agents' Markdown reply, and a new line in a calendar, a terminal or a log line.
_LINE_BREAK = re.compile("[\n\r]")
#: Longest one-line value: a name, title or label is shown on every page that names it (the site's
#: name on every page: a pasted 200,000-character one made a 20-article site of 48 MB, not 3 MB).
#: The longest real titles are about 150 characters.
ONE_LINE_MAX = 1_000


def text(pattern: str | None = None, hint: str = "", allow_empty: bool = False, one_line: bool = False) -> Check:
    """A string (numbers are accepted and turned into text), optionally matching ``pattern``;
    never holding a character of :data:`_DISGUISING` nor a bidi isolate left open at a paragraph's
    end (:func:`_open_isolate`), nor with ``one_line`` a line break (a
    name, a title, a label: YAML's folded ``>`` joins a long one's lines with spaces)."""
    regex = re.compile(pattern) if pattern else None

    def check(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise Invalid(f"expected text, got {_type_name(value)}")
        result = str(value).strip()
        if found := _DISGUISING.search(result):
            char = found.group()
            raise Invalid(f"holds the invisible character U+{ord(char):04X} ({unicodedata.name(char)}), which "
                          "changes how the text around it shows; remove it")
        if opener := _open_isolate(result):
            raise Invalid(f"opens the bidi isolate U+{ord(opener):04X} ({unicodedata.name(opener)}) and does not "
                          "close it with U+2069, so the words after it show in another order; remove it or close it")
        if one_line and _LINE_BREAK.search(result):
            raise Invalid("holds a line break, but it is shown as one line (a heading, a link, a reply); write "
                          "it on one line (in YAML, '>' folds a long value's lines into one)")
        if one_line and len(result) > ONE_LINE_MAX:
            raise Invalid(f"{shown(result)} is too long for one line: at most {ONE_LINE_MAX:,} characters")
        if not allow_empty and not result:
            raise Invalid("must not be empty")
        if not allow_empty and _invisible(result):
            codes = sorted({f"U+{ord(char):04X}" for char in result})
            raise Invalid(f"must not be empty: it holds only invisible characters ({', '.join(codes[:5])})")
        if regex and not regex.fullmatch(result):
            raise Invalid(f"{shown(result)} {hint or 'has the wrong form'}")
        return result
    return check


def _invisible(text: str) -> bool:
    """Whether nothing of ``text`` shows: format characters only (zero-width space and joiners,
    the byte-order mark, word joiner, bidi marks), or spaces of any kind among them. Stops at
    the first visible character (the first, in every real value)."""
    return all(map(shows_nothing, text))


def shows_nothing(char: str) -> bool:
    """Whether ``char`` shows nothing: a format character (zero-width space and joiners, the
    byte-order mark, word joiner, bidi marks, soft hyphen) or a space of any kind."""
    return unicodedata.category(char) in ("Cf", "Zs") or char.isspace()


def integer(minimum: int | None = None, maximum: int | None = None) -> Check:
    """A whole number between ``minimum`` and ``maximum`` (both included, when given).

    Every number that feeds date arithmetic has a maximum, so no value overflows a date.
    """
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"expected a whole number, got {_type_name(value)}")
        if minimum is not None and value < minimum:
            raise Invalid(f"must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise Invalid(f"must be at most {maximum:,}, got {value:,}")
        return value
    return check


#: Dates and times kbgen accepts: wide enough for any real knowledge base, narrow enough that
#: adding a review interval or a status window can never overflow Python's dates.
FIRST_YEAR, LAST_YEAR = 1900, 9000


def in_range(day: dt.date, shown: Any) -> None:
    """Raise :class:`Invalid` for a date outside ``FIRST_YEAR``..``LAST_YEAR``."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise Invalid(f"{str(shown)!r} is out of range: use a year from {FIRST_YEAR} to {LAST_YEAR}")


#: What Python accepts as a UTC offset: strictly less than a day either way, so -23:59 to +23:59
#: (seconds too); its own message names the ``timedelta`` repr, which no writer should read.
OFFSET_RANGE = "the UTC offset must lie between -23:59 and +23:59"


def date_reason(error: ValueError) -> str:
    """Python's reason a date or time is impossible ('month must be in 1..12'), kbgen's for an
    offset out of range, or '' when Python only says the shape is unreadable."""
    text = str(error)
    if text.startswith("offset must be a timedelta"):
        return OFFSET_RANGE
    return "" if "Invalid isoformat" in text else text


def _reason(error: ValueError) -> str:
    """:func:`date_reason` in parentheses after a message, or ''."""
    text = date_reason(error)
    return f" ({text})" if text else ""


def boolean(value: Any) -> bool:
    """true or false."""
    if not isinstance(value, bool):
        raise Invalid(f"expected true or false, got {_type_name(value)}")
    return value


def choice(*choices: str) -> Check:
    """One of a fixed set of words."""
    def check(value: Any) -> str:
        word = text()(value)
        if word not in choices:
            raise Invalid(f"{shown(word)} is not one of {', '.join(choices)}{did_you_mean(word, choices)}")
        return word
    return check


def date(value: Any) -> dt.date:
    """A calendar date, YYYY-MM-DD, from FIRST_YEAR to LAST_YEAR."""
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        in_range(day, value)
        return day
    reason = ""
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            reason = _reason(exc)
        else:
            in_range(day, value)
            return day
    raise Invalid(f"expected a date like 2026-01-31, got {shown(value)}{reason}")


def moment(timezone: str) -> Check:
    """A date and time; without an offset it is read in ``timezone``; a date means midnight."""
    zone = ZoneInfo(timezone)

    def check(value: Any) -> dt.datetime:
        parsed = value
        if isinstance(value, str):
            try:
                parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError as exc:
                raise Invalid(f"expected a date and time like 2026-01-31T14:00 or "
                              f"2026-01-31 14:00+01:00, got {shown(value)}{_reason(exc)}") from None
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            parsed = dt.datetime.combine(value, dt.time())
        if not isinstance(parsed, dt.datetime):
            raise Invalid(f"expected a date and time, got {_type_name(value)}")
        in_range(parsed, value)
        if parsed.tzinfo is None:
            local, parsed = parsed, parsed.replace(tzinfo=zone)
            if parsed.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None) != local:
                # A local time the clocks skip (daylight saving starts): Python would read it in
                # the offset before the change, an hour off what was meant, whichever that is.
                raise Invalid(f"{local.isoformat(sep=' ', timespec='minutes')} does not exist in {timezone}: the "
                              "clocks skip it (daylight saving); write the time with its offset, e.g. "
                              f"{parsed.isoformat(sep=' ', timespec='minutes')}")
        return parsed
    return check


def list_of(item: Check, unique: bool = False, max_items: int | None = None) -> Check:
    """A list (a single value is taken as a list of one) of at most ``max_items``; each item
    checked by ``item``."""
    def check(value: Any) -> tuple:
        values = value if isinstance(value, list) else [value]
        if max_items is not None and len(values) > max_items:
            raise Invalid(f"{len(values):,} items; at most {max_items:,}")
        result, problems = [], []
        for index, entry in enumerate(values):
            try:
                checked = item(entry)
            except Invalid as exc:
                problems.extend(((index,) + keys, message) for keys, message in exc.problems)
                continue
            if unique and checked in result:
                problems.append(((index,), f"{shown(checked)} is listed twice"))
            result.append(checked)
        if problems:
            raise Invalid.every(problems)
        return tuple(result)
    return check


@dataclass(frozen=True)
class Field:
    """One key of a schema.

    Attributes:
        check: turns the raw YAML value into a typed value, or raises :class:`Invalid`.
        required: whether the key must be present.
        default: value used when the key is absent (a callable is called for a fresh value).
        doc: one sentence for the reference documentation.
    """

    check: Check
    required: bool = False
    default: Any = None
    doc: str = ""


@dataclass(frozen=True)
class Schema:
    """A named set of fields; ``extra`` allows keys the schema does not know."""

    name: str
    fields: Mapping[str, Field]
    extra: bool = False


def mapping(schema: Schema) -> Check:
    """A nested mapping validated by ``schema`` (for lists of objects in config)."""
    def check(value: Any) -> dict:
        if not isinstance(value, dict):
            raise Invalid(f"expected a mapping of keys, got {_type_name(value)}")
        problems: list[tuple[KeyPath, str]] = []
        result = _check_fields(schema, value, problems)
        if problems:
            raise Invalid.every(problems)
        return result
    return check


#: Unknown keys of one mapping reported one by one; the rest are one error at the next of them
#: (front matter of thousands of stray keys would print thousands of lines, each listing the keys).
MAX_UNKNOWN_SHOWN = 20


def _check_fields(schema: Schema, data: Mapping, problems: list[tuple[KeyPath, str]]) -> dict:
    result: dict[str, Any] = {}
    unknown = []
    for key in data:
        if key not in schema.fields and schema.extra:
            result[key] = data[key]
        elif key not in schema.fields:
            unknown.append(key)
    for key in unknown[:MAX_UNKNOWN_SHOWN]:
        problems.append(((key,), f"unknown key{did_you_mean(str(key), schema.fields)}; "
                                 f"{schema.name} keys are: {', '.join(schema.fields)}"))
    if rest := unknown[MAX_UNKNOWN_SHOWN:]:
        problems.append(((rest[0],), f"{len(rest):,} more unknown keys from here on ({', '.join(map(str, rest[:5]))}"
                                     f"{' ...' if len(rest) > 5 else ''}); {schema.name} keys are: "
                                     f"{', '.join(schema.fields)}"))
    for name, spec in schema.fields.items():
        if name not in data or data[name] is None:
            if spec.required:
                problems.append(((name,), "is required"))
            result[name] = spec.default() if callable(spec.default) else spec.default
            continue
        try:
            result[name] = spec.check(data[name])
        except Invalid as exc:
            problems.extend(((name,) + keys, message) for keys, message in exc.problems)
    return result


def validate(schema: Schema, doc: YamlDoc, prefix: KeyPath = ()) -> tuple[dict | None, list[Diagnostic]]:
    """Check ``doc.data`` (at ``prefix``) against ``schema``.

    Returns the typed values, or ``None`` with one diagnostic per problem.
    """
    data = doc.data
    for key in prefix:
        data = data[key]
    problems: list[tuple[KeyPath, str]] = []
    result = _check_fields(schema, data, problems)
    diagnostics = [
        Diagnostic(doc.path, doc.line_of(*(prefix + keys)),
                   ".".join(str(k) for k in prefix + keys), message)
        for keys, message in problems
    ]
    return (None if diagnostics else result), diagnostics


def reference_table(schema: Schema) -> str:
    """A Markdown table of the schema's keys for the README."""
    rows = ["| key | required | default | meaning |", "|---|---|---|---|"]
    for name, spec in schema.fields.items():
        default = spec.default() if callable(spec.default) else spec.default
        shown = "" if default in (None, (), {}, "") else f"`{default}`"
        rows.append(f"| `{name}` | {'yes' if spec.required else ''} | {shown} | {spec.doc} |")
    return "\n".join(rows)
