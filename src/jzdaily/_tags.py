"""A line's role and what its convention read from it, shared by every stage.

The convention modules (`_closers`, `_bylines`, `_datelines`, `_headlines`, `_columns`)
recognise a line and read it once; the tag carries the result to assembly and reading.
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from jzdaily._marks import ends_story
from jzdaily._names import Credits
from jzdaily._text import Line

__all__ = ["CLOSING_ROLES", "HEADER_ROLES", "Credit", "CreditKind", "Role", "Tag"]


class Role(enum.Enum):
    # Roles are tested against sets on every line; Enum's own __hash__ is Python code that
    # hashes the name. Members are singletons compared by identity, so identity hashing
    # agrees with equality and costs one C call.
    __hash__ = object.__hash__

    BLANK = enum.auto()
    PAGE_LINE = enum.auto()  # A08│孟州新闻2023年3月7日 星期二
    PAPER = enum.auto()  # JIAOZUO DAILY
    STAFF = enum.auto()  # ■新闻热线：…│■编辑：…│校对：…
    GARBAGE = enum.auto()  # 工工业业, ★★★: extraction debris and decoration
    LEAD = enum.auto()  # 本报讯…, 本报郑州3月5日电…, ●…, ⬅…
    SIGNATURE = enum.auto()  # □作者
    COLUMN = enum.auto()  # 政 务 简 报
    AUTHORS = enum.auto()  # （甲 乙） on its own line
    CREDIT = enum.auto()  # 甲 摄, （甲 摄）, or 本报记者 甲 / 乙 摄 over two lines
    BYLINE = enum.auto()  # 本报记者 甲, 作者：甲
    SINGLE = enum.auto()  # one Han character: part of a vertical headline, or debris
    TAIL = enum.auto()  # text ending in an author byline or a photo credit
    TEXT = enum.auto()  # body or headline, decided by the assembler


HEADER_ROLES: Final = frozenset({Role.PAGE_LINE, Role.PAPER, Role.STAFF})
CLOSING_ROLES: Final = frozenset({Role.AUTHORS, Role.CREDIT, Role.SIGNATURE, Role.TAIL})


class CreditKind(enum.Enum):
    __hash__ = object.__hash__  # as for Role

    AUTHORS = enum.auto()  # （甲 乙）: the story's writers
    PHOTO = enum.auto()  # 甲 摄, （甲 摄）: photographers
    SIGNATURE = enum.auto()  # □甲: a commentary's writer
    BYLINE = enum.auto()  # 本报记者 甲, 作者：甲: names by role, printed with a headline


@attrs.frozen
class Credit:
    """A closing mark or byline as read once, on the line where it starts."""

    kind: CreditKind
    text: str  # as printed, re-joined where a column break carried it over a line
    credits: Credits  # the names, by the role printed before them

    @property
    def names(self) -> tuple[str, ...]:
        return self.credits.names


@attrs.define(eq=False)
class Tag:
    """A line's role; for a line ending in a byline, the text before it and the byline.

    Not frozen, and compared by identity: a page builds one per input line, and a frozen
    attrs class pays a setattr call per field. No stage changes a tag after the rule that
    made it (`attrs.evolve` makes a new one).
    """

    line: Line
    role: Role
    head: str = ""  # TAIL or LEAD ending in a byline: the text before the byline
    tail: str = ""  # the byline or credit, as printed on this line
    credit: Credit | None = None  # what the closing mark or byline says; None on its 2nd line
    continued: bool = False  # the byline goes on in the next line (a closing tag's text)

    @property
    def body_text(self) -> str:
        """The line's text without its closing byline."""
        return self.head if self.tail else self.line.text

    @property
    def ends_sentence(self) -> bool:
        """The line's body text ends a sentence (the byline after it not counted)."""
        return ends_story(self.head) if self.tail else self.line.ends_sentence

    @property
    def photo(self) -> bool:
        """The closing mark is a photo credit (… 摄)."""
        return self.credit is not None and self.credit.kind is CreditKind.PHOTO
