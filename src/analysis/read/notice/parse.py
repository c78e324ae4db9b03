"""Read a published rectification notice (整改情况通报) into ledger tables.

The reader finds the structure the notice states and nothing more: problems,
their enumerated measures, declared totals, dates, delegate quotas, new
organisations, pilots and awards. Every row cites the sentence it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.read.notice.outline import (
    RESULT_LABEL_RE,
    WRAPPER_RE,
    Heading,
    Outline,
    build_outline,
)
from analysis.read.notice.sentences import Sentences
from analysis.read.textnorm import NUMBER, cn_to_int, int_to_cn, normalise, to_simplified

_BOUNDARY = set("。;:,\n ")


@dataclass
class NoticeTables:
    """What a notice yields: rows per table, key facts and the reader's warnings."""

    rows: dict[str, list[dict]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)


def parse_notice(text: str, source_file: str = "notice.txt") -> NoticeTables:
    """Read a notice's text into ledger rows; the text is used as given (see textnorm)."""
    out = NoticeTables()
    damaged = text.count("\ufffd")
    text = to_simplified(normalise(text))
    sents = Sentences(text)
    outline = build_outline(text)
    _read_items(text, outline, sents, source_file, out)
    for section in ("work_organisation", "next_steps"):
        if section in outline.sections:
            _read_plan(text, outline.sections[section], section, sents, source_file, out)
    _read_declared(text, sents, source_file, out)
    _read_tallies(text, sents, source_file, out)
    _check_damage(text, damaged, out)
    _assign_status(out)
    _read_events(text, sents, source_file, out)
    _read_delegates(text, sents, source_file, out)
    _read_organisations(text, sents, source_file, out)
    _read_pilots(text, sents, source_file, out)
    _read_awards(text, sents, source_file, out)
    unit = find_unit(text)
    if unit:
        out.meta["unit"] = unit
    return out


UNIT_PATTERNS = [
    re.compile(r"对([^,。\n]{2,20}?)(?:党组|党委|支部)?进行了(?:专项)?巡察"),
    re.compile(r"巡察组向([^,。\n]{2,20}?)反馈"),
    re.compile(r"^\s*(?:中共)?([^\n,。]{2,24}?)(?:党组|党委|党支部|支部委员会)?关于"),
]


def find_unit(text: str) -> str | None:
    """The inspected unit, from 对X进行了巡察, 向X反馈, or the title line."""
    for pattern in UNIT_PATTERNS:
        m = pattern.search(text)
        if m:
            return m.group(1).strip()
    return None


def looks_like_notice(out: NoticeTables, text: str) -> bool:
    """A notice speaks of 整改 or 巡察 and yields problems or declared totals."""
    speaks = "整改" in text or "巡察" in text or "巡视" in text
    return speaks and bool(out.rows.get("findings") or out.rows.get("declared"))


