"""The moment a command works for (``--now``, ``KBGEN_NOW``): one parser for every command."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .errors import BadOption


def parse_now(value: str | None, timezone: str = "UTC", option: str = "--now") -> dt.datetime:
    """An ISO 8601 moment given on the command line as ``option`` (read in ``timezone`` when it
    has no offset); default: now.

    Raises:
        KbgenError: not a real date and time, or outside the years kbgen accepts.
    """
    from .schema import FIRST_YEAR, LAST_YEAR, date_reason

    if not value:
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        # Python names the field out of range ("day is out of range for month": 2100-02-29 is
        # no leap day; "second must be in 0..59": no leap second); a shape it cannot read says less
        reason = f" ({date_reason(exc)})" if date_reason(exc) else ""
        raise BadOption(option, f"{value!r} is not an ISO 8601 date and time{reason}; write one "
                        "such as 2026-03-01T09:00:00+00:00") from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise BadOption(option, f"{value!r} is out of range: use a year from {FIRST_YEAR} to {LAST_YEAR}")
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))
