"""What a file really is, told from its first bytes, and the one check every reader makes first.

An office's file often is not what its name says: an Excel workbook saved as `.csv`, a CSV
renamed `.xlsx`, an OA system's web-page export named `.xls`, a workbook with a password
(an OLE compound file holding EncryptionInfo and EncryptedPackage streams), a zip that holds
no workbook. Every command that reads a file calls `check_input` before anything parses it,
so the same bad file gets the same located reason whatever command read it.
"""

from __future__ import annotations

import errno
import os
import re
import zipfile
from pathlib import Path

from analysis.model.errors import AccessError, LedgerError, Problem

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
#: The stream names an encrypted Office file's OLE directory holds (UTF-16LE, as stored).
ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_HTML = re.compile(rb"^\s*(?:<!doctype html|<html|<table|<meta|<head|<\?xml[^>]*>\s*<html)", re.I)
HEAD = 4096

#: What each suffix should hold; the kinds are those `kind_of` tells apart.
EXPECTED = {
    ".xlsx": ("xlsx", "damaged"),  # a damaged one: its reader says what it could not read
    ".xlsm": ("xlsx", "damaged"),
    ".xls": ("ole", "html"),  # an OA system's web-page export is read as the table it holds
    ".ods": ("ods",),
    ".csv": ("text",),
    ".tsv": ("text",),
    ".docx": ("docx", "damaged"),
    ".txt": ("text",),
    ".html": ("html", "text"),
    ".htm": ("html", "text"),
    ".shtml": ("html", "text"),
}


def check_input(path: Path) -> str:
    """The file's kind after checking that it can be read and is what its suffix says;
    otherwise a located error saying what it really is (or why it cannot be opened)."""
    require_readable(path)
    kind = kind_of(path)
    expected = EXPECTED.get(path.suffix.lower())
    if expected is None or kind in expected:
        return kind
    raise LedgerError([problem_for(path, kind)])


def require_readable(path: Path) -> None:
    """An existing, readable file: missing, a folder, a symbolic-link loop or no read
    permission each get their own message."""
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise LedgerError([Problem(str(path), code="os.ENOENT")]) from None
        raise AccessError.of_os(exc, path) from None
    if os.path.isdir(path) or (info.st_mode & 0o170000) == 0o040000:
        raise LedgerError([Problem(str(path), code="os.EISDIR")])
    try:
        with open(path, "rb") as f:
            f.read(1)
    except PermissionError:
        raise AccessError([Problem(str(path), code="file_no_read")]) from None
    except OSError as exc:
        raise AccessError.of_os(exc, path) from None


def kind_of(path: Path) -> str:
    """xlsx, docx, ods, zip (none of those), damaged (a zip that cannot be opened),
    encrypted, ole, html, empty or text."""
    with open(path, "rb") as f:
        head = f.read(HEAD)
    if not head.strip():
        return "empty"
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return "encrypted" if _encrypted(path) else "ole"
    if _HTML.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "damaged"
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    return "zip"


def _encrypted(path: Path) -> bool:
    """An OLE compound file whose directory names the encryption streams (a password-protected
    .xlsx/.docx is stored this way)."""
    data = path.read_bytes()
    return all(name in data for name in ENCRYPTED_STREAMS)


#: The message for a kind found where the suffix promised another.
KIND_CODES = {
    "encrypted": "file_encrypted",
    "empty": "file_empty",
    "zip": "file_zip_without_document",
    "damaged": "file_damaged_zip",
    "xlsx": "file_is_workbook",
    "ole": "file_is_old_office",
    "docx": "file_is_docx",
    "ods": "file_is_ods",
    "html": "file_is_web_page",
    "text": "file_is_text",
}


def problem_for(path: Path, kind: str) -> Problem:
    """The located reason for a file of this kind behind this suffix."""
    return Problem(path.name, code=KIND_CODES[kind], fields={"suffix": path.suffix.lower()})


def is_password_error(exc: Exception) -> bool:
    """Whether a reader's error says the file has a password (legacy .xls encryption)."""
    text = str(exc).lower()
    return "password" in text or "encrypt" in text
