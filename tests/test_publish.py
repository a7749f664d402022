"""Publishing: the Pages workflow and CITATION.cff are valid, the settings of where the book lives are applied
(and refused when they are not http(s) URLs), `make serve` serves as a static host does, and the built site has a
404 page, a "how to cite" block under every chart and on the front page, the licence statement, and — only when
a base URL is set — canonical URLs, a sitemap, descriptions and link cards (one extra render of the staged site)."""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup
from sitepages import all_pages, content_pages, soup

from genai_book import paths
from genai_book.build import command, publish, render, stage

BASE = "https://example.org/genai-book"
REPOSITORY = "https://gitlab.example.org/team/genai-book"
SETTINGS = {publish.BASE_URL: BASE, publish.REPOSITORY_URL: REPOSITORY}
CFF_WHEEL = paths.ROOT / ".venv" / "wheels" / "cffconvert-2.0.0-py3-none-any.whl"
PAGES_WITHOUT_CARDS = {"index.html", "search.html", "genindex.html", "404.html"}  # redirect and utility pages


def staged(environ: dict) -> dict:
    with pytest.MonkeyPatch.context() as patch:
        for name in (publish.BASE_URL, publish.REPOSITORY_URL):
            patch.delenv(name, raising=False)
        for name, value in environ.items():
            patch.setenv(name, value)
        return yaml.safe_load(stage.staged_config())


# ---------------------------------------------------------------- settings

def test_nothing_is_invented_without_settings():
    config = staged({})
    assert config["repository"]["url"] == "" and config["html"]["use_repository_button"] is False
    sphinx = config["sphinx"]["config"]
    assert sphinx["html_baseurl"] == "" and "sphinx_sitemap" not in sphinx["extensions"]
    assert sphinx["notfound_urls_prefix"] is None


def test_settings_reach_the_staged_config():
    config = staged(SETTINGS)
    assert config["repository"]["url"] == REPOSITORY and config["html"]["use_repository_button"] is True
    sphinx = config["sphinx"]["config"]
    assert sphinx["html_baseurl"] == BASE + "/"   # a base URL always ends with a slash
    assert "sphinx_sitemap" in sphinx["extensions"] and sphinx["sitemap_url_scheme"] == "{link}"
    assert sphinx["notfound_urls_prefix"] == "/genai-book/"


@pytest.mark.parametrize("value", ["ftp://example.org/book/", "javascript:alert(1)", "example.org/book", "https://"])
def test_a_bad_address_stops_the_build_before_anything_runs(value, monkeypatch, capsys):
    monkeypatch.setenv(publish.BASE_URL, value)
    monkeypatch.setattr(command, "validate", lambda *_: pytest.fail("the build went on to validate the data"))
    assert command.main(["--no-pdf"]) == 2
    error = capsys.readouterr().err
    assert publish.BASE_URL in error and repr(value) in error and "http(s)" in error


@pytest.mark.parametrize("value", ["https://git.example.org/team/book", "https://github.com/team"])
def test_a_repository_the_button_cannot_link_is_refused(value):
    with pytest.raises(publish.SettingError, match="GitHub, GitLab or Bitbucket"):
        publish.check_settings({publish.REPOSITORY_URL: value})


def test_bibtex_escapes_special_characters():
    assert publish.bibtex("50% & {x}_#1 $ ^ ~ \\") == (r"50\% \& \{x\}\_\#1 \$ \textasciicircum{} "
                                                        r"\textasciitilde{} \textbackslash{}")
    assert publish.bibtex("两行\n文字") == "两行 文字"


