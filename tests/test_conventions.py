"""The paper's conventions on pages written for these tests (issue 8, items 1–7).

Every name, place and sentence here is invented. Each test pins one convention; the tables
hold the forms the issue lists verbatim, and look-alikes that must stay what they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jzdaily import Article, ArticleKind, Page, parse_page, parse_pages
from tests._ownership import assert_owned
from tests.conftest import typeset
from tests.scoring import credited_names

ISSUE = dt.date(2024, 5, 6)
STORY = "本报讯（记者韦青禾） 5月3日，某县召开春耕推进会，对全县春耕生产工作进行部署，要求各乡镇抓紧抓实各项工作。"
FEATURE = "清晨，老周已经在田埂上走了两圈。三十年来，他带着乡亲们修渠引水，把荒坡变成了良田。"
OTHER = "傍晚时分，村口的广场上响起了欢快的音乐，跳舞的人们脸上洋溢着笑容，日子越过越红火。"


def _page(*blocks: str) -> Page:
    text = "\n\n".join(blocks) + "\n"
    page = parse_page(text, issue_date=ISSUE)
    assert_owned(text, [page])
    return page


def _heads(page: Page) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.subtitle) for a in page.articles]


# -- 1. a title block ends the piece above it ----------------------------------------------


@pytest.mark.parametrize("width", [8, 9, 14, 16, 22])
def test_issue_example_headline_blocks_end_the_pieces_above_them(width: int) -> None:
    """A dateline story with no closing mark, its two-line title, a feature and its title
    with a ——subtitle: two articles, each with its own title block (at widths where the
    title's last line does not happen to fill the body's column, see conventions.md)."""
    page = _page(
        typeset(STORY, width),
        "春耕备耕全面展开\n某县召开春耕生产推进会",
        typeset(FEATURE, width),
        "田埂上的老周\n——记某村党支部书记周某",
    )
    assert _heads(page) == [
        ("春耕备耕全面展开某县召开春耕生产推进会", None),
        ("田埂上的老周", "记某村党支部书记周某"),
    ]
    assert page.articles[1].body == FEATURE
    assert page.articles[0].dateline is not None and page.articles[0].dateline.reporters == (
        "韦青禾",
    )


@pytest.mark.parametrize(
    "subhead",
    ["一、稳住春耕基本盘", "（二）抓好农资供应", "3.做好技术服务", "守住群众的“菜篮子”：",
     "【链接】", "起步"],
)  # fmt: skip
def test_subheads_stay_in_a_features_body(subhead: str) -> None:
    """A numbered subhead, one ending in ：, a 【rubric】 or a two-character subhead between
    paragraphs is body, not a title."""
    page = _page(typeset(FEATURE, 14), subhead, typeset(OTHER, 14), "田埂上的老周")
    assert _heads(page) == [("田埂上的老周", None)]
    assert subhead in page.articles[0].paragraphs


@pytest.mark.parametrize("title", ["小巷新变化", "让乡亲们的日子越过越红火的带头人"])
def test_a_title_narrower_or_wider_than_the_column_ends_the_piece(title: str) -> None:
    """One title line set apart by blank lines and not filling the column is a title."""
    page = _page(typeset(FEATURE, 12), title, typeset(OTHER, 12), "广场舞跳出新生活")
    assert _heads(page) == [(title, None), ("广场舞跳出新生活", None)]


def test_a_block_cut_from_running_text_is_no_title() -> None:
    """Column-filling lines after a finished sentence whose sentence runs on stay body."""
    text = "本报讯 5月3日，某县召开会议。会议要求\n各乡镇抓紧抓实春耕生产\n\n各项工作，确保不误农时。\n\n春耕会议召开\n"
    page = parse_page(text, issue_date=ISSUE)
    assert _heads(page) == [("春耕会议召开", None)]
    assert page.articles[0].body == "5月3日，某县召开会议。会议要求各乡镇抓紧抓实春耕生产各项工作，确保不误农时。"


# -- 2. a byline printed after a headline belongs to that headline's article ---------------


@pytest.mark.parametrize(
    ("byline", "reporters", "authors"),
    [
        ("本报记者 欧阳朔", ("欧阳朔",), ()),
        ("作者：本报特派记者 欧阳朔", ("欧阳朔",), ()),
        ("□欧阳朔", (), ("欧阳朔",)),
        ("县档案馆副馆长 罗一帆", (), ("罗一帆",)),
        ("本 报 记 者 欧 阳 朔", ("欧阳朔",), ()),  # letter-spaced
        ("罗一帆（省作协会员）", (), ("罗一帆",)),
    ],
)
def test_byline_after_a_headline_credits_that_article(
    byline: str, reporters: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    """Each byline form under a title block credits the piece above it; the text after it
    opens the next piece, whose own title follows it."""
    page = _page(typeset(FEATURE, 14), "田埂上的老周\n" + byline, typeset(OTHER, 14), "广场舞")
    assert _heads(page) == [("田埂上的老周", None), ("广场舞", None)]
    first = page.articles[0]
    assert first.body == FEATURE
    assert (first.dateline.reporters if first.dateline else ()) == reporters
    assert first.authors == authors
    assert page.articles[1].authors == () and page.articles[1].dateline is None


def test_signature_makes_a_commentary_and_a_titled_byline_does_not() -> None:
    """□ closes a commentary; an office-and-name byline closes a news feature."""
    page = _page(
        typeset(FEATURE, 14), "田埂上的老周\n□欧阳朔", typeset(OTHER, 14), "广场舞\n县档案馆副馆长 罗一帆"
    )
    assert [a.kind for a in page.articles] == [ArticleKind.COMMENTARY, ArticleKind.NEWS]


@pytest.mark.parametrize(
    "line", ["市政府办公室主任 欧阳朔", "县档案馆副馆长 罗一帆"]
)
def test_titled_byline_needs_an_office_word_and_a_name(line: str) -> None:
    """An office title and a name, a space between, is a byline line of its own."""
    page = _page(typeset(FEATURE, 14), "田埂上的老周\n" + line)
    assert page.articles[0].authors == (line.split()[-1],)


@pytest.mark.parametrize("line", ["春风吹绿 万亩良田", "全县上下 齐心协力"])
def test_two_phrases_with_a_space_are_no_titled_byline(line: str) -> None:
    """A headline of two phrases is no office-and-name byline: no office word, no name."""
    page = _page(typeset(FEATURE, 14), line)
    assert _heads(page) == [(line, None)]
    assert page.articles[0].authors == ()


# -- 3. headline decks hold punctuation ----------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "headline", "subtitle"),
    [
        (("全县通信网络建设提速", "截至6月底，新建基站210座，覆盖率达98%"),
         "全县通信网络建设提速截至6月底，新建基站210座，覆盖率达98%", None),
        (("全县通信网络建设提速", "——截至6月底，新建基站210座，覆盖率达98%"),
         "全县通信网络建设提速", "截至6月底，新建基站210座，覆盖率达98%"),
        (("县委书记周某某：", "把春耕抓紧抓实"), "县委书记周某某：把春耕抓紧抓实", None),
        (("聚焦民生实事：", "小巷里的新变化"), "聚焦民生实事：小巷里的新变化", None),
    ],
)  # fmt: skip
def test_decks_and_kickers_with_punctuation_are_headline(
    lines: tuple[str, ...], headline: str, subtitle: str | None
) -> None:
    """A deck of figures, a subtitle with commas, a kicker ending in ：: all headline parts."""
    page = _page(typeset(STORY, 14), "\n".join(lines), typeset(OTHER, 14), "广场舞")
    assert _heads(page)[0] == (headline, subtitle)
    assert page.articles[0].body == STORY.split(" ", 1)[1]


@pytest.mark.parametrize("width", [10, 12, 14])
def test_a_deck_wider_than_the_column_runs_into_the_next_piece_as_headline(width: int) -> None:
    """A deck of figures wider than the body's column is the title's last line even with
    no blank before the next piece; the next piece's first lines, as wide, are not."""
    deck = "截至6月底，新建基站210座，覆盖率达98%"
    page = _page(typeset(STORY, width), "全县通信网络\n建设提速\n" + deck + "\n" + typeset(OTHER, 24))
    assert _heads(page)[0] == ("全县通信网络建设提速" + deck, None)
    assert page.articles[1].body == OTHER


