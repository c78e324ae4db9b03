"""Remake the README's page images of the draft notice of the bundled ledger.

`python docs/draft_notice_images.py`: drafts 通报草稿.docx from data/ledger.xlsx into a
temporary folder, converts it to PDF with LibreOffice (`soffice --headless --convert-to pdf`)
and each of the first pages to PNG at 60 dpi (`pdftoppm -png -r 60`), as
docs/draft-notice-1.png, docs/draft-notice-2.png, …

LibreOffice cannot fit a 16 pt character into the 15.79 pt cells of the shipped 28-per-line
grid (it gives each character two cells), so for these pictures only the grid's character
pitch is set to 16 pt (27 characters a line), as for the briefing's picture; Word and WPS lay
the shipped grid out at 28.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from analysis.export.notice_docx import write_notice_docx
from analysis.present.notice_draft import draft_notice
from analysis.read.load import load_ledger

DOCS = Path(__file__).resolve().parent
PAGES = 2
NAME = "draft-notice-{n}.png"


def grid_for_libreoffice(docx: Path, out: Path) -> None:
    """A copy of docx whose character grid LibreOffice lays out one character a cell."""
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(rb'w:charSpace="-?\d+"', b'w:charSpace="0"', data)
            dst.writestr(item, data)


def main() -> int:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docx = write_notice_docx(draft_notice(load_ledger()), folder / "draft.docx")
        shown = folder / "notice.docx"
        grid_for_libreoffice(docx, shown)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(shown)],
            check=True,
            capture_output=True,
        )
        prefix = folder / "page"
        subprocess.run(
            [
                pdftoppm,
                "-png",
                "-r",
                "60",
                "-l",
                str(PAGES),
                str(folder / "notice.pdf"),
                str(prefix),
            ],
            check=True,
        )
        for n, page in enumerate(sorted(folder.glob("page-*.png")), start=1):
            target = DOCS / NAME.format(n=n)
            shutil.copyfile(page, target)
            print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
