"""Facts printed in the page header: paper, page code, section, date, weekday, staff."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from jzdaily._lazy import LazyPattern
from jzdaily._names import split_names
from jzdaily._patterns import PAGE_CODE, PAGE_DATE
from jzdaily._tags import Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import HOTLINE_KEYS, PAPER_NAMES, STAFF_ROLES

__all__ = ["HeaderFacts", "page_line", "paper", "read_header", "staff"]

PAPER_LATIN: Final = re.compile(r"^[A-Z][A-Z&'.-]*(?: [A-Z&'.-]+){0,4}$")
STAFF_FIELD: Final = LazyPattern(r"(?P<key>[\u4e00-\u9fff]{2,6})\s*[：:]")

WEEKDAY: Final = LazyPattern(r"星期[一二三四五六日天]|周[一二三四五六日天]")
# Never printed in a page line: sentence marks, and 《》 (a body line citing 《某刊》C2版).
_BODY_MARKS: Final = frozenset("。，；！？《")
_FIELD_SEPARATORS: Final = re.compile(r"[│|｜丨■]+")
# The value is stripped in code: a lazy .*? before \s*$ is quadratic in a run of spaces.
_FIELD: Final = LazyPattern(r"^\s*(?P<key>[\u4e00-\u9fff]{2,6})\s*[：:](?P<value>.*)$")


def page_line(lines: Sequence[Line], i: int) -> Tag | None:
    """``A08│孟州新闻2023年3月7日 星期二`` or the odd-page form, date first."""
    text = lines[i].text
    if "年" in text and len(text) <= 48 and PAGE_CODE.search(text) and PAGE_DATE.search(text) and (
        not _BODY_MARKS.intersection(text)  # …《某刊》2019年6月5日C2版: a body line
    ):
        return Tag(lines[i], Role.PAGE_LINE)
    return None


def paper(lines: Sequence[Line], i: int) -> Tag | None:
    """The paper's name line: ``焦作日报`` or a Latin all-caps ``JIAOZUO DAILY``."""
    text = lines[i].text
    latin = "A" <= text[0] <= "Z" and len(text) >= 5 and PAPER_LATIN.match(text)
    if latin or text in PAPER_NAMES:
        return Tag(lines[i], Role.PAPER)
    return None


def staff(lines: Sequence[Line], i: int) -> Tag | None:
    """``■新闻热线：…│■编辑：…│校对：…``: two known staff or hotline keys at least."""
    if "：" not in lines[i].text and ":" not in lines[i].text:
        return None
    keys = {m.group("key").lstrip("■") for m in STAFF_FIELD.finditer(lines[i].text)}
    known = {k for k in keys if k in STAFF_ROLES or k in HOTLINE_KEYS}
    return Tag(lines[i], Role.STAFF) if len(known) >= 2 else None


@attrs.frozen
class HeaderFacts:
    code: str | None = None
    section: str | None = None
    date: dt.date | None = None
    weekday: str | None = None
    paper: str | None = None
    staff: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    hotline: str | None = None
    invalid_date: str | None = None  # a printed issue date that names no real day


def _page_line(text: str) -> dict[str, object]:
    facts: dict[str, object] = {}
    code = PAGE_CODE.search(text)
    if code:
        facts["code"] = "".join(code.group().split())
        text = text[: code.start()] + " " + text[code.end() :]
    date = PAGE_DATE.search(text)
    if date:
        year, month, day = (int(date.group(key)) for key in ("year", "month", "day"))
        try:
            facts["date"] = dt.date(year, month, day)
        except ValueError:  # a misprinted day: no date, and a warning rather than a crash
            facts["invalid_date"] = date.group()
        text = text[: date.start()] + " " + text[date.end() :]
    weekday = WEEKDAY.search(text)
    if weekday:
        facts["weekday"] = weekday.group()
        text = text[: weekday.start()] + " " + text[weekday.end() :]
    section = "".join(_FIELD_SEPARATORS.sub(" ", text).split())
    if section:
        facts["section"] = section
    return facts


def _staff_line(text: str) -> tuple[dict[str, tuple[str, ...]], str | None]:
    staff: dict[str, tuple[str, ...]] = {}
    hotline = None
    for field in _FIELD_SEPARATORS.split(text):
        match = _FIELD.match(field)
        if not match:
            continue
        key, value = match.group("key"), match.group("value").strip()
        if key in HOTLINE_KEYS:
            hotline = value
        elif key in STAFF_ROLES:
            staff[key] = tuple(split_names(value))
    return staff, hotline


def read_header(tags: Sequence[Tag]) -> HeaderFacts:
    """Merge what the page's header lines say; the first of each fact wins."""
    facts: dict[str, object] = {}
    staff: dict[str, tuple[str, ...]] = {}
    for tag in tags:
        if tag.role is Role.PAGE_LINE:
            for key, value in _page_line(tag.line.text).items():
                facts.setdefault(key, value)
        elif tag.role is Role.PAPER:
            facts.setdefault("paper", tag.line.text)
        elif tag.role is Role.STAFF:
            names, hotline = _staff_line(tag.line.text)
            for key, value in names.items():
                staff.setdefault(key, value)
            if hotline:
                facts.setdefault("hotline", hotline)
    return HeaderFacts(staff=staff, **facts)  # type: ignore[arg-type]
