"""The documentation's examples are run: every Python block of README.md and docs/*.md, in
page order and one namespace per page, and every docstring example of the package.

A ``>>>`` block must print what it shows (doctest); any other block must run without error.
A block that cannot run here says why, in ``<!-- not run: reason -->`` on the line before it.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import io
import pkgutil
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import jzdaily
from jzdaily.cli import main as cli_main

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(
    r"^(?:<!-- not run: (?P<reason>.*?) -->\n)?```python\n(?P<code>.*?)^```", re.S | re.M
)
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@attrs.frozen
class Block:
    page: Path
    line: int
    code: str
    reason: str | None


def _blocks(page: Path) -> list[Block]:
    text = page.read_text("utf-8")
    return [
        Block(page, text.count("\n", 0, m.start("code")) + 1, m["code"], m["reason"])
        for m in _BLOCK.finditer(text)
    ]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The files the examples name: a small archive, page.txt, and the command line's output."""
    lines = jzdaily.sample_text().split("\n")
    for name, part in (("A07.txt", lines[:489]), ("A08.txt", lines[490:])):
        path = tmp_path / "archive" / "2023-03-07" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(part), "utf-8")
    (tmp_path / "page.txt").write_text(jzdaily.sample_text(), "utf-8")
    monkeypatch.chdir(tmp_path)
    for output in ("pages.jsonl", "articles.csv"):
        assert cli_main(["parse", "archive", "-r", "-q", "--jobs", "1", "-o", output]) == 0
    return tmp_path


def _run(block: Block, namespace: dict[str, Any]) -> None:
    where = f"{block.page.relative_to(ROOT)}:{block.line}"
    if ">>>" not in block.code:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(block.code, where, "exec"), namespace)
        return
    test = doctest.DocTestParser().get_doctest(block.code, namespace, where, where, block.line)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    runner.run(test, out=report.write, clear_globs=False)
    namespace.update(test.globs)  # the test ran on a copy: later blocks see its names
    assert runner.failures == 0, report.getvalue()


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p)], ids=lambda p: p.name)
def test_the_pages_examples_run(page: Path, workspace: Path) -> None:
    """Each Python example of the page runs (and shows its true output), in page order."""
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    ran = 0
    for block in _blocks(page):
        if block.reason is None:
            _run(block, namespace)
            ran += 1
    assert ran > 0


def test_examples_not_run_say_why() -> None:
    """A block left out names its reason, and such blocks stay the exception."""
    skipped = [b for page in PAGES for b in _blocks(page) if b.reason is not None]
    assert all(b.reason and len(b.reason.split()) >= 3 for b in skipped), skipped
    assert len(skipped) <= 2


def _modules() -> list[str]:
    names = ["jzdaily"]
    for info in pkgutil.walk_packages(jzdaily.__path__, "jzdaily."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    """Every example in the package's docstrings shows its true output."""
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    report = io.StringIO()
    for test in finder.find(module, name, globs={}):
        runner.run(test, out=report.write)
    assert runner.failures == 0, report.getvalue()


def test_help_for_parse_pages_explains_input_errors_and_example() -> None:
    """help(parse_pages) says what it takes, what it raises, and shows a worked example."""
    doc = jzdaily.parse_pages.__doc__ or ""
    for needed in ("str", "bytes", "GB18030", "issue_date", "strict", "DecodeError", "TypeError",
                   "ParseError", ">>> "):  # fmt: skip
        assert needed in doc, needed
    examples = doctest.DocTestParser().get_examples(doc)
    assert len(examples) >= 3


def test_the_api_reference_covers_every_public_name() -> None:
    """docs/api.md renders each name of jzdaily.__all__ from its docstring (::: jzdaily.X)."""
    text = (ROOT / "docs" / "api.md").read_text("utf-8")
    listed = re.findall(r"^::: jzdaily\.(\w+)$", text, re.M)
    assert sorted(listed) == sorted(n for n in jzdaily.__all__ if n != "__version__")
    nav = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "api.md" in nav and "mkdocstrings" in nav