@pytest.mark.parametrize(
    ("block", "headline"),
    [
        ("某县召开春耕生\n产推进会议召开", "某县召开春耕生产推进会议召开"),  # as wide as the column
        ("据悉，某县于", None),  # a sentence's opening clause: the date goes on in it
    ],
)
def test_a_title_running_into_a_piece_that_opens_with_its_date_ends_the_piece_above(
    block: str, headline: str | None
) -> None:
    """Comma-free lines right before a line that opens with a date (``5月4日上午，``) are
    the title of the piece above, whatever their width; a clause with a comma is body."""
    page = _page(typeset(STORY, 7), block + "\n" + typeset("5月4日上午，" + OTHER, 7))
    assert page.articles[0].headline == headline
    assert len(page.articles) == (2 if headline else 1)


@pytest.mark.parametrize(
    "title", ["田\n埂\n上\n的\n老\n周", "田埂上的老周\n——记某村党支部书记周某"]
)
@pytest.mark.parametrize("rubric", ["【新闻背景】", "起步"])
def test_a_rubric_after_a_vertical_or_subtitled_title_leaves_that_title_alone(
    title: str, rubric: str
) -> None:
    """A vertical or ——subtitled title block is a title whatever short block follows it:
    the rubric opening the next piece does not push it back into the body."""
    page = _page(typeset(FEATURE, 12), title, rubric, typeset(OTHER, 12), "广场舞")
    assert page.articles[0].body == FEATURE
    assert _heads(page)[0][0] == "田埂上的老周"


