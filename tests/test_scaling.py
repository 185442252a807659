"""The Dask recipe of docs/scaling.md, run as a user runs it (the page's code, saved as
``recipe.py``), on Dask's local multiprocessing scheduler.

Its output must equal a plain single-process run: JSON Lines byte for byte, the Parquet table
value for value; and it must parse each file once.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd

import jzdaily
from jzdaily._files import parse_file
from jzdaily._records import RECORD_FIELDS, page_record, to_records

ROOT = Path(__file__).parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "jiaozuo-2023-03-07-A07-A08.txt"
LINES = FIXTURE.read_text("utf-8").split("\n")
PAGES = {
    "2023-03-07/A07.txt": "\n".join(LINES[:489]),  # prints no date: --date-from-path gives it
    "2023-03-07/A08.txt": "\n".join(LINES[490:]),
    "2023-03-08/A07.txt": "\n".join(LINES[:489]),
    "2023-03-08/broken.txt": b"\xff\xfe\x00\x81\x30\xff",  # fails: skipped by the recipe
}
# Counts every parse_file call, in every process: the recipe's workers import it at start-up.
COUNTER = """
import os
if os.environ.get("PARSE_LOG"):
    import jzdaily
    _parse_file = jzdaily.parse_file
    def parse_file(path, *args, **kwargs):
        with open(os.environ["PARSE_LOG"], "a", encoding="utf-8") as log:
            log.write(str(path) + "\\n")
        return _parse_file(path, *args, **kwargs)
    jzdaily.parse_file = parse_file
"""


def _recipe() -> str:
    """The Dask recipe exactly as docs/scaling.md prints it."""
    text = (ROOT / "docs" / "scaling.md").read_text("utf-8").split("## Dask", 1)[1]
    block = re.search(r"```python\n(?P<code>.*?)```", text, re.S)
    assert block is not None
    return block["code"]


def _archive(root: Path) -> list[str]:
    for name, content in PAGES.items():
        path = root / "archive" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return sorted(str(p.relative_to(root)) for p in (root / "archive").rglob("*.txt"))


def _single_process(paths: list[str], root: Path) -> tuple[str, list[dict[str, Any]]]:
    """What one process writes for the same files: JSON Lines text and article rows."""
    lines, rows = [], []
    for path in paths:
        if path.endswith("broken.txt"):
            continue
        pages = parse_file(root / path, date_from_path=True)
        lines += [json.dumps(page_record(p, source=path), ensure_ascii=False) for p in pages]
        rows += to_records(pages, source=path)
    return "".join(line + "\n" for line in lines), rows


def test_dask_recipe_equals_the_single_process_run_and_parses_once(tmp_path: Path) -> None:
    """The page's recipe, one file per partition on two processes, writes what one process
    writes, in order, and calls parse_file once per file."""
    paths = _archive(tmp_path)
    (tmp_path / "recipe.py").write_text(_recipe(), "utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(COUNTER, "utf-8")
    log = tmp_path / "parses.log"
    env = {**os.environ, "PARSE_LOG": str(log),
           "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    code = (
        "import dask, recipe\n"
        "with dask.config.set(scheduler='processes', num_workers=2):\n"
        "    assert recipe.run(files_per_task=1) == 3\n"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], cwd=tmp_path, env=env,
                   check=True, timeout=300)  # fmt: skip
    assert sorted(log.read_text("utf-8").splitlines()) == paths  # each file parsed once

    out = tmp_path / "out"
    expected_lines, expected_rows = _single_process(paths, tmp_path)
    # JSON Lines: the partitions, read in name order, are the single-process output
    parts = sorted((out / "pages").glob("*.jsonl"))
    assert len(parts) == len(paths)
    written = "".join(p.read_text("utf-8") for p in parts)
    assert written == expected_lines
    dates = [json.loads(line)["date"] for line in written.splitlines()]
    assert dates == ["2023-03-07", "2023-03-07", "2023-03-08"]  # the broken file gives none
    reloaded = [jzdaily.Page.from_dict(json.loads(line)) for line in written.splitlines()]
    good = [p for p in paths if not p.endswith("broken.txt")]
    assert reloaded == [page for p in good for page in parse_file(tmp_path / p, date_from_path=True)]

    # Parquet: the same rows as to_records, in the same order
    table = pd.read_parquet(out / "articles.parquet")
    assert list(table.columns) == ["source", *RECORD_FIELDS]
    rows = [
        {k: (None if pd.isna(v) else v) for k, v in row.items()}
        for row in table.astype(object).to_dict("records")
    ]
    assert len(rows) == len(expected_rows) > 0
    assert rows == expected_rows


def test_the_cli_writes_what_the_recipe_writes(tmp_path: Path) -> None:
    """So JSON Lines from a cluster run and from ``jzdaily parse`` are interchangeable."""
    paths = _archive(tmp_path)
    good = [p for p in paths if not p.endswith("broken.txt")]
    result = subprocess.run(
        [sys.executable, "-m", "jzdaily.cli", "parse", *good, "--date-from-path", "-q"],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", check=True, timeout=120,
    )  # fmt: skip
    assert result.stdout == _single_process(paths, tmp_path)[0]
