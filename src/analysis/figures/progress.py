"""Progress between two ledger versions, for many units at once (vectorised).

Items are the same item when their 序号 matches within the unit and the text is the same
or only slightly edited. Text changed beyond small edits under one 序号 counts as removed
plus added (with a warning); items left unmatched are then paired by text similarity, which
catches renumbered ledgers (with a warning). Overdue is judged at each version's own date.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

#: The five kinds of change, in the order reports list them.
CHANGES = ("newly_completed", "newly_overdue", "moved_back", "added", "removed")
#: Same 序号: text at least this similar is the same item (small edits).
EDIT_SIMILARITY = 0.6
#: Different 序号: text at least this similar is the same item, renumbered.
RENUMBER_SIMILARITY = 0.8
ITEM_COLUMNS = ["unit", "number", "label", "title", "status", "overdue"]
TREND_COLUMNS = ["as_of", "findings", "completed", "open", "overdue", "completion_rate"]


@dataclass
class UnitProgress:
    """One unit's progress since its previous report: the changed items and the trend."""

    unit: str
    start: pd.Timestamp  # as-of date of the previous version
    end: pd.Timestamp  # as-of date of this version
    changes: pd.DataFrame  # changes_between: change, label, number, title, before, after
    trend: pd.DataFrame  # TREND_COLUMNS, one row per version, oldest first
    source: str = ""  # where the earlier versions are kept (for the source note)
    warnings: list[dict] = field(default_factory=list)

    def count(self, change: str) -> int:
        """How many items changed this way."""
        return int(self.changes["change"].eq(change).sum())


def items(findings: pd.DataFrame, unit: str, as_of: object) -> pd.DataFrame:
    """A ledger's findings as comparable items (ITEM_COLUMNS), overdue judged at as_of."""
    label = findings["label"] if "label" in findings else pd.Series(pd.NA, index=findings.index)
    number_text = findings["number"].astype("string")
    return pd.DataFrame(
        {
            "unit": unit,
            "number": findings["number"],
            "label": label.fillna(number_text),
            "title": findings["title"],
            "status": findings["status"].astype("string"),
            "overdue": overdue_at(findings, pd.Timestamp(as_of)),
        }
    )


def version_row(findings: pd.DataFrame, as_of: object) -> dict:
    """One trend row (TREND_COLUMNS) for a ledger version."""
    done = int(findings["status"].eq("completed").sum())
    n = len(findings)
    return {
        "as_of": pd.Timestamp(as_of),
        "findings": n,
        "completed": done,
        "open": n - done,
        "overdue": int(overdue_at(findings, pd.Timestamp(as_of)).sum()),
        "completion_rate": done / n if n else None,
    }


def overdue_at(findings: pd.DataFrame, as_of: pd.Series | object) -> pd.Series:
    """Deadline before the version's as-of date, not completed, not long-term."""
    open_ = findings["status"].ne("completed").fillna(True).astype(bool)
    long_term = findings["long_term"].fillna(False).astype(bool) | findings["status"].eq(
        "long_term"
    ).fillna(False).astype(bool)
    late = (findings["deadline"] < as_of).fillna(False).astype(bool)
    return late & open_ & ~long_term


