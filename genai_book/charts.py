"""The house chart style and the one function that puts every chart into the book.

`figure(name, chart, data, sources=…, alt=…)` glues a chart under `name`; a markdown cell shows it with
``{glue:figure}`` and its caption, which numbers it (图 N) and makes it cross-referenceable. The glued output is:

* text/html — a container drawn in the browser by Vega from the book's own ``_static/vega-bundle.js`` (no CDN),
  the spec as inline JSON, a source line, a CSV download of the chart's data, and the numbers as a table;
* application/pdf — a vector rendering by vl-convert for the PDF edition;
* text/plain — the text alternative.
"""
from __future__ import annotations

import html
import json
from urllib.parse import quote

import altair as alt
import pandas as pd

from . import sources as source_table

FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
# Okabe–Ito: distinguishable with the common colour-vision deficiencies, readable on light and dark backgrounds.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#999999"]
STATIC_WIDTH = 460   # the PDF rendering's width in px (1 px = 1 pt; genai_book.pdf prints charts at 80 %, so
                     # with its labels a chart fits the text column and all labels print alike at 9.6 pt)
SOURCE_LINE_CHARS = 40  # a source line under a printed chart wraps at this many Chinese characters
HEIGHT = 280


def house_theme() -> dict:
    return {
        "config": {
            "font": FONT,
            "background": "transparent",
            "view": {"stroke": None, "continuousHeight": HEIGHT},
            "range": {"category": PALETTE},
            "mark": {"color": PALETTE[0], "tooltip": True},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "labelLimit": 160, "grid": True,
                     "gridOpacity": 0.4},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom"},
            "title": {"fontSize": 14, "anchor": "start"},
        }
    }


@alt.theme.register("genai_book", enable=True)
def _theme() -> alt.theme.ThemeConfig:
    return house_theme()


def _spec(chart: alt.TopLevelMixin, width) -> dict:
    """The Vega-Lite spec at `width` ('container' fills the page column). Compound charts (facet, concat)
    keep the widths of their parts."""
    if isinstance(chart, (alt.Chart, alt.LayerChart)):
        spec = chart.properties(width=width).to_dict()
        spec.setdefault("autosize", {"type": "fit-x", "contains": "padding"} if width == "container" else "pad")
        return spec
    return chart.to_dict()


def _wrap(text: str, width: int) -> list[str]:
    """`text` as lines of at most `width` Chinese characters (Latin letters and digits count half), breaking
    after punctuation where it can: Vega titles do not wrap by themselves."""
    lines, line, size = [], "", 0.0
    for char in text:
        line += char
        size += 0.55 if ord(char) < 0x2E80 else 1
        if size >= width:
            cut = max(line.rfind(p) for p in "，；、）》 ")
            keep = line[cut + 1:] if cut > len(line) // 2 else ""
            lines.append(line[:len(line) - len(keep)])
            line, size = keep, sum(0.55 if ord(c) < 0x2E80 else 1 for c in keep)
    return lines + ([line] if line else [])


def _csv_link(name: str, data: pd.DataFrame) -> str:
    csv = "\ufeff" + data.to_csv(index=False)  # BOM: spreadsheet programs then read the Chinese correctly
    return (f'<a class="genai-chart-csv" download="{name}.csv" '
            f'href="data:text/csv;charset=utf-8,{quote(csv)}">下载数据（CSV）</a>')


def _table(data: pd.DataFrame) -> str:
    head = "".join(f"<th scope=\"col\">{html.escape(str(c))}</th>" for c in data.columns)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape('' if pd.isna(v) else str(v))}</td>" for v in row) + "</tr>"
                   for row in data.itertuples(index=False))
    return (f'<details class="genai-chart-table"><summary>查看数据表</summary>'
            f'<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></details>')


class ChartOutput:
    """What a glued chart displays as; IPython asks for its mime bundle."""

    def __init__(self, name: str, chart: alt.TopLevelMixin, data: pd.DataFrame, source_ids, alt_text: str):
        self.name, self.chart, self.data, self.alt_text = name, chart, data, alt_text
        self.source_ids = list(source_ids)

    def html(self) -> str:
        spec = json.dumps(_spec(self.chart, "container"), ensure_ascii=False).replace("</", "<\\/")
        dom_id = f"chart-{self.name}"
        return (
            f'<div class="genai-chart" id="{dom_id}">'
            f'<div class="genai-chart-view" role="img" aria-label="{html.escape(self.alt_text)}"></div>'
            f'<script type="application/json" class="genai-chart-spec">{spec}</script>'
            f'<noscript>{html.escape(self.alt_text)}</noscript>'
            f'<p class="genai-chart-source">来源：{source_table.html_citation(self.source_ids)} · '
            f'{_csv_link(self.name, self.data)}</p>'
            f'{_table(self.data)}</div>'
        )

    def pdf(self) -> bytes:
        """The chart for the printed page, its source line under it (the web's source line is HTML)."""
        import vl_convert

        spec = _spec(self.chart, STATIC_WIDTH)
        note = _wrap(f"来源：{source_table.text_citation(self.source_ids)}", SOURCE_LINE_CHARS)
        if "title" in spec:  # the chart has a title of its own: the source goes under it
            title = spec["title"] if isinstance(spec["title"], dict) else {"text": spec["title"]}
            spec["title"] = {**title, "subtitle": note, "subtitleColor": "#555", "subtitleFontSize": 11}
        else:
            spec["title"] = {"text": note, "orient": "bottom", "anchor": "start", "fontSize": 11,
                             "fontWeight": "normal", "color": "#555", "offset": 10}
        return vl_convert.vegalite_to_pdf(spec)

    def _repr_mimebundle_(self, include=None, exclude=None):
        import base64

        return {
            "text/html": self.html(),
            "application/pdf": base64.b64encode(self.pdf()).decode("ascii"),
            "text/plain": self.alt_text,
        }


def figure(name: str, chart: alt.TopLevelMixin, data: pd.DataFrame, *, sources, alt: str) -> None:
    """Glue `chart` under `name` (show it with ``{glue:figure} name``). `data` is what the CSV download and the
    table offer; `sources` the source ids of its figures; `alt` a text alternative generated from the data."""
    from myst_nb import glue as myst_glue

    myst_glue(name, ChartOutput(name, chart, data, sources, alt), display=False)


def bars(data: pd.DataFrame, category: str, value: str = "value", *, value_title: str, label: str | None = None,
         color: str | None = None, sort=None) -> alt.Chart:
    """Horizontal bars, largest first, each labelled with its formatted value (`label` column, e.g. 约40家):
    the house form for comparing categories, readable on a phone."""
    base = alt.Chart(data).encode(
        y=alt.Y(f"{category}:N", title=None, sort=sort if sort is not None else "-x"),
        x=alt.X(f"{value}:Q", title=value_title),
        tooltip=[alt.Tooltip(f"{category}:N"), alt.Tooltip(f"{label or value}:N", title=value_title)],
    )
    marks = base.mark_bar(color=PALETTE[0]) if color is None else base.mark_bar().encode(
        color=alt.Color(f"{color}:N", legend=alt.Legend(title=None)))
    if label:
        marks = marks + base.mark_text(align="left", dx=4, fontSize=12).encode(text=f"{label}:N")
    return marks.properties(height=alt.Step(28))
