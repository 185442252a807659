"""Numerals as printed in dates and clock times: Arabic digits or Chinese numerals."""

from __future__ import annotations

from typing import Final

__all__ = ["HOUR", "NUM", "YEAR", "parse_cn_number", "parse_lunar_day"]

_CN_DIGITS: Final = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
NUM: Final = r"\d{1,2}|[一二三四五六七八九十]{1,3}"  # a month, day or minute
HOUR: Final = r"\d{1,2}|[零一二两三四五六七八九十]{1,3}"  # 两点 is two o'clock
YEAR: Final = r"\d{4}|[〇零一二三四五六七八九]{4}"


def parse_cn_number(text: str) -> int:
    """'12' → 12, '十二' → 12, '二十一' → 21, '二〇二三' → 2023; ValueError for '十十'."""
    if text.isdigit():
        return int(text)
    try:
        if "十" not in text:
            return int("".join(str(_CN_DIGITS[c]) for c in text))
        tens, _, units = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    except (KeyError, ValueError):  # 十十, 二三十: the pattern admits runs that are no numeral
        raise ValueError(f"not a Chinese numeral: {text!r}") from None


def parse_lunar_day(text: str) -> int:
    """A lunar day as printed: '初八' → 8, '初十' → 10, '十五' → 15, '廿三' → 23, '二十' → 20."""
    if text.startswith("初"):
        return parse_cn_number(text[1:])
    if text.startswith("廿"):
        return 20 + parse_cn_number(text[1:])
    return parse_cn_number(text)
