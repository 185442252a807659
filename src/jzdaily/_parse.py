"""The public entry points: text in, pages out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from attrs import evolve

from jzdaily._article import read_article
from jzdaily._assemble import RawFragment, assemble
from jzdaily._classify import Role, Tag, classify
from jzdaily._clean import clean_line
from jzdaily._collector import CollectorPaused
from jzdaily._columns import assign_columns
from jzdaily._errors import ParseError
from jzdaily._header import HeaderFacts, read_header
from jzdaily._marks import link_continuations
from jzdaily._model import Fragment, FragmentKind, Page, ParseWarning
from jzdaily._pages import split_pages
from jzdaily._text import decode, split_lines

__all__ = ["parse_page", "parse_pages"]

Input = str | bytes | bytearray | memoryview


def _check_issue_date(issue_date: object) -> dt.date | None:
    """None, a date, or a datetime (its date); anything else is a TypeError naming its type."""
    if isinstance(issue_date, dt.datetime):
        return issue_date.date()
    if issue_date is None or isinstance(issue_date, dt.date):
        return issue_date
    raise TypeError(f"issue_date must be a datetime.date or None, got {type(issue_date).__name__}")


def _fragment(raw: RawFragment) -> Fragment:
    texts = [t.line.text for t in raw.tags]
    if raw.kind is FragmentKind.COLUMN:
        texts = ["".join(t.split()) for t in texts]
    elif raw.kind is FragmentKind.FURNITURE:
        texts = [clean_line(t) for t in texts]
    return Fragment(raw.kind, "\n".join(texts), tuple(t.line.number for t in raw.tags))


def _page_warnings(
    tags: Sequence[Tag], fragments: Sequence[RawFragment], header: HeaderFacts,
    date: dt.date | None,
) -> list[ParseWarning]:
    """What the page as a whole leaves unplaced or unknown; see docs/errors.md."""
    warnings = [
        ParseWarning("orphan-text", raw.orphan, tuple(t.line.number for t in raw.tags))
        for raw in fragments
        if raw.orphan
    ]
    page_line = Role.PAGE_LINE  # (an enum member is slow to look up, a local fast)
    page_lines = tuple([t.line.number for t in tags if t.role is page_line])  # (no generator)
    first = next((t.line.number for t in tags if not t.line.blank), None)
    if not page_lines and first is not None:
        warnings.append(ParseWarning(
            "header-missing", "no printed page header on this page", (first,)
        ))  # fmt: skip
    if len(page_lines) > 1:
        warnings.append(ParseWarning("several-headers", "more than one page header", page_lines))
    if header.invalid_date:
        warnings.append(ParseWarning(
            "unresolved-date", f"printed issue date {header.invalid_date!r} names no real day",
            page_lines[:1],
        ))  # fmt: skip
    if date is None:
        warnings.append(ParseWarning("no-issue-date", "the issue date is unknown"))
    return warnings


# Roles only the paper's own layout gives a line: a page line, a lead, a byline, a column title…
# Plain text, single characters and debris are found in any text, so they do not count.
_CONVENTION_ROLES = frozenset(Role) - {Role.BLANK, Role.TEXT, Role.SINGLE, Role.GARBAGE}


def _input_warnings(tags: Sequence[Tag]) -> tuple[ParseWarning, ...]:
    """``empty-input`` for input without text, ``not-a-page`` for text with none of the
    paper's conventions: said on the page instead of a silent news article."""
    first = next((t.line.number for t in tags if not t.line.blank), None)
    if first is None:
        return (ParseWarning("empty-input", "the input holds no text"),)
    if not any(t.role in _CONVENTION_ROLES for t in tags):
        return (ParseWarning(
            "not-a-page", "no page header, lead, byline, credit or column title: this text does "
            "not look like a page of the paper", (first,),
        ),)  # fmt: skip
    return ()


def _with_input_warnings(pages: tuple[Page, ...], tags: Sequence[Tag]) -> tuple[Page, ...]:
    """Each page with the input's own warnings (usually none) among its warnings."""
    extra = _input_warnings(tags)
    if not extra:
        return pages
    def first_line(warning: ParseWarning) -> tuple[int, ...]:
        return warning.source_lines[:1]

    return tuple(
        evolve(page, warnings=tuple(sorted((*extra, *page.warnings), key=first_line)))
        for page in pages
    )


