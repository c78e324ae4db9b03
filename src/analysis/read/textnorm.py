"""Length-preserving text normalisation and Chinese numerals.

Every fact the package extracts from a notice keeps the character span of the
sentence it came from, so normalisation must never change the text's length:
each character maps to exactly one character.
"""

from __future__ import annotations

import re

_FULLWIDTH_OFFSET = 0xFEE0
_EXTRA = {
    "\u3000": " ",  # ideographic space
    "\u00a0": " ",
    "．": ".",
    "﹐": ",",
    "﹕": ":",
    "﹔": ";",
    "\ufffd": " ",  # replacement character left by broken encodings
}

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "[零〇一二两三四五六七八九十百千]+"
NUMBER = rf"(?:\d+|{CN_NUMERAL})"


def _char(c: str) -> str:
    if c in _EXTRA:
        return _EXTRA[c]
    code = ord(c)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - _FULLWIDTH_OFFSET)
    return c


#: _char as a translation table (str.translate runs in C: a 20 MB notice in a fraction of a second)
_TABLE = {code: _char(chr(code)) for code in range(0xFF01, 0xFF5F)} | {
    ord(c): v for c, v in _EXTRA.items()
}


def normalise(text: str) -> str:
    """Map full-width ASCII, odd spaces and U+FFFD to plain ASCII, one char for one."""
    return text.translate(_TABLE)


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified, character by character.

    Character-level conversion keeps spans valid; phrase-level conversion would not.
    """
    from zhconv import convert

    out = convert(text, "zh-cn")
    if len(out) == len(text):
        return out
    return "".join(c2 if len(c2 := convert(c, "zh-cn")) == 1 else c for c in text)


def cn_to_int(s: str) -> int | None:
    """Parse an Arabic or Chinese numeral ('20', '二十', '十二', '一百零五'); None if not one."""
    s = s.strip()
    if not s:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    if not re.fullmatch(CN_NUMERAL, s):
        return None
    total, current = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        else:
            unit = CN_UNITS[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


def int_to_cn(n: int) -> str:
    """Chinese numeral for 1..99, as used in ordinal markers like 二十是."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
