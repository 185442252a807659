"""The date regexes: module constants where the words are fixed, the rest built once from
the vocabulary file (``_words.words``). Every part is a named group the readers look up.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from jzdaily._dates._numbers import HOUR, NUM, YEAR
from jzdaily._dates._words import words
from jzdaily._lazy import LazyPattern
from jzdaily._vocab import RELATIVE_DAYS, TIMES_OF_DAY, alternation

__all__ = ["DATE_EXPRESSION", "SENTENCE_END", "TIME_OF_DAY", "Patterns", "patterns"]

# The plain forms that open running text (used by the assembler, not only for event dates).
DATE_EXPRESSION: Final = LazyPattern(
    rf"(?:(?P<year>{YEAR})\s*年\s*)?(?P<month>{NUM})\s*月\s*(?P<day>{NUM})\s*[日号]"
    rf"|(?P<relative>{alternation(RELATIVE_DAYS)})"
)
TIME_OF_DAY: Final = LazyPattern(rf"\s*(?P<time>{alternation(TIMES_OF_DAY)})")
SENTENCE_END: Final = LazyPattern(r"[。！？!?；;]")
_DASH: Final = r"(?:至|到|—+|–|－|-|~|～)"
_WEEKDAY: Final = r"[一二三四五六日天]"
_CLOCK: Final = (
    rf"(?:(?P<hour>{HOUR})\s*[时点](?:\s*(?P<minute>{NUM})\s*分|(?P<half>半))?"
    r"|(?P<hh>\d{1,2})\s*[:：]\s*(?P<mm>\d{2}))"
)


class Patterns(NamedTuple):
    """The compiled patterns the readers use, built from the vocabulary on first use."""

    expression: re.Pattern[str]  # every date form; the form group (m.lastgroup) names its reader
    after: re.Pattern[str]  # what may follow a date: （周二）, 上午, 10时30分许
    clock_start: re.Pattern[str]  # a lead that opens with a clock time and no date
    future: re.Pattern[str]  # 将于 / 定于 right before a phrase
    since: re.Pattern[str]  # 以来 right after a phrase
    lunar: re.Pattern[str]  # 农历 right before a month: not a Gregorian month
    quoted: re.Pattern[str]  # quotations and titles, whose dates name something else


def _year(p: str) -> str:
    """An optional year: printed (2023年, 二〇二三年) or relative (今年); groups named p…."""
    return (
        rf"(?:(?P<{p}year>{YEAR})\s*年\s*|(?P<{p}year_word>{alternation(words().years)})\s*)?"
    )


def _month(p: str) -> str:
    """A month: printed (3月, 三月) or relative (上月); groups named p…."""
    return rf"(?:(?P<{p}month>{NUM})\s*月\s*|(?P<{p}month_word>{alternation(words().months)})\s*)"


_DIGITS: Final = "0123456789"  # ASCII only: a form never starts with another script's digit


def _firsts(*tables: Iterable[str]) -> str:
    """The first characters of the words of `tables`."""
    return "".join({word[0] for table in tables for word in table})


def _char_class(chars: str) -> str:
    """The body of a regex set of `chars`, sorted and escaped, each once."""
    return "".join(sorted(map(re.escape, set(chars))))


def _expression(guarded: bool = True) -> re.Pattern[str]:
    """Every date form in one pattern; ``guarded=False`` leaves out the lookaheads that only
    skip work (the tests check the two match alike)."""
    w = words()
    day_range = (
        rf"(?:\s*{_DASH}\s*(?:(?P<year_end>\d{{4}})\s*年\s*)?(?:(?P<month_end>{NUM})\s*月\s*)?"
        rf"(?P<day_end>{NUM})\s*[日号])?"
    )
    qualifiers = alternation(w.qualifiers)
    festival = (
        rf"(?:[“\"](?P<nick>{alternation(w.festival_quoted)})[”\"]\s*"
        rf"(?:{alternation(w.festival_names)})?"
        rf"|(?P<festival>{alternation(w.festival_names)})"
        rf"|(?P<short>{alternation(w.festival_shorts)})(?=\s*(?:{qualifiers})))"
        rf"(?:\s*(?P<qualifier>{qualifiers}))?"
    )
    day_words = alternation([*RELATIVE_DAYS, *w.day_words])
    weekday_words = alternation(w.weekday_words)
    lunar_day = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|[二三]?十[一二三四五六七八九]?"
    # Each form with the characters it can start with. A form tried at a position costs the
    # regex engine a dozen steps before it fails, and most positions that may start some date
    # start only one or two forms: a lookahead on the form's own first characters drops it in
    # one set test.
    year = _DIGITS + "〇零一二三四五六七八九" + _firsts(w.years)
    month = _DIGITS + "一二三四五六七八九十" + _firsts(w.months)
    forms = (
        (
            rf"(?P<lunar_form>(?:农历\s*)?(?:(?P<lunar_month>{alternation(w.lunar_months)})月"
            rf"(?P<lunar_day>{lunar_day})|大年(?P<new_year_day>初[一二三四五六七八九十]))"
            r"(?![日号\d一二三四五六七八九十]))",
            "农大" + _firsts(w.lunar_months),
        ),
        (
            rf"(?P<day_form>{_year('d_')}{_month('d_')}(?P<day>{NUM})\s*[日号]{day_range})",
            year + month,
        ),
        (
            rf"(?P<part_form>{_year('p_')}{_month('p_')}(?P<part>{alternation(w.month_parts)})"
            r"(?![\d一二三四五六七八九十]))",
            year + month,
        ),
        (
            rf"(?P<festival_form>{_year('f_')}(?:第\s*\d{{1,3}}\s*个\s*)?{festival})",
            year + '第“"' + _firsts(w.festival_names, w.festival_shorts),
        ),
        (
            rf"(?P<month_form>{_year('m_')}(?:(?P<month_first>\d{{1,2}})\s*{_DASH}\s*)?"
            rf"{_month('m_')}份?(?:{_DASH}\s*(?P<month_last>{NUM})\s*月份?)?"
            r"(?![\d一二三四五六七八九十日号]))",
            year + month,
        ),
        (
            rf"(?P<week_form>(?P<week>{alternation(w.weeks)})\s*(?P<week_day>{_WEEKDAY}|末))",
            _firsts(w.weeks),
        ),
        (
            rf"(?P<weekday_form>(?<![每\d一二三四五六七八九十两几数至到—~～-])"
            rf"(?:{weekday_words})(?P<weekday>{_WEEKDAY})"
            rf"(?!\s*{_DASH}\s*(?:{weekday_words})))",
            _firsts(w.weekday_words),
        ),
        (rf"(?P<word_form>{day_words})", _firsts(RELATIVE_DAYS, w.day_words)),
        (
            r"(?P<bare_form>(?<![\d月年第每近前后这连续数约隔号.])(?P<bare_day>\d{1,2})\s*日"
            r"(?:\s*" + _DASH + r"\s*(?P<bare_end>\d{1,2})\s*日)?(?![内游均前后以之里]))",
            _DIGITS,
        ),
    )
    # The leading lookahead skips the positions no form starts at in one set test (twenty
    # times faster on real leads than trying every form everywhere).
    starts = _char_class("".join(firsts for _, firsts in forms))
    if not guarded:
        return re.compile("|".join(form for form, _ in forms))
    tried = [f"(?=[{_char_class(firsts)}]){form}" for form, firsts in forms]
    # The four forms that may open with a year or a month (day, part, festival, month) sit
    # side by side behind one lookahead for what such an opening needs: a numeral run
    # before 年/月, a numeral before a dash (1-3月), a year or month word, or a festival's
    # own opening (第, a quote, the first two characters of a festival's name). At a
    # numeral or a character that opens none of them (100多人, 一个, 中国) the four are
    # dropped at once instead of each trying its year and month (with the guards above, the
    # scan of a lead is over twice as fast).
    # (The numeral run is read loosely, one set for both, 1–4 of any numeral before 年, 月
    # or a dash's first character: a guard may let through more than it guards, and one
    # set test per character is the cheapest.)
    festival_heads = {name[:2] for name in (*w.festival_names, *w.festival_shorts)}
    opening = (
        r"(?=[\d〇零一二三四五六七八九十]{1,4}\s*[年月至到—–－\-~～]"
        rf"|{alternation([*w.years, *w.months, *festival_heads])}|[第“\"])"
    )
    tried[1:5] = [f"{opening}(?:{'|'.join(tried[1:5])})"]
    return re.compile(rf"(?=[{starts}])(?:{'|'.join(tried)})")


@functools.cache
def patterns() -> Patterns:
    """All patterns, compiled once on first use."""
    w = words()
    weekday_words = alternation(w.weekday_words)
    check = (
        rf"(?:[（(]\s*(?P<check>(?:{weekday_words}){_WEEKDAY})\s*[)）]"
        rf"|(?P<check_bare>星期{_WEEKDAY}))"
    )
    clock = rf"{_CLOCK}(?:\s*(?P<approx>{alternation(w.clock_approximate)}))?"
    pod = rf"(?P<pod>{alternation(TIMES_OF_DAY)})"
    nicks = alternation(w.festival_quoted)
    return Patterns(
        expression=_expression(),
        # one whitespace run before each optional part: no two runs side by side to backtrack
        after=re.compile(rf"\s*(?:{check}\s*)?(?:{pod}\s*)?(?:{clock})?"),
        clock_start=re.compile(rf"\s*(?:{pod}\s*)?{clock}"),
        future=re.compile(rf"(?:{alternation(w.future_markers)})\s*$"),
        since=re.compile(rf"\s*(?:{alternation(w.since)})"),
        lunar=re.compile(r"农历\s*$"),
        quoted=re.compile(rf"“(?!(?:{nicks})”)[^“”]*”|《[^《》]*》|\"(?!(?:{nicks})\")[^\"]*\""),
    )
