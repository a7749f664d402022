"""The house chart style and the one function that puts every chart into the book.

`figure(name, chart, data, sources=…, alt=…)` glues a chart under `name`; a markdown cell shows it with
``{glue:figure}`` and its caption, which numbers it (图 N) and makes it cross-referenceable. The glued output is:

* text/html — a container drawn in the browser by Vega from the book's own ``_static/vega-bundle.js`` (no CDN),
  the spec as inline JSON, a source line, a CSV download of the chart's data, and the numbers as a table;
* application/pdf — a vector rendering by vl-convert for the PDF edition;
* text/plain — the text alternative.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
from urllib.parse import quote

import altair as alt
import pandas as pd

from . import escape, files, fmt, paths, pictures, tables
from . import sources as source_table

FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
# Okabe–Ito: distinguishable with the common colour-vision deficiencies, readable on light and dark backgrounds.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#999999"]
STATIC_WIDTH = 460   # the PDF rendering's width in px (1 px = 1 pt; genai_book.build.pdf prints charts at 80 %, so
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


def _spec(chart: alt.TopLevelMixin, width, validate: bool = True) -> dict:
    """The Vega-Lite spec at `width` ('container' fills the page column). Compound charts (facet, concat)
    keep the widths of their parts."""
    return _at_width(_unpruned(chart, width, validate), width, _single(chart))


def _single(chart: alt.TopLevelMixin) -> bool:
    """A single or layered chart, drawn at the width asked for (a compound one keeps its parts' widths)."""
    return isinstance(chart, (alt.Chart, alt.LayerChart))


def _unpruned(chart: alt.TopLevelMixin, width, validate: bool = True) -> dict:
    """Altair's dict of `chart` (at `width` for a single or layered chart), before `_at_width`."""
    target = chart.properties(width=width) if _single(chart) else chart
    spec = target.to_dict(validate=False)
    if validate:
        _validate(target, spec)
    return spec


def _validate(chart: alt.TopLevelMixin, spec: dict) -> None:
    """Check `spec`, `chart`'s dict, against the Vega-Lite schema unless this very dict passed before (a marker
    file by content and Altair version): validating took a third of a chart's time, and a chapter re-executed for
    one changed value makes its other charts again unchanged. A failure is raised as Altair words it."""
    import jsonschema

    key = hashlib.sha256(json.dumps([spec, alt.__version__], sort_keys=True).encode()).hexdigest()
    marker = paths.CACHE / "chart-valid" / key[:24]
    if marker.is_file():
        return
    try:
        type(chart).validate(spec)  # its class's top-level schema, in the context of the root schema
    except jsonschema.ValidationError:
        chart.to_dict(validate=True)  # Altair's own message
        raise
    files.write_if_changed(marker, "")


def _at_width(spec: dict, width, single: bool) -> dict:
    """`spec` (from `_unpruned`, not changed: a copy is made) at `width`, with its default autosize, pruned. One
    Altair dict serves the page and the PDF: only the width differs, and converting and validating a chart took
    most of the time of drawing it."""
    spec = copy.deepcopy(spec)
    if single:
        spec["width"] = width
        spec.setdefault("autosize", {"type": "fit-x", "contains": "padding"} if width == "container" else "pad")
    return _prune(spec)


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
    return (f'<details class="genai-chart-table"><summary>查看数据表</summary>{tables.Table(data).html()}</details>')


class ChartOutput:
    """What a glued chart displays as; IPython asks for its mime bundle."""

    def __init__(self, name: str, chart: alt.TopLevelMixin, data: pd.DataFrame, source_ids, alt_text: str):
        self.name, self.chart, self.data, self.alt_text = name, chart, data, alt_text
        self.source_ids = list(source_ids)
        self._dict = None

    def _altair_dict(self) -> dict:
        """The chart's validated Altair dict at the page's width, made once for both renderings."""
        if self._dict is None:
            self._dict = _unpruned(self.chart, "container")
        return self._dict

    def html(self) -> str:
        page_spec = _at_width(self._altair_dict(), "container", _single(self.chart))
        for dark in (False, True):  # the page's static pictures, drawn here as the PDF is (pictures.static_svg)
            pictures.static_svg(page_spec, dark)
        spec = escape.script_json(page_spec)
        dom_id = f"chart-{self.name}"
        return (
            f'<div class="genai-chart" id="{dom_id}">'
            f'<div class="genai-chart-view" role="img" aria-label="{escape.html_text(self.alt_text)}"></div>'
            f'<script type="application/json" class="genai-chart-spec">{spec}</script>'
            f'<noscript>{escape.html_text(self.alt_text)}</noscript>'
            f'<p class="genai-chart-source">来源：'
            f'{source_table.html_citation(self.source_ids, describe=source_table.via_report)} · '
            f'{_csv_link(self.name, self.data)}</p>'
            f'{_table(self.data)}</div>'
        )

    def pdf(self) -> bytes:
        """The chart for the printed page, its source line under it (the web's source line is HTML)."""
        spec = _at_width(self._altair_dict(), STATIC_WIDTH, _single(self.chart))
        note = _wrap(f"来源：{source_table.text_citation(self.source_ids, describe=source_table.via_report)}",
                     SOURCE_LINE_CHARS)
        if "title" in spec:  # the chart has a title of its own: the source goes under it
            title = spec["title"] if isinstance(spec["title"], dict) else {"text": spec["title"]}
            spec["title"] = {**title, "subtitle": note, "subtitleColor": "#555", "subtitleFontSize": 11}
        else:
            spec["title"] = {"text": note, "orient": "bottom", "anchor": "start", "fontSize": 11,
                             "fontWeight": "normal", "color": "#555", "offset": 10}
        return _drawn_pdf(spec)

    def _repr_mimebundle_(self, include=None, exclude=None):
        import base64

        return {
            "text/html": self.html(),  # first: it validates the chart
            "application/pdf": base64.b64encode(self.pdf()).decode("ascii"),
            "text/plain": self.alt_text,
        }


def _drawn_pdf(spec: dict) -> bytes:
    """vl-convert's PDF of `spec`, cached by spec and vl-convert version: drawing takes a fifth of a second, and a
    chapter re-executed for one changed value redraws its other charts unchanged."""
    import vl_convert

    key = hashlib.sha256(json.dumps([spec, vl_convert.__version__], sort_keys=True).encode()).hexdigest()
    cached = paths.CACHE / "chart-pdfs" / f"{key[:24]}.pdf"
    if not cached.is_file():
        files.write_if_changed(cached, vl_convert.vegalite_to_pdf(spec))
    return cached.read_bytes()


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


# ---------------------------------------------------------------- values of different standing in one chart

STATUS_COLORS = {"报告给出": PALETTE[0], "据报告推算": PALETTE[4], "本书推算": PALETTE[7], "未写明": PALETTE[7]}
LABEL_SHARE_PER_CHAR = 0.055  # a 12px character over the ~220px plot of a phone-width bar chart


def _text_width(text: str) -> float:
    """A label's width in full-width characters (Latin letters and digits count about 0.6)."""
    return sum(1.0 if ord(c) > 255 else 0.6 for c in str(text))


def status_bars(data: pd.DataFrame, category: str, value: str = "value", *, value_title: str, label: str,
                status: str = "status", sort=None) -> alt.LayerChart:
    """Horizontal bars like `bars`, coloured by the standing of each value (`status`: stated, implied, computed
    or unknown, named as in fmt.STATUS_WORDS). A category the source names without a value gets no bar, only the
    grey text 未写明, so nothing is invented; a value the book computed (a remainder) is grey. The x axis leaves
    room for every label at the end of its bar, even at phone width."""
    standing = data[status].map(fmt.STATUS_WORDS).fillna(data[status])
    shown = data.assign(
        依据=standing,
        标注=[fmt.UNKNOWN_TEXT if s == "unknown" else text for s, text in zip(data[status], data[label])],
        柱长=data[value].fillna(0),
    )
    present = [s for s in STATUS_COLORS if s in set(standing)]
    domain_end = max(float(shown["柱长"].max()) or 1.0, *(
        length / max(0.3, 1 - LABEL_SHARE_PER_CHAR * _text_width(text) - 0.03)
        for length, text in zip(shown["柱长"], shown["标注"].fillna(""))))
    if sort is None:  # largest first; an explicit order, since "-x" does not sort a layer with filtered parts
        sort = shown.sort_values("柱长", ascending=False, kind="stable")[category].tolist()
    base = alt.Chart(shown).encode(
        y=alt.Y(f"{category}:N", title=None, sort=sort),
        x=alt.X("柱长:Q", title=value_title, scale=alt.Scale(domain=[0, domain_end], nice=False),
                axis=alt.Axis(tickCount=5)),  # few ticks: the labels must not collide on a phone
        tooltip=[alt.Tooltip(f"{category}:N", title=category), alt.Tooltip("标注:N", title=value_title),
                 alt.Tooltip("依据:N")],
    )
    legend = alt.Legend(title=None) if len(present) > 1 else None
    bars_layer = base.mark_bar().encode(color=alt.Color(
        "依据:N", scale=alt.Scale(domain=present, range=[STATUS_COLORS[s] for s in present]), legend=legend))
    known = base.transform_filter(alt.datum["依据"] != fmt.UNKNOWN_TEXT).mark_text(align="left", dx=4, fontSize=12)
    unknown = base.transform_filter(alt.datum["依据"] == fmt.UNKNOWN_TEXT).mark_text(
        align="left", dx=4, fontSize=12, fontStyle="italic", color=PALETTE[7])
    return (bars_layer + known.encode(text="标注:N") + unknown.encode(text="标注:N")).properties(
        height=alt.Step(30))


def bar_parts(frame: pd.DataFrame, category: str, *, category_title: str, value_title: str, alt_title: str,
              describe=None, labels=None, sort=None, value: str = "value") -> tuple[alt.LayerChart, pd.DataFrame, str]:
    """The chart, reader table and text alternative of one value table drawn as `status_bars`: each bar labelled
    with its value as `describe` writes it (or with `labels`), unknown values as 未写明. `value` names the column
    that sets the bar lengths, when the stated values are in different units (3万余家 and 1200余家)."""

    describe = describe or fmt.describe
    known = frame["status"] != "unknown"
    texts = [describe(row) if is_known else fmt.UNKNOWN_TEXT for is_known, (_, row) in zip(known, frame.iterrows())]
    labels = list(labels) if labels is not None else texts
    shown = frame.assign(**{category_title: frame[category].to_numpy(), "标签": labels})
    chart = status_bars(shown, category_title, value, value_title=value_title, label="标签", sort=sort)
    table = tables.readable(frame, {category: category_title}, describe=describe, source="label")
    listed = [_is(name, label) if is_known else f"{name}{fmt.UNKNOWN_TEXT}"
              for name, label, is_known in zip(shown[category_title], labels, known)]
    return chart, table, f"条形图：{alt_title}，" + "，".join(listed) + "。"


VERB_HEDGES = ("超过", "超", "近", "不足", "不到", "不少于", "高达", "最高", "突破", "预计突破")
ADVERB_HEDGES = ("估计", "约")


def _is(name: str, label: str) -> str:
    """「name为label」, with a hedge that is itself a verb taking 为's place (超过90%, not 为超过90%) and one that
    qualifies the verb before it (估计为1.76万亿, not 为估计1.76万亿)."""
    if label.startswith(VERB_HEDGES):
        return f"{name}{label}"
    adverb = next((h for h in ADVERB_HEDGES if label.startswith(h)), None)
    return f"{name}{adverb}为{label[len(adverb):]}" if adverb else f"{name}为{label}"


def bar_figure(name: str, frame: pd.DataFrame, category: str, *, category_title: str, value_title: str,
               alt_title: str, describe=None, labels=None, sort=None, value: str = "value",
               extra_columns=None) -> None:
    """One value table as the house bar chart, glued under `name` through `figure`: `bar_parts` plus the rows'
    sources; `extra_columns` (title → values) are appended to the reader table, e.g. a computed column."""
    chart, table, alt_text = bar_parts(frame, category, category_title=category_title, value_title=value_title,
                                       alt_title=alt_title, describe=describe, labels=labels, sort=sort,
                                       value=value)
    for title, values in (extra_columns or {}).items():
        table[title] = list(values)
    figure(name, chart, table, sources=frame["source_id"].unique(), alt=alt_text)


def period_bars(name: str, levels: pd.DataFrame, *, value: str, label: str, inner: str, status: str,
                value_title: str, label_name: str, inner_name: str, alt_title: str, table: pd.DataFrame,
                sources, standing=None) -> None:
    """Level bars over periods, glued under `name` through `figure`: one bar per row of `levels` (column 时期, in
    time order) as high as `value`, its `label` text on top and its `inner` text inside, coloured by `status`
    (in fmt.STATUS_WORDS). `standing`, the reader's word for each row (as its data table says it: 本书倒推),
    replaces the status words in legend, tooltip and text alternative; a second word of the same status (来源写出
    beside 报告给出) gets a colour of its own. The text alternative lists every period's label and inner text with
    its standing."""
    words = list(levels[status].map(fmt.STATUS_WORDS)) if standing is None else list(standing)
    data = levels.assign(依据=words)
    colour_of: dict[str, str] = {}
    spare = iter(c for c in PALETTE if c not in STATUS_COLORS.values())
    for word, row_status in sorted(dict.fromkeys(zip(words, levels[status])),
                                   key=lambda pair: list(fmt.STATUS_WORDS).index(pair[1])):
        own = STATUS_COLORS[fmt.STATUS_WORDS[row_status]]
        colour_of[word] = own if own not in colour_of.values() else next(spare)
    present = list(colour_of)
    base = alt.Chart(data[["时期", value, label, inner, "依据"]]).encode(
        x=alt.X("时期:N", title=None, sort=list(data["时期"]), axis=alt.Axis(labelAngle=0)),
        y=alt.Y(f"{value}:Q", title=value_title,
                scale=alt.Scale(domain=[0, float(data[value].max()) * 1.35], nice=False)),
        tooltip=["时期", alt.Tooltip(f"{label}:N", title=value), inner, "依据"],
    )
    chart = base.mark_bar(width={"band": 0.5}).encode(
        color=alt.Color("依据:N", scale=alt.Scale(domain=present, range=[colour_of[s] for s in present]),
                        legend=alt.Legend(title=None) if len(present) > 1 else None),
    ) + base.mark_text(baseline="bottom", dy=-4, fontSize=13, fontWeight="bold").encode(
        text=f"{label}:N",
    ) + base.mark_text(baseline="top", dy=6, fontSize=12, color="white").encode(text=f"{inner}:N")
    listed = "；".join(f"{row['时期']}{label_name}{row[label]}、{inner_name}{row[inner]}（{row['依据']}）"
                      for _, row in data.iterrows())
    figure(name, chart, table, sources=sources, alt=f"柱状图：{alt_title}，{listed}。")
