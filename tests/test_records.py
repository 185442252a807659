"""Flat records, the page record's JSON Schema, and the model's round trips and pickling."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from jzdaily import (
    Article,
    ArticleKind,
    Dateline,
    Fragment,
    FragmentKind,
    Page,
    ParseWarning,
)
from jzdaily._records import RECORD_FIELDS, page_record, page_schema, to_records

ROOT = Path(__file__).parent.parent



def _full_objects() -> list[Any]:
    """One object of every model type with every field set away from its default."""
    warning = ParseWarning("orphan-text", "a line no article owns", (3, 4))
    dateline = Dateline(
        raw="本报郑州3月5日电（记者甲 通讯员乙 实习生丙）", source="本报郑州3月5日电",
        place="郑州", reporters=("甲",), correspondents=("乙", "丁"), interns=("丙",),
    )  # fmt: skip
    article = Article(
        kind=ArticleKind.PHOTO, headline="标题", paragraphs=("第一段。", "第二段。"),
        source_lines=(5, 6, 8), subtitle="——副题", column="政务简报", dateline=dateline,
        date=dt.date(2023, 3, 5), time_of_day="上午", relative_date="日前", authors=("戊",),
        date_end=dt.date(2023, 3, 10), date_precision="part-of-month", time=dt.time(14, 30),
        time_approximate=True,
        photographers=("己", "庚"), photo_arrow="left", story_code="①3", continued_to="A3版",
        continued_from="一版", linked_id="2023-03-07/A01/02", id="2023-03-07/A08/01",
    )  # fmt: skip
    fragment = Fragment(FragmentKind.COLUMN, "政务简报", (9,))
    page = Page(
        index=2, articles=(article,), fragments=(fragment,), warnings=(warning,), code="A08",
        section="孟州新闻", date=dt.date(2023, 3, 7), date_inferred=True, weekday="星期二",
        paper="JIAOZUO DAILY", staff={"编辑": ("刘振毅",), "校对": ("谢欣汝", "甲")},
        hotline="8797000",
    )  # fmt: skip
    return [warning, dateline, article, fragment, page]


@pytest.mark.parametrize("obj", _full_objects(), ids=lambda o: type(o).__name__)
def test_every_model_type_round_trips_through_json(obj: Any) -> None:
    data = json.loads(json.dumps(obj.to_dict(), ensure_ascii=False))
    assert type(obj).from_dict(data) == obj
    # every field is set away from its default, so a field that from_dict forgot would show
    for field in attrs.fields(type(obj)):
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        assert getattr(obj, field.name) != default, field.name


@pytest.mark.parametrize("obj", _full_objects(), ids=lambda o: type(o).__name__)
def test_every_model_type_pickles(obj: Any) -> None:
    assert pickle.loads(pickle.dumps(obj)) == obj


def test_sample_pages_round_trip_and_pickle(pages: tuple[Page, ...]) -> None:
    assert len(pages) == 2
    for page in pages:
        record = json.loads(json.dumps(page_record(page, source="x.txt"), ensure_ascii=False))
        assert Page.from_dict(record) == page
        assert pickle.loads(pickle.dumps(page)) == page
        for article in page.articles:
            assert Article.from_dict(article.to_dict()) == article


def test_to_records_one_row_per_article(pages: tuple[Page, ...]) -> None:
    rows = to_records(pages)
    assert len(rows) == sum(len(p.articles) for p in pages)
    assert all(list(row) == list(RECORD_FIELDS) for row in rows)
    assert [row["id"] for row in rows] == [a.id for p in pages for a in p.articles]
    for row in rows:
        assert all(v is None or isinstance(v, (str, int, bool)) for v in row.values()), row


def test_to_records_fields(pages: tuple[Page, ...]) -> None:
    rows = to_records(pages, source="archive/A08.txt")
    by_id = {row["id"]: row for row in rows}
    page = pages[1]
    article = next(a for a in page.articles if len(a.authors) > 1)
    row = by_id[article.id]
    assert row["source"] == "archive/A08.txt"
    assert next(iter(row)) == "source"
    assert row["page_index"] == 1
    assert row["page_code"] == page.code == "A08"
    assert row["page_date"] == "2023-03-07"
    assert row["page_staff"] == ";".join(f"{k}:{'、'.join(v)}" for k, v in page.staff.items())
    assert row["page_warnings"] == ";".join(w.code for w in page.warnings)
    assert row["position"] == page.articles.index(article) + 1
    assert row["kind"] == article.kind.value
    assert row["authors"] == ("、".join(article.authors) or None)
    assert row["date"] == (article.date.isoformat() if article.date else None)
    assert row["source_lines"] == ";".join(map(str, article.source_lines))
    assert (row["first_line"], row["last_line"]) == (article.source_lines[0], article.source_lines[-1])
    assert row["body"] == article.body


def test_to_records_of_a_full_page() -> None:
    page = _full_objects()[-1]
    (row,) = to_records([page])
    assert row["reporters"] == "甲"
    assert row["correspondents"] == "乙、丁"
    assert row["photographers"] == "己、庚"
    assert row["dateline_place"] == "郑州"
    assert row["page_staff"] == "编辑:刘振毅;校对:谢欣汝、甲"
    assert row["page_date_inferred"] is True
    assert row["date"] == "2023-03-05"
    assert row["source_lines"] == "5;6;8"
    assert row["body"] == "第一段。\n第二段。"
    assert to_records([]) == []


def test_to_records_feeds_pandas(pages: tuple[Page, ...]) -> None:
    import pandas as pd
    frame = pd.DataFrame(to_records(pages))
    assert list(frame.columns) == list(RECORD_FIELDS)
    assert len(frame) == sum(len(p.articles) for p in pages)


def _cli_records() -> list[dict[str, Any]]:
    run = subprocess.run(
        [sys.executable, "-m", "jzdaily.cli", "parse", "--sample", "--format", "jsonl", "-q"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    return [json.loads(line) for line in run.stdout.splitlines()]


def _validate(instance: Any) -> None:
    """Validate against the shipped schema, checking formats (format: date) too."""
    jsonschema.validate(
        instance, page_schema(), cls=jsonschema.Draft202012Validator,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )  # fmt: skip


def test_cli_output_for_the_sample_validates_against_the_schema() -> None:
    """Each record the command line writes for the sample is valid, with its source."""
    schema = page_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    records = _cli_records()
    assert len(records) == 2
    for record in records:
        _validate(record)
        assert record["source"] == "jiaozuo-2023-03-07-A07-A08.txt"


@pytest.mark.parametrize(
    "shape",
    [
        lambda page: page.to_dict(),
        lambda page: page_record(page),
        lambda page: page_record(page, source="a/b.txt"),
    ],
    ids=["to_dict", "record-without-source", "record"],
)
def test_one_schema_for_both_shapes(pages: tuple[Page, ...], shape: Any) -> None:
    """Page.to_dict() and the command line's record (to_dict plus source) both validate."""
    for page in (*pages, _full_objects()[-1]):
        _validate(json.loads(json.dumps(shape(page), ensure_ascii=False)))


