"""The Dask recipe of docs/scaling.md, run on Dask's local multiprocessing scheduler.

The recipe's two functions are repeated here as the page shows them (with the library's
module paths), and their output must equal a plain single-process run: JSON Lines byte for
byte, the Parquet table value for value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import pandas as pd

import jzdaily
from jzdaily._files import parse_file
from jzdaily._records import RECORD_FIELDS, page_record, to_records

FIXTURE = Path(__file__).parent / "fixtures" / "jiaozuo-2023-03-07-A07-A08.txt"
LINES = FIXTURE.read_text("utf-8").split("\n")
PAGES = {
    "2023-03-07/A07.txt": "\n".join(LINES[:489]),  # prints no date: --date-from-path gives it
    "2023-03-07/A08.txt": "\n".join(LINES[490:]),
    "2023-03-08/A07.txt": "\n".join(LINES[:489]),
    "2023-03-08/broken.txt": b"\xff\xfe\x00\x81\x30\xff",  # fails: skipped by the recipe
}


def page_lines(path: str) -> list[str]:
    """One JSON Lines record per page of the file; a file that fails gives none."""
    try:
        pages = parse_file(path, date_from_path=True)
    except (OSError, jzdaily.JzdailyError):
        return []
    return [json.dumps(page_record(p, source=path), ensure_ascii=False) for p in pages]


def article_rows(path: str) -> list[dict[str, Any]]:
    """One flat row per article of the file, page fields included."""
    try:
        pages = parse_file(path, date_from_path=True)
    except (OSError, jzdaily.JzdailyError):
        return []
    return to_records(pages, source=path)


def one_text(lines: Iterable[str]) -> list[str]:
    """A partition's records as one text, each line ending in a newline; an empty partition
    gives an empty file (to_textfiles would write a lone blank line for it)."""
    return ["".join(line + "\n" for line in lines)]


NOT_TEXT = {"page_index": "int64", "position": "int64", "first_line": "Int64",
            "last_line": "Int64", "page_date_inferred": "bool", "time_approximate": "bool"}  # fmt: skip
META = pd.DataFrame({name: pd.Series(dtype=NOT_TEXT.get(name, "string"))
                     for name in ("source", *RECORD_FIELDS)})  # fmt: skip


def _archive(root: Path) -> list[str]:
    for name, content in PAGES.items():
        path = root / "archive" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return sorted(str(p) for p in (root / "archive").rglob("*.txt"))


def test_dask_recipe_equals_the_single_process_run(tmp_path: Path) -> None:
    paths = _archive(tmp_path)
    out = tmp_path / "out"
    files = db.from_sequence(paths, partition_size=1)  # one file each: order across parts
    with dask.config.set(scheduler="processes", num_workers=2):
        files.map(page_lines).flatten().map_partitions(one_text).to_textfiles(
            str(out / "pages" / "*.jsonl"), name_function=lambda i: f"{i:06d}"
        )
        files.map(article_rows).flatten().to_dataframe(meta=META).to_parquet(
            str(out / "articles.parquet"), write_index=False
        )

    # JSON Lines: the partitions, read in name order, are the single-process output
    parts = sorted((out / "pages").glob("*.jsonl"))
    assert len(parts) == files.npartitions == len(paths)
    written = "".join(p.read_text("utf-8") for p in parts)
    expected = "".join(line + "\n" for path in paths for line in page_lines(path))
    assert written == expected
    assert len(written.splitlines()) == 3  # the broken file gives no record
    dates = [json.loads(line)["date"] for line in written.splitlines()]
    assert dates == ["2023-03-07", "2023-03-07", "2023-03-08"]
    # ... and reload into the typed model
    reloaded = [jzdaily.Page.from_dict(json.loads(line)) for line in written.splitlines()]
    good = [path for path in paths if not path.endswith("broken.txt")]
    assert reloaded == [page for path in good for page in parse_file(path, date_from_path=True)]

    # Parquet: the same rows as to_records, in the same order
    table = pd.read_parquet(out / "articles.parquet")
    assert list(table.columns) == ["source", *RECORD_FIELDS]
    rows = [
        {k: (None if pd.isna(v) else v) for k, v in row.items()}
        for row in table.astype(object).to_dict("records")
    ]
    single = [row for path in paths for row in article_rows(path)]
    assert len(rows) == len(single) > 0
    assert rows == single


def test_the_cli_writes_what_the_recipe_writes(tmp_path: Path) -> None:
    """So JSON Lines from a cluster run and from ``jzdaily parse`` are interchangeable."""
    import subprocess
    import sys

    paths = _archive(tmp_path)
    good = [p for p in paths if not p.endswith("broken.txt")]
    result = subprocess.run(
        [sys.executable, "-m", "jzdaily.cli", "parse", *good, "--date-from-path", "-q"],
        capture_output=True, text=True, encoding="utf-8", check=True, timeout=120,
    )  # fmt: skip
    assert result.stdout == "".join(line + "\n" for path in good for line in page_lines(path))
