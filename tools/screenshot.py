"""Render the bundled sample's HTML view in headless Chromium: the docs screenshot, and CI's check.

    python tools/screenshot.py                 # regenerate docs/view.png
    python tools/screenshot.py --check OUT.png # also check the DOM; is the picture blank?

The check loads the view as a browser does (``--dump-dom``): it counts the article cards, and
clicks a card from an added script to see that the script marks the card's lines. The
screenshot must hold many distinct colours (a blank or unstyled page has a handful); PNG is
read with the standard library only. Chromium comes from the system (``chromium``; set
``CHROMIUM`` to use another binary).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

from jzdaily import parse_pages, sample_text, to_html

ROOT = Path(__file__).resolve().parent.parent
WINDOW = (1400, 900)
EXPECTED_CARDS = 30  # the sample's answer key
MIN_COLOURS = 64  # text antialiasing and the tints give thousands; a blank page gives one
SHOWN_CARD = 1  # the docs picture shows the second card chosen: its lines marked beside it
CHECKED_CARD = 2  # the check clicks the third card and reads the marks from the DOM
CHECKED_LINE = 500  # … and, in a second load, input line 500, to find its card


def clicking(html: str, card: int | None = None, line: int | None = None) -> str:
    """The view with a script, after its own, that clicks a card or a line as a reader would."""
    target = f'document.querySelectorAll(".card")[{card}]' if card is not None else \
        f'document.getElementById("L{line}")'  # fmt: skip
    return html.replace("</body>", f"<script>{target}.click();</script></body>")


def dumped(html: str) -> Cards:
    """The DOM Chromium holds after loading the page and running its scripts."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder, "probe.html")
        probe.write_text(html, "utf-8")
        dom = Cards()
        dom.feed(run_chromium("--dump-dom", probe.as_uri()))
    return dom


def chromium() -> str:
    """The Chromium binary: $CHROMIUM, else the first of the usual names on PATH."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return str(shutil.which(name))
    sys.exit("screenshot: no Chromium found (apt-get install chromium, or set CHROMIUM)")


def run_chromium(*args: str) -> str:
    """Headless Chromium with flags that work in a container, as root, without a GPU."""
    command = [chromium(), "--headless", "--disable-gpu", "--hide-scrollbars",
               "--force-device-scale-factor=1", f"--window-size={WINDOW[0]},{WINDOW[1]}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to start its sandbox as root
    done = subprocess.run([*command, *args], capture_output=True, text=True, timeout=120,
                          check=True)  # fmt: skip
    return done.stdout


class Cards(HTMLParser):
    """Counts article cards, and which lines and cards the probe's click marked."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[str] = []
        self.marked_cards: list[str] = []
        self.marked_lines: list[str] = []
        self.lines_of: dict[str, int] = {}
        self.owner_of: dict[int, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        owner = found.get("data-owner") or ""
        classes = (found.get("class") or "").split()
        if tag == "article" and "card" in classes:
            self.cards.append(owner)
            if "on" in classes:
                self.marked_cards.append(owner)
        if tag == "li" and "line" in classes and owner:
            self.lines_of[owner] = self.lines_of.get(owner, 0) + 1
            self.owner_of[int(found.get("data-line") or 0)] = owner
            if "on" in classes:
                self.marked_lines.append(owner)


def png_colours(path: Path) -> int:
    """Distinct colours in an 8-bit RGB or RGBA PNG, as Chromium writes them."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    pos, idat, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    if depth != 8 or colour_type not in (2, 6):
        raise ValueError(f"{path}: only 8-bit RGB/RGBA is read here")
    step = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * step
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(height):
        start = y * (stride + 1)
        method, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride) if method else ():
            left = row[i - step] if i >= step else 0
            up = previous[i]
            if method == 1:
                row[i] = (row[i] + left) & 0xFF
            elif method == 2:
                row[i] = (row[i] + up) & 0xFF
            elif method == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            else:
                corner = previous[i - step] if i >= step else 0
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                row[i] = (row[i] + best) & 0xFF
        colours.update(bytes(row[i : i + 3]) for i in range(0, stride, step))
        previous = row
    return len(colours)


def check(html: str, shot: Path) -> list[str]:
    """What is wrong with the rendered view; empty when all is well."""
    problems = []
    dom = dumped(clicking(html, card=CHECKED_CARD))
    if len(dom.cards) != EXPECTED_CARDS:
        problems.append(f"{len(dom.cards)} article cards in the DOM, expected {EXPECTED_CARDS}")
    chosen = dom.cards[CHECKED_CARD] if len(dom.cards) > CHECKED_CARD else ""
    if dom.marked_cards != [chosen] or len(dom.marked_lines) != dom.lines_of.get(chosen, -1):
        problems.append(f"clicking card {chosen!r} marked cards {dom.marked_cards} and "
                        f"{len(dom.marked_lines)} lines, expected that one and its lines")
    by_line = dumped(clicking(html, line=CHECKED_LINE))
    owner = by_line.owner_of.get(CHECKED_LINE, "")
    if not owner or by_line.marked_cards != [owner]:
        problems.append(f"clicking line {CHECKED_LINE} (owner {owner!r}) marked cards "
                        f"{by_line.marked_cards}, expected its article's card")  # fmt: skip
    colours = png_colours(shot)
    if colours < MIN_COLOURS:
        problems.append(f"the screenshot has {colours} colours: blank or unstyled")
    print(f"view check: {len(dom.cards)} cards, a card's click marked {len(dom.marked_lines)} "
          f"lines, line {CHECKED_LINE}'s click marked card {by_line.marked_cards}, {colours} "
          f"colours in {shot}")  # fmt: skip
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "view.png"),
                        help="where to write the PNG (default: docs/view.png)")  # fmt: skip
    parser.add_argument("--check", action="store_true", help="check the DOM and the picture")
    parser.add_argument("--html", help="also keep the rendered HTML here")
    args = parser.parse_args()
    text = sample_text()
    html = to_html(parse_pages(text), text, title="jzdaily view · sample page A07–A08")
    out = Path(args.out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(args.html).resolve() if args.html else Path(folder, "view.html")
        page.write_text(clicking(html, card=SHOWN_CARD), "utf-8")
        run_chromium(f"--screenshot={out}", page.as_uri())
    print(f"screenshot: {out}")
    problems = check(html, out) if args.check else []
    for problem in problems:
        print(f"view check: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
