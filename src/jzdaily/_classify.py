"""Give every line a role with an ordered table of small rules (first match wins).

Each rule lives in the module of its convention, which also reads what the line says
(`_header`, `_datelines`, `_closers`, `_bylines`, `_columns`, `_headlines`); this module
only orders them. Rules see one line and, where the paper's layout needs it, its
neighbours. What a line *means* in context (headline or body) is decided later by the
assembler.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from jzdaily._bylines import byline, titled_byline
from jzdaily._closers import closing_end, closing_start, signature, tail, whole_line_closer
from jzdaily._columns import column
from jzdaily._datelines import lead
from jzdaily._header import page_line, paper, staff
from jzdaily._headlines import single
from jzdaily._tags import CLOSING_ROLES, HEADER_ROLES, Role, Tag
from jzdaily._text import Line

__all__ = ["CLOSING_ROLES", "HEADER_ROLES", "RULES", "Role", "Tag", "classify"]

DECORATION: Final = re.compile(r"^[★☆◆◇■□●○※◎▪▫♦•*#=~_—\-\s]{3,}$")

Rule = Callable[[Sequence[Line], int], "Tag | None"]


def _debris(lines: Sequence[Line], i: int) -> Tag | None:
    """A line of NULs, BOMs or zero-width spaces: no text, but a line the page must own."""
    return Tag(lines[i], Role.GARBAGE) if not lines[i].text else None


def _garbage(lines: Sequence[Line], i: int) -> Tag | None:
    """Doubled characters from bold text (工工业业) and rows of decoration (★★★)."""
    text = lines[i].text
    if len(text) < 3 or (text[0] != text[1] and not DECORATION.match(text)):
        return None
    text = lines[i].compact
    doubled = len(text) >= 4 and len(text) % 2 == 0 and all(
        text[k] == text[k + 1] for k in range(0, len(text), 2)
    )
    return Tag(lines[i], Role.GARBAGE) if doubled or DECORATION.match(text) else None


RULES: Final[tuple[Rule, ...]] = (
    _debris,  # first: every later rule may read the line's first character
    page_line,
    paper,
    staff,
    _garbage,
    lead,
    signature,
    closing_end,
    closing_start,
    whole_line_closer,
    byline,  # before column: a letter-spaced 本 报 记 者 甲 乙 is a byline, not a title
    column,
    titled_byline,
    single,
    tail,
)


def classify(lines: Sequence[Line]) -> list[Tag]:
    """One tag per input line, in order."""
    tags = []
    for i, line in enumerate(lines):
        tag = None
        if line.blank:
            tag = Tag(line, Role.BLANK)
        else:
            for rule in RULES:
                tag = rule(lines, i)
                if tag is not None:
                    break
        tags.append(tag or Tag(line, Role.TEXT))
    return tags
