"""How the batch shares work out: chunks of consecutive inputs sized by their bytes, results
streamed back in input order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jzdaily.cli import _batch as batch

KB = 1024


def _tasks(sizes: list[int]) -> list[batch.Task]:
    return [batch.Task(f"in{n}", data=b"x" * size) for n, size in enumerate(sizes)]


def _weights(chunk: list[batch.Task]) -> int:
    return sum(batch._task_bytes(task) + batch._FILE_BYTES for task in chunk)


@pytest.mark.parametrize(
    ("sizes", "jobs"),
    [
        ([20 * KB] * 2000, 2),  # an archive of like pages: chunks of the largest size
        ([20 * KB] * 2000, 1),  # one job is cut the same way (the bounds do not depend on jobs)
        ([2 * KB] * 500, 2),  # small pages: many to a chunk
        ([300 * KB, *[5 * KB] * 300, 900 * KB], 2),  # a mix, and files bigger than a chunk
        ([0] * 50, 2),  # empty or unreadable files: counted by their fixed cost only
        ([20 * KB] * 3, 2),  # fewer files than workers would like: still every file once
    ],
)
def test_chunks_keep_every_task_once_in_order(sizes: list[int], jobs: int) -> None:
    """Chunks, joined, are the tasks in input order, none empty, none over the file cap."""
    tasks = _tasks(sizes)
    chunks = batch._chunks(tasks, jobs)
    assert [task for chunk in chunks for task in chunk] == tasks
    assert all(0 < len(chunk) <= batch._CHUNK_MAX_FILES for chunk in chunks)


@pytest.mark.parametrize(
    ("sizes", "jobs"),
    [
        ([20 * KB] * 2000, 2),  # big archive: the upper bound holds every chunk in
        ([20 * KB] * 40, 2),  # small batch: chunks shrink so each worker still gets several
        ([1 * KB] * 40, 2),  # tiny batch: the lower bound keeps chunks from being one file each
        ([3 * KB, 60 * KB] * 200, 2),  # alternating sizes: chunks balance bytes, not counts
    ],
)
def test_chunks_carry_about_equal_bytes(sizes: list[int], jobs: int) -> None:
    """Every chunk but the last reaches the byte target and passes it by less than one file;
    the target is the batch's share per chunk, clamped to the bounds."""
    tasks = _tasks(sizes)
    chunks = batch._chunks(tasks, jobs)
    total = sum(batch._task_bytes(t) + batch._FILE_BYTES for t in tasks)
    share = total // (jobs * batch._CHUNKS_PER_JOB)
    target = min(batch._CHUNK_MAX_BYTES, max(batch._CHUNK_MIN_BYTES, share))
    biggest = max(sizes) + batch._FILE_BYTES
    for chunk in chunks[:-1]:
        assert target <= _weights(chunk) < target + biggest
    assert _weights(chunks[-1]) < target + biggest


def test_big_files_get_smaller_chunks_than_small_ones() -> None:
    """Chunks are sized to the files: a run of large pages is cut into chunks of fewer files
    than a run of small ones in the same batch."""
    tasks = _tasks([2 * KB] * 400 + [100 * KB] * 100)
    chunks = batch._chunks(tasks, 2)
    small = [len(c) for c in chunks if batch._task_bytes(c[0]) == 2 * KB]
    large = [len(c) for c in chunks if batch._task_bytes(c[-1]) == 100 * KB]
    assert min(small[:-1]) > max(large)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda root: batch.Task("a", path=str(root / "a.txt")), 3),  # a file: its size on disk
        (lambda root: batch.Task("b", path=str(root / "missing.txt")), 0),  # unreadable: 0
        (lambda root: batch.Task("c", data="页面文本"), 4),  # text read up front: its length
        (lambda root: batch.Task("d", error="is a directory"), 0),  # known failure: 0
    ],
)
def test_task_bytes(
    tmp_path: Path, make: Callable[[Path], batch.Task], expected: int
) -> None:
    """A task weighs the bytes it will parse."""
    (tmp_path / "a.txt").write_bytes(b"abc")
    task = make(tmp_path)
    assert batch._task_bytes(task) == expected


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_back_in_input_order(tmp_path: Path, jobs: int) -> None:
    """Results follow the tasks' order on one job and on a pool, failures in their place."""
    names = []
    for n in range(60):
        name = f"p{n:02d}.txt"
        body = "虚构的正文内容，" * (1 + (n * 37) % 50) + "完。"  # varied sizes, varied chunks
        (tmp_path / name).write_text(f"本报讯 {body}\n", "utf-8")
        names.append(str(tmp_path / name))
    names.insert(17, str(tmp_path / "missing.txt"))
    tasks = [batch.Task(name, path=name) for name in names]
    results = list(batch._results(batch.Options("jsonl"), tasks, jobs))
    assert [r.source for r in results] == names
    assert [r.error is not None for r in results] == [n.endswith("missing.txt") for n in names]