def enumerate_markers(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Find 一是/二是/… in order within text[start:end]; returns (marker, marker_start, body_start)."""
    found, pos, k = [], start, 1
    while True:
        marker = f"{int_to_cn(k)}是"
        at = _find_marker(text, marker, pos, end)
        if at < 0:
            return found
        found.append((marker, at, at + len(marker)))
        pos, k = at + len(marker), k + 1


def _find_marker(text: str, marker: str, pos: int, end: int) -> int:
    while True:
        at = text.find(marker, pos, end)
        if at < 0:
            return -1
        if at == 0 or text[at - 1] in _BOUNDARY or at == pos:
            return at
        pos = at + 1


def split_heading(text: str, start: int, end: int) -> tuple[str | None, str]:
    """Split a measure into its heading (first short sentence) and the rest."""
    body = text[start:end].strip()
    stop = body.find("。")
    if 0 < stop <= 40:
        return body[:stop], body[stop + 1 :].strip()
    return None, body


def _read_items(text, outline: Outline, sents, source_file, out: NoticeTables) -> None:
    """One finding per problem (or per sub-problem where a problem has them), with its measures."""
    stops = ("problem", "aspect", "section")
    headings = outline.headings
    aspect, number, labels = None, 0, []
    for i, h in enumerate(headings):
        if h.role in ("section", "aspect"):
            aspect = h.title if h.role == "aspect" else None
        if h.role != "problem":
            continue
        end = outline.end_of(i, stops)
        inside = [c for c in headings if h.start < c.start < end]
        subs = [c for c in inside if c.role == "sub_problem"]
        title = problem_title(h)
        labels.append(h)
        if not subs:
            number += 1
            _add_finding(out, number, h.label, title, None, aspect, h.start, sents, source_file)
            titled = [c for c in inside if c.role == "measure"]
            _read_measures(text, number, h.body_start, end, titled, sents, source_file, out)
            continue
        for k, c in enumerate(subs):
            c_end = subs[k + 1].start if k + 1 < len(subs) else end
            number += 1
            _add_finding(
                out,
                number,
                f"{h.label}{c.label}",
                problem_title(c),
                title,
                aspect,
                c.start,
                sents,
                source_file,
            )
            _read_measures(text, number, c.body_start, c_end, [], sents, source_file, out)
    _check_numbering(labels, out)


def problem_title(h: Heading) -> str:
    """The problem as quoted in a 关于“…” wrapper, or the heading's own words."""
    wrapped = WRAPPER_RE.match(h.title)
    return (wrapped.group(1) if wrapped else h.title).strip().rstrip("。.;:")


def _add_finding(out, number, label, title, parent, aspect, at, sents, source_file) -> None:
    out.add(
        "findings",
        {
            "number": number,
            "label": label,
            "title": title,
            "parent": parent,
            "aspect": aspect,
            **sents.provenance(at, source_file),
        },
    )


def _check_numbering(problems: list[Heading], out: NoticeTables) -> None:
    values = [h.value for h in problems if h.kind in ("num", "cn", "pcn")]
    if values and values != list(range(values[0], values[0] + len(values))):
        out.warnings.append(f"problem numbers are not consecutive: {values}")


def _read_measures(text, number, start, end, titled, sents, source_file, out: NoticeTables) -> None:
    """Measures: titled sub-paragraphs, 一是/二是…, one unnumbered paragraph, or none."""
    if titled:
        for k, c in enumerate(titled, start=1):
            stop = titled[k].start if k < len(titled) else end
            out.add(
                "measures",
                {
                    "finding_number": number,
                    "seq": k,
                    "marker": c.label,
                    "heading": c.title,
                    "text": text[c.body_start : stop].strip(),
                    "enumerated": True,
                    **_span(text, c.start, len(text[:stop].rstrip()), source_file),
                },
            )
        return
    label = RESULT_LABEL_RE.search(text, start, end)
    body_start = label.end() if label else start
    markers = enumerate_markers(text, body_start, end)
    if not markers:
        body = text[body_start:end].strip()
        if body:
            at = body_start + (len(text[body_start:end]) - len(text[body_start:end].lstrip()))
            out.add(
                "measures",
                {
                    "finding_number": number,
                    "seq": 1,
                    "marker": None,
                    "heading": None,
                    "text": body,
                    "enumerated": False,
                    **_span(text, at, at + len(body), source_file),
                },
            )
        return
    for k, (marker, at, body_at) in enumerate(markers, start=1):
        stop = markers[k][1] if k < len(markers) else end
        heading, rest = split_heading(text, body_at, stop)
        out.add(
            "measures",
            {
                "finding_number": number,
                "seq": k,
                "marker": marker,
                "heading": heading,
                "text": rest,
                "enumerated": True,
                **_span(text, at, len(text[:stop].rstrip()), source_file),
            },
        )


def _span(text: str, start: int, end: int, source_file: str) -> dict[str, object]:
    return {
        "source_file": source_file,
        "source_text": text[start:end],
        "span_start": start,
        "span_end": end,
    }


def _read_plan(text, region, section, sents, source_file, out: NoticeTables) -> None:
    start, end = region
    markers = enumerate_markers(text, start, end)
    for k, (marker, at, body_at) in enumerate(markers, start=1):
        stop = markers[k][1] if k < len(markers) else end
        para_end = text.find("\n", body_at, stop)
        stop = para_end if para_end >= 0 else stop
        heading, rest = split_heading(text, body_at, stop)
        out.add(
            "plan",
            {
                "section": section,
                "seq": k,
                "marker": marker,
                "heading": heading,
                "text": rest,
                **_span(text, at, len(text[:stop].rstrip()), source_file),
            },
        )


# ---------------------------------------------------------------- declared totals

_N = rf"({NUMBER})"
DECLARED_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("aspects", re.compile(rf"{_N}个方面")),
    ("problems", re.compile(rf"{_N}个具体问题")),
    ("problems", re.compile(rf"反馈问题{_N}[个项]")),
    ("problems", re.compile(rf"(?:梳理|查找|指出|反馈)(?:出)?问题{_N}[个项]")),
    ("problems", re.compile(rf"(?:反馈|指出|梳理)的{_N}个问题")),
    ("problems", re.compile(rf"(?:^|(?<=[,;:。]))\s*{_N}个问题(?!需|长期|持续)")),
    ("tasks", re.compile(rf"{_N}项整改任务")),
    ("tasks", re.compile(rf"整改任务{_N}[项个条]")),
    ("measures", re.compile(rf"{_N}[条项]整改(?:举措|措施)")),
    ("measures", re.compile(rf"整改(?:举措|措施){_N}[条项]")),
    ("completed", re.compile(rf"已完成(?:整改)?{_N}[个项]")),
    ("completed", re.compile(rf"{_N}[个项](?:问题|任务)?(?:已)?全部(?:完成整改|整改完成|完成)")),
    ("in_progress", re.compile(rf"(?:正在整改|整改中|基本完成|阶段性完成|部分整改){_N}[个项]")),
    ("long_term", re.compile(rf"{_N}[个项](?:问题|任务)?(?:需)?(?:长期坚持|持续整改)")),
    ("not_completed", re.compile(rf"未完成(?:整改)?{_N}[个项]")),
    ("completion_rate", re.compile(r"完成率(?:为|达|达到)?\s*(\d+(?:\.\d+)?)\s*%")),
]
_CATEGORY_RE = re.compile(rf"方面(?:的)?\s*{_N}([项类个])问题")