def _build_page(
    index: int, tags: list[Tag], header: HeaderFacts, date: dt.date | None, inferred: bool
) -> Page:
    pieces, raw_fragments = assemble(tags)
    warnings: list[ParseWarning] = []
    drafts = []
    for piece in pieces:
        draft, article_warnings = read_article(piece, date)
        drafts.append(draft)
        warnings.extend(article_warnings)
    fragments = [_fragment(raw) for raw in raw_fragments]
    prefix = f"{date.isoformat() if date else 'undated'}/{header.code or f'P{index}'}"
    articles = [  # each built once, with its column and its id (its place on the page)
        draft.article(f"{prefix}/{n:02d}", column)
        for n, (draft, column) in enumerate(assign_columns(drafts, fragments), start=1)
    ]
    warnings.extend(_page_warnings(tags, raw_fragments, header, date))
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
    """Printed dates where present; else the nearest printed one in the input, else issue_date.

    The nearest printed page on each side comes from two sweeps (linear in pages); on a
    tie the earlier page wins.
    """
    before: list[int | None] = []
    last = None
    for index, header in enumerate(headers):
        last = index if header.date is not None else last
        before.append(last)
    after: list[int | None] = [None] * len(headers)
    last = None
    for index in range(len(headers) - 1, -1, -1):
        last = index if headers[index].date is not None else last
        after[index] = last
    dates: list[tuple[dt.date | None, bool]] = []
    for index, header in enumerate(headers):
        near = [k for k in (before[index], after[index]) if k is not None]
        if header.date is not None:
            dates.append((header.date, False))
        elif near:
            nearest = min(near, key=lambda k: (abs(k - index), k))
            dates.append((headers[nearest].date, True))
        else:
            dates.append((issue_date, issue_date is not None))
    return dates


def parse_pages(
    text: Input, *, issue_date: dt.date | None = None, strict: bool = False
) -> tuple[Page, ...]:
    r"""Parse every page in the input into typed pages, in input order.

    Args:
        text: the text a PDF extractor gave for one or more pages: ``str``, or ``bytes``
            (also ``bytearray``, ``memoryview``) in UTF-8, with or without BOM, or GB18030
            (which also reads GBK and GB2312); any newline style.
        issue_date: a ``datetime.date`` (a ``datetime`` counts as its date) for pages that
            print no date and have no dated page beside them in the input.
        strict: raise :class:`jzdaily.ParseError` instead of returning pages with warnings.

    Pages are cut at form feeds and at each printed page header. Every non-blank input line
    belongs to exactly one article or fragment of the result; what the parser had to guess
    is in each page's ``warnings`` (see the docs' errors and warnings page).

    Returns:
        A tuple of :class:`jzdaily.Page`, at least one (an empty input gives one page with an
        ``empty-input`` warning).

    Raises:
        TypeError: ``text`` is not text or bytes, or ``issue_date`` is not a date or None.
        jzdaily.DecodeError: the bytes are text in none of the accepted encodings.
        jzdaily.ParseError: ``strict=True`` and a page has warnings.

    Both jzdaily errors are also ``ValueError``.

    Examples:
        >>> from jzdaily import parse_pages
        >>> (page,) = parse_pages(
        ...     "A01│要闻2031年5月6日 星期二\n"
        ...     "本报讯（记者王某）5月5日上午，某县召开植树大会。\n（某某）\n\n"
        ...     "某县召开植树大会\n"
        ... )
        >>> page
        Page(code='A01', date=2031-05-06, articles=1, warnings=0)
        >>> article = page.articles[0]
        >>> article.headline, article.date, article.time_of_day, article.authors
        ('某县召开植树大会', datetime.date(2031, 5, 5), '上午', ('某某',))
        >>> article.dateline.reporters
        ('王某',)
        >>> [w.code for w in parse_pages("今天天气很好。")[0].warnings if w.code == "not-a-page"]
        ['not-a-page']
    """
    issue = _check_issue_date(issue_date)
    with CollectorPaused():
        tags = classify(split_lines(decode(text)))
        page_tags = split_pages(tags)
        headers = [read_header(page) for page in page_tags]
        dates = _page_dates(headers, issue)
        per_page = zip(page_tags, headers, dates, strict=True)
        pages = link_continuations([
            _build_page(i, page, header, date, inferred)
            for i, (page, header, (date, inferred)) in enumerate(per_page)
        ])  # fmt: skip
        pages = _with_input_warnings(pages, tags)
    return _checked(pages, strict)


def _checked(pages: tuple[Page, ...], strict: bool) -> tuple[Page, ...]:
    """The pages, or in strict mode a ParseError for the first page with warnings."""
    for page in pages if strict else ():
        if page.warnings:
            raise ParseError(page.warnings, page.index)
    return pages


def parse_page(
    text: Input, *, issue_date: dt.date | None = None, strict: bool = False
) -> Page:
    """Parse the whole input as a single page (no splitting at headers or form feeds).

    Takes the same arguments and raises the same errors as :func:`parse_pages`; returns one
    :class:`jzdaily.Page`.
    """
    issue = _check_issue_date(issue_date)
    with CollectorPaused():
        tags = classify(split_lines(decode(text)))
        header = read_header(tags)
        ((date, inferred),) = _page_dates([header], issue)
        pages = link_continuations([_build_page(0, tags, header, date, inferred)])
        pages = _with_input_warnings(pages, tags)
    return _checked(pages, strict)[0]
