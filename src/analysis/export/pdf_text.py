"""Make the text of Chromium's PDFs copy and search as the characters it shows.

Many CJK fonts (Noto CJK among them) draw a radical and the ideograph it looks like with
one glyph: 一 (U+4E00) and ⼀ (KANGXI RADICAL ONE, U+2F00), 行 and ⾏, 长 and ⻓. Chromium
maps each glyph back to the lowest code point, so 一 is copied, searched and read aloud as
⼀. This rewrites each font's /ToUnicode map to name the ideograph instead, as an incremental
update appended to the file (the drawing is untouched). Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

from analysis.export.atomic import write_bytes

# Radicals (CJK Radicals Supplement, U+2E80–U+2EFF) that NFKC leaves alone, each with the
# ideograph drawn by the same glyph in Noto Sans CJK SC (read from the font's cmap).
_SUPPLEMENT = "⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺭礻⺮𥫗⺯糹⺰纟⺱罓⺳㓁⺹耂⺺肀⺽𦥑⺾艹⺿艹⻀艹⻂衤⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⼾户"
IDEOGRAPH = {_SUPPLEMENT[i]: _SUPPLEMENT[i + 1] for i in range(0, len(_SUPPLEMENT), 2)}

TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
# A destination code in a bfchar/bfrange line: "<source> <destination>".
MAPPING = re.compile(rb"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>")


def ideograph(char: str) -> str:
    """The ideograph a radical look-alike stands for; other characters as they are."""
    if char in IDEOGRAPH:
        return IDEOGRAPH[char]
    if "\u2e80" <= char <= "\u2fdf":
        folded = unicodedata.normalize("NFKC", char)
        return folded if len(folded) == 1 else char
    return char


def _fix_mapping(match: re.Match) -> bytes:
    char = chr(int(match.group(2), 16))
    fixed = ideograph(char)
    if fixed == char or ord(fixed) > 0xFFFF:
        return match.group(0)
    return match.group(1) + b"<%04X>" % ord(fixed)


OBJECT = re.compile(rb"(?m)^(\d+)\s+0\s+obj\b")
STREAM_HEAD = re.compile(rb"\s*<<(.*?)>>\s*stream\r?\n", re.S)


def _stream(data: bytes, at: int) -> bytes | None:
    """The decoded stream of the object whose body starts at, if a plain FlateDecode stream."""
    head = STREAM_HEAD.match(data, at)
    if head is None or b"/FlateDecode" not in head.group(1):
        return None
    length = re.search(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", head.group(1))
    if length is None:
        return None
    try:
        return zlib.decompress(data[head.end() : head.end() + int(length.group(1))])
    except zlib.error:
        return None


def repair_text_map(path: Path) -> int:
    """Rewrite radical code points in the PDF's /ToUnicode maps; returns how many maps changed."""
    data = Path(path).read_bytes()
    bodies = {int(m.group(1)): m.end() for m in OBJECT.finditer(data)}  # the last version wins
    updates: dict[int, bytes] = {}
    for number in dict.fromkeys(int(n) for n in TO_UNICODE.findall(data)):
        cmap = _stream(data, bodies[number]) if number in bodies else None
        if cmap is None:
            continue
        fixed = MAPPING.sub(_fix_mapping, cmap)
        if fixed != cmap:
            updates[number] = fixed
    trailer = re.findall(rb"trailer\s*<<(.*?)>>\s*startxref\s+(\d+)", data, re.S)
    if not updates or not trailer:
        return 0
    write_bytes(path, data + _incremental_update(len(data), updates, *trailer[-1]))
    return len(updates)


def _incremental_update(
    start: int, objects: dict[int, bytes], trailer: bytes, prev: bytes
) -> bytes:
    """New versions of the objects, their cross-reference section and a trailer (/Prev)."""
    out = bytearray(b"\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        packed = zlib.compress(body)
        offsets[number] = start + len(out)
        out += b"%d 0 obj\n<</Filter /FlateDecode /Length %d>> stream\n" % (number, len(packed))
        out += packed + b"\nendstream\nendobj\n"
    xref = start + len(out)
    out += b"xref\n"
    for number, offset in offsets.items():
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    kept = re.sub(rb"/Prev\s+\d+", b"", trailer).strip()
    out += b"trailer\n<<" + kept + b" /Prev " + prev + b">>\nstartxref\n%d\n" % xref
    return bytes(out) + b"%%EOF\n"
