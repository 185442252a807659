"""Facts printed in the page header: paper, page code, section, date, weekday, staff."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from jzdaily._classify import PAGE_CODE, PAGE_DATE, Role, Tag
from jzdaily._names import split_names
from jzdaily._vocab import HOTLINE_KEYS, STAFF_ROLES

__all__ = ["HeaderFacts", "read_header"]

WEEKDAY: Final = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日天]")
_FIELD_SEPARATORS: Final = re.compile(r"[│|｜丨■]+")
# The value is stripped in code: a lazy .*? before \s*$ is quadratic in a run of spaces.
_FIELD: Final = re.compile(r"^\s*(?P<key>[\u4e00-\u9fff]{2,6})\s*[：:](?P<value>.*)$")
_DATE_PARTS: Final = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


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
        year, month, day = map(int, _DATE_PARTS.match(date.group()).groups())  # type: ignore[union-attr]
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
