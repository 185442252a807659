"""Closing marks: trailing authors ``（甲 乙）``, photo credits ``甲 摄``, signatures ``□甲``.

Each is recognised and read here, once: the rules below tag the line and put the names on
the tag's `Credit`, re-joined where a column break carried the mark over two lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from jzdaily._bylines import spaced_title
from jzdaily._clean import is_han
from jzdaily._lazy import LazyPattern
from jzdaily._marks import ends_story
from jzdaily._names import ROLE_START, Credits, parse_credits
from jzdaily._tags import Credit, CreditKind, Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import SIGNATURE_MARKERS

__all__ = [
    "CLOSER_ENDS",
    "closing_end",
    "closing_start",
    "may_finish_closer",
    "read_signature",
    "signature",
    "tail",
    "whole_line_closer",
]

AUTHORS_LINE: Final = re.compile(r"^[（(](?P<names>[^（）()]{2,40})[）)]$")
AUTHORS_TAIL: Final = LazyPattern(r"^(?P<head>.*\S)\s*[（(](?P<names>[^（）()“”]{2,40})[）)]$")
CREDIT_LINE: Final = re.compile(r"^(?P<names>.{2,40}?)\s*摄$")
CREDIT_TAIL: Final = LazyPattern(  # names start on a non-space: one way to split the gap
    r"^(?P<head>.*(?:[。！？!?…”]|[①-⑳]\d{0,2}))\s*"
    r"(?P<names>[^。！？!?…”\s\d][^。！？!?…”]{1,39}?)\s*摄$"
)
CREDIT_MARK: Final = re.compile(r"摄\s*$")  # no leading \s*: searched, it would be quadratic

_MAX_CLOSER_END = 16  # characters on the second line of a byline or credit (spaces not counted)
CLOSER_ENDS: Final = frozenset("）)摄")  # the last character of every closing mark
_BRACKET_ENDS: Final = frozenset("）)")  # the last character of AUTHORS_TAIL
_HEAD_ENDS: Final = frozenset("。！？!?…”")  # what CREDIT_TAIL's head ends on (codes apart)
_PHOTO_WORD_ENDS = frozenset("影像")  # 摄影, 摄像: words 摄 opens, cut by a line break
_MAX_NAMES_START = 10  # characters of a credit's first line that holds names only


def _credit_names(text: str) -> Credits | None:
    """Names of ``甲 摄`` or ``（甲 摄）``. (Asked without the space before 摄, as the
    rules that found the credit asked: `parse_credits` remembers the answer by its text.)"""
    return parse_credits(CREDIT_MARK.sub("", text.strip().strip("（）()").rstrip()).rstrip())


def _bracketed_credit(names: str) -> bool:
    """（甲 摄）: a photo credit printed in brackets, like an author byline."""
    names = names.rstrip()
    return names.endswith("摄") and parse_credits(names[:-1].rstrip()) is not None


def read_closer(text: str, photo: bool) -> Credit:
    """The names of a trailing ``（甲 乙）`` or, when ``photo``, of a ``甲 摄`` credit."""
    if photo or text.strip().strip("（）()").endswith("摄"):
        return Credit(CreditKind.PHOTO, text, _credit_names(text) or Credits())
    return Credit(CreditKind.AUTHORS, text, parse_credits(text.strip()[1:-1]) or Credits())


def read_signature(text: str) -> Credit:
    """``□高 亢`` or ``□本报评论员 张三``: a title may stand before the name."""
    tokens = text.lstrip("".join(SIGNATURE_MARKERS)).split()
    for start in range(len(tokens)):
        credits = parse_credits(" ".join(tokens[start:]))
        if credits:
            return Credit(CreditKind.SIGNATURE, text, Credits(others=credits.names))
    return Credit(CreditKind.SIGNATURE, text, Credits())


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


def split_tail(line: Line, text: str, before: int | None = None) -> Tag | None:
    """Body text ending in （names）, （names 摄） or a ``names 摄`` credit, after a sentence;
    with ``before``, only a byline that begins before that index (one begun on this line of
    a text joined with the next: its names are not read otherwise)."""
    # AUTHORS_TAIL ends on a bracket, CREDIT_TAIL on 摄: only the one that may match runs
    last = text.rstrip()[-1:]
    patterns = (AUTHORS_TAIL,) if last in _BRACKET_ENDS else (CREDIT_TAIL,) if last == "摄" else ()
    for pattern in patterns:
        match = pattern.match(text)
        if not match or (before is not None and match.end("head") >= before):
            continue
        if not ends_story(match.group("head")):
            continue
        names = match.group("names")
        photo = pattern is CREDIT_TAIL or _bracketed_credit(names)
        if (photo and pattern is AUTHORS_TAIL) or parse_credits(names):
            tail = text[match.end("head") :].strip()
            credit = read_closer(tail, photo)
            return Tag(line, Role.TAIL, match.group("head"), tail, credit)
    return None


def _may_begin_before(rest: str) -> bool:
    """A byline after text (`split_tail`) may begin before ``rest``, the part a column break
    carried onto the next line, only if ``rest`` holds nothing its head must end on: no
    opening bracket before （names）, no sentence end before ``names 摄`` (names hold
    neither, so the head would reach into ``rest``)."""
    if rest[-1] in _BRACKET_ENDS:
        return "（" not in rest and "(" not in rest
    return _HEAD_ENDS.isdisjoint(rest)


def _next_text(lines: Sequence[Line], i: int) -> Line | None:
    for k in (i + 1, i + 2):
        if k < len(lines) and not lines[k].blank:
            return lines[k]
    return None


def _previous_index(lines: Sequence[Line], i: int) -> int | None:
    for k in (i - 1, i - 2):
        if k >= 0 and not lines[k].blank:
            return k
    return None


def _is_credit_start(text: str) -> bool:
    """``本报记者 刘金``: a role word and (part of) a name, the credit ending below."""
    role = ROLE_START.match(text) if len(text) <= 24 else None
    rest = text[role.end() :] if role else ""
    return bool(rest.strip()) and all(is_han(c) or c.isspace() for c in rest)


def _is_names_start(lines: Sequence[Line], i: int) -> bool:
    """``孙明 欧`` after a finished sentence: names with no role word, the last one cut."""
    text = lines[i].text
    if len(text) > _MAX_NAMES_START or " " not in text:
        return False
    if not all(is_han(c) or c == " " for c in text):
        return False
    previous = _previous_index(lines, i)
    return previous is not None and lines[previous].ends_sentence


def may_finish_closer(line: Line) -> bool:
    """The line may be the second line of a byline or credit a column break cut, as
    `closing_start` tests the line below the one it tags: short, ending on a mark's end."""
    return line.text[-1:] in CLOSER_ENDS and len(line.compact) <= _MAX_CLOSER_END


