"""A line's role and what its convention read from it, shared by every stage.

The convention modules (`_closers`, `_bylines`, `_datelines`, `_headlines`, `_columns`)
recognise a line and read it once; the tag carries the result to assembly and reading.
"""

from __future__ import annotations

import enum
from typing import Final, NamedTuple

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


class Credit(NamedTuple):
    """A closing mark or byline as read once, on the line where it starts."""

    kind: CreditKind
    text: str  # as printed, re-joined where a column break carried it over a line
    credits: Credits  # the names, by the role printed before them

    @property
    def names(self) -> tuple[str, ...]:
        return self.credits.names


class Tag:
    """A line's role; for a line ending in a byline, the text before it and the byline.

    A plain slotted class, not an attrs one: a page builds one per input line and the
    stages read its fields many times; this is the quickest to build and to read (and
    costs nothing at import). Compared by identity; no stage changes a tag after the rule
    that made it (`replace` makes a changed copy).
    """

    __slots__ = ("continued", "credit", "head", "line", "role", "tail")

    line: Line
    role: Role
    head: str  # TAIL or LEAD ending in a byline: the text before the byline
    tail: str  # the byline or credit, as printed on this line
    credit: Credit | None  # what the closing mark or byline says; None on its 2nd line
    continued: bool  # the byline goes on in the next line (a closing tag's text)

    def __init__(
        self,
        line: Line,
        role: Role,
        head: str = "",
        tail: str = "",
        credit: Credit | None = None,
        continued: bool = False,
    ) -> None:
        self.line = line
        self.role = role
        self.head = head
        self.tail = tail
        self.credit = credit
        self.continued = continued

    def replace(
        self, *, role: Role | None = None, tail: str | None = None, continued: bool | None = None
    ) -> Tag:
        """A copy with the given fields changed."""
        return Tag(
            self.line,
            self.role if role is None else role,
            self.head,
            self.tail if tail is None else tail,
            self.credit,
            self.continued if continued is None else continued,
        )

    def __repr__(self) -> str:
        return f"Tag({self.line!r}, {self.role}, head={self.head!r}, tail={self.tail!r})"

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
