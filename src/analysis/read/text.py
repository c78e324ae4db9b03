"""Get the plain text of a notice from .txt, saved web pages (.html) or .docx."""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

from analysis.model.errors import AccessError, LedgerError, NoticeError, Problem
from analysis.read.kind import check_input

#: Byte-order marks, longest first (a UTF-32 LE mark starts like a UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: What charset-normalizer chooses among when the bytes are not UTF-8 (GBK is within GB18030).
DETECTED = ("utf_16_le", "utf_16_be", "gb18030", "big5")


class UndecodableText(ValueError):
    """Bytes that are no text in any encoding offices use."""


def decode(data: bytes) -> str:
    """Decode text bytes: a byte-order mark, then strict UTF-8, then detection.

    Detection (charset-normalizer) picks among UTF-16 without a mark, GBK/GB18030 and Big5
    by which reads as text; trying gb18030 first would take Big5 bytes for gibberish.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECTED)).best()
    if best is None:
        raise UndecodableText("cannot tell the text encoding")
    return str(best)


def decode_file(path: Path | str) -> str:
    """A text file's text (see decode); a file that cannot be read or is no text is the
    user's to fix, located by its name."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AccessError.of_os(exc, path) from exc
    try:
        return decode(data)
    except UndecodableText:
        raise AccessError([Problem(path.name, code="text.undecodable")]) from None


def read_notice_text(path: Path | str) -> str:
    """The notice's text, with one paragraph per line for HTML and Word files."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xls", ".csv"):
        raise NoticeError([Problem(path.name, code="notice_is_a_table")])
    try:  # the same reason for the same bad file, whatever command reads it
        check_input(path)
    except LedgerError as exc:
        raise NoticeError(exc.problems) from None
    if suffix in (".html", ".htm", ".shtml"):
        text = html_text(decode_file(path))
    elif suffix == ".docx":
        text = docx_text(path)
    else:
        text = decode_file(path)
    return strip_pronunciation(text)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_READING_RE = re.compile(rf"(?<=[\u3400-\u9fff])\((?:[a-zü{_TONED}]{{1,6}})\)")
_MIN_READINGS = 3


def strip_pronunciation(text: str, always: bool = False) -> str:
    """Remove readings inserted after characters, as in 據(jù) → 據.

    Some mirrored pages print a pinyin reading after every rarer character. Only a text with
    several tone-marked readings is cleaned (or any, with always), so that an ordinary '(a)'
    stays.
    """
    found = _READING_RE.findall(text)
    if not always and sum(any(c in _TONED for c in r) for r in found) < _MIN_READINGS:
        return text
    return _READING_RE.sub("", text)


def html_text(html: str) -> str:
    """Visible text of a web page, block elements on their own lines."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "head"]):
        tag.decompose()
    root = soup.find(class_=_looks_like_content) or soup.body or soup
    lines = (line.strip() for line in root.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


def _looks_like_content(classes: object) -> bool:
    names = classes if isinstance(classes, list) else [classes] if classes else []
    return any(
        any(k in str(n).lower() for k in ("content", "article", "zoom", "text")) for n in names if n
    )


def docx_text(path: Path) -> str:
    """Text of a Word document in reading order: one line per paragraph, tables as tables.

    A table row becomes one line of its cells joined by tabs (a merged cell once), so a
    problem table keeps its rows and columns instead of running into the paragraphs.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise NoticeError([Problem(path.name, code="file_not_docx")]) from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines += table_lines(block)
    return "\n".join(line.strip() for line in lines if line.strip())


def table_lines(table: object) -> list[str]:
    """One tab-separated line per row of a Word table; merged cells are given once."""
    lines = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        lines.append("\t".join(cells))
    return lines
