"""The date vocabulary and the festival table, package data read once on first use.

``data/dates/words.json`` holds the printed words (festival names, qualifiers, relative
year/month/week words, parts of a month); ``data/dates/festivals.json`` the festival days and
the lunar months from 1980 to 2060, written by ``tools/make_festivals.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, NamedTuple

__all__ = ["Festival", "Qualifier", "Words", "festival_day", "lunar_month", "words"]


class Festival(NamedTuple):
    """A festival as the table knows it."""

    name: str  # the key of the festival table
    span: tuple[int, int]  # holiday span as day offsets from the festival day


class Qualifier(NamedTuple):
    """A word after a festival (期间, 前夕, 当天) and the days it means around it."""

    anchor: str  # day, span, start or end: what the offsets are counted from
    first: int
    last: int
    precision: str  # day or approximate


class Words(NamedTuple):
    """The date vocabulary of ``words.json`` as lookup tables."""

    festival_names: dict[str, Festival]  # printed alone
    festival_shorts: dict[str, Festival]  # printed only before a qualifier (中秋期间)
    festival_quoted: dict[str, Festival]  # printed only inside quotes (“五一”)
    qualifiers: dict[str, Qualifier]
    years: dict[str, int]
    months: dict[str, int]
    weeks: dict[str, int]
    weekday_words: tuple[str, ...]
    weekdays: dict[str, int]
    month_parts: dict[str, tuple[int, int]]
    lunar_months: dict[str, int]
    day_words: dict[str, tuple[int, str]]
    future_markers: tuple[str, ...]
    since: tuple[str, ...]
    afternoon: dict[str, tuple[int, int]]
    clock_approximate: tuple[str, ...]


def _load(name: str) -> Any:
    import json  # here, on the first date read: at the top it would add to import jzdaily

    from jzdaily._data import read_text

    return json.loads(read_text("dates", name))


def _table(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if not key.startswith("_")}


@functools.cache
def words() -> Words:
    """The vocabulary, loaded once."""
    data = _load("words.json")
    names: dict[str, Festival] = {}
    shorts: dict[str, Festival] = {}
    quoted: dict[str, Festival] = {}
    for key, row in _table(data["festivals"]).items():
        festival = Festival(key, (row["span"][0], row["span"][1]))
        names |= dict.fromkeys(row["names"], festival)
        shorts |= dict.fromkeys(row["short"], festival)
        quoted |= dict.fromkeys(row["quoted"], festival)
    qualifiers = {k: Qualifier(*row) for k, row in _table(data["festival_qualifiers"]).items()}
    return Words(
        festival_names=names,
        festival_shorts=shorts,
        festival_quoted=quoted,
        qualifiers=qualifiers,
        years=_table(data["years"]),
        months=_table(data["months"]),
        weeks=_table(data["weeks"]),
        weekday_words=tuple(_table(data["weekday_words"])),
        weekdays=_table(data["weekdays"]),
        month_parts={k: (v[0], v[1]) for k, v in _table(data["month_parts"]).items()},
        lunar_months=_table(data["lunar_months"]),
        day_words={k: (v[0], v[1]) for k, v in _table(data["day_words"]).items()},
        future_markers=tuple(data["future_markers"]["words"]),
        since=tuple(data["since"]["words"]),
        afternoon={k: (v[0], v[1]) for k, v in _table(data["afternoon"]).items()},
        clock_approximate=tuple(data["clock_approximate"]["words"]),
    )


@functools.cache
def _festival_table() -> Any:
    return _load("festivals.json")


@functools.cache
def _festival_days() -> dict[str, dict[int, dt.date]]:
    data = _festival_table()
    days: dict[str, dict[int, dt.date]] = {}
    years = range(data["first_year"], data["last_year"] + 1)
    for name, month_day in data["fixed"].items():
        month, day = (int(part) for part in month_day.split("-"))
        days[name] = {year: dt.date(year, month, day) for year in years}
    for name, by_year in data["moving"].items():
        days[name] = {int(year): dt.date.fromisoformat(iso) for year, iso in by_year.items()}
    return days


@functools.cache
def _lunar_months() -> dict[int, tuple[tuple[dt.date, int], ...]]:
    data = _festival_table()["lunar_months"]
    return {
        int(year): tuple((dt.date.fromisoformat(first), days) for first, days in months)
        for year, months in data.items()
    }


def lunar_month(year: int, month: int) -> tuple[dt.date, int] | None:
    """First day and number of days of a (non-leap) lunar month; None outside the table."""
    months = _lunar_months().get(year)
    return None if months is None else months[month - 1]


def festival_day(name: str, year: int) -> dt.date | None:
    """The festival's day in a Gregorian year; None outside the table's years."""
    return _festival_days()[name].get(year)
