"""A unit's name made whole from the rest of the text: a cut name (中心党委) from its full
mention, a street or township with its committee (X街道工委), and a name whose place the title
dropped (市民政局党组, the body naming 东营市). Only names the text itself writes are used."""

from __future__ import annotations

import re
from collections import Counter

_CJK = r"[\u4e00-\u9fff]"
#: the committee words that end a unit's name, longest first
COMMITTEE = r"党工委|工委|党委|党组|党总支|党支部|委员会"
_COMMITTEE_RE = re.compile(rf"(?:{COMMITTEE})$")
#: places that a committee leads (X街道 → X街道工委)
_PLACE_LEVEL_RE = re.compile(r"(?:街道|镇|乡|社区|村)$")
#: the administrative level a name starts with when the title drops the place (市…, 区…)
_BARE_LEVEL_RE = re.compile(r"^(?:中共)?([省市区县州旗])")
#: words that stand before a name in a sentence, not part of it (对X开展巡察, 向X反馈)
_LEADING_WORDS = "对向在将由经把被从于和与是的为及"
_GENERIC = re.compile(r"^(?:中共)?(?:中心|局|委|办|院|医院|学校|公司|集团|协会|站|所|馆|队)?$")


def is_fragment(unit: str) -> bool:
    """A name cut to its last words: 中心党委, 局党组 (nothing before the generic word)."""
    core = _COMMITTEE_RE.sub("", unit)
    return bool(_GENERIC.match(core)) and len(unit) <= 6


#: verbs and prepositions that end the words before a name (对X开展巡察, 向X反馈)
_NOT_IN_NAME = set("对向在将由把被从经据照")


def longest_mention(text: str, unit: str) -> str | None:
    """The longest name in the text that ends with unit (中心党委 → 某市疾病预防控制中心党委)."""
    names: Counter[str] = Counter()
    for m in re.finditer(rf"({_CJK}{{2,24}}?)(?={re.escape(unit)})", text):
        run = _run_before(text, m.end())
        cut = max((i for i, c in enumerate(run) if c in _NOT_IN_NAME), default=-1)
        run = run[cut + 1 :]  # 巡察组对市…中心党委: the name starts after 对
        if len(run) >= 2:
            names[run + unit] += 1
    return max(names, key=lambda n: (len(n), names[n])) if names else None


def _run_before(text: str, end: int) -> str:
    """The CJK characters just before end, less the words that only lead into a name."""
    start = end
    while start > 0 and re.match(_CJK, text[start - 1]) and end - start < 24:
        start -= 1
    run = text[start:end]
    for word in ("根据", "按照", "对照"):
        if run.startswith(word):
            run = run[len(word) :]
    return run.lstrip(_LEADING_WORDS)


def with_committee(text: str, unit: str) -> str:
    """A street, township or community named with its committee when the text writes it so."""
    if not _PLACE_LEVEL_RE.search(unit):
        return unit
    m = re.search(rf"{re.escape(unit)}(?:{COMMITTEE})", text)
    return m.group(0) if m else unit


def with_place(text: str, unit: str) -> str | None:
    """unit with its place when it starts with a bare level (市…, 区…) and the text names the
    place: the place written before the level most often (东营 in 东营市委, 东营市民政局)."""
    m = _BARE_LEVEL_RE.match(unit)
    if not m:
        return None
    level = m.group(1)
    head = "中共" if unit.startswith("中共") else ""
    core = unit[len(head) :]
    places: Counter[str] = Counter()
    for hit in re.finditer(rf"(?<={_CJK}){re.escape(level)}(?=委|{re.escape(core[1:])})", text):
        place = _place_before(text, hit.start())
        if place:
            places[place] += 1
    if not places:
        return None
    best = max(places, key=lambda p: (places[p], len(p)))
    if places[best] < 2 and f"{best}{core}" not in text:
        return None  # one mention of a place is not enough to name it
    return f"{head}{best}{core}"


#: characters that end the words before a place, never a place name (对, 全, 十三届, 巡察组)
_NOT_PLACE_END = set("对向在于将由把被从及和与的为是全本我该各届轮组日年月中共了以察视据照署会")


def _place_before(text: str, end: int) -> str | None:
    """The 2–4 characters naming a place right before end (东营 in 根据东营市委), if any."""
    run = _run_before(text, end)
    cut = max((i for i, c in enumerate(run) if c in _NOT_PLACE_END), default=-1)
    run = run[cut + 1 :]
    return run if 2 <= len(run) <= 4 else None
