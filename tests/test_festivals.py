"""The shipped festival table against dates typed in from a printed calendar reference."""

from __future__ import annotations

import datetime as dt

import pytest

from jzdaily._dates._words import festival_day, lunar_month

# Dates from a Chinese almanac (万年历), independent of the table's generator.
KNOWN = [
    ("春节", "1983-02-13"), ("春节", "1990-01-27"), ("春节", "2000-02-05"),
    ("春节", "2008-02-07"), ("春节", "2010-02-14"), ("春节", "2015-02-19"),
    ("春节", "2020-01-25"), ("春节", "2023-01-22"), ("春节", "2024-02-10"),
    ("春节", "2025-01-29"), ("春节", "2026-02-17"),
    ("除夕", "2023-01-21"), ("除夕", "2024-02-09"),
    ("元宵节", "2023-02-05"), ("元宵节", "2024-02-24"),
    ("清明节", "2020-04-04"), ("清明节", "2023-04-05"), ("清明节", "2024-04-04"),
    ("端午节", "2020-06-25"), ("端午节", "2023-06-22"), ("端午节", "2024-06-10"),
    ("端午节", "2025-05-31"),
    ("中秋节", "2008-09-14"), ("中秋节", "2015-09-27"), ("中秋节", "2020-10-01"),
    ("中秋节", "2023-09-29"), ("中秋节", "2024-09-17"), ("中秋节", "2025-10-06"),
    ("重阳节", "2023-10-23"), ("重阳节", "2024-10-11"),
    ("元旦", "1983-01-01"), ("劳动节", "2050-05-01"), ("国庆节", "1999-10-01"),
    ("教师节", "1985-09-10"), ("建党节", "2021-07-01"), ("建军节", "2027-08-01"),
    ("植树节", "2023-03-12"), ("妇女节", "2024-03-08"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "iso"), KNOWN)
def test_table_agrees_with_the_calendar(name: str, iso: str) -> None:
    """Each festival falls on the day the almanac gives for that year."""
    day = dt.date.fromisoformat(iso)
    assert festival_day(name, day.year) == day


@pytest.mark.parametrize("year", [1983, 2000, 2050])
def test_table_covers_the_papers_run(year: int) -> None:
    """Every festival has a day in every year from 1983 to 2050."""
    for name, _ in KNOWN:
        day = festival_day(name, year)
        assert day is not None and day.year == year


def test_lunar_festivals_keep_their_order_every_year() -> None:
    """除夕, 春节, 元宵节 (+14 days), 端午节, 中秋节, 重阳节 follow each other in every year."""
    for year in range(1983, 2051):
        days = [festival_day(n, year) for n in ("除夕", "春节", "元宵节", "端午节", "中秋节", "重阳节")]
        assert all(d is not None for d in days)
        assert days == sorted(days)  # type: ignore[type-var]
        eve, spring, lantern = days[:3]
        assert (spring - eve, lantern - spring) == (dt.timedelta(days=1), dt.timedelta(days=14))  # type: ignore[operator]


def test_outside_the_table_there_is_no_day() -> None:
    """A year the table does not hold gives None, never a guess."""
    assert festival_day("春节", 1900) is None
    assert festival_day("元旦", 2200) is None


def test_lunar_months_agree_with_the_festivals() -> None:
    """正月初一 is 春节, 五月初五 端午, 八月十五 中秋, 九月初九 重阳, and 腊月's last day the next 除夕."""
    for year in range(1983, 2051):
        checks = [((1, 1), "春节", year), ((5, 5), "端午节", year), ((8, 15), "中秋节", year),
                  ((9, 9), "重阳节", year)]  # fmt: skip
        for (month, day), name, festival_year in checks:
            found = lunar_month(year, month)
            assert found is not None and found[1] in (29, 30)
            assert found[0] + dt.timedelta(days=day - 1) == festival_day(name, festival_year)
        last = lunar_month(year, 12)
        assert last is not None
        assert last[0] + dt.timedelta(days=last[1] - 1) == festival_day("除夕", year + 1)
