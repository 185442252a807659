"""Read an assembled piece: its kind, headline, dateline, bylines, body and event date."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from operator import attrgetter
from typing import Final

from jzdaily._assemble import RawPiece
from jzdaily._bylines import read_byline
from jzdaily._clean import clean_line
from jzdaily._datelines import is_dateline, lead_text, strip_lead
from jzdaily._dates import EventDate, find_event_date
from jzdaily._headlines import read_headline
from jzdaily._marks import split_marks
from jzdaily._model import (
    Article,
    ArticleKind,
    Dateline,
    DatePrecision,
    ParseWarning,
    PhotoArrow,
)
from jzdaily._reflow import reflow
from jzdaily._tags import CreditKind, Role, Tag
from jzdaily._vocab import BRIEF_MARKERS, PHOTO_ARROWS

__all__ = ["HEAD_FIELDS", "TAIL_FIELDS", "ArticleDraft", "read_article"]

# Enum members read for every article, bound once (a member's lookup costs a class lookup).
_NEWS, _BRIEF, _PHOTO, _COMMENTARY = (
    ArticleKind.NEWS, ArticleKind.BRIEF, ArticleKind.PHOTO, ArticleKind.COMMENTARY,
)  # fmt: skip
_BYLINE, _SIGNATURE = Role.BYLINE, Role.SIGNATURE
_BYLINE_CREDIT, _PHOTO_CREDIT = CreditKind.BYLINE, CreditKind.PHOTO
# Fields of short lists read in C (a comprehension is a call of its own on Python 3.11).
_ROLE, _HEAD = attrgetter("role"), attrgetter("head")


class _Reading:
    """What the closing lines and lead say about people (a plain class: an attrs one costs
    more to define at import)."""

    __slots__ = ("authors", "dateline", "photographers")

    def __init__(self) -> None:
        self.authors: list[str] = []
        self.photographers: list[str] = []
        self.dateline: Dateline | None = None


def _read_closers(closers: Sequence[Tag]) -> _Reading:
    """Collect the credits the classifier read; a mark's second line carries none."""
    reading = _Reading()
    for tag in closers:
        credit = tag.credit
        if credit is None:
            continue
        if credit.kind is _BYLINE_CREDIT:
            authors, dateline = read_byline(credit)
            reading.authors.extend(authors)
            reading.dateline = dateline or reading.dateline
        elif credit.kind is _PHOTO_CREDIT:
            reading.photographers.extend(credit.names)
        else:  # （甲 乙） on its own line or after the last sentence, or a □ signature
            reading.authors.extend(credit.names)
    return reading


def _kind(piece: RawPiece, reading: _Reading) -> tuple[ArticleKind, PhotoArrow | None]:
    """An arrow or a credit makes a photo, but a dateline story or a bylined feature ending
    in its picture's credit stays news; ● makes a brief, □ a commentary."""
    lead = lead_text(piece.opener.line) if piece.opener else ""
    marker = lead[:1]
    if marker in PHOTO_ARROWS:
        return _PHOTO, PHOTO_ARROWS[marker]
    roles = list(map(_ROLE, piece.closers))  # (tested with `in`; a C map, as most are short)
    if reading.photographers and not is_dateline(lead) and _BYLINE not in roles:
        return _PHOTO, None  # (a byline makes a feature)
    if marker in BRIEF_MARKERS:
        return _BRIEF, None
    if _SIGNATURE in roles:
        return _COMMENTARY, None
    return _NEWS, None


def _body_lines(piece: RawPiece) -> tuple[list[str], list[bool], list[object]]:
    """The cleaned text of the piece's body lines (a closer's text before its credit too),
    whether a blank line stands before each, and whether each may end a sentence (a line
    that does has ``ends_sentence``; a text before a credit is read): what `reflow` reads.

    A line without layout spaces is its own clean text: read at once, not through
    ``Line.clean`` (a property, a call per line).
    """
    tags = [piece.opener, *piece.body] if piece.opener else piece.body
    texts = [
        clean_line(t.head) if t.tail
        else line.text if (line := t.line).compact is line.text else line.clean
        for t in tags
    ]  # fmt: skip
    blanks = [t.line.after_blank for t in tags]
    may_end: list[object] = [t.tail or t.line.ends_sentence for t in tags]  # (a tail: truthy)
    heads = list(filter(_HEAD, piece.closers))  # (a C filter: few closers)
    if heads:
        texts += [clean_line(t.head) for t in heads]
        blanks += [t.line.after_blank for t in heads]
        may_end += [True] * len(heads)
    return texts, blanks, may_end


