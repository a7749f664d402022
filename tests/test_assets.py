"""The finished site's stylesheets keep exactly the rules its pages can use (genai_book.build.assets)."""
from genai_book.build import assets

SHEET = """\
@import "../basic.css";
/* a comment */
.used, .unused { color: red; }
.unused-only { color: blue; }
div.used:hover > span::before { content: "x"; }
html[data-theme=dark] img:not(.only-dark, .dark-light) { filter: brightness(.8); }
.used.shown-by-script { display: block; }
@media (min-width: 960px) { .unused { x: 1; } .used { x: 2; } }
@media print { .unused { x: 1; } }
@font-face { font-family: icons; src: url(x.woff2); }
@keyframes spin { from { transform: rotate(0); } }
"""


def built_site(tmp_path):
    (tmp_path / "_static" / "styles").mkdir(parents=True)
    (tmp_path / "_static" / "styles" / "theme.css").write_text(SHEET, encoding="utf-8")
    (tmp_path / "page.html").write_text('<html><body><div class="used"><span>a</span><img src="x.svg"></div>'
                                        "</body></html>", encoding="utf-8")
    (tmp_path / "_static" / "widget.js").write_text('el.classList.add("shown-by-script");', encoding="utf-8")
    assets.prune_stylesheets(tmp_path)
    return (tmp_path / "_static" / "styles" / "theme.css").read_text(encoding="utf-8")


def test_rules_no_page_or_script_can_use_are_dropped(tmp_path):
    kept = built_site(tmp_path)
    assert ".unused-only" not in kept and "@media print" not in kept
    assert "x: 1" not in kept and "comment" not in kept


def test_rules_a_page_or_a_script_can_use_are_kept_whole(tmp_path):
    kept = built_site(tmp_path)
    assert ".used, .unused { color: red; }" in kept  # one selector of the list is enough
    assert 'div.used:hover > span::before { content: "x"; }' in kept  # states and pseudo-elements need nothing
    assert "img:not(.only-dark, .dark-light)" in kept  # what :not() excludes need not exist
    assert ".used.shown-by-script" in kept
    assert "@media (min-width: 960px)" in kept and ".used { x: 2; }" in kept
    assert '@import "../basic.css";' in kept and "@font-face" in kept and "@keyframes spin" in kept
