"""No rule may name a person from the sample: the library must not know the answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[2] / "src" / "jzdaily"


def fixture_names(gold: dict[str, Any]) -> set[str]:
    names: set[str] = set(gold["titles"])
    for item in gold["items"]:
        names.update(
            item["people"], item["people_optional"], item["authors"], item["photographers"]
        )
        dateline = item["dateline"] or {}
        names.update(dateline.get("reporters", ()), dateline.get("correspondents", ()))
    for page in gold["pages"]:
        for staff in page.get("staff", {}).values():
            names.update(staff)
    return {"".join(n.split()) for n in names}


def test_no_fixture_person_is_named_in_the_entity_sources(gold: dict[str, Any]) -> None:
    names = fixture_names(gold)
    assert len(names) > 80
    files = [*(SRC / "_entities").rglob("*.py"), *(SRC / "data" / "entities").iterdir()]
    assert len(files) > 10
    leaks = {
        (path.name, name)
        for path in files
        for name in names
        if name in path.read_text(encoding="utf-8")
    }
    assert leaks == set()
