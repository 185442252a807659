from __future__ import annotations

import pytest

from jzdaily._entities._names import (
    END_BREAK,
    END_FOLLOWER,
    END_WORD,
    end_score,
    left_edge,
    name_ends,
    read_name,
    vetoed,
)
from jzdaily._entities._resources import name_tables


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("韩振东，", "韩振东"),  # three characters before a break
        ("钱德、", "钱德"),  # two characters before a break
        ("孙晓峰出席会议", "孙晓峰"),  # a follower word ends the name
        ("魏文所作的报告", "魏文"),  # 所 cannot be in a given name: the name is two long
        ("邱明德交流座谈", "邱明德"),  # 交流 follows
        ("苏婉婷到会指导", "苏婉婷"),
        ("欧阳明远主持", "欧阳明远"),  # compound surname, two-character given name
        ("欧阳博参加", "欧阳博"),
        ("郭力伟等参加", "郭力伟"),
        ("柯鹏正和村干部商量", "柯鹏"),  # 正 is the adverb of 正和, not the name's end
        ("邬凯正和老伴", "邬凯"),
        ("裴鹏正与队员", "裴鹏"),  # likewise before 与
        ("柯正和老伴", "柯正"),  # one follower: the name ends before it as usual
        ("杨本市", None),  # 市 never ends a given name: a place, not a person
        ("双方表示", None),  # a common word
        ("高度重视", None),
        ("和燃气安全", None),  # 和 is a surname but also "and": needs a clear end
        ("融会贯通", None),
    ],
)
def test_read_name(text: str, name: str | None) -> None:
    end = read_name(text, 0, name_tables())
    assert (text[:end] if end is not None else None) == name


@pytest.mark.parametrize(
    ("text", "end", "score"),
    [
        ("甲乙，", 2, END_BREAK),
        ("甲乙", 2, END_BREAK),
        ("甲乙3月", 2, END_BREAK),
        ("甲乙出席", 2, END_FOLLOWER),
        ("甲乙交流", 2, END_FOLLOWER),
        ("甲乙工作", 2, END_WORD),
        ("甲乙丁戊", 2, END_WORD),  # 丁 is a frequent word of its own
        ("甲乙丐丐", 2, 0),
    ],
)
def test_end_score(text: str, end: int, score: int) -> None:
    assert end_score(text, end, name_tables()) == score


def test_name_ends_are_longest_first_and_shaped() -> None:
    t = name_tables()
    assert list(name_ends("欧阳明远", 0, t)) == [4, 3, 2]  # 欧 is a surname too
    assert list(name_ends("王明远", 0, t)) == [3, 2]
    assert list(name_ends("明远", 1, t)) == []  # 远 is no surname
    assert list(name_ends("王的", 0, t)) == []  # 的 is in no given name


@pytest.mark.parametrize(
    ("text", "start", "edge"),
    [
        ("，甲乙", 1, True),
        ("甲乙", 0, True),
        ("学习甲乙", 2, True),
        ("和甲乙", 1, True),
        ("公司甲乙", 2, False),
    ],
)
def test_left_edge(text: str, start: int, edge: bool) -> None:
    assert left_edge(text, start, name_tables()) is edge


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("大家", True),  # a common word
        ("钱德宝", False),  # an ordinary invented name
        ("常常", True),  # a doubled character
        ("揭牌", True),  # characters unlike a name's
        ("督导中", True),
        ("任弼时", False),  # a famous name jieba's dictionary tags: never vetoed
    ],
)
def test_vetoed(word: str, common: bool) -> None:
    """A candidate that is a word, a doubled character or unlike a name is vetoed."""
    assert vetoed(word, name_tables()) is common
