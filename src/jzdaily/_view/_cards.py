"""What a card says about an article, and what a page section says about its page.

The card's facts are one ordered table, ``CARD_FIELDS``: a label and a small function from
the article to the text shown (``None`` or empty: the row is left out). A field the model
gains is one more row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from html import escape

import attrs

from jzdaily._entities import Organization, Person, Place
from jzdaily._model import Article, Page, ParseWarning, json_value
from jzdaily._records import NAME_SEPARATOR, join_names

__all__ = [
    "CARD_FIELDS",
    "LEAD_CHARS",
    "Entities",
    "card_fields",
    "card_html",
    "count",
    "lead",
    "page_facts",
    "warning_item",
]

@attrs.frozen
class Entities:
    """What the entity lookup found in one article, for its card."""

    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()


LEAD_CHARS = 120  # how much of the body a card shows before "full text"
def _when(article: Article) -> str | None:
    """Event date, its end, time and a precision coarser than a day: ``2023-03-04 上午``."""
    start = json_value(article.date)
    if start is None:
        return None
    end = json_value(article.date_end)
    parts = [f"{start} – {end}" if end and end != start else start]
    clock = article.time.strftime("%H:%M") if article.time else None
    if clock and article.time_approximate:
        clock = "≈" + clock
    parts.extend(p for p in (article.time_of_day, clock) if p)
    if article.date_precision not in (None, "day"):
        parts.append(f"({article.date_precision})")
    return " ".join(parts)


def _dateline(article: Article) -> str | None:
    return article.dateline.raw if article.dateline else None


def _staff(role: str) -> Callable[[Article], str | None]:
    def read(article: Article) -> str | None:
        return join_names(getattr(article.dateline, role)) if article.dateline else None

    read.__name__ = role
    return read


# (label, reader): the order is the order on the card
CARD_FIELDS: tuple[tuple[str, Callable[[Article], str | None]], ...] = (
    ("column", lambda a: a.column),
    ("dateline", _dateline),
    ("place", lambda a: a.dateline.place if a.dateline else None),
    ("reporters", _staff("reporters")),
    ("correspondents", _staff("correspondents")),
    ("interns", _staff("interns")),
    ("authors", lambda a: join_names(a.authors)),
    ("photographers", lambda a: join_names(a.photographers)),
    ("photo arrow", lambda a: a.photo_arrow),
    ("date", _when),
    ("relative date", lambda a: a.relative_date),
)


def card_fields(article: Article) -> list[tuple[str, str]]:
    """The card's rows for one article: (label, text), empty rows left out."""
    rows = []
    for label, read in CARD_FIELDS:
        value = read(article)
        if value:
            rows.append((label, str(value)))
    return rows


def lead(article: Article) -> str:
    """The first lines of the body, cut at ``LEAD_CHARS`` characters."""
    body = article.body
    return body if len(body) <= LEAD_CHARS else body[:LEAD_CHARS] + "…"


def count(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def _staff_line(staff: Mapping[str, Sequence[str]]) -> str | None:
    return "; ".join(f"{role} {join_names(names)}" for role, names in staff.items()) or None


def page_facts(page: Page) -> list[tuple[str, str]]:
    """The page's header facts as (label, text) rows, empty ones left out."""
    date = page.date.isoformat() if page.date else None
    if date and page.date_inferred:
        date += " (inferred: not printed on this page)"
    pieces = ", ".join(count(n, word) for n, word in [
        (len(page.articles), "article"), (len(page.fragments), "fragment"),
        (len(page.warnings), "warning"),
    ])  # fmt: skip
    rows = [
        ("paper", page.paper),
        ("code", page.code),
        ("section", page.section),
        ("date", date),
        ("weekday", page.weekday),
        ("hotline", page.hotline),
        ("staff", _staff_line(page.staff)),
        ("pieces", pieces),
    ]
    return [(label, value) for label, value in rows if value]


def warning_item(warning: ParseWarning) -> str:
    """One warning as a list item: its code, its sentence and the lines it concerns."""
    lines = ", ".join(map(str, warning.source_lines))
    label = "line" if len(warning.source_lines) == 1 else "lines"
    where = f' <span class="at">({label} {escape(lines)})</span>' if lines else ""
    return (f'<li data-code="{escape(warning.code)}"><code>{escape(warning.code)}</code> '
            f"{escape(warning.message)}{where}</li>")  # fmt: skip


def _span(lines: Sequence[int]) -> str:
    if not lines:
        return "no lines"
    return f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"


def _rows(rows: Iterable[tuple[str, str]], css: str) -> str:
    items = "".join(
        f'<div><dt>{escape(label)}</dt><dd data-field="{escape(label)}">{escape(value)}</dd></div>'
        for label, value in rows
    )
    return f'<dl class="{css}">{items}</dl>' if items else ""


def _item(name: str, notes: Iterable[tuple[str, str | None]]) -> str:
    extra = "".join(f' <span class="{css}">{escape(text)}</span>' for css, text in notes if text)
    return f'<li data-name="{escape(name)}">{escape(name)}{extra}</li>'


def _entities(found: Entities) -> str:
    """People with their titles and staff role, places with their level, organisations' kind."""
    groups = [
        ("people", [_item(p.name, [("titles", NAME_SEPARATOR.join(p.titles)), ("role", p.role)])
                    for p in found.people]),
        ("places", [_item(p.name, [("detail", p.level)]) for p in found.places]),
        ("organizations", [_item(o.name, [("detail", o.kind)]) for o in found.organizations]),
    ]  # fmt: skip
    items = "".join(
        f'<div><dt>{label}</dt><dd><ul class="{label}">{"".join(lis)}</ul></dd></div>'
        for label, lis in groups if lis
    )  # fmt: skip
    return f'<dl class="entities">{items}</dl>' if items else ""


def card_html(
    key: str, hue: int, article: Article, warnings: Sequence[ParseWarning],
    found: Entities | None = None,
) -> str:  # fmt: skip
    """One article's card: kind, headline, the rows of ``CARD_FIELDS``, lead, warnings."""
    kind = article.kind.value
    if article.headline:
        headline = f'<h3 class="headline">{escape(article.headline)}</h3>'
    else:
        headline = '<h3 class="headline missing">(no headline)</h3>'
    subtitle = f'<p class="subtitle">{escape(article.subtitle)}</p>' if article.subtitle else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    full = (f'<details><summary>full text, {len(article.paragraphs)} paragraph(s)</summary>'
            f"{paragraphs}</details>") if article.body != lead(article) else ""  # fmt: skip
    warned = "".join(warning_item(w) for w in warnings)
    warned = f'<ul class="warnings">{warned}</ul>' if warned else ""
    return (
        f'<article class="card" id="card-{key}" data-owner="{key}" '
        f'data-article-id="{escape(article.id)}" data-kind="{escape(kind)}" tabindex="0" '
        f'style="--h:{hue}" aria-label="{escape(article.headline or kind)}">'
        f'<p class="meta"><span class="kind">{escape(kind)}</span> '
        f'<span class="aid">{escape(article.id)}</span> '
        f'<span class="span">{_span(article.source_lines)}</span></p>'
        f"{headline}{subtitle}{_rows(card_fields(article), 'fields')}"
        f'<p class="lead">{escape(lead(article))}</p>{full}'
        f"{warned}"
        f"{_entities(found) if found is not None else ''}</article>"
    )
