"""A batch's index page: every manifest row (rendered, unchanged and kept, or failed and
why), styled like the briefing, a link to each unit's files.

Each run keeps its own page (index-20241217-093000.html) beside index.html, which is the
latest run's; index.html lists the earlier ones, so no batch's record is overwritten.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import jinja2
from markupsafe import Markup

from analysis.export.atomic import write_text
from analysis.i18n import DEFAULT_LANG, t
from analysis.present import theme

TEMPLATE = Path(__file__).parent / "templates" / "batch"
LATEST = "index.html"
KEPT = "index-{stamp}.html"
HEADS = ("ledger", "unit", "as_of", "status", "result")

#: What the index links for each unit, in this order: the label's key and the path in the
#: unit's folder.
UNIT_FILES = (
    ("batch_link_html", "briefing.html"),
    ("batch_link_docx", "briefing.docx"),
    ("batch_link_pdf", "briefing.pdf"),
    ("batch_link_pptx", "charts/briefing.pptx"),
    ("batch_link_xlsx", "charts/summary.xlsx"),
)


class Row(Protocol):
    """What the index needs of one row's outcome (rendering.batch.Outcome)."""

    ledger: str
    ok: bool
    out_dir: str
    skipped: bool
    error: str
    unit: str
    as_of: str


def kind(o: Row) -> str:
    """ok, skipped (unchanged, the last render kept) or failed."""
    return "failed" if not o.ok else "skipped" if o.skipped else "ok"


def counts(outcomes: Sequence[Row], lang: str) -> list[tuple[str, str]]:
    """The total and each kind's count, every manifest row counted once."""
    kinds = [kind(o) for o in outcomes]
    out = [("total", t("batch_index_total", lang, n=len(kinds)))]
    for k in ("ok", "skipped", "failed"):
        out.append((k, t(f"batch_index_n_{k}", lang, n=kinds.count(k))))
    return out


def _row(o: Row, out_root: Path, lang: str) -> dict[str, object]:
    unknown = t("batch_index_unknown", lang)
    k = kind(o)
    cell = Markup(links(Path(o.out_dir), out_root, lang)) if o.ok else o.error
    status = {"ok": "batch_index_ok", "skipped": "batch_index_skipped"}.get(k, "batch_index_failed")
    return {
        "kind": k,
        "ledger": Path(o.ledger).name,
        "unit": o.unit or unknown,
        "as_of": o.as_of or unknown,
        "status": t(status, lang),
        "cell": cell,
    }


def page(out_root: Path, outcomes: Sequence[Row], lang: str, when: dt.datetime, earlier: list[str]):
    """The index page's HTML."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE), autoescape=True, keep_trailing_newline=True
    )
    return env.get_template("index.html.j2").render(
        html_lang=t("doc_html_lang", lang),
        title=t("batch_index_title", lang),
        run=t("batch_index_run", lang, y=when.year, m=when.month, d=when.day, hm=f"{when:%H:%M}"),
        font=Markup(theme.FONT_FAMILY),
        navy=theme.PALETTE[0],
        red=theme.STATUS_COLOURS["overdue"],
        counts=counts(outcomes, lang),
        heads=[t(f"batch_index_{h}", lang) for h in HEADS],
        rows=[_row(o, out_root, lang) for o in outcomes],
        earlier=earlier,
        earlier_label=t("batch_index_earlier", lang),
    )


def kept_name(out_root: Path, when: dt.datetime) -> str:
    """This run's own page name, never one an earlier run wrote."""
    stamp = f"{when:%Y%m%d-%H%M%S}"
    name, n = KEPT.format(stamp=stamp), 2
    while (out_root / name).exists():
        name, n = KEPT.format(stamp=f"{stamp}-{n}"), n + 1
    return name


def write_index(
    out_root: Path,
    outcomes: Sequence[Row],
    lang: str = DEFAULT_LANG,
    when: dt.datetime | None = None,
) -> Path:
    """index.html (this run) and this run's kept page, in lang; returns index.html's path."""
    out_root = Path(out_root)
    out_root.mkdir(parents=True, exist_ok=True)
    when = when or dt.datetime.now()
    name = kept_name(out_root, when)
    earlier = sorted((p.name for p in out_root.glob(KEPT.format(stamp="*"))), reverse=True)
    write_text(out_root / name, page(out_root, outcomes, lang, when, earlier))
    path = out_root / LATEST
    write_text(path, page(out_root, outcomes, lang, when, earlier))
    return path


def links(out_dir: Path, out_root: Path, lang: str = DEFAULT_LANG) -> str:
    """The unit's folder, then a link to each of its files that exists (escaped markup)."""
    folder = html.escape(t("batch_index_folder", lang, folder=os.path.relpath(out_dir, out_root)))
    found = []
    for key, name in UNIT_FILES:
        if (out_dir / name).exists():
            rel = html.escape(os.path.relpath(out_dir / name, out_root))
            found.append(f"<a href='{rel}'>{html.escape(t(key, lang))}</a>")
    return folder + " · ".join(found)
