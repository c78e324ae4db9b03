"""Women's-federation facts a notice may hold: delegate quotas, new federations, pilots, awards.

These extractors are specific to federation notices (妇联); they find nothing elsewhere.
"""

from __future__ import annotations

import math
import re

from analysis.read.notice.context import NoticeContext, item_at
from analysis.read.textnorm import NUMBER, cn_to_int

_N = rf"({NUMBER})"

# ---------------------------------------------------------------- delegates

INDICATOR_RE = re.compile(
    r"(?P<label>[^,,;;。%]+?)(?:比例)?(?P<cmp>不低于|不少于|达到|超过|占)(?P<num>\d+(?:\.\d+)?)%(?P<suffix>以上)?"
)
INDICATOR_KEYS = [
    ("outstanding_women", ("知识女性", "各行各业")),
    ("grassroots", ("基层一线",)),
    ("non_cpc", ("非中共", "党外")),
    ("age_45_or_under", ("45周岁", "45岁")),
    ("junior_college_plus", ("大专",)),
    ("ethnic_minority", ("少数民族",)),
]


def indicator_key(label: str) -> str | None:
    """The indicator a delegate-structure label speaks of, or None if unknown."""
    for key, words in INDICATOR_KEYS:
        if any(w in label for w in words):
            return key
    return None


def read_delegates(ctx: NoticeContext) -> None:
    """Delegate-structure floors stated after '在N名代表中'."""
    text = ctx.text
    total_m = re.search(rf"在{_N}名(?:妇女)?代表中", text)
    if not total_m:
        return
    total = cn_to_int(total_m.group(1))
    congress_m = list(re.finditer(r"召开([^,,。\n在]{2,24}?代表大会)", text[: total_m.start()]))
    congress = congress_m[-1].group(1) if congress_m else None
    sentence = ctx.sents.span_at(total_m.start())
    for m in INDICATOR_RE.finditer(text, total_m.end(), sentence.end):
        label = m.group("label").strip()
        threshold = round(float(m.group("num")) / 100, 6)
        comparator = ">" if m.group("cmp") == "超过" else ">="
        ctx.add(
            "delegates",
            _indicator_row(ctx, congress, total, label, comparator, threshold, m.start()),
        )
    for m in re.finditer(r"一定数量的([^,,。]{1,12}?)代表", text[total_m.end() : sentence.end]):
        at = total_m.end() + m.start()
        ctx.add("delegates", _indicator_row(ctx, congress, total, m.group(1), "present", None, at))


def _indicator_row(ctx, congress, total, label, comparator, threshold, at) -> dict:
    key = indicator_key(label)
    return {
        "congress": congress,
        "total": total,
        "indicator": key or label,
        "label": label,
        "comparator": comparator,
        "threshold": threshold,
        "quantified": threshold is not None,
        "min_count": min_count(threshold, total, comparator) if threshold is not None else None,
        **ctx.provenance(at),
    }


def min_count(threshold: float, total: int, comparator: str = ">=") -> int:
    """The fewest delegates out of total that meet a lower bound on their share."""
    exact = threshold * total
    n = math.ceil(exact - 1e-9)
    if comparator == ">" and abs(n - exact) < 1e-9:
        n += 1
    return n


# ---------------------------------------------------------------- organisations

SECTOR_RULES = [
    ("law_firm", ("律师事务所",)),
    ("accounting_firm", ("会计事务所", "会计师事务所")),
    ("industry", ("行业",)),
    ("park", ("园区", "产业园", "科技园")),
    ("market", ("市场",)),
    ("enterprise", ("有限公司", "公司", "集团", "重工", "出行", "科技", "供应链")),
]
_LIST_AFTER = re.compile(r"成立了?([^。;]*?、[^。;]*?)(?:等)?(?:。|;|$)")
_LIST_BEFORE = re.compile(
    r"(?:指导|推动|帮助|推进|支持)([^。;]*?、[^。;]*?)等?(?:新)?成立(?:了)?妇联"
)


def sector_of(name: str) -> str:
    """Sector of a new organisation, from words in its name."""
    for sector, words in SECTOR_RULES:
        if any(w in name for w in words):
            return sector
    return "other"


