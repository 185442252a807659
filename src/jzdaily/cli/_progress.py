"""The batch progress bar: drawn only for a person at a terminal, and only if tqdm is installed
(the ``progress`` extra), so a plain install and every log or pipe stay free of it. Without
tqdm there is no bar and no complaint on every run: ``--help`` says how to get one."""

from __future__ import annotations

import importlib
from typing import Protocol, TextIO

__all__ = ["Bar", "progress_bar", "wants_progress"]


def wants_progress(*, stderr_is_terminal: bool, quiet: bool, disabled: bool, files: int) -> bool:
    """Whether to draw a progress bar: only for a person watching a terminal, and only when
    there is more than one file to count, so logs and pipes never fill with bar redraws."""
    return stderr_is_terminal and not quiet and not disabled and files > 1


class Bar(Protocol):
    """The part of tqdm's bar the batch uses; tqdm is optional, so it is typed here."""

    def update(self, n: int = 1) -> object: ...
    def clear(self) -> None: ...
    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None: ...
    def close(self) -> None: ...


def progress_bar(total: int, err: TextIO) -> Bar | None:
    """A tqdm bar over files (pages shown beside it), or None when the extra is missing."""
    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        return None
    bar: Bar = tqdm(total=total, unit="file", file=err, dynamic_ncols=True, leave=False)
    return bar
