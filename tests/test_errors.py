"""Exceptions and strict mode (issue 4, items 2 and 3): each error type and its message."""

from __future__ import annotations

import codecs
import datetime as dt
from typing import Any

import pytest

import jzdaily
from jzdaily import DecodeError, JzdailyError, ParseError, parse_page, parse_pages

CLEAN_PAGE = (
    "JIAOZUO DAILY\nA08│孟州新闻2023年3月7日 星期二\n\n"
    "本报讯 3月6日，某地召开会议。\n\n某地召开会议\n"
)
HEADERLESS = "本报讯 3月6日，某地召开会议。\n\n某地召开会议\n"
PARSERS = [parse_pages, parse_page]
# A signed article with its headline: whatever follows it has no piece to join.
_SIGNED = "A08│孟州新闻2023年3月7日 星期二\n\n本报讯 某地召开会议。（张三 李四）\n\n开会\n\n"


def test_exceptions_are_exported_from_one_module() -> None:
    """All public exceptions live in jzdaily._errors and are exported at the top."""
    for cls in (JzdailyError, DecodeError, ParseError):
        assert cls.__module__ == "jzdaily._errors"
        assert getattr(jzdaily, cls.__name__) is cls
    assert issubclass(DecodeError, JzdailyError) and issubclass(DecodeError, ValueError)
    assert issubclass(ParseError, JzdailyError) and issubclass(ParseError, ValueError)


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize(
    ("value", "type_name"),
    [(None, "NoneType"), (42, "int"), (["本报讯"], "list"), (3.5, "float"), (object(), "object")],
)
def test_wrong_input_type_is_a_type_error(parse: Any, value: object, type_name: str) -> None:
    """Anything but str or bytes-like: TypeError naming the type given."""
    with pytest.raises(TypeError, match=rf"expected str or bytes, got {type_name}$"):
        parse(value)


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize(
    ("value", "type_name"), [("2023-03-07", "str"), (20230307, "int"), (1.0, "float")]
)
def test_wrong_issue_date_type_is_a_type_error(parse: Any, value: object, type_name: str) -> None:
    """issue_date must be a date (or datetime, or None); the type is checked before parsing."""
    with pytest.raises(TypeError, match=rf"issue_date must be a datetime.date or None, got {type_name}"):
        parse(CLEAN_PAGE, issue_date=value)


def test_issue_date_accepts_date_and_datetime() -> None:
    """A datetime counts as its date."""
    got = parse_page(HEADERLESS, issue_date=dt.datetime(2023, 3, 7, 12, 30))
    assert got.date == dt.date(2023, 3, 7) and got.date_inferred


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize(
    ("data", "offset"),
    [
        (b"abc\xff", 3),
        (b"\xff", 0),
        (codecs.BOM_UTF8 + b"abc\xff", 6),  # offsets count the BOM
        ("本报讯".encode() + b"\xff", 9),
        ("本报讯".encode() * 1000 + b"\xff\xfe", 9000),
    ],
)
def test_undecodable_bytes_are_a_decode_error(parse: Any, data: bytes, offset: int) -> None:
    """Bytes in neither encoding: DecodeError naming the encodings and the first bad byte."""
    with pytest.raises(DecodeError) as caught:
        parse(data)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.encodings == ("utf-8-sig", "gb18030")
    assert error.offset == offset
    assert str(error) == (
        f"input is not text in any of utf-8-sig, gb18030: first undecodable byte at offset {offset}"
    )


@pytest.mark.parametrize("data", [bytearray(b"abc\xff"), memoryview(b"abc\xff")])
def test_bytes_like_inputs_decode_the_same(data: bytearray | memoryview) -> None:
    """bytearray and memoryview are read like bytes."""
    with pytest.raises(DecodeError, match="offset 3"):
        parse_pages(data)


def test_gb18030_bytes_are_text() -> None:
    """A GBK/GB18030 file decodes when UTF-8 fails."""
    assert parse_pages(CLEAN_PAGE.encode("gb18030")) == parse_pages(CLEAN_PAGE)


