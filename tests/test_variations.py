"""Pages written for these tests: other names, widths, dates and orders than the sample.

Each test pins one convention of the paper on text the parser has never seen.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jzdaily import Article, ArticleKind, Page, parse_page, parse_pages
from tests.conftest import typeset

ISSUE = dt.date(2024, 1, 2)
ODD_HEADER = "JIAOZUO DAILY\n2024年1月2日 星期二 山阳新闻│A03\n\n■新闻热线：3929000│■编辑：周明│校对：何芳│组版：韩雪\n"

NEWS_1 = (
    "本报讯（记者孟晓光、邱雨） 12月30日上午，市委常委、副市长范思远主持召开全市冬季安全生产"
    "工作会议，研究部署岁末年初安全防范工作。各县（市、区）分管负责同志参加会议。"
)
NEWS_1_MORE = "会议要求，要压紧压实各方责任，坚决防范遏制重特大事故发生，确保人民群众度过平安祥和的节日。"
NEWS_2 = (
    "本报讯（记者庞静 通讯员詹凯） 12月29日，记者从市住房和城乡建设局获悉，全市老旧小区改造"
    "任务全面完成，惠及居民一万余户。"
)
NEWS_3 = "本报讯 12月28日下午，山阳区召开冬季供暖保障工作推进会，对供暖期间的各项工作进行再安排、再部署。"
NEWS_4 = (
    "本报讯 为进一步做好冬季消防安全工作，12月27日上午，山阳区组织开展消防应急演练，"
    "区应急管理局、消防救援大队等单位参加。"
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


@pytest.fixture(scope="module")
def news_page() -> Page:
    text = _page(
        ODD_HEADER,
        typeset(NEWS_1, 11, breaks=(2,)),
        typeset(NEWS_1_MORE, 11),
        "冬季安全生产工作会议召开\n" + typeset(NEWS_2, 13),
        "全市老旧小区改造\n任务全面完成",
        typeset(NEWS_3, 16) + "\n" + typeset(NEWS_4, 16),
        "消防应急演练筑牢冬季安全防线",
    )
    return parse_page(text)


def test_odd_page_header_with_date_first_and_code_last(news_page: Page) -> None:
    """The odd-page header form gives code, section, date, weekday and staff."""
    assert (news_page.code, news_page.section, news_page.date) == ("A03", "山阳新闻", ISSUE)
    assert news_page.weekday == "星期二"
    assert news_page.staff == {"编辑": ("周明",), "校对": ("何芳",), "组版": ("韩雪",)}
    assert news_page.hotline == "3929000"
    assert not news_page.date_inferred


def test_articles_are_cut_at_leads_and_headlines(news_page: Page) -> None:
    """Four stories; the headline after each body goes to it, none to the headline-less one."""
    assert [a.headline for a in news_page.articles] == [
        "冬季安全生产工作会议召开",
        "全市老旧小区改造任务全面完成",
        None,
        "消防应急演练筑牢冬季安全防线",
    ]


def test_year_end_dates_resolve_to_the_previous_year(news_page: Page) -> None:
    """A 12月 date in a January issue happened in the year before."""
    assert [a.date for a in news_page.articles] == [
        dt.date(2023, 12, 30), dt.date(2023, 12, 29), dt.date(2023, 12, 28), dt.date(2023, 12, 27)
    ]  # fmt: skip
    assert [a.time_of_day for a in news_page.articles] == ["上午", None, "下午", "上午"]


def test_datelines_give_source_reporters_and_correspondents(news_page: Page) -> None:
    """（记者A、B） and （记者A 通讯员B） are read; a bare 本报讯 has no staff."""
    lines = [a.dateline for a in news_page.articles]
    assert all(d is not None and d.source == "本报讯" for d in lines)
    assert [(d.reporters, d.correspondents) for d in lines if d] == [
        (("孟晓光", "邱雨"), ()), (("庞静",), ("詹凯",)), ((), ()), ((), ())
    ]  # fmt: skip


def test_column_broken_paragraphs_are_rejoined(news_page: Page) -> None:
    """Lines cut at 11 characters, with a blank from a column break, come back whole."""
    first = news_page.articles[0]
    assert first.paragraphs == (NEWS_1.split(" ", 1)[1], NEWS_1_MORE)


def test_body_drops_dateline_and_keeps_the_rest(news_page: Page) -> None:
    """The lead's dateline is not body; the date later in the first sentence is found."""
    fourth = news_page.articles[3]
    assert fourth.body == NEWS_4.split(" ", 1)[1]