def _read_declared(text, sents, source_file, out: NoticeTables) -> None:
    hits: list[tuple[int, str, float, str]] = []
    for figure, pattern in DECLARED_PATTERNS:
        for m in pattern.finditer(text):
            value = _value(m.group(1), figure)
            if value is not None and _about_rectification(text, sents, m.start()):
                hits.append((m.start(), figure, value, m.group(0)))
    for m in _CATEGORY_RE.finditer(text):
        sentence = sents.span_at(m.start())
        if not _about_rectification(text, sents, m.start()):
            continue
        rest = text[m.end() : sentence.end]
        is_category = m.group(2) == "类" or "具体问题" in rest
        value = _value(m.group(1), "categories")
        if value is not None:
            hits.append(
                (m.start(1), "categories" if is_category else "problems", value, m.group(0))
            )
    mentions: dict[str, int] = {}
    for at, figure, value, phrase in sorted(hits):
        mentions[figure] = mentions.get(figure, 0) + 1
        out.add(
            "declared",
            {
                "figure": figure,
                "value": value,
                "phrase": phrase,
                "mention": mentions[figure],
                **sents.provenance(at, source_file),
            },
        )
    _check_mentions_agree(out)


MISSING_NUMBER_RE = re.compile(
    r"(?:已完成(?:整改)?|正在整改|阶段性完成|基本完成|未完成|反馈问题|整改任务)(?=[个项][,;。、])"
    r"|完成率(?:为|达)?(?=%)"
)


