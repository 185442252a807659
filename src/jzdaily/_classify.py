"""Give every line a role with an ordered table of small rules (first match wins).

Rules see one line and, where the paper's layout needs it, its neighbours. What a line
*means* in context (headline or body) is decided later by the assembler.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from jzdaily._clean import ends_sentence, is_han
from jzdaily._names import parse_credits
from jzdaily._text import Line
from jzdaily._vocab import (
    ALL_ROLES,
    AUTHOR_ROLES,
    BRIEF_MARKERS,
    HOTLINE_KEYS,
    PAPER_NAMES,
    PHOTO_ARROWS,
    SIGNATURE_MARKERS,
    SOURCES,
    STAFF_ROLES,
    TERMINAL,
    alternation,
)

__all__ = ["Role", "Tag", "classify"]


class Role(enum.Enum):
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


@attrs.frozen
class Tag:
    """A line's role; for a line ending in a byline, the text before it and the byline."""

    line: Line
    role: Role
    head: str = ""  # TAIL or LEAD ending in a byline: the text before the byline
    tail: str = ""  # the byline or credit, as printed
    credit: bool = False  # the byline is a photo credit (… 摄)
    continued: bool = False  # the byline goes on in the next line (a closing tag's text)

    @property
    def body_text(self) -> str:
        """The line's text without its closing byline."""
        return self.head if self.tail else self.line.text


_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
PAGE_CODE: Final = re.compile(r"(?<![A-Za-z0-9])[A-Z]\s?\d{1,2}(?![0-9])")
PAGE_DATE: Final = re.compile(_DATE)
PAPER_LATIN: Final = re.compile(r"^[A-Z][A-Z&'.-]*(?: [A-Z&'.-]+){0,4}$")
STAFF_FIELD: Final = re.compile(r"(?P<key>[\u4e00-\u9fff]{2,6})\s*[：:]")
# No two \s* side by side (through an optional or empty group): they would backtrack quadratically.
# 本报讯, or a dispatch 本报郑州3月5日电: the date is required, so that a body line such as
# 本报记者从供电公司获悉 is not taken for a lead.
NEWS_LEAD: Final = re.compile(
    rf"^(?:{alternation(SOURCES)})\s*(?:讯|(?:[\u4e00-\u9fff]{{1,8}}\s*)?"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*电)"
)
COLUMN_TITLE: Final = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,7}$")
AUTHORS_LINE: Final = re.compile(r"^[（(](?P<names>[^（）()]{2,40})[）)]$")
AUTHORS_TAIL: Final = re.compile(r"^(?P<head>.*\S)\s*[（(](?P<names>[^（）()“”]{2,40})[）)]$")
CREDIT_LINE: Final = re.compile(r"^(?P<names>.{2,40}?)\s*摄$")
CREDIT_TAIL: Final = re.compile(  # names start on a non-space: one way to split the gap
    r"^(?P<head>.*[。！？!?…”])\s*(?P<names>[^。！？!?…”\s][^。！？!?…”]{1,39}?)\s*摄$"
)
ROLE_START: Final = re.compile(rf"^(?:{alternation(ALL_ROLES)})")
BYLINE_LABEL: Final = re.compile(r"^\s*作者\s*[：:]\s*")
DECORATION: Final = re.compile(r"^[★☆◆◇■□●○※◎▪▫♦•*#=~_—\-\s]{3,}$")

Rule = Callable[[Sequence[Line], int], "Tag | None"]
_MAX_CLOSER_END = 16  # characters on the second line of a byline or credit


def _debris(lines: Sequence[Line], i: int) -> Tag | None:
    """A line of NULs, BOMs or zero-width spaces: no text, but a line the page must own."""
    return Tag(lines[i], Role.GARBAGE) if not lines[i].text else None


