"""Remake the README's page images of the briefing's Word document and PDF.

`python docs/page_images.py` (or `make page-images`): renders the briefing of an office ledger
(`tests/ledgers/c01_basic.xlsx` for 区民政局 — the file names no unit — as of 2024-11-15, a
date with an overdue problem) into a
temporary folder, converts briefing.docx to PDF with LibreOffice (`soffice --headless
--convert-to pdf`) and pages 1–3 to PNG (`pdftoppm -png -r 60`) as docs/briefing-docx-1.png …
-3.png, and page 1 of briefing.pdf as docs/briefing-pdf.png.
`--from FOLDER --suffix before` takes an already rendered briefing folder instead and names the
first docx page docs/briefing-docx-before.png (how the README's "before" was made).

LibreOffice cannot fit a 16 pt character into the 15.79 pt cells of the shipped 28-per-line
grid (it gives each character two cells), so for these pictures only the grid's character
pitch is set to 16 pt (27 characters a line); Word and WPS lay the shipped grid out at 28.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
LEDGER = ROOT / "tests" / "ledgers" / "c01_basic.xlsx"
AS_OF = "2024-11-15"
UNIT = "区民政局"  # the ledger names no unit: without one the title would have none either
PAGES = 3

sys.path.insert(0, str(DOCS))
from draft_notice_images import grid_for_libreoffice  # noqa: E402


def render(out: Path) -> Path:
    """Render the ledger's briefing into out; the folder holding briefing.docx."""
    analysis = Path(sys.executable).with_name("analysis")
    subprocess.run(
        [
            *(str(analysis), "-q", "render", str(LEDGER), "--unit", UNIT),
            *("--as-of", AS_OF, "--out", str(out)),
        ],
        check=True,
    )
    return next(out.rglob("briefing.docx")).parent


def pages(pdf: Path, last: int, prefix: Path) -> list[Path]:
    """Pages 1..last of pdf as PNG files at 60 dpi."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-l", str(last), str(pdf), str(prefix)], check=True
    )
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def docx_pages(docx: Path, tmp: Path) -> list[Path]:
    """briefing.docx as LibreOffice lays it out, pages 1..PAGES as PNG."""
    shown = tmp / "shown.docx"
    grid_for_libreoffice(docx, shown)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(shown)],
        check=True,
        capture_output=True,
    )
    return pages(tmp / "shown.pdf", PAGES, tmp / "docx")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="folder", type=Path, help="a rendered briefing folder")
    parser.add_argument("--suffix", default="", help="'before': name the images *-before.png")
    args = parser.parse_args(argv)
    if not shutil.which("soffice") or not shutil.which("pdftoppm"):
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        folder = args.folder or render(tmp / "out")
        docx = docx_pages(folder / "briefing.docx", tmp)
        pdf = pages(folder / "briefing.pdf", 1, tmp / "pdf")
        if args.suffix:
            targets = {docx[0]: f"briefing-docx-{args.suffix}.png"}
            targets[pdf[0]] = f"briefing-pdf-{args.suffix}.png"
        else:
            targets = {p: f"briefing-docx-{n}.png" for n, p in enumerate(docx, start=1)}
            targets[pdf[0]] = "briefing-pdf.png"
        for source, target in targets.items():
            shutil.copyfile(source, DOCS / target)
            print(f"wrote docs/{target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
