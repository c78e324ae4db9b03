"""The briefing's charts: one function per chart, each returning the figure and the
table behind it (the deck and the workbook are built from the same tables).

A chart whose data the ledger lacks is not drawn; the reason is returned instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from analysis.figures import completion, organisations
from analysis.figures.summary import reconciliation
from analysis.i18n import pct, t
from analysis.model.ledger import Ledger
from analysis.present import limits, theme


@dataclass
class Chart:
    """A chart, its data table, and how to draw it natively in PowerPoint."""

    name: str
    title: str
    figure: go.Figure
    table: pd.DataFrame  # first column categories, other columns one series each
    kind: str = "bar"  # bar | hbar | line
    note: str = ""
    value_format: str = "0"  # number format for data labels in the deck ('0%' for shares)
    full: pd.DataFrame | None = None  # the whole table when the chart shows only the top entries


@dataclass
class ChartSet:
    """The charts drawn, and for each chart not drawn, why."""

    charts: list[Chart] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Context:
    """What every chart needs besides the ledger."""

    lang: str
    as_of: pd.Timestamp
    note: str
    roster: pd.DataFrame | None = None


def _zh(ctx: Context, zh: str, en: str) -> str:
    return zh if ctx.lang == "zh" else en


def source_note(ledger: Ledger, lang: str, as_of: pd.Timestamp) -> str:
    """'Source: file (unit), as of date' in the chosen language."""
    source = ledger.meta.get("source_file") or ledger.meta.get("ledger_file") or "?"
    published = ledger.meta.get("published")
    notice = ledger.meta.get("source_kind") == "notice"
    if lang == "zh":
        what = "巡察整改情况通报" if notice else "整改台账"
        pub = f"（{published}公布）" if published else ""
        return f"来源：{ledger.unit}{what}{pub}，文件 {source}；截至{as_of.date().isoformat()}"
    what = "rectification notice" if notice else "rectification ledger"
    pub = f" (published {published})" if published else ""
    return f"Source: {ledger.unit} {what}{pub}, file {source}; as of {as_of.date().isoformat()}"


def build_charts(
    ledger: Ledger, lang: str = "zh", as_of: object = None, roster: pd.DataFrame | None = None
) -> ChartSet:
    """Every chart the ledger has data for, in briefing order."""
    when = completion.as_timestamp(as_of)
    ctx = Context(lang, when, source_note(ledger, lang, when), roster)
    out = ChartSet()
    for make in CHARTS:
        result = make(ledger, ctx)
        for item in result if isinstance(result, list) else [result]:
            if isinstance(item, Chart):
                theme.apply(item.figure, item.title, item.note or ctx.note)
                item.note = item.note or ctx.note
                out.charts.append(item)
            else:
                out.skipped.append(item)
    return out


def _bar(
    x: list, y: list, colours: list[str] | None = None, text: list[str] | None = None
) -> go.Bar:
    return go.Bar(
        x=x,
        y=y,
        marker=dict(color=colours or theme.PALETTE[0], line=dict(color="#333333", width=1)),
        text=text if text is not None else y,
        textposition="outside",
        cliponaxis=False,
    )


def completion_overview(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """Declared totals against what the ledger counts."""
    f = ledger.findings
    if f.empty:
        return (
            "completion_overview",
            _zh(ctx, "台账中没有问题记录", "the ledger holds no findings"),
        )
    done = int(f["status"].eq("completed").sum())
    rate = completion.completion_rate(f)
    rec = reconciliation(ledger)
    rec = rec[rec["basis"] == "ledger"]
    rows = [
        {"figure": t("problems", ctx.lang), "ledger": len(f)},
        {"figure": t("completed", ctx.lang), "ledger": done},
    ]
    declared = {
        "problems": ledger.declared_value("problems"),
        "completed": ledger.declared_value("completed"),
    }
    for row, key in zip(rows, ("problems", "completed"), strict=True):
        row["declared"] = declared[key]
    table = pd.DataFrame(rows)[["figure", "declared", "ledger"]]
    table.columns = ["figure", t("declared", ctx.lang), t("ledger", ctx.lang)]
    fig = go.Figure()
    if table.iloc[:, 1].notna().any():
        fig.add_trace(_named_bar(table, 1, theme.PALETTE[1]))
    fig.add_trace(_named_bar(table, 2, theme.PALETTE[0]))
    fig.update_layout(barmode="group", yaxis_title=t("count", ctx.lang))
    agree = bool(rec["agrees"].all()) if len(rec) else None
    if done == len(f):
        title = _zh(
            ctx,
            f"{len(f)}个问题全部完成整改，完成率{pct(rate)}",
            f"All {len(f)} problems completed ({pct(rate)})",
        )
    else:
        title = _zh(
            ctx,
            f"{len(f)}个问题已完成{done}个，完成率{pct(rate)}",
            f"{done} of {len(f)} problems completed ({pct(rate)})",
        )
    if agree is not None:
        title += _zh(
            ctx,
            "；通报与台账" + ("一致" if agree else "不一致"),
            "; notice and ledger " + ("agree" if agree else "disagree"),
        )
    return Chart("completion_overview", title, fig, table.dropna(axis=1, how="all"))


def _named_bar(table: pd.DataFrame, col: int, colour: str) -> go.Bar:
    values = table.iloc[:, col]
    return go.Bar(
        name=table.columns[col],
        x=table.iloc[:, 0],
        y=values,
        marker=dict(color=colour, line=dict(color="#333333", width=1)),
        text=[None if pd.isna(v) else f"{v:g}" for v in values],
        textposition="outside",
        cliponaxis=False,
    )


def status_breakdown(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """Findings per normalised status."""
    counts = completion.status_counts(ledger.findings)
    if counts["count"].sum() == 0:
        return ("status_breakdown", _zh(ctx, "台账中没有问题记录", "the ledger holds no findings"))
    labels = [t(s, ctx.lang) for s in counts["status"]]
    fig = go.Figure(
        _bar(labels, counts["count"].tolist(), [theme.STATUS_COLOURS[s] for s in counts["status"]])
    )
    fig.update_traces(
        marker_pattern_shape=[theme.STATUS_PATTERNS.get(s, "") for s in counts["status"]]
    )
    fig.update_layout(yaxis_title=t("count", ctx.lang), showlegend=False)
    open_n = int(counts.loc[counts["status"] != "completed", "count"].sum())
    title = _zh(
        ctx,
        f"整改状态：已完成{counts['count'].iloc[0]}个，未完成{open_n}个",
        f"Status: {counts['count'].iloc[0]} completed, {open_n} not completed",
    )
    table = pd.DataFrame({"status": labels, t("count", ctx.lang): counts["count"]})
    return Chart("status_breakdown", title, fig, table)


GROUPS = {
    "aspect": ("方面", "aspect"),
    "category": ("问题类别", "category"),
    "department": ("责任部门", "department"),
    "leader": ("责任领导", "leader"),
}


def completion_by_group(ledger: Ledger, ctx: Context) -> list[Chart | tuple[str, str]]:
    """Completion rate per aspect, category, department and leader, where the ledger has them."""
    out: list[Chart | tuple[str, str]] = []
    for column, (zh, en) in GROUPS.items():
        name = f"completion_by_{column}"
        data = completion.completion_by(ledger.findings, column)
        if data.empty:
            out.append((name, _zh(ctx, f"台账未记录{zh}", f"the ledger records no {en}")))
            continue
        data = data.sort_values("rate")
        full = pd.DataFrame({column: data[column], t("completion_rate", ctx.lang): data["rate"]})
        data = _with_other(data, column, ctx.lang)
        text = [
            f"{pct(r)} ({c}/{n})"
            for r, c, n in zip(data["rate"], data["completed"], data["total"], strict=True)
        ]
        fig = go.Figure(
            go.Bar(
                y=data[column],
                x=data["rate"],
                orientation="h",
                text=text,
                textposition="outside",
                marker=dict(color=theme.PALETTE[0]),
                cliponaxis=False,
            )
        )
        fig.update_layout(
            xaxis=dict(tickformat=".0%", range=[0, 1.15], title=t("completion_rate", ctx.lang))
        )
        worst = data.iloc[0]
        title = _zh(
            ctx,
            f"按{zh}：{worst[column]}完成率最低（{pct(worst['rate'])}）",
            f"By {en}: lowest completion in {worst[column]} ({pct(worst['rate'])})",
        )
        table = pd.DataFrame({column: data[column], t("completion_rate", ctx.lang): data["rate"]})
        chart = Chart(name, title, fig, table, kind="hbar", value_format="0%")
        chart.full = full if len(full) > len(table) else None
        out.append(chart)
    return out


def _with_other(data: pd.DataFrame, column: str, lang: str) -> pd.DataFrame:
    """The TOP_N lowest-rate groups, and one "其他N项" row for the rest (their pooled rate)."""
    shown, left_out = limits.top(data)
    if not left_out:
        return data
    rest = data.iloc[len(shown) :]
    done, total = int(rest["completed"].sum()), int(rest["total"].sum())
    other = {column: limits.other_label(left_out, lang), "completed": done, "total": total}
    other["rate"] = done / total if total else 0.0
    return pd.concat([shown, pd.DataFrame([other])], ignore_index=True)


def due_dates(ledger: Ledger, ctx: Context) -> list[Chart | tuple[str, str]]:
    """Open findings by due-date bucket, and the overdue list."""
    f = ledger.findings
    if f["deadline"].isna().all():
        reason = _zh(
            ctx,
            "台账没有整改时限，无法判断逾期",
            "the ledger has no deadlines, so nothing can be called overdue",
        )
        return [("due_buckets", reason), ("overdue", reason)]
    b = completion.due_buckets(f, ctx.as_of)
    labels = [t(x, ctx.lang) for x in b["bucket"]]
    colours = [theme.STATUS_COLOURS["overdue"]] + theme.PALETTE[:3] + ["#d9d9d9"]
    fig = go.Figure(_bar(labels, b["count"].tolist(), colours))
    fig.update_layout(yaxis_title=t("count", ctx.lang), showlegend=False)
    n_over = int(b["count"].iloc[0])
    title = _zh(
        ctx,
        f"截至{ctx.as_of.date()}，逾期未完成{n_over}个",
        f"As of {ctx.as_of.date()}: {n_over} overdue",
    )
    out: list[Chart | tuple[str, str]] = [
        Chart(
            "due_buckets",
            title,
            fig,
            pd.DataFrame({"bucket": labels, t("count", ctx.lang): b["count"]}),
        )
    ]
    late = completion.overdue(f, ctx.as_of)
    if late.empty:
        out.append(("overdue", _zh(ctx, "没有逾期问题", "nothing is overdue")))
        return out
    n_late, longest = len(late), int(late["days_overdue"].max())
    late = late.head(15).iloc[::-1]
    labels = [f"{n}. {str(s)[:18]}" for n, s in zip(late["number"], late["title"], strict=True)]
    fig = go.Figure(
        go.Bar(
            y=labels,
            x=late["days_overdue"],
            orientation="h",
            text=late["days_overdue"],
            textposition="outside",
            marker=dict(color=theme.STATUS_COLOURS["overdue"]),
            cliponaxis=False,
        )
    )
    fig.update_layout(xaxis_title=_zh(ctx, "逾期天数", "days overdue"))
    title = _zh(
        ctx,
        f"逾期问题{n_late}个，最长逾期{longest}天",
        f"{n_late} overdue, the longest by {longest} days",
    )
    table = pd.DataFrame(
        {"finding": labels, _zh(ctx, "逾期天数", "days overdue"): late["days_overdue"]}
    )
    out.append(Chart("overdue", title, fig, table, kind="hbar"))
    return out


def burndown(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """Open findings over time, from completion dates."""
    data = completion.burndown(ledger.findings)
    if data.empty:
        return (
            "burndown",
            _zh(
                ctx, "台账没有销号日期，无法绘制整改进度曲线", "the ledger has no completion dates"
            ),
        )
    fig = go.Figure(
        go.Scatter(
            x=data["date"],
            y=data["open"],
            mode="lines+markers",
            line=dict(shape="hv", width=3),
            marker=dict(color=theme.PALETTE[0]),
        )
    )
    fig.update_layout(
        yaxis=dict(title=_zh(ctx, "未完成问题数", "open findings"), rangemode="tozero")
    )
    title = _zh(
        ctx,
        f"未完成问题由{len(ledger.findings)}个降至{int(data['open'].iloc[-1])}个",
        f"Open findings fell from {len(ledger.findings)} to {int(data['open'].iloc[-1])}",
    )
    table = pd.DataFrame(
        {"date": data["date"].dt.date.astype(str), _zh(ctx, "未完成", "open"): data["open"]}
    )
    return Chart("burndown", title, fig, table, kind="line")


def delegate_quotas(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """Each delegate-structure floor (≥), and the roster's actual share where a roster is given."""
    d = ledger.delegates[ledger.delegates["quantified"].fillna(False)]
    if d.empty:
        return ("delegate_quotas", _zh(ctx, "未说明代表结构", "no delegate structure stated"))
    labels = [t(k, ctx.lang) for k in d["indicator"]]
    floor_name = _zh(ctx, "下限（≥）", "Lower bound (≥)")
    fig = go.Figure(
        go.Bar(
            name=floor_name,
            x=labels,
            y=d["threshold"],
            marker=dict(color=theme.PALETTE[3], line=dict(color="#333", width=1)),
            text=[
                f"≥{pct(v)}（≥{n}名）" if ctx.lang == "zh" else f"≥{pct(v)} (≥{n})"
                for v, n in zip(d["threshold"], d["min_count"], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
        )
    )
    table = pd.DataFrame({"indicator": labels, floor_name: d["threshold"].astype(float).tolist()})
    total = int(d["total"].iloc[0])
    title = _zh(
        ctx,
        f"代表结构：{len(d)}项指标设有下限（共{total}名代表）",
        f"Delegate structure: {len(d)} floors ({total} delegates)",
    )
    if ctx.roster is not None and not ctx.roster.empty:
        actual = ctx.roster.set_index("indicator").reindex(d["indicator"])
        name = _zh(ctx, "实际比例", "Actual share")
        fig.add_trace(
            go.Bar(
                name=name,
                x=labels,
                y=actual["ratio"],
                marker=dict(color=theme.PALETTE[0]),
                text=[pct(v) if pd.notna(v) else "<5" for v in actual["ratio"]],
                textposition="outside",
            )
        )
        table[name] = actual["ratio"].astype(float).tolist()
        met = int(actual["met"].fillna(False).astype(bool).sum())
        title = _zh(
            ctx,
            f"代表结构：{len(d)}项指标中{met}项达标",
            f"Delegate structure: {met} of {len(d)} quotas met",
        )
    fig.update_layout(
        barmode="group", yaxis=dict(tickformat=".0%", range=[0, 1.1], title=t("share", ctx.lang))
    )
    return Chart("delegate_quotas", title, fig, table, value_format="0%")


def organisations_by_sector(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """Distinct new federations per sector."""
    o = ledger.organisations
    if o.empty:
        return ("organisations_by_sector", _zh(ctx, "未提及新建组织", "no new organisations named"))
    counts = organisations.by_sector(ledger).set_index("sector")["count"]
    labels = [t(s, ctx.lang) for s in counts.index]
    fig = go.Figure(_bar(labels, counts.tolist()))
    fig.update_layout(yaxis_title=t("count", ctx.lang), showlegend=False)
    years = o["established_year"].dropna()
    year = f"{int(years.max())}年" if len(years) else ""
    title = _zh(
        ctx,
        f"{year}新建妇联组织至少{len(o)}个，{labels[0]}最多（{counts.iloc[0]}个）",
        f"At least {len(o)} new federations; most in {labels[0].lower()} ({counts.iloc[0]})",
    )
    table = pd.DataFrame({"sector": labels, t("count", ctx.lang): counts.tolist()})
    return Chart("organisations_by_sector", title, fig, table)


def pilots_and_awards(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """Pilots by level and awards by kind, side by side."""
    p, a = ledger.pilots, ledger.awards
    if p.empty and a.empty:
        return ("pilots_awards", _zh(ctx, "未提及试点与荣誉", "no pilots or awards named"))
    rows = [
        (f"{t(r.level, ctx.lang)}{t('pilots', ctx.lang)}", int(r.count))
        for r in organisations.pilots_by_level(ledger).itertuples()
    ]
    rows += [(str(r.name), int(r.count)) for r in a.itertuples()]
    table = pd.DataFrame(rows, columns=["item", t("count", ctx.lang)])
    colours = [theme.PALETTE[0]] * len(p.groupby("level")) + [theme.PALETTE[1]] * len(a)
    fig = go.Figure(_bar(table["item"].tolist(), table.iloc[:, 1].tolist(), colours))
    fig.update_layout(yaxis_title=t("count", ctx.lang), showlegend=False)
    title = _zh(
        ctx,
        f"争取试点{int(p['count'].sum())}个，获评荣誉{int(a['count'].sum())}项（人）",
        f"{int(p['count'].sum())} pilots won, {int(a['count'].sum())} awards",
    )
    note = None
    if (~p["count_stated"].fillna(True)).any():
        note = ctx.note + _zh(
            ctx,
            "；未写数量的试点按1个计（推断）",
            "; a pilot named without a count is counted as 1 (inferred)",
        )
    return Chart("pilots_awards", title, fig, table, note=note or "")


def measures_per_finding(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """Enumerated measures (一是/二是/…) per finding; a result paragraph without them counts 0."""
    m = ledger.measures
    if m.empty:
        return ("measures_per_finding", _zh(ctx, "台账没有整改措施", "the ledger has no measures"))
    enumerated = m[m["enumerated"].fillna(False).astype(bool)]
    if enumerated.empty:
        enumerated = m
    counts = (
        enumerated.groupby("finding_number").size().reindex(ledger.findings["number"], fill_value=0)
    )
    labels, values = [str(n) for n in counts.index], counts.tolist()
    if limits.too_many(counts.to_frame()):  # the findings with most measures, and the rest
        most = counts.sort_values(ascending=False, kind="stable")
        rest = most.iloc[limits.TOP_N :]
        labels = [str(n) for n in most.index[: limits.TOP_N]]
        labels.append(limits.other_label(len(rest), ctx.lang))
        values = most.iloc[: limits.TOP_N].tolist() + [round(float(rest.mean()), 1)]
    fig = go.Figure(_bar(labels, values))
    fig.update_layout(
        xaxis=dict(title=_zh(ctx, "问题序号", "finding"), type="category"),
        yaxis_title=_zh(ctx, "措施数", "measures"),
        showlegend=False,
    )
    title = _zh(
        ctx,
        f"{len(counts)}个问题共列举整改措施{len(enumerated)}条，每个问题{counts.min()}–{counts.max()}条",
        f"{len(enumerated)} enumerated measures across {len(counts)} findings ({counts.min()}–{counts.max()} each)",
    )
    plain = sorted(set(m["finding_number"].dropna()) - set(enumerated["finding_number"].dropna()))
    note = ""
    if plain and len(enumerated) < len(m):
        items = "、".join(str(n) for n in plain)
        note = ctx.note + _zh(
            ctx,
            f"；第{items}项的整改结果未分条列举，计0条",
            f"; finding(s) {items} give results without enumerated measures (counted 0)",
        )
    measures = _zh(ctx, "措施数", "measures")
    full = pd.DataFrame({"finding": [str(n) for n in counts.index], measures: counts.tolist()})
    chart = Chart(
        "measures_per_finding", title, fig, pd.DataFrame({"finding": labels, measures: values})
    )
    chart.note = note
    chart.full = full if len(full) > len(labels) else None
    if chart.full is not None:
        chart.note = (note or ctx.note) + t("limits.mean_note", ctx.lang)
    return chart


LEVELS = [0.5, -0.5, 0.9, -0.9]


def timeline(ledger: Ledger, ctx: Context) -> Chart | tuple[str, str]:
    """The dated steps of the rectification, from inspection to publication."""
    e = organisations.timeline(ledger)
    if e.empty:
        return ("timeline", _zh(ctx, "没有日期记录", "no dates recorded"))
    labels = [t(k, ctx.lang) for k in e["kind"]]
    days = e["days_from_start"]
    fig = go.Figure(
        go.Scatter(
            x=e["date"],
            y=[LEVELS[i % len(LEVELS)] for i in range(len(e))],
            mode="markers+text",
            marker=dict(size=16, color=theme.PALETTE[0]),
            text=[f"{lab}<br>{d.date()}" for lab, d in zip(labels, e["date"], strict=True)],
            textposition=[
                "top center" if LEVELS[i % len(LEVELS)] > 0 else "bottom center"
                for i in range(len(e))
            ],
        )
    )
    for i, d in enumerate(e["date"]):
        fig.add_shape(
            type="line",
            x0=d,
            x1=d,
            y0=0,
            y1=LEVELS[i % len(LEVELS)],
            line=dict(color="#999999", width=1),
        )
    fig.add_hline(y=0, line=dict(color="#555555", width=2))
    fig.update_layout(yaxis=dict(visible=False, range=[-1.3, 1.3]), showlegend=False)
    span = int(days.iloc[-1])
    title = _zh(
        ctx,
        f"从{labels[0]}到{labels[-1]}历时{span}天",
        f"{span} days from {labels[0].lower()} to {labels[-1].lower()}",
    )
    table = pd.DataFrame(
        {
            "event": [f"{lab} {d.date()}" for lab, d in zip(labels, e["date"], strict=True)],
            _zh(ctx, "距开始天数", "days from start"): days.tolist(),
        }
    )
    return Chart("timeline", title, fig, table, kind="hbar")


CHARTS = [
    completion_overview,
    status_breakdown,
    completion_by_group,
    due_dates,
    burndown,
    delegate_quotas,
    organisations_by_sector,
    pilots_and_awards,
    measures_per_finding,
    timeline,
]
