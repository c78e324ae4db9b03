"""The readable (non-JSON) form of `analysis summary`."""

from __future__ import annotations

from analysis.i18n import pct, t
from analysis.model.schema import DECLARED_FIGURES, STATUSES

LABELS = {
    "title": (
        "{unit} 巡察整改关键数据（截至 {as_of}）",
        "{unit}: key rectification figures (as of {as_of})",
    ),
    "findings": ("问题整改", "Findings"),
    "declared": ("通报所述总数", "Declared totals"),
    "reconciliation": ("核对：通报与台账", "Reconciliation: declared vs ledger"),
    "measures": ("整改举措（列举的 一是/二是…）", "Measures (enumerated 一是/二是…)"),
    "delegates": (
        "代表结构（{congress}，共{total}名）",
        "Delegate structure ({congress}, {total} delegates)",
    ),
    "orgs": ("新建妇联组织（去重）", "New federations (deduplicated)"),
    "not_stated": ("未说明", "not stated"),
    "unquantified": ("未量化", "not quantified"),
}


def _l(key: str, lang: str, **kw: object) -> str:
    zh, en = LABELS[key]
    return (zh if lang == "zh" else en).format(**kw)


def summary_text(s: dict, lang: str = "zh") -> str:
    """A plain-text table of the summary's figures."""
    out = [_l("title", lang, unit=s["unit"], as_of=s["as_of"]), ""]
    f = s["findings"]
    out.append(_l("findings", lang))
    out.append(f"  {t('total', lang)}: {f['total']}")
    for status in STATUSES:
        out.append(f"  {t(status, lang)}: {f[status]}")
    out.append(f"  {t('overdue', lang)}: {f['overdue']}")
    out.append(f"  {t('completion_rate', lang)}: {pct(f['completion_rate'])}")
    out += ["", _l("declared", lang)]
    for figure in DECLARED_FIGURES:
        value = s["declared"][figure]
        shown = (
            _l("not_stated", lang)
            if value is None
            else pct(value)
            if figure == "completion_rate"
            else value
        )
        out.append(f"  {t(figure, lang)}: {shown}")
    out += ["", _l("reconciliation", lang)]
    for r in s["reconciliation"]:
        fmt = pct if r["figure"] == "completion_rate" else str
        mark = t("agrees" if r["agrees"] else "disagrees", lang)
        out.append(
            f"  {t(r['figure'], lang)}: {fmt(r['declared'])} / {fmt(r['ledger'])} ({r['basis']}) {mark}"
        )
    m = s["measures"]
    out += ["", f"{_l('measures', lang)}: {m['enumerated']} (+{m['not_enumerated']})"]
    d = s["delegates"]
    if d["total"]:
        out += ["", _l("delegates", lang, congress=d["congress"], total=d["total"])]
        for i in d["indicators"]:
            bound = (
                f"≥{pct(i['threshold'])} (≥{i['min_count']})"
                if i["quantified"]
                else _l("unquantified", lang)
            )
            out.append(f"  {t(i['name'], lang)}: {bound}")
    o = s["organisations"]
    out += ["", f"{_l('orgs', lang)}: {o['new']}"]
    out += [f"  {t(k, lang)}: {v}" for k, v in o["by_sector"].items()]
    return "\n".join(out)
