from __future__ import annotations

import datetime as dt
import json

from jzdaily.cli._report import article_entities, people_table
from tests.entities.conftest import article, page


def test_article_entities_is_json_ready() -> None:
    item = article("修武县西村乡召开会议，副县长白雨桐出席，县文联参加。", reporters=("项飞",))
    data = article_entities(item)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert [(p["name"], p["role"]) for p in data["people"]] == [("白雨桐", None), ("项飞", "记者")]
    assert data["people"][0]["titles"] == ["副县长"]
    assert [p["name"] for p in data["places"]] == ["修武县", "西村乡"]
    assert [o["name"] for o in data["organizations"]] == ["县文联"]


def test_people_table_rows() -> None:
    pages = [
        page(
            "A01",
            dt.date(2023, 3, 2),
            article("副县长白雨桐出席。", date=dt.date(2023, 3, 1), reporters=("项飞",)),
            article("县长王俊涛、副县长白雨桐参加。"),
        ),
        page("A02", dt.date(2023, 3, 9), article("县长白雨桐出席。")),
    ]
    rows = people_table(pages)
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows
    assert rows[0] == {
        "name": "白雨桐",
        "titles": ["副县长", "县长"],
        "count": 3,
        "dates": ["2023-03-01", "2023-03-02", "2023-03-09"],
        "roles": [],
    }
    assert {row["name"]: row["roles"] for row in rows[1:]} == {"项飞": ["记者"], "王俊涛": []}
    assert [row["count"] for row in rows] == sorted((row["count"] for row in rows), reverse=True)


def test_people_table_of_nothing() -> None:
    assert people_table([]) == []