@pytest.mark.parametrize(
    ("next_width", "pieces"),
    [(16, 2), (8, 2), (12, 1)],  # another column width: a new piece; the same: a column break
)
def test_a_title_as_wide_as_the_column_ends_the_piece_when_the_next_text_is_set_otherwise(
    next_width: int, pieces: int
) -> None:
    """A block as wide as the body's column, after a blank: the text after it set in
    another width is a new piece, so the block is a title; set in the same width, the
    block is running text a column break cut off."""
    page = _page(typeset(FEATURE, 12), "田埂上的老周修渠引水记", typeset(OTHER, next_width), "广场舞")
    assert len(page.articles) == pieces
    assert page.articles[0].headline == ("田埂上的老周修渠引水记" if pieces == 2 else "广场舞")


@pytest.mark.parametrize("title", ["田\n埂\n上\n的\n老\n周", "田埂上的老周"])
def test_a_subtitle_cut_from_its_title_by_a_blank_joins_it(title: str) -> None:
    """Title, blank, then its ——subtitle running straight into the next piece: the
    subtitle is the title's, the text after it a new piece."""
    page = _page(typeset(FEATURE, 12), title, "——记某村党支部书记周某\n" + typeset(OTHER, 12), "广场舞")
    assert _heads(page) == [("田埂上的老周", "记某村党支部书记周某"), ("广场舞", None)]


@pytest.mark.parametrize(
    ("block", "next_width", "headline"),
    [
        ("田埂上的老周修渠记", 18, "田埂上的老周修渠记"),  # next text set wider
        ("老周修渠，引水上山", 18, "老周修渠，引水上山"),  # a title may hold a comma
        ("会上，老周说，修渠", 18, None),  # two clauses: running text, no title
        ("会上，老周修渠引", 10, None),  # with a comma, as wide as an indented first line
        ("田埂上的老周修渠记", 9, None),  # the next text as wide as it: the same paragraph
    ],
)
def test_a_title_running_into_text_set_in_another_width_ends_the_piece_above(
    block: str, next_width: int, headline: str | None
) -> None:
    """A block right before text set in another width than the piece's column is a title
    between two pieces (no column break of either piece cut it); as wide as the text after
    it, or holding more clauses than a title does, it is body."""
    body = typeset(FEATURE, 9)
    page = _page(body, block + "\n" + typeset(OTHER, next_width))
    assert page.articles[0].headline == headline


def test_a_line_opening_with_its_date_is_never_a_titles_last_line() -> None:
    """近日，… right under a title, before a column break, opens the next piece: the title
    block stops above it even though the line is as unlike the column as the title."""
    title = "某县召开春耕生产推进会议部署全年工作"
    page = _page(typeset(FEATURE, 9), title + "\n近日，某县召开会议，部署", typeset("全年工作。" + OTHER, 9))
    assert _heads(page)[0] == (title, None)
    assert page.articles[1].body.startswith("近日，某县召开会议")


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [  # fills the column with commas and runs on: a paragraph of a list, in the body
        ((typeset(FEATURE, 13), "——修好水渠，引来清泉，灌\n溉了千亩良田。", "田埂上的老周"),
         [("田埂上的老周", None)]),
        # narrower, no comma, straight into the next piece: the title's subtitle
        ((typeset(FEATURE, 13), "田埂上的老周\n——记某村书记周某\n" + typeset(OTHER, 13), "广场舞"),
         [("田埂上的老周", "记某村书记周某"), ("广场舞", None)]),
    ],
)  # fmt: skip
def test_a_dash_line_with_commas_running_on_in_the_column_is_body(
    blocks: tuple[str, ...], heads: list[tuple[str, str | None]]
) -> None:
    """A ——line that fills the column, holds commas and runs straight on into the next
    line is a paragraph of a list; a short one without commas is a subtitle."""
    page = _page(*blocks)
    assert _heads(page) == heads


