"""Turn exported cell values into plain text and dates.

Exports wrap the words people wrote in vendor markup: Freshservice stores HTML, Jira stores
wiki markup and ``date;author;text`` comment cells, ServiceNow renders every comment of a
ticket into one journal field with header lines. The functions here undo that, so every
later stage sees plain text.
"""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

from dateutil import parser as date_parser

_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr main nav ol p pre section table tbody thead tfoot tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})
_HTML_START = re.compile(r"^\s*<(?:!doctype|html|body|div|p|br|pre|span|table|ul|ol|blockquote|h[1-6])(?:\s[^<>]*)?/?>",
                         re.I)
_HTML_ANY = re.compile(r"<(?:div|p|br|pre|blockquote|li|span)(?:\s[^<>]*)?/?>|</(?:div|p|pre|blockquote|li|span)>", re.I)


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML fragment, keeping block structure as newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0

    def _newlines(self, count: int) -> None:
        self.parts.append("\n" * count)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self._newlines(1)
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK_TAGS:
            self.pre += tag == "pre"
            self._newlines(2)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self._newlines(1)
        elif tag in _BLOCK_TAGS:
            self._newlines(2)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.pre -= tag == "pre" and self.pre > 0
            self._newlines(2)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
            if not self.parts or self.parts[-1].endswith("\n"):
                data = data.lstrip(" ")
        self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """True when a cell holds an HTML fragment rather than plain text."""
    return bool(_HTML_START.match(text) or _HTML_ANY.search(text))


def html_to_text(markup: str) -> str:
    """Convert an HTML fragment to plain text.

    Block elements become paragraph breaks, ``<br>`` a line break, list items ``- `` lines;
    entities are unescaped and script/style content is dropped.

    Args:
        markup: the HTML fragment.

    Returns:
        The text, with runs of blank lines collapsed and lines stripped at the end.
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return tidy_text("".join(parser.parts))


def tidy_text(text: str) -> str:
    """Strip trailing spaces on lines, collapse 3+ newlines to 2 and strip the ends."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_JIRA_BLOCK = re.compile(r"(?m)^[ \t]*\{(?:noformat|quote|code|panel)(?::[^}\n]*)?\}[ \t]*(?:\n|$)")
_JIRA_INLINE = re.compile(r"\{(?:noformat|quote|code|panel)(?::[^}\n]*)?\}")
_JIRA_BULLET = re.compile(r"(?m)^[ \t]*[*#]+[ \t]+")
_JIRA_HEADING = re.compile(r"(?m)^h[1-6]\.[ \t]+")
_JIRA_LINK = re.compile(r"\[([^\[\]|\n]+)\|([^\[\]\n]+)\]")


def jira_to_text(markup: str) -> str:
    """Reduce Jira wiki markup to plain text.

    Removes ``{noformat}``, ``{quote}``, ``{code}`` and ``{panel}`` markers (keeping their
    content), turns ``*``/``#`` bullets into ``- `` lines, drops ``h1.`` heading markers and
    turns ``[text|url]`` links into ``text (url)``.
    """
    text = _JIRA_BLOCK.sub("", markup)
    text = _JIRA_INLINE.sub("", text)
    text = _JIRA_BULLET.sub("- ", text)
    text = _JIRA_HEADING.sub("", text)
    text = _JIRA_LINK.sub(r"\1 (\2)", text)
    return tidy_text(text)


_JIRA_COMMENT = re.compile(r"^\s*(\d[^;\n]{5,30});([^;\n]{0,80});")


def split_jira_comment(cell: str) -> tuple[dt.datetime | None, str, str]:
    """Split a Jira comment cell ``date;author;text`` into its parts.

    Returns:
        (date or None, author, text); a cell without the prefix is all text.
    """
    match = _JIRA_COMMENT.match(cell)
    when = parse_date(match.group(1)) if match else None
    if when is None:
        return None, "", jira_to_text(cell)
    return when, match.group(2).strip(), jira_to_text(cell[match.end():])


_JOURNAL_HEADER = re.compile(
    r"(?m)^[ \t]*(\d[\d/.\-]+[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?) - (.+?) "
    r"\((Additional comments|Work notes|Comments|Customer comments|Comment|Work note)\)[ \t]*\r?$",
    re.I,
)


