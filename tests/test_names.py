"""Names in bylines, credits and signatures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jzdaily._clean import is_han
from jzdaily._names import Credits, _despace_roles, _read_parts, is_name, parse_credits, split_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩梅、邓超", ["韩梅", "邓超"]),
        ("邓超 许晴", ["邓超", "许晴"]),
        ("朱 明", ["朱明"]),  # a two-character name spaced to the width of three
        ("欧 阳 峰", ["欧阳峰"]),
        ("王 芳 李 四", ["王芳", "李四"]),
        ("邬 秋 英 卓 雨 英", ["邬秋英", "卓雨英"]),  # letter-spaced: three-character names
        ("王 芳 李 四 赵 敏 孙 丽", ["王芳", "李四", "赵敏", "孙丽"]),
        ("孙丽 赵 敏", ["孙丽", "赵敏"]),
        ("庞静，詹凯", ["庞静", "詹凯"]),
    ],
)
def test_split_names(text: str, expected: list[str]) -> None:
    """Spaced names are re-joined; lists split on spaces, 、 and commas."""
    assert split_names(text) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("孟晓光", True), ("邱雨", True), ("司马相如", True), ("阿依·古丽", True),
     ("高新区", False), ("某某县", False), ("甲", False), ("一二三四五", False), ("Li", False)],
)  # fmt: skip
def test_is_name(token: str, expected: bool) -> None:
    """Two to four Han characters, not ending like a place or an office."""
    assert is_name(token) is expected


@pytest.mark.parametrize(
    "char", ["\u3400", "\u4dbf", "\u4e00", "\u9fff", "〇", "\u33ff", "\u4dc0", "\ua000", "Ａ", "·"]
)
def test_a_name_is_made_of_what_is_han(char: str) -> None:
    """A name's characters are exactly `is_han`'s, at each edge of its blocks, in a plain
    name and in one with a middle dot."""
    assert is_name(char * 3) is is_han(char)
    assert is_name(f"阿{char}·古丽") is is_han(char)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("阿·古丽", True), ("阿依·古丽•买买提", True), ("阿依古丽·买买提江木拉伊", True),
     ("阿依古丽·买买提江木拉伊丁", False), ("·古丽", False), ("阿依·", False), ("阿依··古丽", False),
     ("阿依·Li", False)],
)  # fmt: skip
def test_a_dotted_name_is_han_runs_joined_by_dots_twelve_characters_at_most(
    token: str, expected: bool
) -> None:
    """A name with a middle dot (· or •) has Han characters on each side of every dot and
    twelve characters at most."""
    assert is_name(token) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者孟晓光、邱雨", Credits(reporters=("孟晓光", "邱雨"))),
        ("记者庞静 通讯员詹凯", Credits(reporters=("庞静",), correspondents=("詹凯",))),
        ("记者周强 实习生吴敏", Credits(reporters=("周强",), interns=("吴敏",))),
        ("特派记者郑伟", Credits(reporters=("郑伟",))),
        ("本报记者 王 芳 本报通讯员 李建国", Credits(reporters=("王芳",), correspondents=("李建国",))),
        ("韩梅 邓超", Credits(others=("韩梅", "邓超"))),
    ],
)
def test_parse_credits(text: str, expected: Credits) -> None:
    """Role words sort the names that follow them."""
    assert parse_credits(text) == expected


@pytest.mark.parametrize("text", ["高新区", "以下简称“集团”", "记者", "", "甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑 寅 卯 辰 巳 午 未"])
def test_parse_credits_rejects_what_is_not_a_byline(text: str) -> None:
    """A place in brackets, quoted words, a bare role or a long run are no byline."""
    assert parse_credits(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者韩梅", Credits(reporters=("韩梅",))),
        ("通讯员：邓超 ", Credits(correspondents=("邓超",))),
        ("作者 许晴", Credits(others=("许晴",))),
        ("本报记者 韩 梅", Credits(reporters=("韩梅",))),
        ("欧 阳 峰", Credits(others=("欧阳峰",))),
        ("韩记者", None),  # a role word inside the name splits it: 韩 alone is no name
        ("记者记者", None),
        ("记者高新区", None),
        ("韩 新 区", None),
        ("：韩梅", None),  # a colon belongs after a role word only
        ("韩梅邓超许晴", None),
        ("韩梅 邓超、许晴", Credits(others=("韩梅", "邓超", "许晴"))),
        ("记者韩梅、邓超", Credits(reporters=("韩梅", "邓超"))),
        ("韩梅 邓超 许晴 韩梅 邓超 许晴 韩梅 邓超", Credits(others=("韩梅", "邓超", "许晴") * 2 + ("韩梅", "邓超"))),
        ("韩梅 邓超 许晴 韩梅 邓超 许晴 韩梅 邓超 许晴", None),  # nine names are no credit
        ("韩梅 高新区", None),
        ("韩梅 记者邓超", Credits(reporters=("邓超",), others=("韩梅",))),  # a second role: read in parts
    ],
)
def test_one_role_credits(text: str, expected: Credits | None) -> None:
    """A credit of one role's names, after at most one role word, plain names or one
    letter-spaced name (the usual credit, read in one step), reads as the general reading
    does."""
    assert parse_credits(text) == expected


_CREDIT_TOKENS = st.sampled_from([
    "本报记者", "记者", "通讯员", "实习生", "作者", "记", "者", "本 报 记 者", "记 者", "：", ":",
    " ", "  ", "\u3000", "、", "，", "韩", "梅", "区", "邓超", "欧阳峰", "阿依·古丽", "·", "A",
])  # fmt: skip


@given(st.lists(_CREDIT_TOKENS, max_size=8).map("".join))
def test_the_one_name_step_reads_as_the_general_reading(text: str) -> None:
    """Whatever the text, the one-step reading of the usual credit gives what reading it part
    by part between its role words gives."""
    parse_credits.cache_clear()
    assert parse_credits(text) == _read_parts(_despace_roles(text) if " " in text else text)
