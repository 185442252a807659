"""JSON-ready views for the command line: one article's entities, and a people table.

The people table is built in two steps so that the batch's workers do the costly part: a
worker finds each article's people (``page_people``), and the parent adds them up in input
order (``PeopleTable``). A name printed with a title in one article of an issue is also
looked for in that issue's later articles, as ``EntityIndex`` does; the parent looks again
only for the few articles where such a name is printed and was not found on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import attrs

from jzdaily._entities._lookup import organizations, people, places
from jzdaily._entities._text import squeeze, text_of
from jzdaily._entities._types import Person
from jzdaily._model import Article, Page

__all__ = ["PagePeople", "PeopleTable", "article_entities", "page_people", "people_table"]

PagePeople = tuple[tuple[Person, ...], ...]  # the people of each article of a page, in order

_MIN_KNOWN = 2  # a shared name of one character would match everywhere; people() skips them


def article_entities(article: Article) -> dict[str, Any]:
    """People (staff last, with their role), places and organisations of one article."""
    return {
        "people": [p.to_dict() for p in people(article)],
        "places": [p.to_dict() for p in places(article)],
        "organizations": [o.to_dict() for o in organizations(article)],
    }


def page_people(page: Page) -> PagePeople:
    """Each article's people found from its own text alone (the part a worker can do)."""
    return tuple(people(article) for article in page.articles)


def _known_names_matter(article: Article, found: Sequence[Person], known: Collection[str]) -> bool:
    """Whether a name from earlier articles is printed here without having been found: only
    then can looking for it change what ``people`` returns."""
    story = {person.name for person in found if person.role is None}
    missing = [name for name in known if len(name) >= _MIN_KNOWN and name not in story]
    if not missing:
        return False
    text = squeeze(text_of(article)).text
    return any(name in text for name in missing)


@attrs.define
class _Row:
    titles: dict[str, None] = attrs.Factory(dict)  # ordered set
    count: int = 0
    dates: set[dt.date] = attrs.Factory(set)
    roles: dict[str, None] = attrs.Factory(dict)


class PeopleTable:
    """One row per person across pages added in input order: name, titles, count of
    mentions (one per article), dates (event date, else issue date) and roles."""

    def __init__(self) -> None:
        self._known: dict[dt.date | None, set[str]] = {}  # titled story names of each issue
        self._rows: dict[str, _Row] = {}  # in order of first appearance

    def add_page(self, page: Page, found: PagePeople | None = None) -> None:
        """Add a page; ``found`` is ``page_people(page)`` when a worker has computed it."""
        known = self._known.setdefault(page.date, set())
        for number, article in enumerate(page.articles):
            persons = found[number] if found is not None else None
            if persons is None or _known_names_matter(article, persons, known):
                persons = people(article, known=sorted(known))
            when = article.date or page.date
            for person in persons:
                row = self._rows.setdefault(person.name, _Row())
                row.titles.update(dict.fromkeys(person.titles))
                row.count += 1
                if when is not None:
                    row.dates.add(when)
                if person.role is not None:
                    row.roles[person.role] = None
            known.update(p.name for p in persons if p.role is None and p.titles)

    def rows(self) -> list[dict[str, Any]]:
        """The table, most mentioned first, then by first appearance."""
        rows = [
            {
                "name": name,
                "titles": list(row.titles),
                "count": row.count,
                "dates": [d.isoformat() for d in sorted(row.dates)],
                "roles": list(row.roles),
            }
            for name, row in self._rows.items()
        ]
        return sorted(rows, key=lambda row: -int(row["count"]))


def people_table(pages: Iterable[Page]) -> list[dict[str, Any]]:
    """One row per person across the pages: name, titles, count of articles, dates, roles.

    Rows are ordered by count (most mentioned first), then by first appearance.
    """
    table = PeopleTable()
    for page in pages:
        table.add_page(page)
    return table.rows()