def _page_line(lines: Sequence[Line], i: int) -> Tag | None:
    text = lines[i].text
    if "年" in text and len(text) <= 48 and PAGE_CODE.search(text) and PAGE_DATE.search(text):
        return Tag(lines[i], Role.PAGE_LINE)
    return None


def _paper(lines: Sequence[Line], i: int) -> Tag | None:
    text = lines[i].text
    latin = "A" <= text[0] <= "Z" and len(text) >= 5 and PAPER_LATIN.match(text)
    if latin or text in PAPER_NAMES:
        return Tag(lines[i], Role.PAPER)
    return None


def _staff(lines: Sequence[Line], i: int) -> Tag | None:
    if "：" not in lines[i].text and ":" not in lines[i].text:
        return None
    keys = {m.group("key").lstrip("■") for m in STAFF_FIELD.finditer(lines[i].text)}
    known = {k for k in keys if k in STAFF_ROLES or k in HOTLINE_KEYS}
    return Tag(lines[i], Role.STAFF) if len(known) >= 2 else None


def _garbage(lines: Sequence[Line], i: int) -> Tag | None:
    text = lines[i].text
    if len(text) < 3 or (text[0] != text[1] and not DECORATION.match(text)):
        return None
    text = "".join(text.split())
    doubled = len(text) >= 4 and len(text) % 2 == 0 and all(
        text[k] == text[k + 1] for k in range(0, len(text), 2)
    )
    return Tag(lines[i], Role.GARBAGE) if doubled or DECORATION.match(text) else None


def _lead(lines: Sequence[Line], i: int) -> Tag | None:
    text = lines[i].text
    if text[0] in BRIEF_MARKERS or text[0] in PHOTO_ARROWS or (
        text.startswith(SOURCES) and NEWS_LEAD.match(text)
    ):
        tail = _tail(lines, i) or _closing_start(lines, i)
        if tail is None or tail.role is not Role.TAIL:
            return Tag(lines[i], Role.LEAD)
        return attrs.evolve(tail, role=Role.LEAD)
    return None


def _signature(lines: Sequence[Line], i: int) -> Tag | None:
    text = lines[i].text
    if text[0] in SIGNATURE_MARKERS and 2 <= len(text) <= 30:
        return Tag(lines[i], Role.SIGNATURE)
    return None


def _column(lines: Sequence[Line], i: int) -> Tag | None:
    if len(lines[i].text) > 15:
        return None
    return Tag(lines[i], Role.COLUMN) if COLUMN_TITLE.match(lines[i].text) else None


def _next_text(lines: Sequence[Line], i: int) -> Line | None:
    for line in lines[i + 1 : i + 3]:
        if not line.blank:
            return line
    return None


def _previous_index(lines: Sequence[Line], i: int) -> int | None:
    for k in (i - 1, i - 2):
        if k >= 0 and not lines[k].blank:
            return k
    return None


def _bracketed_credit(names: str) -> bool:
    """（甲 摄）: a photo credit printed in brackets, like an author byline."""
    names = names.rstrip()
    return names.endswith("摄") and parse_credits(names[:-1]) is not None


def _whole_closer(text: str) -> Role | None:
    """A line that is all byline: （甲 乙） → AUTHORS; 甲 摄, （甲 摄） → CREDIT."""
    match = AUTHORS_LINE.match(text)
    if match and _bracketed_credit(match.group("names")):
        return Role.CREDIT
    if match and parse_credits(match.group("names")):
        return Role.AUTHORS
    match = CREDIT_LINE.match(text)
    if match and parse_credits(match.group("names")):
        return Role.CREDIT
    return None


def _split_tail(text: str) -> Tag | None:
    """Body text ending in （names）, （names 摄） or a ``names 摄`` credit, after a sentence."""
    for pattern in (AUTHORS_TAIL, CREDIT_TAIL):
        match = pattern.match(text)
        if not match or not ends_sentence(match.group("head")):
            continue
        names = match.group("names")
        credit = pattern is CREDIT_TAIL or _bracketed_credit(names)
        if (credit and pattern is AUTHORS_TAIL) or parse_credits(names):
            tail = text[match.end("head") :].strip()
            return Tag(Line(0, text), Role.TAIL, match.group("head"), tail, credit)
    return None


