"""The bundled sample: two pages of the 7 March 2023 issue, as a PDF extractor gives them."""

from __future__ import annotations

__all__ = ["SAMPLE_NAME", "sample_text"]

SAMPLE_NAME = "jiaozuo-2023-03-07-A07-A08.txt"


def sample_text() -> str:
    """The sample page file's text, for trying the library and for its own tests."""
    from jzdaily._data import read_text

    return read_text("sample", SAMPLE_NAME)
