"""The command line's help and messages.

Each entry: key -> (Chinese, English); str.format fields in braces.
"""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {}
