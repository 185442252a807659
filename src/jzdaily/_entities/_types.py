"""The entity records: frozen attrs classes with JSON-ready ``to_dict``."""

from __future__ import annotations

from typing import Any

import attr  # attr.asdict can turn tuples into JSON lists
import attrs

__all__ = ["STAFF_ROLES", "Organization", "Person", "Place"]

STAFF_ROLES = ("记者", "通讯员", "实习生", "作者", "摄影")  # roles of an article's own staff


@attrs.frozen
class Person:
    """A person named in one article, with every title printed next to them there."""

    name: str
    titles: tuple[str, ...] = ()  # as printed, whitespace removed, in order of appearance
    role: str | None = None  # None in the story; one of STAFF_ROLES for the article's staff
    offset: int | None = None  # first mention in the text; None for staff from the byline
    mentions: int = 0  # times the name is printed in the text

    def to_dict(self) -> dict[str, Any]:
        return attr.asdict(self, retain_collection_types=False)


@attrs.frozen
class Place:
    """An administrative unit; ``level`` is province, city, county, township or village."""

    name: str
    level: str
    parent: str | None = None  # the unit it belongs to, when known or printed before it
    offset: int = 0  # first mention in the text
    mentions: int = 1  # times named, counting 该市-style references back to it

    def to_dict(self) -> dict[str, Any]:
        return attr.asdict(self, retain_collection_types=False)


@attrs.frozen
class Organization:
    """A company, party or government body, bank, court, school … as printed."""

    name: str
    kind: str  # company, bank, court, party, government, school, research, hospital, …
    offset: int = 0
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return attr.asdict(self, retain_collection_types=False)
