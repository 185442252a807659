"""People rules on text written for these tests: other names, other titles."""

from __future__ import annotations

import pytest

from jzdaily._entities import Person, people
from jzdaily._entities._people import RULES
from tests.entities.conftest import article


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "3月9日上午，省人大常委会副主任、济源市委书记欧阳明远主持召开座谈会。",
            [("欧阳明远", ("省人大常委会副主任", "济源市委书记"))],
            id="title-chain-with-compound-surname",
        ),
        pytest.param(
            "市委常委、常务副市长韩振东出席。",
            [("韩振东", ("市委常委", "常务副市长"))],
            id="title-chain",
        ),
        pytest.param(
            "县领导周雪梅、钱德、孙晓峰、郭力伟出席会议。",
            [
                ("周雪梅", ("县领导",)),
                ("钱德", ("县领导",)),
                ("孙晓峰", ("县领导",)),
                ("郭力伟", ("县领导",)),
            ],
            id="group-title-list",
        ),
        pytest.param(
            "沁阳市领导龙飞、段玉珍、葛天等出席。",
            [("龙飞", ("沁阳市领导",)), ("段玉珍", ("沁阳市领导",)), ("葛天", ("沁阳市领导",))],
            id="city-leaders-list-ending-with-deng",
        ),
        pytest.param(
            "工商银行焦作分行行长邱明德与农业银行温县支行副行长苏婉婷交流座谈。",
            [("邱明德", ("工商银行焦作分行行长",)), ("苏婉婷", ("农业银行温县支行副行长",))],
            id="title-after-organisation",
        ),
        pytest.param(
            "云帆科技有限公司董事长魏文所作的报告",
            [("魏文", ("云帆科技有限公司董事长",))],
            id="two-character-name-before-suo",
        ),
        pytest.param(
            "区领导钱德、孙晓\n峰出席会议。",
            [("钱德", ("区领导",)), ("孙晓峰", ("区领导",))],
            id="name-split-by-column-break",
        ),
        pytest.param(
            "县长王俊涛到会指导，副县长白雨桐致辞，总会计师尤嘉参加。",
            [("王俊涛", ("县长",)), ("白雨桐", ("副县长",)), ("尤嘉", ("总会计师",))],
            id="several-titles",
        ),
        pytest.param(
            "河南省先进工作者、市第一人民医院主任医师胡冰清作报告。",
            [("胡冰清", ("河南省先进工作者", "市第一人民医院主任医师"))],
            id="honour-and-post",
        ),
        pytest.param(
            "，该市市委副书记、石庄街道党工委书记邹远航带领",
            [("邹远航", ("市委副书记", "石庄街道党工委书记"))],
            id="gai-shi-dropped-from-title",
        ),
        pytest.param(
            "会上，市长范志刚讲话，副市长闫红霞、欧阳博参加。",
            [("范志刚", ("市长",)), ("闫红霞", ("副市长",)), ("欧阳博", ("副市长",))],
            id="names-joined-to-a-titled-name-share-its-title",
        ),
    ],
)
def test_titled_and_listed_people(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("蔡文斌指出，要把学习贯彻落到实处。", "蔡文斌"),
        ("座谈中，姚秋实详细介绍了企业的发展情况。", "姚秋实"),
        ("会后，莫少聪表示，将加快项目建设。", "莫少聪"),
        ("会议由卓立新主持。", "卓立新"),  # 由 may come right before a name
        ("会议由他主持。", None),
        ("会后，全体党员表示，要学深悟透。", None),
    ],
)
def test_bare_name_before_a_verb(text: str, name: str | None) -> None:
    names = [p.name for p in people(text)]
    assert names == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("会议传达学习了唐振国书记的讲话精神。", "唐振国", ("书记",)),
        ("学习贯彻范文澜同志的批示精神", "范文澜", ("同志",)),
        ("市委书记唐振国……会议传达了唐振国书记的批示。", "唐振国", ("市委书记", "书记")),
    ],
)
def test_title_printed_after_the_name(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert found(text) == [(name, titles)]


def test_a_name_seen_with_a_title_is_found_again_bare() -> None:
    text = "副县长白雨桐出席。会上，白雨桐对企业提出三点要求。"
    (person,) = people(text)
    assert person == Person("白雨桐", ("副县长",), None, text.index("白雨桐"), 2)


def test_known_names_are_found_without_context() -> None:
    """A name no rule finds (a weak surname with no frame) is found when passed as known."""
    assert [p.name for p in people("会后车正平到企业。")] == []
    assert [p.name for p in people("会后车正平到企业。", known=["车正平"])] == ["车正平"]


@pytest.mark.parametrize(
    "text",
    [
        "大家纷纷表示，要融会贯通，学以致用。",  # an idiom that jieba calls a name
        "高新区要发挥优势。国家高新区发展规划。",  # a place that looks like 高 + 新区
        "弘扬雷锋精神，学雷锋做好事，讲述雷锋故事。",  # a person's name as part of a phrase
        "博爱县鸿昌小学和冯玉祥中学开展活动。",  # schools named after people
        "，双方表示，要加强合作。",
        "公司负责人和燃气安全专家共同检查。",  # 和 is a surname and a conjunction
        "副总经理高度重视安全工作。",
        "市领导干部要带头学习。",
        "各级党组织书记要牢固树立责任意识。",
        "党组书记、总会计师和总工程师参加。",
        "记者从全市政务服务工作会议获悉。",
    ],
)
def test_common_words_are_not_names(text: str) -> None:
    assert people(text) == ()


def test_school_named_after_a_person_only_yields_its_head() -> None:
    assert found("张衡中学校长魏文华出席。") == [("魏文华", ("张衡中学校长",))]


def test_order_of_first_mention_and_once_per_text() -> None:
    text = "副县长白雨桐、县长王俊涛出席。王俊涛讲话，县长王俊涛强调。"
    result = people(text)
    assert [p.name for p in result] == ["白雨桐", "王俊涛"]
    assert result[1].mentions == 3
    assert result[1].offset == text.index("王俊涛")
    assert result[1].titles == ("县长",)


def test_offsets_point_into_the_unsqueezed_text() -> None:
    text = "区领导钱德、孙晓\n峰出席"
    people_found = people(text)
    assert [text[p.offset] for p in people_found if p.offset is not None] == ["钱", "孙"]


def test_article_staff_come_last_with_their_roles() -> None:
    item = article(
        "副县长白雨桐出席。",
        reporters=("项 飞",),
        correspondents=("韦小宝",),
        authors=("项飞", "冷月"),
        photographers=("池田",),
    )
    result = people(item)
    assert [(p.name, p.role) for p in result] == [
        ("白雨桐", None),
        ("项飞", "记者"),
        ("韦小宝", "通讯员"),
        ("冷月", "作者"),
        ("池田", "摄影"),
    ]
    assert all(p.offset is None and p.titles == () for p in result[1:])


def test_strings_have_no_staff() -> None:
    assert all(p.role is None for p in people("本报讯（记者项飞）副县长白雨桐出席。"))


def test_rules_are_an_ordered_list() -> None:
    assert [rule.__name__ for rule in RULES] == [
        "titled",
        "introduced",
        "listed",
        "title_after",
        "speaking",
        "bare_list",
        "unframed",
    ]


def test_empty_text() -> None:
    assert people("") == ()
    assert people(article()) == ()


@pytest.mark.parametrize(
    "text",
    [
        "会上，郝明远、窦秋实、蔺晓川在主席台就座",  # one list after a clause
        "甲乙、丙丁，戊己庚辛壬、癸子",  # two lists, the second after a long run
        "、、甲乙、丙、丁戊己、",  # stray marks and a one-character item
        "没有顿号的一句话",  # no 、 at all
    ],
)
def test_bare_list_search_matches_the_plain_scan(text: str) -> None:
    """Trying only the places before a 、 finds exactly what scanning every place finds."""
    from jzdaily._entities._people import BARE_LIST, _bare_lists

    expected = [(m.span(), m.group()) for m in BARE_LIST.finditer(text)]
    assert [(m.span(), m.group()) for m in _bare_lists(text)] == expected
