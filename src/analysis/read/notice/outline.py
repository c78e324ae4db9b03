"""The heading outline of a notice: sections, aspects, problems, sub-problems and titled measures.

Headings are numbered `一、`, `(一)`, `1.`/`1、` or `(1)` at the start of a line (or, in
text whose line breaks were flattened, after a full stop). What a heading is follows from
what it says and where it sits: a `关于“…”问题` wrapper marks a problem; a title with 方面 an
aspect; a 一、 title such as 整改落实情况 a section; otherwise the outermost numbered level
in the problems' section holds the problems, and deeper levels are sub-problems (when they
carry their own 整改情况) or titled measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.read.textnorm import NUMBER, cn_to_int, int_to_cn

_CN = "一二三四五六七八九十"
MARKER_RE = re.compile(
    rf"(?P<cn>[{_CN}]{{1,3}})、|\((?P<pcn>[{_CN}]{{1,3}})\)|(?P<num>\d{{1,3}})[.、](?!\d)|\((?P<pnum>\d{{1,3}})\)"
)
WRAPPER_RE = re.compile(r"关于\s*[“\"”]([^“”\"\n]{1,200})[”\"“]\s*(?:的)?(?:问题)?")
SECTION_WORDS = re.compile(
    r"整改工作|组织情况|组织领导|落实情况|下一步|工作打算|工作计划|总体情况|基本情况|具体问题整改"
)
NEXT_STEPS_WORDS = re.compile(r"下一步|打算|计划")
ORGANISATION_WORDS = re.compile(r"组织|总体|基本情况")
ASPECT_COUNT_RE = re.compile(rf"[(]?共?({NUMBER})个问题[)]?\s*$")
RESULT_LABEL_RE = re.compile(
    r"(?:整改结果及成效|整改落实情况|整改完成情况|整改情况|整改成效|整改结果|整改措施)\s*:"
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
    text_length: int = 0

    def end_of(self, i: int, stop_roles: tuple[str, ...]) -> int:
        """Where heading i's text ends: at the next heading with one of stop_roles."""
        for h in self.headings[i + 1 :]:
            if h.role in stop_roles:
                return h.start
        return self.text_length


def is_flattened(text: str) -> bool:
    """True when the line breaks are gone (a long text on very few lines)."""
    return text.count("\n") < 3 and len(text) > 200


def find_headings(text: str) -> list[Heading]:
    """Every numbered heading at a line start (or after 。 in flattened text)."""
    flat = is_flattened(text)
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    if flat:
        starts += [m.end() for m in re.finditer(r"[。]", text)]
    headings = []
    for s in sorted(set(starts)):
        pos = s
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        m = MARKER_RE.match(text, pos)
        if not m:
            continue
        kind = m.lastgroup or ""
        value = int(m.group(kind)) if kind in ("num", "pnum") else cn_to_int(m.group(kind))
        title_start = m.end()
        line_end = text.find("\n", title_start)
        line_end = len(text) if line_end < 0 else line_end
        title, body_start = _title(text, title_start, line_end)
        if not title:
            continue
        headings.append(Heading(kind, value or 0, m.start(), title, title_start, body_start))
    return headings


def _title(text: str, start: int, line_end: int) -> tuple[str, int]:
    """The heading's title: a wrapped 关于“…” phrase or the first sentence of its line."""
    segment = text[start:line_end]
    wrapped = WRAPPER_RE.match(segment.lstrip())
    if wrapped:
        rest = segment.lstrip()[wrapped.end() :]
        tail = re.match(r"(?:的)?整改(?:情况)?[。.:]?", rest)
        offset = len(segment) - len(segment.lstrip()) + wrapped.end() + (tail.end() if tail else 0)
        return segment.lstrip()[: wrapped.end()].strip(), start + offset
    stop = re.search(r"[。:;]", segment)
    if stop:
        return segment[: stop.start()].strip(), start + stop.end()
    return segment.strip(), line_end


def build_outline(text: str) -> Outline:
    """Find the headings and give each its role."""
    out = Outline(find_headings(text), text_length=len(text))
    for h in out.headings:
        _classify_fixed(h)
    for i, h in enumerate(out.headings):
        if h.role == "section":
            end = out.end_of(i, ("section",))
            out.sections.setdefault(h.section, (h.body_start, end))
    _assign_problems(out, text)
    return out


def _classify_fixed(h: Heading) -> None:
    """Roles that follow from the heading alone: problem (wrapper), section, aspect."""
    if WRAPPER_RE.match(h.title):
        h.role, h.wrapped = "problem", True
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
    elif "方面" in h.title and len(h.title) <= 60:
        h.role = "aspect"
        count = ASPECT_COUNT_RE.search(h.title)
        if count:
            h.aspect_count = cn_to_int(count.group(1))
            h.title = h.title[: count.start()].strip()


def _in_plan_section(out: Outline, h: Heading) -> bool:
    for name in ("work_organisation", "next_steps"):
        region = out.sections.get(name)
        if region and region[0] <= h.start < region[1]:
            return True
    return False


def _assign_problems(out: Outline, text: str) -> None:
    """Pick the problem level, then sub-problems and titled measures below it."""
    candidates = [h for h in out.headings if h.role == "" and not _in_plan_section(out, h)]
    wrapped = [h for h in out.headings if h.role == "problem"]
    if wrapped:
        problem_kinds = {h.kind for h in wrapped}
    elif candidates:
        problem_kinds = {min((h.kind for h in candidates), key=lambda k: KIND_ORDER.get(k, 99))}
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
        children = [c for c in out.headings[i + 1 :] if h.start < c.start < end and c.role == ""]
        for j, c in enumerate(children):
            c_end = children[j + 1].start if j + 1 < len(children) else end
            has_result = RESULT_LABEL_RE.search(text, c.body_start, c_end) is not None
            c.role = "sub_problem" if has_result else "measure"
        if any(c.role == "sub_problem" for c in children):
            for c in children:
                c.role = "sub_problem"
