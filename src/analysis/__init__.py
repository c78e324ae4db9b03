"""Turn party-inspection rectification records (巡察整改) into leadership briefings."""

from .errors import LedgerError, NoticeError, Problem
from .ledger import Ledger, ingest_notice, write_ledger
from .load import load_ledger

__all__ = [
    "Ledger",
    "LedgerError",
    "NoticeError",
    "Problem",
    "ingest_notice",
    "load_ledger",
    "write_ledger",
]
__version__ = "0.1.0"
