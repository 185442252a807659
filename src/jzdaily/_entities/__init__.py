"""Entity lookup: people with their titles, places and organisations, and a cross-page index.

Nothing heavy happens at import: the dictionary tables and jieba's lexicon load on the
first call.
"""

from jzdaily._entities._index import EntityIndex, Mention, TitleSpan
from jzdaily._entities._lookup import organizations, people, places
from jzdaily._entities._types import Organization, Person, Place

__all__ = [
    "EntityIndex",
    "Mention",
    "Organization",
    "Person",
    "Place",
    "TitleSpan",
    "organizations",
    "people",
    "places",
]
