"""Every exception jzdaily raises on purpose; each subclasses the fitting builtin."""

from __future__ import annotations

from collections.abc import Sequence

from jzdaily._model import ParseWarning

__all__ = ["DecodeError", "JzdailyError", "ParseError"]


class JzdailyError(Exception):
    """Base class: ``except jzdaily.JzdailyError`` catches everything the library raises."""


class DecodeError(JzdailyError, ValueError):
    """Bytes that are text in none of the accepted encodings."""

    def __init__(self, encodings: Sequence[str], offset: int) -> None:
        self.encodings = tuple(encodings)  # the encodings tried, in order
        self.offset = offset  # first bad byte of the encoding that read furthest, in the input
        super().__init__(
            f"input is not text in any of {', '.join(self.encodings)}: "
            f"first undecodable byte at offset {offset}"
        )


class ParseError(JzdailyError, ValueError):
    """Raised instead of returning warnings when parsing with ``strict=True``."""

    def __init__(self, warnings: Sequence[ParseWarning], page_index: int = 0) -> None:
        self.warnings = tuple(warnings)  # what the parser had to guess
        self.page_index = page_index  # the page they belong to
        first = self.warnings[0] if self.warnings else None
        detail = f"{first.code}: {first.message}" if first else "no detail"
        super().__init__(
            f"page {page_index}: {len(self.warnings)} problem(s); first is {detail}"
        )
