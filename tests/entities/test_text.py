from __future__ import annotations

import pytest

from jzdaily._entities._text import squeeze, text_of
from tests.entities.conftest import article


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("区领导钱德、孙晓\n峰出席", "区领导钱德、孙晓峰出席"),
        ("本报记者 朱 芸 摄", "本报记者朱芸摄"),
        ("3 月 2 日\u3000上午", "3月2日上午"),
        ("", ""),
    ],
)
def test_squeeze_removes_all_whitespace(raw: str, text: str) -> None:
    assert squeeze(raw).text == text


def test_offset_maps_back_to_the_input() -> None:
    raw = "甲 乙\n丙，丁"
    squeezed = squeeze(raw)
    assert [raw[squeezed.offset(i)] for i in range(len(squeezed.text))] == list("甲乙丙，丁")
    assert squeezed.offset(len(squeezed.text)) == len(squeezed.text)  # past the end


def test_text_of_reads_the_article_body() -> None:
    assert text_of(article("第一段", "第二段")) == "第一段\n第二段"
    assert text_of("原文") == "原文"


@pytest.mark.parametrize(
    "raw",
    [
        "甲乙丙",  # no whitespace: one run, offsets are indices
        "  甲乙\u3000丙  丁",  # leading, ideographic and doubled spaces
        "甲\n\n乙 丙\t丁\n",  # line breaks and a tab between single characters
    ],
)
def test_offset_of_every_character_is_where_it_was_printed(raw: str) -> None:
    """Each squeezed character maps back to the input offset it was read from."""
    squeezed = squeeze(raw)
    kept = [i for i, ch in enumerate(raw) if not ch.isspace()]
    assert [squeezed.offset(i) for i in range(len(squeezed.text))] == kept
