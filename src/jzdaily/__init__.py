"""jzdaily: the extracted text of Jiaozuo Daily (焦作日报) pages as clean, typed articles.

>>> from jzdaily import parse_pages
>>> pages = parse_pages(text)  # doctest: +SKIP

``import jzdaily`` loads the parser only: the entity lookups (which bring jieba's lexicon)
and the HTML view are imported on first use of one of their names (``_LAZY``), so scripts
that only parse start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from jzdaily._codes import WARNING_CODES
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

if TYPE_CHECKING:  # what the lazy names are, for type checkers and IDEs
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
    from jzdaily._view import to_html

__version__ = "0.1.0"

# Public names imported on first use, and the module each comes from.
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        ("EntityIndex", "Mention", "Organization", "Person", "Place", "TitleSpan",
         "organizations", "people", "places"),
        "jzdaily._entities",
    ),
    "to_html": "jzdaily._view",
}  # fmt: skip

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


if not TYPE_CHECKING:  # hidden from type checkers: they see the real names imported above,
    # and a misspelt name stays an error for them instead of becoming Any

    def __getattr__(name: str) -> Any:
        """A lazy public name: import its module once, then keep the name here (PEP 562)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later lookups find it directly, without this hook
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
