"""Title blocks: kicker, headline, ``——`` subtitle, vertical print one character a line.

On this paper a piece's title block is printed after its body in text order. This module
says whether a run of lines reads as one and reads its parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from jzdaily._clean import clean_line, join_lines
from jzdaily._dates import opens_with_date
from jzdaily._patterns import SUBTITLE
from jzdaily._tags import Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import CLAUSE_BREAKS, CLAUSE_MARKS, TERMINAL

__all__ = ["compact", "headline_like", "is_subtitle", "is_vertical", "read_headline", "single"]

MIN_VERTICAL: Final = 3  # single-character lines in a run before it reads as a vertical headline
MAX_HEADLINE_LINES: Final = 4  # kicker, two main lines, subtitle
_MAX_HEADLINE_CHARS = 60
_MAX_HEADLINE_CLAUSES = 1  # ，or ；: running text has more
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
    return sum(c in CLAUSE_BREAKS for c in text) <= _MAX_HEADLINE_CLAUSES


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
