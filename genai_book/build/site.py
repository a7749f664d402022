"""What the HTML site needs beyond the executed notebooks; used by the build while staging, never by chapters.

* `lighten(notebook, folder, stem)` keeps pages light: a chart whose Vega-Lite spec (with its data) is larger than
  INLINE_LIMIT gets it moved out of the page into ``charts/<stem>/<name>.js`` (loaded by ``_static/charts.js``
  with a ``<script>``, so it also works from file://), and a CSV download larger than INLINE_LIMIT becomes a file
  ``charts/<stem>/<name>.csv`` instead of a ``data:`` link. Small charts stay self-contained.
* Every chart is first shown as a static picture — the SVG vl-convert draws from the same spec, in the light and
  the dark theme (``charts/<stem>/<name>.svg``, ``<name>-dark.svg``) — so a page paints without the 0.9 MB Vega
  bundle; ``_static/charts.js`` makes a chart interactive once the reader scrolls it into view or touches it.
"""
from __future__ import annotations

import copy
import html
import json
import re
from urllib.parse import unquote

from .. import pictures

INLINE_LIMIT = 16 * 1024   # bytes of a chart's spec (or CSV link) kept inside the page
CHART_ID = re.compile(r'<div class="genai-chart" id="([^"]+)"')
SPEC = re.compile(r'<script type="application/json" class="genai-chart-spec">(.*?)</script>', re.S)
CSV = re.compile(r'href="data:text/csv;charset=utf-8,([^"]*)"')
VIEW = re.compile(r'(<div class="genai-chart-view"[^>]*>)(</div>)')
STATIC_WIDTH = pictures.WIDTH
SVG_SIZE = re.compile(r'<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"')


def _pictures(spec: dict, base: str, up: str, files: dict[str, bytes]) -> str:
    """<img> tags of the light and dark static charts (the stylesheet shows the one of the page's theme); their
    width and height reserve the chart's room, so nothing shifts when a picture or the live chart arrives."""
    tags = []
    for suffix, dark in (("", False), ("-dark", True)):
        svg = pictures.static_svg(spec, dark)  # drawn by the chapter, unless the cache was emptied since
        files[f"{base}{suffix}.svg"] = svg.encode()
        width, height = SVG_SIZE.search(svg).groups()
        theme = "dark" if dark else "light"
        tags.append(f'<img class="genai-chart-static genai-chart-static-{theme}" alt="" loading="lazy" '
                    f'decoding="async" width="{width}" height="{height}" '
                    f'src="{html.escape(up + base + suffix)}.svg">')
    return "".join(tags)


def _lighten_html(markup: str, folder: str, stem: str, files: dict[str, bytes]) -> str:
    found = CHART_ID.search(markup)
    if not found:
        return markup
    name = found.group(1).removeprefix("chart-")
    base = f"charts/{stem}/{name}"
    up = "../" * len([p for p in folder.split("/") if p])  # from the page to the site root

    spec_text = SPEC.search(markup)
    pictures = _pictures(json.loads(spec_text.group(1)), base, up, files) if spec_text else ""
    markup = VIEW.sub(lambda m: m.group(1) + pictures + m.group(2), markup, count=1)

    def spec(match):
        text = match.group(1)
        if len(text.encode()) <= INLINE_LIMIT:
            return match.group(0)
        files[f"{base}.js"] = f"genaiChartSpec({json.dumps(found.group(1))}, {text});\n".encode()
        return f'<script type="application/json" class="genai-chart-spec" data-src="{base}.js"></script>'

    def csv(match):
        if len(match.group(1)) <= INLINE_LIMIT:
            return match.group(0)
        files[f"{base}.csv"] = unquote(match.group(1)).encode()
        return f'href="{up}{base}.csv"'

    return CSV.sub(csv, SPEC.sub(spec, markup))


def lighten(notebook: dict, folder: str, stem: str):
    """(a copy of the notebook — its JSON as dicts — with large chart data moved out, {site path: content} of the
    moved files)."""
    notebook = copy.deepcopy(notebook)
    files: dict[str, bytes] = {}
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            for mime, value in output.get("data", {}).items():
                if mime.endswith("text/html"):
                    text = "".join(value) if isinstance(value, list) else value
                    if "genai-chart-spec" in text:
                        output["data"][mime] = _lighten_html(text, folder, stem, files)
    return notebook, files
