"""jzdaily: the extracted text of Jiaozuo Daily (焦作日报) pages as clean, typed articles.

>>> from jzdaily import parse_pages
>>> pages = parse_pages(text)  # doctest: +SKIP
"""

from jzdaily._entities import (
    EntityIndex,
    Mention,
    Organization,
    Person,
    Place,
    TitleSpan,
    organizations,
    people,
    places,
)
from jzdaily._errors import DecodeError, JzdailyError, ParseError
from jzdaily._model import (
    Article,
    ArticleKind,
    Dateline,
    Fragment,
    FragmentKind,
    Page,
    ParseWarning,
)
from jzdaily._parse import parse_page, parse_pages
from jzdaily._sample import sample_text

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleKind",
    "Dateline",
    "DecodeError",
    "EntityIndex",
    "Fragment",
    "FragmentKind",
    "JzdailyError",
    "Mention",
    "Organization",
    "Page",
    "ParseError",
    "ParseWarning",
    "Person",
    "Place",
    "TitleSpan",
    "__version__",
    "organizations",
    "parse_page",
    "parse_pages",
    "people",
    "places",
    "sample_text",
]
