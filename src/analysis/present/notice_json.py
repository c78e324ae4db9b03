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
