"""The HTML view (``jzdaily.to_html``), read back with the standard library's ``html.parser``.

Pages are written for these tests (invented places and names); each test pins one promise of
the view: every line once with its owner, one card per article with its fields, all text
escaped, one section per page, entities on cards, and notes instead of errors on mismatches.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest

import jzdaily
from jzdaily import Article, Page, parse_pages, to_html
from jzdaily._view._assets import script, stylesheet
from tests._ownership import non_blank_lines
from tests.conftest import typeset

VOID = frozenset({"meta", "br", "img", "input", "link", "hr", "wbr", "source"})


@attrs.define(eq=False)
class Node:
    """An element of the parsed document: tag, attributes, children (elements and text)."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = attrs.field(factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, css: str | None = None, **attrs: str) -> list[Node]:
        return [
            node for node in self.iter()
            if (tag is None or node.tag == tag)
            and (css is None or css in node.attrs.get("class", "").split())
            and all(node.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]  # fmt: skip

    def one(self, tag: str | None = None, css: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, css, **attrs)
        assert len(found) == 1, f"{len(found)} matches for {tag}.{css} {attrs}"
        return found[0]


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__()  # character references are turned back into text
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def dom(html: str) -> Node:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert tree.stack == [tree.root], "unclosed elements"
    return tree.root


def page_text(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# -- invented pages ------------------------------------------------------------------------------

ODD_HEADER = (
    "JIAOZUO DAILY\n2024年5月14日 星期二 北岭新闻│A05\n\n"
    "■新闻热线：3611000│■编辑：秦望舒│校对：贺晴│组版：白露\n"
)
EVEN_HEADER = (
    "JIAOZUO DAILY\nA06│北岭新闻2024年5月14日 星期二\n\n"
    "■新闻热线：3611000│■编辑：秦望舒│校对：贺晴│组版：白露\n"
)
NEWS = (
    "本报讯（记者柯远、司马青 通讯员岳川） 5月12日上午，北岭区召开春季植树造林推进会，"
    "副区长宁致远出席并讲话。各乡镇负责同志参加会议。"
)
ODD_PAGE = page_text(
    ODD_HEADER,
    typeset(NEWS, 14, breaks=(1,)),
    "北岭区春季植树\n造林推进会召开",
    "●5月10日，北岭区举办社区运动会，三千余名居民参加比赛。（林溪）",
    "●5月11日，北岭区开展防汛应急演练，检验各部门协同处置能力。（苏湛）",
    "社 区 简 讯",
    "➡5月9日，北岭区农民在田间抢收小麦。 本报记者 秦川 摄",
)
HOSTILE_LINE = """<script>alert("x")</script>'&amp;"""
HOSTILE_HEADLINE = '青年创业"大赛"<b>举行</b>'
EVEN_PAGE = page_text(
    EVEN_HEADER,
    typeset("本报讯 5月13日下午，北岭区召开夏粮收购工作会议，安排部署收购各项准备工作。", 15),
    "本报讯（记者柯远） 5月12日，北岭区青年创业大赛举行，\n" + HOSTILE_LINE + "\n二十个项目进入决赛。",
    HOSTILE_HEADLINE,
)
TWO_PAGES = ODD_PAGE + "\n" + EVEN_PAGE
INPUTS = {
    "one page": ODD_PAGE,
    "two pages": TWO_PAGES,
    "CRLF newlines": TWO_PAGES.replace("\n", "\r\n"),
    "form feed between pages": ODD_PAGE + "\f" + EVEN_PAGE.replace("JIAOZUO DAILY\n", "", 1),
    "debris of NULs and a BOM": ODD_PAGE + "\n\x00\x00\n\ufeff\n" + EVEN_PAGE,
    "no header, lines before the first piece blank": "\n\n\n" + typeset(NEWS, 12),
}


@pytest.fixture(scope="module", params=sorted(INPUTS))
def case(request: pytest.FixtureRequest) -> tuple[str, tuple[Page, ...], Node]:
    text = INPUTS[request.param]
    pages = parse_pages(text)
    return text, pages, dom(to_html(pages, text))


def lines_of(root: Node) -> list[Node]:
    return root.find_all("li", "line")


def owner_pieces(pages: tuple[Page, ...]) -> dict[int, Any]:
    return {n: piece for p in pages for piece in (*p.articles, *p.fragments) for n in piece.source_lines}


# -- lines ---------------------------------------------------------------------------------------


def test_every_non_blank_line_appears_once_with_its_owner(case: tuple[str, tuple[Page, ...], Node]) -> None:
    """Each non-blank input line is one element naming the article's card or the fragment's kind."""
    text, pages, root = case
    shown = [int(li.attrs["data-line"]) for li in lines_of(root) if "data-owner" in li.attrs]
    assert sorted(shown) == non_blank_lines(text)
    cards = {card.attrs["data-owner"]: card for card in root.find_all("article", "card")}
    pieces = owner_pieces(pages)
    for li in lines_of(root):
        if "data-owner" not in li.attrs:
            continue
        piece = pieces[int(li.attrs["data-line"])]
        if isinstance(piece, Article):
            assert li.attrs["data-kind"] == "article"
            assert cards[li.attrs["data-owner"]].attrs["data-article-id"] == piece.id
        else:
            assert li.attrs["data-kind"] == piece.kind.value
            assert li.attrs["data-owner"] not in cards


def test_every_input_line_is_shown_once_in_order_with_its_number(case: tuple[str, tuple[Page, ...], Node]) -> None:
    """Blank lines too: the left pane is the whole input, numbered as source_lines count."""
    text, _, root = case
    numbers = [int(li.attrs["data-line"]) for li in lines_of(root)]
    count = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert numbers == list(range(1, count + 1))
    assert [li.one("a", "no").text() for li in lines_of(root)] == [str(n) for n in numbers]


def test_lines_of_one_article_share_one_tint_and_articles_differ(case: tuple[str, tuple[Page, ...], Node]) -> None:
    """An article's lines carry its card's hue; neighbouring articles get different hues."""
    _, _, root = case
    hues: dict[str, set[str]] = {}
    for li in lines_of(root):
        if li.attrs.get("data-kind") == "article":
            hues.setdefault(li.attrs["data-owner"], set()).add(li.attrs["style"])
    cards = root.find_all("article", "card")
    for card in cards:
        if card.attrs["data-owner"] in hues:
            assert hues[card.attrs["data-owner"]] == {card.attrs["style"]}
    styles = [card.attrs["style"] for card in cards]
    assert all(a != b for a, b in itertools.pairwise(styles))


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("  正文一行  ", "  正文一行"),  # leading layout spaces stay, trailing ones go
        ("斯 坦 等 国", "斯 坦 等 国"),  # letter spacing is shown as extracted
        ("\x00\x00", "␀␀"),  # NUL debris becomes visible signs
        ("\ufeff", "◌"),  # a lone BOM too
    ],
)
def test_line_text_is_the_raw_line_made_visible(raw: str, shown: str) -> None:
    """The pane shows what the extractor gave, not the cleaned text, with invisible characters signed."""
    text = page_text(typeset(NEWS, 14), raw)
    root = dom(to_html(parse_pages(text), text))
    last = [li for li in lines_of(root) if li.attrs.get("data-owner")][-1]
    assert last.one("span", "tx").text() == shown


