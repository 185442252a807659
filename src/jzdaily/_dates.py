"""The event date: the first date expression of the lead paragraph, resolved to a day.

Quotations (“…”) and titles (《…》) are skipped: a date inside them names something else.
A month/day without a year takes the year that puts it closest to the issue date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from jzdaily._vocab import RELATIVE_DAYS, TIMES_OF_DAY, alternation

__all__ = ["EventDate", "find_event_date", "opens_with_date", "parse_cn_number"]

_CN_DIGITS: Final = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"\d{4}|[〇零一二三四五六七八九]{4}"
DATE_EXPRESSION: Final = re.compile(
    rf"(?:(?P<year>{_YEAR})\s*年\s*)?(?P<month>{_NUM})\s*月\s*(?P<day>{_NUM})\s*[日号]"
    rf"|(?P<relative>{alternation(RELATIVE_DAYS)})"
)
TIME_OF_DAY: Final = re.compile(rf"\s*(?P<time>{alternation(TIMES_OF_DAY)})")
_QUOTED: Final = re.compile(r"“[^“”]*”|《[^《》]*》|\"[^\"]*\"")


@attrs.frozen
class EventDate:
    date: dt.date | None = None
    time_of_day: str | None = None
    relative: str | None = None  # the relative word as printed
    invalid: str | None = None  # a date-like expression that names no real day


def parse_cn_number(text: str) -> int:
    """'12' → 12, '十二' → 12, '二十一' → 21, '二〇二三' → 2023; ValueError for '十十'."""
    if text.isdigit():
        return int(text)
    try:
        if "十" not in text:
            return int("".join(str(_CN_DIGITS[c]) for c in text))
        tens, _, units = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    except KeyError:  # 十十, 二三十: the pattern admits runs that are no numeral
        raise ValueError(f"not a Chinese numeral: {text!r}") from None


def _closest_year(month: int, day: int, issue: dt.date) -> dt.date | None:
    candidates = []
    for year in (issue.year - 1, issue.year, issue.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - issue)) if candidates else None


def _shift(issue: dt.date | None, offset: int | None) -> dt.date | None:
    """The issue date moved by a relative day word; None past the calendar's ends."""
    if issue is None or offset is None:
        return None
    try:
        return issue + dt.timedelta(days=offset)
    except OverflowError:  # 明天 in an issue dated 9999-12-31
        return None


def opens_with_date(text: str) -> bool:
    """True for running text that opens with its date: ``3月5日上午，…``, ``日前，…``."""
    match = DATE_EXPRESSION.match(text)
    if match is None:
        return False
    time = TIME_OF_DAY.match(text, match.end())
    end = time.end() if time else match.end()
    return text[end : end + 1] in ("，", ",")


def _mask_quotes(text: str) -> str:
    return _QUOTED.sub(lambda m: "\u2002" * len(m.group()), text)


def find_event_date(text: str, issue: dt.date | None) -> EventDate:
    """Read the first date expression of a lead paragraph."""
    masked = _mask_quotes(text)
    invalid = None
    for match in DATE_EXPRESSION.finditer(masked):
        time = TIME_OF_DAY.match(masked, match.end())
        time_of_day = time.group("time") if time else None
        relative = match.group("relative")
        if relative:
            return EventDate(_shift(issue, RELATIVE_DAYS[relative]), time_of_day, relative)
        year_text = match.group("year")
        date: dt.date | None
        try:
            month, day = parse_cn_number(match.group("month")), parse_cn_number(match.group("day"))
            if year_text:
                date = dt.date(parse_cn_number(year_text), month, day)
            elif issue is not None:
                date = _closest_year(month, day, issue)
                if date is None:
                    raise ValueError(match.group())
            else:
                dt.date(2000, month, day)  # no issue date to place it: still check the day exists
                date = None
        except ValueError:
            invalid = invalid or match.group()
            continue
        return EventDate(date, time_of_day, None, invalid)
    return EventDate(invalid=invalid)
