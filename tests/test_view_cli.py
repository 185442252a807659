"""``jzdaily view`` and ``jzdaily parse --format html``, run on invented page files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jzdaily import parse_file, to_html
from jzdaily.cli import main
from tests.test_html import EVEN_PAGE, ODD_PAGE, Node, dom


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def cards(root: Node) -> list[str]:
    return [c.attrs["data-article-id"] for c in root.find_all("article", "card")]


def ids(root: Node) -> set[str]:
    return {n.attrs["id"] for n in root.iter() if "id" in n.attrs}


def article_ids(*paths: Path) -> list[str]:
    return [a.id for path in paths for page in parse_file(path) for a in page.articles]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return write(tmp_path / "in" / "A05.txt", ODD_PAGE), write(tmp_path / "in" / "A06.txt", EVEN_PAGE)


def test_view_of_one_file_goes_to_stdout(files: tuple[Path, Path], tmp_path: Path) -> None:
    """One input, no -o: the whole document on stdout, titled by the file, one card per article."""
    done = subprocess.run(
        [sys.executable, "-m", "jzdaily", "view", str(files[0]), "-q"], capture_output=True,
        text=True, encoding="utf-8", timeout=120, check=True,
    )  # fmt: skip
    root = dom(done.stdout)
    assert root.one("title").text() == str(files[0])
    assert cards(root) == article_ids(files[0])
    assert done.stderr == ""
    assert ids(root) == ids(dom(to_html(parse_file(files[0]), files[0].read_text("utf-8"))))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_view_into_one_html_file_holds_every_input(files: tuple[Path, Path], tmp_path: Path, jobs: str) -> None:
    """-o OUT.html: one document, one input section each, ids kept apart, whatever the jobs."""
    out = tmp_path / "both.html"
    assert main(["view", *map(str, files), "-o", str(out), "-q", "--jobs", jobs]) == 0
    root = dom(out.read_text("utf-8"))
    assert [s.attrs["data-source"] for s in root.find_all("section", "input")] == list(map(str, files))
    assert cards(root) == article_ids(*files)
    found = [n.attrs["id"] for n in root.iter() if "id" in n.attrs]
    assert len(found) == len(set(found))
    assert {"L1", "i1-L1"} <= set(found)  # the first input keeps to_html's anchors


def test_view_into_a_folder_writes_one_file_per_input(tmp_path: Path) -> None:
    """-o DIR: NAME.html per input, a second input of the same name gets NAME-2.html."""
    first = write(tmp_path / "a" / "A05.txt", ODD_PAGE)
    second = write(tmp_path / "b" / "A05.txt", EVEN_PAGE)
    out = tmp_path / "views"
    assert main(["view", str(first), str(second), "-o", str(out), "-q", "--jobs", "1"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["A05-2.html", "A05.html"]
    assert cards(dom((out / "A05.html").read_text("utf-8"))) == article_ids(first)
    second_view = dom((out / "A05-2.html").read_text("utf-8"))
    assert cards(second_view) == article_ids(second)
    assert "L1" in ids(second_view)  # a view alone keeps to_html's anchors, #L1


def test_view_of_several_inputs_without_output_is_a_usage_error(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Several views cannot share stdout: exit 2 with a hint."""
    assert main(["view", *map(str, files), "-q"]) == 2
    assert "-o DIR" in capsys.readouterr().err


def test_a_failing_input_is_reported_and_the_others_are_written(files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is one stderr line and exit 1; the views of the others are still written."""
    out = tmp_path / "views"
    status = main(["view", str(tmp_path / "missing.txt"), str(files[1]), "-o", str(out), "--jobs", "1"])
    assert status == 1
    assert "missing.txt" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["A06.html"]


def test_parse_format_html_is_the_same_document_as_view(files: tuple[Path, Path], tmp_path: Path) -> None:
    """parse --format html (or an .html output) writes what view -o OUT.html writes."""
    by_parse, by_suffix, by_view = tmp_path / "p.out", tmp_path / "s.html", tmp_path / "v.html"
    assert main(["parse", *map(str, files), "--format", "html", "-o", str(by_parse), "-q"]) == 0
    assert main(["parse", *map(str, files), "-o", str(by_suffix), "-q"]) == 0
    assert main(["view", *map(str, files), "-o", str(by_view), "-q"]) == 0
    assert by_parse.read_bytes() == by_view.read_bytes() == by_suffix.read_bytes()


def test_entities_are_allowed_for_html_and_put_people_on_cards(files: tuple[Path, Path], tmp_path: Path) -> None:
    """--entities with the view lists the people with their titles."""
    out = tmp_path / "v.html"
    assert main(["view", str(files[0]), "--entities", "-o", str(out), "-q"]) == 0
    root = dom(out.read_text("utf-8"))
    first = root.find_all("article", "card")[0]
    assert "宁致远" in [li.attrs["data-name"] for li in first.one("ul", "people").find_all("li")]


def test_entities_with_text_output_is_still_refused(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """--entities adds only to JSON and HTML: text output is a usage error."""
    assert main(["parse", str(files[0]), "--entities", "--format", "text", "-q"]) == 2
    assert "html" in capsys.readouterr().err
