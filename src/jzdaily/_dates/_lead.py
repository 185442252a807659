"""The event date of a lead: every date form the paper prints, resolved against the issue date.

The readers form an ordered table, one per named form of the pattern; the form a match
holds picks its reader.
The first date of the lead wins, except that an approximate festival phrase (春节前夕) gives
way to a more precise date later in the same sentence (春节前夕，2月1日上午，…).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final, NamedTuple

from jzdaily._dates._calendar import (
    HALF_YEAR,
    Span,
    day_in_week,
    last_weekday,
    month_span,
    nearest,
    next_weekday,
    shift_month,
)
from jzdaily._dates._clock import clock_time
from jzdaily._dates._numbers import parse_cn_number, parse_lunar_day
from jzdaily._dates._patterns import SENTENCE_END, patterns
from jzdaily._dates._words import Festival, Qualifier, festival_day, lunar_month, words
from jzdaily._model import DatePrecision
from jzdaily._vocab import RELATIVE_DAYS

__all__ = ["EventDate", "find_event_date"]

_WEEKDAY_NAMES: Final = "一二三四五六日"


class EventDate(NamedTuple):
    """What the lead says about when: a span of days, how precise it is, a clock time.

    A named tuple rather than an attrs class: one is built for every lead, and a tuple is
    built several times faster."""

    date: dt.date | None = None  # first day of the span
    time_of_day: str | None = None  # 上午, 下午 … as printed
    relative: str | None = None  # the phrase, when read against the issue date (上周五, 近日)
    invalid: str | None = None  # a date-like expression that names no real day
    date_end: dt.date | None = None  # last day of the span (= date for one day)
    precision: DatePrecision | None = None
    time: dt.time | None = None
    time_approximate: bool = False  # 10时许, 8时左右
    unplaced: str | None = None  # why a phrase that needs placing got no date
    weekday_mismatch: str | None = None  # a printed （周二） the date does not fall on

    def problems(self) -> list[tuple[str, str]]:
        """(code, message) of each warning the reading gives."""
        found = []
        if self.invalid and self.date is None:
            found.append(("unresolved-date", f"date {self.invalid!r} names no real day"))
        if self.unplaced:
            found.append(("unresolved-date", self.unplaced))
        if self.weekday_mismatch and self.date:
            actual = "星期" + _WEEKDAY_NAMES[self.date.weekday()]
            found.append((
                "weekday-mismatch",
                f"{self.date.isoformat()} is a {actual}, not {self.weekday_mismatch} as printed",
            ))  # fmt: skip
        return found


class _Found(NamedTuple):  # a tuple, not an attrs class: built once per date read, kept cheap
    span: Span | None
    precision: DatePrecision | None
    relative: str | None = None
    part_of_day: str | None = None  # carried by the word itself: 昨晚
    invalid: str | None = None
    unplaced: str | None = None
    weak: bool = False  # approximate: a more precise date in the same sentence wins


class _Context(NamedTuple):
    text: str  # the lead with quotations and titles blanked out
    issue: dt.date | None
    lunar: bool  # the lead prints 农历 somewhere: only then look for it before a month


class _NeedsIssue(Exception):
    """A relative word (今年, 上月, 上周) with no issue date to count from."""


_Reader = Callable[[re.Match[str], _Context], "_Found | None"]
# The form group of each prefix of the groups of a year and a month.
_FORM_OF: Final = {"d_": "day_form", "p_": "part_form", "m_": "month_form"}


def _future(m: re.Match[str], ctx: _Context) -> bool:
    """将于周三, 定于春节前: the next such day, not the last."""
    return patterns().future.search(ctx.text, max(0, m.start() - 6), m.start()) is not None


def _since(m: re.Match[str], ctx: _Context) -> bool:
    """今年3月以来: a period up to now, not an event date."""
    return patterns().since.match(ctx.text, m.end()) is not None


def _lunar(m: re.Match[str], ctx: _Context) -> bool:
    """农历八月十五: a lunar month, not a Gregorian one."""
    if not ctx.lunar:
        return False
    return patterns().lunar.search(ctx.text, max(0, m.start() - 4), m.start()) is not None


def _year(printed: str | None, word: str | None, issue: dt.date | None) -> int | None:
    """The year printed (2023, 二〇二三) or named (今年); None when there is neither."""
    if printed:
        return parse_cn_number(printed)
    if word is None:
        return None
    if issue is None:
        raise _NeedsIssue
    return issue.year + words().years[word]


def _month(
    printed: str | None, word: str | None, issue: dt.date | None, year: int | None
) -> tuple[int | None, int]:
    """(year, month); 上月 moves the year too (上月 in January is last December)."""
    if word is None:
        assert printed is not None  # the pattern prints a month or names one
        return year, parse_cn_number(printed)
    if issue is None:
        raise _NeedsIssue
    return shift_month(issue, words().months[word])


def _year_month(
    m: re.Match[str], p: str, issue: dt.date | None
) -> tuple[int | None, int, str | None]:
    """(year, month, the form when a word placed it: 去年3月5日) of the groups named p…, read
    in one call to the match."""
    year_text, year_word, month_text, month_word, form = m.group(
        p + "year", p + "year_word", p + "month", p + "month_word", _FORM_OF[p]
    )
    year, month = _month(month_text, month_word, issue, _year(year_text, year_word, issue))
    return year, month, form if year_word or month_word else None


def _years(issue: dt.date) -> tuple[int, ...]:
    return issue.year - 1, issue.year, issue.year + 1


def _range_end(m: re.Match[str], start: dt.date) -> dt.date:
    """5月9日至11日 → 11日; 12月30日至1月2日 → next year; an end before the start is ignored."""
    if not m.group("day_end"):
        return start
    try:
        year = int(m.group("year_end")) if m.group("year_end") else start.year
        month = parse_cn_number(m.group("month_end")) if m.group("month_end") else start.month
        day = parse_cn_number(m.group("day_end"))
        end = dt.date(year, month, day)
        if end < start and not m.group("year_end"):
            year, month = (year + 1, month) if m.group("month_end") else shift_month(start, 1)
            end = dt.date(year, month, day)
    except ValueError:
        return start
    return end if start <= end else start


def _nearest_year(month: int, day: int, issue: dt.date) -> dt.date:
    """The month/day in the year nearest the issue date, within half a year; ValueError when
    there is none (2月29日 far from a leap year). The issue's own year is tried first: the
    usual answer, found without building the other two."""
    candidates = []
    for year in (issue.year, issue.year - 1, issue.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 2月29日 outside leap years, 2月30日 in any year
            continue
        if abs((candidate - issue).days) <= HALF_YEAR // 2:
            return candidate
        candidates.append(candidate)
    span = nearest([(c, c) for c in candidates], issue, within=HALF_YEAR)
    if span is None:  # 2月29日 more than half a year from any leap day
        raise ValueError(f"{month}月{day}日")
    return span[0]


def _read_lunar(m: re.Match[str], ctx: _Context) -> _Found | None:
    """农历八月十五, 正月初八, 腊月二十三, 大年初一: a day of the lunar year nearest the issue."""
    if ctx.issue is None:
        return _Found(None, None)  # like a month/day: the page warns no-issue-date
    month_name = m.group("lunar_month")
    month = words().lunar_months[month_name] if month_name else 1
    day = parse_lunar_day(m.group("lunar_day") or m.group("new_year_day"))
    spans = []
    for year in _years(ctx.issue):
        found = lunar_month(year, month)
        if found is not None and day <= found[1]:
            first = found[0] + dt.timedelta(days=day - 1)
            spans.append((first, first))
    chosen = nearest(spans, ctx.issue, future=_future(m, ctx))
    if chosen is None:
        if all(lunar_month(year, month) is None for year in _years(ctx.issue)):
            phrase = m.group("lunar_form")
            why = f"lunar date {phrase!r} is outside the table"
            return _Found(None, None, phrase, unplaced=why)
        raise ValueError(m.group())  # 三十 of a month that has 29 days
    return _Found(chosen, "day")


def _read_day(m: re.Match[str], ctx: _Context) -> _Found | None:
    """3月4日, 2021年6月5日, 本月3日, 去年12月30日, 5月9日至11日."""
    if ctx.lunar and _lunar(m, ctx):
        return None
    year_text, year_word, month_text, month_word, day_text, day_end = m.group(
        "d_year", "d_year_word", "d_month", "d_month_word", "day", "day_end"
    )
    if year_text is year_word is month_word is None:  # 3月4日, the usual lead's date
        year, month, relative = None, parse_cn_number(month_text), None
    else:
        year, month, relative = _year_month(m, "d_", ctx.issue)
    day = parse_cn_number(day_text)
    if year is not None:
        start = dt.date(year, month, day)
    elif ctx.issue is None:
        dt.date(2000, month, day)  # no issue date to place it: still check the day exists
        return _Found(None, None)
    else:
        start = _nearest_year(month, day, ctx.issue)
    return _Found((start, _range_end(m, start) if day_end else start), "day", relative)


def _read_part(m: re.Match[str], ctx: _Context) -> _Found | None:
    """3月上旬 (1–10), 中旬 (11–20), 下旬/底/末 (21–end), 初 (1–10); 上月底."""
    if _lunar(m, ctx) or _since(m, ctx):
        return None
    first, last = words().month_parts[m.group("part")]
    year, month, relative = _year_month(m, "p_", ctx.issue)
    if year is not None:
        return _Found(month_span(year, month, first, last), "part-of-month", relative)
    if ctx.issue is None:
        month_span(2000, month)  # still check the month exists
        return _Found(None, None)
    spans = [month_span(y, month, first, last) for y in _years(ctx.issue)]
    return _Found(nearest(spans, ctx.issue, future=_future(m, ctx)), "part-of-month", relative)


def _read_month(m: re.Match[str], ctx: _Context) -> _Found | None:
    """2022年9月, 今年2月, 3月, 本月, 3月至5月, 1-3月."""
    printed_year = m.group("m_year") or m.group("m_year_word")
    month_text = m.group("m_month")
    if month_text and not printed_year and not month_text.isdigit():
        return None  # 十月怀胎: a bare Chinese-numeral month is too often a word
    if _lunar(m, ctx) or _since(m, ctx):
        return None
    year, month, relative = _year_month(m, "m_", ctx.issue)
    first_text, last_text = m.group("month_first", "month_last")
    if first_text:  # 1-3月: the printed month is the last one
        month, last = int(first_text), month
    else:
        last = parse_cn_number(last_text) if last_text else month

    def span(y: int) -> Span:
        return month_span(y, month)[0], month_span(y if last >= month else y + 1, last)[1]

    if year is not None:
        return _Found(span(year), "month", relative)
    if ctx.issue is None:
        span(2000)  # still check the months exist
        return _Found(None, None)
    spans = [span(y) for y in _years(ctx.issue)]
    return _Found(nearest(spans, ctx.issue, future=_future(m, ctx)), "month", relative)


def _festival_span(festival: Festival, qualifier: Qualifier | None, year: int) -> Span | None:
    day = festival_day(festival.name, year)
    if day is None:
        return None
    anchor, first, last = (qualifier.anchor, qualifier.first, qualifier.last) if qualifier else (
        "span", 0, 0
    )
    low, high = {
        "day": (0, 0),
        "span": festival.span,
        "start": (festival.span[0], festival.span[0]),
        "end": (festival.span[1], festival.span[1]),
    }[anchor]
    return day + dt.timedelta(days=low + first), day + dt.timedelta(days=high + last)


def _read_festival(m: re.Match[str], ctx: _Context) -> _Found | None:
    """春节期间, 元旦前夕, 2023年中秋节, “五一”假期, 国庆节当天."""
    if _since(m, ctx):
        return None
    w = words()
    festival = (
        w.festival_names.get(m.group("festival") or "")
        or w.festival_shorts.get(m.group("short") or "")
        or w.festival_quoted[m.group("nick")]
    )
    qualifier = w.qualifiers.get(m.group("qualifier") or "")
    phrase = m.group("festival_form")
    year_text, year_word = m.group("f_year", "f_year_word")
    year = _year(year_text, year_word, ctx.issue)
    if year is not None:
        chosen = _festival_span(festival, qualifier, year)
    elif ctx.issue is None:
        return _Found(None, None)  # like a month/day: the page warns no-issue-date
    else:
        spans = [s for y in _years(ctx.issue) if (s := _festival_span(festival, qualifier, y))]
        chosen = nearest(spans, ctx.issue, future=_future(m, ctx))
    relative = phrase if m.group("f_year_word") else None
    if chosen is None:
        return _Found(None, None, phrase, unplaced=f"festival {phrase!r} is outside the table")
    if qualifier:
        precision: DatePrecision = "day" if qualifier.precision == "day" else "approximate"
    else:
        precision = "day" if chosen[0] == chosen[1] else "approximate"
    return _Found(chosen, precision, relative, weak=precision == "approximate")


def _read_week(m: re.Match[str], ctx: _Context) -> _Found | None:
    """本周一, 上周五, 上星期五, 下周二: weeks run Monday to Sunday; 上周末 is its Saturday
    and Sunday, approximately (the event falls on one of them, or on both)."""
    if ctx.issue is None:
        raise _NeedsIssue
    w = words()
    weeks, day_name = w.weeks[m.group("week")], m.group("week_day")
    if day_name == "末":
        weekend = (day_in_week(ctx.issue, weeks, 5), day_in_week(ctx.issue, weeks, 6))
        return _Found(weekend, "approximate", m.group("week_form"))
    day = day_in_week(ctx.issue, weeks, w.weekdays[day_name])
    return _Found((day, day), "day", m.group("week_form"))


def _read_weekday(m: re.Match[str], ctx: _Context) -> _Found | None:
    """A bare 周三: the last one not after the issue date; 将于周三: the next not before.

    Only a weekday that stands as a date counts: after 于/在, or before a comma, a part of
    day or a clock time (周三，… / 周三上午 / 于周三召开), not 星期四见报 (a habit)."""
    if not _stands_as_date(m, ctx):
        return None
    if ctx.issue is None:
        raise _NeedsIssue
    weekday = words().weekdays[m.group("weekday")]
    pick = next_weekday if _future(m, ctx) else last_weekday
    day = pick(ctx.issue, weekday)
    return _Found((day, day), "day", m.group("weekday_form"))


def _stands_as_date(m: re.Match[str], ctx: _Context) -> bool:
    if ctx.text[m.start() - 1 : m.start()] in ("于", "在"):
        return True
    after = patterns().after.match(ctx.text, m.end())
    assert after is not None  # every part is optional
    if after.group("pod") or after.group("hour") or after.group("hh"):
        return True
    return ctx.text[after.end() : after.end() + 1] in ("，", ",", "、")


def _read_word(m: re.Match[str], ctx: _Context) -> _Found | None:
    """昨天, 今日, 前天, 昨晚; 近日 and 日前 name no day."""
    word = m.group("word_form")
    offset, part_of_day = words().day_words.get(word, (RELATIVE_DAYS.get(word), None))
    if offset is None:
        return _Found(None, None, word)  # vague: the date is unknown, and that is no problem
    if ctx.issue is None:
        raise _NeedsIssue
    try:
        day = ctx.issue + dt.timedelta(days=offset)
    except OverflowError:  # 明天 in an issue dated 9999-12-31
        return _Found(None, None, word, unplaced=f"{word!r} falls outside the calendar")
    return _Found((day, day), "day", word, part_of_day)


def _read_bare_day(m: re.Match[str], ctx: _Context) -> _Found | None:
    """9日, 9日—11日: the issue's month or a neighbour, whichever is nearest the issue."""
    if ctx.issue is None:
        return _Found(None, None)
    day = int(m.group("bare_day"))
    spans = []
    for offset in (-1, 0, 1):
        year, month = shift_month(ctx.issue, offset)
        try:
            spans.append((dt.date(year, month, day),) * 2)
        except ValueError:
            continue
    span = nearest(spans, ctx.issue, future=_future(m, ctx))
    if span is None:
        raise ValueError(m.group())
    start = end = span[0]
    if m.group("bare_end"):
        last = int(m.group("bare_end"))
        try:
            end = start.replace(day=last)
            if end < start:
                year, month = shift_month(start, 1)
                end = dt.date(year, month, last)
        except ValueError:
            end = start
    return _Found((start, end), "day")


