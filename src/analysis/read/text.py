"""Get the plain text of a notice from .txt, saved web pages (.html) or .docx."""

from __future__ import annotations

from pathlib import Path

from analysis.model.errors import NoticeError

ENCODINGS = ("utf-8-sig", "gb18030", "big5")


def decode(data: bytes) -> str:
    """Decode notice bytes: UTF-8 first, then the Chinese encodings offices use."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read_notice_text(path: Path | str) -> str:
    """The notice's text, with one paragraph per line for HTML and Word files."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".shtml"):
        return html_text(decode(path.read_bytes()))
    if suffix == ".docx":
        return docx_text(path)
    if suffix in (".xlsx", ".xls", ".csv"):
        raise NoticeError(f"{path.name}: a table, not a notice; use load_ledger for ledgers")
    return decode(path.read_bytes())


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
        n and any(k in n.lower() for k in ("content", "article", "zoom", "text")) for n in names
    )


def docx_text(path: Path) -> str:
    """Paragraph text of a Word document, one paragraph per line (tables included)."""
    import docx

    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(line.strip() for line in lines if line.strip())
