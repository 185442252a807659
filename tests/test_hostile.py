"""Hostile input (issue 4, item 1): every input gives pages, and every line is owned.

Each test parses one kind of input a scraper meets in the wild with both entry points and
checks that a result comes back and that the line-ownership rule holds.
"""

from __future__ import annotations

import codecs
import datetime as dt
import random

import pytest

from jzdaily import Page, parse_page, parse_pages
from tests._ownership import assert_owned
from tests.conftest import SAMPLE

_SAMPLE = SAMPLE.read_text(encoding="utf-8")
_ISSUE = dt.date(2023, 3, 7)


def _parse_both(data: str | bytes, **kwargs: object) -> tuple[tuple[Page, ...], Page]:
    """parse_pages and parse_page on the same input; ownership checked for both."""
    pages = parse_pages(data, **kwargs)  # type: ignore[arg-type]
    page = parse_page(data, **kwargs)  # type: ignore[arg-type]
    text = data if isinstance(data, str) else data.decode("utf-8-sig")
    assert pages and isinstance(page, Page)
    assert_owned(text, pages)
    assert_owned(text, [page])
    return pages, page


def _all_text(pages: tuple[Page, ...] | list[Page]) -> str:
    parts = []
    for page in pages:
        for article in page.articles:
            parts += [article.headline or "", article.subtitle or "", article.body]
        parts += [fragment.text for fragment in page.fragments]
    return "\n".join(parts)


def test_random_unicode() -> None:
    """Any code point, lone surrogates and control characters included, with newlines."""
    rng = random.Random(4)
    chars = [chr(rng.randrange(0x110000)) if rng.random() < 0.9 else rng.choice("\n\r\f ")
             for _ in range(200_000)]  # fmt: skip
    _parse_both("".join(chars))


def test_random_han_and_punctuation() -> None:
    """Random runs of the paper's own alphabet: Han, full-width marks, markers, digits."""
    rng = random.Random(5)
    alphabet = "本报讯记者通讯员摄□●⬅（）()“”《》。，、：；！？月日年1234567890 甲乙丙丁张三李四"
    text = "".join(rng.choice(alphabet + "\n" * 8) for _ in range(100_000))
    _parse_both(text, issue_date=_ISSUE)


@pytest.mark.parametrize("text", ["本报讯（记者", "本报讯（记者\n", "（", "本报讯（记者 张三 通讯员"])
def test_lone_lead_without_closing_bracket(text: str) -> None:
    """A dateline cut before its closing bracket is an article, not a crash."""
    _, page = _parse_both(text)
    assert len(page.articles) == 1 or page.fragments


def test_lone_lead_inside_the_sample() -> None:
    """The same cut lead dropped into a real page leaves the rest of the page parsed."""
    lines = _SAMPLE.split("\n")
    lines.insert(600, "本报讯（记者")
    text = "\n".join(lines)
    pages, _ = _parse_both(text)
    assert sum(len(p.articles) for p in pages) >= 30


def test_bullet_repeated_on_one_line() -> None:
    """●×100,000 on one line: one brief marker, the rest is its text."""
    _parse_both("●" * 100_000)


def test_bullet_repeated_on_its_own_lines() -> None:
    """●×100,000, one per line: a hundred thousand empty briefs, in linear time."""
    text = "\n".join(["●"] * 100_000)
    pages = parse_pages(text)
    assert_owned(text, pages)


@pytest.mark.parametrize("issue", [_ISSUE, None])
def test_impossible_date_warns(issue: dt.date | None) -> None:
    """13月45日 names no day: the article keeps no date and says why."""
    text = "本报讯（记者 张三）13月45日，某地召开会议。\n\n某地召开会议\n"
    _, page = _parse_both(text, issue_date=issue)
    assert page.articles[0].date is None
    codes = {w.code: w for w in page.warnings}
    assert "13月45日" in codes["unresolved-date"].message
    assert codes["unresolved-date"].source_lines == (1,)


