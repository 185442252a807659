"""Write ``src/jzdaily/data/dates/festivals.json``: festival days and lunar months, 1980–2060.

The paper has run since 1983; a few years either side let the nearest-year rule work at the
ends of the table. Fixed festivals are one month-day each; lunar festivals (and 清明, a solar
term) and the first day and length of every lunar month are computed here once with the
dev-only ``lunar-python`` package, so the library itself ships plain data and needs no
calendar code. Run from the repository root:
``python tools/make_festivals.py`` (``--check`` fails when the shipped table is stale).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from lunar_python import Lunar, LunarMonth  # dev extra only: never imported by jzdaily

FIRST_YEAR, LAST_YEAR = 1980, 2060
OUT = Path(__file__).parent.parent / "src" / "jzdaily" / "data" / "dates" / "festivals.json"

# Festivals with a fixed Gregorian day.
FIXED = {
    "元旦": (1, 1), "妇女节": (3, 8), "植树节": (3, 12), "劳动节": (5, 1), "青年节": (5, 4),
    "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1),
}  # fmt: skip
# Lunar festivals as (lunar month, lunar day).
LUNAR = {"春节": (1, 1), "元宵节": (1, 15), "端午节": (5, 5), "中秋节": (8, 15), "重阳节": (9, 9)}


def _solar(lunar: Lunar) -> dt.date:
    solar = lunar.getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def table() -> dict[str, object]:
    """The whole table as JSON data: fixed month-days and, per year, each moving festival."""
    moving: dict[str, dict[str, str]] = {name: {} for name in (*LUNAR, "除夕", "清明节")}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for name, (month, day) in LUNAR.items():
            moving[name][str(year)] = _solar(Lunar.fromYmd(year, month, day)).isoformat()
        eve = dt.date.fromisoformat(moving["春节"][str(year)]) - dt.timedelta(days=1)
        moving["除夕"][str(year)] = eve.isoformat()  # the last day of the lunar year
        qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable()["清明"]
        moving["清明节"][str(year)] = dt.date(
            qingming.getYear(), qingming.getMonth(), qingming.getDay()
        ).isoformat()
    months = {
        str(year): [
            [_solar(Lunar.fromYmd(year, month, 1)).isoformat(),
             LunarMonth.fromYm(year, month).getDayCount()]
            for month in range(1, 13)
        ]
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
    }  # fmt: skip
    return {
        "generated_by": "tools/make_festivals.py (lunar-python)",
        "first_year": FIRST_YEAR,
        "last_year": LAST_YEAR,
        "fixed": {name: f"{m:02d}-{d:02d}" for name, (m, d) in FIXED.items()},
        "moving": moving,
        "lunar_months": months,  # per lunar year: each (non-leap) month's first day, its days
    }


def _dump(data: dict[str, object]) -> str:
    """JSON with one line per year of lunar months, so that a regenerated table diffs well."""
    months = data.pop("lunar_months")
    assert isinstance(months, dict)
    head = json.dumps(data, ensure_ascii=False, indent=1)[:-2]  # drop the closing "\n}"
    rows = ",\n".join(f"  {json.dumps(year)}: {json.dumps(row)}" for year, row in months.items())
    return f'{head},\n "lunar_months": {{\n{rows}\n }}\n}}\n'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = _dump(table())
    if args.check:
        same = OUT.read_text("utf-8") == text
        print("festivals.json is up to date" if same else "festivals.json is stale")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