def _check_damage(text: str, damaged: int, out: NoticeTables) -> None:
    """Say what the reader could not read: lost characters, lost digits, a cut-off end."""
    if damaged:
        out.warnings.append(
            f"the text has {damaged} unreadable character(s) (U+FFFD), shown as spaces"
        )
    for m in MISSING_NUMBER_RE.finditer(text):
        context = text[m.start() : m.end() + 2]
        out.warnings.append(f"a figure has lost its number: '{context}'")
    tail = text.rstrip()
    if tail and tail[-1] not in '。!?”")>》':
        out.warnings.append(f"the text ends mid-sentence ('…{tail[-12:]}'); it may be cut off")
    declared = next((r for r in out.rows.get("declared", []) if r["figure"] == "problems"), None)
    listed = len(out.rows.get("findings", []))
    if declared and listed and int(declared["value"]) != listed:
        out.warnings.append(
            f"the notice declares {int(declared['value'])} problems but lists {listed}"
        )


TALLY_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("criticism_education", re.compile(rf"批评教育{_N}(人次|人)")),
    ("reminder_talk", re.compile(rf"(?:提醒谈话|谈话提醒|约谈){_N}(人次|人)")),
    ("admonishment", re.compile(rf"诫勉谈话{_N}(人次|人)")),
    ("disciplinary_sanction", re.compile(rf"(?:党纪|政务|纪律)?处分{_N}(人)")),
    ("accountability", re.compile(rf"问责{_N}(人)")),
    (
        "rules",
        re.compile(
            rf"(?:建立|完善|制定|修订|出台|健全)(?:完善|修订|健全)?(?:各类|相关)?制度(?:机制)?{_N}(项|个|条|份)"
        ),
    ),
    (
        "money",
        re.compile(
            r"(?:追缴|收回|挽回|退还|清退|追回)(?:资金|经费|款项|违规资金)?(\d+(?:\.\d+)?)(万元|亿元|元)"
        ),
    ),
]


def _read_tallies(text, sents, source_file, out: NoticeTables) -> None:
    """Side tallies: people disciplined or reminded, rules made, money recovered."""
    for kind, pattern in TALLY_PATTERNS:
        for m in pattern.finditer(text):
            raw = m.group(1)
            value = float(raw) if kind == "money" else cn_to_int(raw)
            if value is None:
                continue
            out.add(
                "tallies",
                {
                    "kind": kind,
                    "value": float(value),
                    "unit": m.group(2),
                    "phrase": m.group(0),
                    **sents.provenance(m.start(), source_file),
                },
            )


def _about_rectification(text: str, sents: Sentences, pos: int) -> bool:
    """Totals count only in sentences about the inspection's problems, not e.g. '5个方面开展合作'."""
    span = sents.span_at(pos)
    return any(w in text[span.start : span.end] for w in ("问题", "整改", "巡察", "反馈", "完成"))


def _value(raw: str, figure: str) -> float | None:
    if figure == "completion_rate":
        return round(float(raw) / 100, 6)
    n = cn_to_int(raw)
    return None if n is None else float(n)


def _check_mentions_agree(out: NoticeTables) -> None:
    seen: dict[str, float] = {}
    for row in out.rows.get("declared", []):
        first = seen.setdefault(row["figure"], row["value"])
        if row["value"] != first:
            out.warnings.append(
                f"the notice states {row['figure']} as both {first:g} and {row['value']:g}"
            )


