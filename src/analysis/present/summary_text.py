"""The readable (non-JSON) form of `analysis summary`: figures the source does not state
are left out (named once on one line), never printed as a column of "not stated"."""

from __future__ import annotations

from analysis.i18n import pct, t
from analysis.model.schema import DECLARED_FIGURES, STATUSES


def summary_text(s: dict, lang: str = "zh") -> str:
    """A plain-text table of the summary's figures."""
    basis = t(s.get("as_of_basis") or "as_of_given", lang)
    out = [t("st_title", lang, unit=s["unit"], as_of=s["as_of"], basis=basis), ""]
    f = s["findings"]
    out.append(t("st_findings", lang))
    out.append(f"  {t('total', lang)}{t('colon', lang)}{f['total']}")
    out += [f"  {t(status, lang)}{t('colon', lang)}{f[status]}" for status in STATUSES if f[status]]
    if f.get("unknown"):
        out.append(f"  {t('unknown', lang)}{t('colon', lang)}{f['unknown']}")
    if not f.get("status_known", True):  # a plan: completion cannot be computed, said once
        out.append(
            f"  {t('kp_plan_totals', lang, total=f['total'], with_deadline=f['with_deadline'])}"
        )
    elif f["with_deadline"]:
        out.append(f"  {t('overdue', lang)}{t('colon', lang)}{f['overdue']}")
    if f.get("status_known", True):
        out.append(f"  {t('completion_rate', lang)}{t('colon', lang)}{pct(f['completion_rate'])}")
    out += _declared(s, lang)
    out += _reconciliation(s, lang)
    m = s["measures"]
    if m.get("counted"):
        key = "kp_steps" if m.get("kind") == "steps" else "kp_ledger_measures"
        out += ["", f"{t('st_measures', lang)}{t('colon', lang)}{t(key, lang, n=m['counted'])}"]
    d = s["delegates"]
    if d["total"]:
        out += ["", t("st_delegates", lang, congress=d["congress"], total=d["total"])]
        for i in d["indicators"]:
            bound = (
                t("share_at_least", lang, pct=pct(i["threshold"]))
                if i["quantified"]
                else t("share_present", lang)
            )
            out.append(f"  {t(i['name'], lang)}{t('colon', lang)}{bound}")
    o = s["organisations"]
    if o["new"]:
        out += ["", f"{t('st_orgs', lang)}{t('colon', lang)}{o['new']}"]
        out += [f"  {t(k, lang)}{t('colon', lang)}{v}" for k, v in o["by_sector"].items()]
    return "\n".join(out)


def _declared(s: dict, lang: str) -> list[str]:
    stated = [k for k in DECLARED_FIGURES if s["declared"].get(k) is not None]
    missing = [k for k in DECLARED_FIGURES if s["declared"].get(k) is None]
    if not stated:  # an office ledger states no totals: nothing to show
        return []
    out = ["", t("st_declared", lang)]
    for figure in stated:
        value = s["declared"][figure]
        out.append(
            f"  {t(figure, lang)}{t('colon', lang)}{pct(value) if figure == 'completion_rate' else value}"
        )
    if missing:
        names = t("list_sep", lang).join(t(k, lang) for k in missing)
        out.append(f"  {t('st_not_stated', lang, items=names)}")
    return out


def _reconciliation(s: dict, lang: str) -> list[str]:
    rows = s["reconciliation"]
    if not rows:
        return []
    out = ["", t("st_reconciliation", lang)]
    if s.get("status_from_total"):
        rows = [r for r in rows if r["basis"] != "ledger"]
        out.append(f"  {t('st_not_independent', lang)}")
    for r in rows:
        fmt = pct if r["figure"] == "completion_rate" else str
        mark = t("agrees" if r["agrees"] else "disagrees", lang)
        how = t(f"basis_{r['basis']}", lang)
        out.append(
            f"  {t(r['figure'], lang)}{t('colon', lang)}{fmt(r['declared'])} / {fmt(r['ledger'])}"
            f"{t('st_basis', lang, how=how)} {mark}"
        )
    return out
