"""The batch command line, run as a user runs it: a subprocess with files and folders."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jzdaily import Article, Page, parse_pages
from jzdaily import cli as jzcli
from jzdaily._records import RECORD_FIELDS, page_record, to_records
from jzdaily.cli import _batch as jzbatch
from jzdaily.cli._progress import wants_progress
from jzdaily.cli._render import json_default
from tests._terminal import open_terminal, watch

FIXTURE = Path(__file__).parent / "fixtures" / "jiaozuo-2023-03-07-A07-A08.txt"
LINES = FIXTURE.read_text("utf-8").split("\n")
UNDATED_PAGE = "\n".join(LINES[:489])  # A07: no printed header, so no date of its own
DATED_PAGE = "\n".join(LINES[490:])  # A08: prints its code and 2023年3月7日
JUNK = b"\xff\xfe\x00\x81\x30\xff" * 8  # neither UTF-8 nor GB18030
SUMMARY = re.compile(
    r"^jzdaily: (\d+) files?, (\d+) pages?, (\d+) articles?, (\d+) warnings?, (\d+) failed, "
    r"[0-9.]+ s$"
)


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jzdaily.cli", *args], cwd=cwd, capture_output=True, text=True,
        encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Three issues of two pages each, written out of name order to test the sorting."""
    root = tmp_path / "archive"
    for day in ("2023-03-09", "2023-03-07", "2023-03-08"):
        write(root / day / "A08.txt", DATED_PAGE)
        write(root / day / "A07.txt", UNDATED_PAGE)
    write(root / "2023-03-07" / "notes.md", "not a page")
    write(root / ".hidden" / "A01.txt", DATED_PAGE)
    return root


def expected_records(paths: list[Path], cwd: Path, *, date_from_path: bool = False) -> list[dict[str, Any]]:
    """What the CLI must write, computed in this process with the library."""
    from jzdaily._files import parse_file

    out = []
    for path in paths:
        for page in parse_file(cwd / path, date_from_path=date_from_path):
            out.append(page_record(page, source=str(path)))
    return json.loads(json.dumps(out, ensure_ascii=False))  # type: ignore[no-any-return]


def summary(stderr: str) -> tuple[int, ...]:
    match = SUMMARY.match(stderr.splitlines()[-1])
    assert match, stderr
    return tuple(int(g) for g in match.groups())


# -- inputs ---------------------------------------------------------------------------------


def test_recursive_folder_in_sorted_order(archive: Path) -> None:
    result = run("parse", "archive", "--recursive", "--jobs", "2", cwd=archive.parent)
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    paths = [Path("archive", day, page) for day in ("2023-03-07", "2023-03-08", "2023-03-09")
             for page in ("A07.txt", "A08.txt")]  # fmt: skip
    assert [r["source"] for r in got] == [str(p) for p in paths]
    assert got == expected_records(paths, archive.parent)
    assert "Traceback" not in result.stderr


def test_a_folder_without_recursive_fails_and_the_rest_goes_on(archive: Path) -> None:
    page = write(archive.parent / "single.txt", DATED_PAGE)
    result = run("parse", "archive", page.name, cwd=archive.parent)
    assert result.returncode == 1
    errors = result.stderr.splitlines()[:-1]
    assert errors == ["jzdaily: archive: is a directory (add --recursive to read the *.txt files in it)"]
    assert [r["source"] for r in records(result.stdout)] == ["single.txt"]


def test_explicit_paths_keep_their_order_with_two_jobs(tmp_path: Path) -> None:
    names = [f"{n:02d}.txt" for n in (7, 3, 11, 1, 9, 5, 2, 10, 4, 8, 6, 12)]
    for n, name in enumerate(names):
        write(tmp_path / name, DATED_PAGE if n % 2 else UNDATED_PAGE)
    result = run("parse", *names, "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [r["source"] for r in records(result.stdout)] == names


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "text"])
def test_one_and_two_jobs_write_identical_output(archive: Path, fmt: str) -> None:
    one = run("parse", "archive", "-r", "--format", fmt, "--jobs", "1", cwd=archive.parent)
    two = run("parse", "archive", "-r", "--format", fmt, "--jobs", "2", cwd=archive.parent)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout) > 1000


def test_stdin_and_sample_still_work(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "jzdaily.cli", "parse", "-", "--sample", "--format", "jsonl"],
        input=DATED_PAGE.encode("gb18030"), capture_output=True, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0
    got = records(result.stdout.decode("utf-8"))
    assert [r["source"] for r in got] == ["jiaozuo-2023-03-07-A07-A08.txt"] * 2 + ["<stdin>"]
    assert Page.from_dict(got[-1]) == parse_pages(DATED_PAGE)[0]


# -- output ---------------------------------------------------------------------------------


