"""Calendar arithmetic on spans of days: month ends, nearest year, weeks (dateutil)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Final

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

__all__ = [
    "HALF_YEAR",
    "Span",
    "day_in_week",
    "last_weekday",
    "month_span",
    "nearest",
    "next_weekday",
    "shift_month",
]

Span = tuple[dt.date, dt.date]  # first and last day, both included
HALF_YEAR: Final = 183  # no year-less date is read further than this from the issue
_WEEKDAYS: Final[tuple[weekday, ...]] = (MO, TU, WE, TH, FR, SA, SU)


def month_span(year: int, month: int, first: int = 1, last: int = 31) -> Span:
    """Days first..last of a month, last cut to the month's end (下旬 of February)."""
    end = min(last, calendar.monthrange(year, month)[1])
    return dt.date(year, month, first), dt.date(year, month, end)


def shift_month(issue: dt.date, months: int) -> tuple[int, int]:
    """The (year, month) some months from the issue's month: 上月 in January is December."""
    moved = issue + relativedelta(day=1, months=months)
    return moved.year, moved.month


def _distance(span: Span, issue: dt.date) -> int:
    first, last = span
    if first <= issue <= last:
        return 0
    return min(abs((first - issue).days), abs((last - issue).days))


def nearest(
    spans: Iterable[Span], issue: dt.date, *, future: bool = False, within: int | None = None
) -> Span | None:
    """The span nearest the issue date (no farther than ``within`` days, if given), or with
    ``future`` the first one that has not ended before it."""
    ordered = sorted(spans)
    if future:
        return next((span for span in ordered if span[1] >= issue), None)
    close = [s for s in ordered if within is None or _distance(s, issue) <= within]
    return min(close, key=lambda span: _distance(span, issue)) if close else None


def day_in_week(issue: dt.date, weeks: int, day: int) -> dt.date:
    """Day 0–6 (Monday–Sunday) of the week some weeks from the issue's week: 上周五."""
    monday = issue + relativedelta(weekday=MO(-1))
    return monday + relativedelta(weeks=weeks, weekday=_WEEKDAYS[day](+1))


def last_weekday(issue: dt.date, day: int) -> dt.date:
    """The latest such weekday not after the issue date: a bare 周三."""
    return issue + relativedelta(weekday=_WEEKDAYS[day](-1))


def next_weekday(issue: dt.date, day: int) -> dt.date:
    """The first such weekday not before the issue date: 将于周三."""
    return issue + relativedelta(weekday=_WEEKDAYS[day](+1))
