"""The briefing's key figures as one JSON-ready dict, and the reconciliation of
what a notice declares against what the ledger holds."""

from __future__ import annotations

import json
import re

import pandas as pd

from analysis.figures import completion, organisations
from analysis.figures.as_of import resolve_as_of
from analysis.figures.measures import measure_counts
from analysis.model.ledger import Ledger
from analysis.model.schema import DECLARED_FIGURES, STATUSES

RATE_TOLERANCE = 0.0005


def declared(ledger: Ledger) -> dict[str, float | int | None]:
    """Declared totals (first mention of each); null where the source does not say."""
    out: dict[str, float | int | None] = {}
    for figure in DECLARED_FIGURES:
        value = ledger.declared_value(figure)
        out[figure] = value if figure == "completion_rate" or value is None else int(value)
    out["in_progress"] = _in_progress(ledger)
    return out


def _in_progress(ledger: Ledger) -> int | None:
    """In progress as declared: 正在整改, 基本完成 and 阶段性完成 added up within one sentence."""
    rows = ledger.declared[ledger.declared["figure"] == "in_progress"]
    if rows.empty:
        return None
    first = rows["span_start"].iloc[0]
    same = rows[rows["span_start"] == first] if pd.notna(first) else rows.iloc[:1]
    return int(same["value"].sum())


def reconciliation(ledger: Ledger) -> pd.DataFrame:
    """Each declared figure the ledger can also count, side by side, and whether they agree."""
    findings = ledger.findings
    stated = declared(ledger)
    counts = findings["status"].value_counts()
    ledger_values = {
        "problems": len(findings),
        "completed": int(counts.get("completed", 0)),
        "in_progress": int(counts.get("in_progress", 0)),
        "long_term": int(counts.get("long_term", 0)),
        "not_completed": int(len(findings) - counts.get("completed", 0)),
        "completion_rate": completion.completion_rate(findings),
    }
    rows = []
    known = len(findings) and findings["status"].notna().any()
    for figure, value in ledger_values.items():
        if stated.get(figure) is None or not len(findings):
            continue
        if figure != "problems" and not known:
            continue  # the source does not say which items are done: nothing to count
        rows.append(_row(figure, stated[figure], value, "ledger"))
    rate, done = stated["completion_rate"], stated["completed"]
    total = stated["problems"] or stated["tasks"]
    if rate is not None and done is not None and total:
        rows.append(_row("completion_rate", rate, done / total, "declared counts"))
    return pd.DataFrame(
        rows, columns=["figure", "declared", "ledger", "basis", "agrees"], dtype=object
    )


def _row(figure: str, stated: float | None, counted: float | None, basis: str) -> dict:
    if figure == "completion_rate":
        agrees = (
            counted is not None and stated is not None and abs(stated - counted) <= RATE_TOLERANCE
        )
    else:
        agrees = counted == stated
    return {
        "figure": figure,
        "declared": stated,
        "ledger": counted,
        "basis": basis,
        "agrees": bool(agrees),
    }


def status_from_total(ledger: Ledger) -> bool:
    """True when the statuses were taken from the declared totals (so not independent of them)."""
    basis = ledger.findings["status_basis"].fillna("").astype(str)
    return bool(basis.str.startswith("declared total").any())


def findings_figures(ledger: Ledger, as_of: object = None) -> dict:
    """Counts by status, overdue as of a date, and the completion rate."""
    f = ledger.findings
    counts = f["status"].value_counts()
    known = completion.status_known(ledger.meta)
    out: dict[str, object] = {
        "total": len(f),
        **{s: int(counts.get(s, 0)) if known else None for s in STATUSES},
    }
    out["unknown"] = int(f["status"].isna().sum()) if known else None
    out["overdue"] = int(completion.overdue_mask(f, as_of).sum()) if known else None
    out["completion_rate"] = completion.completion_rate(f) if known else None
    out["with_deadline"] = int(f["deadline"].notna().sum())
    out["status_known"] = known  # False: a plan without statuses; completion not computed
    out["past_deadline"] = int(
        (f["deadline"].notna() & (f["deadline"] < completion.as_timestamp(as_of))).sum()
    )
    out["unrecognised_words"] = json.loads(ledger.meta.get("unrecognised") or "{}")
    out["dates_unread"] = int(ledger.meta.get("dates_unread") or 0)
    return out


