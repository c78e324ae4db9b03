"""The heading outline of a notice: sections, aspects, problems, sub-problems and titled measures.

Headings are numbered `一、`, `(一)`, `1.`/`1、` or `(1)` at the start of a line (or, in
text whose line breaks were flattened, after a full stop). What a heading is follows from
what it says and where it sits: a `关于“…”问题` wrapper marks a problem; a title with 方面 an
aspect; a 一、 title such as 整改落实情况 a section; otherwise the outermost numbered level
in the problems' section holds the problems, and deeper levels are sub-problems (when they
carry their own 整改情况) or titled measures.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from analysis.read.textnorm import NUMBER, cn_to_int, int_to_cn

_CN = "一二三四五六七八九十"
MARKER_RE = re.compile(
    rf"(?P<cn>[{_CN}]{{1,3}})、|\((?P<pcn>[{_CN}]{{1,3}})\)|(?P<num>\d{{1,3}})[.、](?!\d)|\((?P<pnum>\d{{1,3}})\)"
)
WRAPPER_RE = re.compile(r"关于\s*[“\"”]([^“”\"\n]{1,200})[”\"“]\s*(?:的)?(?:问题)?")
SECTION_WORDS = re.compile(
    r"整改工作|组织情况|组织领导|落实情况|实施情况|下一步|工作打算|工作计划|总体情况|基本情况|具体问题整改"
)
NEXT_STEPS_WORDS = re.compile(r"下一步|打算|计划")
ORGANISATION_WORDS = re.compile(r"组织|总体|基本情况")
ASPECT_COUNT_RE = re.compile(rf"[(]?共?({NUMBER})个问题[)]?\s*$")
RESULT_LABEL_RE = re.compile(
    r"(?:整改结果及成效|整改落实情况|整改完成情况|整改情况|整改成效|整改结果|整改措施)\s*:"
)
#: headings about how the rectification was organised (责任, 领导, 站位), not about a problem
ORGANISATION_RE = re.compile(
    r"主体责任|组织领导|组织落实|组织整改|整改工作(?:组织|情况)|组织情况|总体情况|基本情况"
    r"|政治站位|政治责任|政治担当|整改责任|加强领导|压实责任"
)
PROBLEM_WORDS = re.compile(
    r"不到位|不够|不足|不力|不严|不实|不细|不深|不高|不强|不规范|不健全|不完善|不充分|不彻底|不精准"
    r"|缺乏|缺失|欠缺|薄弱|滞后|弱化|虚化|淡化|偏差|偏松|偏软|漏洞|短板|差距|问题(?!导向)|存在|未能|未按"
    r"|不[^\s,;:]{1,3}$"
)
KIND_ORDER = {"cn": 0, "pcn": 1, "num": 2, "pnum": 3}


@dataclass
class Heading:
    """One numbered heading: its marker, title and where its own text starts."""

    kind: str
    value: int
    start: int  # marker start
    title: str
    title_start: int
    body_start: int  # after the title sentence
    role: str = ""  # section | aspect | problem | sub_problem | measure | other
    section: str = ""  # work_organisation | items | next_steps (for section headings)
    wrapped: bool = False
    aspect_count: int | None = None

    @property
    def label(self) -> str:
        """The numbering as written, normalised: 一、 → 一, (一) → (一), 1. → 1, (1) → (1)."""
        return f"({self.marker})" if self.kind in ("pcn", "pnum") else self.marker

    @property
    def marker(self) -> str:
        return str(self.value) if self.kind in ("num", "pnum") else int_to_cn(self.value)


@dataclass
class Outline:
    """Headings in order, with their roles, and the regions of the notice's sections."""

    headings: list[Heading] = field(default_factory=list)
    sections: dict[str, tuple[int, int]] = field(default_factory=dict)
    plan_regions: list[tuple[int, int]] = field(default_factory=list)
    text_length: int = 0
    _starts: list[int] = field(default_factory=list, repr=False)

    def end_of(self, i: int, stop_roles: tuple[str, ...]) -> int:
        """Where heading i's text ends: at the next heading with one of stop_roles."""
        for k in range(i + 1, len(self.headings)):
            if self.headings[k].role in stop_roles:
                return self.headings[k].start
        return self.text_length

    def between(self, i: int, end: int) -> list[Heading]:
        """The headings after heading i that start before end (headings are in text order)."""
        starts = self._starts if len(self._starts) == len(self.headings) else self._index()
        return self.headings[i + 1 : bisect.bisect_left(starts, end, lo=i + 1)]

    def _index(self) -> list[int]:
        self._starts = [h.start for h in self.headings]
        return self._starts