def test_headline_lines_are_marked_and_body_lines_are_not() -> None:
    """Both lines of a two-line headline carry data-role=headline; no body line does."""
    pages = parse_pages(ODD_PAGE)
    root = dom(to_html(pages, ODD_PAGE))
    marked = [li.one("span", "tx").text() for li in lines_of(root) if li.attrs.get("data-role") == "headline"]
    assert marked == ["北岭区春季植树", "造林推进会召开"]


def test_vertical_headline_characters_are_marked_but_a_lone_character_is_not() -> None:
    """One character a line counts in a vertical run; a single stray character does not."""
    text = page_text(typeset(NEWS, 14), "\n".join("春季植树"))
    pages = parse_pages(text)
    assert pages[0].articles[0].headline == "春季植树"
    root = dom(to_html(pages, text))
    marked = [li.one("span", "tx").text() for li in lines_of(root) if li.attrs.get("data-role") == "headline"]
    assert marked == list("春季植树")
    body = attrs.evolve(pages[0].articles[0], headline="季")
    lone = attrs.evolve(pages[0], articles=(body,))
    assert not [li for li in lines_of(dom(to_html(lone, text))) if li.attrs.get("data-role")]


# -- cards ---------------------------------------------------------------------------------------


def test_one_card_per_article_in_page_order(case: tuple[str, tuple[Page, ...], Node]) -> None:
    """Cards follow the pages' articles one to one, with kind and headline."""
    _, pages, root = case
    articles = [a for p in pages for a in p.articles]
    cards = root.find_all("article", "card")
    assert [c.attrs["data-article-id"] for c in cards] == [a.id for a in articles]
    assert [c.attrs["data-kind"] for c in cards] == [a.kind.value for a in articles]
    assert [c.one("h3").text() for c in cards] == [a.headline or "(no headline)" for a in articles]


