"""Remake the README's pictures of three deck slides: statuses, a completion rate, pilots.

`python docs/deck_images.py`: builds a deck of three chart slides (the statuses and the
completion rate per department of an office ledger, tests/ledgers/c01_basic.xlsx, as of
2024年7月31日; the pilots and honours of the bundled notice), converts it to PDF with
LibreOffice (`soffice --headless --convert-to pdf`) and each slide to PNG at 60 dpi
(`pdftoppm -png -r 60`), as docs/deck-status.png, docs/deck-rate.png, docs/deck-pilots.png.

`python docs/deck_images.py --before`: the status slide only, as docs/deck-before.png (run
with an older checkout's src on PYTHONPATH to picture that version's deck).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from analysis.export.deck import write_deck
from analysis.paths import REPO_ROOT
from analysis.present.charts import build_charts
from analysis.read.load import load_ledger

DOCS = Path(__file__).resolve().parent
OFFICE = REPO_ROOT / "tests" / "ledgers" / "c01_basic.xlsx"
AS_OF = "2024-07-31"
#: The picture of each slide, in the order of the deck's chart slides.
SLIDES = (
    ("deck-status.png", "office", "status_breakdown"),
    ("deck-rate.png", "office", "completion_by_department"),
    ("deck-pilots.png", "bundled", "pilots_awards"),
)
BEFORE = (("deck-before.png", "office", "status_breakdown"),)


def charts(slides: tuple[tuple[str, str, str], ...]) -> list:
    """The chart behind each picture."""
    built = {
        "office": build_charts(load_ledger(OFFICE), "zh", AS_OF).charts,
        "bundled": build_charts(load_ledger(), "zh", None).charts,
    }
    return [next(c for c in built[source] if c.name == name) for _, source, name in slides]


def main(argv: list[str]) -> int:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 2
    slides = BEFORE if "--before" in argv else SLIDES
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        deck = folder / "deck.pptx"
        write_deck(deck, "整改情况", "", [], charts(slides), lang="zh")
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(deck)],
            check=True,
            capture_output=True,
        )
        prefix = folder / "slide"
        first = 3  # after the title and the key figures
        last = first + len(slides) - 1
        pdf = str(folder / "deck.pdf")
        command = [pdftoppm, "-png", "-r", "60", "-f", str(first), "-l", str(last), pdf]
        subprocess.run([*command, str(prefix)], check=True)
        for (name, _, _), page in zip(slides, sorted(folder.glob("slide-*.png")), strict=True):
            shutil.copyfile(page, DOCS / name)
            print(f"wrote {DOCS / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
