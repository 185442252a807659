"""Pages as records: the JSON Lines record the CLI writes, its schema, and flat table rows.

``page_record`` is the one place that decides what a JSON Lines record holds, so the CLI, the
Dask recipe and the schema cannot drift apart. ``to_records`` flattens the nested model into
one row per article for pandas, CSV and Parquet, where nested lists have no place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from jzdaily._model import Article, Page

__all__ = [
    "LINE_SEPARATOR",
    "NAME_SEPARATOR",
    "RECORD_FIELDS",
    "join_names",
    "page_record",
    "page_schema",
    "to_records",
]

NAME_SEPARATOR = "、"  # joins people's names: the paper's own enumeration comma, never in a name
LINE_SEPARATOR = ";"  # joins line numbers, warning codes and staff roles

# The columns of to_records, in order; "source" comes first when a source is given.
RECORD_FIELDS: tuple[str, ...] = (
    "page_index",
    "page_code",
    "page_section",
    "page_date",
    "page_date_inferred",
    "page_weekday",
    "page_paper",
    "page_hotline",
    "page_staff",
    "page_warnings",
    "id",
    "position",
    "kind",
    "headline",
    "subtitle",
    "column",
    "date",
    "date_end",
    "date_precision",
    "time",
    "time_approximate",
    "time_of_day",
    "relative_date",
    "dateline",
    "dateline_source",
    "dateline_place",
    "reporters",
    "correspondents",
    "interns",
    "authors",
    "photographers",
    "photo_arrow",
    "story_code",
    "continued_to",
    "continued_from",
    "linked_id",
    "first_line",
    "last_line",
    "source_lines",
    "body",
)


def page_record(page: Page, *, source: str | None = None) -> dict[str, Any]:
    """The JSON Lines record of one page: ``source`` (the file it came from) then the page."""
    return {"source": source, **page.to_dict()}


def page_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`page_record`'s output, as shipped."""
    import json  # imported here: ``import jzdaily`` should not pay for what only this needs

    from jzdaily._data import read_text

    schema: dict[str, Any] = json.loads(read_text("page.schema.json"))
    return schema


def join_names(values: Iterable[str]) -> str | None:
    """Names as the paper lists them (甲、乙), or None for none."""
    return NAME_SEPARATOR.join(values) or None


def _numbers(values: Sequence[int]) -> str | None:
    return LINE_SEPARATOR.join(str(v) for v in values) or None


def _staff(staff: Mapping[str, Sequence[str]]) -> str | None:
    """``编辑:张三;校对:李四``: role and names, roles in printed order."""
    parts = [f"{role}:{NAME_SEPARATOR.join(names)}" for role, names in staff.items()]
    return LINE_SEPARATOR.join(parts) or None


def _page_fields(page: Page) -> dict[str, Any]:
    return {
        "page_index": page.index,
        "page_code": page.code,
        "page_section": page.section,
        "page_date": page.date.isoformat() if page.date else None,
        "page_date_inferred": page.date_inferred,
        "page_weekday": page.weekday,
        "page_paper": page.paper,
        "page_hotline": page.hotline,
        "page_staff": _staff(page.staff),
        "page_warnings": LINE_SEPARATOR.join(w.code for w in page.warnings) or None,
    }


def _article_fields(article: Article, position: int) -> dict[str, Any]:
    dateline = article.dateline
    return {
        "id": article.id,
        "position": position,
        "kind": article.kind.value,
        "headline": article.headline,
        "subtitle": article.subtitle,
        "column": article.column,
        "date": article.date.isoformat() if article.date else None,
        "date_end": article.date_end.isoformat() if article.date_end else None,
        "date_precision": article.date_precision,
        "time": article.time.isoformat(timespec="minutes") if article.time else None,
        "time_approximate": article.time_approximate,
        "time_of_day": article.time_of_day,
        "relative_date": article.relative_date,
        "dateline": dateline.raw if dateline else None,
        "dateline_source": dateline.source if dateline else None,
        "dateline_place": dateline.place if dateline else None,
        "reporters": join_names(dateline.reporters) if dateline else None,
        "correspondents": join_names(dateline.correspondents) if dateline else None,
        "interns": join_names(dateline.interns) if dateline else None,
        "authors": join_names(article.authors),
        "photographers": join_names(article.photographers),
        "photo_arrow": article.photo_arrow,
        "story_code": article.story_code,
        "continued_to": article.continued_to,
        "continued_from": article.continued_from,
        "linked_id": article.linked_id,
        "first_line": article.source_lines[0] if article.source_lines else None,
        "last_line": article.source_lines[-1] if article.source_lines else None,
        "source_lines": _numbers(article.source_lines),
        "body": article.body,
    }


def to_records(
    pages: Page | Iterable[Page], *, source: str | None = None
) -> list[dict[str, Any]]:
    """One flat dict per article, page fields included, in page then text order.

    ``pages`` is one page or any iterable of them (the tuple ``parse_pages`` returns).

    Values are str, int, bool or None only: dates are ISO strings, names are joined with
    ``、`` and line numbers, warning codes and staff roles with ``;``; an empty list becomes
    None. Keys follow :data:`RECORD_FIELDS`, preceded by ``source`` when one is given, so
    ``pandas.DataFrame(to_records(pages))`` has the same columns for every input.
    """
    head = {} if source is None else {"source": source}
    rows = []
    for page in (pages,) if isinstance(pages, Page) else pages:
        page_fields = _page_fields(page)
        for position, article in enumerate(page.articles, start=1):
            rows.append({**head, **page_fields, **_article_fields(article, position)})
    return rows
