"""jzdaily: the extracted text of Jiaozuo Daily (焦作日报) pages as clean, typed articles.

>>> from jzdaily import parse_pages
>>> pages = parse_pages(text)  # doctest: +SKIP
"""

from jzdaily._codes import WARNING_CODES
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
from jzdaily._files import issue_date_from_path, parse_file
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
from jzdaily._records import RECORD_FIELDS, page_record, page_schema, to_records
from jzdaily._sample import sample_text
from jzdaily._view import to_html

__version__ = "0.1.0"

__all__ = [
    "RECORD_FIELDS",
    "WARNING_CODES",
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
    "issue_date_from_path",
    "organizations",
    "page_record",
    "page_schema",
    "parse_file",
    "parse_page",
    "parse_pages",
    "people",
    "places",
    "sample_text",
    "to_html",
    "to_records",
]