def delegate_figures(ledger: Ledger) -> dict:
    """The congress's declared delegate structure: total and each indicator's lower bound."""
    d = ledger.delegates
    if d.empty:
        return {"congress": None, "total": None, "indicators": []}
    indicators = [
        {
            "name": r.indicator,
            "label": r.label,
            "comparator": r.comparator,
            "threshold": _num(r.threshold),
            "min_count": _num(r.min_count),
            "quantified": bool(r.quantified),
            "stated": stated_clause(str(r.label), str(r.source_text)),
        }
        for r in d.itertuples()
    ]
    return {
        "congress": d["congress"].iloc[0],
        "total": _num(d["total"].iloc[0]),
        "indicators": indicators,
    }


def stated_clause(label: str, sentence: str) -> str:
    """The notice's own words for one delegate indicator ('基层一线人员不低于70%').

    A notice reports the shares its delegates reached; quoting it keeps that meaning.
    Empty when the label is not found in the sentence.
    """
    at = sentence.find(label)
    if at < 0:
        return ""
    start = max(sentence.rfind(c, 0, at) for c in ",，;；。、") + 1
    share_end = re.search(r"%(?:以上)?(?!.*%)", sentence[start:at])  # a clause missing its comma
    if share_end:
        start += share_end.end()
    clause = re.split(r"[,，;；。]", sentence[start:])[0]
    share = re.match(r".*?\d+(?:\.\d+)?%(?:以上)?", clause[at - start :])
    return (clause[: at - start] + share.group(0)) if share else clause


def organisation_figures(ledger: Ledger) -> dict:
    """New organisations (deduplicated) by sector and by list, pilots by level, awards."""
    sectors = organisations.by_sector(ledger)
    return {
        "new": len(ledger.organisations),
        "by_sector": dict(zip(sectors["sector"], sectors["count"].tolist(), strict=True)),
        "by_list": organisations.by_list(ledger).to_dict("records"),
        "pilots_by_level": {
            r.level: int(r.count) for r in organisations.pilots_by_level(ledger).itertuples()
        },
        "awards": organisations.awards_by_kind(ledger).to_dict("records"),
    }


def measure_figures(ledger: Ledger) -> dict:
    """Measures counted from the ledger: enumerated (一是…) and not."""
    m = ledger.measures
    enumerated = m["enumerated"].fillna(False).astype(bool)
    return {
        "total": len(m),
        "enumerated": int(enumerated.sum()),
        "not_enumerated": int((~enumerated).sum()),
        "findings_with_measures": int(m["finding_number"].nunique()),
        "by_status": {s: int(n) for s, n in m["status"].value_counts().items() if n}
        if "status" in m
        else {},
        **_counted(ledger),
    }


def _counted(ledger: Ledger) -> dict:
    """The one count every output shows (see figures.measures): total, kind, not listed."""
    counts = measure_counts(ledger)
    return {"counted": counts.total, "kind": counts.kind, "not_listed": counts.unlisted}


def summary(ledger: Ledger, as_of: object = None) -> dict:
    """Every key figure of the briefing, computed from the ledger (JSON-ready).

    as_of None: the ledger's default (a notice's publication date; today for a ledger).
    """
    when, basis = resolve_as_of(ledger, as_of)
    return {
        "unit": ledger.unit,
        "ledger": ledger.meta.get("ledger_file") or ledger.meta.get("source_file"),
        "ledger_sha256": ledger.meta.get("ledger_sha256"),
        "as_of": when.date().isoformat(),
        "as_of_basis": basis,
        "findings": findings_figures(ledger, when),
        "declared": declared(ledger),
        "reconciliation": reconciliation(ledger).to_dict("records"),
        "status_from_total": status_from_total(ledger),
        "measures": measure_figures(ledger),
        "delegates": delegate_figures(ledger),
        "organisations": organisation_figures(ledger),
        "warnings": list(ledger.warnings),
    }


def _num(v: object) -> float | int | None:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    value = v.item() if hasattr(v, "item") else v
    return value if isinstance(value, int | float) else None
