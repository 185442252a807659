"""Page files on disk: read one, and take the issue date from where an archive filed it.

Archives are usually laid out by date (``2023-03-07/A08.txt``, ``20230307_A08.txt``), and a
page whose header was lost in extraction prints no date of its own; the path then is the
only witness left.
"""

from __future__ import annotations

import datetime as dt
import os

from jzdaily._lazy import LazyPattern
from jzdaily._model import Page
from jzdaily._parse import parse_pages

__all__ = ["issue_date_from_path", "parse_file"]

StrPath = str | os.PathLike[str]

# A year of the 1900s or 2000s, then month and day: either eight digits in a row, or the three
# parts split by one separator used twice (-, /, \, _ or .). The look-arounds keep it from
# matching inside a longer run of digits such as a page id or a timestamp.
_DATE = LazyPattern(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})"
    r"(?:(?P<sep>[-/\\_.])(?P<m1>[0-9]{1,2})(?P=sep)(?P<d1>[0-9]{1,2})"
    r"|(?P<m2>[0-9]{2})(?P<d2>[0-9]{2}))"
    r"(?![0-9])"
)


def issue_date_from_path(path: StrPath) -> dt.date | None:
    """The date a path is filed under, or None.

    Recognises ``2023-03-07``, ``2023/03/07``, ``2023_03_07``, ``2023.03.07`` and
    ``20230307`` anywhere in the path. When several dates appear, the last valid one wins: it
    is the one nearest the file (``export-20240101/2023-03-07/A08.txt`` → 2023-03-07).
    Impossible dates such as ``20231345`` are ignored rather than guessed at.
    """
    text = os.fspath(path)
    if not isinstance(text, str):
        raise TypeError(f"path must be str or os.PathLike[str], got {type(path).__name__}")
    found: dt.date | None = None
    for match in _DATE.finditer(text):
        month = match["m1"] or match["m2"]
        day = match["d1"] or match["d2"]
        try:
            found = dt.date(int(match["y"]), int(month), int(day))
        except ValueError:
            continue
    return found


def parse_file(
    path: StrPath, *, date_from_path: bool = False, issue_date: dt.date | None = None
) -> tuple[Page, ...]:
    """Parse every page in one text file (UTF-8 or GB18030, as :func:`parse_pages` reads).

    ``issue_date`` is used for pages that print no date. With ``date_from_path=True`` the
    date found in the path (see :func:`issue_date_from_path`) is used for them instead, since
    it is specific to this file; ``issue_date`` then serves only paths that carry no date.
    Raises ``OSError`` for a file that cannot be read and :class:`jzdaily.DecodeError` for
    bytes that are not text.
    """
    fallback = issue_date
    if date_from_path:
        fallback = issue_date_from_path(path) or issue_date
    from pathlib import Path  # here: at the top it (and urllib) would add to import jzdaily

    return parse_pages(Path(path).read_bytes(), issue_date=fallback)