def test_an_edition_is_named_by_its_reference_period_not_as_survey_data():
    """A later edition's figures are mostly not survey figures: the citations, the older edition's notice and the
    PDF's title page name an edition by its reference period (基准期), not as 'survey data as of'."""
    from jinja2 import Environment, FileSystemLoader

    from genai_book.build import pdf

    templates = Environment(loader=FileSystemLoader(paths.ROOT / "_templates"))
    later = {"as_of": "2025-12", "period": "2025年12月", "number": 2}
    cite = templates.get_template(publish.TEMPLATE).render(
        author="本书编写组", title="书名", edition=later, year="2026", url="", figure=None, key="k",
        bibtex=publish.bibtex)
    editions = [{"label": "2025年6月", "current": True, "latest": False, "href": "a.html", "front": "a.html"},
                {"label": "2025年12月", "current": False, "latest": True, "href": "b.html", "front": "b.html"}]
    notice = templates.get_template("genai-editions.html").render(genai_editions=editions)
    title_page = pdf.title_page({"title": "书名", "sphinx": {"config": {}}}, later)
    assert "第2版（基准期为2025年12月）" in cite and "第2版，基准期为2025年12月" in cite
    figure = templates.get_template(publish.TEMPLATE).render(
        author="本书编写组", title="书名", edition=later, year="2026", url="", key="k", bibtex=publish.bibtex,
        figure={"number": "图 2.1", "caption": "用户规模（2024年12月—2025年12月）", "id": "fig-users"})
    # a figure carries its own periods in its caption; the edition's reference period is not the figure's
    assert "《书名》第2版，图 2.1“用户规模" in figure and "基准期" not in figure
    assert "这是本书基准期为2025年6月的一版" in notice and "最新版的基准期为2025年12月" in notice
    assert "第2版 · 基准期为2025年12月" in title_page
    for text in (cite, notice, title_page):
        assert "调查数据" not in text


def test_description_is_the_first_paragraph_cut_after_a_sentence():
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser
    from docutils.utils import new_document

    sentence = "这一句有二十个字左右，用来凑出很长的一段话。"
    text = f"标题\n====\n\n{sentence * 10}\n\n第二段。\n"
    document = new_document("test", get_default_settings(Parser))
    Parser().parse(text, document)
    found = publish.description(document)
    assert found.startswith(sentence) and found.endswith("。") and len(found) <= publish.DESCRIPTION_LIMIT
    document = new_document("test", get_default_settings(Parser))
    Parser().parse("标题\n====\n\n短的概述。\n", document)
    assert publish.description(document) == "短的概述。"


# ---------------------------------------------------------------- workflow and citation file

def actionlint(*files: Path) -> subprocess.CompletedProcess:
    binary = Path(sys.executable).parent / "actionlint"
    return subprocess.run([str(binary), "-no-color", *map(str, files)], capture_output=True, text=True)


