"""The public model: JSON-ready dicts, round trips, exports."""

from __future__ import annotations

import datetime as dt
import json

import jzdaily
from jzdaily import Article, ArticleKind, Dateline, Fragment, FragmentKind, Page, ParseWarning


def _page() -> Page:
    article = Article(
        kind=ArticleKind.BRIEF, headline=None, paragraphs=("甲。", "乙。"), source_lines=(3, 4),
        column="综合新闻", dateline=Dateline("本报讯（记者甲乙）", "本报讯", reporters=("甲乙",)),
        date=dt.date(2024, 1, 1), authors=("丙丁",), id="2024-01-02/A01/01",
    )  # fmt: skip
    return Page(
        index=0, articles=(article,), fragments=(Fragment(FragmentKind.COLUMN, "综合新闻", (5,)),),
        warnings=(ParseWarning("no-headline", "none", (3,)),), code="A01",
        date=dt.date(2024, 1, 2), staff={"编辑": ("戊己",)},
    )  # fmt: skip


def test_to_dict_is_json_ready() -> None:
    """Dates as ISO strings, enums as values, tuples as lists, body included."""
    data = _page().to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    article = data["articles"][0]
    assert (article["date"], article["kind"], article["body"]) == ("2024-01-01", "brief", "甲。\n乙。")
    assert data["staff"] == {"编辑": ["戊己"]}


def test_round_trip() -> None:
    """from_dict(to_dict()) gives back an equal object for every model type."""
    page = _page()
    assert Page.from_dict(page.to_dict()) == page
    for obj in (page.articles[0], page.fragments[0], page.warnings[0], page.articles[0].dateline):
        assert type(obj).from_dict(obj.to_dict()) == obj  # type: ignore[union-attr]


def test_public_names_are_exported() -> None:
    """Every name in __all__ exists, and the model and errors are in it."""
    for name in jzdaily.__all__:
        assert hasattr(jzdaily, name), name
    expected = {"parse_page", "parse_pages", "Page", "Article", "Fragment", "Dateline",
                "ParseWarning", "DecodeError", "ParseError", "JzdailyError", "ArticleKind",
                "FragmentKind"}  # fmt: skip
    assert expected <= set(jzdaily.__all__)


def test_body_joins_paragraphs() -> None:
    """body is the paragraphs joined by newlines."""
    assert _page().articles[0].body == "甲。\n乙。"


def test_sample_is_bundled() -> None:
    """The sample page ships inside the package."""
    assert "本报讯" in jzdaily.sample_text()


def test_parsing_does_not_import_jieba() -> None:
    """Parsing stays light: jieba is for entities only."""
    import subprocess
    import sys

    code = "import sys, jzdaily; jzdaily.parse_pages(jzdaily.sample_text()); print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_tests_copy_of_the_sample_is_the_shipped_one() -> None:
    """tests/fixtures keeps a copy of the sample for the answer key; it must be the very file
    the package ships (sample_text()), byte for byte, so the two can never drift apart."""
    from tests.conftest import SAMPLE

    assert SAMPLE.read_bytes().decode("utf-8") == jzdaily.sample_text()
    assert SAMPLE.read_bytes() == jzdaily.sample_text().encode("utf-8")