@pytest.mark.parametrize("rubric", ["起步", "【新闻背景】"])
def test_a_short_block_after_a_title_does_not_push_the_title_into_the_body(rubric: str) -> None:
    """A title block, then a rubric that opens the next piece: the title stays the title
    of the piece above (only a letter's date under its signature is pushed back)."""
    page = _page(typeset(FEATURE, 12), "田埂上的老周\n小巷新变化", rubric, typeset(OTHER, 12), "广场舞")
    assert page.articles[0].body == FEATURE
    assert _heads(page)[0] == ("田埂上的老周小巷新变化", None)


# -- 4. letter-spaced text anywhere --------------------------------------------------------


def test_letter_spaced_lead_byline_credit_and_column_title() -> None:
    """A spaced-out lead, credit, byline and column title read as their unspaced forms."""
    page = _page(
        "本 报 讯 5 月 1 2 日 下 午 ， 某\n镇召开会议，部署夏粮收购工作。",
        "夏粮收购会议召开",
        "⬅5月4日，志愿者在村口清扫街道。\n本 报 记 者 韦 青 禾 摄",
        "●5月4日，某镇举办农技培训班。（邬秋）",
        "乡 镇 快 讯",
    )
    news, photo, brief = page.articles
    assert news.date == dt.date(2024, 5, 12) and news.dateline and news.dateline.source == "本报讯"
    assert news.body == "5月12日下午，某镇召开会议，部署夏粮收购工作。"
    assert photo.photographers == ("韦青禾",)
    assert brief.column == "乡镇快讯"


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("□ 某 县 政 协 委 员 韦 青 禾", ("韦青禾",)),  # spaced out: the name after the office
        ("□本报评论员 韦 青 禾", ("韦青禾",)),  # a title, then a spaced name
        ("□韦 青", ("韦青",)),  # a two-character name spaced apart
    ],
)
def test_a_letter_spaced_signature_reads_the_name_after_its_office(
    signature: str, authors: tuple[str, ...]
) -> None:
    """A □ signature spaced out char by char is read de-spaced: an office word ends the
    title and the name follows it, never pairs of characters."""
    page = _page(typeset(FEATURE, 12), "田埂上的老周\n" + signature)
    assert page.articles[-1].authors == authors


# -- 5. story codes and continuation marks -------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "code"),
    [
        ("各项措施。①3", "①3"),
        ("传递正能量。②4", "②4"),
        ("各项措施。\n①2", "①2"),
        ("各项措施。①\n3", "①3"),  # the code cut in two by a line break
    ],
)
def test_story_code_closes_the_story_and_leaves_the_body(ending: str, code: str) -> None:
    """①3 after the last sentence goes into story_code; the line after it is the headline."""
    page = _page(typeset("本报讯 5月3日，某县召开会议，部署", 12) + ending, "会议部署夏粮收购", typeset(FEATURE, 12), "田埂上的老周")
    first = page.articles[0]
    assert (first.story_code, first.headline) == (code, "会议部署夏粮收购")
    assert first.body.endswith("。")
    assert _heads(page)[1] == ("田埂上的老周", None)


@pytest.mark.parametrize(
    ("start", "end", "continued_from", "continued_to"),
    [
        ("", "（下转A3版）", None, "A3版"),
        ("（上接一版）", "", "一版", None),
        ("（上接第一版①）", "", "第一版①", None),
    ],
)
def test_continuation_marks_leave_the_body_for_fields(
    start: str, end: str, continued_from: str | None, continued_to: str | None
) -> None:
    """（下转…） and （上接…） are read into fields and are no part of the body."""
    page = _page(typeset(start + FEATURE + end, 14), "田埂上的老周")
    article = page.articles[0]
    assert article.body == FEATURE
    assert (article.continued_from, article.continued_to) == (continued_from, continued_to)


