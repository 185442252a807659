"""The event date: every date a lead paragraph gives, resolved against the issue date.

Quotations (“…”) and titles (《…》) are skipped: a date inside them names something else.
A month/day without a year takes the year that puts it nearest the issue date; relative
words (昨天, 上周五, 本月3日, 今年3月) count from the issue date with dateutil; festivals come
from a table shipped as package data. Each date is a span of days with its precision.
"""

from __future__ import annotations

from jzdaily._dates._lead import EventDate, find_event_date
from jzdaily._dates._numbers import parse_cn_number
from jzdaily._dates._patterns import DATE_EXPRESSION, TIME_OF_DAY

__all__ = ["DATE_EXPRESSION", "TIME_OF_DAY", "EventDate", "find_event_date", "opens_with_date",
           "parse_cn_number"]  # fmt: skip


def opens_with_date(text: str) -> bool:
    """True for running text that opens with its date: ``3月5日上午，…``, ``日前，…``."""
    match = DATE_EXPRESSION.match(text)
    if match is None:
        return False
    time = TIME_OF_DAY.match(text, match.end())
    end = time.end() if time else match.end()
    return text[end : end + 1] in ("，", ",")
