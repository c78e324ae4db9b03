"""Personal data stays in: a roster's names, ID numbers and phone numbers appear in no file a
render writes (HTML, notebooks, failed notebook, images, workbooks, deck) and not on stderr."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from conftest import BIRTHS, EDUCATION, POLITICS

from analysis.figures.delegates import roster_figures
from analysis.paths import REPO_ROOT

SURNAMES = ["东方", "欧阳", "司马", "上官", "诸葛"]
GIVEN = ["凤霞", "秀英", "桂兰", "玉珍"]
NAMES = [f"{SURNAMES[i % 5]}{GIVEN[i // 5]}" for i in range(20)]
IDS = [f"33010519{80 + i % 10}0{1 + i % 9}1{i % 10}00{i:02d}" for i in range(20)]
PHONES = [f"138{i:02d}57{i:02d}913" for i in range(20)]
HEADER = ["姓名", "身份证号", "联系电话", "民族", "出生年月", "政治面貌", "学历", "代表类别"]
HEADER += ["是否基层一线"]


def roster_rows() -> list[list[str]]:
    return [
        [
            NAMES[i],
            IDS[i],
            PHONES[i],
            "回族" if i in (3, 7) else "汉族",
            BIRTHS[i],
            POLITICS[i],
            EDUCATION[i],
            "各行各业劳动妇女和知识女性中的优秀代表" if i < 14 else "妇女干部",
            "是" if i < 12 else "否",
        ]
        for i in range(20)
    ]


def write_roster(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


def needles() -> list[bytes]:
    """Every personal value, as UTF-8 and as JSON's ASCII escape."""
    out = []
    for value in NAMES + IDS + PHONES + ["凤霞推荐"]:
        out += [value.encode(), json.dumps(value)[1:-1].encode()]
    return sorted(set(out))


def contents(path: Path) -> list[tuple[str, bytes]]:
    """A file's bytes, and for zip files (xlsx, pptx and what they embed) every part's."""
    data = path.read_bytes()
    if not zipfile.is_zipfile(path):
        return [(str(path), data)]
    return list(_parts(data, str(path)))


def _parts(data: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for part in z.namelist():
            blob = z.read(part)
            if part.endswith((".xlsx", ".zip")):
                yield from _parts(blob, f"{name}!{part}")
            else:
                yield f"{name}!{part}", blob


def leaks(folder: Path, stderr: bytes) -> list[str]:
    found = []
    items = [("stderr", stderr)] + [
        item for p in folder.rglob("*") if p.is_file() for item in contents(p)
    ]
    for where, blob in items:
        found += [f"{where}: {n.decode()}" for n in needles() if n in blob]
    return found


def cli_render(roster: Path, out: Path) -> subprocess.CompletedProcess:
    args = ["render", "--out", str(out), "-p", "as_of", "2024-06-30"]
    args += ["-p", "roster_path", str(roster)]
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], cwd=REPO_ROOT, capture_output=True
    )


@pytest.fixture(scope="module")
def renders(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("privacy")
    good = write_roster(tmp / "good.csv", roster_rows())
    rows = roster_rows()
    rows[4][4] = IDS[4]  # an ID number typed into the birth column
    rows[6][8] = "东方凤霞推荐"  # a name typed into the yes/no column
    broken = write_roster(tmp / "broken.csv", rows)
    return cli_render(good, tmp / "good"), cli_render(broken, tmp / "broken"), tmp


def test_roster_values_appear_in_no_output_and_no_message(renders):
    good, broken, tmp = renders
    assert good.returncode == 0, good.stderr.decode()[-2000:]
    assert broken.returncode != 0
    written = [p.name for p in (tmp / "good").rglob("*") if p.is_file()]
    assert {"briefing.html", "briefing.ipynb", "briefing.pptx", "summary.xlsx"} <= set(written)
    assert any(p.endswith(".svg") for p in written) and any(p.endswith(".png") for p in written)
    failed = list((tmp / "broken").rglob("*.failed.ipynb"))
    assert failed, "the broken roster's render keeps its failed notebook"
    text = failed[0].read_text(encoding="utf-8") + broken.stderr.decode()
    assert "出生年月" in text and "是否基层一线" in text  # the problems are still named
    assert leaks(tmp / "good", good.stderr) == []
    assert leaks(tmp / "broken", broken.stderr) == []


def test_suppressed_groups_reveal_nothing_derived():
    frame = pd.DataFrame(
        {
            "ethnicity": ["汉族"] * 18 + ["回族"] * 2,
            "birth": pd.to_datetime(["1985-03-01"] * 20),
            "politics": ["群众"] * 20,
            "education": ["本科"] * 20,
            "category": ["妇女干部"] * 20,
            "grassroots": [True] * 20,
        }
    )
    ledger = type("L", (), {})()
    ledger.delegates = pd.DataFrame(
        {"indicator": ["ethnic_minority"], "threshold": [0.05], "quantified": [True]}
    )
    r = roster_figures(frame, ledger, as_of="2024-06-30").set_index("indicator")
    row = r.loc["ethnic_minority"]
    assert row["suppressed"]
    assert pd.isna(row["count"]) and pd.isna(row["ratio"]) and pd.isna(row["met"])
