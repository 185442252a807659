"""Build hook: leave ``.gitignore`` out of the sdist.

Hatchling always adds the root ``.gitignore`` to an sdist (``exclude`` cannot remove it); it
is repository plumbing, not part of the source a user unpacks.
"""

from __future__ import annotations

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PLUMBING = frozenset({".gitignore", ".hgignore"})


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Drops VCS ignore files from the files hatchling forces into the sdist."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        forced: dict[str, str] = build_data.get("force_include", {})
        for source in [path for path, target in forced.items() if target in PLUMBING]:
            del forced[source]
