"""Warning codes: one table in the code, the same table in docs/errors.md, and the input-level
warnings (empty-input, not-a-page) that replace a silent news article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jzdaily import WARNING_CODES, ParseError, parse_page, parse_pages, sample_text

ROOT = Path(__file__).parent.parent
_CODE_LITERAL = re.compile(r'ParseWarning\(\s*"(?P<code>[a-z-]+)"')
_DOC_ROW = re.compile(r"^\| `(?P<code>[a-z-]+)` \|", re.M)


def _documented_codes() -> list[str]:
    text = (ROOT / "docs" / "errors.md").read_text("utf-8")
    warnings = text.split("## Warnings", 1)[1].split("### What is *not* a warning", 1)[0]
    return _DOC_ROW.findall(warnings)


def test_docs_list_the_codes_of_the_table_in_its_order() -> None:
    """docs/errors.md's warning table has exactly WARNING_CODES' codes, in the same order."""
    assert _documented_codes() == list(WARNING_CODES)


def test_every_code_the_parser_writes_is_in_the_table() -> None:
    """A ParseWarning made anywhere in src/ with a code missing from the table fails here."""
    used = {
        match["code"]
        for path in (ROOT / "src" / "jzdaily").rglob("*.py")
        for match in _CODE_LITERAL.finditer(path.read_text("utf-8"))
    }
    assert used, "the scan found no ParseWarning at all"
    assert used <= set(WARNING_CODES), used - set(WARNING_CODES)


def test_the_table_is_read_only() -> None:
    """WARNING_CODES cannot be changed by a caller."""
    with pytest.raises(TypeError):
        WARNING_CODES["new-code"] = "x"  # type: ignore[index]


PAGE_LINE = "B02│城区新闻2031年5月6日 星期二"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty-input"),
        ("   \n\n\t\n", "empty-input"),
        (b"", "empty-input"),
        ("今天天气很好，我们去公园散步。\n", "not-a-page"),
        ("Dear customer,\nyour parcel has been shipped.\n", "not-a-page"),
        ("1234 5678\n", "not-a-page"),
        ("某某某\n某\n\n一段普通的文字，没有报纸的格式。\n", "not-a-page"),
    ],
)
def test_input_without_the_papers_conventions_says_so(text: str | bytes, code: str) -> None:
    """Empty input, or text with none of the paper's conventions, gives a page with that warning."""
    for pages in (parse_pages(text), (parse_page(text),)):
        assert len(pages) == 1
        codes = [w.code for w in pages[0].warnings]
        assert codes.count(code) == 1, codes
        assert ("empty-input" in codes) != ("not-a-page" in codes)
    if code == "empty-input":
        assert pages[0].articles == ()
    with pytest.raises(ParseError):
        parse_page(text, strict=True)


@pytest.mark.parametrize(
    "text",
    [
        PAGE_LINE + "\n今天天气很好。\n",  # a page line
        "本报讯（记者王某）5月5日，某县召开大会。\n",  # a lead
        "●5月5日，某县召开大会。\n",  # a brief
        "某县召开大会。\n（某某）\n",  # an author line
        "村民在田间劳作。 王某 摄\n",  # a photo credit
        "某县召开大会。\n□某某\n",  # a signature
    ],
    ids=["page-line", "lead", "brief", "authors", "credit", "signature"],
)
def test_any_one_convention_makes_it_a_page(text: str) -> None:
    """One convention of the paper is enough: no empty-input nor not-a-page warning."""
    codes = {w.code for page in parse_pages(text) for w in page.warnings}
    assert not codes & {"empty-input", "not-a-page"}, codes


def test_the_sample_has_no_input_warning() -> None:
    """The real pages warn about neither."""
    codes = {w.code for page in parse_pages(sample_text()) for w in page.warnings}
    assert not codes & {"empty-input", "not-a-page"}


def test_not_a_page_names_the_first_line() -> None:
    """not-a-page points at the first non-blank line, and that line still belongs to an article."""
    page = parse_page("\n\n今天天气很好，我们去公园散步。\n")
    (warning,) = [w for w in page.warnings if w.code == "not-a-page"]
    assert warning.source_lines == (3,)
    assert [a.source_lines for a in page.articles] == [(3,)]