def _card_for(article_index: int, text: str = ODD_PAGE) -> tuple[Article, Node]:
    pages = parse_pages(text)
    article = [a for p in pages for a in p.articles][article_index]
    root = dom(to_html(pages, text))
    return article, root.one("article", "card", data_article_id=article.id)


FIELDS: list[tuple[int, str, Callable[[Article], str]]] = [
    (0, "dateline", lambda a: "本报讯（记者柯远、司马青 通讯员岳川）"),
    (0, "reporters", lambda a: "柯远、司马青"),
    (0, "correspondents", lambda a: "岳川"),
    (0, "date", lambda a: "2024-05-12 上午"),
    (1, "column", lambda a: "社区简讯"),
    (1, "authors", lambda a: "林溪"),
    (1, "date", lambda a: "2024-05-10"),
    (3, "photographers", lambda a: "秦川"),
    (3, "photo arrow", lambda a: "right"),
]


@pytest.mark.parametrize(("index", "label", "expected"), FIELDS, ids=[f"{i}-{f}" for i, f, _ in FIELDS])
def test_card_fields_show_the_article_metadata(index: int, label: str, expected: Callable[[Article], str]) -> None:
    """Each card row shows one field of the article as printed on the invented page."""
    article, card = _card_for(index)
    assert card.one("dd", data_field=label).text() == expected(article)


@pytest.mark.parametrize(
    ("index", "absent"),
    [(0, "authors"), (0, "column"), (1, "reporters"), (1, "photo arrow"), (3, "dateline")],
)
def test_card_leaves_out_empty_fields(index: int, absent: str) -> None:
    """A field the article does not have gets no row."""
    _, card = _card_for(index)
    assert not card.find_all("dd", data_field=absent)


def test_card_lead_is_the_start_of_the_body_and_full_text_follows() -> None:
    """The lead is the body's first LEAD_CHARS characters; the details hold every paragraph."""
    long_news = NEWS + "会议要求" * 60 + "。"
    text = page_text(typeset(long_news, 14), "北岭区春季植树推进会召开")
    article, card = _card_for(0, text)
    lead = card.one("p", "lead").text()
    assert lead.endswith("…") and article.body.startswith(lead[:-1])
    assert [p.text() for p in card.one("details").find_all("p")] == list(article.paragraphs)


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({"date_end": dt.date(2024, 5, 13), "time": dt.time(9, 30)}, "2024-05-12 – 2024-05-13 上午 09:30"),
        ({"time": dt.time(10, 0), "time_approximate": True}, "2024-05-12 上午 ≈10:00"),
        ({"date_end": dt.date(2024, 5, 20), "date_precision": "part-of-month"}, "2024-05-12 – 2024-05-20 上午 (part-of-month)"),
        ({"date_precision": "day"}, "2024-05-12 上午"),
    ],
)
def test_card_date_row_shows_span_time_and_a_coarse_precision(changes: dict[str, object], shown: str) -> None:
    """date_end, the clock time (≈ when approximate) and a precision coarser than a day join the date row."""
    from jzdaily._view._cards import card_fields

    article = attrs.evolve(parse_pages(ODD_PAGE)[0].articles[0], **changes)
    assert dict(card_fields(article))["date"] == shown


