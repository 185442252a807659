"""The view as one self-contained HTML document: input lines beside the article cards.

A document holds one or more inputs (a source text and the pages parsed from it); each page
gets a section with its header facts, its input lines tinted by owner, and its cards. The
parts are separate functions so the command line can stream a document input by input:
``document_head``, then ``input_section`` for each input, then ``document_tail``.
Every piece of text is escaped; the CSS and script are inlined, so the file works offline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape

from jzdaily._entities import organizations, people, places
from jzdaily._model import Article, Page, ParseWarning
from jzdaily._text import decode
from jzdaily._view._assets import script, stylesheet
from jzdaily._view._cards import Entities, card_html, count, page_facts, warning_item
from jzdaily._view._lines import Owner, SourceLine, owners, page_lines

__all__ = ["DEFAULT_TITLE", "document_head", "document_tail", "input_section", "to_html"]

DEFAULT_TITLE = "jzdaily view"
_SPACE = re.compile(r"\s+")

_LEGEND = (
    ("article", "an article (each its own tint)"),
    ("header", "page header"),
    ("column", "column title"),
    ("furniture", "furniture, labels, debris"),
    ("unowned", "owned by no piece"),
)


def _squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def _headline_lines(lines: Sequence[SourceLine]) -> set[int]:
    """Lines whose text is part of their article's headline or subtitle: shown in bold.

    A display hint only. A single character counts only in a run of two or more, as in a
    vertical headline, so a stray one-character body line is not taken for a headline.
    """
    marked: list[SourceLine] = []
    printed: dict[str, str] = {}  # owner key → its headline and subtitle without spaces
    for line in lines:
        owner = line.owner
        if owner is None or not isinstance(owner.piece, Article):
            continue
        if owner.key not in printed:
            article = owner.piece
            printed[owner.key] = _squeeze((article.headline or "") + (article.subtitle or ""))
        text = _squeeze(line.text) if printed[owner.key] else ""
        if text and text in printed[owner.key]:
            marked.append(line)
    numbers = {line.number for line in marked}
    return {
        line.number for line in marked
        if len(_squeeze(line.text)) > 1 or {line.number - 1, line.number + 1} & numbers
    }  # fmt: skip


def _line_warnings(page: Page) -> dict[int, list[ParseWarning]]:
    found: dict[int, list[ParseWarning]] = {}
    for warning in page.warnings:
        for number in warning.source_lines:
            found.setdefault(number, []).append(warning)
    return found


def _line_html(
    line: SourceLine, prefix: str, warned: Mapping[int, list[ParseWarning]], headline: set[int]
) -> str:
    anchor = f"{prefix}L{line.number}"
    attrs = [f'class="line{" blank" if line.blank else ""}"', f'id="{anchor}"',
             f'data-line="{line.number}"']  # fmt: skip
    owner = line.owner
    if owner is not None:
        attrs += [f'data-owner="{owner.key}"', f'data-kind="{owner.kind}"']
        if owner.hue is not None:
            attrs.append(f'style="--h:{owner.hue}"')
    elif not line.blank:
        attrs.append('data-kind="unowned"')
    if line.number in headline:
        attrs.append('data-role="headline"')
    mark = ""
    if line.number in warned:
        codes = " ".join(dict.fromkeys(w.code for w in warned[line.number]))
        told = "; ".join(f"{w.code}: {w.message}" for w in warned[line.number])
        attrs.append(f'data-warn="{escape(codes)}"')
        mark = f'<span class="warn-mark" title="{escape(told)}" role="img" ' \
               f'aria-label="warning: {escape(told)}">⚠</span>'  # fmt: skip
    return (f'<li {" ".join(attrs)}><a class="no" href="#{anchor}">{line.number}</a>'
            f'<span class="tx">{escape(line.text)}</span>{mark}</li>')  # fmt: skip


def _page_title(page: Page, source: str | None) -> str:
    date = page.date.isoformat() if page.date else None
    said = " ".join(filter(None, [page.code, page.section, date, page.weekday]))
    parts = [source, f"page {page.index + 1}", said or "(no header)"]
    return " · ".join(p for p in parts if p)


def _page_section(
    page: Page, number: int, lines: Sequence[SourceLine], found: Sequence[Owner], prefix: str,
    source: str | None, entities: bool,
) -> str:  # fmt: skip
    """One page: heading, header facts, loose warnings, its lines (``lines``) and the cards of
    its articles (``found``: this page's owners)."""
    ident = f"{prefix}p{number}"
    warned = _line_warnings(page)
    headline = _headline_lines(lines)
    article_lines = {n for a in page.articles for n in a.source_lines}
    loose = [w for w in page.warnings if not article_lines.intersection(w.source_lines)]
    loose_html = "".join(warning_item(w) for w in loose)
    loose_html = f'<ul class="warnings page-warnings">{loose_html}</ul>' if loose else ""
    cards = []
    for owner in found:
        if not isinstance(owner.piece, Article):
            continue
        article = owner.piece
        own = set(article.source_lines)
        touching = [w for w in page.warnings if own.intersection(w.source_lines)]
        assert owner.hue is not None
        cards.append(card_html(owner.key, owner.hue, article, touching, _entities(article)
                               if entities else None))  # fmt: skip
    facts = "".join(
        f'<div><dt>{escape(label)}</dt><dd data-fact="{escape(label)}">{escape(value)}</dd></div>'
        for label, value in page_facts(page)
    )
    empty = '<p class="empty">No articles on this page.</p>'
    source_lines = "".join(_line_html(line, prefix, warned, headline) for line in lines)
    return (
        f'<section class="page" id="{ident}" aria-labelledby="{ident}-h">'
        f'<h2 id="{ident}-h">{escape(_page_title(page, source))}</h2>'
        f'<dl class="facts">{facts}</dl>'
        f"{loose_html}"
        f'<div class="panes"><div class="pane source-pane" role="region" tabindex="0" '
        f'aria-label="input lines of page {page.index + 1}">'
        f'<ol class="source">{source_lines}</ol></div>'
        f'<div class="pane cards-pane" role="region" '
        f'aria-label="articles of page {page.index + 1}">'
        f'{"".join(cards) or empty}</div></div>'
        "</section>"
    )


def _entities(article: Article) -> Entities:
    """People, places and organisations of an article (jieba loads on the first lookup)."""
    return Entities(people(article), places(article), organizations(article))


def _counts(pages: Sequence[Page], lines: int) -> str:
    told = [
        (len(pages), "page"),
        (sum(len(p.articles) for p in pages), "article"),
        (sum(len(p.fragments) for p in pages), "fragment"),
        (sum(len(p.warnings) for p in pages), "warning"),
        (lines, "input line"),
    ]
    return " · ".join(count(n, word) for n, word in told)


def input_section(
    pages: Sequence[Page], source_text: str | bytes, *, source: str | None = None,
    prefix: str = "", entities: bool = False,
) -> str:  # fmt: skip
    """One input's part of the document: a summary, notes on mismatches, a section per page.

    ``prefix`` keeps element ids unique when a document holds several inputs.
    """
    text = decode(source_text)
    found = owners(pages, prefix)
    sections, notes = page_lines(text, pages, found)
    by_page: list[list[Owner]] = [[] for _ in pages]
    for owner in found:
        by_page[owner.page].append(owner)
    total = sum(len(s) for s in sections)
    notes_html = "".join(f"<li>{escape(note)}</li>" for note in notes)
    parts = [
        f'<section class="input" data-source="{escape(source or "")}">',
        f'<p class="summary">{escape(" · ".join(filter(None, [source, _counts(pages, total)])))}'
        "</p>",
        f'<ul class="notes" role="status">{notes_html}</ul>' if notes else "",
    ]
    if pages:
        parts.extend(
            _page_section(page, n, sections[n], by_page[n], prefix, source, entities)
            for n, page in enumerate(pages)
        )
    else:
        lines = "".join(_line_html(line, prefix, {}, set()) for line in sections[0])
        parts.append(f'<section class="page"><h2>no pages</h2><div class="panes"><div '
                     f'class="pane source-pane"><ol class="source">{lines}</ol></div></div>'
                     "</section>")  # fmt: skip
    parts.append("</section>")
    return "".join(parts)


def document_head(title: str = DEFAULT_TITLE) -> str:
    """Everything before the first input: head with the inlined CSS, title, legend."""
    legend = "".join(
        f'<li><span class="swatch" data-kind="{kind}"></span>{escape(label)}</li>'
        for kind, label in _LEGEND
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="jzdaily">'
        f"<title>{escape(title)}</title><style>{stylesheet()}</style></head>\n"
        f'<body><header class="top"><h1>{escape(title)}</h1>'
        f'<ul class="legend" aria-label="legend">{legend}'
        '<li><span class="warn-mark" aria-hidden="true">⚠</span>a line the parser warned about'
        "</li><li><b>bold</b>: headline lines</li></ul>"
        '<p class="hint">Click a card to mark its lines, or a line to find its card.</p>'
        "</header>\n<main>"
    )


def document_tail() -> str:
    """Everything after the last input: the inlined script and the closing tags."""
    return f"</main>\n<script>{script()}</script>\n</body></html>\n"


def _pages(pages: Page | Iterable[Page]) -> list[Page]:
    if isinstance(pages, Page):
        return [pages]
    found = list(pages)
    for page in found:
        if not isinstance(page, Page):
            raise TypeError(f"expected Page objects, got {type(page).__name__}")
    return found


def to_html(
    pages: Page | Iterable[Page], source_text: str | bytes, *, title: str | None = None,
    entities: bool = False,
) -> str:  # fmt: skip
    """A self-contained HTML view of pages beside the text they were parsed from.

    ``source_text`` is the text (or bytes, decoded as the parser decodes them) that was given
    to ``parse_pages``; its line numbers are the ones in ``source_lines``. With ``entities``,
    each card lists the article's people with titles, places and organisations (this loads
    jieba). Pages that do not fit the text are shown with a note, never an exception.
    """
    if not isinstance(source_text, (str, bytes)):
        raise TypeError(f"source_text must be str or bytes, got {type(source_text).__name__}")
    return (
        document_head(title or DEFAULT_TITLE)
        + input_section(_pages(pages), source_text, source=None, entities=entities)
        + document_tail()
    )
