"""The public entry points: text in, pages out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from attrs import evolve

from jzdaily._article import build_article
from jzdaily._assemble import RawFragment, assemble
from jzdaily._classify import Role, Tag, classify
from jzdaily._clean import clean_line
from jzdaily._errors import ParseError
from jzdaily._header import HeaderFacts, read_header
from jzdaily._model import Article, ArticleKind, Fragment, FragmentKind, Page, ParseWarning
from jzdaily._pages import split_pages
from jzdaily._text import decode, split_lines

__all__ = ["parse_page", "parse_pages"]

Input = str | bytes | bytearray | memoryview


def _check_issue_date(issue_date: object) -> dt.date | None:
    if issue_date is None or (isinstance(issue_date, dt.date) and not isinstance(issue_date, dt.datetime)):
        return issue_date
    if isinstance(issue_date, dt.datetime):
        return issue_date.date()
    raise TypeError(f"issue_date must be a datetime.date or None, got {type(issue_date).__name__}")


def _fragment(raw: RawFragment) -> Fragment:
    texts = [t.line.text for t in raw.tags]
    if raw.kind is FragmentKind.COLUMN:
        texts = ["".join(t.split()) for t in texts]
    elif raw.kind is FragmentKind.FURNITURE:
        texts = [clean_line(t) for t in texts]
    return Fragment(raw.kind, "\n".join(texts), tuple(t.line.number for t in raw.tags))


def _assign_columns(articles: list[Article], fragments: Sequence[Fragment]) -> list[Article]:
    """A column title names the run of briefs printed just before it (else just after)."""
    columns = [f for f in fragments if f.kind is FragmentKind.COLUMN]
    if not columns:
        return articles
    result = list(articles)
    firsts = [a.source_lines[0] if a.source_lines else 0 for a in articles]
    for column in columns:
        at = column.source_lines[0]
        before = [i for i, first in enumerate(firsts) if first < at]
        run = _brief_run(result, reversed(before), firsts, columns, at, backwards=True)
        if not run:
            after = [i for i, first in enumerate(firsts) if first > at]
            run = _brief_run(result, after, firsts, columns, at, backwards=False)
        for i in run:
            result[i] = evolve(result[i], column=column.text)
    return result


def _brief_run(
    articles: list[Article], order: object, firsts: list[int], columns: Sequence[Fragment],
    at: int, *, backwards: bool,
) -> list[int]:
    run: list[int] = []
    for i in order:  # type: ignore[attr-defined]
        other_column_between = any(
            (firsts[i] < c.source_lines[0] < at) if backwards else (at < c.source_lines[0] < firsts[i])
            for c in columns
        )
        if articles[i].kind is not ArticleKind.BRIEF or articles[i].column or other_column_between:
            break
        run.append(i)
    return run


def _build_page(
    index: int, tags: list[Tag], header: HeaderFacts, date: dt.date | None, inferred: bool
) -> Page:
    pieces, raw_fragments = assemble(tags)
    blank_before = {
        tags[k].line.number for k in range(1, len(tags)) if tags[k - 1].role is Role.BLANK
    }
    warnings: list[ParseWarning] = []
    articles = []
    for piece in pieces:
        article, article_warnings = build_article(piece, date, blank_before)
        articles.append(article)
        warnings.extend(article_warnings)
    fragments = [_fragment(raw) for raw in raw_fragments]
    articles = _assign_columns(articles, fragments)
    prefix = f"{date.isoformat() if date else 'undated'}/{header.code or f'P{index}'}"
    articles = [evolve(a, id=f"{prefix}/{n:02d}") for n, a in enumerate(articles, start=1)]
    page_lines = [t.line.number for t in tags if t.role is Role.PAGE_LINE]
    if not page_lines and any(not t.line.blank for t in tags):
        warnings.append(ParseWarning("header-missing", "no printed page header on this page"))
    if len(page_lines) > 1:
        warnings.append(ParseWarning("several-headers", "more than one page header", tuple(page_lines)))
    if date is None:
        warnings.append(ParseWarning("no-issue-date", "the issue date is unknown"))
    return Page(
        index=index,
        articles=tuple(articles),
        fragments=tuple(fragments),
        warnings=tuple(sorted(warnings, key=lambda w: w.source_lines[:1])),
        code=header.code,
        section=header.section,
        date=date,
        date_inferred=inferred,
        weekday=header.weekday,
        paper=header.paper,
        staff=header.staff,
        hotline=header.hotline,
    )


def _page_dates(
    headers: Sequence[HeaderFacts], issue_date: dt.date | None
) -> list[tuple[dt.date | None, bool]]:
    """Printed dates where present; else the nearest printed one in the input, else issue_date."""
    printed = [(i, h.date) for i, h in enumerate(headers) if h.date is not None]
    dates: list[tuple[dt.date | None, bool]] = []
    for index, header in enumerate(headers):
        if header.date is not None:
            dates.append((header.date, False))
        elif printed:
            nearest = min(printed, key=lambda p: (abs(p[0] - index), p[0]))
            dates.append((nearest[1], True))
        else:
            dates.append((issue_date, issue_date is not None))
    return dates


def parse_pages(
    text: Input, *, issue_date: dt.date | None = None, strict: bool = False
) -> tuple[Page, ...]:
    """Parse every page in the input: str, or bytes in UTF-8 (with or without BOM) or GB18030.

    Pages are cut at form feeds and at each printed page header. With ``strict=True`` a
    page with warnings raises :class:`jzdaily.ParseError` instead.
    """
    issue = _check_issue_date(issue_date)
    tags = classify(split_lines(decode(text)))
    page_tags = split_pages(tags)
    headers = [read_header(page) for page in page_tags]
    dates = _page_dates(headers, issue)
    pages = tuple(
        _build_page(i, page, header, date, inferred)
        for i, (page, header, (date, inferred)) in enumerate(zip(page_tags, headers, dates))
    )
    if strict:
        for page in pages:
            if page.warnings:
                raise ParseError(page.warnings, page.index)
    return pages


def parse_page(
    text: Input, *, issue_date: dt.date | None = None, strict: bool = False
) -> Page:
    """Parse one page; the whole input is read as a single page (no splitting)."""
    issue = _check_issue_date(issue_date)
    tags = classify(split_lines(decode(text)))
    header = read_header(tags)
    date, inferred = (header.date, False) if header.date else (issue, issue is not None)
    page = _build_page(0, tags, header, date, inferred)
    if strict and page.warnings:
        raise ParseError(page.warnings, page.index)
    return page