# Form group → reader, in the pattern's order.
READERS: Final[tuple[tuple[str, _Reader], ...]] = (
    ("lunar_form", _read_lunar),
    ("day_form", _read_day),
    ("part_form", _read_part),
    ("festival_form", _read_festival),
    ("month_form", _read_month),
    ("week_form", _read_week),
    ("weekday_form", _read_weekday),
    ("word_form", _read_word),
    ("bare_form", _read_bare_day),
)


_BY_FORM: Final = dict(READERS)


def _read(m: re.Match[str], ctx: _Context) -> _Found | None:
    name = m.lastgroup  # the form group encloses the others, so it closes last
    assert name is not None
    try:
        return _BY_FORM[name](m, ctx)
    except _NeedsIssue:
        phrase = m.group(name)
        return _Found(None, None, phrase, unplaced=f"{phrase!r} needs the issue date")
    except ValueError:
        return _Found(None, None, invalid=m.group(name))
    except OverflowError:  # 下周五 in an issue dated 9999-12-31
        phrase = m.group(name)
        return _Found(None, None, phrase, unplaced=f"{phrase!r} falls outside the calendar")


_CLAUSE_END: Final = frozenset("，,、；;。")  # the usual next character: nothing to read


def _event(found: _Found, end: int, ctx: _Context, invalid: str | None) -> EventDate:
    """The reading with what follows it: （周二）, the part of day and a clock time."""
    span = found.span
    part_of_day = found.part_of_day
    time = mismatch = None
    approximate = False
    if part_of_day is not None or ctx.text[end : end + 1] not in _CLAUSE_END:
        after = patterns().after.match(ctx.text, end)
        assert after is not None  # every part is optional
        pod, hour, hh, approx, check, check_bare = after.group(
            "pod", "hour", "hh", "approx", "check", "check_bare"
        )
        part_of_day = pod or part_of_day
        if hour is not None or hh is not None:  # (else clock_time finds no time)
            time = clock_time(after, part_of_day)
            approximate = time is not None and approx is not None
        weekday = check or check_bare
        if weekday and span and found.precision == "day":
            printed = words().weekdays[weekday[-1]]
            mismatch = weekday if printed != span[0].weekday() else None
    first, last = span or (None, None)
    return EventDate(  # by position: faster than by keyword for a named tuple
        first, part_of_day, found.relative, invalid, last, found.precision if span else None,
        time, approximate, found.unplaced, mismatch,
    )  # fmt: skip


