"""The command line follows the conventions users expect: --version, python -m, readable text on
a terminal, a note while it waits on a terminal's input, dates as people write them."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import jzdaily
from jzdaily import parse_pages
from jzdaily.cli._batch import Options, Task, _process
from jzdaily.cli._dates import read_issue_date
from jzdaily.cli._render import render_page
from jzdaily.cli._report import PeopleTable, page_people, people_table
from tests._terminal import open_terminal, watch
from tests.entities.conftest import article, page

UNDATED = "本报讯（记者王某）5月5日上午，某县召开春季植树大会。\n（某某）\n\n某县召开春季植树大会\n"
WAITING = "reading page text from standard input"


def run(*args: str, cwd: Path, module: str = "jzdaily", stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=cwd, capture_output=True, text=True,
        encoding="utf-8", input=stdin, env=env, timeout=120,
    )  # fmt: skip


def on_terminal(args: list[str], cwd: Path, *, typed: str | None = None,
                env: dict[str, str] | None = None) -> tuple[int, str]:  # fmt: skip
    """Run ``python -m jzdaily`` with stdout and stderr on a pseudo-terminal (and stdin too when
    ``typed`` is given: it is typed once the command says it is waiting, then Ctrl-D).

    Returns the exit status and everything the terminal showed.
    """
    main, secondary = open_terminal()
    process = subprocess.Popen(
        [sys.executable, "-m", "jzdaily", *args], cwd=cwd, stdout=secondary, stderr=secondary,
        stdin=secondary if typed is not None else subprocess.DEVNULL, env=env,
    )  # fmt: skip
    os.close(secondary)
    status, screen = watch(main, process, typed=typed, prompt=WAITING)
    return status, screen.decode("utf-8", "replace").replace("\r\n", "\n")


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


# -- version and entry points -------------------------------------------------------------------


@pytest.mark.parametrize("module", ["jzdaily", "jzdaily.cli"])
def test_version(module: str, tmp_path: Path) -> None:
    """--version prints the one version the package has, also in its installed metadata."""
    result = run("--version", cwd=tmp_path, module=module)
    assert result.returncode == 0
    assert result.stdout == f"jzdaily {jzdaily.__version__}\n"
    assert importlib.metadata.version("jzdaily") == jzdaily.__version__


def test_python_dash_m_jzdaily_is_the_command(tmp_path: Path) -> None:
    """python -m jzdaily writes what python -m jzdaily.cli (the installed command) writes."""
    args = ("parse", "--sample", "--format", "jsonl", "-q")
    one, other = run(*args, cwd=tmp_path), run(*args, cwd=tmp_path, module="jzdaily.cli")
    assert one.returncode == other.returncode == 0
    assert one.stdout == other.stdout and len(records(one.stdout)) == 2
    assert run(cwd=tmp_path).returncode == 2  # no command: a usage error, as for jzdaily


# -- output on a terminal -----------------------------------------------------------------------


def test_a_terminal_gets_text_and_a_pipe_gets_json_lines(tmp_path: Path) -> None:
    """Without --format the terminal shows the text summary; piped, the same run is JSON Lines."""
    (tmp_path / "a.txt").write_text(UNDATED, "utf-8")
    status, screen = on_terminal(["parse", "a.txt", "-q"], tmp_path)
    assert status == 0, screen
    assert screen.startswith("== a.txt · page 0:"), screen
    assert "某县召开春季植树大会" in screen and "{" not in screen
    piped = run("parse", "a.txt", "-q", cwd=tmp_path)
    assert [r["source"] for r in records(piped.stdout)] == ["a.txt"]
    status, screen = on_terminal(["parse", "a.txt", "-q", "--format", "jsonl"], tmp_path)
    assert json.loads(screen.strip())["source"] == "a.txt"


def test_reading_a_terminal_says_it_is_waiting(tmp_path: Path) -> None:
    """parse - on a terminal says on stderr that it waits for page text, then parses what is typed."""
    status, screen = on_terminal(["parse", "-", "-q"], tmp_path, typed="本报讯 某县召开植树大会。\n")
    assert status == 0, screen
    assert WAITING in screen
    assert "== <stdin> · page 0:" in screen
    piped = run("parse", "-", "-q", cwd=tmp_path, stdin=UNDATED)
    assert piped.returncode == 0 and piped.stderr == ""  # piped input: no note
    assert len(records(piped.stdout)) == 1


def test_standard_input_twice_is_a_usage_error(tmp_path: Path) -> None:
    """- given twice would read an empty stream the second time: exit 2 with the reason."""
    result = run("parse", "-", "-", cwd=tmp_path, stdin=UNDATED)
    assert result.returncode == 2
    assert "- (standard input) may be given only once" in result.stderr
    assert result.stdout == ""


def test_no_progress_nag_without_tqdm(tmp_path: Path) -> None:
    """Without tqdm a terminal run shows no install hint (it is in --help, once)."""
    fake = tmp_path / "fake"
    (fake / "tqdm").mkdir(parents=True)
    (fake / "tqdm" / "__init__.py").write_text("raise ImportError('no tqdm here')\n")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(UNDATED, "utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake), os.environ.get("PYTHONPATH", "")])}
    status, screen = on_terminal(["parse", "a.txt", "b.txt", "--jobs", "1"], tmp_path, env=env)
    assert status == 0, screen
    assert "install" not in screen and "jzdaily: 2 files" in screen
    helped = run("parse", "--help", cwd=tmp_path)
    assert helped.stdout.count("jzdaily[progress]") == 1  # said once, in --help


def test_text_preview_keeps_its_indentation() -> None:
    """A body of several paragraphs (or with line breaks) previews on one indented line."""
    item = article("第一段说明情况。\n第二段\n继续说明。", headline="某地召开会议")
    text = render_page("text", "x.txt", page("A01", dt.date(2031, 5, 6), item))
    lines = text.splitlines()
    assert lines[0].startswith("== x.txt")
    assert lines[1:] == ["  1. (news) 某地召开会议 · -", "     第一段说明情况。 第二段 继续说明。"]


# -- --issue-date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["2023-03-07", "20230307", "2023/3/7", "2023年3月7日", "2023年03月07日", " 2023-3-7 ", "7 March 2023"],
)
def test_issue_date_forms(written: str) -> None:
    """Each way people write the date reads as 7 March 2023."""
    assert read_issue_date(written) == dt.date(2023, 3, 7)


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("2023-13-07", "month 13 is not a month"),
        ("2023年13月7日", "month 13 is not a month"),
        ("20231307", "month 13 is not a month"),
        ("2023-02-30", "day 30 is not in 2023-02, which has 28 days"),
        ("2023/4/31", "day 31 is not in 2023-04, which has 30 days"),
        ("2023-03", "'2023-03' is not a whole date: give the year, month and day"),
        ("2023", "'2023' is not a whole date: give the year, month and day"),
        ("yesterday", "'yesterday' is not a date; write it as 2023-03-07"),
        ("", "'' is not a date; write it as 2023-03-07"),
        ("2023-03-07 10:30", "'2023-03-07 10:30' has a time of day: give the date only"),
    ],
)
def test_bad_issue_dates_say_what_is_wrong(written: str, reason: str) -> None:
    """A wrong date is refused with the reason, never completed or guessed."""
    with pytest.raises(ValueError, match="^" + reason.replace("(", r"\(").replace(")", r"\)") + "$"):
        read_issue_date(written)


def test_issue_date_on_the_command_line(tmp_path: Path) -> None:
    """--issue-date 2023年3月7日 dates an undated page; a bad date is a usage error with the reason."""
    result = run("parse", "-", "--issue-date", "2023年3月7日", "-q", cwd=tmp_path, stdin=UNDATED)
    assert result.returncode == 0, result.stderr
    assert records(result.stdout)[0]["date"] == "2023-03-07"
    bad = run("parse", "-", "--issue-date", "2023-13-07", cwd=tmp_path, stdin=UNDATED)
    assert bad.returncode == 2
    assert "argument --issue-date: month 13 is not a month" in bad.stderr


# -- jzdaily people in the worker pool ------------------------------------------------------------


def test_workers_find_the_people() -> None:
    """For jzdaily people a worker returns each page's people along with the pages."""
    result = _process(Options("people"), Task("x.txt", data=UNDATED))
    assert result.error is None
    assert result.people == tuple(page_people(p) for p in result.pages)
    assert result.pages == parse_pages(UNDATED)
    assert [(p.name, p.role) for p in result.people[0][0]] == [("王某", "记者"), ("某某", "作者")]


