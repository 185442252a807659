"""Pausing the cyclic garbage collector around work that builds many objects and no cycles."""

from __future__ import annotations

import gc

__all__ = ["CollectorPaused"]


class CollectorPaused:
    """Pause the cyclic garbage collector for one piece of work (as Mercurial's ``util.nogc``).

    A parse builds a few objects per input line (lines, tags, pieces), and a batch turns
    each page into records and strings: all of them live until the work returns and form no
    reference cycles, so the collector's passes over them (and, in a batch, its full passes
    over everything the process holds, ≈ 6% of a run) could never free any of them.
    Reference counting frees everything as usual. The collector runs again when the work
    returns or raises, if it was running when it began (so a caller's own ``gc.disable()``
    holds, and pauses nest).
    """

    __slots__ = ("_was_enabled",)

    def __enter__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was_enabled:
            gc.enable()
