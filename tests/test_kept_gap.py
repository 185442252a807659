"""``keeps_a_gap`` lets ``clean_line`` skip its token walk for a line with spaces: where it
says no space may be kept, the clean text must be the text without its spaces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jzdaily._clean import _without_layout_spaces, keeps_a_gap


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("某某 召开会议", True),  # a space between two Han characters may be the writer's
        ("使用 Word 软件", False),  # a space between Han and Latin is the typesetter's
        ("Word Excel", True),  # between two Latin words
        ("第 3 届", False),  # around a digit beside Han characters
        ("3 5", True),  # between two digits
        ("（记者某某） 3月4", False),  # after a bracket
        ("某\u3000某", True),  # an ideographic space counts as a space
        ("某某召开会议", False),  # no space at all
    ],
)
def test_keeps_a_gap_on_invented_lines(text: str, kept: bool) -> None:
    """Each line says whether a space in it sits between two Han characters or two words."""
    assert keeps_a_gap(text) is kept


_CHARS = "某县会议Ab3（）。， \u3000\t"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=14).map(str.strip))
def test_without_a_kept_gap_the_clean_text_is_the_compact_text(text: str) -> None:
    """Where no gap may be kept, reading the line token by token removes every space
    (justified or not): `clean_line`'s shortcut for such lines gives the same text."""
    assert keeps_a_gap(text) or _without_layout_spaces(text) == "".join(text.split())
