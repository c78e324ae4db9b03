"""The draft 巡察整改进展情况的通报 as data: paragraphs of text and visible blanks.

Every count comes from the ledger (computed once, for one as-of date); every date and name
is the ledger's (its events, its unit, its rows) or the as-of date; whatever the ledger
does not hold is a Blank (`【待填写：…】`), never a guess. The Word and TXT files are drawn
from this one structure (export/notice_docx.py), so they say the same thing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.figures.as_of import resolve_as_of
from analysis.figures.completion import overdue_mask
from analysis.figures.measures import measure_counts
from analysis.figures.progress import UnitProgress
from analysis.i18n import pct, t
from analysis.model.ledger import Ledger
from analysis.present.notice_parts import (
    LANG,
    Blank,
    NoticeDraft,
    Para,
    Part,
    blank_names,
    blank_of,
    fill,
    fill_blanks,
    para,
)
from analysis.present.notice_words import (
    aspect_heading,
    clean,
    count_or_declared,
    issuer_of,
    measure_text,
    official_date,
    problem_heading,
)

__all__ = ["Blank", "NoticeDraft", "Para", "blank_names", "draft_notice", "fill_blanks"]


def draft_notice(
    ledger: Ledger,
    as_of: object = None,
    unit: str | None = None,
    progress: UnitProgress | None = None,
) -> NoticeDraft:
    """The draft notice of a ledger as of a date (the ledger's own date by default)."""
    when, basis = resolve_as_of(ledger, as_of)
    named = unit or _stated_unit(ledger)
    issuer = issuer_of(named)
    draft = NoticeDraft(named, issuer, when, basis)
    draft.totals = declared_totals(ledger)
    issuer_part: Part = issuer if named else Blank(t("nd_blank_unit", LANG))
    title_parts = fill("nd_title", issuer=issuer_part)
    if not named:
        title_parts.insert(0, t("nd_party", LANG))
    draft.paras.append(para("title", *title_parts))
    draft.paras.append(para("body", *_opening(ledger, named)))
    draft.paras += _organisation(ledger, draft.totals)
    draft.paras += _items(ledger, draft, progress)
    draft.paras += _next_steps(ledger, when)
    draft.paras.append(para("body", *_supervision()))
    draft.paras.append(para("signature", *([issuer] if named else title_parts[:2])))
    draft.paras.append(para("date", official_date(when)))
    return draft


def _stated_unit(ledger: Ledger) -> str | None:
    """The unit the ledger states; None when only its file name stands in for one."""
    unit = str(ledger.meta.get("unit") or "")
    source = str(ledger.meta.get("source_file") or "")
    if ledger.meta.get("unit_basis") == "file_name" or not unit or unit == Path(source).stem:
        return None  # a package-written workbook keeps the stand-in without its basis
    return unit


def declared_totals(ledger: Ledger) -> dict[str, float | int]:
    """The totals the draft declares, each counted from the ledger (zero statuses included)."""
    f = ledger.findings
    counts = f["status"].value_counts()
    out: dict[str, float | int] = {}
    for figure, column in (("aspects", "aspect"), ("categories", "category")):
        n = count_or_declared(ledger, figure, column)
        if n:
            out[figure] = n
    out["problems"] = len(f)
    measures = measure_counts(ledger).total
    if measures:
        out["measures"] = measures
    for status in ("completed", "in_progress", "long_term"):
        out[status] = int(counts.get(status, 0))
    # written 尚未启动 / 尚未完成, both read back as not completed (open is not completed)
    if not_completed := int(counts.get("not_started", 0)) + int(counts.get("open", 0)):
        out["not_completed"] = not_completed
    out["completion_rate"] = round(out["completed"] / len(f), 3) if len(f) else 0.0
    return out


# ---------------------------------------------------------------- opening


_GROUP_RE = re.compile(r"^(.{2,20}?巡[察视]组)")


def _event(ledger: Ledger, kind: str) -> pd.Timestamp | None:
    e = ledger.events
    dates = e.loc[e["kind"] == kind, "date"].dropna()
    return dates.iloc[0] if len(dates) else None


def _opening(ledger: Ledger, unit: str | None) -> list[Part]:
    """Which inspection, when stationed and fed back: the ledger's events, else blanks."""
    e = ledger.events
    inspections = e.loc[e["kind"].isin(["inspection_start", "feedback"]), "description"]
    named = [m.group(1) for d in inspections.dropna() if (m := _GROUP_RE.match(str(d)))]
    group: Part = named[0] if named else Blank(t("nd_blank_group", LANG))
    dates: dict[str, Part] = {}
    for name, kind, blank in (
        ("start", "inspection_start", "nd_blank_start"),
        ("end", "inspection_end", "nd_blank_end"),
        ("feedback", "feedback", "nd_blank_feedback"),
    ):
        when = _event(ledger, kind)
        dates[name] = official_date(when) if when is not None else Blank(t(blank, LANG))
    who: Part = unit if unit else Blank(t("nd_blank_unit", LANG))
    return fill("nd_opening", group=group, unit=who, **dates)


# ---------------------------------------------------------------- 一、组织情况


def _heading1(n: int, key: str) -> Para:
    return para("h1", t("nd_heading1", LANG, n=_cn(n), title=t(key, LANG)))


def _cn(n: int) -> str:
    from analysis.i18n.documents import numeral

    return numeral(n, "zh")


def _organisation(ledger: Ledger, totals: dict) -> list[Para]:
    """A blank for the office's own account, and what the data shows: measures and owners."""
    f = ledger.findings
    owners = [
        t(key, LANG, n=n)
        for key, n in (
            ("nd_departments", _distinct(f["department"])),
            ("nd_leaders", _distinct(f["leader"])),
        )
        if n
    ]
    by = t("nd_owners_by", LANG, parts=t("nd_and", LANG).join(owners)) if owners else ""
    if "measures" in totals:
        data = t("nd_owners", LANG, measures=totals["measures"], owners=by)
    else:
        data = t("nd_owners_measures_only", LANG, owners=by)
    return [
        _heading1(1, "nd_section_organisation"),
        para("body", blank_of("nd_blank_organisation")),
        para("body", data),
    ]


def _distinct(values: pd.Series) -> int:
    """How many different owners a column names (several in one cell split on 、，,;)."""
    names: set[str] = set()
    for cell in values.dropna().astype(str):
        names |= {n.strip() for n in re.split(r"[、，,;；/\s]+", cell) if n.strip()}
    return len(names)


# ---------------------------------------------------------------- 二、整改落实情况


def _items(ledger: Ledger, draft: NoticeDraft, progress: UnitProgress | None) -> list[Para]:
    """The totals sentence, what changed since the last kept period, then each problem."""
    paras = [_heading1(2, "nd_section_items"), para("body", _totals_sentence(ledger, draft))]
    if progress is not None:
        paras.append(para("body", _since(progress)))
    f = ledger.findings
    aspects = f["aspect"].fillna("").astype(str).map(clean)
    grouped = bool(aspects.str.len().gt(0).any())
    counted = measure_counts(ledger)
    k = 0
    for a, aspect in enumerate(dict.fromkeys(aspects) if grouped else [""], start=1):
        rows = f[aspects == aspect] if grouped else f
        if grouped:
            paras.append(para("h2", t("nd_heading2", LANG, n=_cn(a), title=aspect_heading(aspect))))
        for k_in, row in enumerate(rows.itertuples(), start=1):
            k += 1
            title = problem_heading(str(row.title))
            if grouped:
                paras.append(para("h3", t("nd_heading3", LANG, n=k_in, title=title)))
            else:
                paras.append(para("h2", t("nd_heading2", LANG, n=_cn(k), title=title)))
            paras += _problem_body(ledger, row, counted.kind, draft.as_of)
    return paras


def _totals_sentence(ledger: Ledger, draft: NoticeDraft) -> str:
    tot, f = draft.totals, ledger.findings
    sep = t("nd_totals_scope_sep", LANG)
    scope = "".join(
        t(f"nd_totals_{k}", LANG, n=tot[k]) + sep for k in ("aspects", "categories") if k in tot
    )
    scope_text = t("nd_totals_scope", LANG, scope=scope, problems=tot["problems"])
    measures = t("nd_totals_measures", LANG, n=tot["measures"]) if "measures" in tot else ""
    others = ""
    not_started = int(f["status"].eq("not_started").sum())
    still_open = int(f["status"].eq("open").sum())
    unknown = int((f["status"].isna() | f["status"].eq("unrecognised")).sum())
    if still_open:  # one count of what is not completed, read back first
        among = t("nd_totals_among_not_started", LANG, n=not_started) if not_started else ""
        others += t("nd_totals_open", LANG, n=still_open + not_started, among=among)
    elif not_started:
        others += t("nd_totals_not_started", LANG, n=not_started)
    if unknown:
        others += t("nd_totals_unknown", LANG, n=unknown)
    return t(
        "nd_totals",
        LANG,
        scope=scope_text,
        measures=measures,
        date=official_date(draft.as_of),
        completed=tot["completed"],
        in_progress=tot["in_progress"],
        long_term=tot["long_term"],
        others=others,
        rate=pct(tot["completion_rate"]),
    )


def _since(progress: UnitProgress) -> str:
    done = progress.changes[progress.changes["change"] == "newly_completed"]
    titles = t("nd_item_sep", LANG).join(f"“{clean(str(x))}”" for x in done["title"].dropna())
    items = t("nd_since_items", LANG, titles=titles) if titles else ""
    return t("nd_since", LANG, start=official_date(progress.start), n=len(done), items=items)


def _problem_body(ledger: Ledger, row, kind: str, as_of: pd.Timestamp) -> list[Para]:
    """The problem's measures as 一是…二是… and its status in a sentence."""
    m = ledger.measures
    rows = m[m["finding_number"] == row.number].sort_values("seq")
    counted = rows[rows["enumerated"].fillna(False).astype(bool)] if kind == "steps" else rows
    parts, k = [], 0
    for measure in rows.itertuples():
        text = measure_text(measure.heading, measure.text)
        if not text:
            continue
        if measure.Index in counted.index:
            k += 1
            text = t("nd_ordinal", LANG, n=_cn(k)) + text
        parts.append(text)
    paras = [para("body", *_status_sentence(ledger, row, as_of))]
    progress = clean(str(row.progress)) if pd.notna(row.progress) else ""
    if progress:
        paras.append(para("body", t("nd_progress", LANG, text=_end(progress))))
    if parts:
        paras.append(para("body", t("nd_measures", LANG, measures="".join(parts))))
    return paras


def _end(text: str) -> str:
    return text if text.endswith(("。", "！", "？", "”")) else text + "。"


def _status_sentence(ledger: Ledger, row, as_of: pd.Timestamp) -> list[Part]:
    status = row.status
    if pd.isna(status) or status == "unrecognised":
        return fill("nd_status_unknown", blank=Blank(t("nd_blank_status", LANG)))
    if status == "completed":
        done = row.completed_on
        when = t("nd_status_completed_on", LANG, date=official_date(done)) if pd.notna(done) else ""
        return [t("nd_status_completed", LANG, when=when)]
    if status == "long_term":
        return [t("nd_status_long_term", LANG)]
    return [t(f"nd_status_{status}", LANG, deadline=_deadline(ledger, row, as_of))]


def _deadline(ledger: Ledger, row, as_of: pd.Timestamp) -> str:
    if pd.isna(row.deadline):
        return ""
    late = bool(overdue_mask(ledger.findings.loc[[row.Index]], as_of).iloc[0])
    key = "nd_deadline_passed" if late else "nd_deadline"
    return t(key, LANG, date=official_date(row.deadline))


# ---------------------------------------------------------------- 三、下一步


def _next_steps(ledger: Ledger, as_of: pd.Timestamp) -> list[Para]:
    """A blank for the office's plans, then the open and the long-term problems by name."""
    f = ledger.findings
    paras = [_heading1(3, "nd_section_next"), para("body", blank_of("nd_blank_next_steps"))]
    sep = t("nd_item_sep", LANG)
    open_rows = f[
        f["status"].isin(["in_progress", "open", "not_started", "unrecognised"])
        | f["status"].isna()
    ]
    if len(open_rows):
        items = sep.join(_next_item(r) for r in open_rows.itertuples())
        paras.append(para("body", t("nd_next_open", LANG, items=items)))
    long_rows = f[f["status"].eq("long_term")]
    if len(long_rows):
        items = sep.join(_next_item(r, with_deadline=False) for r in long_rows.itertuples())
        paras.append(para("body", t("nd_next_long", LANG, items=items)))
    return paras


def _next_item(row, with_deadline: bool = True) -> str:
    has = with_deadline and pd.notna(row.deadline)
    deadline = t("nd_next_deadline", LANG, date=official_date(row.deadline)) if has else ""
    return t("nd_next_item", LANG, title=clean(str(row.title)).rstrip("。"), deadline=deadline)


def _supervision() -> list[Part]:
    return fill(
        "nd_supervision",
        phone=Blank(t("nd_blank_phone", LANG)),
        mailbox=Blank(t("nd_blank_mailbox", LANG)),
        email=Blank(t("nd_blank_email", LANG)),
    )
