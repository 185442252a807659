"""Entity lookup: people with their titles, places and organisations, and a cross-page index.

Nothing heavy happens at import: the dictionary tables and jieba's lexicon load on the
first call.
"""

from jzdaily._entities._index import EntityIndex, Mention, TitleSpan
from jzdaily._entities._lookup import organizations, people, places
from jzdaily._entities._types import Organization, Person, Place
from jzdaily._entities.report import article_entities, people_table

__all__ = [
    "EntityIndex",
    "Mention",
    "Organization",
    "Person",
    "Place",
    "TitleSpan",
    "article_entities",
    "organizations",
    "people",
    "people_table",
    "places",
]