def org_key(name: str) -> str:
    """Name of the host organisation, without the 妇联 suffix, for deduplication."""
    name = re.sub(r"\s+", "", name).strip("等")
    for suffix in ("联合妇联", "妇联"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def read_organisations(ctx: NoticeContext) -> None:
    """Federations newly set up, from lists of names around 成立…妇联; one row per host."""
    text, items = ctx.text, ctx.item_starts()
    by_key: dict[str, dict] = {}
    for span in ctx.sents.iter_spans():
        sentence = text[span.start : span.end]
        if "成立" not in sentence or "妇联" not in sentence:
            continue
        m = _LIST_BEFORE.search(sentence) or _LIST_AFTER.search(sentence)
        if not m:
            continue
        year = re.search(r"(\d{4})年", sentence[: m.start(1)])
        item = item_at(items, span.start)
        for raw in m.group(1).split("、"):
            raw = raw.strip().strip("等")
            if not raw:
                continue
            key = org_key(raw)
            row = by_key.get(key)
            if row is None:
                row = by_key[key] = {
                    "name": key,
                    "federation": raw if raw.endswith("妇联") else f"{key}妇联",
                    "sector": sector_of(key),
                    "items": [],
                    "lists": 0,
                    "established_year": int(year.group(1)) if year else None,
                    **ctx.span(span.start, span.end),
                }
            row["lists"] += 1
            if item is not None and item not in row["items"]:
                row["items"].append(item)
            if row["established_year"] is None and year:
                row["established_year"] = int(year.group(1))
    for row in by_key.values():
        row["items"] = ",".join(str(i) for i in row["items"]) or None
        ctx.add("organisations", row)


# ---------------------------------------------------------------- pilots, awards

LEVELS = {
    "国家级": "national",
    "全国": "national",
    "省级": "provincial",
    "市级": "municipal",
    "区级": "district",
}
PILOT_RE = re.compile(
    rf"(国家级|全国|省级|市级|区级)((?:“[^”]{{1,12}}”)?[^,,。;、“]{{0,24}}?)试点(区|社区|园区|单位|项目)?(?:建设)?(?:{_N}个)?"
)


def read_pilots(ctx: NoticeContext) -> None:
    """Pilot programmes won, with their level (national … district)."""
    items = ctx.item_starts()
    last_name, last_sentence = None, None
    for m in PILOT_RE.finditer(ctx.text):
        span = ctx.sents.span_at(m.start())
        name = (m.group(2) or "") + "试点" + (m.group(3) or "")
        if m.group(2) == "" and last_sentence == span.start and last_name:
            name = last_name
        count = cn_to_int(m.group(4)) if m.group(4) else None
        row = {
            "level": LEVELS[m.group(1)],
            "name": name,
            "count": count if count is not None else 1,
            "count_stated": count is not None,
            "item": item_at(items, m.start()),
        }
        ctx.add("pilots", {**row, **ctx.provenance(m.start())})
        last_name, last_sentence = name, span.start


AWARD_RE = re.compile(r"(?:获评|荣获|获得|被评为)([^。;]*?)(?=[,,。;]|$)")
_AWARD_ITEM = re.compile(rf"^(.+?){_N}(名|个|人|项)$")


def award_level(name: str) -> str | None:
    """Level of an award from the body that gives it (全国/省/市/区)."""
    head = name[:6]
    if head.startswith("全国") or "国家" in head:
        return "national"
    for word, level in (("省", "provincial"), ("市", "municipal"), ("区", "district")):
        if word in head:
            return level
    return None


def read_awards(ctx: NoticeContext) -> None:
    """Awards won (获评/荣获…), with their count and level."""
    items = ctx.item_starts()
    for m in AWARD_RE.finditer(ctx.text):
        offset = m.start(1)
        for raw in m.group(1).split("、"):
            part = _AWARD_ITEM.match(raw.strip())
            if part:
                row = {
                    "level": award_level(part.group(1)),
                    "name": part.group(1),
                    "count": cn_to_int(part.group(2)),
                    "unit": part.group(3),
                    "item": item_at(items, m.start()),
                }
                ctx.add("awards", {**row, **ctx.provenance(offset)})
            offset += len(raw) + 1


EXTRACTORS = (read_delegates, read_organisations, read_pilots, read_awards)
