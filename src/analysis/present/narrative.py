"""Sentences for the briefing, generated from the figures (never typed numbers)."""

from __future__ import annotations

from analysis.i18n import pct, t


def key_points(s: dict, lang: str = "zh") -> list[str]:
    """The briefing's key figures as short sentences, in the chosen language."""
    f, d, o = s["findings"], s["declared"], s["organisations"]
    zh = lang == "zh"
    points = []
    if zh:
        points.append(
            f"台账共{f['total']}个具体问题，已完成{f['completed']}个，完成率{pct(f['completion_rate'])}。"
        )
    else:
        points.append(
            f"{f['total']} specific problems; {f['completed']} completed ({pct(f['completion_rate'])})."
        )
    declared = [
        f"{d[k]}个{t(k, lang)}" if zh else f"{d[k]} {t(k, lang).lower()}"
        for k in ("aspects", "categories", "problems")
        if d[k] is not None
    ]
    if declared:
        points.append(
            ("通报所述：" if zh else "Declared: ")
            + ("、".join(declared) if zh else ", ".join(declared))
            + ("。" if zh else ".")
        )
    bad = [r for r in s["reconciliation"] if not r["agrees"]]
    if s["reconciliation"]:
        if bad:
            names = "、".join(t(r["figure"], lang) for r in bad)
            points.append(
                f"通报与台账不一致：{names}。" if zh else f"Notice and ledger disagree on: {names}."
            )
        else:
            points.append(
                "通报所述总数与台账一致。" if zh else "The declared totals agree with the ledger."
            )
    if f["with_deadline"]:
        points.append(
            f"截至{s['as_of']}，逾期未完成{f['overdue']}个。"
            if zh
            else f"As of {s['as_of']}, {f['overdue']} overdue."
        )
    else:
        points.append(
            "台账没有整改时限，无法判断逾期。"
            if zh
            else "The ledger has no deadlines; overdue cannot be judged."
        )
    m = s["measures"]
    if m["total"]:
        points.append(
            f"列举整改举措{m['enumerated']}条。"
            if zh
            else f"{m['enumerated']} enumerated measures."
        )
    dl = s["delegates"]
    if dl["total"]:
        n = sum(1 for i in dl["indicators"] if i["quantified"])
        points.append(
            f"{dl['congress']}代表{dl['total']}名，{n}项结构指标设有下限。"
            if zh
            else f"{dl['congress']}: {dl['total']} delegates, {n} structure floors."
        )
    if o["new"]:
        points.append(
            f"新建妇联组织至少{o['new']}个（两份名单去重）。"
            if zh
            else f"At least {o['new']} new federations (deduplicated)."
        )
    return points