def _norm(text: pd.Series) -> pd.Series:
    """Text compared without white space, full-width forms or trailing punctuation."""
    plain = text.astype("string").fillna("").str.normalize("NFKC")
    return plain.str.replace(r"[\s。；;，,、.]+", "", regex=True)


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0..1 (difflib's ratio)."""
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def match_items(before: pd.DataFrame, after: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Pairs of (before, after) items per unit; unmatched items have the other side missing.

    Both frames carry ITEM_COLUMNS. Returns the pairs (columns suffixed _b and _a, plus unit)
    and warnings as dicts {code, unit, before, after}.
    """
    b = before[ITEM_COLUMNS].assign(key=_norm(before["title"]))
    a = after[ITEM_COLUMNS].assign(key=_norm(after["title"]))
    pairs = b.merge(a, on=["unit", "number"], how="outer", suffixes=("_b", "_a"))
    pairs["number_b"] = pairs["number"].where(pairs["label_b"].notna())
    pairs["number_a"] = pairs["number"].where(pairs["label_a"].notna())
    both = pairs["label_b"].notna() & pairs["label_a"].notna()
    differs = both & pairs["key_b"].ne(pairs["key_a"])
    ratio = pd.Series(1.0, index=pairs.index)
    ratio[differs] = [
        similarity(x, y)
        for x, y in zip(pairs.loc[differs, "key_b"], pairs.loc[differs, "key_a"], strict=True)
    ]
    split = differs & (ratio < EDIT_SIMILARITY)
    warnings = [
        {"code": "history_text_changed", "unit": u, "before": lb, "after": la}
        for u, lb, la in pairs.loc[split, ["unit", "label_b", "label_a"]].itertuples(index=False)
    ]
    matched = pairs[~split & both]
    lone_b = pd.concat([pairs[split], pairs[pairs["label_a"].isna()]])[_side("b")]
    lone_a = pd.concat([pairs[split], pairs[pairs["label_b"].isna()]])[_side("a")]
    renumbered, lone_b, lone_a = _match_by_text(lone_b, lone_a)
    warnings += [
        {"code": "history_renumbered", "unit": u, "before": lb, "after": la}
        for u, lb, la in renumbered[["unit", "label_b", "label_a"]].itertuples(index=False)
    ]
    out = pd.concat([matched, renumbered, lone_b, lone_a], ignore_index=True)
    return out.drop(columns=["number", "key_b", "key_a"], errors="ignore"), warnings


def _side(s: str) -> list[str]:
    return [
        "unit",
        f"number_{s}",
        f"label_{s}",
        f"title_{s}",
        f"status_{s}",
        f"overdue_{s}",
        f"key_{s}",
    ]


def _match_by_text(
    lone_b: pd.DataFrame, lone_a: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Pair items left over on each side by their text: identical first, then similar."""
    exact = lone_b.merge(lone_a, left_on=["unit", "key_b"], right_on=["unit", "key_a"])
    exact = exact.drop_duplicates(["unit", "label_b"]).drop_duplicates(["unit", "label_a"])
    similar = _similar_pairs(_without(lone_b, exact, "b"), _without(lone_a, exact, "a"))
    paired = pd.concat([exact, similar], ignore_index=True)
    left_b, left_a = _without(lone_b, paired, "b"), _without(lone_a, paired, "a")
    return paired, left_b, left_a


def _without(items: pd.DataFrame, paired: pd.DataFrame, s: str) -> pd.DataFrame:
    """The items whose (unit, label) is not among the paired ones on side s."""
    cols = ["unit", f"label_{s}"]
    taken = (
        pd.MultiIndex.from_frame(paired[cols])
        if len(paired)
        else pd.MultiIndex.from_tuples([], names=cols)
    )
    return items[~pd.MultiIndex.from_frame(items[cols]).isin(taken)]


def _similar_pairs(rest_b: pd.DataFrame, rest_a: pd.DataFrame) -> pd.DataFrame:
    """Greedy best pairs above RENUMBER_SIMILARITY, within each unit having leftovers on both sides."""
    rows = []
    units = set(rest_b["unit"]) & set(rest_a["unit"])
    for unit in units:
        bs = rest_b[rest_b["unit"] == unit]
        as_ = rest_a[rest_a["unit"] == unit]
        scores = np.array([[similarity(x, y) for y in as_["key_a"]] for x in bs["key_b"]])
        while scores.size and scores.max() >= RENUMBER_SIMILARITY:
            i, j = np.unravel_index(scores.argmax(), scores.shape)
            rows.append({**bs.iloc[i].to_dict(), **as_.iloc[j].drop("unit").to_dict()})
            scores[i, :] = -1
            scores[:, j] = -1
    return pd.DataFrame(rows, columns=_side("b") + _side("a")[1:])


def changes_between(before: pd.DataFrame, after: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Per unit, each item that changed: unit, change, label (序号 as written), title, before, after.

    before/after carry ITEM_COLUMNS (overdue judged at each version's date). Newly overdue
    counts only items present in both versions; an added item shows as added.
    """
    pairs, warnings = match_items(before, after)
    has_b, has_a = pairs["label_b"].notna(), pairs["label_a"].notna()
    done_b = pairs["status_b"].eq("completed").fillna(False).astype(bool)
    done_a = pairs["status_a"].eq("completed").fillna(False).astype(bool)
    both = has_b & has_a
    late_b = pairs["overdue_b"].fillna(False).astype(bool)
    late_a = pairs["overdue_a"].fillna(False).astype(bool)
    kinds = {
        "newly_completed": both & done_a & ~done_b,
        "newly_overdue": both & late_a & ~late_b,
        "moved_back": both & done_b & ~done_a,
        "added": has_a & ~has_b,
        "removed": has_b & ~has_a,
    }
    parts = []
    for change, mask in kinds.items():
        p = pairs[mask]
        parts.append(
            pd.DataFrame(
                {
                    "unit": p["unit"],
                    "change": change,
                    "label": p["label_a"].fillna(p["label_b"]),
                    "number": p["number_a"].fillna(p["number_b"]),
                    "title": p["title_a"].fillna(p["title_b"]),
                    "before": p["status_b"],
                    "after": p["status_a"],
                }
            )
        )
    out = pd.concat(parts, ignore_index=True)
    order = out["change"].map({c: i for i, c in enumerate(CHANGES)})
    out = out.assign(_o=order).sort_values(["unit", "_o", "number", "label"], kind="stable")
    return out.drop(columns=["_o"]).reset_index(drop=True), warnings


def trend_records(stats: pd.DataFrame) -> list[dict]:
    """Snapshots as report rows: as_of (ISO), findings, completed, open, overdue, rate (4 places)."""
    rate = stats["completion_rate"].astype("float64").round(4)
    frame = pd.DataFrame(
        {
            "as_of": stats["as_of"].dt.strftime("%Y-%m-%d"),
            "findings": stats["findings"].astype("int64"),
            "completed": stats["completed"].astype("int64"),
            "open": stats["open"].astype("int64"),
            "overdue": stats["overdue"].astype("int64"),
            "completion_rate": rate.astype(object).where(rate.notna(), None),
        }
    )
    return frame.to_dict("records")
