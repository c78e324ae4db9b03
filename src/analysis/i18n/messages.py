"""Messages about inputs: what is wrong with a ledger, notice, roster or manifest.

Each entry: key -> (Chinese, English); str.format fields in braces.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {}