@pytest.mark.parametrize(
    ("cut", "headline"),
    [
        ("（下转A\n3版）", "春耕会议召开"),
        ("（下转\nA3版）", "春耕会议召开"),
        ("（下\n转A3版）", "春耕会议召开"),
        ("（见第\n3版）", None),  # no 下转: the line after goes on in the body
    ],
)
def test_a_continuation_mark_cut_by_a_line_break_still_closes_the_story(
    cut: str, headline: str | None
) -> None:
    """A （下转A3版） split over two lines ends the story: the title after it heads it."""
    page = _page(typeset(FEATURE, 14) + cut + "\n\n春耕会议召开")
    assert page.articles[0].headline == headline
    assert ("下转" in page.articles[0].body) is False


def test_both_parts_of_a_continued_story_name_each_other() -> None:
    """A （下转A03版） part on A01 and a （上接一版） part on A03 link their ids."""
    first = "JIAOZUO DAILY\nA01│要闻2024年5月6日 星期一\n\n" + typeset(STORY + "（下转A3版）", 14) + "\n\n春耕会议召开\n"
    second = "JIAOZUO DAILY\n2024年5月6日 星期一 县域新闻│A03\n\n" + typeset("（上接一版）" + OTHER, 14) + "\n"
    pages = parse_pages(first + "\n" + second)
    one, three = pages[0].articles[0], pages[1].articles[0]
    assert (one.linked_id, three.linked_id) == (three.id, one.id)
    assert three.body == OTHER


def test_continued_parts_on_pages_that_do_not_match_stay_unlinked() -> None:
    """The page a mark names must be the other part's page: 下转A5版 does not reach A03."""
    first = "A01│要闻2024年5月6日 星期一\n\n" + typeset(STORY + "（下转A5版）", 14) + "\n"
    second = "2024年5月6日 星期一 县域新闻│A03\n\n" + typeset("（上接一版）" + OTHER, 14) + "\n"
    pages = parse_pages(first + "\n" + second)
    assert [p.articles[0].linked_id for p in pages] == [None, None]


# -- 6. photo captions ---------------------------------------------------------------------


def _one(page: Page) -> Article:
    assert len(page.articles) == 1, _heads(page)
    return page.articles[0]


@pytest.mark.parametrize(
    "caption",
    [
        "图① 某社区志愿者在清扫街道。\n图② 某小学学生在植树。\n韦青禾 摄",
        "图① 某社区志愿者在清扫\n\n街道。\n图② 某小学学生在植树。 韦青禾 摄",
        "5月4日，某社区志愿者在清扫街道。 韦青禾 摄",
        "5月4日，某社区志愿者在清扫街道。\n孙明 欧\n阳青 摄",
    ],
)
def test_captions_are_one_photo_item_with_the_credit_joined(caption: str) -> None:
    """Several pictures' captions, a run-in credit, a name cut by a break: one photo item."""
    article = _one(_page(caption))
    assert article.kind is ArticleKind.PHOTO
    assert article.headline is None
    assert article.photographers in (("韦青禾",), ("孙明", "欧阳青"))
    assert "摄" not in article.body


@pytest.mark.parametrize("width", [8, 9, 12])
@pytest.mark.parametrize("credit", ["", "韦青禾 摄\n\n"])
def test_a_title_before_numbered_captions_as_wide_as_it_heads_the_story_above(
    width: int, credit: str
) -> None:
    """A title as wide as the 图① caption after it is no line cut from that caption: it
    heads the story above, and the captions are one photo item."""
    title = "春耕会议召开好热闹乡村美"[:width]  # as wide as the column: no width cue
    captions = typeset("图①某社区志愿者在清扫街道。", width) + "\n\n" + typeset("图②某小学学生在植树。", width)
    page = _page(typeset(STORY, width) + "\n\n" + credit + title, captions + "\n\n孙明 摄")
    assert [(a.kind, a.headline) for a in page.articles] == [
        (ArticleKind.NEWS, title), (ArticleKind.PHOTO, None)
    ]  # fmt: skip


