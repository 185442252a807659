"""Date rules as properties over any issue date from 1983 to 2050 (hypothesis)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from jzdaily._dates import find_event_date
from jzdaily._dates._patterns import _expression

ISSUES = st.dates(dt.date(1983, 1, 1), dt.date(2050, 12, 31))
WEEKDAYS = "一二三四五六日"


@given(ISSUES, st.integers(0, 6))
def test_weeks_run_monday_to_sunday(issue: dt.date, day: int) -> None:
    """本周X lies in the issue's Monday–Sunday week; 上周X is 7 days before, 下周X 7 after."""
    this = find_event_date(f"本周{WEEKDAYS[day]}，某地召开会议。", issue).date
    last = find_event_date(f"上周{WEEKDAYS[day]}，某地召开会议。", issue).date
    following = find_event_date(f"下周{WEEKDAYS[day]}，某地召开会议。", issue).date
    assert this is not None and last is not None and following is not None
    assert this.weekday() == day and this.isocalendar()[:2] == issue.isocalendar()[:2]
    assert (this - last, following - this) == (dt.timedelta(days=7), dt.timedelta(days=7))


@given(ISSUES, st.integers(0, 6))
def test_a_bare_weekday_is_the_last_one_and_with_future_words_the_next(
    issue: dt.date, day: int
) -> None:
    """周X is 0–6 days before the issue date; 将于周X is 0–6 days after; both fall on X."""
    past = find_event_date(f"周{WEEKDAYS[day]}，某地召开会议。", issue).date
    future = find_event_date(f"会议将于周{WEEKDAYS[day]}召开。", issue).date
    assert past is not None and future is not None
    assert past.weekday() == future.weekday() == day
    assert 0 <= (issue - past).days <= 6 and 0 <= (future - issue).days <= 6


@given(ISSUES, st.integers(-150, 150))
def test_a_month_day_within_five_months_is_read_back(issue: dt.date, offset: int) -> None:
    """M月D日 for a day up to 150 days either side of the issue gives that day back."""
    day = issue + dt.timedelta(days=offset)
    got = find_event_date(f"{day.month}月{day.day}日上午，某地召开会议。", issue)
    assert (got.date, got.date_end, got.precision) == (day, day, "day")


@given(ISSUES, st.sampled_from(["上旬", "中旬", "下旬"]))
def test_the_three_parts_of_a_month_tile_it(issue: dt.date, part: str) -> None:
    """上旬, 中旬 and 下旬 of the issue's month are 1–10, 11–20 and 21 to the month's end."""
    got = find_event_date(f"本月{part}，某地开展活动。", issue)
    last = calendar.monthrange(issue.year, issue.month)[1]
    first_day, last_day = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last)}[part]
    assert got.date == issue.replace(day=first_day) and got.date_end == issue.replace(day=last_day)


@given(ISSUES)
def test_last_month_is_the_month_before(issue: dt.date) -> None:
    """上月 is the month before the issue's, across the year's end; 下月 the one after."""
    before = find_event_date("上月，某地开展活动。", issue)
    after = find_event_date("下月，某地将开展活动。", issue)
    assert before.date_end == issue.replace(day=1) - dt.timedelta(days=1)
    assert after.date is not None and after.date - dt.timedelta(days=1) == issue.replace(
        day=calendar.monthrange(issue.year, issue.month)[1]
    )


@given(ISSUES, st.sampled_from(["春节期间", "国庆期间", "中秋节前后", "元旦前夕", "端午节当天"]))
def test_a_festival_is_always_placed_near_the_issue(issue: dt.date, phrase: str) -> None:
    """A festival without a year is the nearest one: lunar years are up to 385 days long, so
    it is never more than about 200 days away, and every issue date gets one."""
    got = find_event_date(f"{phrase}，某地开展活动。", issue)
    assert got.date is not None and got.date_end is not None and got.date <= got.date_end
    assert min(abs((got.date - issue).days), abs((got.date_end - issue).days)) <= 200


_TOKENS = st.sampled_from([
    "上周", "下周", "本周", "周", "星期", "一", "五", "日", "天", "本月", "上月", "下月", "今年", "去年",
    "明年", "3", "12", "29", "31", "十二", "月", "号", "至", "—", "上旬", "底", "初", "春节", "期间",
    "前夕", "“五一”", "国庆", "当天", "昨天", "明天", "近日", "将于", "以来", "农历", "（周二）",
    "下午", "10时", "30分", "许", ":", "15", "，", "。", "某地", "2月", "2024年",
])  # fmt: skip
_EXTREME_ISSUES = st.one_of(
    st.none(), st.dates(), st.dates(dt.date(9999, 12, 1)), st.dates(max_value=dt.date(1, 1, 31))
)


@given(st.lists(_TOKENS, max_size=12).map("".join), _EXTREME_ISSUES)
def test_any_run_of_date_words_reads_without_error(text: str, issue: dt.date | None) -> None:
    """Date words in any order, with any issue date (even 0001-01-01 or 9999-12-31), give a
    reading, never an exception; a span never ends before it starts."""
    got = find_event_date(text, issue)
    if got.date is not None:
        assert got.date_end is not None and got.date <= got.date_end
        assert got.precision is not None
    for code, message in got.problems():
        assert code in ("unresolved-date", "weekday-mismatch") and message


_GUARDED, _BARE = _expression(), _expression(guarded=False)
_STRAYS = st.sampled_from(
    ["100多", "一个", "２０２３年", "1-3月", "二〇二三年", " ", "每周", "第3个", "腊月"]
)


@given(st.lists(st.one_of(_TOKENS, _STRAYS), max_size=10).map("".join))
def test_the_date_pattern_guards_only_skip_work(text: str) -> None:
    """The lookaheads that let the scan drop forms early change no match: at every position
    the guarded pattern matches what the bare alternation of the forms matches (same span,
    same form, same groups), except that no form starts with a non-ASCII digit."""
    for start in range(len(text)):
        bare = _BARE.match(text, start)
        if bare is not None and not text[start].isascii() and text[start].isdigit():
            bare = None
        got = _GUARDED.match(text, start)
        assert (got and (got.span(), got.lastgroup, got.groups())) == (
            bare and (bare.span(), bare.lastgroup, bare.groups())
        )
