"""Problems (findings), their measures, and the forward plan, from the notice's outline."""

from __future__ import annotations

from analysis.read.notice.context import NoticeContext
from analysis.read.notice.outline import RESULT_LABEL_RE, WRAPPER_RE, Heading
from analysis.read.textnorm import int_to_cn

_BOUNDARY = set("。;:,\n ")
_STOPS = ("problem", "aspect", "section")


def enumerate_markers(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Find 一是/二是/… in order within text[start:end]; returns (marker, marker_start, body_start)."""
    found: list[tuple[str, int, int]] = []
    pos, k = start, 1
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


def problem_title(h: Heading) -> str:
    """The problem as quoted in a 关于“…” wrapper, or the heading's own words."""
    wrapped = WRAPPER_RE.match(h.title)
    return (wrapped.group(1) if wrapped else h.title).strip().rstrip("。.;:")


def read_items(ctx: NoticeContext) -> None:
    """One finding per problem (or per sub-problem where a problem has them), with its measures."""
    outline, headings = ctx.outline, ctx.outline.headings
    aspect, number, labels = None, 0, []
    for i, h in enumerate(headings):
        if h.role in ("section", "aspect"):
            aspect = h.title if h.role == "aspect" else None
        if h.role != "problem":
            continue
        end = outline.end_of(i, _STOPS)
        inside = [c for c in outline.between(i, end) if h.start < c.start]
        subs = [c for c in inside if c.role == "sub_problem"]
        title = problem_title(h)
        labels.append(h)
        if not subs:
            number += 1
            _add_finding(ctx, number, h.label, title, None, aspect, h.start)
            titled = [c for c in inside if c.role == "measure"]
            _read_measures(ctx, number, h.body_start, end, titled)
            continue
        for k, c in enumerate(subs):
            c_end = subs[k + 1].start if k + 1 < len(subs) else end
            number += 1
            _add_finding(
                ctx, number, f"{h.label}{c.label}", problem_title(c), title, aspect, c.start
            )
            _read_measures(ctx, number, c.body_start, c_end, [])
    _check_numbering(ctx, labels)


def _add_finding(ctx, number, label, title, parent, aspect, at) -> None:
    row = {"number": number, "label": label, "title": title, "parent": parent, "aspect": aspect}
    ctx.add("findings", {**row, **ctx.provenance(at)})


def _check_numbering(ctx: NoticeContext, problems: list[Heading]) -> None:
    """Warn when problem numbers skip or repeat; numbering may restart under each aspect."""
    values = [h.value for h in problems if h.kind in ("num", "cn", "pcn")]
    runs: list[list[int]] = []
    for v in values:
        if runs and v == 1:
            runs.append([v])  # 1. again: a new aspect's problems
        elif runs:
            runs[-1].append(v)
        else:
            runs.append([v])
    if any(run != list(range(run[0], run[0] + len(run))) for run in runs):
        ctx.warn("notice_warn_numbering", values=values)


def _measure(ctx, number, seq, marker, heading, text, enumerated, start, end) -> None:
    row = {
        "finding_number": number,
        "seq": seq,
        "marker": marker,
        "heading": heading,
        "text": text,
        "enumerated": enumerated,
    }
    ctx.add("measures", {**row, **ctx.span(start, end)})


def _read_measures(ctx: NoticeContext, number, start, end, titled) -> None:
    """Measures: titled sub-paragraphs, 一是/二是…, one unnumbered paragraph, or none."""
    text = ctx.text
    if titled:
        for k, c in enumerate(titled, start=1):
            stop = titled[k].start if k < len(titled) else end
            body = text[c.body_start : stop].strip()
            _measure(ctx, number, k, c.label, c.title, body, True, c.start, _rstrip(text, stop))
        return
    label = RESULT_LABEL_RE.search(text, start, end)
    body_start = label.end() if label else start
    markers = enumerate_markers(text, body_start, end)
    if not markers:
        body = text[body_start:end].strip()
        if body:
            at = body_start + (len(text[body_start:end]) - len(text[body_start:end].lstrip()))
            _measure(ctx, number, 1, None, None, body, False, at, at + len(body))
        return
    for k, (marker, at, body_at) in enumerate(markers, start=1):
        stop = markers[k][1] if k < len(markers) else end
        heading, rest = split_heading(text, body_at, stop)
        _measure(ctx, number, k, marker, heading, rest, True, at, _rstrip(text, stop))


def _rstrip(text: str, stop: int) -> int:
    """stop moved back over blanks (without copying the text before it)."""
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    return stop


def read_plan(ctx: NoticeContext) -> None:
    """The organisation and next-steps sections: 一是/二是 commitments, not measures of an item."""
    for section in ("work_organisation", "next_steps"):
        if section in ctx.outline.sections:
            _read_plan_section(ctx, section, *ctx.outline.sections[section])


def _read_plan_section(ctx: NoticeContext, section: str, start: int, end: int) -> None:
    text = ctx.text
    markers = enumerate_markers(text, start, end)
    for k, (marker, at, body_at) in enumerate(markers, start=1):
        stop = markers[k][1] if k < len(markers) else end
        para_end = text.find("\n", body_at, stop)
        stop = para_end if para_end >= 0 else stop
        heading, rest = split_heading(text, body_at, stop)
        row = {"section": section, "seq": k, "marker": marker, "heading": heading, "text": rest}
        ctx.add("plan", {**row, **ctx.span(at, _rstrip(text, stop))})
