"""Reading page files, and the issue date an archive's folder or file name carries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath

import pytest

from jzdaily import DecodeError, parse_pages
from jzdaily._files import issue_date_from_path, parse_file

FIXTURE = Path(__file__).parent / "fixtures" / "jiaozuo-2023-03-07-A07-A08.txt"
LINES = FIXTURE.read_text("utf-8").split("\n")
UNDATED_PAGE = "\n".join(LINES[:489])  # A07: its header was lost, it prints no date
DATED_PAGE = "\n".join(LINES[490:])  # A08: prints 2023年3月7日 in its header


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("archive/2023-03-07/A08.txt", dt.date(2023, 3, 7)),
        ("archive/20230307/A08.txt", dt.date(2023, 3, 7)),
        ("archive/2023/03/07/A08.txt", dt.date(2023, 3, 7)),
        ("archive/2023_03_07_A08.txt", dt.date(2023, 3, 7)),
        ("jiaozuo-1985-11-30-A01.txt", dt.date(1985, 11, 30)),
        ("JZRB20240229A03.txt", dt.date(2024, 2, 29)),
        ("C:\\archive\\2023\\12\\31\\A01.txt", dt.date(2023, 12, 31)),
        ("archive/2023/3/7/A08.txt", dt.date(2023, 3, 7)),
        # the date nearest the file wins over one higher up the tree
        ("export-20240101/2023-03-07/A08.txt", dt.date(2023, 3, 7)),
        # an impossible date is skipped, not guessed, and does not hide a real one
        ("2023-03-07/20231345.txt", dt.date(2023, 3, 7)),
        ("archive/A08.txt", None),
        ("archive/20231345/A08.txt", None),  # month 13
        ("archive/2023-02-30/A08.txt", None),  # 30 February
        ("archive/120230307/A08.txt", None),  # nine digits: an id, not a date
        ("archive/202303071/A08.txt", None),
        ("archive/2023-03/07/A08.txt", None),  # mixed separators
        ("archive/1850-03-07/A08.txt", None),  # not a year the paper printed in
        ("", None),
    ],
)
def test_issue_date_from_path(path: str, expected: dt.date | None) -> None:
    assert issue_date_from_path(path) == expected


def test_issue_date_from_path_takes_path_objects() -> None:
    assert issue_date_from_path(PurePosixPath("a/2001-09-11/A01.txt")) == dt.date(2001, 9, 11)


def test_issue_date_from_path_rejects_non_paths() -> None:
    with pytest.raises(TypeError, match="int"):
        issue_date_from_path(20230307)  # type: ignore[arg-type]


def test_parse_file_equals_parse_pages(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(FIXTURE.read_text("utf-8"), "utf-8")
    assert parse_file(path) == parse_pages(FIXTURE.read_text("utf-8"))
    assert parse_file(str(path)) == parse_file(path)


def test_parse_file_reads_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(DATED_PAGE.encode("gb18030"))
    assert parse_file(path) == parse_pages(DATED_PAGE)


def test_date_from_path_fills_undated_pages(tmp_path: Path) -> None:
    path = tmp_path / "2024-05-06" / "A07.txt"
    path.parent.mkdir()
    path.write_text(UNDATED_PAGE, "utf-8")
    assert [p.date for p in parse_file(path)] == [None]
    (page,) = parse_file(path, date_from_path=True)
    assert page.date == dt.date(2024, 5, 6)
    assert page.date_inferred
    assert page.articles[0].id.startswith("2024-05-06/")


def test_date_from_path_never_overrides_a_printed_date(tmp_path: Path) -> None:
    path = tmp_path / "20240506_A08.txt"
    path.write_text(DATED_PAGE, "utf-8")
    (page,) = parse_file(path, date_from_path=True)
    assert page.date == dt.date(2023, 3, 7)
    assert not page.date_inferred


def test_path_date_comes_before_issue_date_which_is_the_fallback(tmp_path: Path) -> None:
    dated = tmp_path / "2024-05-06" / "A07.txt"
    dated.parent.mkdir()
    dated.write_text(UNDATED_PAGE, "utf-8")
    plain = tmp_path / "A07.txt"
    plain.write_text(UNDATED_PAGE, "utf-8")
    fallback = dt.date(2020, 1, 2)
    assert parse_file(dated, date_from_path=True, issue_date=fallback)[0].date == dt.date(2024, 5, 6)
    assert parse_file(plain, date_from_path=True, issue_date=fallback)[0].date == fallback
    assert parse_file(dated, issue_date=fallback)[0].date == fallback


def test_parse_file_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "missing.txt")
    with pytest.raises(IsADirectoryError):
        parse_file(tmp_path)
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\xff\xfe\x00\x81\x30\xff" * 4)
    with pytest.raises(DecodeError, match="gb18030"):
        parse_file(junk)
