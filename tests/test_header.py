"""Page header facts."""

from __future__ import annotations

import datetime as dt

from jzdaily._classify import classify
from jzdaily._header import HeaderFacts, read_header
from jzdaily._text import split_lines


def test_even_page_header() -> None:
    """Code first: code, section, date, weekday, staff and hotline are read."""
    text = "JIAOZUO DAILY\nB04│修武新闻2022年12月31日 星期六\n\n■新闻热线：7654321│■编辑：甲乙、丙丁│校对：戊己│组版：庚辛"
    facts = read_header(classify(split_lines(text)))
    assert facts == HeaderFacts(
        code="B04", section="修武新闻", date=dt.date(2022, 12, 31), weekday="星期六",
        paper="JIAOZUO DAILY", staff={"编辑": ("甲乙", "丙丁"), "校对": ("戊己",), "组版": ("庚辛",)},
        hotline="7654321",
    )  # fmt: skip


def test_odd_page_header() -> None:
    """Date first, code last."""
    facts = read_header(classify(split_lines("2022年1月3日 星期一 博爱新闻│A05")))
    assert (facts.code, facts.section, facts.date, facts.weekday) == (
        "A05", "博爱新闻", dt.date(2022, 1, 3), "星期一"
    )  # fmt: skip


def test_impossible_printed_date_is_left_out() -> None:
    """A header date that names no day gives no date rather than an error."""
    facts = read_header(classify(split_lines("A01│要闻2023年2月30日 星期四")))
    assert facts.date is None and facts.code == "A01"
