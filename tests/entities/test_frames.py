"""People on text never seen: one table per frame, each with negatives. All text invented."""

from __future__ import annotations

import pytest

from jzdaily._entities import people
from tests.entities.conftest import article

Found = list[tuple[str, tuple[str, ...]]]


def found(text: str) -> Found:
    return [(p.name, p.titles) for p in people(text)]


def names(text: str) -> list[str]:
    return [p.name for p in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("种粮大户季春禾告诉记者，今年小麦长势好。", [("季春禾", ("种粮大户",))], id="grower"),
        pytest.param("困难群众邵桂珍说，日子越过越好。", [("邵桂珍", ("困难群众",))], id="needy"),
        pytest.param("村民覃秀英正在院子里晾晒玉米。", [("覃秀英", ("村民",))], id="villager"),
        pytest.param("贫困户鲁长顺家的新房盖好了。", [("鲁长顺", ("贫困户",))], id="poor-household"),
        pytest.param("低保户温桂兰领到了补贴。", [("温桂兰", ("低保户",))], id="low-income"),
        pytest.param("退休干部甄立本每天义务巡河。", [("甄立本", ("退休干部",))], id="retired"),
        pytest.param("志愿者符晓雯为老人理发。", [("符晓雯", ("志愿者",))], id="volunteer"),
        pytest.param("运动员阮星辰获得女子组冠军。", [("阮星辰", ("运动员",))], id="athlete"),
        pytest.param("学生籍文博在比赛中发挥出色。", [("籍文博", ("学生",))], id="student"),
        pytest.param("企业员工隋海龙介绍，新设备已投产。", [("隋海龙", ("企业员工",))], id="employee"),
        pytest.param("超市老板骆天福热情招呼客人。", [("骆天福", ("超市老板",))], id="owner"),
        pytest.param("民进某市委主委俞景川出席。", [("俞景川", ("民进某市委主委",))], id="chair"),
        pytest.param("护河队队长鞠长河带领队员巡查。", [("鞠长河", ("护河队队长",))], id="captain"),
        pytest.param("家长仲雅丽说，孩子很喜欢这里。", [("仲雅丽", ("家长",))], id="parent"),
        pytest.param("当年，共产党人邬立新等人办起了夜校。", [("邬立新", ("共产党人",))], id="communist"),
        pytest.param("我们见到了老报人、某报原副总编辑邬立新。", [("邬立新", ("老报人", "某报原副总编辑"))], id="newspaperman-chain"),
        pytest.param("会上，高级政工师、公司党委副书记邬立新讲话。", [("邬立新", ("高级政工师", "公司党委副书记"))], id="political-engineer"),
        pytest.param("她是一名共产党人。", [], id="role-with-no-name"),
        pytest.param("让群众安居乐业。", [], id="no-name-after-role"),
        pytest.param("要让居民安心出行。", [], id="role-then-verb"),
        pytest.param("志愿者齐心协力清理垃圾。", [], id="role-then-idiom"),
    ],
)
def test_role_nouns_frame_a_name_and_are_kept_as_titles(text: str, expected: Found) -> None:
    """An ordinary role printed right before a name frames it, and is kept as its title."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "会上，蔺晓川、甘秋实、卓雨桐在主席台就座。",
            [("蔺晓川", ()), ("甘秋实", ()), ("卓雨桐", ())],
            id="bare-list",
        ),
        pytest.param(
            "卜思远、詹慧敏、龚立群、聂海峰等参加活动。",
            [("卜思远", ()), ("詹慧敏", ()), ("龚立群", ()), ("聂海峰", ())],
            id="bare-list-ending-with-deng",
        ),
        pytest.param(
            "县领导葛明远、冉向东、仉书林、邬红英出席。",
            [(n, ("县领导",)) for n in ("葛明远", "冉向东", "仉书林", "邬红英")],
            id="list-goes-on-past-a-rare-surname",
        ),
        pytest.param(
            "民警樊振宇、詹立新到达现场。",
            [("樊振宇", ("民警",)), ("詹立新", ("民警",))],
            id="a-list-shares-its-title",
        ),
        pytest.param(
            "社区干部贺秋萍和匡美玲来到老人家中。",
            [("贺秋萍", ("社区干部",)), ("匡美玲", ("社区干部",))],
            id="a-last-name-joined-by-he",
        ),
        pytest.param("要做到水清、岸绿、景美、人和。", [], id="list-of-phrases"),
        pytest.param("做到路平、灯明、林茂、水清。", [], id="list-of-short-phrases"),
    ],
)
def test_lists_of_names(text: str, expected: Found) -> None:
    """Names joined by 、 are people when the list reads as names; a title is shared."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("经过投票，费立新当选为县总工会主席。", [("费立新", ())], id="dangxuan"),
        pytest.param("比赛中，桂晓峰夺得男子组金牌。", [("桂晓峰", ())], id="duode"),
        pytest.param("在评选中，闵秀兰荣获“最美家庭”称号。", [("闵秀兰", ())], id="ronghuo"),
        pytest.param("芮东升获得一等奖。", [("芮东升", ())], id="huode"),
        pytest.param("莫少聪详细介绍了项目进展。", [("莫少聪", ())], id="jieshao"),
        pytest.param("滕秋月告诉记者，这里变化很大。", [("滕秋月", ())], id="gaosu"),
        pytest.param(
            "在龚远航、蓝思齐的带领下，村民走上了致富路。",
            [("龚远航", ()), ("蓝思齐", ())],
            id="dailing-xia",
        ),
        pytest.param("甘立新一行到企业调研。", [("甘立新", ())], id="yixing"),
        pytest.param("会后，他一行离开。", [], id="pronoun-yixing"),
        pytest.param("在全体党员的带领下，群众积极参与。", [], id="no-name-dailing"),
        pytest.param("在金秋收获的季节，果园里一片繁忙。", [], id="verb-inside-a-word"),
    ],
)
def test_verb_frames(text: str, expected: Found) -> None:
    """A bare name before 当选, 夺得, 荣获, 介绍, 告诉, 一行 … is a person."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("在龚远航市长的带领下，全市团结一心。", [("龚远航", ("市长",))], id="shizhang"),
        pytest.param("会议传达学习了戴志成同志的讲话。", [("戴志成", ("同志",))], id="tongzhi"),
        pytest.param("窦建平主任介绍了情况。", [("窦建平", ("主任",))], id="zhuren"),
        pytest.param("会上，卫国强书记作了讲话。", [("卫国强", ("书记",))], id="shuji"),
        pytest.param("华新区长青路正在施工。", [], id="district-then-road"),
        pytest.param("常务副市长出席。", [], id="changwu-is-no-name"),
    ],
)
def test_titles_printed_after_the_name(text: str, expected: Found) -> None:
    """A title after the name (甲乙丙市长, 甲乙丙同志) frames it and is recorded."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("走访了低保户郝存良家。", [("郝存良", ("低保户",))], id="before-jia"),
        pytest.param(
            "镇党委书记阎秋林拉着老人的手说。", [("阎秋林", ("镇党委书记",))], id="before-verb"
        ),
        pytest.param("民警蒋涛正驾车巡逻。", [("蒋涛", ("民警",))], id="before-zheng"),
        pytest.param(
            "本报记者邵立通讯员柯晓燕摄", [("邵立", ("记者",)), ("柯晓燕", ("通讯员",))], id="before-tongxunyuan"
        ),
        pytest.param(
            "（记者闻一鸣/文 邰晓东/图）", [("闻一鸣", ("记者",)), ("邰晓东", ())], id="credit-wen-tu"
        ),
        pytest.param("走访了低保户家中。", [], id="no-name"),
    ],
)
def test_name_edges(text: str, expected: Found) -> None:
    """Where a name ends is chosen by what follows and how name-like the characters are."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("副县长原明德出席。", [("原明德", ("副县长",))], id="yuan"),
        pytest.param("村民买春生说，今年收成好。", [("买春生", ("村民",))], id="mai"),
        pytest.param("县长南志远讲话。", [("南志远", ("县长",))], id="nan"),
        pytest.param("副市长上官云飞出席会议。", [("上官云飞", ("副市长",))], id="shangguan"),
        pytest.param("会上，司马文博指出，要抓好落实。", [("司马文博", ())], id="sima"),
        pytest.param("村民柏向前说，感谢好政策。", [("柏向前", ("村民",))], id="xiang-in-given"),
        pytest.param("镇长袁全胜到会指导。", [("袁全胜", ("镇长",))], id="quan-in-given"),
        pytest.param("村民钮在田告诉记者。", [("钮在田", ("村民",))], id="zai-in-given"),
        pytest.param("副县长柏时雨出席会议。", [("柏时雨", ("副县长",))], id="shi-opens-given"),
        pytest.param("这一天，柏时雨、邢动山夫妻来到村里。", [("柏时雨", ()), ("邢动山", ())], id="shi-in-list"),
        # 时 never ends a given name: 甲乙时 is "when 甲乙 …".
        pytest.param("村民邬立时常来帮忙。", [("邬立", ("村民",))], id="shi-ends-no-name"),
        pytest.param("这一天，邬时、邢动山夫妻来到村里。", [], id="shi-alone-no-name"),
        pytest.param("原县委书记出席会议。", [], id="yuan-as-former"),
    ],
)
def test_surnames(text: str, expected: Found) -> None:
    """Rarer and compound surnames are read; 在, 向, 全 may be in a given name, 时 may
    open a two-character one."""
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("团县委代表焦作青年志愿者协会发言。", id="division-after-title"),
        pytest.param("各企业负责人商讨合作事宜。", id="verb-after-title"),
        pytest.param("温县代表队获得冠军。", id="county-before-title"),
        pytest.param("我们来到刘庄村和李家湾。", id="villages"),
        pytest.param("居民孔先生说，楼道灯不亮。", id="form-of-address"),
        pytest.param("村民李某说，他不知情。", id="anonymised"),
        pytest.param("会上，专家、学者济济一堂。", id="idiom-after-a-list"),
        pytest.param("她是我工作中的良师，让我欢天喜地。", id="words-in-a-sentence"),
        pytest.param("焦作市和修武县的干部参加。", id="divisions"),
    ],
)
def test_vetoes(text: str) -> None:
    """A place, an organisation, a common word or a form of address is not a name."""
    assert people(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "邹明辉和蔡雅琴一起来到村委会。", ["邹明辉", "蔡雅琴"], id="two-names-and-he"
        ),
        pytest.param("记者见到谭秋菊时，她正在地里忙碌。", ["谭秋菊"], id="after-a-verb"),
        pytest.param("67岁的任秀芝家住城东。", ["任秀芝"], id="after-an-age"),
        pytest.param("一名叫戚文彬的修理工赶来帮忙。", ["戚文彬"], id="after-mingjiao"),
        pytest.param("在金秋收获的季节，果园里一片繁忙。", [], id="season"),
        pytest.param("欢天喜地迎新春，画龙点睛写春联。", [], id="idioms"),
        pytest.param("我们来到王庄，又去了李屯。", [], id="villages"),
        pytest.param("老周家在村东头。", [], id="lao-surname"),
    ],
)
def test_names_with_no_frame(text: str, expected: list[str]) -> None:
    """A name with no title, list or verb is found from how name-like its characters are,
    checked at word edges; words, idioms and villages are not names."""
    assert names(text) == expected


def test_a_name_only_in_the_headline_is_reported() -> None:
    """A person named only in the headline or subtitle is reported, with no offset."""
    item = article("今年，全村种植面积扩大到三千亩。", headline="种粮大户季春禾的丰收年")
    assert [(p.name, p.titles, p.offset) for p in people(item)] == [
        ("季春禾", ("种粮大户",), None)
    ]


def test_headline_titles_join_the_body_person() -> None:
    """A title printed in the headline is added to the same person in the body."""
    item = article("季春禾告诉记者，今年收成好。", headline="种粮大户季春禾的丰收年")
    (person,) = people(item)
    assert (person.name, person.titles, person.offset) == ("季春禾", ("种粮大户",), 0)


def test_subtitle_is_read() -> None:
    """The subtitle line under the headline is read like the headline."""
    item = attrs_evolve_subtitle(article("今年收成好。", headline="丰收年"), "——记退休干部甄立本")
    assert found_in(item) == [("甄立本", ("退休干部",))]


def test_headline_with_no_person_adds_nobody() -> None:
    """A headline without a name changes nothing."""
    item = article("副县长白雨桐出席。", headline="全县春耕生产现场会召开")
    assert found_in(item) == [("白雨桐", ("副县长",))]


def attrs_evolve_subtitle(item: object, subtitle: str) -> object:
    import attrs

    return attrs.evolve(item, subtitle=subtitle)  # type: ignore[misc]


def found_in(item: object) -> Found:
    return [(p.name, p.titles) for p in people(item) if p.role is None]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An official title, then a name running to a clause break: all of it, however
        # rare its characters (the shorter reading would end before 天 as a word).
        pytest.param("副县长何动天，", [("何动天", ("副县长",))], id="title-to-break"),
        # Negatives: a common word and one more character is no name, even title to break.
        pytest.param("村党支部书记解释道。", [], id="word-and-char"),
        pytest.param("县政协副主席高兴地，", [], id="word-and-particle"),
    ],
)
def test_title_to_break_reads_the_whole_name(text: str, expected: Found) -> None:
    """After an official title, a reading that ends at a break is kept whole."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Four items: the one between two 、 is a name by its place, unlike characters and all.
        pytest.param(
            "会上，郝明远、柴动天、窦秋实、蔺晓川出席",
            ["郝明远", "柴动天", "窦秋实", "蔺晓川"],
            id="long-list-inner-item",
        ),
        # Negatives: a short list does not frame its items; a common word is never an item.
        pytest.param("会上，郝明远、柴动天、窦秋实出席", ["郝明远", "窦秋实"], id="short-list"),
        pytest.param(
            "会上，郝明远、白天、窦秋实、蔺晓川出席", ["郝明远", "窦秋实", "蔺晓川"], id="word-item"
        ),
    ],
)
def test_long_bare_list_takes_its_inner_items(text: str, expected: list[str]) -> None:
    """In a bare list of four or more, an inner item needs a name's shape, not its characters."""
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A kinship or counted-group word after a bare list frames it: the weaker name counts.
        pytest.param("这一天，郝明远、邢动山夫妻来到村里。", ["郝明远", "邢动山"], id="couple"),
        pytest.param("这一天，郝明远、柴行天母子来到村里。", ["郝明远", "柴行天"], id="mother-son"),
        pytest.param("这一天，郝明远、邢动石等3名队员来到村里。", ["郝明远", "邢动石"], id="counted"),
        # A closed list needs less name-likeness on average (车会斌 reads weakly).
        pytest.param("这一天，邬建、柏国发等5名企业家受表彰。", ["邬建", "柏国发"], id="weak-counted"),
        pytest.param("这一天，邬建、车会斌夫妻来到村里。", ["邬建", "车会斌"], id="weak-couple"),
        pytest.param("这一天，邬建、车会斌来到村里。", [], id="weak-no-closer"),
        # Negatives: no closer (or a plain 等) leaves the weaker name out; words stay words.
        pytest.param("这一天，郝明远、邢动山来到村里。", ["郝明远"], id="no-closer"),
        pytest.param("这一天，郝明远、邢动石等队员来到村里。", ["郝明远"], id="plain-deng"),
        pytest.param("地里，小麦、玉米两人高。", [], id="things"),
    ],
)
def test_list_closers_frame_a_bare_list(text: str, expected: list[str]) -> None:
    """夫妻, 母子, 等3名 … right after a bare list frame its names as a long list does."""
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name printed in quotes right after a title: a credit such as 组版编辑“甲乙丙”.
        pytest.param("版面编辑“邬晓燕”的名字印在报头。", [("邬晓燕", ("版面编辑",))], id="credit"),
        pytest.param("责任编辑“柯雨晴”在样报上签字。", [("柯雨晴", ("责任编辑",))], id="credit-sign"),
        # Negatives: a nickname or a word in quotes (a dictionary word, or unlike a name)
        # is no name, and the quotes must close right after it.
        pytest.param("志愿者“红马甲”走上街头。", [], id="word-in-quotes"),
        pytest.param("村民“金点子”受欢迎。", [], id="idea-in-quotes"),
        pytest.param("老板“王大厨”说。", [], id="nickname"),
        pytest.param("编辑“邬晓燕式”的写法", [], id="quotes-run-on"),
    ],
)
def test_a_quoted_name_after_a_title(text: str, expected: Found) -> None:
    """A title, then a name filling quotes, is a person with that title."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 娟, 淑 are given-name characters jieba's tables undersell: the names still read.
        pytest.param("某中学高一学生程晓娟高兴地说，", [("程晓娟", ("某中学高一学生",))], id="juan-after-role"),
        pytest.param("村民柯淑琴说，", [("柯淑琴", ("村民",))], id="shu-after-role"),
        pytest.param("会上，程淑兰、柯远航在主席台就座。", [("程淑兰", ()), ("柯远航", ())], id="shu-in-bare-list"),
        # Negatives: the lift is for given names only; a phrase keeps its low reading, and
        # a name-like string filling 《》 is a play or a book.
        pytest.param("他们在湖边散步，一片娴静。", [], id="phrase"),
        pytest.param("剧团演出了《柯玉婵》《春花记》等剧目。", [], id="work-title"),
    ],
)
def test_given_name_characters(text: str, expected: Found) -> None:
    """Characters seen almost only in given names count as name-like there."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a role noun, a reading that ends at a break or a follower word needs only a
        # framed candidate's likeness (广发, 现斌 read weakly as names).
        pytest.param("村民卫广发，正在地里忙碌。", [("卫广发", ("村民",))], id="to-break"),
        pytest.param("村民车现斌表示，要种好地。", [("车现斌", ("村民",))], id="to-follower"),
        # 红军 is a common given name, not a role before one (老红军 still is a role).
        pytest.param("村文书柯红军的账本记得清楚。", [("柯红军", ("村文书",))], id="given-hongjun"),
        pytest.param("老红军柯远航说，", [("柯远航", ("老红军",))], id="lao-hongjun"),
        # Negatives: words and idioms after a role stay words; the lower bar needs a clear end.
        pytest.param("群众纷纷说，", [], id="adverb"),
        pytest.param("居民常常说，", [], id="doubled"),
        pytest.param("学生高兴地说，", [], id="word-and-de"),
    ],
)
def test_role_then_a_weakly_name_like_reading(text: str, expected: Found) -> None:
    """A role noun frames a less name-like reading when a break or a follower ends it."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name joined by 和 to a titled one shares its title when it is fairly name-like.
        pytest.param(
            "巡防队员柯文涛和邬立发在巡逻。",
            [("柯文涛", ("巡防队员",)), ("邬立发", ("巡防队员",))],
            id="he-joined",
        ),
        # Negatives: words after 和 are no names.
        pytest.param("民警柯远航和高兴地赶来的群众握手。", [("柯远航", ("民警",))], id="he-word"),
        pytest.param("队员柯远航和同事们在巡逻。", [("柯远航", ("队员",))], id="he-colleagues"),
    ],
)
def test_a_name_joined_by_he(text: str, expected: Found) -> None:
    """The last name of a list joined by 和 after a titled name takes its title."""
    assert found(text) == expected
