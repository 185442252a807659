"""Bylines printed with a headline: ``本报记者 赵 敏``, ``作者：本报特派记者 甲``.

A byline names a feature's staff by role; the assembler gives it to the headline it is
printed with. It is recognised and read here, once, and carried on the line's tag.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from jzdaily._clean import HAN_CHARS, clean_line
from jzdaily._data import word_list
from jzdaily._lazy import LazyPattern
from jzdaily._model import Dateline
from jzdaily._names import ROLE_START, Credits, is_name, parse_credits
from jzdaily._tags import Credit, CreditKind, Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import AUTHOR_ROLES

__all__ = ["BYLINE_LABEL", "byline", "read_byline", "spaced_title", "titled_byline"]

BYLINE_LABEL: Final = re.compile(r"^\s*作\s?者\s*[：:]\s*")
# 县档案馆副馆长 罗一帆: an office and the writer's name, a space between them.
TITLE_THEN_NAME: Final = LazyPattern(
    r"^(?P<title>[\u4e00-\u9fff（）()]{2,20})\s+(?P<names>[^\s].{0,12})$"
)
# 罗一帆（省作协会员）: the name, the standing in brackets after it.
NAME_THEN_TITLE: Final = LazyPattern(
    r"^(?P<names>[\u4e00-\u9fff ]{2,8})\s*[（(](?P<title>[^（）()]{2,16})[）)]$"
)
_MAX_BYLINE = 30  # characters: a longer line is running text
_RUNNING_MARKS: Final = frozenset("，。；！？")  # names are parted by spaces or 、, never these
_MAX_NAME = 4  # characters of a writer's name
# What a letter-spaced titled byline holds with its spaces gone: an office (the title's
# characters) and a name (`is_name`: Han characters, a middle dot). Any other character,
# unless the line ends on a bracketed standing, rules the line out before `spaced_title`
# tries each ending.
_TITLE_AND_NAME: Final = LazyPattern(f"[{HAN_CHARS}（）()·•]+")


@functools.cache
def _title_endings() -> tuple[str, ...]:
    """Office and standing words a titled byline's title ends with (data/byline_titles.txt)."""
    return word_list("byline_titles.txt")


def byline(lines: Sequence[Line], i: int) -> Tag | None:
    """``本报记者 赵 敏`` or ``作者：本报记者 赵敏`` on a line of its own."""
    text = lines[i].text
    compact = lines[i].compact
    if len(text) > _MAX_BYLINE or not (
        ROLE_START.match(compact) or compact.startswith(AUTHOR_ROLES)
    ):
        return None
    if _RUNNING_MARKS.intersection(compact):
        return None  # 记者下基层，走访群众，…: a sentence that opens on a role word
    credits = parse_credits(BYLINE_LABEL.sub("", text))
    return None if credits is None else Tag(lines[i], Role.BYLINE, credit=Credit(
        CreditKind.BYLINE, text, credits
    ))  # fmt: skip


def titled_byline(lines: Sequence[Line], i: int) -> Tag | None:
    """``县档案馆副馆长 罗一帆`` or ``罗一帆（省作协会员）``: an office and a name, no role word."""
    text = lines[i].text
    if len(text) > _MAX_BYLINE or (" " not in text and text[-1] not in "）)"):
        return None
    if lines[i].letter_spaced:  # 县 档 案 馆 副 馆 长 罗 一 帆: the name follows the ending
        compact = lines[i].compact
        if compact[-1] not in "）)" and _TITLE_AND_NAME.fullmatch(compact) is None:
            return None  # (各 项 工 作 ， 2031: no title or name reads so)
        text = spaced_title(compact)
    match = TITLE_THEN_NAME.match(text) or NAME_THEN_TITLE.match(text)
    if match is None or not match.group("title").rstrip("）)").endswith(_title_endings()):
        return None
    credits = parse_credits(match.group("names"))
    if credits is None or len(credits.names) > 2:
        return None
    return Tag(lines[i], Role.BYLINE, credit=Credit(
        CreditKind.BYLINE, text, Credits(others=credits.names)
    ))  # fmt: skip


def spaced_title(text: str) -> str:
    """A letter-spaced titled byline with the one space put back after the title."""
    for ending in _title_endings():
        at = text.rfind(ending)
        rest = text[at + len(ending) :] if at > 0 else ""
        if 2 <= len(rest) <= _MAX_NAME and is_name(rest):
            return text[: at + len(ending)] + " " + rest
    return text


def read_byline(credit: Credit) -> tuple[tuple[str, ...], Dateline | None]:
    """Authors (names with no staff role) and, for staff, the feature's dateline."""
    credits = credit.credits
    if not (credits.reporters or credits.correspondents or credits.interns):
        return credits.others, None
    dateline = Dateline(
        raw=clean_line(credit.text),
        reporters=credits.reporters,
        correspondents=credits.correspondents,
        interns=credits.interns,
    )
    return credits.others, dateline