def test_warnings_mark_their_lines_and_their_card() -> None:
    """A no-headline warning marks its line with ⚠ and is listed on the article's card."""
    pages = parse_pages(EVEN_PAGE)
    warning = pages[0].warnings[0]
    assert warning.code == "no-headline"
    root = dom(to_html(pages, EVEN_PAGE))
    marked = [li for li in lines_of(root) if "data-warn" in li.attrs]
    assert [int(li.attrs["data-line"]) for li in marked] == list(warning.source_lines)
    assert marked[0].attrs["data-warn"] == "no-headline"
    assert marked[0].one("span", "warn-mark").attrs["title"] == f"no-headline: {warning.message}"
    card = root.one("article", "card", data_owner=marked[0].attrs["data-owner"])
    assert [li.attrs["data-code"] for li in card.one("ul", "warnings").find_all("li")] == ["no-headline"]


def test_page_warnings_on_no_article_are_listed_with_the_page() -> None:
    """A warning about a fragment line (no printed header) is shown under the page heading."""
    text = "北岭视窗\n\n" + typeset(NEWS, 12) + "\n\n北岭区春季植树推进会召开\n"
    pages = parse_pages(text, issue_date=dt.date(2024, 5, 14))
    assert [(w.code, w.source_lines) for w in pages[0].warnings] == [("header-missing", (1,))]
    section = dom(to_html(pages, text)).one("section", "page")
    assert [li.attrs["data-code"] for li in section.one("ul", "page-warnings").find_all("li")] == ["header-missing"]


# -- escaping ------------------------------------------------------------------------------------


def test_hostile_text_renders_as_text() -> None:
    """<script>, quotes and entities in the input come back as the same text, never as markup."""
    pages = parse_pages(EVEN_PAGE)
    html = to_html(pages, EVEN_PAGE, title='<title>"标题"')
    root = dom(html)
    scripts = root.find_all("script")
    assert [s.text() for s in scripts] == [script()]  # only the view's own
    assert [s.text() for s in root.find_all("style")] == [stylesheet()]
    assert not root.one("main").find_all("b")  # the legend's own <b> is outside main
    texts = [li.one("span", "tx").text() for li in lines_of(root)]
    assert HOSTILE_LINE in texts and HOSTILE_HEADLINE in texts
    card = root.find_all("article", "card")[1]
    assert card.one("h3").text() == HOSTILE_HEADLINE
    assert card.attrs["aria-label"] == HOSTILE_HEADLINE
    assert HOSTILE_LINE in card.one("p", "lead").text()
    assert root.one("title").text() == '<title>"标题"'


def test_attribute_values_cannot_be_broken_out_of() -> None:
    """A warning message and an article id with quotes stay inside their attributes."""
    pages = parse_pages(EVEN_PAGE)
    page = pages[0]
    evil = jzdaily.ParseWarning("no-headline", 'x" onclick="alert(1)', page.warnings[0].source_lines)
    article = attrs.evolve(page.articles[0], id='"><img src=x>')
    page = attrs.evolve(page, warnings=(evil,), articles=(article, *page.articles[1:]))
    root = dom(to_html(page, EVEN_PAGE))
    assert not root.find_all("img")
    assert not [n for n in root.iter() if "onclick" in n.attrs]
    assert root.one("article", "card", data_article_id='"><img src=x>')


def test_the_view_is_self_contained() -> None:
    """No external resource: every link is an in-page anchor, no src= anywhere."""
    html = to_html(parse_pages(TWO_PAGES), TWO_PAGES)
    root = dom(html)
    assert all(n.attrs["href"].startswith("#") for n in root.iter() if "href" in n.attrs)
    assert not [n for n in root.iter() if "src" in n.attrs]
    assert not re.search(r"url\(|@import|https?://", stylesheet() + script())