def test_a_credit_cut_inside_its_role_word_with_spaced_names_is_read_whole() -> None:
    """``…街道。 本报记`` / ``者 韦 青 禾 本报通讯员 孙 明 摄``: the spaces a justified
    line puts between characters do not make the credit's second line too long to join."""
    article = _one(_page("5月4日，某社区志愿者在清扫街道。 本报记\n者 韦 青 禾 本报通讯员 孙 明 摄"))
    assert (article.kind, article.photographers) == (ArticleKind.PHOTO, ("韦青禾", "孙明"))


@pytest.mark.parametrize(
    ("item", "first_headline"),
    [
        ("5月4日，某社区志愿者在清扫街道。\n\n韦青禾 摄", None),  # a photo prints no title
        (typeset(STORY, 14) + "\n\n韦青禾 摄", "起步"),  # a news story's title follows it
    ],
)
def test_a_short_line_after_a_photo_opens_the_next_piece(
    item: str, first_headline: str | None
) -> None:
    """After a photo item, a short line with running text after it is the next piece's
    first line, not the photo's title; after a news story it is the story's title."""
    page = _page(item, "起步", typeset(OTHER, 14), "广场舞")
    assert page.articles[0].headline == first_headline
    assert page.articles[1].body.startswith("起步") is (first_headline is None)


def test_dateline_story_ending_in_its_pictures_credit_stays_news() -> None:
    """…工作。 韦青禾 摄 after a 本报讯 story: a news story with that photographer."""
    page = _page(typeset(STORY, 14) + " 韦青禾 摄", "春耕会议召开")
    article = _one(page)
    assert (article.kind, article.photographers, article.headline) == (
        ArticleKind.NEWS, ("韦青禾",), "春耕会议召开"
    )  # fmt: skip


# -- 7. nothing lost -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "blocks",
    [
        ("春耕会议召开", "田埂上的老周", "——记某村党支部书记周某"),  # titles with no piece
        (typeset(FEATURE, 12), "小巷新变化", "小巷新变化", "本报记者 欧阳朔", "本报记者 欧阳朔"),
        ("①3", "（下转A3版）", "□", typeset(OTHER, 9), "韦青禾 摄", "韦青禾 摄"),
    ],
)
def test_every_line_is_owned_once_whatever_the_rules_decide(blocks: tuple[str, ...]) -> None:
    """Stray titles, doubled bylines and marks with no piece: each line is owned once, and
    lines no piece can take are reported."""
    page = _page(*blocks)
    assert page.articles or page.fragments


def test_a_vertical_title_after_a_letters_signature_heads_the_letter() -> None:
    """Vertical print after a signature that ends no sentence is still the title; the
    signature stays the letter's last body line."""
    page = _page(typeset(FEATURE, 14) + "\n某村 周某某（72岁）", "老\n周\n的\n信", typeset(OTHER, 14), "广场舞")
    assert _heads(page) == [("老周的信", None), ("广场舞", None)]
    assert page.articles[0].body.endswith("周某某（72岁）")


@pytest.mark.parametrize(
    ("closing", "heads"),
    [
        ("某村 周某某（72岁）\n2024年5月1日", [("田埂上的老周", None), ("广场舞", None)]),
        ("某村 周某某（72岁）\n某县城关镇", [("广场舞", None)]),  # no date: nothing closed
    ],
)
def test_a_letters_closing_date_finishes_it_for_the_title_after(
    closing: str, heads: list[tuple[str | None, str | None]]
) -> None:
    """Signature and date run on from a letter's text: the date closes the letter like a
    finished sentence, so the title set apart after it heads the letter."""
    page = _page(typeset(FEATURE, 14) + "\n" + closing, "田埂上的老周", typeset(OTHER, 14), "广场舞")
    assert _heads(page) == heads


def test_a_letters_signature_and_date_stay_in_its_body() -> None:
    """Unpunctuated lines ending a letter (signature, date) are body; the title after them
    heads the letter."""
    page = _page(typeset(FEATURE, 14), "某村 周某某（72岁）\n2024年5月1日", "田埂上的老周", typeset(OTHER, 14), "广场舞")
    assert _heads(page) == [("田埂上的老周", None), ("广场舞", None)]
    assert page.articles[0].paragraphs[-1].endswith("2024年5月1日")
    assert "周某某（72岁）" in page.articles[0].body


