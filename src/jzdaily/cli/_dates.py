"""``--issue-date`` as people write it: ``2023-03-07``, ``20230307``, ``2023/3/7``,
``2023年3月7日`` (or ``7 March 2023``), read by python-dateutil; a bad one says what is wrong.

dateutil fills a missing part from a default and reports a bad month in its own words, so the
numeric forms are checked here first (``month 13 is not a month``) and a date missing its day
is refused instead of completed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil import parser as dateutil_parser

__all__ = ["read_issue_date"]

# 2023年3月7日 (the paper's own way): the same date with ASCII separators
_CHINESE_DATE = re.compile(
    r"^\s*(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日?\s*$"
)
# year, month, day as numbers: split by one separator used twice, or eight digits in a row
_NUMERIC_DATE = re.compile(
    r"^\s*(?P<year>\d{4})(?:(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"|(?P<month8>\d{2})(?P<day8>\d{2}))\s*$"
)
# Two defaults that differ in every part: a part dateutil took from them was not given.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))


def _check_numbers(year: int, month: int, day: int) -> None:
    """Raise ValueError naming the part that is wrong."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not a month")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(f"day {day} is not in {year}-{month:02d}, which has {days} days")


def read_issue_date(value: str) -> dt.date:
    """The date ``value`` names; ValueError with a reason a person can act on."""
    text = value
    chinese = _CHINESE_DATE.match(value)
    if chinese:
        text = f"{chinese['year']}-{chinese['month']}-{chinese['day']}"
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        month = numeric["month"] or numeric["month8"]
        day = numeric["day"] or numeric["day8"]
        _check_numbers(int(numeric["year"]), int(month), int(day))
    try:
        first, second = (
            dateutil_parser.parse(text, default=default, yearfirst=True) for default in _DEFAULTS
        )
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
        raise ValueError(f"{value!r} is not a date; write it as 2023-03-07") from None
    if first != second:
        raise ValueError(f"{value!r} is not a whole date: give the year, month and day")
    if first.time() != dt.time(0):
        raise ValueError(f"{value!r} has a time of day: give the date only")
    return first.date()
