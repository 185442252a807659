"""Leads: ``本报讯（记者甲）``, a dispatch ``本报郑州3月5日电``, a brief's ●, a caption's arrow.

A lead opens a piece. It is recognised on the line's de-spaced text (a justified lead
``本 报 讯 5 月 …`` reads the same) and read from the piece's first, reflowed paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from jzdaily._closers import closing_start, tail
from jzdaily._marks import CONTINUED_FROM
from jzdaily._model import Dateline
from jzdaily._names import parse_credits
from jzdaily._patterns import DATELINE
from jzdaily._tags import Role, Tag
from jzdaily._text import Line
from jzdaily._vocab import BRIEF_MARKERS, PHOTO_ARROWS, SOURCES

__all__ = ["is_dateline", "lead", "lead_text", "opens_piece", "strip_lead"]


def lead_text(line: Line) -> str:
    """The line's de-spaced text after a （上接一版） mark: where a lead's marker stands."""
    text = line.compact
    if text[0] in "（(":
        mark = CONTINUED_FROM.match(text)
        text = text[mark.end() :] if mark else text
    return text


def is_dateline(text: str) -> bool:
    return text.startswith(SOURCES) and DATELINE.match(text) is not None


def opens_piece(line: Line) -> bool:
    """The line starts with a brief marker, a caption arrow, a dateline or a （上接…） mark."""
    text = lead_text(line)
    if not text:
        return True  # a bare continuation mark: the rest of a story begins
    return text[0] in BRIEF_MARKERS or text[0] in PHOTO_ARROWS or is_dateline(text)


def lead(lines: Sequence[Line], i: int) -> Tag | None:
    """A lead line; one that also ends its (one-line) piece carries the closing byline."""
    if not opens_piece(lines[i]):
        return None
    closing = tail(lines, i) or closing_start(lines, i)
    if closing is None or closing.role is not Role.TAIL:
        return Tag(lines[i], Role.LEAD)
    return closing.replace(role=Role.LEAD)


def strip_lead(paragraph: str, marker_is_lead: bool) -> tuple[str, Dateline | None]:
    """Remove the ●/arrow marker and the dateline from the first paragraph."""
    marker = paragraph[:1]
    if marker_is_lead and marker and (marker in BRIEF_MARKERS or marker in PHOTO_ARROWS):
        return paragraph[1:].lstrip(), None
    match = DATELINE.match(paragraph)
    if not match:
        return paragraph, None
    credits = parse_credits(match.group("staff") or "") if match.group("staff") else None
    end = match.end() if credits or not match.group("staff") else match.end("source")
    dateline = Dateline(
        raw=paragraph[:end].strip(),
        source=match.group("source"),
        place=match.group("place") or None,
        reporters=credits.reporters + credits.others if credits else (),
        correspondents=credits.correspondents if credits else (),
        interns=credits.interns if credits else (),
    )
    return paragraph[end:].lstrip(), dateline