def test_impossible_printed_issue_date_warns() -> None:
    """A page header dated 2023年13月45日 gives no date and an unresolved-date warning."""
    text = "A08│孟州新闻2023年13月45日 星期二\n\n本报讯 某地召开会议。\n\n会议召开\n"
    _, page = _parse_both(text)
    assert page.date is None
    warning = next(w for w in page.warnings if w.code == "unresolved-date")
    assert warning.source_lines == (1,)


def test_megabyte_single_line() -> None:
    """A 1 MB dump without a newline is one line, owned once."""
    text = "焦作日报本报讯，某地召开会议。" * 23_000
    assert len(text.encode("utf-8")) > 1_000_000
    pages, page = _parse_both(text)
    assert len(pages) == 1
    assert len(page.articles) == 1


def test_hundred_thousand_blank_lines() -> None:
    """Nothing but blank lines: no articles, no fragments, no crash."""
    for text in ("\n" * 100_000, " \t\u3000\n" * 100_000, "\r\n" * 50_000 + "\r" * 50_000):
        pages, page = _parse_both(text)
        assert not page.articles and not page.fragments
        assert all(not p.articles and not p.fragments for p in pages)


def test_blank_lines_around_the_sample() -> None:
    """The sample after 100,000 blank lines parses as it does alone, later in the file."""
    text = "\n" * 100_000 + _SAMPLE
    pages, _ = _parse_both(text)
    assert sum(len(p.articles) for p in pages) == 30


def test_nul_bytes() -> None:
    """NULs inside lines vanish; lines of NULs alone are owned as debris fragments."""
    lines = _SAMPLE.split("\n")
    for k in range(0, len(lines), 7):
        lines[k] = lines[k][:3] + "\x00" + lines[k][3:]
    lines.insert(10, "\x00\x00\x00")
    text = "\n".join(lines)
    pages, page = _parse_both(text)
    assert sum(len(p.articles) for p in pages) == 30
    assert "\x00" not in _all_text(pages) + _all_text([page])
    raw = ("\x00" * 1000).encode("utf-8")
    assert_owned("\x00" * 1000, parse_pages(raw))


def test_bom_mid_text() -> None:
    """BOMs inside lines are invisible; a BOM alone on a line is owned debris."""
    lines = _SAMPLE.split("\n")
    for k in range(0, len(lines), 5):
        lines[k] = lines[k][:2] + "\ufeff" + lines[k][2:]
    lines.insert(300, "\ufeff")
    text = "\ufeff" + "\n".join(lines)
    pages, _ = _parse_both(text)
    clean = parse_pages(_SAMPLE)
    assert [a.headline for p in pages for a in p.articles] == [
        a.headline for p in clean for a in p.articles
    ]
    assert "\ufeff" not in _all_text(pages)


def test_encodings_of_the_same_page() -> None:
    """UTF-8, UTF-8 with BOM and GB18030 bytes give the pages the text gives."""
    expected = parse_pages(_SAMPLE)
    for data in (
        _SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + _SAMPLE.encode("utf-8"),
        _SAMPLE.encode("gb18030"),
        bytearray(_SAMPLE.encode("gb18030")),
    ):
        assert parse_pages(data) == expected


def test_shuffled_lines() -> None:
    """The sample's lines in random order: nothing lost, nothing twice."""
    rng = random.Random(7)
    for _ in range(5):
        lines = _SAMPLE.split("\n")
        rng.shuffle(lines)
        _parse_both("\n".join(lines), issue_date=_ISSUE)


def test_cut_lines() -> None:
    """Every line cut at a random point, and the page truncated mid-line."""
    rng = random.Random(8)
    lines = [line[: rng.randrange(len(line) + 1)] for line in _SAMPLE.split("\n")]
    _parse_both("\n".join(lines))
    for end in (1, 100, 5_000, 20_001):
        _parse_both(_SAMPLE[:end])


@pytest.mark.parametrize(
    "text", ["", " ", "\f", "\f" * 1000, "\x0c\n\x0c\n", "\u2028\u2029\x85", "摄", "□", "⬅", "（）"]
)
def test_tiny_inputs(text: str) -> None:
    """Empty and one-character inputs, form feeds and Unicode line separators."""
    _parse_both(text)
    _parse_both(text.encode("utf-8"))
