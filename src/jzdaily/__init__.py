"""jzdaily: the extracted text of Jiaozuo Daily (焦作日报) pages as clean, typed articles.

>>> from jzdaily import parse_pages
>>> pages = parse_pages(text)  # doctest: +SKIP
"""

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
    "Fragment",
    "FragmentKind",
    "JzdailyError",
    "Page",
    "ParseError",
    "ParseWarning",
    "__version__",
    "parse_page",
    "parse_pages",
    "sample_text",
]
