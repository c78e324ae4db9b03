"""The sentences of a 情况报告 that name problems: what needs attention and what comes next.

Every sentence is generated from the ledger's rows as of one date; owners are the units
(责任部门) the ledger names, never people; a sentence without data is left out.
"""

from __future__ import annotations

import pandas as pd

from analysis.figures import completion
from analysis.i18n import date_text, t
from analysis.model.ledger import Ledger
from analysis.present.blocks import Block, Paragraph

#: Days ahead that "falls due soon" covers (the trackers' first due-date bucket).
SOON_DAYS = 30


def _owner(row: pd.Series) -> str:
    value = row.get("department")
    return "" if value is None or pd.isna(value) or not str(value).strip() else str(value)


def _number(row: pd.Series) -> str:
    label = row.get("label")
    if label is not None and not pd.isna(label) and str(label).strip():
        return str(label)
    return str(row.get("number"))


def _item(row: pd.Series, key: str, lang: str, **fields: object) -> str:
    owner = _owner(row)
    code = key if owner else f"{key}_no_owner"
    return t(code, lang, number=_number(row), owner=owner, **fields)


def _join(items: list[str], lang: str) -> str:
    return t("list_sep", lang).join(items)


def _long_term(f: pd.DataFrame) -> pd.DataFrame:
    return f[f["status"].eq("long_term")]


def attention_blocks(ledger: Ledger, lang: str, as_of: pd.Timestamp, moved_back=()) -> list[Block]:
    """三、需要关注的问题: overdue problems with owners and deadlines, long-term ones, moved back."""
    f = ledger.findings
    out: list[Block] = []
    if f["deadline"].notna().any():
        late = f[completion.overdue_mask(f, as_of)].sort_values("deadline")
        if len(late):
            items = [
                _item(
                    r,
                    "att_item",
                    lang,
                    deadline=date_text(r["deadline"], lang),
                    status=t(r["status"], lang),
                )
                for _, r in late.iterrows()
            ]
            date = date_text(as_of, lang)
            out.append(
                Paragraph(t("att_overdue", lang, date=date, n=len(late), items=_join(items, lang)))
            )
        else:
            out.append(Paragraph(t("att_no_issue", lang, date=date_text(as_of, lang))))
    long_term = _long_term(f)
    if len(long_term):
        items = [_item(r, "att_long_item", lang) for _, r in long_term.iterrows()]
        out.append(Paragraph(t("att_long_term", lang, n=len(long_term), items=_join(items, lang))))
    if moved_back:
        out.append(
            Paragraph(
                t("att_moved_back", lang, n=len(moved_back), items=_join(list(moved_back), lang))
            )
        )
    return out


def next_steps(ledger: Ledger, lang: str, as_of: pd.Timestamp) -> list[Block]:
    """四、下一步工作建议, derived: owners of the overdue problems, what falls due within
    SOON_DAYS days, the long-term problems to keep reporting on."""
    f = ledger.findings
    lines: list[str] = []
    late = f[completion.overdue_mask(f, as_of)] if f["deadline"].notna().any() else f.iloc[0:0]
    if len(late):
        owners = late["department"].fillna("").astype(str).str.strip()
        counts = owners.replace("", t("next_owner_unknown", lang)).value_counts(sort=False)
        named = [t("next_owner", lang, owner=o, n=int(n)) for o, n in counts.items()]
        lines.append(t("next_overdue", lang, n=len(late), owners=_join(named, lang)))
    end = as_of + pd.Timedelta(days=SOON_DAYS)
    soon = f[completion.open_mask(f) & f["deadline"].ge(as_of) & f["deadline"].le(end)]
    soon = soon[~soon["status"].eq("long_term")].sort_values("deadline")
    if len(soon):
        items = [
            _item(r, "next_due_item", lang, deadline=date_text(r["deadline"], lang))
            for _, r in soon.iterrows()
        ]
        lines.append(
            t(
                "next_due_soon",
                lang,
                start=date_text(as_of, lang),
                end=date_text(end, lang),
                n=len(soon),
                items=_join(items, lang),
            )
        )
    if len(_long_term(f)):
        lines.append(t("next_long_term", lang, n=len(_long_term(f))))
    return [Paragraph(t("next_numbered", lang, n=i, text=s)) for i, s in enumerate(lines, start=1)]
