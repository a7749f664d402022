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
import re
from urllib.parse import quote

import altair as alt
import pandas as pd

from . import sources as source_table

FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
# Okabe–Ito: distinguishable with the common colour-vision deficiencies, readable on light and dark backgrounds.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#999999"]
STATIC_WIDTH = 560   # the PDF rendering's width in px; the web rendering fills its container
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
        return _prune(spec)
    return _prune(chart.to_dict())


def _prune(spec: dict) -> dict:
    """Drop the data columns the chart never mentions (notes, units, ids…): they would only weigh down the page.
    A column is kept when its name appears anywhere in the spec outside the data (fields, tooltips, expressions),
    so nothing the chart uses is lost; the CSV download and the table keep every column the chapter chose."""
    datasets = spec.get("datasets")
    if not datasets:
        return spec
    rest = json.dumps({k: v for k, v in spec.items() if k != "datasets"}, ensure_ascii=False)
    if '"content": "data"' in rest:  # tooltips showing every field of a datum
        return spec

    def mentioned(column: str) -> bool:  # as written, or escaped as a Vega-Lite field ('a\\.b' in JSON)
        escaped = json.dumps(re.sub(r"([.\[\]])", r"\\\1", column), ensure_ascii=False)[1:-1]
        return column in rest or escaped in rest

    for name, rows in datasets.items():
        if isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows):
            keep = {k for row in rows for k in row if mentioned(k)}
            datasets[name] = [{k: v for k, v in row.items() if k in keep} for row in rows]
    return spec


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
        import vl_convert

        return vl_convert.vegalite_to_pdf(_spec(self.chart, STATIC_WIDTH))

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
