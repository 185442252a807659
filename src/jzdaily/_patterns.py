"""Patterns more than one convention reads, each in one place with named groups.

No two ``\\s*`` side by side (through an optional or empty group): they would backtrack
quadratically on a run of spaces.
"""

from __future__ import annotations

from typing import Final

from jzdaily._lazy import LazyPattern
from jzdaily._vocab import SOURCES, alternation

__all__ = ["DATELINE", "PAGE_CODE", "PAGE_DATE", "SUBTITLE"]

# A08, B 2: the page code of a printed page line.
PAGE_CODE: Final = LazyPattern(r"(?<![A-Za-z0-9])[A-Z]\s?\d{1,2}(?![0-9])")
# 2023年3月7日: the issue date of a printed page line.
PAGE_DATE: Final = LazyPattern(
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
)
# 本报讯（记者甲） or a dispatch 本报郑州3月5日电（…）: the date of a dispatch is required,
# so that a body line such as 本报记者从供电公司获悉 is no lead.
DATELINE: Final = LazyPattern(
    rf"^(?P<source>(?P<agency>{alternation(SOURCES)})\s*(?:讯|(?:(?P<place>[\u4e00-\u9fff]{{1,8}}?)\s*)?"
    r"(?P<date>\d{1,2}\s*月\s*\d{1,2}\s*日)\s*电))\s*(?:[（(](?P<staff>[^（）()]{1,40})[）)])?\s*"
)
# ——某县重点项目建设一线见闻: the dash that opens a subtitle line.
SUBTITLE: Final = LazyPattern(r"^\s*(?P<dash>——|—|--)\s*")
