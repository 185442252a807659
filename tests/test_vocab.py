"""Turning word tables into patterns."""

from __future__ import annotations

import re

from jzdaily._vocab import alternation, longest_first


def test_longest_first_is_distinct_and_stable() -> None:
    """Duplicates go; longer words first; equal lengths in code-point order."""
    assert longest_first(["记者", "本报记者", "乙", "甲", "记者"]) == ("本报记者", "记者", "乙", "甲")


def test_alternation_prefers_the_longest_word_and_escapes() -> None:
    """记者 inside 本报记者 is not matched alone; regex characters are literal."""
    pattern = re.compile(alternation(["记者", "本报记者", "a.b"]))
    assert pattern.match("本报记者甲").group() == "本报记者"  # type: ignore[union-attr]
    assert pattern.match("axb") is None
