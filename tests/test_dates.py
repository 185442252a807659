"""Event dates: first expression of the lead, the nearest year, relative words."""

from __future__ import annotations

import datetime as dt

import pytest

from jzdaily._dates import EventDate, find_event_date, parse_cn_number

ISSUE = dt.date(2023, 3, 7)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        ("3月4日上午，市委召开会议", ISSUE, EventDate(dt.date(2023, 3, 4), "上午")),
        ("为进一步做好工作，3月3日上午，", ISSUE, EventDate(dt.date(2023, 3, 3), "上午")),
        ("12月30日，全市召开会议", dt.date(2024, 1, 2), EventDate(dt.date(2023, 12, 30))),
        ("1月2日，某地召开会议", dt.date(2023, 12, 30), EventDate(dt.date(2024, 1, 2))),
        ("10月19日将召开大会", dt.date(2023, 10, 18), EventDate(dt.date(2023, 10, 19))),
        ("5月9日至11日，全省运动会", dt.date(2023, 5, 12), EventDate(dt.date(2023, 5, 9))),
        ("2021年6月5日，该项目开工", ISSUE, EventDate(dt.date(2021, 6, 5))),
        ("三月四日晚上，某地", ISSUE, EventDate(dt.date(2023, 3, 4), "晚上")),
        ("二〇二二年十二月三十一日，某地", ISSUE, EventDate(dt.date(2022, 12, 31))),
        ("昨天下午，某地", ISSUE, EventDate(dt.date(2023, 3, 6), "下午", "昨天")),
        ("今日，某地", ISSUE, EventDate(dt.date(2023, 3, 7), None, "今日")),
        ("前天，某地", ISSUE, EventDate(dt.date(2023, 3, 5), None, "前天")),
        ("近日，某地", ISSUE, EventDate(None, None, "近日")),
        ("为弘扬精神，日前，某校", ISSUE, EventDate(None, None, "日前")),
        ("以“3月5日学雷锋日”为契机，3月6日，", ISSUE, EventDate(dt.date(2023, 3, 6))),
        ("学习《2022年3月1日通知》，3月2日，", ISSUE, EventDate(dt.date(2023, 3, 2))),
        ("对2022年度先进单位进行表彰", ISSUE, EventDate()),
        ("3 月 2 日下午，", ISSUE, EventDate(dt.date(2023, 3, 2), "下午")),
        ("3月2日，某地", None, EventDate()),
    ],
)
def test_find_event_date(text: str, issue: dt.date | None, expected: EventDate) -> None:
    """The first date outside quotes and titles, in the year nearest the issue."""
    assert find_event_date(text, issue) == expected


def test_impossible_date_is_skipped_and_reported() -> None:
    """13月45日 names no day: the next expression is used and the bad one kept."""
    got = find_event_date("13月45日，3月2日上午，", ISSUE)
    assert (got.date, got.invalid) == (dt.date(2023, 3, 2), "13月45日")


@pytest.mark.parametrize(
    ("text", "value"), [("12", 12), ("十", 10), ("十二", 12), ("二十一", 21), ("三十", 30), ("二〇二三", 2023)]
)
def test_parse_cn_number(text: str, value: int) -> None:
    """Chinese numerals as printed in dates."""
    assert parse_cn_number(text) == value
