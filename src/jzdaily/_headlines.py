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
from jzdaily._lazy import LazyPattern
from jzdaily._patterns import SUBTITLE
from jzdaily._tags import Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import CLAUSE_BREAKS, CLAUSE_MARKS, TERMINAL

__all__ = [
    "MIN_SLACK",
    "OVER_SLACK",
    "column_slack",
    "column_width",
    "compact",
    "ends_piece",
    "fills",
    "headline_like",
    "headline_reach",
    "is_date_line",
    "is_short_subhead",
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
_NARROW = 0.8  # a line this much narrower than the body's column is no body line
_FILL_SLACK = 8  # a line within column/8 characters of the column's width fills it
_HANGING = frozenset("，。、；：？！”’）》…,.;:?!)")  # may hang past a column's edge
OVER_SLACK: Final = 0.5  # a line ending in a character is at most half a digit wider
_MIN_TITLE = 4  # characters of a one-line title with text after it; shorter is a subhead
_INDENT = 2  # a paragraph's first line is indented two characters (the extractor drops them)
MIN_SLACK: Final = 1.5  # … or within one and a half: punctuation hangs, digits are half width
# 一、 （二） 3. 第一，: the numbers of a feature's subheads (小标题), which stay in its body.
SUBHEAD_NUMBER: Final = LazyPattern(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[、，,是])"
)
_SUBHEAD_ENDS = "：:"
# 图①, 图2: the caption of one of several pictures.
PICTURE_NUMBER: Final = re.compile(r"^图\s?[①-⑳\d]")  # 小标题 that introduce what follows
_HEADLINE_ROLES = (Role.TEXT, Role.SINGLE, Role.COLUMN)
# What the last rules of `headline_like` look for at the start of a block's text, in one
# pattern: a date (``opens_with_date``, ``is_date_line``) or a picture's number.
_DATE_OR_PICTURE: Final = LazyPattern(
    f"(?:{DATE_EXPRESSION.pattern})|(?:{PICTURE_NUMBER.pattern})"
)
_TEXT = Role.TEXT  # (an enum member costs a descriptor call to look up, a global does not)


def compact(tags: Sequence[Tag]) -> str:
    """The lines' text joined, every space removed."""
    return "".join([t.line.compact for t in tags])  # (a list joins faster than a generator)


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
    """Short, unpunctuated lines: a headline, a column label, a caption of decoration.

    (Every rule but the first can only say no: they run cheapest first, the patterns last.)
    """
    if len(tags) >= MIN_VERTICAL and is_vertical(tags):
        return True
    if not tags or len(tags) > MAX_HEADLINE_LINES:
        return False
    parts: list[str] = []
    for tag in tags:
        line = tag.line
        if tag.role not in _HEADLINE_ROLES or line.width > _MAX_LINE_CHARS:
            return False
        parts.append(line.compact)
    text = "".join(parts)
    if not 2 <= len(text) <= _MAX_HEADLINE_CHARS or "。" in text or text[-1] in CLAUSE_MARKS:
        return False
    if not CLAUSE_BREAKS.isdisjoint(text) and not _clauses_fit(parts, text):
        return False
    if len(parts) > 1 and any(map(SUBTITLE.match, parts[:-1])):
        return False  # a ——subtitle is a title block's last line
    if _DATE_OR_PICTURE.match(text) is None:
        return True  # (no date or 图 number opens the text: the rules below cannot apply)
    if opens_with_date(text) or PICTURE_NUMBER.match(text):
        return False  # (图① …: a caption of several pictures, never a title)
    return len(parts) > 1 or not is_date_line(tags)  # 2012年7月10日: a letter's date


def _clauses_fit(parts: Sequence[str], text: str) -> bool:
    """The lines hold no more ，or ； than a headline's: one in its main line, or a deck
    of figures under a main line without one, or a ——subtitle carried apart."""
    clauses = [sum(map(part.count, CLAUSE_BREAKS)) for part in parts]  # (counted in C)
    if SUBTITLE.match(parts[0]):  # a ——subtitle line carried apart from its headline
        return sum(clauses) <= _MAX_DECK_CLAUSES
    if clauses[0] > _MAX_HEADLINE_CLAUSES:
        return False
    # a deck of figures (截至6月底，新建基站210座，…) may follow the main line, wrapped or not
    deck = next((k for k, n in enumerate(clauses) if n), len(clauses))
    if deck == 0 or text[-1] in TERMINAL:  # no deck under a main line with a comma
        return sum(clauses) <= _MAX_HEADLINE_CLAUSES
    return sum(clauses[deck:]) <= _MAX_DECK_CLAUSES