@pytest.mark.parametrize("signature", ["某村 周某某（72岁）", "某村 周某某\n（72岁）", "某县某村 周某某"])
def test_a_signature_and_date_set_apart_give_back_the_title_running_into_the_next_piece(
    signature: str,
) -> None:
    """A letter's signature set apart, its date, then the letter's title running straight
    into the next piece's text set in another width: the signature and date are body and
    the title heads the letter."""
    title_and_next = "田埂上的老周\n" + typeset(OTHER, 20)
    page = _page(typeset(FEATURE, 10), signature, "2024年5月1日", title_and_next, "广场舞")
    assert _heads(page) == [("田埂上的老周", None), ("广场舞", None)]
    assert page.articles[0].body.endswith("2024年5月1日")


@pytest.mark.parametrize(
    ("lines", "heads"),
    [  # title lines as long as the column, then a ——line running on: a paragraph's lines
        ("村里的广场上新添了健身器材\n和休闲长廊，成了大家最爱去\n——的地方之一", [("广场舞", None)]),
        # one title line as long as the column: a title may be that long by chance
        ("村里的广场上新添了健身器材\n——记某村书记周某", [("村里的广场上新添了健身器材", "记某村书记周某"), ("广场舞", None)]),
    ],
)  # fmt: skip
def test_a_dash_line_under_two_column_filling_lines_is_body(
    lines: str, heads: list[tuple[str, str | None]]
) -> None:
    """A ——line running straight on after two lines that fill the body's column is the
    paragraph going on; under one such line it is still a subtitle."""
    page = _page(typeset(FEATURE, 13), lines + "\n" + typeset(OTHER, 13), "广场舞")
    assert _heads(page) == heads


@pytest.mark.parametrize(
    ("later", "heads"),
    [  # earlier subheads set apart between paragraphs: a later one-line block is one more
        ("乡亲们的新日子", [("田埂上的老周", None)]),
        # a block of two lines is no subhead: it ends the piece
        ("乡亲们的\n新日子", [("乡亲们的新日子", None), ("田埂上的老周", None)]),
    ],
)
def test_a_feature_with_subheads_keeps_a_longer_one_in_its_body(
    later: str, heads: list[tuple[str, str | None]]
) -> None:
    """创业 … 探索 …: a feature whose body holds short subheads keeps a later one-line
    block set apart before more of its text as a subhead, not as a title."""
    page = _page(typeset(FEATURE, 14), "起步", typeset(OTHER, 14), later, typeset(FEATURE, 14), "田埂上的老周")
    assert _heads(page) == heads


def test_a_line_cut_from_a_paragraph_is_no_earlier_subhead() -> None:
    """A line a column break set apart fills the column and holds a comma: it is no
    subhead, so a title after it still ends the piece."""
    cut = typeset(FEATURE, 14, breaks=(0, 1))
    page = _page(cut, "小巷新变化", typeset(OTHER, 14), "广场舞跳出新生活")
    assert _heads(page) == [("小巷新变化", None), ("广场舞跳出新生活", None)]


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("2024年5月6日 星期一 要闻│A01", True),
        ("A08│要闻2024年5月6日 星期一", True),
        ("《某县日报》2005年3月22日B4版", False),  # a body line citing a publication
    ],
)
def test_a_line_citing_a_publications_page_is_no_page_header(line: str, header: bool) -> None:
    """A page line names the page and date; a body line that cites 《某刊》 with a date
    and page code stays in the body."""
    text = "\n".join([typeset(FEATURE, 12), line, typeset(OTHER, 12), "", "广场舞"]) + "\n"
    page = parse_pages(text)[-1]
    in_body = any(line in a.body for a in page.articles)
    assert in_body is not header


@pytest.mark.parametrize("subhead", ["起步", "乡亲们的新日子"])
def test_a_subhead_running_straight_into_its_paragraph_stays_body(subhead: str) -> None:
    """A two-character subhead printed flush on the paragraph it heads, or a longer one in
    a feature that opens with such a subhead, is body, not a title ending the piece (the
    reflow joins it to the paragraph it is printed flush on)."""
    page = _page("起步\n" + typeset(FEATURE, 14), subhead + "\n" + typeset(OTHER, 14), "田埂上的老周")
    assert _heads(page) == [("田埂上的老周", None)]
    assert page.articles[0].paragraphs[1] == subhead + OTHER


