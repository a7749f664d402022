"""The finished site's stylesheets keep exactly the rules its pages can use (genai_book.build.assets)."""
import gzip

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


PAGE = '<html><body><div class="used"><span>a</span><img src="x.svg"></div></body></html>'


def lay_out(site, page=PAGE):
    (site / "_static" / "styles").mkdir(parents=True, exist_ok=True)
    (site / "_static" / "styles" / "theme.css").write_text(SHEET, encoding="utf-8")
    (site / "page.html").write_text(page, encoding="utf-8")
    (site / "_static" / "widget.js").write_text('el.classList.add("shown-by-script");', encoding="utf-8")


def built_site(tmp_path):
    lay_out(tmp_path / "site")
    assets.prune_stylesheets(tmp_path / "site", assets.Derived(tmp_path / "derived"))
    return (tmp_path / "site" / "_static" / "styles" / "theme.css").read_text(encoding="utf-8")


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


def test_a_site_rebuilt_derives_again_only_what_its_change_reaches(tmp_path, monkeypatch):
    """A page's new number is no name the stylesheet has: the pruned sheet and the other files' .gz are reused, and
    only the changed page is searched for words again. A page that starts using a class the sheet styles prunes it
    again; entries no file uses any more are dropped."""
    site, derived_folder = tmp_path / "site", tmp_path / "derived"
    made = []
    for name in ("pruned", "gzipped", "matches"):
        original = getattr(assets, name)
        monkeypatch.setattr(assets, name, lambda *a, original=original, name=name: made.append(name) or original(*a))

    def finish(page):
        lay_out(site, page)
        made.clear()
        derived = assets.Derived(derived_folder)
        assets.prune_stylesheets(site, derived)
        assets.precompress(site, derived)
        derived.forget_unused()
        return sorted(made), len(list(derived_folder.iterdir()))

    # each text file's .gz, the pruned sheet, the words of the page and of the script
    assert finish(PAGE) == (["gzipped"] * 3 + ["matches"] * 2 + ["pruned"], 6)
    assert finish(PAGE.replace("<span>a</span>", "<span>a 2.40</span>")) == (["gzipped", "matches"], 6)  # the page's
    kept = (site / "_static" / "styles" / "theme.css").read_text(encoding="utf-8")
    assert ".unused-only" not in kept
    # the script is as it was
    assert finish(PAGE.replace("used", "unused-only")) == (["gzipped"] * 2 + ["matches", "pruned"], 6)
    assert ".unused-only" in (site / "_static" / "styles" / "theme.css").read_text(encoding="utf-8")
    assert gzip.decompress((site / "page.html.gz").read_bytes()) == (site / "page.html").read_bytes()
