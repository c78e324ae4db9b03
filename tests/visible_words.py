"""Words in the wrong language: Latin in Chinese text, Chinese in English text, the
ledger's own data (names, quoted sentences) and file names aside."""

from __future__ import annotations

import re

from analysis.model.ledger import Ledger

LATIN = re.compile(r"[A-Za-z]+")
FILE_NAME = re.compile(
    r"[\w.\-]+\.(?:txt|xlsx|xls|csv|yaml|yml|json|html?|pptx|docx|pdf|ipynb|duckdb)\b", re.I
)
HEX = re.compile(r"\b[0-9a-f]{16,}\b")
#: Allowed Latin in Chinese text besides file names: the checksum's name (SHA-256).
ALLOWED_LATIN = {"SHA"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def data_strings(ledger: Ledger) -> list[str]:
    """Every piece of text the ledger itself holds (longest first)."""
    found = {ledger.unit} | {str(v) for v in ledger.meta.values() if isinstance(v, str)}
    for table in ledger.tables.values():
        for col in table.columns:
            found |= {str(v) for v in table[col].dropna() if isinstance(v, str)}
    return sorted((s for s in found if s.strip()), key=len, reverse=True)


def foreign_words(texts: list[str], lang: str, data: list[str]) -> list[str]:
    """Words in the wrong language: Latin words in Chinese, Chinese characters in English."""
    bad: list[str] = []
    data_latin = {w for s in data for w in LATIN.findall(s)}
    for text in texts:
        if lang == "zh":
            text = HEX.sub(" ", FILE_NAME.sub(" ", text))
            bad += [
                w for w in LATIN.findall(text) if w not in ALLOWED_LATIN and w not in data_latin
            ]
        else:
            for s in data:
                text = text.replace(s, " ")
            bad += CJK.findall(text)
    return sorted(set(bad))


#: What a Chinese command line may show in Latin letters because the user types it or it
#: names a place: the program and its commands, options and their choices, quoted values,
#: paths, environment variables, a column as Excel names it (A列).
TYPED = re.compile(
    r"--?[A-Za-z][\w-]*|\banalysis(?: [a-z]+){0,2}|\{[\w,]+\}|'[^']*'|“[^”]*”"
    r"|(?:\.{0,2}/[^\s/：；，）]+)+/?|\$\w+|\b[A-Z]{1,3}(?=列)"
)
#: Names of formats, programs and the time zone, the same in Chinese.
NAMES = {
    "HTML",
    "Word",
    "PDF",
    "YAML",
    "JSON",
    "CSV",
    "csv",
    "Excel",
    "Python",
    "Chromium",
    "Jupyter",
    "UTC",
}


def command_line_words(text: str, data: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """Latin words in Chinese command-line output, besides what the user typed, paths,
    file names, format names and the ledger's own data."""
    text = HEX.sub(" ", FILE_NAME.sub(" ", TYPED.sub(" ", text)))
    for s in data:
        text = text.replace(s, " ")
    return [w for w in foreign_words([text], "zh", []) if w not in NAMES]