def _assign_status(out: NoticeTables) -> None:
    """All items are completed only when the notice says every problem is."""
    findings = out.rows.get("findings", [])
    declared = {}
    for row in out.rows.get("declared", []):
        declared.setdefault(row["figure"], row)
    completed = declared.get("completed")
    total = declared.get("problems")
    if completed and total and completed["value"] == total["value"] == len(findings):
        for f in findings:
            f["status"] = "completed"
            f["status_basis"] = f"declared total: {completed['source_text']}"
    elif findings:
        out.warnings.append(
            "the notice does not say which problems are completed; status left blank"
        )


# ---------------------------------------------------------------- events

DATE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")


def _read_events(text, sents, source_file, out: NoticeTables) -> None:
    matches = [m for m in DATE_RE.finditer(text) if 1 <= int(m.group(2)) <= 12]
    years = [int(m.group(1)) for m in matches if m.group(1)]
    notice_year = max(years) if years else None
    for i, m in enumerate(matches):
        year = int(m.group(1)) if m.group(1) else notice_year
        if year is None:
            out.warnings.append(f"date without a year at {m.start()}: {m.group(0)}")
            continue
        month, day = int(m.group(2)), int(m.group(3)) if m.group(3) else None
        is_range_start = text.startswith("至", m.end()) and i + 1 < len(matches)
        is_range_end = m.start() > 0 and text[m.start() - 1] == "至"
        desc_from = matches[i + 1].end() if is_range_start else m.end()
        sentence = sents.span_at(m.start())
        kind = _event_kind(text[sentence.start : sentence.end], is_range_start, is_range_end)
        try:
            date = f"{year:04d}-{month:02d}-{day or 1:02d}"
            __import__("datetime").date.fromisoformat(date)
        except ValueError:
            out.warnings.append(f"not a calendar date: {m.group(0)}")
            continue
        out.add(
            "events",
            {
                "date": date,
                "precision": "day" if day else "month",
                "year_inferred": not m.group(1),
                "kind": kind,
                "description": _clause_after(text, desc_from, sentence.end),
                **sents.provenance(m.start(), source_file),
            },
        )


def _event_kind(sentence: str, range_start: bool, range_end: bool) -> str:
    if "巡察" in sentence and "进行了巡察" in sentence:
        return (
            "inspection_start" if range_start else "inspection_end" if range_end else "inspection"
        )
    if "反馈" in sentence and "巡察组" in sentence and "向" in sentence:
        return "feedback"
    if "民主生活会" in sentence:
        return "democratic_life_meeting"
    if "召开" in sentence and "会议" in sentence:
        return "meeting"
    return "activity"


def _clause_after(text: str, start: int, limit: int) -> str:
    """The clause after a date: up to the next comma, or the next one if that is too short."""
    clauses = re.split(r"[,,;]", text[start:limit])
    desc = clauses[0].strip()
    for extra in clauses[1:]:
        if len(desc) >= 6:
            break
        desc = (
            (desc + "," + extra.strip()).strip(",")
            if desc not in ("", "下午", "上午")
            else extra.strip()
        )
    return desc.strip("。 ")


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


def _read_delegates(text, sents, source_file, out: NoticeTables) -> None:
    total_m = re.search(rf"在{_N}名(?:妇女)?代表中", text)
    if not total_m:
        return
    total = cn_to_int(total_m.group(1))
    congress_m = list(re.finditer(r"召开([^,,。\n在]{2,24}?代表大会)", text[: total_m.start()]))
    congress = congress_m[-1].group(1) if congress_m else None
    sentence = sents.span_at(total_m.start())
    for m in INDICATOR_RE.finditer(text, total_m.end(), sentence.end):
        label = m.group("label").strip()
        threshold = round(float(m.group("num")) / 100, 6)
        comparator = ">" if m.group("cmp") == "超过" else ">="
        out.add(
            "delegates",
            _indicator_row(
                congress, total, label, comparator, threshold, m.start(), sents, source_file
            ),
        )
    for m in re.finditer(r"一定数量的([^,,。]{1,12}?)代表", text[total_m.end() : sentence.end]):
        label = m.group(1)
        at = total_m.end() + m.start()
        out.add(
            "delegates",
            _indicator_row(congress, total, label, "present", None, at, sents, source_file),
        )


