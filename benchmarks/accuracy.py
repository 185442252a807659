"""How well the parser reads pages it has never seen: the shared corpus typeset as page text.

Each real article of ``../shared/corpus/articles.jsonl`` becomes a printed piece (its
dateline, body, closing marks, headline, byline and photo captions, in this paper's
extracted-text order); the pieces are shuffled onto pages and laid out by
``tests/typeset.py`` with a random layout per seed, parsed back, and scored field by field
(``tests/scoring.py``). The corpus is read at run time and never copied into the project.

    python benchmarks/accuracy.py [--seeds 1 2 3] [--show body] [--corpus DIR]

Choices, so that the figures mean what they say:
- An article whose stored copy shows no headline (a body-only page) is printed under the
  headline of another corpus article (the paper heads every story); a photo or a brief
  stays unheaded as the paper prints them.
- A truncated copy is cut at its last full sentence (left out when none survives); its
  closing marks are printed only when the stored copy still has them.
- A body-only copy that opens with its own title and a ``□`` signature has them printed as
  its title block after the body, as the paper prints them.
- A photo caption ending in a ``… 摄`` credit is printed as its own photo item before the
  article; captions without a credit are left out.
- Dates are scored where the lead opens with an explicit day (``3月4日``, ``2012年6月30日``)
  or ``昨天``/``今日`` and the page prints that article's own issue date.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.scoring import FIELDS, Score, match  # noqa: E402
from tests.typeset import PageSpec, Piece, lay_out  # noqa: E402

from jzdaily import Article, parse_pages  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
_FULL_WIDTH = {",": "，", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？", ";": "；"}
_ASCII_PUNCT = re.compile(r"[,:()!?;]")
_ROLES = re.compile(
    r"本报特派记者|特派记者|本报记者|见习记者|摄影记者|记者|本报通讯员|特约通讯员|通讯员|实习生"
)
_CODE = re.compile(r"[①-⑳]\d?$")
_CONTINUED_FROM = re.compile(r"^（上接[^（）]{1,8}）")  # printed before the first sentence
_SENTENCE_END = re.compile(r"[。！？]”?")
_LEAD_DATE = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_LEAD_DAY = {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "前天": -2, "前日": -2}
_CAPTION_CREDIT = re.compile(
    r"\s*(?P<credit>(?:本报记者|本报通讯员)?\s*[^。！？\s]{1,6}(?: [^。！？\s]{1,4})?\s*摄)$"
)
_SECTIONS = ("县域新闻", "综合新闻", "城区新闻", "要闻", "专版")
_COLUMNS = ("县域快讯", "城乡短波", "一线速览")


def unfold(text: str) -> str:
    """The printed full-width punctuation back from NFKC text; 15:30 and 1,000 stay ASCII."""

    def mark(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if m.group() in ",:" and before.isdigit() and after.isdigit():
            return m.group()
        return _FULL_WIDTH[m.group()]

    return _ASCII_PUNCT.sub(mark, text)


def _names(text: str) -> list[str]:
    """Staff names in a dateline's brackets, a byline or a credit, padding spaces removed."""
    text = re.sub(r"[（(][^）)]*[）)]$", "", text.strip()) if not text.startswith("（") else text
    text = text.strip("（）() ").removeprefix("□").removesuffix("摄")
    text = re.sub(r"^作者[：:]", "", text.strip())
    names: list[str] = []
    for part in _ROLES.split(text):
        tokens = [t for t in re.split(r"[、，,\s]+", part) if t]
        merged: list[str] = []
        for token in tokens:
            if merged and len(token) == 1 and len(merged[-1]) == 1:
                merged[-1] += token
            else:
                merged.append(token)
        names += [t for t in merged if 2 <= len(t) <= 4]
    return names


def _lead_date(first: str, issue: dt.date | None) -> dt.date | None:
    if issue is None:
        return None
    for word, offset in _LEAD_DAY.items():
        if first.startswith(word):
            return issue + dt.timedelta(days=offset)
    m = _LEAD_DATE.match(first)
    if not m:
        return None
    month, day = int(m["m"]), int(m["d"])
    years = [int(m["y"])] if m["y"] else [issue.year, issue.year - 1]
    for year in years:
        try:
            when = dt.date(year, month, day)
        except ValueError:
            return None
        if m["y"] or when <= issue + dt.timedelta(days=30):
            return when
    return None


