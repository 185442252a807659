"""Clock times printed after a date: 14时30分, 10时许, 下午3时, 15:30, 九点半."""

from __future__ import annotations

import datetime as dt
import re

from jzdaily._dates._numbers import parse_cn_number
from jzdaily._dates._words import words

__all__ = ["clock_time"]


def clock_time(match: re.Match[str], part_of_day: str | None) -> dt.time | None:
    """The time a match of ``_patterns`` clock groups gives; 下午3时 is 15:00. None when the
    match holds no clock time or names no real time (25时)."""
    try:
        if match.group("hh") is not None:
            hour, minute = int(match.group("hh")), int(match.group("mm"))
        elif match.group("hour") is not None:
            hour = parse_cn_number(match.group("hour"))
            minute_text = match.group("minute")
            minute = parse_cn_number(minute_text) if minute_text else 0
            minute = 30 if match.group("half") else minute
        else:
            return None
    except ValueError:
        return None
    shifted = words().afternoon.get(part_of_day or "")
    if shifted and shifted[0] <= hour <= shifted[1]:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)