def split_journal(journal: str) -> list[tuple[dt.datetime | None, str, str]]:
    """Split a ServiceNow journal field into entries, oldest first.

    The journal renders each entry as ``<date> - <Name> (Additional comments|Work notes)``
    followed by its body, newest first. Header lines are removed (they only carry the date
    and the author's name).

    Returns:
        A list of (date, kind, body) tuples; text before the first header is one entry.
    """
    entries = []
    matches = list(_JOURNAL_HEADER.finditer(journal))
    head = journal[: matches[0].start()] if matches else journal
    if head.strip():
        entries.append((None, "", tidy_text(head)))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(journal)
        body = tidy_text(journal[match.end():end])
        if body:
            entries.append((parse_date(match.group(1)), match.group(3), body))
    dated = [e[0] for e in entries if e[0] is not None]
    if not dated or dated[0] >= dated[-1]:
        entries.reverse()  # ServiceNow renders the newest entry first
    return entries


_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%b/%y %I:%M %p", "%d/%b/%Y %I:%M %p",
            "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d-%m-%Y %H:%M:%S")


def parse_date(value: str) -> dt.datetime | None:
    """Parse an exported date to an aware datetime (UTC when it carries no offset); None when unusable."""
    return read_date(value)[0]


TICKET_FIRST_YEAR, TICKET_LAST_YEAR = 1970, 2200
"""Years read as ticket dates: earlier or later ones are placeholders (0001, 9999) or typing errors.
Named apart from ``schema.FIRST_YEAR``/``LAST_YEAR`` (the years an article's own dates may use)."""
# A year Python's datetime cannot hold at all: year 0 ("0000") or five digits and more ("20000"),
# counted only inside a date's shape, joined by a date separator to other digits ("0000-03-04",
# "04.03.31000"): a long number standing alone is a ticket, an order or a phone number, not a year.
# A year of five digits or more may end a date or open one; year 0000 only opens one: after a dash
# it is as often a UTC offset ("10:00-0000") or a number's part. Linear: one quantifier per
# branch, anchored by lookarounds.
_YEAR_BEYOND = re.compile(r"(?<=\d[/.-])[1-9]\d{4,}(?!\d)|(?<!\d)(?:0000|[1-9]\d{4,})(?=[/.-]\d)")


def read_date(value: str) -> tuple[dt.datetime | None, str]:
    """Parse an exported date and say why it could not be used.

    Tries the export formats seen in ServiceNow, Jira, Zendesk and Freshservice first, then
    ISO 8601, then python-dateutil (day first).

    Returns:
        (aware datetime or None, problem): problem is "" (parsed or empty), "unreadable", or
        "out of range" for a date whose year is outside TICKET_FIRST_YEAR..TICKET_LAST_YEAR (or outside
        what Python's datetime holds, such as year 0: read from the value's own digits, not from
        the parser's message).
    """
    value = (value or "").strip()
    if not value:
        return None, ""
    parsed = _parse_known(value)
    if parsed is None:
        try:
            parsed = date_parser.parse(value, dayfirst=True)
        except OverflowError:
            return None, "out of range"
        except ValueError:  # year 0 or 10000 and above, or no date at all
            return None, "out of range" if _YEAR_BEYOND.search(value) else "unreadable"
    if not TICKET_FIRST_YEAR <= parsed.year <= TICKET_LAST_YEAR:
        return None, "out of range"
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)), ""


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_JIRA_DATE = re.compile(r"(\d{1,2})/([A-Za-z]{3})/(\d{2}|\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])?\Z")


def _parse_known(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))  # fast path: ISO and ServiceNow dates
    except ValueError:
        pass
    match = _JIRA_DATE.match(value)
    if match and match.group(2).lower() in _MONTHS:
        day, month, year, hour, minute, second, half = match.groups()
        hour = int(hour) % 12 + (12 if half and half.lower() == "pm" else 0) if half else int(hour)
        year = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return dt.datetime(year, _MONTHS[month.lower()], int(day), hour, int(minute), int(second or 0))
        except ValueError:
            return None
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