def _indicator_row(congress, total, label, comparator, threshold, at, sents, source_file) -> dict:
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
        **sents.provenance(at, source_file),
    }


def min_count(threshold: float, total: int, comparator: str = ">=") -> int:
    """The fewest delegates out of total that meet a lower bound on their share."""
    import math

    exact = threshold * total
    n = math.ceil(exact - 1e-9)
    if comparator == ">" and abs(n - exact) < 1e-9:
        n += 1
    return n


# ---------------------------------------------------------------- organisations, pilots, awards

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


def _read_organisations(text, sents, source_file, out: NoticeTables) -> None:
    items = _item_starts(out)
    by_key: dict[str, dict] = {}
    for span in sents.iter_spans():
        sentence = text[span.start : span.end]
        if "成立" not in sentence or "妇联" not in sentence:
            continue
        m = _LIST_BEFORE.search(sentence) or _LIST_AFTER.search(sentence)
        if not m:
            continue
        year = re.search(r"(\d{4})年", sentence[: m.start(1)])
        item = _item_at(items, span.start)
        for raw in m.group(1).split("、"):
            raw = raw.strip().strip("等")
            if not raw:
                continue
            key = org_key(raw)
            row = by_key.get(key)
            if row is None:
                row = {
                    "name": key,
                    "federation": raw if raw.endswith("妇联") else f"{key}妇联",
                    "sector": sector_of(key),
                    "items": [],
                    "lists": 0,
                    "established_year": int(year.group(1)) if year else None,
                    "source_file": source_file,
                    "source_text": sentence,
                    "span_start": span.start,
                    "span_end": span.end,
                }
                by_key[key] = row
            row["lists"] += 1
            if item is not None and item not in row["items"]:
                row["items"].append(item)
            if row["established_year"] is None and year:
                row["established_year"] = int(year.group(1))
    for row in by_key.values():
        row["items"] = ",".join(str(i) for i in row["items"]) or None
        out.add("organisations", row)


def _item_starts(out: NoticeTables) -> list[tuple[int, int]]:
    return [(f["span_start"], f["number"]) for f in out.rows.get("findings", [])]


def _item_at(items: list[tuple[int, int]], pos: int) -> int | None:
    current = None
    for start, number in items:
        if start <= pos:
            current = number
    return current


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


def _read_pilots(text, sents, source_file, out: NoticeTables) -> None:
    items = _item_starts(out)
    last_name, last_sentence = None, None
    for m in PILOT_RE.finditer(text):
        span = sents.span_at(m.start())
        name = (m.group(2) or "") + "试点" + (m.group(3) or "")
        if m.group(2) == "" and last_sentence == span.start and last_name:
            name = last_name
        count = cn_to_int(m.group(4)) if m.group(4) else None
        out.add(
            "pilots",
            {
                "level": LEVELS[m.group(1)],
                "name": name,
                "count": count if count is not None else 1,
                "count_stated": count is not None,
                "item": _item_at(items, m.start()),
                **sents.provenance(m.start(), source_file),
            },
        )
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


def _read_awards(text, sents, source_file, out: NoticeTables) -> None:
    items = _item_starts(out)
    for m in AWARD_RE.finditer(text):
        offset = m.start(1)
        for raw in m.group(1).split("、"):
            part = _AWARD_ITEM.match(raw.strip())
            if part:
                out.add(
                    "awards",
                    {
                        "level": award_level(part.group(1)),
                        "name": part.group(1),
                        "count": cn_to_int(part.group(2)),
                        "unit": part.group(3),
                        "item": _item_at(items, m.start()),
                        **sents.provenance(offset, source_file),
                    },
                )
            offset += len(raw) + 1
