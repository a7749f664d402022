"""The built pages, read as files: light enough, every internal link resolving, headings in order, and the book's
chrome (title, favicon, copyright with the data's attribution to CNNIC, downloads) on every page.
Sizes are limits, not timings: speed is measured by `make bench`, not tested."""
import json
import time

import pytest
import yaml
from sitepages import all_pages, article_headings, content_pages, ids, local_target, notebook_pages, soup

from genai_book import paths
from genai_book.build import site, stage

pytestmark = pytest.mark.build

PAGE_LIMIT = 300 * 1024
CONFIG = yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8"))


def test_the_site_is_built():
    assert {"intro.html", "search.html"} <= set(all_pages()), "build the book first: make book"
    assert notebook_pages(), "no chapter page found"


@pytest.mark.parametrize("page", all_pages())
def test_page_is_light(page):
    size = (paths.HTML / page).stat().st_size
    assert size <= PAGE_LIMIT, f"{page} is {size / 1024:.0f} KB of HTML (limit {PAGE_LIMIT // 1024} KB)"


def test_vega_is_one_shared_file_loaded_only_where_charts_are():
    """charts.js (deferred) on chart pages only; it loads the bundle itself, so no page names it in a script tag."""
    bundle = paths.HTML / "_static" / "vega-bundle.js"
    assert bundle.stat().st_size > 100_000
    assert '"_static/vega-bundle.js"' in (paths.HTML / "_static" / "charts.js").read_text(encoding="utf-8")
    for page in all_pages():
        inline = [s for s in soup(page).find_all("script", src=False) if s.get("type") != "application/json"]
        assert sum(len(s.get_text()) for s in inline) < 20_000, f"{page} inlines a large script"
        has_charts = bool(soup(page).select(".genai-chart"))
        for name, wanted in (("vega-bundle.js", 0), ("charts.js", 1 if has_charts else 0)):
            scripts = [s for s in soup(page).find_all("script", src=True) if f"_static/{name}" in s["src"]]
            assert len(scripts) == wanted, f"{page}: {len(scripts)} {name}, charts={has_charts}"
            assert all(s.has_attr("defer") for s in scripts), f"{page}: {name} blocks rendering"


@pytest.mark.parametrize("page", all_pages())
def test_page_loads_no_icon_script_and_search_only_on_the_search_page(page):
    sources = [s["src"] for s in soup(page).find_all("script", src=True)]
    assert not [s for s in sources if "fontawesome" in s], f"{page} loads the theme's icon script"
    search = [s for s in sources if any(n in s for n in ("searchindex.js", "searchtools.js", "search-zh.js"))]
    assert len(search) == (3 if page == "search.html" else 0), f"{page}: search scripts {search}"


def test_every_chart_has_static_pictures_of_its_size():
    charts = [(page, chart) for page in all_pages() for chart in soup(page).select(".genai-chart")]
    assert charts, "no chart in the site"
    for page, chart in charts:
        pictures = chart.select(".genai-chart-view img.genai-chart-static")
        assert [p["class"][-1] for p in pictures] == ["genai-chart-static-light", "genai-chart-static-dark"], page
        for picture in pictures:
            svg = (paths.HTML / page).parent / picture["src"]
            assert svg.read_text(encoding="utf-8").startswith("<svg"), f"{page}: {picture['src']}"
            assert float(picture["width"]) > 0 and float(picture["height"]) > 0, f"{page}: {picture}"


@pytest.mark.parametrize("page", all_pages())
def test_chart_data_inline_only_when_small(page):
    for holder in soup(page).select(".genai-chart-spec"):
        if holder.get("data-src"):
            target = paths.HTML / holder["data-src"]  # relative to the site root (the page's content_root)
            assert target.is_file(), f"{page}: chart spec {holder['data-src']} missing"
            continue
        size = len(holder.get_text().encode())
        assert size <= site.INLINE_LIMIT, f"{page}: a chart carries {size} bytes of inline spec"
        json.loads(holder.get_text())


@pytest.mark.parametrize("page", all_pages())
def test_internal_links_resolve(page):
    broken = []
    for tag in soup(page).find_all(["a", "link", "script", "img", "source", "iframe"]):
        for attr in ("href", "src"):
            url = tag.get(attr)
            if not url or url == "#":
                continue
            target = local_target(page, url)
            if target is None:
                continue
            file, fragment = target
            if not file.is_file():
                broken.append(f"{attr}={url} (no file)")
            elif fragment and file.suffix == ".html" and fragment not in ids(file):
                broken.append(f"{attr}={url} (no id {fragment!r})")
    assert not broken, f"{page}: broken internal links: {broken}"


@pytest.mark.parametrize("page", content_pages())
def test_headings_in_order(page):
    headings = article_headings(page)
    assert headings and headings[0][0] == 1, f"{page} does not start with a level-1 heading: {headings[:1]}"
    assert sum(1 for level, _ in headings if level == 1) == 1, f"{page} has several level-1 headings"
    for (before, _), (level, text) in zip(headings, headings[1:]):
        assert level <= before + 1, f"{page}: heading {text!r} jumps from h{before} to h{level}"


