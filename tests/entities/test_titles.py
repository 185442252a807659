from __future__ import annotations

import pytest

from jzdaily._entities import people
from jzdaily._entities._resources import name_tables
from jzdaily._entities._titles import is_group_title, title_chain


def chain(text: str, word: str) -> tuple[str, ...]:
    """The titles before the name that follows the last ``word`` in ``text``."""
    start = text.rindex(word)
    return title_chain(text, start, start + len(word), name_tables())


@pytest.mark.parametrize(
    ("text", "word", "titles"),
    [
        (
            "3月9日，省人大常委会副主任、济源市委书记",
            "书记",
            ("省人大常委会副主任", "济源市委书记"),
        ),
        ("会议传达学习了市委书记", "书记", ("市委书记",)),  # 了 ends the title
        ("，邀请县人民法院副院长", "院长", ("县人民法院副院长",)),  # 邀请 ends it
        ("收看北京市餐饮协会会长", "会长", ("北京市餐饮协会会长",)),
        ("，该市市委副书记、石庄街道党工委书记", "书记", ("市委副书记", "石庄街道党工委书记")),
        ("，“云帆科技”创始人兼董事长", "董事长", ("“云帆科技”创始人兼董事长",)),
        ("●3月2日，武陟县委常委、县委办公室主任", "主任", ("武陟县委常委", "县委办公室主任")),
        ("副行长苏婉婷、高级客户经理", "经理", ("高级客户经理",)),  # a name breaks the chain
        ("县委副书记、县长", "县长", ("县委副书记", "县长")),
    ],
)
def test_title_chain(text: str, word: str, titles: tuple[str, ...]) -> None:
    assert chain(text, word) == titles


def test_overlong_run_falls_back_to_the_title_word() -> None:
    text = "甲" * 40 + "局长"
    assert chain(text, "局长") == ("局长",)


@pytest.mark.parametrize(
    ("title", "group"),
    [("区领导", True), ("孟县领导", True), ("县长", False), ("领导小组组长", False)],
)
def test_is_group_title(title: str, group: bool) -> None:
    assert is_group_title(title, name_tables()) is group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 的 after a unit (部, 局, 办 …) stays in the title: the unit's post.
        ("我与宣传部的历任编辑柯晓岚座谈。", [("柯晓岚", ("宣传部的历任编辑",))]),
        ("我见到了指挥部的工作人员季春禾。", [("季春禾", ("指挥部的工作人员",))]),
        # Negatives: after any other character 的 still ends the title.
        ("他们厂里的技术员甄立本说，", [("甄立本", ("技术员",))]),
        ("今天俺大队的村官鲁长顺来了。", [("鲁长顺", ("村官",))]),
    ],
)
def test_a_units_post_keeps_its_de(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    """A title reads back across 的 only when a unit's name ends right before it."""
    assert [(p.name, p.titles) for p in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word saying when the post was held opens the title, across a stop after it.
        ("报告被时任接待处处长的柯远航“压”了下来。", [("柯远航", ("时任接待处处长",))]),
        ("协会现任会长邬立新说，", [("邬立新", ("协会现任会长",))]),
        # A paper's name in 《》 before the title stays in it, brackets and all.
        ("《某某日报》时任总编辑邬立新为本书作序。", [("邬立新", ("《某某日报》时任总编辑",))]),
        # 和/与 inside an official unit's name is part of the title.
        ("省工业和信息化厅厅长裴东升出席会议。", [("裴东升", ("省工业和信息化厅厅长",))]),
        ("国际交流与合作中心负责人裴东升说，", [("裴东升", ("国际交流与合作中心负责人",))]),
        # Negatives: no title after 同时任(命); 和 before a level (县长, 市商务局) or
        # outside a unit's name still ends the title.
        ("会议同时任命柯远航为县长。", []),
        ("党员和县长柯远航一起走访。", [("柯远航", ("县长",))]),
        ("企业和市商务局局长柯远航座谈。", [("柯远航", ("市商务局局长",))]),
        ("农民和信息化专家柯远航交流。", [("柯远航", ("信息化专家",))]),
    ],
)
def test_tenure_words_papers_and_joined_units(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """时任/现任 open a title, a 《paper》 stays in it, and 和/与 inside a unit's name
    does not cut it; elsewhere stops cut titles as before."""
    assert [(p.name, p.titles) for p in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause that is all title, then a comma, chains like 、.
        (
            "会上，全国人大代表，某市人大常委会主任、党组书记柯远航讲话。",
            [("柯远航", ("全国人大代表", "某市人大常委会主任", "党组书记"))],
        ),
        ("省政协委员,某集团董事长柯远航说,", [("柯远航", ("省政协委员", "某集团董事长"))]),
        # Negatives: a clause with more than a title in it, or not ending in a title word,
        # does not chain across its comma.
        ("他是市人大代表，县委书记柯远航说，", [("柯远航", ("县委书记",))]),
        ("会上，县长讲话，副县长柯远航主持。", [("柯远航", ("副县长",))]),
    ],
)
def test_titles_chained_by_a_comma(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    """Titles joined by a comma chain when the clause before the comma is all title."""
    assert [(p.name, p.titles) for p in people(text)] == expected