def closing_start(lines: Sequence[Line], i: int) -> Tag | None:
    """The first line of a byline or credit that a column break carried onto the next line:
    ``…。（白` / ``某 王某）``, ``（白某 王` / ``某）``, ``本报记者 刘某`` / ``某 摄``."""
    text = lines[i].text
    following = _next_text(lines, i)
    if not text or following is None or lines[i].ends_sentence:
        return None
    if not may_finish_closer(following):
        return None
    # what a mark on a line of its own must open with (tested before reading the names)
    opens = text[0] in "（(" or _is_credit_start(text) or _is_names_start(lines, i)
    if not opens and not _may_begin_before(following.text):
        return None  # (a byline after text, but one that begins on the next line)
    for gap in ("", " "):  # a name cut in two, or a break where a space stood between names
        joined = text + gap + following.text
        whole = _whole_closer(joined) if opens else None
        if whole is not None:
            credit = read_closer(joined, whole is Role.CREDIT)
            return Tag(lines[i], whole, tail=text + gap, credit=credit, continued=True)
        tag = split_tail(lines[i], joined, before=len(text))
        if tag is not None:
            tail = text[len(tag.head) :].strip() + gap
            return tag.replace(tail=tail, continued=True)
    return None


def closing_end(lines: Sequence[Line], i: int) -> Tag | None:
    """The rest of a byline or credit begun on the line before (read there)."""
    if not may_finish_closer(lines[i]):
        return None
    previous = _previous_index(lines, i)
    if previous is None or lines[previous].ends_sentence:
        return None  # (closing_start takes no line that ends a sentence)
    start = closing_start(lines, previous)
    if start is None:
        return None
    return Tag(lines[i], Role.CREDIT if start.photo else Role.AUTHORS)


def whole_line_closer(lines: Sequence[Line], i: int) -> Tag | None:
    """（甲 乙）, 甲 摄 or （甲 摄） on a line of its own."""
    text = lines[i].text
    if (text[0] not in "（(" and not text.endswith("摄")) or _word_goes_on(lines, i):
        return None
    role = _whole_closer(text)
    if role is None:
        return None
    return Tag(lines[i], role, credit=read_closer(text, role is Role.CREDIT))


def signature(lines: Sequence[Line], i: int) -> Tag | None:
    """□作者: the signature that closes a commentary."""
    text = lines[i].text
    if text[0] in SIGNATURE_MARKERS and 2 <= len(text) <= 30:
        titled = spaced_title(lines[i].compact[1:]) if lines[i].letter_spaced else ""
        if " " in titled:  # □ 某 县 政 协 委 员 韦 青 禾: the name after the office
            text = text[0] + titled
        return Tag(lines[i], Role.SIGNATURE, credit=read_signature(text))
    return None


def _word_goes_on(lines: Sequence[Line], i: int) -> bool:
    """The line ends in 摄 and the next line goes on with 影, 像…: 摄影 cut by the line
    break, not a credit."""
    if not lines[i].text.endswith("摄") or i + 1 >= len(lines):
        return False
    return lines[i + 1].compact[:1] in _PHOTO_WORD_ENDS  # right below: a blank parts them


def tail(lines: Sequence[Line], i: int) -> Tag | None:
    """Text ending in its byline; one that wraps onto the next line is `closing_start`'s."""
    if lines[i].text[-1] not in CLOSER_ENDS or _word_goes_on(lines, i):
        return None
    return split_tail(lines[i], lines[i].text)
