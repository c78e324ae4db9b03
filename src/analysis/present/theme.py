"""One look for every chart: CJK fonts, slide-sized type, colours that survive greyscale,
and margins computed from the text each chart holds, so that the title, legend, tick
labels, axis titles and the source footnote never run into one another."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from analysis.present import line_breaks

FONT_FAMILY = "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"
WIDTH, HEIGHT = 1280, 720  # 16:9, the size charts are exported at
#: Dark to light, so neighbouring bars differ in lightness as well as hue.
PALETTE = ["#1b3a6b", "#8c9bb5", "#4a6fa5", "#c9d3e3", "#2f2f2f", "#a0a0a0"]
#: Status colours that read on screen and in print: blues from dark (done) to light, and
#: not started in amber, never white (a white bar on a white slide disappears); every bar
#: also has a dark outline, and plotly adds a pattern (STATUS_PATTERNS) for greyscale.
STATUS_COLOURS = {
    "completed": "#1b3a6b",
    "in_progress": "#5b7fb8",
    "long_term": "#a9bedb",
    "open": "#c98a5b",
    "not_started": "#e8a33d",
    "unrecognised": "#8c8c8c",
    "unknown": "#bfbfbf",
    "overdue": "#8b1a1a",
}
#: Fill patterns so statuses stay distinct when printed in grey.
STATUS_PATTERNS = {
    "completed": "",
    "in_progress": "/",
    "long_term": ".",
    "open": "\\",
    "not_started": "x",
    "unrecognised": "+",
    "unknown": "-",
}
QUOTA_COLOUR = "#8b1a1a"
GRID = "#e3e3e3"
OUTLINE = "#333333"

FONT, TITLE_FONT, NOTE_FONT = 18, 26, 14
#: Widths in "units": a CJK character is 2, anything else 1 (about its share of an em).
TITLE_UNITS, NOTE_UNITS, LABEL_UNITS = 64, 120, 18
#: Pixels per line of text at each size (font size × line height).
LINE, TITLE_LINE, NOTE_LINE = 24, 34, 20
GAP = 12
#: The narrowest output area on-screen charts lay their text out for: JupyterLab with its
#: file browser open in a 1000 px window. Wider areas leave room to spare; exports keep WIDTH.
SCREEN_WIDTH = 560
#: The narrowest page the HTML briefing lays its charts' text out for: a 1024 px window.
PAGE_WIDTH = 960


def units(text: str) -> int:
    """Display width of text in units (CJK and full-width characters count 2)."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def wrap(text: str, width: int = LABEL_UNITS, sep: str = "<br>") -> str:
    """Break text into lines of at most width units, joined by sep (plotly's <br> by default).

    Lines break only between words (line_breaks.tokens): Latin at spaces, Chinese between
    the words the segmenter finds, never inside a date or a number with its unit. Only a
    single word wider than a whole line is cut, as little as it must be.
    """
    lines: list[str] = []
    for part in str(text).split("<br>"):
        line = ""
        for token in _fitting(line_breaks.tokens(part), width):
            if line and units(line + token) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        lines.append(line)
    return sep.join(lines)


def _fitting(tokens: list[str], width: int) -> list[str]:
    """The tokens, any one wider than a line cut into line-wide pieces: between the words
    glued into it first (a date, then a count), inside a word only where it must."""
    out: list[str] = []
    for token in tokens:
        if units(token) <= width:
            out.append(token)
            continue
        line = ""
        for part in (p for piece in line_breaks.pieces(token) for p in _cut(piece, width)):
            if line and units(line + part) > width:
                out.append(line)
                line = part
            else:
                line += part
        out.append(line)
    return out


def _cut(word: str, width: int) -> list[str]:
    """A word in pieces of at most width units (one piece if it fits)."""
    out: list[str] = []
    while units(word) > width:
        cut = next(i for i in range(len(word), 0, -1) if units(word[:i]) <= width)
        out.append(word[:cut])
        word = word[cut:]
    return [*out, word]


def n_lines(text: str | None) -> int:
    return 0 if not text else str(text).count("<br>") + 1


def label_px(text: str, size: int = FONT) -> float:
    """Approximate pixel width of the widest line of a label."""
    return max(units(line) for line in str(text).split("<br>")) * size * 0.55


def nice_step(top: float, ticks: int = 6) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20, …) giving at most about `ticks` ticks."""
    raw = max(float(top), 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(max(1, factor * power))
    return int(10 * power)


def count_axis(top: float, title: str = "") -> dict:
    """A count axis: whole-number ticks only, room above the tallest bar for its label."""
    top = float(top) if top == top else 0.0
    step = nice_step(top)
    return dict(
        title=title,
        tickformat="d",
        dtick=step,
        tick0=0,
        range=[0, max(top * 1.18, step)],
    )


def rate_axis(title: str = "") -> dict:
    """A rate axis: 0 to 100% exactly (a rate never exceeds it), ticks every 20%."""
    return dict(title=title, tickformat=".0%", range=[0, 1], dtick=0.2, tick0=0)


def rate_text_positions(rates: list, texts: list, horizontal: bool = False) -> list[str]:
    """Where each rate bar's label goes: after the bar while it fits below 100%, inside the
    bar's end otherwise (the axis stops at 100%, so a label past it would leave the plot)."""
    room = 0.55 if horizontal else 0.88
    return [
        "inside" if (r == r and r is not None and r > room) else "outside"
        for r, _ in zip(rates, texts, strict=True)
    ]