def test_headline_less_article_warns(news_page: Page) -> None:
    """A news item without headline is reported, with its first line."""
    codes = [w.code for w in news_page.warnings]
    assert codes.count("no-headline") == 1


def _parse_one(text: str, issue: dt.date = ISSUE) -> Article:
    page = parse_page(text, issue_date=issue)
    assert len(page.articles) == 1, [a.headline for a in page.articles]
    return page.articles[0]


@pytest.mark.parametrize(
    ("lead", "source", "reporters", "correspondents", "interns"),
    [
        ("本报讯(记者周强 实习生吴敏) 1月1日，", "本报讯", ("周强",), (), ("吴敏",)),
        ("本报讯（通讯员孙丽）1月1日，", "本报讯", (), ("孙丽",), ()),
        ("本报讯 （ 记者 钱 江 ） 1 月 1 日，", "本报讯", ("钱江",), (), ()),
        ("本报郑州12月31日电（特派记者郑伟） 当天，", "本报郑州12月31日电", ("郑伟",), (), ()),
    ],
)
def test_dateline_variants(
    lead: str, source: str, reporters: tuple[str, ...], correspondents: tuple[str, ...],
    interns: tuple[str, ...],
) -> None:
    """Half-width brackets, spaced names, interns and out-of-town datelines."""
    body = "全市各级各部门扎实推进重点工作，取得明显成效。"
    article = _parse_one(typeset(lead + body, 12) + "\n\n重点工作取得明显成效\n")
    assert article.dateline is not None
    assert article.dateline.source == source
    assert article.dateline.reporters == reporters
    assert article.dateline.correspondents == correspondents
    assert article.dateline.interns == interns
    assert article.body.endswith(body)
    assert article.headline == "重点工作取得明显成效"


def test_out_of_town_dateline_gives_place_and_date() -> None:
    """本报郑州…电 without a date in the lead takes the dispatch date."""
    text = "本报郑州12月31日电（特派记者郑伟） 全省经济工作会议在郑州召开。\n\n全省经济工作会议召开\n"
    article = _parse_one(text)
    assert article.dateline is not None and article.dateline.place == "郑州"
    assert article.date == dt.date(2023, 12, 31)


def test_vertical_headline_with_a_column_gap() -> None:
    """A headline printed one character per line, over two columns, is read whole."""
    body = typeset("本报讯 1月1日，修武县举行新年登山活动，近千名群众参加。", 10)
    vertical = "\n".join("云台山下") + "\n\n" + "\n".join("迎新年")
    text = body + "\n（冯杰 马丽）\n\n" + vertical + "\n\n本报讯 1月1日，某地举行活动。\n\n活动举行\n"
    page = parse_page(text, issue_date=ISSUE)
    assert [a.headline for a in page.articles] == ["云台山下迎新年", "活动举行"]
    assert page.articles[0].authors == ("冯杰", "马丽")


def test_briefs_take_the_column_title_printed_after_them() -> None:
    """Letter-spaced 综 合 新 闻 after two briefs names their column; later items get none."""
    text = _page(
        typeset("●1月1日，博爱县举办迎新春长跑活动，500多名群众参加。", 12) + " （韩梅）",
        typeset("●日前，武陟县某镇开展送温暖活动，走访慰问困难群众。", 12) + "\n\n（邓超 许晴）",
        "综 合 新 闻",
        typeset("本报讯 1月1日，某地举行活动，群众踊跃参加。", 12),
        "活动举行",
    )
    page = parse_page(text, issue_date=ISSUE)
    assert [(a.kind, a.column) for a in page.articles] == [
        (ArticleKind.BRIEF, "综合新闻"), (ArticleKind.BRIEF, "综合新闻"), (ArticleKind.NEWS, None)
    ]  # fmt: skip
    assert [a.authors for a in page.articles] == [("韩梅",), ("邓超", "许晴"), ()]
    assert page.articles[1].relative_date == "日前" and page.articles[1].date is None


