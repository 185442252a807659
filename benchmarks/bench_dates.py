"""Event dates on the real corpus: how many leads get a date, how precise, how plausible.

Reads ``../shared/corpus/articles.jsonl`` at run time (never copied into the project). The
corpus has no key for event dates, so plausibility is measured against the issue date: a
news lead's date should fall shortly before the issue (same day to a week), rarely after it.
"Old forms" counts the leads the 0.1 reader's forms (M月D日, 昨天/今天) date at all, to show
what the new forms add. Also prints the time per lead.

Run: ``python benchmarks/bench_dates.py [--corpus PATH]``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import time
from pathlib import Path
from typing import Any

from jzdaily._dates import DATE_EXPRESSION, find_event_date

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
_LEAD_MARK = re.compile(r"^\s*(?:本报讯|本报\S{0,8}电)\s*(?:[（(][^（）()]{0,40}[）)])?\s*")


def _lead(article: dict[str, Any]) -> str:
    body = str(article.get("body") or "").split("\n", 1)[0]
    dateline = article.get("dateline")
    if dateline and body.startswith(dateline):
        return body[len(dateline) :]
    return _LEAD_MARK.sub("", body, count=1)


def _bucket(days: int) -> str:
    if days < 0:
        return "after the issue"
    if days == 0:
        return "issue day"
    if days <= 7:
        return "1-7 days before"
    if days <= 31:
        return "8-31 days before"
    return "> 31 days before"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text("utf-8").splitlines() if line]
    leads = [(_lead(r), dt.date.fromisoformat(r["date"])) for r in rows if r.get("date")]
    precision: collections.Counter[str] = collections.Counter()
    distance: collections.Counter[str] = collections.Counter()
    relative = timed = old_forms = warned = 0
    find_event_date("春节期间，3月5日上午，", dt.date(2023, 3, 7))  # load the tables first
    start = time.perf_counter()
    readings = [find_event_date(lead, issue) for lead, issue in leads]
    elapsed = time.perf_counter() - start
    for (lead, issue), got in zip(leads, readings, strict=True):
        old = DATE_EXPRESSION.search(lead)
        old_forms += old is not None and old.group("relative") not in ("近日", "日前", "近期")
        precision[got.precision or ("vague word" if got.relative else "none")] += 1
        relative += got.relative is not None and got.date is not None
        timed += got.time is not None
        warned += bool(got.problems())
        if got.date is not None:
            distance[_bucket((issue - got.date).days)] += 1
    total = len(leads)
    print(f"leads with an issue date: {total}")
    print("\n| precision | leads | share |\n| --- | ---: | ---: |")
    for name, count in precision.most_common():
        print(f"| {name} | {count} | {count / total:.0%} |")
    dated = sum(distance.values())
    print("\n| event date vs issue date | leads | share of dated |\n| --- | ---: | ---: |")
    for name in ("issue day", "1-7 days before", "8-31 days before", "> 31 days before",
                 "after the issue"):  # fmt: skip
        print(f"| {name} | {distance[name]} | {distance[name] / max(dated, 1):.0%} |")
    print(f"\ndated: {dated}/{total}; by the 0.1 forms alone: {old_forms}/{total}")
    print(f"read against the issue date (relative phrase): {relative}; with a clock time: {timed}")
    print(f"leads with a date warning: {warned}")
    print(f"time: {elapsed / max(total, 1) * 1e6:.1f} µs per lead")


if __name__ == "__main__":
    main()