def month_axis(dates, tick_format: str, ticks: int = 7) -> dict:
    """A date axis ticking whole months, at most about `ticks` of them, never rotated.

    Dates within a month of each other get their months and half a month either side, so
    the axis still shows month ticks (plotly would zoom to the day and show none).
    """
    span = (max(dates) - min(dates)).days if len(dates) else 0
    months = next((m for m in (1, 2, 3, 6, 12, 24) if span / 30.4 / m <= ticks), 60)
    axis = dict(tickformat=tick_format, dtick=f"M{months}", tickangle=0, hoverformat="%Y-%m-%d")
    if len(dates) and span < 31:  # from half a month before the first month to after the last
        first = pd.Timestamp(min(dates)).to_period("M").to_timestamp()
        last = (pd.Timestamp(max(dates)).to_period("M") + 1).to_timestamp()
        half = pd.Timedelta(days=15)
        axis["range"] = [first - half, last + half]
    return axis


def template() -> go.layout.Template:
    """The package's plotly template."""
    return go.layout.Template(
        layout=go.Layout(
            font=dict(family=FONT_FAMILY, size=FONT, color="#222222"),
            title=dict(
                font=dict(size=TITLE_FONT),
                x=0.02,
                xanchor="left",
                yref="container",
                yanchor="middle",
            ),
            colorway=PALETTE,
            paper_bgcolor="white",
            plot_bgcolor="white",
            xaxis=dict(showgrid=False, linecolor="#555555", ticks="outside", automargin=False),
            yaxis=dict(gridcolor=GRID, linecolor="#555555", zeroline=False, automargin=False),
            legend=dict(
                orientation="h", yanchor="bottom", y=1.02, x=0, xanchor="left", yref="paper"
            ),
            hoverlabel=dict(font=dict(family=FONT_FAMILY)),
        )
    )


def _categories(fig: go.Figure, horizontal: bool) -> list[str]:
    """Category labels on the x axis (vertical bars) or y axis (horizontal bars)."""
    out: list[str] = []
    for trace in fig.data:
        is_h = getattr(trace, "orientation", None) == "h"
        values = trace.y if horizontal else trace.x
        if is_h == horizontal and values is not None:
            out += [v for v in values if isinstance(v, str)]
    return out


def apply(fig: go.Figure, title: str, note: str) -> go.Figure:
    """Give a figure the theme, its (wrapped) title and its source note under the plot.

    Margins are computed from the text, not left to autosize, so the note can be placed
    below the axis title at a fixed distance whatever the width the figure is shown at.
    Only the height is fixed: exports pass their 16:9 size, notebooks take their width.
    """
    layout = fig.layout
    raw_title, raw_note = title, note  # kept in layout.meta, for for_screen to re-wrap
    title = wrap(title, TITLE_UNITS)
    note = wrap(note, NOTE_UNITS)
    x_visible = layout.xaxis.visible is not False
    x_labels = _categories(fig, horizontal=False)
    y_labels = _categories(fig, horizontal=True)
    tick_lines = (max((n_lines(s) for s in x_labels), default=1)) if x_visible else 0
    x_title = LINE + GAP if layout.xaxis.title.text else 0
    y_title = LINE + GAP if layout.yaxis.title.text else 0
    y_ticks = max((label_px(s) for s in y_labels), default=60.0)
    legend = LINE + GAP if sum(1 for tr in fig.data if tr.name) > 1 else 0
    below = GAP + tick_lines * LINE + x_title + GAP
    margin = dict(
        t=16 + n_lines(title) * TITLE_LINE + GAP + legend + GAP,
        b=below + n_lines(note) * NOTE_LINE + GAP,
        l=int(GAP + y_title + y_ticks + 2 * GAP) if layout.yaxis.visible is not False else 40,
        r=60,
    )
    fig.update_layout(
        template=template(),
        title_text=title,
        title_y=title_y(title),
        height=HEIGHT,
        margin=margin,
        meta={"title": raw_title, "note": raw_note},
        xaxis_title_standoff=GAP,
        yaxis_title_standoff=GAP,
    )
    fig.add_annotation(
        text=note,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xshift=-(margin["l"] - 16),
        yshift=-below,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        align="left",
        font=dict(size=NOTE_FONT, color="#555555"),
        name="source_note",
    )
    return fig


def title_y(title: str) -> float:
    """Where the middle of a (wrapped) title sits, as a fraction of the figure's height."""
    return 1 - (16 + n_lines(title) * TITLE_LINE / 2) / HEIGHT


def fit_units(width: int, size: int) -> int:
    """How many units of text at size fit on a line of a chart width px wide, insets aside."""
    return int((width - 2 * 16 - 2 * size) / (size * 0.55))


def for_screen(fig: go.Figure, width: int = SCREEN_WIDTH) -> go.Figure:
    """A copy of an applied figure to show on screen: as wide as its output area, its title
    and source note wrapped to fit width px, the margins moved with their lines.

    Exports keep apply()'s 16:9 layout; on screen a line wrapped for 1280 px runs out of a
    narrower output area and is cut off.
    """
    screen = go.Figure(fig)
    screen.update_layout(width=None, autosize=True)
    raw = screen.layout.meta if isinstance(screen.layout.meta, dict) else {}
    if raw.get("title"):
        title = wrap(raw["title"], min(TITLE_UNITS, fit_units(width, TITLE_FONT)))
        grow = (n_lines(title) - n_lines(screen.layout.title.text)) * TITLE_LINE
        screen.update_layout(title_text=title, title_y=title_y(title))
        screen.layout.margin.t = (screen.layout.margin.t or 0) + grow
    for note in screen.layout.annotations:
        if note.name == "source_note" and raw.get("note"):
            text = wrap(raw["note"], min(NOTE_UNITS, fit_units(width, NOTE_FONT)))
            screen.layout.margin.b = (screen.layout.margin.b or 0) + (
                n_lines(text) - n_lines(note.text)
            ) * NOTE_LINE
            note.text = text
    return screen
