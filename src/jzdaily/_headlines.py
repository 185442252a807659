"""Title blocks: kicker, headline, ``——`` subtitle, vertical print one character a line.

On this paper a piece's title block is printed after its body in text order. This module
says whether a run of lines reads as one and reads its parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jzdaily._clean import clean_line, join_lines
from jzdaily._dates import DATE_EXPRESSION, opens_with_date
from jzdaily._patterns import SUBTITLE
from jzdaily._tags import Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import CLAUSE_BREAKS, CLAUSE_MARKS, TERMINAL

__all__ = [
    "compact",
    "ends_piece",
    "headline_like",
    "is_subhead",
    "is_subtitle",
    "is_vertical",
    "read_headline",
    "single",
    "stands_out",
]

MIN_VERTICAL: Final = 3  # single-character lines in a run before it reads as a vertical headline
MAX_HEADLINE_LINES: Final = 4  # kicker, two main lines, subtitle
_MAX_HEADLINE_CHARS = 90  # a main line and a deck of figures together
_MAX_LINE_CHARS = 45
_MAX_HEADLINE_CLAUSES = 1  # ，or ；in the main line: running text has more
_MAX_DECK_CLAUSES = 4  # a deck or subtitle under it may list figures: 截至6月底，…，…
_NARROW = 0.75  # a line this much narrower than the body's column is no body line
_FILL_SLACK = 6  # a line within column/6 (at least 2) characters of the column fills it
# 一、 （二） 3. 第一，: the numbers of a feature's subheads (小标题), which stay in its body.
SUBHEAD_NUMBER: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[、，,是])"
)
_SUBHEAD_ENDS = "：:"  # 小标题 that introduce what follows
_HEADLINE_ROLES = (Role.TEXT, Role.SINGLE, Role.COLUMN)


def compact(tags: Sequence[Tag]) -> str:
    """The lines' text joined, every space removed."""
    return "".join(t.line.compact for t in tags)


def single(lines: Sequence[Line], i: int) -> Tag | None:
    """One character: a vertical headline prints its digits and brackets one a line too."""
    text = lines[i].text
    return Tag(lines[i], Role.SINGLE) if len(text) == 1 and text not in TERMINAL else None


def is_vertical(tags: Sequence[Tag]) -> bool:
    return len(tags) >= MIN_VERTICAL and all(t.role is Role.SINGLE for t in tags)


def is_subtitle(tags: Sequence[Tag]) -> bool:
    """The block opens with a ``——`` line."""
    return bool(tags) and SUBTITLE.match(tags[0].line.compact) is not None


def headline_like(tags: Sequence[Tag]) -> bool:
    """Short, unpunctuated lines: a headline, a column label, a caption of decoration."""
    if is_vertical(tags):
        return True
    if not tags or len(tags) > MAX_HEADLINE_LINES:
        return False
    if any(t.role not in _HEADLINE_ROLES for t in tags):
        return False
    text = compact(tags)
    if not 2 <= len(text) <= _MAX_HEADLINE_CHARS or "。" in text:
        return False
    if text[-1] in CLAUSE_MARKS or opens_with_date(text):
        return False
    if any(t.line.width > _MAX_LINE_CHARS for t in tags):
        return False
    if DATE_EXPRESSION.fullmatch(text):
        return False  # 2012年7月10日: the date under a letter, not a title
    clauses = [sum(c in CLAUSE_BREAKS for c in t.line.compact) for t in tags]
    if clauses[0] > _MAX_HEADLINE_CLAUSES:
        return False
    # a deck of figures (截至6月底，新建基站210座，…) may follow the main line, wrapped or not
    deck = next((k for k, n in enumerate(clauses) if n), len(clauses))
    if deck == 0 or text[-1] in TERMINAL:  # no deck under a main line with a comma
        return sum(clauses) <= _MAX_HEADLINE_CLAUSES
    return sum(clauses[deck:]) <= _MAX_DECK_CLAUSES


def is_subhead(tags: Sequence[Tag]) -> bool:
    """A feature's 小标题: numbered (``一、…``) or introducing what follows (``…：``)."""
    return any(SUBHEAD_NUMBER.match(t.line.compact) for t in tags) or (
        tags[-1].line.compact[-1:] in _SUBHEAD_ENDS
    )


def _column_width(tags: Sequence[Tag]) -> float:
    """The width the body is set in: most lines fill it (a paragraph's last line may not)."""
    widths = sorted(t.line.width for t in tags if t.role is Role.TEXT)
    return widths[(len(widths) * 3) // 4] if widths else 0


def stands_out(tags: Sequence[Tag], body: Sequence[Tag]) -> bool:
    """Lines no body line could be: without a comma, and each much narrower or wider than
    the column the body is set in (a paragraph's first line fills the column)."""
    column = _column_width(body)
    slack = max(2.0, column / _FILL_SLACK)
    return column > 0 and all(
        not t.line.letter_spaced and not any(c in CLAUSE_BREAKS for c in t.line.compact)
        and (t.line.width < _NARROW * column or t.line.width > column + slack)
        for t in tags
    )


def ends_piece(tags: Sequence[Tag], body: Sequence[Tag], byline_after: bool) -> bool:
    """A headline-like block set apart inside a piece's text that is a title block.

    Cues: a ``——`` subtitle, vertical print, a byline printed after it, or a line that
    does not fill the column the body is set in (wider, or shorter: a block of running
    text cut by a column break fills it). A subhead (see `is_subhead`) is no title.
    """
    if is_subhead(tags):
        return False
    if byline_after or is_vertical(tags) or any(is_subtitle([t]) for t in tags):
        return True
    column = _column_width(body)
    slack = max(2.0, column / _FILL_SLACK)
    return column > 0 and any(
        abs(t.line.width - column) > slack and not t.line.letter_spaced for t in tags
    )


def read_headline(tags: Sequence[Tag]) -> tuple[str | None, str | None]:
    """Join headline lines; a ——line is the subtitle; vertical text is one char a line."""
    main: list[str] = []
    subtitle: list[str] = []
    for tag in tags:
        text = clean_line(tag.line.text)
        if subtitle or SUBTITLE.match(text):
            subtitle.append(SUBTITLE.sub("", text))
        else:
            main.append(text)
    return (join_lines(main) or None), (join_lines(subtitle) or None)
