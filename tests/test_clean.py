"""Layout whitespace: what goes and what stays."""

from __future__ import annotations

import re

import pytest

from jzdaily._clean import HAN_CHARS, clean_line, ends_sentence, is_han, join_lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("斯 坦 等 国 家 ， 2022", "斯坦等国家，2022"),  # justified: every char spaced
        ("吸 引 了 上 千 名 群 众 参 与 。", "吸引了上千名群众参与。"),
        ("实 现 “25311” 远 景 目", "实现“25311”远景目"),
        ("示范区 （高新区） 党工委", "示范区（高新区）党工委"),  # around full-width brackets
        ("3 月 28 日，全县", "3月28日，全县"),
        ("压缩比达 95.64%；打通了", "压缩比达95.64%；打通了"),  # between Han and digits
        ("凝心聚力跟党走 奋楫扬帆新征程", "凝心聚力跟党走 奋楫扬帆新征程"),  # a real phrase gap
        ("守正创新 实干担当", "守正创新 实干担当"),
        ("JIAOZUO DAILY", "JIAOZUO DAILY"),  # Latin words keep their space
        ("  前后空白  ", "前后空白"),
        ("朱 瑜", "朱瑜"),  # two single characters: letter-spaced
        ("", ""),
    ],
)
def test_clean_line(line: str, expected: str) -> None:
    """Spaces of justification and around digits and brackets go; phrase gaps stay."""
    assert clean_line(line) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["会议要求，要压紧压", "实各方责任。"], "会议要求，要压紧压实各方责任。"),
        (["3月4", "日上午"], "3月4日上午"),
        (["线路总长98.9", "87公里"], "线路总长98.987公里"),
        (["JIAOZUO", "DAILY"], "JIAOZUO DAILY"),
        (["甲", "", "乙"], "甲乙"),
    ],
)
def test_join_lines(parts: list[str], expected: str) -> None:
    """Column-broken lines join without a separator; numbers split over lines heal."""
    assert join_lines(parts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议还研究了其他事项。", True),
        ("发光发热！", True),
        ("怎么办？", True),
        ("的“时时放心不下。”", True),
        ("等“九大行动”", False),
        ("会议审议通过了《实施方案》", False),
        ("要发展壮大集体经", False),
        ("（以下简称“集团”）", False),
        ("", False),
    ],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    """Only a sentence-final mark, perhaps inside closing quotes, ends a paragraph."""
    assert ends_sentence(text) is expected


@pytest.mark.parametrize(
    ("char", "han"),
    [("甲", True), ("㐀", True), ("〇", True), ("，", False), ("A", False), ("3", False)],
)
def test_is_han(char: str, han: bool) -> None:
    """Ideographs of the basic block and extension A count; punctuation and Latin do not."""
    assert is_han(char) is han


@pytest.mark.parametrize("text", ["甲乙", "〇一", "㐀乙丙", "甲a", "甲 乙", "", "甲乙·丙", "ａ"])
def test_a_run_of_the_han_class_is_is_han_for_every_character(text: str) -> None:
    """The patterns' class of Han characters agrees with `is_han` character by character."""
    run = re.fullmatch(f"[{HAN_CHARS}]+", text) is not None
    assert run is (bool(text) and all(is_han(c) for c in text))


def test_the_han_class_is_is_han_on_the_whole_bmp() -> None:
    han = re.compile(f"[{HAN_CHARS}]")
    chars = map(chr, range(0x10000))
    assert [c for c in chars if (han.fullmatch(c) is not None) is not is_han(c)] == []
