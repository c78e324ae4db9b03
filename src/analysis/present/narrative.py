"""Sentences for the briefing, generated from the figures (never typed numbers).

Each figure is worded as its source words it, and agreement is claimed only between
figures that are independent of each other.
"""

from __future__ import annotations

from analysis.i18n import date_text, pct, t

DECLARED_PARTS = ("aspects", "categories", "problems", "tasks")


def key_points(s: dict, lang: str = "zh") -> list[str]:
    """The briefing's key figures as short sentences, in the chosen language."""
    points = _completion(s, lang)
    f = s["findings"]
    as_of = date_text(s["as_of"], lang)
    if f["with_deadline"] and f.get("status_known", True):
        points.append(t("kp_overdue", lang, as_of=as_of, n=f["overdue"]))
    elif f["with_deadline"]:
        points.append(t("kp_past_deadline", lang, as_of=as_of, n=f["past_deadline"]))
    if f.get("unrecognised"):
        words = t("list_sep", lang).join(f"“{w}”" for w in f.get("unrecognised_words", {}))
        points.append(t("kp_unrecognised", lang, n=f["unrecognised"], words=words))
    points += _measures(s, lang)
    points += _delegates(s, lang)
    o = s["organisations"]
    if o["new"]:
        lists = len(o.get("by_list") or [])
        key = "kp_organisations" if lists > 1 else "kp_organisations_one_list"
        points.append(t(key, lang, n=o["new"]))
    return points


def _completion(s: dict, lang: str) -> list[str]:
    f, d = s["findings"], s["declared"]
    out = []
    from_total = bool(s.get("status_from_total"))
    if from_total and d["problems"] is not None and d["completed"] is not None:
        rate = d["completion_rate"] if d["completion_rate"] is not None else f["completion_rate"]
        every = d["completed"] == d["problems"]
        out.append(
            t(
                "kp_notice_totals_all" if every else "kp_notice_totals",
                lang,
                problems=d["problems"],
                completed=d["completed"],
                rate=pct(rate),
            )
        )
    elif f["total"] and not f.get("status_known", True):
        out.append(t("kp_plan_totals", lang, total=f["total"], with_deadline=f["with_deadline"]))
        return out
    elif f["total"]:
        out.append(
            t(
                "kp_ledger_totals",
                lang,
                total=f["total"],
                completed=f["completed"],
                rate=pct(f["completion_rate"]),
            )
        )
    parts = [t(f"kp_declared_{k}", lang, n=d[k]) for k in DECLARED_PARTS if d.get(k) is not None]
    if parts:
        out.append(t("kp_declared", lang, items=t("list_sep", lang).join(parts)))
    if from_total:
        out.append(t("kp_status_from_total", lang))
        return out
    checked = [r for r in s["reconciliation"] if r["basis"] == "ledger"]
    bad = [r for r in checked if not r["agrees"]]
    if bad:
        names = t("list_sep", lang).join(t(r["figure"], lang) for r in bad)
        out.append(t("kp_disagree", lang, names=names))
    elif checked:
        out.append(t("kp_agree", lang))
    return out


def _measures(s: dict, lang: str) -> list[str]:
    d, m = s["declared"], s["measures"]
    out = []
    if d.get("measures") is not None:
        out.append(t("kp_notice_measures", lang, n=d["measures"]))
    if not m.get("counted"):
        return out
    if m.get("kind") == "steps":
        missing = m.get("not_listed") or []
        if missing:
            items = t("list_sep", lang).join(str(n) for n in missing)
            out.append(t("kp_steps_missing", lang, n=m["counted"], items=items))
        else:
            out.append(t("kp_steps", lang, n=m["counted"]))
    else:
        out.append(t("kp_ledger_measures", lang, n=m["counted"]))
    return out


def _delegates(s: dict, lang: str) -> list[str]:
    dl = s["delegates"]
    if not dl["total"]:
        return []
    shares = []
    for i in dl["indicators"]:
        phrase = (
            t("share_at_least", lang, pct=pct(i["threshold"]))
            if i["quantified"]
            else t("share_present", lang)
        )
        label = t(i["name"], lang)
        quote = i.get("stated") or f"{label}{phrase}"
        shares.append(t("delegate_share", lang, quote=quote, label=label, phrase=phrase))
    return [
        t(
            "kp_delegates",
            lang,
            congress=dl["congress"],
            total=dl["total"],
            shares=t("list_sep", lang).join(shares),
        )
    ]
