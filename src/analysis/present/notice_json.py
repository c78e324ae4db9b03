"""What `analysis ingest --json` prints: the notice as read, in one object."""

from __future__ import annotations

from analysis.figures.summary import declared
from analysis.model.ledger import Ledger


def notice_json(ledger: Ledger) -> dict:
    """unit, dates, declared totals, findings with their measures, tallies, warnings."""
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
        "findings": findings,
        "tallies": ledger.tallies.drop(columns=["source_file", "source_row"]).to_dict("records"),
        "warnings": list(ledger.warnings),
    }
