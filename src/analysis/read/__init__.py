"""Reading what offices have (notices, ledgers, rosters) into a `Ledger`."""