@pytest.mark.parametrize(
    ("other_width", "heads"),
    [  # the same column: the one-line "title" was the feature's subhead
        (14, [("田埂上的老周", "记某村书记周某")]),
        # another column: two pieces, the first with its own title
        (20, [("乡亲们的新日子", None), ("田埂上的老周", "记某村书记周某")]),
    ],
)
def test_a_subhead_before_text_ending_in_a_bylined_title_is_the_features(
    other_width: int, heads: list[tuple[str, str | None]]
) -> None:
    """Unmarked text, a one-line block, more unmarked text in the same column, then a title
    block with a byline: one feature whose subhead the block is; the byline credits it."""
    page = _page(typeset(FEATURE, 14), "乡亲们的新日子", typeset(OTHER, other_width),
                 "田埂上的老周\n——记某村书记周某\n本报记者 韦青禾")  # fmt: skip
    assert _heads(page) == heads
    assert credited_names(page.articles[-1]) == ["韦青禾"]


@pytest.mark.parametrize("width", [9, 10, 11])
def test_a_title_wider_than_the_column_before_text_as_wide_is_a_title(width: int) -> None:
    """A title set apart, wider than the body's column and as wide as the next piece's
    lines: no column break of the body cut it, so it heads the piece above."""
    title = "小巷里的新变化，看得见"[: width + 2]
    page = _page(typeset(FEATURE, width), title, typeset(OTHER, width + 2), "广场舞")
    assert _heads(page) == [(title, None), ("广场舞", None)]


def test_a_title_wider_than_the_next_pieces_lines_runs_into_it_as_title() -> None:
    """Two title lines running straight into a narrower next piece: a line a character
    wider than that piece's lines, with no punctuation hanging, is none of them."""
    page = _page(typeset(FEATURE, 22), "小巷里的新变化\n乡亲们的好日子\n" + typeset(OTHER, 6), "广场舞")
    assert _heads(page) == [("小巷里的新变化乡亲们的好日子", None), ("广场舞", None)]


@pytest.mark.parametrize(
    ("second", "rest", "heads"),
    [  # the text after the blank goes on mid-sentence: the line was the next piece's first
        ("无可辩驳地证明了", typeset("这一点。" + OTHER, 8),
         [("小巷里的新变化让人欢喜", None), ("广场舞", None)]),
        # the text after the blank opens with its date: the line is the title's
        ("乡亲们的好日子来", typeset("5月3日，" + OTHER, 8),
         [("小巷里的新变化让人欢喜乡亲们的好日子来", None), ("广场舞", None)]),
    ],
)  # fmt: skip
def test_a_title_whose_last_line_is_as_wide_as_the_next_pieces_text_leaves_it_that_line(
    second: str, rest: str, heads: list[tuple[str, str | None]]
) -> None:
    """A title line, then a line as wide as the next piece's lines (unlike the title line
    above it), a column break, and that piece's text: the line opens the next piece."""
    page = _page(typeset(FEATURE, 20), "小巷里的新变化让人欢喜\n" + second, rest, "广场舞")
    assert _heads(page) == heads


def test_a_title_running_into_a_continued_from_mark_ends_the_piece_above() -> None:
    """（上接一版）… opens a piece like its date does: the comma-free lines above it are
    the title of the piece before, even when as wide as its column."""
    page = _page(typeset(FEATURE, 12), "小巷里的新变化了\n（上接一版）" + typeset(OTHER, 12), "广场舞")
    assert _heads(page) == [("小巷里的新变化了", None), ("广场舞", None)]
    assert page.articles[1].continued_from == "一版"


def test_a_title_wider_than_the_column_above_bylined_text_is_no_subhead() -> None:
    """A one-line block wider than the column of the text above it heads that text even
    when a bylined feature in the same width follows: a subhead is set in the column."""
    wide = "乡亲们的新日子越过越红火"
    page = _page(typeset(FEATURE, 9), wide, typeset(OTHER, 9), "田埂上的老周\n本报记者 韦青禾")
    assert _heads(page) == [(wide, None), ("田埂上的老周", None)]


def test_a_title_narrower_than_the_column_and_as_wide_as_the_next_piece_is_a_title() -> None:
    """A title set apart, a few characters narrower than the body's column and as wide as
    the next piece's lines: no column break of this body cut it, so it heads the piece."""
    title = "乡亲们的新日子越过越红火"  # 12 characters, in a column of 15
    page = _page(typeset(FEATURE, 15), title, typeset(OTHER, 12), "广场舞")
    assert _heads(page) == [(title, None), ("广场舞", None)]
