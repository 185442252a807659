"""Invented pieces in every convention of the paper, for typeset-and-parse-back tests.

Nothing here comes from a real page: names are drawn from made-up syllables, places and
sentences are written for the tests. Each maker returns a Piece with what it should parse to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

from tests.typeset import PageSpec, Piece

__all__ = ["MAKERS", "invented_pages", "name"]

_SURNAMES = "韦甘卓蔺邬庞冉葛龚阎郝柏季邵詹欧樊"
_GIVEN = "青禾秋实雨桐晓川远航向东书林红英存良一帆朔明岚松涛若溪"
_PLACES = ("青石镇", "柳湾村", "东岭县", "南坪街道", "白沙乡", "云台社区")
_DOINGS = (
    "组织志愿者清扫街巷，为居民送去春联",
    "召开秋粮收购工作推进会，部署下一阶段任务",
    "开展防汛应急演练，检验抢险队伍的反应能力",
    "举办农民丰收节，展示当地特色农产品",
    "启动老旧小区改造工程，惠及居民三百余户",
)
_FOLLOW = (
    "活动中，工作人员耐心讲解相关政策，现场气氛热烈。",
    "据了解，该项目总投资1.2亿元，计划年底前完工。",
    "大家纷纷表示，要把学到的经验用到实际工作中去。",
    "截至目前，已累计服务群众2600余人次，覆盖率达到98%。",
    "下一步，该镇将继续完善长效机制，巩固工作成效。",
)
_HEADS = (
    "春耕备耕全面展开",
    "小巷里的新变化",
    "让群众办事更方便",
    "金秋稻谷飘香",
    "老街焕发新活力",
)
_KICKERS = ("聚焦民生实事", "践行初心使命：")
_DECKS = ("截至6月底，新建基站210座，覆盖率达98%", "全年完成投资3.6亿元，同比增长12%")
_COLUMNS = ("乡镇快讯", "民生短波", "一线速览")
_CODES = ("①3", "②4", "①2")


def name(rng: random.Random) -> str:
    """An invented two- or three-character name."""
    given = "".join(rng.sample(_GIVEN, rng.choice((1, 2))))
    return rng.choice(_SURNAMES) + given


def _padded(person: str) -> str:
    """Two-character names are printed with a space between the characters."""
    return " ".join(person) if len(person) == 2 else person


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_PLACES)}{rng.choice(_DOINGS)}。"


def _paragraphs(rng: random.Random, opening: str = "") -> tuple[str, ...]:
    first = opening + _sentence(rng) + rng.choice(_FOLLOW)
    rest = [rng.choice(_FOLLOW) + _sentence(rng) for _ in range(rng.randint(0, 3))]
    return (first, *rest)


def _headline(rng: random.Random) -> tuple[str, ...]:
    lines = [rng.choice(_HEADS)]
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(_KICKERS))
    if rng.random() < 0.3:
        lines.append("——" + rng.choice(_DECKS))
    return tuple(lines)


def _dated_opening(rng: random.Random, issue: dt.date) -> tuple[str, dt.date]:
    day = issue - dt.timedelta(days=rng.randint(1, 5))
    part = rng.choice(("", "上午", "下午"))
    return f"{day.month}月{day.day}日{part}，", day


def news(rng: random.Random, issue: dt.date) -> Piece:
    reporters = [name(rng) for _ in range(rng.randint(0, 2))]
    correspondents = [name(rng) for _ in range(rng.randint(0, 1))]
    staff = " ".join(
        part
        for part in (
            "记者" + "、".join(reporters) if reporters else "",
            "通讯员" + "、".join(correspondents) if correspondents else "",
        )
        if part
    )
    opening, day = _dated_opening(rng, issue)
    photographers = (name(rng),) if rng.random() < 0.3 else ()  # ends in its picture's credit
    continued = rng.random() < 0.1 and not photographers
    return Piece(
        _paragraphs(rng, opening),
        lead="本报讯" + (f"（{staff}）" if staff else ""),
        headline=_headline(rng),
        credit=f"{_padded(photographers[0])} 摄" if photographers else None,
        code=rng.choice(_CODES) if rng.random() < 0.2 and not photographers else None,
        continued_to=f"（下转A{rng.randint(2, 8)}版）" if continued else None,
        credited=(*reporters, *correspondents, *photographers),
        photographers=photographers,
        date=day,
    )


def feature(rng: random.Random, issue: dt.date) -> Piece:
    writer = name(rng)
    byline = rng.choice(
        (f"本报记者 {_padded(writer)}", f"作者：本报特派记者 {writer}", f"县档案馆副馆长 {writer}")
    )
    body = list(_paragraphs(rng))
    if len(body) > 1 and rng.random() < 0.4:  # a subhead inside a long feature stays in its body
        body.insert(1, rng.choice(("一、抓好源头治理", "守住群众的“菜篮子”：")))
    headline = (rng.choice(_HEADS), f"——记{rng.choice(_PLACES)}党支部书记{name(rng)}")
    continued = "（上接一版）" if rng.random() < 0.1 else None
    return Piece(
        tuple(body), headline=headline, byline=byline, credited=(writer,), continued_from=continued
    )


def commentary(rng: random.Random, issue: dt.date) -> Piece:
    writer = name(rng)
    return Piece(
        _paragraphs(rng),
        kind="commentary",
        headline=(rng.choice(_HEADS),),
        byline=f"□{_padded(writer)}",
        credited=(writer,),
    )


def brief(rng: random.Random, issue: dt.date) -> Piece:
    writers = [name(rng) for _ in range(rng.randint(1, 2))]
    opening, day = _dated_opening(rng, issue)
    return Piece(
        (opening + _sentence(rng) + rng.choice(_FOLLOW),),
        kind="brief",
        lead="●",
        authors="（" + " ".join(map(_padded, writers)) + "）",
        credited=tuple(writers),
        date=day,
    )


def photo(rng: random.Random, issue: dt.date) -> Piece:
    photographer = name(rng)
    role = rng.choice(("", "本报记者 "))
    if rng.random() < 0.3:  # one caption for several pictures
        paragraphs: tuple[str, ...] = (f"图① {_sentence(rng)}", f"图② {_sentence(rng)}")
    else:
        opening, _ = _dated_opening(rng, issue)
        paragraphs = (opening + _sentence(rng),)
    return Piece(
        paragraphs,
        kind="photo",
        lead=rng.choice(("", "", "⬅", "➡")),
        credit=f"{role}{_padded(photographer)} 摄",
        credited=(photographer,),
        photographers=(photographer,),
        vertical_ok=False,
    )


MAKERS: dict[str, Callable[[random.Random, dt.date], Piece]] = {
    "news": news,
    "feature": feature,
    "commentary": commentary,
    "brief": brief,
    "photo": photo,
}


def invented_pages(rng: random.Random, pages: int = 2) -> list[tuple[PageSpec, list[Piece]]]:
    """Pages of random pieces in random order; a run of briefs ends in a column title."""
    out = []
    issue = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    for index in range(pages):
        kinds = rng.choices(list(MAKERS), k=rng.randint(2, 6))
        pieces = [MAKERS[kind](rng, issue) for kind in kinds]
        for k, piece in enumerate(pieces):
            last_brief = piece.kind == "brief" and (
                k + 1 == len(pieces) or pieces[k + 1].kind != "brief"
            )
            if last_brief:
                pieces[k] = dataclasses.replace(piece, column=rng.choice(_COLUMNS))
        out.append((PageSpec(issue, code=f"A{index + 1:02d}"), pieces))
    return out
