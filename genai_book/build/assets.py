"""The rendered site's shared files, pruned for readers on a phone; used by the build on each fresh copy of the site
(never on Jupyter Book's own output folder, which Sphinx reuses), never by chapters.

* Icon fonts. The theme draws its icons with Font Awesome fonts (0.27 MB as the theme ships them). Each font is cut
  down to the icons the site can show: the ``fa-*`` classes its pages and scripts name, and the icons its
  stylesheet sets itself (admonitions, links). fonttools does the cutting.
* Unused style rules. Every page loads the theme's stylesheets whole (0.5 MB, mostly Font Awesome's classes and
  widgets no page has), and the browser matches every rule against every element: the rule a page cannot use costs
  style and layout time on a phone. A rule is kept when each class, id and element name its selector needs occurs
  as a word in the site's pages or scripts (which add classes as the reader clicks), as PurgeCSS decides; at-rules
  other than @media and @supports (fonts, keyframes) are kept whole.
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
WORD = re.compile(r"[A-Za-z0-9_-]+")
PSEUDO_ARGUMENT = re.compile(r"\([^()]*\)")   # :not(.x), :nth-child(2n): what a selector excludes is not needed
PSEUDO = re.compile(r"::?[A-Za-z-]+")
ATTRIBUTE = re.compile(r"\[[^\]]*\]")
NEEDED = re.compile(r"(?:^|(?<=[\s>+~(]))([A-Za-z][A-Za-z0-9-]*)|[.#]([A-Za-z0-9_-]+)")  # element names, classes, ids
NESTED = {"media", "supports"}
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


def site_words(site: Path) -> set[str]:
    """Every word in the site's pages and scripts: the classes, ids and element names an element can have."""
    words: set[str] = set()
    for page in [*site.rglob("*.html"), *(site / "_static").rglob("*.js"), *(site / "charts").rglob("*.js")]:
        words |= set(WORD.findall(page.read_text(encoding="utf-8", errors="replace")))
    return words


def selector_used(selector: str, words: set[str]) -> bool:
    if "\\" in selector:  # an escaped character in a name: kept rather than read wrongly
        return True
    plain = ATTRIBUTE.sub("", selector)
    while PSEUDO_ARGUMENT.search(plain):
        plain = PSEUDO_ARGUMENT.sub("", plain)
    plain = PSEUDO.sub("", plain)
    return all(name in words for match in NEEDED.finditer(plain) for name in match.groups() if name)


def selectors(prelude: list) -> list[str]:
    """A rule's selectors: its prelude cut at the commas outside parentheses (`:not(.a, .b)` is one)."""
    import tinycss2

    found, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            found.append(current)
            current = []
        else:
            current.append(token)
    return [tinycss2.serialize(tokens) for tokens in [*found, current]]


def used_rules(rules: list, words: set[str]) -> list:
    import tinycss2

    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            if not any(selector_used(s, words) for s in selectors(rule.prelude)):
                continue
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content is not None:
            inner = used_rules(tinycss2.parse_blocks_contents(rule.content, skip_comments=True,
                                                              skip_whitespace=True), words)
            if not inner:
                continue
            rule.content = [token for r in inner for token in (r, tinycss2.ast.WhitespaceToken(0, 0, "\n"))]
        kept.append(rule)
    return kept


def prune_stylesheets(site: Path) -> None:
    """Every stylesheet of the site without the rules its pages cannot use."""
    import tinycss2

    words = site_words(site)
    for sheet in sorted((site / "_static").rglob("*.css")):
        rules = tinycss2.parse_stylesheet(sheet.read_text(encoding="utf-8"), skip_comments=True,
                                          skip_whitespace=True)
        sheet.write_text("\n".join(tinycss2.serialize([r]) for r in used_rules(rules, words)) + "\n",
                         encoding="utf-8")


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
    prune_stylesheets(site)
    remove_unused(site)
    precompress(site)