def _blank(match: re.Match[str]) -> str:
    return "\u2002" * (match.end() - match.start())


_NO_DATE: Final = EventDate()  # the reading of a lead that gives no date (an immutable tuple)


def find_event_date(text: str, issue: dt.date | None) -> EventDate:
    """Read the event date of a lead paragraph (see the module docstring for the choice)."""
    p = patterns()
    # (most leads quote nothing: the pattern need not run over them)
    quotes = "“" in text or "《" in text or '"' in text
    masked = p.quoted.sub(_blank, text) if quotes else text
    ctx = _Context(masked, issue, "农历" in masked)
    invalid = None
    weak: tuple[_Found, int] | None = None
    sentence_end = len(ctx.text)  # where the weak reading's sentence ends
    for m in p.expression.finditer(ctx.text):
        if weak is not None:
            if m.start() >= sentence_end:
                break
            if m.lastgroup == "festival_form":
                continue  # 元旦春节期间: the first festival stands
        found = _read(m, ctx)
        if found is None:
            continue
        if found.invalid:
            invalid = invalid or found.invalid
            continue
        if found.weak:
            weak = (found, m.end())
            stop = SENTENCE_END.search(ctx.text, m.end())
            sentence_end = stop.start() if stop else len(ctx.text)
            continue
        return _event(found, m.end(), ctx, invalid)
    if weak is not None:
        return _event(weak[0], weak[1], ctx, invalid)
    clock = p.clock_start.match(ctx.text)
    if clock is not None and (time := clock_time(clock, clock.group("pod"))) is not None:
        return EventDate(
            time_of_day=clock.group("pod"), invalid=invalid, time=time,
            time_approximate=clock.group("approx") is not None,
        )  # fmt: skip
    return _NO_DATE if invalid is None else EventDate(invalid=invalid)