def test_the_schema_has_an_id_and_date_formats() -> None:
    """The schema names itself ($id) and declares every date as format: date."""
    schema = page_schema()
    assert schema["$id"].startswith("https://") and schema["$id"].endswith("page.schema.json")
    assert schema["$defs"]["date_or_null"]["format"] == "date"


@pytest.mark.parametrize(
    "damage",
    [
        lambda r: r.pop("index"),
        lambda r: r.update(source=3),
        lambda r: r.update(date="7 March 2023"),
        lambda r: r.update(date="2023-02-30"),
        lambda r: r["articles"][0].update(date="2023-13-01"),
        lambda r: r["articles"][0].update(kind="editorial"),
        lambda r: r["articles"][0].update(id="A08-3"),
        lambda r: r["articles"][0].update(surprise=1),
        lambda r: r["fragments"][0].update(source_lines=[0]),
        lambda r: r["staff"].update({"编辑": "刘振毅"}),
    ],
)
def test_the_schema_rejects_damaged_records(damage: Any) -> None:
    """Each damage (a missing key, a bad type, an impossible date, …) fails validation."""
    record = _cli_records()[1]
    damage(record)
    with pytest.raises(jsonschema.ValidationError):
        _validate(record)


def test_the_schema_names_every_model_field() -> None:
    """A field added to the model but not to the schema (or the reverse) fails here."""
    schema = page_schema()
    defs = schema["$defs"]
    expected = {
        "page": ({f.name for f in attrs.fields(Page)} | {"source"}, schema),
        "article": ({f.name for f in attrs.fields(Article)} | {"body", "entities"}, defs["article"]),
        "dateline": ({f.name for f in attrs.fields(Dateline)}, defs["dateline"]),
        "fragment": ({f.name for f in attrs.fields(Fragment)}, defs["fragment"]),
        "warning": ({f.name for f in attrs.fields(ParseWarning)}, defs["warning"]),
    }
    for name, (fields, part) in expected.items():
        assert set(part["properties"]) == fields, name
        optional = {"entities", "source"} if part in (schema, defs["article"]) else set()
        assert set(part["required"]) == fields - optional, name


def test_the_schema_in_docs_is_the_shipped_one() -> None:
    shipped = json.loads((ROOT / "src" / "jzdaily" / "data" / "page.schema.json").read_text("utf-8"))
    assert json.loads((ROOT / "docs" / "page.schema.json").read_text("utf-8")) == shipped
    assert page_schema() == shipped