def is_flattened(text: str) -> bool:
    """True when the line breaks are gone (a long text on very few lines)."""
    return text.count("\n") < 3 and len(text) > 100


def find_headings(text: str) -> list[Heading]:
    """Every numbered heading at a line start or after 。/; (in flattened text also after 方面
    or a closing bracket, and (一)/(1) anywhere): a title ends at the next heading."""
    found = [(m.start(), m) for m in _markers(text)]
    headings = []
    for k, (_, m) in enumerate(found):
        kind = m.lastgroup or ""
        value = int(m.group(kind)) if kind in ("num", "pnum") else cn_to_int(m.group(kind))
        title_start = m.end()
        line_end = text.find("\n", title_start)
        line_end = len(text) if line_end < 0 else line_end
        if k + 1 < len(found):
            line_end = min(line_end, found[k + 1][0])
        title, body_start = _title(text, title_start, line_end)
        if not title:
            continue
        headings.append(Heading(kind, value or 0, m.start(), title, title_start, body_start))
    return headings


def _markers(text: str) -> list[re.Match]:
    starts = {0} | {m.end() for m in re.finditer(r"[\n。;]", text)}
    if is_flattened(text):
        starts |= {m.end() for m in re.finditer(r"方面|\)|\s", text)}
        starts |= {m.start() for m in re.finditer(r"\([一二三四五六七八九十\d]{1,3}\)", text)}
    out: list[re.Match[str]] = []
    for s in sorted(starts):
        pos = s
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        m = MARKER_RE.match(text, pos)
        if m and (not out or m.start() >= out[-1].end()):
            out.append(m)
    return out


def _title(text: str, start: int, line_end: int) -> tuple[str, int]:
    """The heading's title: a wrapped 关于“…” phrase or the first sentence of its line."""
    segment = text[start:line_end]
    wrapped = WRAPPER_RE.match(segment.lstrip())
    if wrapped:
        rest = segment.lstrip()[wrapped.end() :]
        tail = re.match(r"(?:的)?整改(?:情况)?[。.:]?", rest)
        offset = len(segment) - len(segment.lstrip()) + wrapped.end() + (tail.end() if tail else 0)
        return segment.lstrip()[: wrapped.end()].strip(), start + offset
    label = CATEGORY_LABEL_RE.match(segment.lstrip())
    stop = re.search(r"[。;]" if label else r"[。:;]", segment)
    if stop:
        return segment[: stop.start()].strip(), start + stop.end()
    return segment.strip(), line_end


def build_outline(text: str) -> Outline:
    """Find the headings and give each its role."""
    out = Outline(find_headings(text), text_length=len(text))
    for h in out.headings:
        _classify_fixed(h)
    _nest_sections(out)
    for i, h in enumerate(out.headings):
        if h.role == "section":
            end = out.end_of(i, ("section",))
            rank = KIND_ORDER.get(h.kind, 99)
            later = out.headings[i + 1 :]
            nxt = next((c.start for c in later if KIND_ORDER.get(c.kind, 99) <= rank), end)
            end = min(end, nxt)
            out.sections.setdefault(h.section, (h.body_start, end))
            if h.section != "items":
                out.plan_regions.append((h.body_start, end))
    _assign_problems(out, text)
    return out


def _nest_sections(out: Outline) -> None:
    """A (一) heading about organisation inside a 一、 section is part of it, not a new section."""
    outer_end = -1
    for i, h in enumerate(out.headings):
        if h.role == "section" and h.kind == "cn":
            nxt = next((c.start for c in out.headings[i + 1 :] if c.kind == "cn"), None)
            outer_end = out.text_length if nxt is None else nxt
        elif h.role == "section" and h.start < outer_end:
            h.role, h.section = "", ""


def looks_like_problem(title: str) -> bool:
    """A title that names a shortcoming (不到位, 缺乏, 滞后 …), not an action or a section."""
    return bool(PROBLEM_WORDS.search(title))


