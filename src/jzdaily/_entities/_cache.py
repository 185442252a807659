"""A private, per-user cache directory for jieba's dictionary cache.

jieba caches its prefix dictionary as a marshal file in the shared temp directory by
default, where another local user could plant a file for us to load. We keep it in a
directory only the current user can read or write instead.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

__all__ = ["CACHE_ENV_VAR", "cache_dir", "ensure_private_dir"]

CACHE_ENV_VAR = "JZDAILY_CACHE_DIR"
_PRIVATE_MODE = 0o700


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$JZDAILY_CACHE_DIR``, else ``$XDG_CACHE_HOME/jzdaily``, else ``~/.cache/jzdaily``.

    The directory is created if needed and made private (mode 0700).
    """
    env = os.environ if environ is None else environ
    override = env.get(CACHE_ENV_VAR)
    if override:
        return ensure_private_dir(Path(override).expanduser())
    xdg = env.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return ensure_private_dir(base / "jzdaily")


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` with mode 0700, or tighten it; refuse one owned by someone else."""
    path.mkdir(mode=_PRIVATE_MODE, parents=True, exist_ok=True)
    info = path.stat()
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        raise PermissionError(f"cache directory {path} belongs to another user")
    if stat.S_IMODE(info.st_mode) != _PRIVATE_MODE:
        path.chmod(_PRIVATE_MODE)
    return path