def headline_reach(tags: Sequence[Tag]) -> int:
    """How many of the lines, from the first, a block `headline_like` accepts may hold
    (vertical print aside): a longer block breaks a rule one of its lines breaks alone (a
    full stop, a line too wide or of another role, too many characters, a main line with
    more than one clause). A caller trying blocks of a run skips the longer ones unread."""
    if not tags:
        return 0
    first = tags[0].line.compact
    if sum(map(first.count, CLAUSE_BREAKS)) > _MAX_HEADLINE_CLAUSES and not SUBTITLE.match(first):
        return 0
    chars = 0
    for k, tag in enumerate(tags[:MAX_HEADLINE_LINES]):
        line = tag.line
        chars += len(line.compact)
        if tag.role not in _HEADLINE_ROLES or line.width > _MAX_LINE_CHARS or (
            chars > _MAX_HEADLINE_CHARS or "。" in line.compact
        ):
            return k
    return min(len(tags), MAX_HEADLINE_LINES)


def is_date_line(tags: Sequence[Tag]) -> bool:
    """One line that is only a date (``2012年7月10日``): a letter's, under its signature."""
    return len(tags) == 1 and DATE_EXPRESSION.fullmatch(tags[0].line.compact) is not None


def is_subhead(tags: Sequence[Tag]) -> bool:
    """A feature's 小标题: numbered (``一、…``), introducing what follows (``…：``), or a
    rubric in black brackets (``【新闻背景】``)."""
    text, end = tags[0].line.compact, tags[-1].line.compact[-1:]
    return end in _SUBHEAD_ENDS or (text[:1] == "【" and end == "】") or (
        any(map(SUBHEAD_NUMBER.match, [t.line.compact for t in tags]))
    )  # (the patterns last)


def is_short_subhead(tags: Sequence[Tag]) -> bool:
    """创业, 探索: one line too short for a title with text after it, a feature's 小标题."""
    return len(tags) == 1 and tags[0].line.width < _MIN_TITLE


def column_width(tags: Sequence[Tag]) -> float:
    """The width the body is set in: most lines fill it (a paragraph's last line may not)."""
    widths = [t.line.width for t in tags if t.role is _TEXT]
    widths.sort()
    return widths[(len(widths) * 3) // 4] if widths else 0


def column_slack(column: float) -> float:
    """How far a full line of a column may fall short of its width (or punctuation hang
    past it): more in a wide column, where justification spreads more."""
    return max(MIN_SLACK, column / _FILL_SLACK)


def fills(tag: Tag, column: float, *, first: bool = False) -> bool:
    """The line fills the column, as every line of a paragraph but its last does (a
    letter-spaced line is justified to fill it; a paragraph's ``first`` line may be
    indented)."""
    slack = column_slack(column)
    short = column - tag.line.width
    # wider than the column only by punctuation hanging at its end
    over = slack if tag.line.compact[-1:] in _HANGING else OVER_SLACK
    return tag.line.letter_spaced or -over <= short <= slack + (_INDENT if first else 0)


def stands_out(tags: Sequence[Tag], column: float) -> bool:
    """Lines no body line could be: each wider than the column the body is set in (the
    last may be a deck of figures, with commas), or much narrower and without a comma (a
    paragraph's first line fills the column); none letter-spaced (justified to fill it)."""
    if column <= 0:
        return False
    slack = column_slack(column)
    wide, narrow = column + slack, min(_NARROW * column, column - _INDENT - slack)
    last = len(tags) - 1
    for k, tag in enumerate(tags):
        line = tag.line
        if line.width > wide:
            if k != last and not CLAUSE_BREAKS.isdisjoint(line.compact):
                return False
        elif line.width >= narrow or not CLAUSE_BREAKS.isdisjoint(line.compact):
            return False
        if line.letter_spaced:  # (last: computed on first use)
            return False
    return True


def ends_piece(tags: Sequence[Tag], column: float, running: bool) -> bool:
    """A headline-like block set apart inside a piece's text that is a title block.

    Not a subhead (see `is_subhead`). Cues: a ``——`` subtitle or vertical print; else,
    when running text follows the blank, a last line that does not fill the body's
    column (a block cut from running text by a column break fills it).
    """
    if is_subhead(tags):
        return False
    if is_vertical(tags) or any(map(SUBTITLE.match, [t.line.compact for t in tags])):
        return True
    if running and is_short_subhead(tags):
        return False
    return not running or (column > 0 and not fills(tags[-1], column))


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