def test_photo_captions_and_credits() -> None:
    """Arrow captions, a credit split over two lines, spaced names and several photographers."""
    text = _page(
        typeset("➡1月1日，市民在龙源湖公园参加新年健步走活动。", 9) + "\n\n本报记者 赵\n敏 摄",
        typeset("⬅12月31日晚上，志愿者在街头为环卫工人送上热饺子。", 20) + " 朱 明 摄",
        typeset("1月1日上午，游客在云台山景区观赏冰挂美景。本报记者 王 芳 本报通讯员 李建国 摄", 20),
    )
    page = parse_page(text, issue_date=ISSUE)
    assert [a.kind for a in page.articles] == [ArticleKind.PHOTO] * 3
    assert [a.photo_arrow for a in page.articles] == ["right", "left", None]
    assert [a.photographers for a in page.articles] == [("赵敏",), ("朱明",), ("王芳", "李建国")]
    assert page.articles[1].date == dt.date(2023, 12, 31)
    assert page.articles[1].time_of_day == "晚上"
    assert page.articles[2].body == "1月1日上午，游客在云台山景区观赏冰挂美景。"


def test_commentary_with_titled_signature() -> None:
    """A □ signature with a title before the name closes a commentary; its headline precedes it."""
    body = "春天的田野是希望的田野。抓好春耕生产，端牢中国饭碗，是我们共同的责任。"
    text = _page(
        "本报讯 1月1日，某地举行活动。\n（甲乙）",
        typeset(body, 12),
        "春风拂过，田野披绿\n□本报评论员 钱 多",
    )
    page = parse_page(text, issue_date=ISSUE)
    commentary = page.articles[-1]
    assert commentary.kind is ArticleKind.COMMENTARY
    assert commentary.headline == "春风拂过，田野披绿"
    assert commentary.authors == ("钱多",)
    assert commentary.body == body


def test_feature_byline_printed_after_its_headline() -> None:
    """A feature closed by its headline and a 本报记者 byline line."""
    body = "清晨六点，老支书已经站在了村口。三十年来，他一直守着这片山，带领村民种下万亩林。"
    text = _page(
        typeset(body, 14),
        "老支书：一辈子守着这片山\n本报记者 赵 敏",
        "本报讯 1月1日，某地举行活动。",
        "活动举行",
    )
    page = parse_page(text, issue_date=ISSUE)
    feature = page.articles[0]
    assert feature.headline == "老支书：一辈子守着这片山"
    assert feature.dateline is not None and feature.dateline.reporters == ("赵敏",)
    assert feature.body == body


def test_headline_and_byline_after_a_body_belong_to_that_body() -> None:
    """Headline, then 作者：本报记者 …, after a body: both are that body's title block, and
    the text after them opens the next piece (the paper prints the title block last)."""
    body = "在全市职业技能大赛现场，来自各行各业的选手同台竞技，比拼技艺，展示风采。"
    text = _page(
        typeset(body, 15),
        "300名选手同台竞技\n作者：本报记者 孙 悦",
        typeset("清晨的菜市场里，摊主们早早摆好了新鲜蔬菜，等待第一批顾客。", 15),
        "菜市场的早晨",
    )
    page = parse_page(text, issue_date=ISSUE)
    assert [a.headline for a in page.articles] == ["300名选手同台竞技", "菜市场的早晨"]
    feature = page.articles[0]
    assert feature.dateline is not None and feature.dateline.reporters == ("孙悦",)
    assert feature.body == body
    assert page.articles[1].dateline is None


def test_byline_opening_a_page_belongs_to_the_piece_after_it() -> None:
    """A byline before any body on the page credits the feature printed after it."""
    body = "在全市职业技能大赛现场，来自各行各业的选手同台竞技，比拼技艺，展示风采。"
    page = parse_page("本报记者 孙 悦\n\n" + typeset(body, 15) + "\n", issue_date=ISSUE)
    assert len(page.articles) == 1
    feature = page.articles[0]
    assert feature.dateline is not None and feature.dateline.reporters == ("孙悦",)
    assert feature.body == body