def _issue() -> list[Any]:
    """Two pages of one issue: a name first printed with its title, then bare in later articles.

    林海 is also a common word: printed bare, it is a person only through the issue's titled mention."""
    day = dt.date(2031, 5, 6)
    return [
        page("A01", day, article("副县长林海出席会议并讲话。")),
        page("A02", day, article("会上，林海对下一步工作提出要求。"),
             article("县长林海、副县长秦晓岚参加。", reporters=("王某",))),
        page("A03", dt.date(2031, 5, 7), article("林海一行来到村里。")),  # another issue
    ]


def test_people_from_workers_equal_people_found_in_order() -> None:
    """Adding up what workers found (each article alone) gives the table a sequential pass gives,
    names shared within an issue included."""
    pages = _issue()
    table = PeopleTable()
    for one in pages:
        table.add_page(one, page_people(one))
    assert table.rows() == people_table(pages)
    row = next(r for r in people_table(pages) if r["name"] == "林海")
    # the bare mention in the same issue counts (found only through the shared name); the
    # next day's does not
    assert row["count"] == 3
    assert row["titles"] == ["副县长", "县长"]


def test_people_command_uses_the_pool_and_the_bar(tmp_path: Path) -> None:
    """jzdaily people over several files on two jobs shows the batch's progress bar and its table."""
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(UNDATED, "utf-8")
    files = [f"{n}.txt" for n in range(4)]
    status, screen = on_terminal(["people", *files, "--jobs", "2", "--format", "jsonl"], tmp_path)
    assert status == 0, screen
    assert "/4 [" in screen and "file/s" in screen  # tqdm's bar over files
    piped = run("people", *files, "--jobs", "2", "--format", "jsonl", cwd=tmp_path)
    assert records(piped.stdout) == json.loads(json.dumps(people_table(
        [p for _ in files for p in parse_pages(UNDATED)]
    )))  # fmt: skip