def test_element_ids_are_unique_and_anchors_resolve() -> None:
    """Every id is used once; every #anchor names an element of the page."""
    root = dom(to_html(parse_pages(TWO_PAGES), TWO_PAGES))
    ids = [n.attrs["id"] for n in root.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    anchors = {n.attrs["href"][1:] for n in root.iter() if "href" in n.attrs}
    assert anchors <= set(ids)


# -- pages and inputs ----------------------------------------------------------------------------


def test_each_page_gets_its_own_section_with_its_lines_and_cards() -> None:
    """Two pages: two sections, each holding only its own pieces' lines and cards, and its facts."""
    pages = parse_pages(TWO_PAGES)
    assert [p.code for p in pages] == ["A05", "A06"]
    sections = dom(to_html(pages, TWO_PAGES)).find_all("section", "page")
    assert len(sections) == 2
    for page, section in zip(pages, sections, strict=True):
        own = sorted(n for piece in (*page.articles, *page.fragments) for n in piece.source_lines)
        shown = sorted(int(li.attrs["data-line"]) for li in lines_of(section) if "data-owner" in li.attrs)
        assert shown == own
        assert [c.attrs["data-article-id"] for c in section.find_all("article", "card")] == [a.id for a in page.articles]
        assert section.one("dd", data_fact="code").text() == page.code
        assert page.code in section.one("h2").text()


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        ("paper", "JIAOZUO DAILY"),
        ("section", "北岭新闻"),
        ("date", "2024-05-14"),
        ("weekday", "星期二"),
        ("hotline", "3611000"),
        ("staff", "编辑 秦望舒; 校对 贺晴; 组版 白露"),
        ("pieces", "4 articles, 4 fragments, 0 warnings"),
    ],
)
def test_page_facts_come_from_the_header(fact: str, expected: str) -> None:
    """The page section lists the header's facts."""
    section = dom(to_html(parse_pages(ODD_PAGE), ODD_PAGE)).one("section", "page")
    assert section.one("dd", data_fact=fact).text() == expected


def test_counts_say_one_warning_not_one_warnings() -> None:
    """Counts of one are singular, in the page facts and the input summary."""
    root = dom(to_html(parse_pages(EVEN_PAGE), EVEN_PAGE))
    assert root.one("dd", data_fact="pieces").text() == "2 articles, 3 fragments, 1 warning"
    assert root.one("p", "summary").text().startswith("1 page · 2 articles · 3 fragments · 1 warning ·")


def test_an_inferred_date_says_so() -> None:
    """A page that prints no date shows where its date came from."""
    text = typeset(NEWS, 12) + "\n\n北岭区春季植树推进会召开\n"
    pages = parse_pages(text, issue_date=dt.date(2024, 5, 14))
    fact = dom(to_html(pages, text)).one("dd", data_fact="date").text()
    assert fact.startswith("2024-05-14") and "inferred" in fact


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_bytes_source_is_decoded_as_the_parser_decodes_it(encoding: str) -> None:
    """The source text may be the bytes given to parse_pages: the view is the same."""
    data = TWO_PAGES.encode(encoding)
    pages = parse_pages(data)
    assert to_html(pages, data) == to_html(pages, TWO_PAGES)


def test_a_single_page_may_be_given_alone() -> None:
    """to_html(page, text) is to_html([page], text)."""
    pages = parse_pages(ODD_PAGE)
    assert to_html(pages[0], ODD_PAGE) == to_html(list(pages), ODD_PAGE)


@pytest.mark.parametrize(
    ("pages_from", "source", "note"),
    [
        (TWO_PAGES, ODD_PAGE, "not in the source text"),  # pages name lines the text lacks
        (ODD_PAGE, TWO_PAGES, "belong to no piece"),  # the text has lines no page owns
        ("", ODD_PAGE, "belong to no piece"),  # no pages at all
    ],
)
def test_pages_that_do_not_fit_the_text_give_a_note(pages_from: str, source: str, note: str) -> None:
    """A mismatch between pages and text is a note at the top of the view, not an exception."""
    pages = parse_pages(pages_from) if pages_from else ()
    root = dom(to_html(pages, source))
    assert note in root.one("ul", "notes").text()
    unowned = [li for li in lines_of(root) if li.attrs.get("data-kind") == "unowned"]
    assert bool(unowned) == (note == "belong to no piece")


def test_a_line_claimed_twice_is_shown_once_with_a_note() -> None:
    """Two pieces naming one line: the line is shown once, with its first owner, and a note."""
    page = parse_pages(ODD_PAGE)[0]
    second = attrs.evolve(page.articles[1], source_lines=(*page.articles[1].source_lines, 7))
    page = attrs.evolve(page, articles=(page.articles[0], second, *page.articles[2:]))
    root = dom(to_html(page, ODD_PAGE))
    assert "claimed by two pieces" in root.one("ul", "notes").text()
    assert len(root.find_all("li", "line", data_line="7")) == 1


def test_a_view_of_matching_pages_has_no_notes() -> None:
    """Pages parsed from the text itself fit it: no note."""
    assert not dom(to_html(parse_pages(TWO_PAGES), TWO_PAGES)).find_all("ul", "notes")