def test_headline_with_subtitle_line() -> None:
    """A ——line under the headline is the subtitle, not headline or body."""
    text = "本报讯 1月1日，某县重点项目集中开工，总投资50亿元。\n（甲乙）\n\n春潮涌动满目新\n——某县重点项目建设一线见闻\n"
    article = _parse_one(text)
    assert (article.headline, article.subtitle) == ("春潮涌动满目新", "某县重点项目建设一线见闻")


def test_short_line_cut_by_a_column_break_is_body() -> None:
    """`…一行先` / blank / `后走访了…` is one sentence, not a headline."""
    text = (
        "本报讯 1月1日，市领导深入企业调研。\n该县县长孙明一行先\n\n后走访了三家企业，"
        "详细了解生产经营情况。\n\n市领导深入企业调研\n"
    )
    article = _parse_one(text)
    assert article.headline == "市领导深入企业调研"
    assert "该县县长孙明一行先后走访了三家企业" in article.body


def test_subheads_inside_a_feature_stay_in_its_body() -> None:
    """A short 小标题 between paragraphs is a paragraph of the body and does not split it."""
    text = _page(
        typeset("本报讯 1月1日，某县召开经济工作会议，总结去年工作，部署今年任务。", 12),
        "一、稳住工业基本盘",
        typeset("全县工业增加值增长百分之八，规上企业达到二百家，新增专精特新企业十家。", 12),
        "二、做强农业特色",
        typeset("全县粮食总产稳定在五十万吨以上，特色产业面积持续扩大，农民收入稳步增长。", 12),
        "某县经济工作会议召开",
    )
    page = parse_page(text, issue_date=ISSUE)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.headline == "某县经济工作会议召开"
    assert "一、稳住工业基本盘" in article.paragraphs
    assert "二、做强农业特色" in article.paragraphs


def test_justified_lines_and_real_spaces() -> None:
    """Letter-spaced lines lose their spaces; a space between two phrases stays."""
    text = (
        "本报讯 1 月 1 日，某县举办“凝心聚力跟党走 奋楫扬帆新征程”主题活动，\n"
        "吸 引 了 上 千 名 群 众 参 与 。\n\n守正创新 实干担当\n"
    )
    article = _parse_one(text)
    assert article.headline == "守正创新 实干担当"
    assert article.body == "1月1日，某县举办“凝心聚力跟党走 奋楫扬帆新征程”主题活动，吸引了上千名群众参与。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_bytes_and_newline_styles_give_the_same_page(encoding: str, newline: str) -> None:
    """UTF-8, UTF-8 with BOM and GB18030 bytes with any newline style parse alike."""
    text = ODD_HEADER + "\n本报讯（记者庞静） 1月1日，全市举行活动。\n\n全市举行活动\n"
    expected = parse_page(text)
    got = parse_page(text.replace("\n", newline).encode(encoding))
    assert got == expected
    assert got.articles[0].headline == "全市举行活动"


def test_pages_split_at_form_feeds_and_headers_and_share_the_date() -> None:
    """Form feed and printed header both start a page; a page without a date borrows one."""
    first = "本报讯 1月1日，甲地举行活动。\n\n甲地举行活动\n"
    second = ODD_HEADER + "\n本报讯 1月1日，乙地举行活动。\n\n乙地举行活动\n"
    third = "本报讯 1月1日，丙地举行活动。\n\n丙地举行活动\n"
    pages = parse_pages(first + "\n" + second + "\f" + third)
    assert [p.articles[0].headline for p in pages] == ["甲地举行活动", "乙地举行活动", "丙地举行活动"]
    assert [(p.date, p.date_inferred) for p in pages] == [(ISSUE, True), (ISSUE, False), (ISSUE, True)]
    assert [p.code for p in pages] == [None, "A03", None]


