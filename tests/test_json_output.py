"""--json prints plain JSON: a missing value is null, whatever pandas calls it."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from analysis.cli import main
from analysis.cli.output import to_jsonable
from analysis.paths import REPO_ROOT

NOTICE = REPO_ROOT / "tests" / "notices" / "n01_nested_aspects.txt"


def test_missing_values_of_every_kind_are_null():
    row = {
        "nat": pd.NaT,
        "na": pd.NA,
        "nan": float("nan"),
        "np_nan": np.float64("nan"),
        "date": pd.Timestamp("2024-03-01"),
        "count": np.int64(3),
        "flag": np.bool_(True),
    }
    assert to_jsonable([row]) == [
        {
            "nat": None,
            "na": None,
            "nan": None,
            "np_nan": None,
            "date": "2024-03-01",
            "count": 3,
            "flag": True,
        }
    ]


def test_rollup_json_has_null_for_a_missing_publication_date(capsys):
    assert main(["rollup", str(NOTICE), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["published"] is None and row["feedback"] == "2023-12-15"
    assert row["days_feedback_to_publication"] is None
