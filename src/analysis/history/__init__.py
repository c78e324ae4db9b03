"""The kept history of ledger versions: a DuckDB file of snapshots per unit, and what
changed between them. Reads ledgers through analysis.read; used by rendering/ and cli/."""
