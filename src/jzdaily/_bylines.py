"""Bylines printed with a headline: ``本报记者 赵 敏``, ``作者：本报特派记者 甲``.

A byline names a feature's staff by role; the assembler gives it to the headline it is
printed with. It is recognised and read here, once, and carried on the line's tag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jzdaily._clean import clean_line
from jzdaily._model import Dateline
from jzdaily._names import ROLE_START, parse_credits
from jzdaily._tags import Credit, CreditKind, Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import AUTHOR_ROLES

__all__ = ["BYLINE_LABEL", "byline", "read_byline"]

BYLINE_LABEL: Final = re.compile(r"^\s*作者\s*[：:]\s*")
_MAX_BYLINE = 30  # characters: a longer line is running text


def byline(lines: Sequence[Line], i: int) -> Tag | None:
    """``本报记者 赵 敏`` or ``作者：本报记者 赵敏`` on a line of its own."""
    text = lines[i].text
    if len(text) > _MAX_BYLINE or not (ROLE_START.match(text) or text.startswith(AUTHOR_ROLES)):
        return None
    credits = parse_credits(BYLINE_LABEL.sub("", text))
    return None if credits is None else Tag(lines[i], Role.BYLINE, credit=Credit(
        CreditKind.BYLINE, text, credits
    ))  # fmt: skip


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
