"""jieba is loaded lazily, quietly, once, and caches into the private directory."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from jzdaily._entities._lexicon import word_freq


def run(code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JZDAILY_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )


@pytest.mark.parametrize("module", ["jzdaily", "jzdaily._entities"])
def test_import_does_not_load_jieba_or_data(module: str, tmp_path: Path) -> None:
    result = run(
        f"import sys, {module}\n"
        "print('jieba' in sys.modules)\n"
        "from jzdaily._entities import _resources\n"
        "print(_resources.name_tables.cache_info().currsize)",
        tmp_path / "c",
    )
    assert result.stdout.split() == ["False", "0"]
    assert not (tmp_path / "c").exists()


def test_first_call_loads_jieba_quietly_into_private_cache(tmp_path: Path) -> None:
    cache = tmp_path / "private"
    code = (
        "import jieba, jzdaily._entities as e\n"
        "e.people('县长甲乙丙出席。')\n"
        "print(jieba.dt.tmp_dir)\n"
    )
    first = run(code, cache)
    assert first.stderr == ""  # jieba's "Building prefix dict ..." chatter is silenced
    assert first.stdout.strip() == str(cache)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert (cache / "jieba.cache").is_file()
    second = run(code, cache)  # now from the cache, still quiet
    assert second.stderr == ""


def test_jieba_logger_level_is_restored(tmp_path: Path) -> None:
    result = run(
        "import logging, jieba, jzdaily._entities as e\n"
        "logging.getLogger('jieba').setLevel(logging.INFO)\n"
        "e.places('修武县')\n"
        "print(logging.getLogger('jieba').level)\n",
        tmp_path / "c",
    )
    assert result.stdout.strip() == str(20)


def test_caller_chosen_jieba_directory_is_respected(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    result = run(
        f"import jieba, jzdaily._entities as e\njieba.dt.tmp_dir = {str(chosen)!r}\n"
        "e.people('甲')\n",
        tmp_path / "ours",
    )
    assert result.returncode == 0
    assert (chosen / "jieba.cache").is_file()
    assert not (tmp_path / "ours").exists()


@pytest.mark.parametrize(("word", "common"), [("双方", True), ("高度", True), ("谷旦", False)])
def test_word_freq(word: str, common: bool) -> None:
    assert (word_freq(word) > 100) is common


_ENTITY_CALL = (
    "import warnings\n"
    "before = list(warnings.filters)\n"
    "import jzdaily\n"
    "found = jzdaily.people('副县长甄秋实出席会议。')\n"
    "assert [p.name for p in found] == ['甄秋实'], found\n"
    "assert warnings.filters == before, 'filters changed for the caller'\n"
    "warnings.warn('the caller still sees its own', UserWarning)\n"
)


@pytest.mark.parametrize("flag", ["error", "always"])
def test_jieba_warnings_never_reach_the_user(flag: str, tmp_path: Path) -> None:
    """A first entity call under -W error (or -W always) compiles and loads jieba from scratch
    without a warning escaping, and leaves the caller's warning filters as they were."""
    env = {
        **os.environ,
        "JZDAILY_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPYCACHEPREFIX": str(tmp_path / "pyc"),  # no .pyc: jieba's source is compiled
    }
    result = subprocess.run(
        [sys.executable, "-W", flag, "-c", _ENTITY_CALL], capture_output=True, text=True, env=env,
    )  # fmt: skip
    if flag == "error":  # the caller's own warning is an error: only it may fail the run
        assert result.returncode == 1
        assert result.stderr.strip().splitlines()[-1] == "UserWarning: the caller still sees its own"
    else:
        assert result.returncode == 0, result.stderr
        lines = result.stderr.splitlines()  # the warning, and from 3.13 its source line
        assert lines[0] == "<string>:7: UserWarning: the caller still sees its own"
        assert lines[1:] in ([], ["  warnings.warn('the caller still sees its own', UserWarning)"])
