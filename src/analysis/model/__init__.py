"""The data model: the typed `Ledger`, its table schema, and the errors users see."""