def test_the_pages_workflow_is_valid():
    workflows = sorted((paths.ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows, "no workflow under .github/workflows"
    result = actionlint(*workflows)
    assert result.returncode == 0, result.stdout + result.stderr
    text = workflows[0].read_text(encoding="utf-8")
    assert "run: make book" in text and "path: _build/html" in text and "actions/deploy-pages" in text


def test_actionlint_finds_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    workflow = (paths.ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    broken.write_text(workflow.replace("steps.pages.outputs.base_url", "steps.nowhere.outputs.base_url"))
    result = actionlint(broken)
    assert result.returncode != 0 and "nowhere" in result.stdout


def cff_errors(document: dict) -> list[str]:
    import jsonschema

    assert CFF_WHEEL.exists(), f"{CFF_WHEEL} missing: make test downloads it"
    schema = json.loads(zipfile.ZipFile(CFF_WHEEL).read("cffconvert/schemas/1.2.0/schema.json"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(document)]


def test_citation_file_is_valid():
    document = yaml.safe_load((paths.ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff_errors(document) == []
    assert document["title"] == staged({})["title"]
    assert cff_errors({**document, "authors": [], "license": "not-a-licence"})  # the check does catch errors


def test_licences_in_the_repository():
    assert (paths.ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    pyproject = (paths.ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject
    data_readme = (paths.ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in data_readme and "CNNIC" in data_readme and "raw/" in data_readme


# ---------------------------------------------------------------- make serve

def load_serve():
    spec = importlib.util.spec_from_file_location("serve", paths.ROOT / "scripts" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_serve_gzips_text_and_answers_a_missing_page_with_404(tmp_path):
    (tmp_path / "index.html").write_text("<p>首页</p>" * 100, encoding="utf-8")
    (tmp_path / "404.html").write_text("<h1>页面未找到</h1>", encoding="utf-8")
    httpd = load_serve().server(tmp_path, 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{httpd.server_address[1]}/"
    try:
        with urllib.request.urlopen(urllib.request.Request(root, headers={"Accept-Encoding": "gzip"})) as answer:
            assert answer.headers["Content-Encoding"] == "gzip"
            assert gzip.decompress(answer.read()).decode() == "<p>首页</p>" * 100
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(root + "chapters/nowhere.html")
        assert missing.value.code == 404 and "页面未找到" in missing.value.read().decode()
    finally:
        httpd.shutdown()
        httpd.server_close()


# ---------------------------------------------------------------- the built site (make book, no settings)

def cite_blocks(doc: BeautifulSoup) -> list:
    return doc.select("details.genai-cite")


@pytest.mark.build
def test_404_page():
    page = soup("404.html")
    assert "页面未找到" in page.get_text()
    links = [a["href"] for a in page.select(".bd-sidebar-primary a[href]")]
    assert links and all(h.startswith("/") for h in links), links[:5]  # from the host's root, not from /404.html


@pytest.mark.build
@pytest.mark.parametrize("page", all_pages())
def test_no_address_is_invented_without_a_base_url(page):
    doc = soup(page)
    assert not doc.select('link[rel="canonical"], meta[property^="og:"], meta[name="description"]'), page
    assert not doc.select("a.btn-source-repository-button, a[href*='genai-report-book/genai-report-book']"), page
    assert not (paths.HTML / "sitemap.xml").exists()


@pytest.mark.build
@pytest.mark.parametrize("page", content_pages())
def test_every_chart_has_a_citation(page):
    doc = soup(page)
    for figure in doc.select("figure"):
        if not figure.select(".genai-chart"):
            continue
        block = figure.find_next_sibling()
        assert block is not None and "genai-cite" in block.get("class", []), f"{page}: no citation after a chart"
        figure_id = figure["id"]
        bibtex = block.select_one(".genai-cite-bibtex").get_text()
        assert re.match(r"@misc\{genai-report-book-ed\d+-", bibtex) and f"-{figure_id}," in bibtex, bibtex
        plain = block.select_one(".genai-cite-plain").get_text()
        assert figure.select_one("figcaption .caption-number").get_text().strip() in plain  # 图 2.1
        assert figure_id not in plain, "the plain citation shows the figure's id, a code word"
        assert "http" not in block.get_text()  # no base URL: no address
    charts = len(doc.select("figure .genai-chart"))
    chart_blocks = [b for b in cite_blocks(doc) if b.summary.get_text() == "引用本图"]
    assert len(chart_blocks) == charts, f"{page}: {charts} charts, {len(chart_blocks)} chart citations"


@pytest.mark.build
def test_front_page_has_licence_and_book_citation():
    doc = soup("intro.html")
    text = doc.get_text(" ", strip=True)
    assert "CC BY 4.0" in text and "MIT" in text and "CNNIC" in text
    blocks = cite_blocks(doc)
    assert len(blocks) == 1 and blocks[0].summary.get_text() == "引用本书"
    bibtex = blocks[0].select_one(".genai-cite-bibtex").get_text()
    # the key names the edition by its number, as the citation does (a period in it read as a date)
    assert re.match(r"@misc\{genai-report-book-ed\d+,", bibtex) and "本书编写组" in bibtex and "第" in bibtex


# ---------------------------------------------------------------- the same stage with a base URL

@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The staged book rendered again with both settings: the site as the Pages workflow builds it."""
    if not (paths.STAGE / "_config.yml").exists():
        pytest.skip("build the book first: make book")
    root = tmp_path_factory.mktemp("published")
    stage = root / "stage"
    shutil.copytree(paths.STAGE, stage)
    (stage / "_config.yml").write_text(yaml.safe_dump(staged(SETTINGS), allow_unicode=True), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "STAGE", stage)
        patch.setattr(render, "WORK", root / "work")
        render.render_html()
    return root / "work" / "_build" / "html"


def published_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.glob("**/*.html")
                  if "_static" not in p.parts and p.relative_to(site).as_posix() not in PAGES_WITHOUT_CARDS)


@pytest.mark.build
def test_with_a_base_url_every_page_has_canonical_description_and_card(published):
    pages = published_pages(published)
    assert set(pages) >= set(content_pages()) - PAGES_WITHOUT_CARDS
    for page in pages:
        doc = BeautifulSoup((published / page).read_text(encoding="utf-8"), "html.parser")
        url = f"{BASE}/{page}"
        assert doc.select_one('link[rel="canonical"]')["href"] == url, page
        meta = {m.get("property") or m.get("name"): m["content"] for m in doc.select("meta[content]")}
        assert meta["og:url"] == url and meta["og:title"] and len(meta["description"]) > 10, page
        assert meta["og:description"] == meta["description"]
        charts = doc.select("figure .genai-chart")
        assert meta["twitter:card"] == ("summary_large_image" if charts else "summary"), page
        if charts:
            image = meta["og:image"]
            assert image.startswith(f"{BASE}/{publish.CARD_DIR}/")
            png = published / image.removeprefix(f"{BASE}/")
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", page
            assert meta["og:image:alt"] == charts[0].select_one("[aria-label]")["aria-label"]
        for block in doc.select("details.genai-cite"):
            assert f"{BASE}/{page}" in block.select_one(".genai-cite-plain a")["href"], page
        assert doc.select_one(f'a[href="{REPOSITORY}"]'), f"{page}: no repository button"


@pytest.mark.build
def test_with_a_base_url_the_sitemap_lists_every_page(published):
    tree = ElementTree.parse(published / "sitemap.xml")
    listed = {e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert listed == {f"{BASE}/{page}" for page in published_pages(published)}


@pytest.mark.build
def test_with_a_base_url_the_404_page_links_under_its_path(published):
    doc = BeautifulSoup((published / "404.html").read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in doc.select(".bd-sidebar-primary a[href]")]
    assert links and all(h.startswith("/genai-book/") for h in links), links[:5]
    sentence = doc.select_one('meta[name="description"]')["content"]  # its sentence, not its title
    assert sentence and f"<p>{sentence}</p>" in staged({})["sphinx"]["config"]["notfound_context"]["body"]


@pytest.mark.build
@pytest.mark.browser
def test_a_missing_address_shows_the_styled_404_page_over_http():
    from browser import chromium

    httpd = load_serve().server(paths.HTML, 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    driver = chromium()
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})  # this test's own local server only
    try:
        driver.get(f"http://127.0.0.1:{httpd.server_address[1]}/chapters/nowhere.html")
        assert "页面未找到" in driver.title
        colour = driver.execute_script(
            "return getComputedStyle(document.documentElement).getPropertyValue('--pst-color-primary')")
        assert colour.strip(), "the theme's stylesheet did not load"
        errors = [e["message"] for e in driver.get_log("browser")
                  if e["level"] == "SEVERE" and "nowhere.html" not in e["message"]]  # the page itself is a 404
        assert not errors, errors
    finally:
        driver.quit()
        httpd.shutdown()
        httpd.server_close()


def test_a_chart_is_cited_by_its_title_without_the_captions_reading_note():
    assert publish.cited_title("生成式人工智能普及率与用户规模（柱高为普及率；浅色柱为本书倒推的数值）") == \
        "生成式人工智能普及率与用户规模"
    assert publish.cited_title("未成年网民拿它做什么（调查数据截至2025年6月；分母见“用途（一）”）") == "未成年网民拿它做什么"
    assert publish.cited_title("国内厂商宣布的大模型调用价格降幅") == "国内厂商宣布的大模型调用价格降幅"
    assert publish.cited_title("（只有注）") == "（只有注）"  # nothing left: the caption as it is
