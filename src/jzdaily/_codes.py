"""Every warning code the parser gives, in one table: code → what it means.

Codes are stable and meant for programs (``page.warnings``); ``docs/errors.md`` lists the
same codes in the same order, and a test holds the two and the parser's code together.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["WARNING_CODES"]

WARNING_CODES: Final[Mapping[str, str]] = MappingProxyType({
    "empty-input": "the input holds no text at all",
    "not-a-page": "the text shows none of the paper's conventions",
    "orphan-text": "a line no article could take, kept as furniture",
    "no-headline": "a news item or commentary without a headline",
    "unresolved-date": "a date that names no real day, or cannot be placed",
    "weekday-mismatch": "a printed weekday the date does not fall on",
    "header-missing": "a page without its printed page line",
    "several-headers": "more than one page line on one page",
    "no-issue-date": "the page's issue date is unknown",
    "empty-body": "an article without body text",
})  # fmt: skip
