from __future__ import annotations

import json

import attrs
import pytest

from jzdaily._entities import Organization, Person, Place


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            Person("韩振东", ("市委常委", "常务副市长"), None, 3, 2),
            {
                "name": "韩振东",
                "titles": ["市委常委", "常务副市长"],
                "role": None,
                "offset": 3,
                "mentions": 2,
            },
        ),
        (
            Person("钱德", (), "记者"),
            {"name": "钱德", "titles": [], "role": "记者", "offset": None, "mentions": 0},
        ),
        (
            Place("西村乡", "township", "修武县", 5, 1),
            {"name": "西村乡", "level": "township", "parent": "修武县", "offset": 5, "mentions": 1},
        ),
        (
            Organization("中原银行焦作分行", "bank", 0, 2),
            {"name": "中原银行焦作分行", "kind": "bank", "offset": 0, "mentions": 2},
        ),
    ],
)
def test_to_dict_is_json_ready(
    record: Person | Place | Organization, expected: dict[str, object]
) -> None:
    data = record.to_dict()
    assert data == expected
    assert json.loads(json.dumps(data, ensure_ascii=False)) == expected


@pytest.mark.parametrize(
    "record", [Person("甲乙"), Place("乙镇", "township"), Organization("丙局", "government")]
)
def test_records_are_frozen(record: Person | Place | Organization) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.name = "x"  # type: ignore[misc]