def test_issue_date_argument_serves_pages_without_a_printed_date() -> None:
    """Without any printed date the issue_date argument is used, and marked inferred."""
    page = parse_page("本报讯 昨天上午，某地举行活动。\n\n某地举行活动\n", issue_date=ISSUE)
    assert (page.date, page.date_inferred) == (ISSUE, True)
    article = page.articles[0]
    assert (article.date, article.relative_date, article.time_of_day) == (
        dt.date(2024, 1, 1), "昨天", "上午"
    )  # fmt: skip


def test_photo_story_takes_the_headline_printed_after_its_credit() -> None:
    """A caption closed by its credit, then a short headline line: the caption's headline."""
    text = _page(
        typeset("1月1日，焦作市民在人民公园参加新春游园活动，现场欢声笑语。", 14) + "\n赵春天 摄",
        "新春游园乐",
        "本报讯 1月1日，某地举行活动。\n（甲乙）",
        "活动举行",
    )
    page = parse_page(text, issue_date=ISSUE)
    assert [(a.kind, a.headline) for a in page.articles] == [
        (ArticleKind.PHOTO, "新春游园乐"), (ArticleKind.NEWS, "活动举行")
    ]  # fmt: skip


def test_column_title_printed_before_its_briefs() -> None:
    """With no brief before it, a column title names the briefs that follow it."""
    text = _page(
        "本报讯 1月1日，某地举行活动。\n（甲乙）",
        "活动举行",
        "图 片 新 闻",
        "●1月1日，某镇开展义诊活动。（韩梅）",
        "●1月1日，某村举办文艺演出。（邓超）",
    )
    page = parse_page(text, issue_date=ISSUE)
    assert [a.column for a in page.articles] == [None, "图片新闻", "图片新闻"]


def test_header_printed_after_the_page_text_stays_on_that_page() -> None:
    """An odd page whose header the extractor put last is still one page."""
    text = _page("本报讯 1月1日，某地举行活动。\n（甲乙）", "活动举行", ODD_HEADER)
    pages = parse_pages(text)
    assert len(pages) == 1
    assert (pages[0].code, pages[0].date, pages[0].date_inferred) == ("A03", ISSUE, False)
    assert pages[0].articles[0].date == dt.date(2024, 1, 1)


def test_wider_columns_and_other_widths_give_the_same_articles() -> None:
    """The same page typeset at widths 9, 14 and 22 parses to the same text."""
    results = []
    for width in (9, 14, 22):
        text = _page(
            typeset(NEWS_1, width, breaks=(1,)),
            typeset(NEWS_1_MORE, width),
            "冬季安全生产工作会议召开",
            typeset(NEWS_2, width) + "\n（甲乙 丙丁）",
            "老旧小区改造\n任务全面完成",
        )
        page = parse_page(text, issue_date=ISSUE)
        results.append([(a.headline, a.body, a.date, a.authors) for a in page.articles])
    assert results[0] == results[1] == results[2]
    assert [r[0] for r in results[0]] == ["冬季安全生产工作会议召开", "老旧小区改造任务全面完成"]


def test_justified_short_line_inside_a_paragraph_is_not_a_column_title() -> None:
    """A letter-spaced line that runs on into the paragraph is body text."""
    text = "本报讯 1月1日，某县召开会议。\n会 议 要 求\n各单位抓好落实。\n\n某县召开会议\n"
    article = _parse_one(text)
    assert article.body == "1月1日，某县召开会议。会议要求各单位抓好落实。"
    assert article.headline == "某县召开会议"


def test_photo_credit_printed_in_brackets() -> None:
    """（甲 摄）, at the end of the caption or on its own line, is a credit, not an author."""
    text = _page(
        typeset("1月1日，游客在景区观赏雪景。（孙悦 摄）", 12),
        typeset("1月2日，市民在广场参加健身活动。", 12) + "\n（钱江 摄）",
    )
    page = parse_page(text, issue_date=ISSUE)
    assert [(a.kind, a.photographers, a.authors) for a in page.articles] == [
        (ArticleKind.PHOTO, ("孙悦",), ()), (ArticleKind.PHOTO, ("钱江",), ())
    ]  # fmt: skip