def _strip_closers(body: str, row: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The body without its trailing story code, （作者） and ``… 摄`` credit, and those marks."""
    found: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        body = body.rstrip()
        code = _CODE.search(body)
        if code:
            found["code"], body, changed = code.group(), body[: code.start()], True
        author = row.get("trailing_author")
        if author and body.endswith(f"（{unfold(author)}）"):
            found["authors"] = f"（{unfold(author)}）"
            body, changed = body[: -len(found["authors"])], True
        credit = row.get("photo_credit")
        if credit and body.endswith(unfold(credit)):
            found["credit"] = unfold(credit)
            body, changed = body[: -len(found["credit"])], True
    return body, found


def _caption_pieces(row: dict[str, Any]) -> list[Piece]:
    """Captions that end in a credit, each run of them one photo item."""
    pieces, pending = [], []
    for caption in map(unfold, row.get("captions") or ()):
        m = _CAPTION_CREDIT.search(caption)
        if not m:
            pending.append(caption)
            continue
        text = caption[: m.start()].strip()
        paragraphs = tuple(p for p in [*pending, text] if p)
        credit = m["credit"].strip()
        names = _names(credit)
        pending = []
        if paragraphs:
            pieces.append(
                Piece(
                    paragraphs,
                    source=row["url"],
                    kind="photo",
                    credit=credit,
                    credited=tuple(names),
                    photographers=tuple(names),
                )
            )
    return pieces


def _is_title(text: str) -> bool:
    """A short line with no sentence in it."""
    return len(text) <= 30 and not _SENTENCE_END.search(text) and "，" not in text


def corpus_pieces(
    row: dict[str, Any], headlines: list[tuple[str, ...]], rng: random.Random
) -> list[Piece]:
    """One corpus article as the pieces the paper prints for it (captions first)."""
    body, found = _strip_closers(unfold(row["body"]), row)
    if row.get("truncated"):
        ends = list(_SENTENCE_END.finditer(body))
        if not ends:  # not one full sentence survives: nothing of the story to print
            return _caption_pieces(row)
        body = body[: ends[-1].end()]
    continued = _CONTINUED_FROM.match(body)
    if continued:  # a mark, not body text: the typesetter prints it before the lead
        body = body[continued.end() :]
    lead = unfold(row["dateline"]) if row.get("dateline") else ""
    if lead and body.startswith(lead):
        body = body[len(lead) :]
    else:
        lead = ""
    paragraphs = tuple(p.strip() for p in body.split("\n") if p.strip())
    if not paragraphs:
        return _caption_pieces(row)
    byline = unfold(row["byline"]) if row.get("byline") else None
    headline = tuple(unfold(h) for h in row.get("headline_lines") or ())
    if len(paragraphs) > 2 and paragraphs[1].startswith("□") and _is_title(paragraphs[0]):
        # a body-only copy that opens with the piece's own title and signature: those are
        # its title block (the stored headline was the series it runs under)
        headline, byline, paragraphs = (paragraphs[0],), paragraphs[1], paragraphs[2:]
    credited = _names(lead[lead.find("（") :]) if "（" in lead else []
    credited += _names(byline) if byline else []
    photographers = _names(found["credit"]) if "credit" in found else []
    credited += (_names(found["authors"]) if "authors" in found else []) + photographers
    if byline and byline.startswith("□"):
        kind = "commentary"
    elif "credit" in found and not lead and not headline and not byline:
        kind = "photo"
    else:
        kind = "news"
    if not headline and kind != "photo":
        headline = rng.choice(headlines)
    issue = dt.date.fromisoformat(row["date"]) if row.get("date") else None
    piece = Piece(
        paragraphs, kind=kind, source=row["url"], lead=lead, headline=headline, byline=byline,
        authors=found.get("authors"), credit=found.get("credit"), code=found.get("code"),
        continued_from=continued.group() if continued else None,
        credited=tuple(credited), photographers=tuple(photographers),
        date=_lead_date(paragraphs[0], issue),
    )  # fmt: skip
    return [*_caption_pieces(row), piece]


def layout_pages(rows: list[dict[str, Any]], seed: int) -> list[tuple[PageSpec, list[Piece]]]:
    """The corpus shuffled onto pages of three to seven articles each."""
    rng = random.Random(seed)
    headlines = [tuple(map(unfold, r["headline_lines"])) for r in rows if r.get("headline_lines")]
    order = rows[:]
    rng.shuffle(order)
    pages: list[tuple[PageSpec, list[Piece]]] = []
    while order:
        size = rng.randint(3, 7)
        chunk, order = order[:size], order[size:]
        issue = next((r["date"] for r in chunk if r.get("date")), "2020-01-06")
        spec = PageSpec(
            dt.date.fromisoformat(issue),
            code=f"A{rng.randint(1, 16):02d}",
            section=rng.choice(_SECTIONS),
            header=bool(pages) or rng.random() > 0.15,
        )
        pieces: list[Piece] = []
        for row in chunk:
            for piece in corpus_pieces(row, headlines, rng):
                if piece.date is not None and (row.get("date") != issue or not spec.header):
                    piece = dataclasses.replace(piece, date=None)
                pieces.append(piece)
        pages.append((spec, pieces))
    return pages


def typeset_articles(
    rows: list[dict[str, Any]], seed: int
) -> Iterator[tuple[Piece, Article | None]]:
    """The corpus typeset with one seed and parsed back: each printed piece with its article."""
    layout = lay_out(layout_pages(rows, seed), random.Random(seed))
    for placed, article in match(layout, parse_pages(layout.text)):
        yield placed.piece, article


def load(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    path = corpus / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--show",
        choices=[*FIELDS, "missed"],
        action="append",
        default=[],
        help="print the failures of a field",
    )
    parser.add_argument("--dump", type=Path, help="write the typeset page text of the first seed")
    args = parser.parse_args(argv)
    if not (args.corpus / "articles.jsonl").exists():
        print(f"corpus not found at {args.corpus}: nothing to measure", file=sys.stderr)
        return 0
    rows = load(args.corpus)
    total = Score()
    for seed in args.seeds:
        pages = layout_pages(rows, seed)
        layout = lay_out(pages, random.Random(seed))
        if args.dump and seed == args.seeds[0]:
            args.dump.write_text(layout.text, encoding="utf-8")
        total.add(layout, parse_pages(layout.text))
    print(f"accuracy on {len(rows)} corpus articles, seeds {' '.join(map(str, args.seeds))}:")
    print(f"{'figure':<18} {'value':>6}  counts")
    for name, value, counts in total.rows():
        print(f"{name:<18} {value:6.3f}  {counts}")
    failures = Counter(kind for kind, _, _ in total.failures)
    print("failures:", ", ".join(f"{k} {v}" for k, v in failures.most_common()) or "none")
    for kind, placed, detail in total.failures:
        if kind in args.show:
            print(f"--- {kind}: lines {placed.lines[:1]}–{placed.lines[-1:]}  {detail!r:.600}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
