"""The static pictures of a chart that a page shows before Vega draws it live: vl-convert's SVG of the page's spec, in
the light and the dark theme, drawn once per spec (_build/cache/static-charts).

They are drawn where the chart is made — in the chapter's kernel, beside the chart's PDF (genai_book.charts) — so a
chapter re-executed for one changed value has drawn its changed chart's pictures while the other chapters ran, with
vl-convert already started there for the PDF; staging the site (genai_book.build.site) then finds them drawn, and
draws only what an emptied cache lacks. No altair or pandas here: the build and Jupyter Book import this module.
"""
from __future__ import annotations

import hashlib
import json

from . import files, paths

WIDTH = 360   # px: a phone's text column; the picture scales down to narrower ones, never up


def dark_theme(spec: dict) -> dict:
    """What charts.js changes for the dark theme, besides Vega's own dark theme: text marks white, no background."""
    config = {**spec.get("config", {}), "background": "transparent"}
    config["text"] = {**config.get("text", {}), "color": "#fff"}
    return {**spec, "config": config}


def static_svg(spec: dict, dark: bool) -> str:
    """The chart whose page spec is `spec` drawn by vl-convert at WIDTH (light or dark), cached by spec, theme and
    vl-convert version."""
    import vl_convert

    fixed = {**spec, "width": WIDTH} if spec.get("width") == "container" else spec
    fixed = dark_theme(fixed) if dark else fixed
    key = hashlib.sha256(json.dumps([fixed, dark, vl_convert.__version__], sort_keys=True).encode()).hexdigest()
    cached = paths.CACHE / "static-charts" / f"{key[:24]}.svg"
    if not cached.is_file():
        files.write_if_changed(cached, vl_convert.vegalite_to_svg(fixed, theme="dark" if dark else None))
    return cached.read_text(encoding="utf-8")