@pytest.mark.parametrize(
    ("pages", "source"),
    [
        ("not pages", ODD_PAGE),  # a string is not a page sequence
        ([object()], ODD_PAGE),
        ((), 42),
        ((), None),
    ],
)
def test_wrong_argument_types_raise_type_error(pages: Any, source: Any) -> None:
    """Arguments of the wrong type are a TypeError naming the type, not a deep traceback."""
    with pytest.raises(TypeError, match=r"expected Page|source_text"):
        to_html(pages, source)


def test_bytes_that_are_not_text_raise_decode_error() -> None:
    """Undecodable bytes are the parser's DecodeError."""
    with pytest.raises(jzdaily.DecodeError):
        to_html((), b"\xff\xfe\x00\x81\x30\xff" * 4)


# -- entities ------------------------------------------------------------------------------------


def test_entities_put_people_with_titles_on_cards() -> None:
    """With entities=True each card lists the article's people, their titles and staff roles."""
    pages = parse_pages(ODD_PAGE)
    card = dom(to_html(pages, ODD_PAGE, entities=True)).find_all("article", "card")[0]
    people = card.one("ul", "people").find_all("li")
    shown = {li.attrs["data-name"]: li for li in people}
    assert set(shown) == {p.name for p in jzdaily.people(pages[0].articles[0])}
    assert shown["宁致远"].one("span", "titles").text() == "副区长"
    assert shown["岳川"].one("span", "role").text() == "通讯员"


def test_without_entities_cards_list_none() -> None:
    """By default no entity lookup is done or shown."""
    root = dom(to_html(parse_pages(ODD_PAGE), ODD_PAGE))
    assert not root.find_all("dl", "entities")


def test_to_html_is_exported() -> None:
    """to_html is part of the public API."""
    assert "to_html" in jzdaily.__all__ and jzdaily.to_html is to_html


# -- contrast ------------------------------------------------------------------------------------

_RULE = re.compile(r"(?P<selector>[^{}]+)\{(?P<body>[^{}]*)\}")
_DECLARATION = re.compile(r"(?P<name>[-\w]+)\s*:\s*(?P<value>[^;]+)")
_HSL = re.compile(r"hsl\(var\(--h\) (?P<s>\d+)% (?P<l>\d+)%\)$")
_HEX = re.compile(r"#(?P<hex>[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = map(channel, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _colours(value: str, root: dict[str, str]) -> list[tuple[float, float, float]]:
    """A CSS colour as RGB, one per hue for the view's hsl(var(--h) …) tints; [] if not plain."""
    import colorsys

    value = root.get(value[4:-1], value) if value.startswith("var(") else value
    if match := _HSL.match(value):
        s, light = int(match["s"]) / 100, int(match["l"]) / 100
        return [tuple(c * 255 for c in colorsys.hls_to_rgb(h / 360, light, s)) for h in range(360)]  # type: ignore[misc]
    if match := _HEX.match(value):
        digits = match["hex"] if len(match["hex"]) == 6 else "".join(c * 2 for c in match["hex"])
        return [(int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))]
    return []


def test_every_text_on_a_tint_has_enough_contrast() -> None:
    """Each rule that sets a plain background keeps its text at WCAG AA contrast (4.5:1), every hue."""
    css = re.sub(r"/\*.*?\*/", "", stylesheet(), flags=re.S)
    rules = [(m["selector"].strip(), {d["name"]: d["value"].strip() for d in _DECLARATION.finditer(m["body"])})
             for m in _RULE.finditer(css)]  # fmt: skip
    root = {k: v for selector, body in rules if selector == ":root" for k, v in body.items()}
    checked = 0
    for selector, body in rules:
        if "@media print" in selector or "background" not in body:
            continue
        grounds = _colours(body["background"], root)
        ink = _colours(body.get("color", "var(--ink)"), root)
        if not grounds or len(ink) != 1:
            continue
        worst = min((max(a, b) + 0.05) / (min(a, b) + 0.05)
                    for a, b in ((_luminance(ink[0]), _luminance(g)) for g in grounds))  # fmt: skip
        assert worst >= 4.5, f"{selector}: contrast {worst:.2f}"
        checked += 1
    assert checked >= 10  # the tints, the greys, the cards, the warnings