@pytest.mark.parametrize("page", all_pages())
def test_book_chrome(page):
    if page == "index.html":  # Jupyter Book's redirect to the front page
        return
    doc = soup(page)
    title = CONFIG["sphinx"]["config"]["html_title"]
    assert title in doc.title.get_text(), f"{page}: <title> lacks the book's title"
    icon = doc.find("link", rel="icon")
    assert icon and local_target(page, icon["href"])[0].is_file(), f"{page}: no favicon"
    copyright_text = doc.select_one("p.copyright").get_text(" ", strip=True)
    years = [int(time.strftime("%Y")) - d for d in (0, 1)]  # a book built on 31 December, tested on 1 January
    assert any(stage.copyright_line(CONFIG["copyright"], y) in copyright_text for y in years), copyright_text
    footer = doc.select_one("footer.bd-footer-content").get_text(" ", strip=True)
    assert "中国互联网络信息中心" in footer and "CNNIC" in footer, f"{page}: the data are not attributed to CNNIC"
    # the repository button only with BOOK_REPOSITORY_URL (tests/test_publish.py builds the site with it)
    assert not doc.select("a.btn-source-repository-button"), f"{page}: a repository button with no repository"


def test_copyright_years():
    assert stage.copyright_line("2026 本书编写组", 2026) == "2026 本书编写组"
    assert stage.copyright_line("2026 本书编写组", 2028) == "2026–2028 本书编写组"
    assert stage.copyright_line("本书编写组", 2028) == "本书编写组"


@pytest.mark.parametrize("page", notebook_pages())
def test_chapter_downloads(page):
    import nbformat

    stem = page.rsplit("/", 1)[-1].removesuffix(".html")
    links = {a["href"] for a in soup(page).select("p.genai-downloads a[href]")}
    assert {f"{stem}.ipynb", f"{stem}.py"} <= links, f"{page}: download links {links}"
    menu = {a.get("href") for a in soup(page).select(".dropdown-download-buttons a[href]")}
    assert {f"{stem}.ipynb", f"{stem}.py"} <= menu, f"{page}: download menu {menu}"
    notebook = nbformat.read(paths.HTML / page.replace(".html", ".ipynb"), as_version=4)
    assert any(cell.get("outputs") for cell in notebook.cells), "the downloadable notebook is not the executed one"
    source = (paths.HTML / page.replace(".html", ".py")).read_text(encoding="utf-8")
    assert source.startswith("# %%"), "the .py download is not the jupytext source"


def test_lighten_moves_large_chart_data_out_of_the_page():
    import nbformat

    big = "x" * (site.INLINE_LIMIT + 10)
    markup = (f'<div class="genai-chart" id="chart-big"><div class="genai-chart-view"></div>'
              f'<script type="application/json" class="genai-chart-spec">{{"data": {{"values": [{{"a": "{big}"}}]}}, '
              f'"mark": "point", "encoding": {{"x": {{"field": "a", "type": "nominal"}}}}}}</script>'
              f'<a download="big.csv" href="data:text/csv;charset=utf-8,{big}">CSV</a></div>')
    small = markup.replace(big, "small")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=[
        nbformat.v4.new_output("display_data", data={"text/html": markup}),
        nbformat.v4.new_output("display_data", data={"application/papermill.record/text/html": small})])])
    light, files = site.lighten(notebook, "chapters", "09_demo")
    assert set(files) == {"charts/09_demo/big.js", "charts/09_demo/big.csv", "charts/09_demo/big.svg",
                          "charts/09_demo/big-dark.svg"}
    assert files["charts/09_demo/big.js"].decode().startswith('genaiChartSpec("chart-big", {"data": ')
    assert files["charts/09_demo/big.svg"].startswith(b"<svg") and files["charts/09_demo/big-dark.svg"] != \
        files["charts/09_demo/big.svg"]
    out = light.cells[0].outputs
    assert 'src="../charts/09_demo/big-dark.svg"' in out[0].data["text/html"]
    assert 'data-src="charts/09_demo/big.js"></script>' in out[0].data["text/html"]
    assert 'href="../charts/09_demo/big.csv"' in out[0].data["text/html"]
    small_out = out[1].data["application/papermill.record/text/html"]  # small charts stay self-contained
    assert 'class="genai-chart-spec">{"data": ' in small_out and 'href="data:text/csv;charset=utf-8,small"' in small_out
    assert notebook.cells[0].outputs[0].data["text/html"] == markup        # the executed notebook is untouched


@pytest.mark.browser
def test_chart_with_data_out_of_the_page_draws_from_file(tmp_path):
    """charts.js loads a moved-out spec with a <script> (fetch() is refused on file://) and draws it."""
    from browser import chromium, reveal_charts

    for name in ("charts.js", "vega-bundle.js"):
        (tmp_path / "_static").mkdir(exist_ok=True)
        (tmp_path / "_static" / name).write_bytes((paths.HTML / "_static" / name).read_bytes())
    spec = {"data": {"values": [{"k": "甲", "v": 1}, {"k": "乙", "v": 2}]}, "mark": "bar",
            "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}
    (tmp_path / "charts" / "09_demo").mkdir(parents=True)
    (tmp_path / "charts" / "09_demo" / "big.js").write_text(
        f'genaiChartSpec("chart-big", {json.dumps(spec, ensure_ascii=False)});', encoding="utf-8")
    (tmp_path / "chapters").mkdir()
    page = tmp_path / "chapters" / "09_demo.html"
    page.write_text(
        '<!DOCTYPE html><html lang="zh-CN" data-content_root="../"><head><meta charset="utf-8">'
        '<script defer src="../_static/charts.js"></script>'
        '</head><body><div class="genai-chart" id="chart-big"><div class="genai-chart-view" role="img" '
        'aria-label="测试"></div><script type="application/json" class="genai-chart-spec" '
        'data-src="charts/09_demo/big.js"></script></div></body></html>', encoding="utf-8")
    driver = chromium()
    try:
        driver.get(page.as_uri())
        assert reveal_charts(driver) == ["true"]
        assert driver.execute_script("return document.querySelectorAll('.genai-chart svg .mark-rect path').length") == 2
    finally:
        driver.quit()
