"""What `analysis ingest --json` prints: the notice as read, in one object."""

from __future__ import annotations

from analysis.figures.summary import declared
from analysis.model.ledger import Ledger


def notice_json(ledger: Ledger) -> dict:
    """unit, publication date (and where it came from), dates, declared totals, findings with
    their measures, tallies, warnings. Unknown unit or date is null, with a warning saying why."""
    measures = ledger.measures
    findings = []
    for f in ledger.findings.itertuples():
        own = measures[measures["finding_number"] == f.number]
        findings.append(
            {
                "number": f.number,
                "aspect": f.aspect,
                "title": f.title,
                "status": f.status,
                "measures": [
                    {
                        "marker": m.marker,
                        "heading": m.heading,
                        "text": m.text,
                        "enumerated": m.enumerated,
                    }
                    for m in own.itertuples()
                ],
            }
        )
    events = ledger.events
    return {
        "unit": ledger.meta.get("unit"),
        "published": ledger.meta.get("published"),
        "published_from": ledger.meta.get("published_from"),
        # metadata (the page's 发布时间 …), title (a date under it) or signature (落款)
        "published_source": ledger.meta.get("published_source"),
        "unit_full": ledger.meta.get("unit_full"),
        "source_file": ledger.meta.get("source_file"),
        "dates": [
            {
                "date": e.date,
                "precision": e.precision,
                "year_inferred": e.year_inferred,
                "kind": e.kind,
                "description": e.description,
            }
            for e in events.itertuples()
        ],
        "declared": declared(ledger),
        "declared_totals": _declared_totals(ledger),
        "findings": findings,
        "tallies": ledger.tallies.drop(columns=["source_file", "source_row"]).to_dict("records"),
        "warnings": list(ledger.warnings),
    }


def _declared_totals(ledger: Ledger) -> list[dict]:
    """Each declared total as stated: figure, value, the count's words and its sentence."""
    return [
        {
            "figure": r.figure,
            "value": None if r.value is None else float(r.value),
            "phrase": r.phrase,
            "role": None if r.role is None or r.role != r.role else r.role,
            "mention": None if r.mention is None or r.mention != r.mention else int(r.mention),
            "sentence": r.source_text,
        }
        for r in ledger.declared.itertuples()
    ]
