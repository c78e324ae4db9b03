"""Score the notice reader on hand-labelled notices: facts right / facts labelled.

A labelled fact is the unit, the publication date, each declared total the label gives, and
the number of problem headings (null: none listed). Units are compared in simplified script
with inserted pronunciation removed, as the reader returns them.

Run `python -m tests.notice_facts [folder]` for the table.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from analysis import ingest_notice
from analysis.figures.summary import declared
from analysis.read.text import strip_pronunciation
from analysis.read.textnorm import normalise, to_simplified

REAL = Path(__file__).parent / "notices" / "real"
FIGURE = {"rate": "completion_rate"}


def labels(folder: Path = REAL) -> list[dict]:
    """The folder's labels (every expected*.yaml), one dict per notice."""
    out: list[dict] = []
    for path in sorted(folder.glob("expected*.yaml")):
        out += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return out


def same_unit(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str | None:
        return (
            None
            if s is None
            else to_simplified(normalise(strip_pronunciation(s, always=True))).strip()
        )

    return norm(a) == norm(b)


def problem_headings(ledger) -> int:
    """Problem headings listed: sub-problems of one problem count once."""
    f = ledger.findings
    return int(f["parent"].isna().sum() + f["parent"].dropna().nunique())


def score(label: dict, folder: Path = REAL) -> list[tuple[str, object, object, bool]]:
    """(fact, labelled, read, right) for each labelled fact of one notice."""
    ledger = ingest_notice(folder / label["file"])
    got = declared(ledger)
    rows = [
        ("unit", label.get("unit"), ledger.meta.get("unit"), None),
        ("published", label.get("published"), ledger.meta.get("published"), None),
    ]
    for key, want in (label.get("declared") or {}).items():
        read = got.get(FIGURE.get(key, key))
        rows.append((key, want, read, _close(want, read)))
    want_problems = label.get("problems") or 0
    rows.append(("problem_headings", want_problems, problem_headings(ledger), None))
    out = []
    for fact, want, read, right in rows:
        if right is None:
            if fact == "unit":
                right = same_unit(want, read)
            else:
                right = str(want) == str(read) if want is not None else read in (None, 0)
        out.append((fact, want, read, right))
    return out


def _close(want: object, read: object) -> bool:
    if want is None or read is None:
        return want is read
    return abs(float(want) - float(read)) < 1e-3


def table(folder: Path = REAL) -> list[dict]:
    """One row per notice: unit, kind, numbering, facts labelled, facts right, wrong facts."""
    rows = []
    for label in labels(folder):
        facts = score(label, folder)
        rows.append(
            {
                "file": label["file"],
                "unit": label.get("unit"),
                "kind": label.get("kind"),
                "numbering": "; ".join(label.get("numbering") or []) or "-",
                "labelled": len(facts),
                "right": sum(ok for *_, ok in facts),
                "wrong": [(f, w, r) for f, w, r, ok in facts if not ok],
            }
        )
    return rows


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else REAL
    rows = table(folder)
    print("| file | unit | kind | numbering | labelled | right |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(
            f"| {r['file']} | {r['unit']} | {r['kind']} | {r['numbering']} | {r['labelled']} | {r['right']} |"
        )
    for r in rows:
        for wrong in r["wrong"]:
            print("WRONG", r["file"], *wrong, file=sys.stderr)
    total, right = sum(r["labelled"] for r in rows), sum(r["right"] for r in rows)
    print(f"\nfacts right / facts labelled: {right} / {total} = {right / max(total, 1):.1%}")