def _is_credit_start(text: str) -> bool:
    """``本报记者 刘金``: a role word and (part of) a name, the credit ending below."""
    role = ROLE_START.match(text) if len(text) <= 24 else None
    rest = text[role.end() :] if role else ""
    return bool(rest.strip()) and all(is_han(c) or c.isspace() for c in rest)


def _closing_start(lines: Sequence[Line], i: int) -> Tag | None:
    """The first line of a byline or credit that a column break carried onto the next line:
    ``…。（白` / ``某 王某）``, ``（白某 王` / ``某）``, ``本报记者 刘某`` / ``某 摄``."""
    text = lines[i].text
    following = _next_text(lines, i)
    if not text or following is None or not following.text or following.text[-1] not in "）)摄":
        return None
    if len(following.text) > _MAX_CLOSER_END or ends_sentence(text):
        return None
    for gap in ("", " "):  # a name cut in two, or a break where a space stood between names
        joined = text + gap + following.text
        whole = _whole_closer(joined)
        if whole is not None and (text[0] in "（(" or _is_credit_start(text)):
            credit = whole is Role.CREDIT
            return Tag(lines[i], whole, tail=text + gap, credit=credit, continued=True)
        tag = _split_tail(joined)
        if tag is not None and len(tag.head) < len(text):
            tail = text[len(tag.head) :].strip() + gap
            return attrs.evolve(tag, line=lines[i], tail=tail, continued=True)
    return None


def _closing_end(lines: Sequence[Line], i: int) -> Tag | None:
    """The rest of a byline or credit begun on the line before."""
    text = lines[i].text
    if not text or len(text) > _MAX_CLOSER_END or text[-1] not in "）)摄":
        return None
    previous = _previous_index(lines, i)
    start = _closing_start(lines, previous) if previous is not None else None
    if start is None:
        return None
    return Tag(lines[i], Role.CREDIT if start.credit else Role.AUTHORS)


def _whole_line_closer(lines: Sequence[Line], i: int) -> Tag | None:
    text = lines[i].text
    if text[0] not in "（(" and not text.endswith("摄"):
        return None
    role = _whole_closer(text)
    return None if role is None else Tag(lines[i], role, credit=role is Role.CREDIT)


def _byline(lines: Sequence[Line], i: int) -> Tag | None:
    """``本报记者 赵 敏`` or ``作者：本报记者 赵敏`` on a line of its own."""
    text = lines[i].text
    if len(text) > 30 or not (ROLE_START.match(text) or text.startswith(AUTHOR_ROLES)):
        return None
    return Tag(lines[i], Role.BYLINE) if parse_credits(BYLINE_LABEL.sub("", text)) else None


def _single(lines: Sequence[Line], i: int) -> Tag | None:
    """One character: a vertical headline prints its digits and brackets one a line too."""
    text = lines[i].text
    return Tag(lines[i], Role.SINGLE) if len(text) == 1 and text not in TERMINAL else None


def _tail(lines: Sequence[Line], i: int) -> Tag | None:
    """Text ending in its byline; one that wraps onto the next line is `_closing_start`'s."""
    tag = _split_tail(lines[i].text) if lines[i].text[-1] in "）)摄" else None
    return None if tag is None else attrs.evolve(tag, line=lines[i])


RULES: Final[tuple[Rule, ...]] = (
    _debris,  # first: every later rule may read the line's first character
    _page_line,
    _paper,
    _staff,
    _garbage,
    _lead,
    _signature,
    _closing_end,
    _closing_start,
    _whole_line_closer,
    _column,
    _byline,
    _single,
    _tail,
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
