"""Trend of a recurring problem: tickets in the last 14 days of the export, spikes, time to resolve.

The window ends where the export's volume ends. Real exports carry a few tickets with dates far
from the rest (a record re-opened years later, a mistyped year): ending the window at such an
outlier makes every problem look silent. The few newest tickets separated from the rest by a gap
longer than the window are set aside as outliers, and the report says so.
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import Sequence

from .model import Ticket

RECENT_DAYS = 14
OUTLIER_SHARE = 0.005
OUTLIER_MIN = 5


@dataclass(frozen=True)
class TrendWindow:
    """The "last 14 days" of an export.

    Attributes:
        end: the newest opening date that belongs to the export's volume (None: no dates).
        start: ``end`` minus 14 days; tickets opened after it are recent.
        base_rate: share of the dated tickets (outliers excluded) that are recent.
        outliers: opening dates of the tickets left out because they lie far after the volume.
    """

    end: dt.datetime | None
    start: dt.datetime | None
    base_rate: float = 0.0
    outliers: tuple[dt.datetime, ...] = ()

    def is_recent(self, ticket: Ticket) -> bool:
        """True when the ticket was opened in the window (outliers are not)."""
        return bool(self.start and ticket.opened and self.start < ticket.opened <= self.end)


def volume_end(dates: Sequence[dt.datetime]) -> tuple[dt.datetime | None, tuple[dt.datetime, ...]]:
    """The newest date of the export's volume and the outliers after it.

    The newest ``k`` dates are outliers when a gap longer than the window separates them from the
    rest and ``k`` is a handful (at most 0.5% of the dates, at least 5 allowed); the largest such
    ``k`` is used, so two outliers years apart both go.
    """
    ordered = sorted(dates)
    if not ordered:
        return None, ()
    limit = min(len(ordered) - 1, max(OUTLIER_MIN, int(OUTLIER_SHARE * len(ordered))))
    gap = dt.timedelta(days=RECENT_DAYS)
    cut = 0
    for k in range(1, limit + 1):
        if ordered[-k] - ordered[-k - 1] > gap:
            cut = k
    return ordered[-cut - 1], tuple(ordered[len(ordered) - cut:])


def trend_window(tickets: Sequence[Ticket]) -> TrendWindow:
    """The last 14 days of the export's volume, and the export's base rate of recent tickets."""
    dated = [t.opened for t in tickets if t.opened]
    end, outliers = volume_end(dated)
    if end is None:
        return TrendWindow(None, None)
    start = end - dt.timedelta(days=RECENT_DAYS)
    inside = [d for d in dated if d <= end]
    base = sum(d > start for d in inside) / len(inside) if inside else 0.0
    return TrendWindow(end, start, base, outliers)


def median_hours(members: Sequence[Ticket]) -> float | None:
    """Median hours from opening to resolution over the members with both dates."""
    hours = [(t.resolved - t.opened).total_seconds() / 3600 for t in members
             if t.opened and t.resolved and t.resolved >= t.opened]
    return round(statistics.median(hours), 1) if hours else None


def is_spike(recent: int, size: int, base_rate: float) -> bool:
    """True when most of a group is recent and far more than the export's base rate predicts.

    Args:
        recent: member tickets opened in the last 14 days.
        size: member tickets with an opening date.
        base_rate: share of all dated tickets opened in the last 14 days.

    Returns:
        Whether the group looks like a new problem (one-sided binomial test, p < 0.001,
        recent share at least half and at least twice the base rate).
    """
    from scipy.stats import binomtest

    if size < 3 or not 0 < base_rate < 1:
        return False
    share = recent / size
    if share < max(0.5, 2 * base_rate):
        return False
    return bool(binomtest(recent, size, base_rate, alternative="greater").pvalue < 1e-3)
