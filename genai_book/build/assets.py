"""The rendered site's shared files, pruned for readers on a phone; used by the build on each fresh copy of the site
(never on Jupyter Book's own output folder, which Sphinx reuses), never by chapters.

* Icon fonts. The theme draws its icons with Font Awesome fonts (0.27 MB as the theme ships them). Each font is cut
  down to the icons the site can show: the ``fa-*`` classes its pages and scripts name, and the icons its
  stylesheet sets itself (admonitions, links). fonttools does the cutting.
* Unused files. The theme's icon script (``_templates/layout.html`` no longer loads it) and source maps.
* Precompressed copies. Every text file gets a ``.gz`` beside it, for hosts that serve precompressed files.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

FONTS = "_static/vendor/fontawesome/webfonts"
THEME_CSS = "_static/styles/pydata-sphinx-theme.css"
UNUSED = ["_static/scripts/fontawesome.js", "_static/scripts/fontawesome.js.LICENSE.txt"]
ICON_RULE = re.compile(r'((?:\.fa-[a-z0-9-]+:(?:before|after),?)+)\{content:"\\([0-9a-f]{4,5})"\}')
ESCAPE = re.compile(r'"\\([ef][0-9a-f]{3})"')
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # where the stylesheet writes icons as characters (--pst-icon-*)
ICON_CLASS = re.compile(r"\bfa-[a-z0-9-]+")
COMPRESSIBLE = {".html", ".css", ".js", ".svg", ".json", ".csv", ".txt", ".xml", ".ipynb", ".py", ".bib"}


def icon_codepoints(site: Path) -> set[int]:
    """The Font Awesome code points the site can show."""
    css = (site / THEME_CSS).read_text(encoding="utf-8")
    named: dict[str, int] = {}
    for selectors, code in ICON_RULE.findall(css):
        for name in ICON_CLASS.findall(selectors):
            named[name] = int(code, 16)
    used = set()
    for page in [*site.rglob("*.html"), *(site / "_static").rglob("*.js")]:
        used |= set(ICON_CLASS.findall(page.read_text(encoding="utf-8", errors="replace")))
    rest = ICON_RULE.sub("", css)  # icons the stylesheet sets itself, as escapes or as characters
    own = {int(code, 16) for code in ESCAPE.findall(rest)} | {ord(c) for c in PRIVATE_USE.findall(rest)}
    return {named[name] for name in used if name in named} | own


def subset_fonts(site: Path, codepoints: set[int]) -> None:
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    for font_file in sorted((site / FONTS).glob("*.woff2")):
        font = subset.load_font(str(font_file), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        subset.save_font(font, str(font_file), options)


def remove_unused(site: Path) -> None:
    for name in UNUSED:
        (site / name).unlink(missing_ok=True)
    for source_map in (site / "_static").rglob("*.map"):
        source_map.unlink()


def precompress(site: Path) -> None:
    """`name.gz` beside every text file (fixed timestamp: the same file gives the same bytes)."""
    for path in sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE):
        compress(path)


def compress(path: Path) -> None:
    path.with_name(path.name + ".gz").write_bytes(gzip.compress(path.read_bytes(), 9, mtime=0))


def finish(site: Path) -> None:
    """Prune and precompress a freshly rendered copy of the site, in place."""
    if (site / THEME_CSS).exists():
        subset_fonts(site, icon_codepoints(site))
    remove_unused(site)
    precompress(site)
