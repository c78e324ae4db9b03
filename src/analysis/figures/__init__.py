"""The briefing's figures, computed from a `Ledger` (no text, no drawing)."""
