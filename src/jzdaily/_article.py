"""Read an assembled piece: its kind, headline, dateline, bylines, body and event date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from jzdaily._assemble import RawPiece
from jzdaily._classify import BYLINE_LABEL, Role, Tag
from jzdaily._clean import clean_line, join_lines
from jzdaily._dates import find_event_date
from jzdaily._model import Article, ArticleKind, Dateline, ParseWarning, PhotoArrow
from jzdaily._names import Credits, parse_credits
from jzdaily._reflow import reflow
from jzdaily._vocab import BRIEF_MARKERS, PHOTO_ARROWS, SIGNATURE_MARKERS, SOURCES, alternation

__all__ = ["build_article"]

DATELINE: Final = re.compile(
    rf"^(?P<source>(?P<agency>{alternation(SOURCES)})\s*(?:讯|(?:(?P<place>[\u4e00-\u9fff]{{1,8}}?)\s*)?"
    r"(?P<date>\d{1,2}月\d{1,2}日)\s*电))\s*(?:[（(](?P<staff>[^（）()]{1,40})[）)])?\s*"
)
CREDIT_MARK: Final = re.compile(r"摄\s*$")  # no leading \s*: searched, it would be quadratic
SUBTITLE: Final = re.compile(r"^\s*(?:——|—|--)\s*")


@attrs.define
class _Reading:
    """What the closing lines and lead say about people."""

    authors: list[str] = attrs.Factory(list)
    photographers: list[str] = attrs.Factory(list)
    dateline: Dateline | None = None


def _credit_names(text: str) -> Credits | None:
    """Names of ``甲 摄`` or ``（甲 摄）``."""
    return parse_credits(CREDIT_MARK.sub("", text.strip().strip("（）()").rstrip()))


def _signature_names(text: str) -> tuple[str, ...]:
    """``□高 亢`` or ``□本报评论员 张三``: a title may stand before the name."""
    tokens = text.lstrip("".join(SIGNATURE_MARKERS)).split()
    for start in range(len(tokens)):
        credits = parse_credits(" ".join(tokens[start:]))
        if credits:
            return credits.names
    return ()


def _read_byline(text: str, reading: _Reading) -> None:
    """``本报记者 赵 敏`` is a feature's dateline; a plain ``作者：某某`` names authors."""
    credits = parse_credits(BYLINE_LABEL.sub("", text))
    if credits is None:
        return
    reading.authors.extend(credits.others)
    if credits.reporters or credits.correspondents or credits.interns:
        reading.dateline = Dateline(
            raw=clean_line(text),
            reporters=credits.reporters,
            correspondents=credits.correspondents,
            interns=credits.interns,
        )


def _closing_texts(closers: Sequence[Tag]) -> list[tuple[Tag, str]]:
    """Each closing byline's text, re-joined where a column break carried it over a line."""
    texts: list[tuple[Tag, str]] = []
    carried = ""
    for tag in closers:
        text = carried + (tag.tail or tag.line.text)
        carried = text if tag.continued else ""
        if not tag.continued:
            texts.append((tag, text))
    if carried:
        texts.append((closers[-1], carried))
    return texts


def _is_credit(tag: Tag, text: str) -> bool:
    return tag.credit or tag.role is Role.CREDIT or text.strip().strip("（）()").endswith("摄")


def _read_closers(closers: Sequence[Tag]) -> _Reading:
    reading = _Reading()
    for tag, text in _closing_texts(closers):
        if tag.role is Role.SIGNATURE:
            reading.authors.extend(_signature_names(text))
        elif tag.role is Role.BYLINE:
            _read_byline(text, reading)
        elif _is_credit(tag, text):
            credits = _credit_names(text)
            reading.photographers.extend(credits.names if credits else ())
        else:  # （甲 乙） on its own line or after the last sentence
            credits = parse_credits(text.strip()[1:-1])
            reading.authors.extend(credits.names if credits else ())
    return reading


def _kind(piece: RawPiece, reading: _Reading) -> tuple[ArticleKind, PhotoArrow | None]:
    marker = piece.opener.line.text[0] if piece.opener else ""
    if marker in PHOTO_ARROWS:
        return ArticleKind.PHOTO, PHOTO_ARROWS[marker]
    if reading.photographers:
        return ArticleKind.PHOTO, None
    if marker in BRIEF_MARKERS:
        return ArticleKind.BRIEF, None
    if any(t.role is Role.SIGNATURE for t in piece.closers):
        return ArticleKind.COMMENTARY, None
    return ArticleKind.NEWS, None


def _headline(tags: Sequence[Tag]) -> tuple[str | None, str | None]:
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


def _strip_lead(paragraph: str, marker_is_lead: bool) -> tuple[str, Dateline | None]:
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


def _body_lines(piece: RawPiece) -> list[tuple[str, bool]]:
    tags = ([piece.opener] if piece.opener else []) + piece.body
    lines = [(clean_line(t.body_text), t.line.after_blank) for t in tags]
    lines += [(clean_line(t.head), t.line.after_blank) for t in piece.closers if t.head]
    return lines


def build_article(
    piece: RawPiece, issue: dt.date | None
) -> tuple[Article, list[ParseWarning]]:
    """An Article and the warnings met while reading it."""
    warnings: list[ParseWarning] = []
    lead_tail = [piece.opener] if piece.opener and piece.opener.tail else []
    reading = _read_closers([*lead_tail, *piece.closers])
    kind, arrow = _kind(piece, reading)
    paragraphs = reflow(_body_lines(piece))
    dateline = reading.dateline
    if paragraphs:
        first, lead_dateline = _strip_lead(paragraphs[0], piece.opener is not None)
        dateline = lead_dateline or dateline
        paragraphs = [first, *paragraphs[1:]] if first else paragraphs[1:]
    headline, subtitle = _headline(piece.headline)
    lines = tuple(t.line.number for t in piece.tags())
    event = find_event_date(paragraphs[0] if paragraphs else "", issue)
    if event.date is None and event.relative is None and dateline and dateline.source:
        fallback = find_event_date(dateline.source, issue)  # 本报郑州3月5日电
        event = fallback._replace(invalid=fallback.invalid or event.invalid)  # keep 13月45日
    warnings += [ParseWarning(code, text, lines[:1]) for code, text in event.problems()]
    if headline is None and kind in (ArticleKind.NEWS, ArticleKind.COMMENTARY):
        warnings.append(ParseWarning("no-headline", "no headline found for this item", lines[:1]))
    if not paragraphs:
        warnings.append(ParseWarning("empty-body", "article has no body text", lines[:1]))
    article = Article(
        kind=kind,
        headline=headline,
        subtitle=subtitle,
        paragraphs=tuple(paragraphs),
        source_lines=lines,
        dateline=dateline,
        date=event.date,
        time_of_day=event.time_of_day,
        relative_date=event.relative,
        date_end=event.date_end,
        date_precision=event.precision,
        time=event.time,
        time_approximate=event.time_approximate,
        authors=tuple(reading.authors),
        photographers=tuple(reading.photographers),
        photo_arrow=arrow,
    )
    return article, warnings