def test_output_file(archive: Path) -> None:
    result = run("parse", "archive", "-r", "--output", "out.jsonl", cwd=archive.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    written = (archive.parent / "out.jsonl").read_text("utf-8")
    assert len(records(written)) == 6
    assert written.endswith("}\n")


def test_output_format_follows_the_file_suffix(archive: Path) -> None:
    result = run("parse", "archive", "-r", "-o", "out.csv", cwd=archive.parent)
    assert result.returncode == 0, result.stderr
    header = (archive.parent / "out.csv").read_text("utf-8").splitlines()[0]
    assert header.split(",") == ["source", *RECORD_FIELDS]


def test_an_unwritable_output_is_one_line_and_status_2(archive: Path) -> None:
    result = run("parse", "archive", "-r", "-o", "no/such/dir/out.jsonl", cwd=archive.parent)
    assert result.returncode == 2
    assert result.stderr == "jzdaily: no/such/dir/out.jsonl: cannot write: No such file or directory\n"


def test_json_is_one_valid_document(archive: Path) -> None:
    result = run("parse", "archive", "-r", "--format", "json", cwd=archive.parent)
    document = json.loads(result.stdout)
    assert len(document) == 6
    assert result.stdout == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    empty = run("parse", "archive/none.txt", "--format", "json", cwd=archive.parent)
    assert json.loads(empty.stdout) == []


def test_csv_one_row_per_article(archive: Path) -> None:
    result = run("parse", "archive", "-r", "--format", "csv", "--date-from-path", cwd=archive.parent)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    paths = sorted(p.relative_to(archive.parent) for p in archive.glob("[0-9]*/*.txt"))
    from jzdaily._files import parse_file

    expected = [
        {k: "" if v is None else str(v) for k, v in row.items()}
        for p in paths
        for row in to_records(parse_file(archive.parent / p, date_from_path=True), source=str(p))
    ]
    assert rows == expected
    assert {row["page_date"] for row in rows} == {"2023-03-07", "2023-03-08", "2023-03-09"}
    assert all("\n" not in row["source"] for row in rows)


def test_date_from_path(tmp_path: Path) -> None:
    write(tmp_path / "2024" / "05" / "06" / "A07.txt", UNDATED_PAGE)
    write(tmp_path / "JZRB20220110A08.txt", DATED_PAGE)
    paths = ["2024/05/06/A07.txt", "JZRB20220110A08.txt"]
    plain = records(run("parse", *paths, cwd=tmp_path).stdout)
    dated = records(run("parse", *paths, "--date-from-path", cwd=tmp_path).stdout)
    assert [r["date"] for r in plain] == [None, "2023-03-07"]
    assert [r["date"] for r in dated] == ["2024-05-06", "2023-03-07"]  # a printed date stays
    assert dated[0]["articles"][0]["id"].startswith("2024-05-06/")
    fallback = records(run("parse", *paths, "--issue-date", "2020-02-02", cwd=tmp_path).stdout)
    assert fallback[0]["date"] == "2020-02-02"


# -- failures -------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_file_in_the_middle(tmp_path: Path, jobs: str) -> None:
    write(tmp_path / "a.txt", DATED_PAGE)
    write(tmp_path / "b.txt", JUNK)
    write(tmp_path / "c.txt", UNDATED_PAGE)
    result = run("parse", "a.txt", "b.txt", "c.txt", "--jobs", jobs, cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "jzdaily: b.txt: input is not text in any of utf-8-sig, gb18030: "
        "first undecodable byte at offset 0"
    )
    assert len(lines) == 2
    pages = parse_pages(DATED_PAGE) + parse_pages(UNDATED_PAGE)
    articles = sum(len(p.articles) for p in pages)
    warnings = sum(len(p.warnings) for p in pages)
    assert summary(result.stderr) == (3, len(pages), articles, warnings, 1)
    got = records(result.stdout)  # every line written is a complete record
    assert [r["source"] for r in got] == ["a.txt", "c.txt"]
    assert got == expected_records([Path("a.txt"), Path("c.txt")], tmp_path)


def test_missing_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", DATED_PAGE)
    result = run("parse", "missing.txt", "a.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "jzdaily: missing.txt: No such file or directory"
    assert [r["source"] for r in records(result.stdout)] == ["a.txt"]
    assert "Traceback" not in result.stderr


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """chmod cannot make a file unreadable to root, so the read itself is made to fail."""
    write(tmp_path / "a.txt", DATED_PAGE)
    write(tmp_path / "locked.txt", DATED_PAGE)
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.chdir(tmp_path)
    status = jzcli.main(["parse", "locked.txt", "a.txt", "--jobs", "1"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.splitlines()[0] == "jzdaily: locked.txt: Permission denied"
    assert [r["source"] for r in records(out)] == ["a.txt"]


def test_an_internal_error_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.txt", DATED_PAGE)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(jzbatch, "parse_file", broken)
    monkeypatch.chdir(tmp_path)
    assert jzcli.main(["parse", "a.txt", "--jobs", "1"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[0] == "jzdaily: a.txt: internal error, please report it: RuntimeError: boom"


def test_usage_errors(tmp_path: Path) -> None:
    assert run("parse", cwd=tmp_path).returncode == 2
    bad_jobs = run("parse", "--sample", "--jobs", "0", cwd=tmp_path)
    assert bad_jobs.returncode == 2
    assert "not a positive number of processes" in bad_jobs.stderr
    csv_entities = run("parse", "--sample", "--format", "csv", "--entities", cwd=tmp_path)
    assert csv_entities.returncode == 2
    assert "--entities" in csv_entities.stderr


# -- summary and progress -------------------------------------------------------------------


def test_summary_line(archive: Path) -> None:
    result = run("parse", "archive", "-r", cwd=archive.parent)
    got = records(result.stdout)
    articles = sum(len(r["articles"]) for r in got)
    warnings = sum(len(r["warnings"]) for r in got)
    assert result.stderr.count("\n") == 1
    assert summary(result.stderr) == (6, 6, articles, warnings, 0)
    quiet = run("parse", "archive", "-r", "--quiet", cwd=archive.parent)
    assert quiet.stderr == ""
    assert quiet.stdout == result.stdout


@pytest.mark.parametrize(
    ("terminal", "quiet", "disabled", "files", "expected"),
    [
        (True, False, False, 2, True),
        (True, False, False, 1000, True),
        (False, False, False, 1000, False),  # a pipe or a log file: no bar
        (True, True, False, 1000, False),
        (True, False, True, 1000, False),
        (True, False, False, 1, False),  # nothing to count
        (True, False, False, 0, False),
    ],
)
def test_wants_progress(terminal: bool, quiet: bool, disabled: bool, files: int, expected: bool) -> None:
    assert wants_progress(
        stderr_is_terminal=terminal, quiet=quiet, disabled=disabled, files=files
    ) is expected


def _stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal; return status, stdout and the screen.

    stdout goes to a file, not a pipe: a pipe nobody reads while the terminal is read would
    fill up and block the CLI.
    """
    main, secondary = open_terminal()
    out_path = cwd / "tty-stdout.jsonl"
    with out_path.open("wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "jzdaily.cli", *args], cwd=cwd, stdout=stdout,
            stderr=secondary, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    os.close(secondary)
    status, screen = watch(main, process)
    return status, out_path.read_text("utf-8"), screen.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(archive: Path) -> None:
    status, stdout, screen = _stderr_on_a_terminal(["parse", "archive", "-r"], archive.parent)
    assert status == 0
    assert re.search(r"\| [0-6]/6 \[.*file/s", screen), screen  # tqdm's bar, counting files
    assert re.search(r"jzdaily: 6 files, 6 pages", screen)
    assert len(records(stdout)) == 6  # the bar never touches stdout
    piped = run("parse", "archive", "-r", cwd=archive.parent)
    assert "\r" not in piped.stderr and "/6 [" not in piped.stderr
    status, _, screen = _stderr_on_a_terminal(["parse", "archive", "-r", "--no-progress"], archive.parent)
    assert "/6 [" not in screen and "jzdaily: 6 files" in screen


# -- jieba stays out unless asked for -------------------------------------------------------


def test_workers_never_import_jieba_without_entities(archive: Path, tmp_path: Path) -> None:
    """A jieba that leaves a mark when imported proves no process of the batch loaded it."""
    fake = tmp_path / "fake"
    marker = tmp_path / "jieba-was-imported"
    write(fake / "jieba" / "__init__.py", f"open({str(marker)!r}, 'a').write('x')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake), os.environ.get("PYTHONPATH", "")])}
    for jobs in ("1", "2"):
        result = run("parse", "archive", "-r", "--jobs", jobs, "--format", "csv", cwd=archive.parent, env=env)
        assert result.returncode == 0, result.stderr
    assert not marker.exists()
    # the marker does work: importing jieba under the same environment leaves it
    subprocess.run([sys.executable, "-c", "import jieba"], env=env, check=True)
    assert marker.exists()


# -- entities (provided by jzdaily._entities.report) ------------------------------------------


def test_entities_are_added_to_each_article(tmp_path: Path) -> None:
    from jzdaily.cli._report import article_entities

    write(tmp_path / "a.txt", DATED_PAGE)
    write(tmp_path / "b.txt", UNDATED_PAGE)
    result = run("parse", "a.txt", "b.txt", "--entities", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    for record in got:
        for article in record["articles"]:
            expected = json.loads(json.dumps(
                article_entities(Article.from_dict(article)), ensure_ascii=False,
                default=json_default,
            ))  # fmt: skip
            assert article["entities"] == expected


def test_people_command(tmp_path: Path) -> None:
    from jzdaily.cli._report import people_table

    write(tmp_path / "a.txt", DATED_PAGE)
    write(tmp_path / "b.txt", UNDATED_PAGE)
    result = run("people", "a.txt", "b.txt", "--format", "jsonl", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pages = parse_pages(DATED_PAGE) + parse_pages(UNDATED_PAGE)
    expected = json.loads(json.dumps(
        list(people_table(pages)), ensure_ascii=False, default=json_default
    ))  # fmt: skip
    assert records(result.stdout) == expected
    assert len(expected) > 0
    table = run("people", "a.txt", "b.txt", cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(table.stdout, newline="")))
    assert len(rows) == len(expected)
