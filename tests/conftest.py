"""Shared fixtures: the sample page, its answer key, and a column typesetter for variations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jzdaily import Page, parse_pages

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "jiaozuo-2023-03-07-A07-A08.txt"
GOLD = FIXTURES / "jiaozuo-2023-03-07-A07-A08.gold.json"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pages(sample_text: str) -> tuple[Page, ...]:
    """The sample parsed once for the session: the model is frozen, so tests share it."""
    return parse_pages(sample_text)


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def typeset(text: str, width: int, *, breaks: tuple[int, ...] = ()) -> str:
    """Cut a paragraph into lines of `width` characters, as a narrow newspaper column does.

    `breaks` lists line indexes after which a column break leaves a blank line.
    """
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        if index in breaks:
            out.append("")
    return "\n".join(out)