def _classify_fixed(h: Heading) -> None:
    """Roles that follow from the heading alone: problem (wrapper), section, aspect."""
    if WRAPPER_RE.match(h.title):
        h.role, h.wrapped = "problem", True
    elif h.kind in ("cn", "pcn") and _is_organisation(h.title):
        h.role, h.section = "section", "work_organisation"
    elif h.kind == "cn" and SECTION_WORDS.search(h.title):
        h.role = "section"
        h.section = (
            "next_steps"
            if NEXT_STEPS_WORDS.search(h.title)
            else "items"
            if "落实" in h.title or "具体问题" in h.title
            else "work_organisation"
            if ORGANISATION_WORDS.search(h.title)
            else "items"
        )
    elif _is_aspect(h.title):
        h.role = "aspect"
        count = ASPECT_COUNT_RE.search(h.title)
        if count:
            h.aspect_count = cn_to_int(count.group(1))
            h.title = h.title[: count.start()].strip()


#: 在…方面, …方面(9个问题), …方面存在的问题; 反馈问题:… (a category label)
ASPECT_END_RE = re.compile(r"方面(?:存在的|的)?(?:问题)?\s*$")
CATEGORY_LABEL_RE = re.compile(r"^(?:巡察|巡视)?(?:反馈|存在|主要)?问题\s*:")


def _is_aspect(title: str) -> bool:
    if CATEGORY_LABEL_RE.match(title):
        return True
    bare = ASPECT_COUNT_RE.sub("", title).strip().rstrip("。.")
    return len(bare) <= 80 and bool(ASPECT_END_RE.search(bare))


def _is_organisation(title: str) -> bool:
    return (
        bool(ORGANISATION_RE.search(title))
        and not looks_like_problem(title)
        and "方面" not in title
    )


def _kinds_under_aspects(out: Outline, candidates: list[Heading]) -> list[str]:
    """Heading kinds found right below an aspect heading (…方面): those are the problems."""
    kinds = []
    for i, h in enumerate(out.headings):
        if h.role != "aspect":
            continue
        nxt = out.headings[i + 1] if i + 1 < len(out.headings) else None
        if nxt in candidates and KIND_ORDER.get(nxt.kind, 99) > KIND_ORDER.get(h.kind, 99):
            kinds.append(nxt.kind)
    return sorted(set(kinds), key=lambda k: KIND_ORDER.get(k, 99))


def _in_plan_section(out: Outline, h: Heading) -> bool:
    return any(start <= h.start < end for start, end in out.plan_regions)


def _assign_problems(out: Outline, text: str) -> None:
    """Pick the problem level, then sub-problems and titled measures below it."""
    candidates = [h for h in out.headings if h.role == "" and not _in_plan_section(out, h)]
    wrapped = [h for h in out.headings if h.role == "problem"]
    if wrapped:
        problem_kinds = {h.kind for h in wrapped}
    elif candidates:
        # the outermost level that names a shortcoming; levels above it are aspects, and a
        # text whose headings only name actions (强化组织领导 …) lists no problems
        kinds = sorted({h.kind for h in candidates}, key=lambda k: KIND_ORDER.get(k, 99))
        under = _kinds_under_aspects(out, candidates)
        named = under[:1] or [
            k for k in kinds if any(looks_like_problem(h.title) for h in candidates if h.kind == k)
        ]
        if not named:
            return
        problem_kinds = {named[0]}
        for h in candidates:
            if KIND_ORDER.get(h.kind, 99) < KIND_ORDER.get(named[0], 99):
                h.role = "aspect"
    else:
        return
    for h in candidates:
        if h.kind in problem_kinds:
            h.role = "problem"
    stops = ("problem", "aspect", "section")
    for i, h in enumerate(out.headings):
        if h.role != "problem":
            continue
        end = out.end_of(i, stops)
        children = [c for c in out.between(i, end) if h.start < c.start and c.role == ""]
        for j, c in enumerate(children):
            c_end = children[j + 1].start if j + 1 < len(children) else end
            has_result = RESULT_LABEL_RE.search(text, c.body_start, c_end) is not None
            c.role = "sub_problem" if has_result else "measure"
        if any(c.role == "sub_problem" for c in children):
            for c in children:
                c.role = "sub_problem"
