"""How commands print: JSON with Chinese left readable, tables lined up."""

from __future__ import annotations

import json
import math


def to_jsonable(value: object) -> object:
    """Plain JSON values: NaN, NaT and NA to null, timestamps to ISO dates, numpy scalars to Python."""
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    import pandas as pd

    if pd.api.types.is_scalar(value) and pd.isna(value):  # NaT, pd.NA, numpy NaN
        return None
    if hasattr(value, "isoformat"):
        try:
            return value.date().isoformat() if hasattr(value, "date") else value.isoformat()
        except ValueError:
            return None
    if hasattr(value, "item"):
        return to_jsonable(value.item())
    return str(value)


def print_json(obj: object) -> None:
    """Print one JSON object, Chinese left readable."""
    print(json.dumps(to_jsonable(obj), ensure_ascii=False, indent=2))


def print_table(frame) -> None:
    """Print a DataFrame as text, its columns lined up under Chinese headers and cells."""
    import pandas as pd

    with pd.option_context("display.unicode.east_asian_width", True, "display.width", None):
        print(frame.to_string(index=False))