def _line_numbers(piece: RawPiece) -> tuple[int, ...]:
    """The numbers of the piece's lines, in order: those of `RawPiece.tags`, with the
    numbers sorted as integers rather than the tags by a key function."""
    tags = [*piece.body, *piece.closers, *piece.headline]
    if piece.opener is not None:
        tags.append(piece.opener)
    return tuple(sorted([t.line.number for t in tags]))


@functools.lru_cache(maxsize=256)
def _dateline_date(source: str, issue: dt.date | None) -> EventDate:
    """The date a dateline's source gives (本报郑州3月5日电), read when the lead gives none;
    remembered (the answer is immutable), as most pieces of an issue share a few sources."""
    return find_event_date(source, issue)


# The Article fields a draft holds, in the class's field order, around ``column`` (given by
# the page) and after them ``linked_id`` (given by `link_continuations`) and ``id``: the
# Article is built by position (tests/test_article_draft.py checks the order).
HEAD_FIELDS: Final = ("kind", "headline", "paragraphs", "source_lines", "subtitle")
TAIL_FIELDS: Final = (
    "dateline", "date", "time_of_day", "relative_date", "date_end", "date_precision", "time",
    "time_approximate", "authors", "photographers", "photo_arrow", "story_code",
    "continued_to", "continued_from",
)  # fmt: skip


_Head = tuple[ArticleKind, "str | None", tuple[str, ...], tuple[int, ...], "str | None"]
_Tail = tuple[
    "Dateline | None", "dt.date | None", "str | None", "str | None", "dt.date | None",
    "DatePrecision | None", "dt.time | None", bool, tuple[str, ...], tuple[str, ...],
    "PhotoArrow | None", "str | None", "str | None", "str | None",
]  # fmt: skip


class ArticleDraft:
    """An article read from its piece, all but its place on the page: its id and column.

    The page gives those once all its pieces are read (`jzdaily._columns.assign_columns`),
    and the Article is built once, with them (an attrs frozen class sets every field with
    a call; building it, then a copy with its id, cost twice that), from the values of
    `HEAD_FIELDS` and `TAIL_FIELDS` by position (keywords cost a dictionary per article).
    """

    __slots__ = ("_head", "_tail", "kind", "source_lines")

    def __init__(self, head: _Head, tail: _Tail) -> None:
        self._head = head  # the values of HEAD_FIELDS
        self._tail = tail  # the values of TAIL_FIELDS
        self.kind: ArticleKind = head[0]
        self.source_lines: tuple[int, ...] = head[3]

    def article(self, id: str, column: str | None) -> Article:
        """The Article, placed."""
        return Article(*(*self._head, column, *self._tail, None, id))  # (one tuple: typed)


def read_article(
    piece: RawPiece, issue: dt.date | None
) -> tuple[ArticleDraft, list[ParseWarning]]:
    """The article a piece holds, still to be placed, and the warnings met reading it."""
    opener, closers = piece.opener, piece.closers
    reading = _read_closers([opener, *closers] if opener is not None and opener.tail else closers)
    kind, arrow = _kind(piece, reading)
    paragraphs, marks = split_marks(reflow(*_body_lines(piece)))  # (a list of its own)
    dateline = reading.dateline
    if paragraphs:
        first, lead_dateline = strip_lead(paragraphs[0], opener is not None)
        dateline = lead_dateline or dateline
        if first:
            paragraphs[0] = first
        else:
            del paragraphs[0]
    headline, subtitle = read_headline(piece.headline)
    lines = _line_numbers(piece)
    event = find_event_date(paragraphs[0] if paragraphs else "", issue)
    if event.date is None and event.relative is None and dateline and dateline.source:
        fallback = _dateline_date(dateline.source, issue)  # 本报郑州3月5日电
        invalid = fallback.invalid or event.invalid  # keep 13月45日
        event = fallback if invalid == fallback.invalid else fallback._replace(invalid=invalid)
    at = lines[:1]
    problems = event.problems()  # (usually none: no comprehension then)
    warnings = [ParseWarning(code, text, at) for code, text in problems] if problems else []
    if headline is None and (kind is _NEWS or kind is _COMMENTARY):
        warnings.append(ParseWarning("no-headline", "no headline found for this item", at))
    if not paragraphs:
        warnings.append(ParseWarning("empty-body", "article has no body text", at))
    head: _Head = (kind, headline, tuple(paragraphs), lines, subtitle)
    tail: _Tail = (
        dateline, event.date, event.time_of_day, event.relative, event.date_end,
        event.precision, event.time, event.time_approximate, tuple(reading.authors),
        tuple(reading.photographers), arrow, marks.code, marks.continued_to,
        marks.continued_from,
    )  # fmt: skip
    return ArticleDraft(head, tail), warnings
