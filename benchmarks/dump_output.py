"""Dump the parser's output (``to_dict`` JSON) for a fixed set of inputs, to check that a
change leaves the output unchanged.

Inputs: the bundled sample (``parse_pages`` and ``parse_page``), the shared corpus typeset
as pages for seeds 1–3 (as ``benchmarks/accuracy.py`` lays them out, read at run time),
and the first files of the batch benchmark's synthetic archive. The inputs are built by
this checkout's benchmark code; the parser is whichever ``jzdaily`` comes first on the
path, so the same inputs can be parsed by another tree's code:

    python benchmarks/dump_output.py new.json
    PYTHONPATH=/path/to/other/src python benchmarks/dump_output.py old.json
    cmp old.json new.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
import bench_batch  # noqa: E402

from jzdaily import parse_page, parse_pages, sample_text  # noqa: E402


def inputs(archive_files: int) -> dict[str, str]:
    """The texts to parse, by name."""
    texts = {"sample": sample_text()}
    if (accuracy.CORPUS / "articles.jsonl").exists():
        rows = accuracy.load()
        for seed in (1, 2, 3):
            layout = accuracy.lay_out(accuracy.layout_pages(rows, seed), random.Random(seed))
            texts[f"typeset-{seed}"] = layout.text
    with tempfile.TemporaryDirectory() as tmp:
        bench_batch.build_archive(Path(tmp), archive_files)
        for path in sorted(Path(tmp).rglob("*.txt")):
            texts[f"archive/{path.relative_to(tmp)}"] = path.read_text("utf-8")
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--archive-files", type=int, default=40)
    args = parser.parse_args()
    dump = {}
    for name, text in inputs(args.archive_files).items():
        dump[name] = [page.to_dict() for page in parse_pages(text)]
    dump["sample/parse_page"] = [parse_page(sample_text()).to_dict()]
    args.output.write_text(
        json.dumps(dump, ensure_ascii=False, sort_keys=True, indent=0, default=str), "utf-8"
    )
    print(f"{len(dump)} inputs, {sum(map(len, dump.values()))} pages -> {args.output}")


if __name__ == "__main__":
    main()
