"""Read an assembled piece: its kind, headline, dateline, bylines, body and event date."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from jzdaily._assemble import RawPiece
from jzdaily._bylines import read_byline
from jzdaily._clean import clean_line
from jzdaily._datelines import is_dateline, lead_text, strip_lead
from jzdaily._dates import EventDate, find_event_date
from jzdaily._headlines import read_headline
from jzdaily._marks import split_marks
from jzdaily._model import Article, ArticleKind, Dateline, ParseWarning, PhotoArrow
from jzdaily._reflow import reflow
from jzdaily._tags import CreditKind, Role, Tag
from jzdaily._vocab import BRIEF_MARKERS, PHOTO_ARROWS

__all__ = ["ArticleDraft", "read_article"]


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
        if credit.kind is CreditKind.BYLINE:
            authors, dateline = read_byline(credit)
            reading.authors.extend(authors)
            reading.dateline = dateline or reading.dateline
        elif credit.kind is CreditKind.PHOTO:
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
        return ArticleKind.PHOTO, PHOTO_ARROWS[marker]
    roles = [t.role for t in piece.closers]  # (tested with `in`: no generator per test)
    if reading.photographers and not is_dateline(lead) and Role.BYLINE not in roles:
        return ArticleKind.PHOTO, None  # (a byline makes a feature)
    if marker in BRIEF_MARKERS:
        return ArticleKind.BRIEF, None
    if Role.SIGNATURE in roles:
        return ArticleKind.COMMENTARY, None
    return ArticleKind.NEWS, None


def _body_lines(piece: RawPiece) -> tuple[list[str], list[bool], list[bool]]:
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
    may_end = [t.line.ends_sentence or bool(t.tail) for t in tags]
    heads = [t for t in piece.closers if t.head]
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


class ArticleDraft:
    """An article read from its piece, all but its place on the page: its id and column.

    The page gives those once all its pieces are read (`jzdaily._columns.assign_columns`),
    and the Article is built once, with them (an attrs frozen class sets every field with
    a call; building it, then a copy with its id, cost twice that).
    """

    __slots__ = ("fields", "kind", "source_lines")

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields  # every Article field but id and column, by name
        self.kind: ArticleKind = fields["kind"]
        self.source_lines: tuple[int, ...] = fields["source_lines"]

    def article(self, id: str, column: str | None) -> Article:
        """The Article, placed."""
        return Article(**self.fields, column=column, id=id)


def read_article(
    piece: RawPiece, issue: dt.date | None
) -> tuple[ArticleDraft, list[ParseWarning]]:
    """The article a piece holds, still to be placed, and the warnings met reading it."""
    warnings: list[ParseWarning] = []
    lead_tail = [piece.opener] if piece.opener and piece.opener.tail else []
    reading = _read_closers([*lead_tail, *piece.closers])
    kind, arrow = _kind(piece, reading)
    paragraphs, marks = split_marks(reflow(*_body_lines(piece)))
    dateline = reading.dateline
    if paragraphs:
        first, lead_dateline = strip_lead(paragraphs[0], piece.opener is not None)
        dateline = lead_dateline or dateline
        paragraphs = [first, *paragraphs[1:]] if first else paragraphs[1:]
    headline, subtitle = read_headline(piece.headline)
    lines = _line_numbers(piece)
    event = find_event_date(paragraphs[0] if paragraphs else "", issue)
    if event.date is None and event.relative is None and dateline and dateline.source:
        fallback = _dateline_date(dateline.source, issue)  # 本报郑州3月5日电
        invalid = fallback.invalid or event.invalid  # keep 13月45日
        event = fallback if invalid == fallback.invalid else fallback._replace(invalid=invalid)
    warnings += [ParseWarning(code, text, lines[:1]) for code, text in event.problems()]
    if headline is None and kind in (ArticleKind.NEWS, ArticleKind.COMMENTARY):
        warnings.append(ParseWarning("no-headline", "no headline found for this item", lines[:1]))
    if not paragraphs:
        warnings.append(ParseWarning("empty-body", "article has no body text", lines[:1]))
    draft = ArticleDraft({
        "kind": kind,
        "headline": headline,
        "subtitle": subtitle,
        "paragraphs": tuple(paragraphs),
        "source_lines": lines,
        "dateline": dateline,
        "date": event.date,
        "time_of_day": event.time_of_day,
        "relative_date": event.relative,
        "date_end": event.date_end,
        "date_precision": event.precision,
        "time": event.time,
        "time_approximate": event.time_approximate,
        "authors": tuple(reading.authors),
        "photographers": tuple(reading.photographers),
        "photo_arrow": arrow,
        "story_code": marks.code,
        "continued_to": marks.continued_to,
        "continued_from": marks.continued_from,
    })  # fmt: skip
    return draft, warnings
