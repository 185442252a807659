from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jzdaily._entities._cache import CACHE_ENV_VAR, cache_dir, ensure_private_dir


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_env_var_overrides_everything(tmp_path: Path) -> None:
    target = tmp_path / "mine" / "cache"
    env = {CACHE_ENV_VAR: str(target), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    assert cache_dir(env) == target
    assert target.is_dir()
    assert mode(target) == 0o700
    assert not (tmp_path / "xdg").exists()


def test_xdg_cache_home_is_used(tmp_path: Path) -> None:
    assert cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "jzdaily"
    assert mode(tmp_path / "jzdaily") == 0o700


@pytest.mark.parametrize("xdg", [None, "", "relative/dir"])
def test_home_cache_when_xdg_unset_or_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str | None
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    env = {} if xdg is None else {"XDG_CACHE_HOME": xdg}
    assert cache_dir(env) == tmp_path / ".cache" / "jzdaily"
    assert mode(tmp_path / ".cache" / "jzdaily") == 0o700


def test_reads_the_process_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV_VAR, str(tmp_path / "from-env"))
    assert cache_dir() == tmp_path / "from-env"


def test_existing_open_directory_is_tightened(tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    loose.chmod(0o777)
    assert ensure_private_dir(loose) == loose
    assert mode(loose) == 0o700


def test_directory_of_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = tmp_path / "theirs"
    owner.mkdir()
    monkeypatch.setattr(os, "getuid", lambda: owner.stat().st_uid + 1)
    with pytest.raises(PermissionError, match="another user"):
        ensure_private_dir(owner)