@pytest.mark.parametrize("parse", PARSERS)
def test_strict_mode_without_warnings_returns(parse: Any) -> None:
    """A clean page passes strict mode untouched."""
    assert parse(CLEAN_PAGE, strict=True) == parse(CLEAN_PAGE)


def test_strict_page_raises_parse_error_with_the_warnings() -> None:
    """strict=True raises ParseError carrying exactly the warnings the page would have."""
    lenient = parse_page(HEADERLESS)
    assert [w.code for w in lenient.warnings] == ["no-issue-date", "header-missing"]
    with pytest.raises(ParseError) as caught:
        parse_page(HEADERLESS, strict=True)
    error = caught.value
    assert error.warnings == lenient.warnings
    assert error.page_index == 0
    assert str(error) == (
        "page 0: 2 problem(s); first is no-issue-date: the issue date is unknown"
    )


def test_strict_pages_raise_for_the_first_page_with_warnings() -> None:
    """parse_pages(strict=True) names the first page that has warnings."""
    text = CLEAN_PAGE + "\f" + "本报讯 某地召开会议。\n"
    pages = parse_pages(text)
    assert not pages[0].warnings and pages[1].warnings
    with pytest.raises(ParseError) as caught:
        parse_pages(text, strict=True)
    assert caught.value.page_index == 1
    assert caught.value.warnings == pages[1].warnings


@pytest.mark.parametrize(
    ("text", "code", "lines"),
    [
        ("A08│孟州新闻2023年3月7日 星期二\n\n本报讯 某地召开会议。\n", "no-headline", (3,)),
        ("A08│孟州新闻2023年3月7日 星期二\n\n本报讯 13月45日，某地召开会议。\n\n开会\n",
         "unresolved-date", (3,)),
        ("A08│孟州新闻2023年3月7日 星期二\n\n本报讯 3月7日（周三），某地召开会议。\n\n开会\n",
         "weekday-mismatch", (3,)),
        (HEADERLESS, "header-missing", (1,)),
        ("A08│孟州新闻2023年3月7日 星期二\nA09│孟州新闻2023年3月7日 星期二\n\n本报讯 某地召开会议。\n",
         "several-headers", (1, 2)),
        (_SIGNED + "（王五 赵六）\n", "orphan-text", (7,)),  # a second, stray byline
        (_SIGNED + "甲乙 摄\n", "orphan-text", (7,)),  # a credit after the headline
        (_SIGNED + "一行没有文章的长标题文字\n", "orphan-text", (7,)),  # a headline without piece
        (_SIGNED + "孤\n立\n的\n竖\n排\n", "orphan-text", (7,)),  # a vertical one
        ("本报讯 某地召开会议。\n\n开会\n", "no-issue-date", ()),
        ("A08│孟州新闻2023年3月7日 星期二\n\n●\n", "empty-body", (3,)),
    ],
)  # fmt: skip
def test_each_warning_code(text: str, code: str, lines: tuple[int, ...]) -> None:
    """Every documented code is emitted where it applies, with a message and its lines."""
    page = parse_page(text)
    found = [w for w in page.warnings if w.code == code]
    assert found, page.warnings
    assert found[0].message
    assert found[0].source_lines == lines
    with pytest.raises(ParseError) as caught:
        parse_page(text, strict=True)
    assert found[0] in caught.value.warnings


def test_short_labels_and_decoration_do_not_warn() -> None:
    """微信公众号 and ★★★ are furniture by design: no orphan-text for them."""
    text = "A08│孟州新闻2023年3月7日 星期二\n\n微信公众号\n\n★★★\n\n本报讯 某地召开会议。\n\n开会\n"
    page = parse_page(text)
    assert [f.text for f in page.fragments if f.kind.value == "furniture"] == ["微信公众号", "★★★"]
    assert not [w for w in page.warnings if w.code == "orphan-text"]
