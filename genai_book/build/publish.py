"""Where the book is published, and how readers find, share and cite it.

Two settings, each set once in the environment of `make book` / `make publish` (the Pages workflow sets both):

* ``BOOK_BASE_URL`` — the address the site is served from, e.g. ``https://example.org/genai-book/``. With it every
  page gets a canonical URL, a meta description from its overview paragraph and an Open Graph / Twitter card whose
  image is the page's first chart (drawn here by vl-convert, offline); the site gets a sitemap (sphinx-sitemap)
  and a 404 page whose links work under that path. Without it none of these: there is no address to point to and
  none is made up (the 404 page then links from the host's root).
* ``BOOK_REPOSITORY_URL`` — the project's repository: the repository button. Without it, no button.

The build of every edition (genai_book.build.shelf) sets two more for each edition it builds: ``BOOK_EDITIONS``, the
editions on the site, and ``BOOK_EDITION``, the one being built; its base URL is then the edition's own address
(`edition_path`). Each page then gets the edition switcher (`edition_links`, ``_templates/genai-editions.html``).

`site_config(config)` applies both to the staged ``_config.yml`` (the site's cache key covers it, so a changed
address re-renders the site); `check_settings()` lets the build refuse a bad value before anything runs. The Sphinx
part (`setup`) writes the cards and the "how to cite" blocks — under every chart and, through the ``{genai-cite}``
directive, for the whole book — from ``_templates/genai-cite.html``, where their words are. The cards are written
here rather than by sphinxext-opengraph because that extension escapes only quotation marks in its tags.
"""
from __future__ import annotations

import html
import json
import os
import re
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .. import escape
from . import site

BASE_URL = "BOOK_BASE_URL"
REPOSITORY_URL = "BOOK_REPOSITORY_URL"
EDITIONS = "BOOK_EDITIONS"     # the editions on the site, space-separated periods
EDITION = "BOOK_EDITION"       # the edition being built
TEMPLATE = "genai-cite.html"
CARD_DIR = "_images/cards"     # the pages' preview images, in the site
CARD_WIDTH = 560               # px of the chart in a preview image, drawn at twice that
DESCRIPTION_LIMIT = 120        # characters of a meta description (search engines show about this much Chinese)
REPOSITORY_HOSTS = ("github", "gitlab", "bitbucket")  # the hosts whose links the theme's repository button knows


class SettingError(ValueError):
    pass


# ---------------------------------------------------------------- the settings

def _url(name: str, environ) -> str:
    """The http(s) URL in environment variable `name`, '' when unset; a base URL always ends with '/'."""
    value = environ.get(name, "").strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingError(f"{name}={value!r}: not an http(s) URL with a host, e.g. https://example.org/book/")
    if name == REPOSITORY_URL and (not any(h in parts.netloc for h in REPOSITORY_HOSTS)
                                   or len(parts.path.strip("/").split("/")) < 2):
        raise SettingError(f"{name}={value!r}: the repository button needs a GitHub, GitLab or Bitbucket address "
                           "of the form https://github.com/owner/repo")
    return value if name != BASE_URL or value.endswith("/") else value + "/"


def base_url(environ=os.environ) -> str:
    return _url(BASE_URL, environ)


def check_settings(environ=os.environ) -> None:
    for name in (BASE_URL, REPOSITORY_URL):
        _url(name, environ)


def site_config(config: dict, environ=os.environ) -> dict:
    """`config` (_config.yml as a dict) with the site's address and repository from the environment."""
    base, repository = _url(BASE_URL, environ), _url(REPOSITORY_URL, environ)
    config.setdefault("repository", {})["url"] = repository  # '' keeps out Jupyter Book's own default
    config.setdefault("html", {})["use_repository_button"] = bool(repository)
    sphinx = config.setdefault("sphinx", {}).setdefault("config", {})
    sphinx["html_baseurl"] = base
    if base:
        sphinx["extensions"] = [*sphinx.get("extensions", []), "sphinx_sitemap"]
        sphinx["sitemap_url_scheme"] = "{link}"
        sphinx["sitemap_excludes"] = ["search.html", "genindex.html", "404.html"]
        sphinx["notfound_urls_prefix"] = urlsplit(base).path
    else:
        sphinx["notfound_urls_prefix"] = None  # links from the host's root: right for `make serve`
    editions = environ.get(EDITIONS, "").split()
    if editions:
        sphinx["genai_editions"] = editions
        sphinx["genai_edition"] = environ.get(EDITION, "")
    return config


# ---------------------------------------------------------------- the editions on the site

def edition_path(as_of: str, editions: list[str]) -> str:
    """Where an edition lives in the site: the latest at the root, each earlier one under its period ('2025-06/')."""
    return "" if as_of == max(editions) else f"{as_of}/"


def edition_links(editions: list[str], current: str, page_uri: str, front_uri: str, site_root: str) -> list[dict]:
    """The switcher's entries for the page at `page_uri` of edition `current`: each edition with a link to the same
    page (`href`) and to its front page (`front`, which the site's assembly puts in when that page is missing).
    `site_root` leads from the page to the site's root ('' for relative links: worked out from the page)."""
    from .. import fmt  # imports pandas: only a site of several editions has a switcher

    if not site_root:
        site_root = "../" * (page_uri.count("/") + edition_path(current, editions).count("/"))
    return [{"as_of": as_of, "label": fmt.period(as_of), "current": as_of == current, "latest": as_of == max(editions),
             "href": site_root + edition_path(as_of, editions) + page_uri,
             "front": site_root + edition_path(as_of, editions) + front_uri}
            for as_of in sorted(editions, reverse=True)]


def page_editions(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    """`genai_editions` for the page's template. The 404 page is served at any address: its links start from the
    host's root (the notfound prefix, less this edition's own path)."""
    editions, current = app.config.genai_editions, app.config.genai_edition
    if not editions:
        return
    site_root = ""
    if pagename == app.config.notfound_pagename:
        site_root = (app.config.notfound_urls_prefix or "/").removesuffix(edition_path(current, editions))
    context["genai_editions"] = edition_links(editions, current, app.builder.get_target_uri(pagename),
                                              app.builder.get_target_uri(app.config.root_doc), site_root)


# ---------------------------------------------------------------- escaping

def bibtex(text) -> str:
    r"""`text` as a field of a BibTeX entry a reader copies into their own .bib: LaTeX's specials as the commands
    that print them (``50%`` → ``50\%``), on one line."""
    return escape.latex_text(" ".join(str(text).split()))


def _tag(kind: str, key: str, value: str) -> str:
    return f'<meta {kind}="{escape.html_text(key)}" content="{escape.html_text(value)}" />'


# ---------------------------------------------------------------- the cards

def description(doctree) -> str:
    """The page's overview: its first paragraph of running text (not a caption, cell output or admonition), on
    one line, cut after a sentence when longer than DESCRIPTION_LIMIT."""
    from docutils import nodes

    for paragraph in doctree.findall(nodes.paragraph):
        if not isinstance(paragraph.parent, nodes.section):
            continue
        text = " ".join(paragraph.astext().split())
        if len(text) <= DESCRIPTION_LIMIT:
            return text
        cut = max(text.rfind(mark, 0, DESCRIPTION_LIMIT) for mark in "。；")
        return text[:cut + 1] if cut > DESCRIPTION_LIMIT // 3 else text[:DESCRIPTION_LIMIT - 1] + "…"
    return ""


def chart_ids(doctree) -> list[tuple]:
    """(figure node, chart id) of every figure of the page that holds a chart, in reading order."""
    from docutils import nodes

    found = []
    for figure in doctree.findall(nodes.figure):
        for raw in figure.findall(nodes.raw):
            match = site.CHART_ID.search(raw.astext())
            if match:
                found.append((figure, match.group(1)))
                break
    return found


def chart_markup(srcdir: Path, docname: str, chart_id: str) -> str:
    """The chart's HTML as the chapter produced it, from the executed notebook the build serves with the page."""
    notebook = json.loads((srcdir / "_extra" / f"{docname}.ipynb").read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            for mime, markup in output.get("data", {}).items():  # glued: application/papermill.record/text/html
                markup = "".join(markup) if isinstance(markup, list) else markup
                if mime.endswith("text/html") and f'id="{chart_id}"' in markup:
                    return markup
    raise LookupError(f"{docname}: chart {chart_id} not in its executed notebook")


def preview_image(markup: str) -> bytes:
    """The chart as a PNG for link previews: its own spec, on white, at a fixed width."""
    import vl_convert

    spec = json.loads(site.SPEC.search(markup).group(1))
    spec["background"] = "white"
    if spec.get("width") == "container":
        spec["width"] = CARD_WIDTH
    return vl_convert.vegalite_to_png(spec, scale=2)


def card(app, pagename: str, doctree) -> list[str]:
    """The page's meta description and Open Graph / Twitter tags (its first chart as the image)."""
    base = app.config.html_baseurl
    title = app.env.titles[pagename].astext() if pagename in app.env.titles else app.config.project
    tags = [("property", "og:type", "website"), ("property", "og:site_name", app.config.html_title),
            ("property", "og:locale", app.config.language), ("property", "og:title", title),
            ("property", "og:url", urljoin(base, app.builder.get_target_uri(pagename)))]
    text = description(doctree)
    if text:
        tags += [("name", "description", text), ("property", "og:description", text)]
    charts = chart_ids(doctree)
    if charts:
        markup = chart_markup(Path(app.srcdir), pagename, charts[0][1])
        image = Path(app.outdir) / CARD_DIR / f"{pagename}.png"
        image.parent.mkdir(parents=True, exist_ok=True)
        image.write_bytes(preview_image(markup))
        alt = html.unescape(re.search(r'aria-label="([^"]*)"', markup).group(1))
        tags += [("property", "og:image", urljoin(base, f"{CARD_DIR}/{pagename}.png")),
                 ("property", "og:image:alt", alt), ("name", "twitter:card", "summary_large_image")]
    else:
        tags.append(("name", "twitter:card", "summary"))
    return [_tag(*tag) for tag in tags]


def page_cards(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    if not app.config.html_baseurl:
        return
    if doctree is not None:
        tags = card(app, pagename, doctree)
    elif pagename == app.config.notfound_pagename:  # made from markup, not a document: its first paragraph
        paragraph = re.search(r"<p>(.*?)</p>", context.get("body", ""), re.S)
        tags = [_tag("name", "description", html.unescape(re.sub(r"<[^>]+>", "", paragraph.group(1))))]
    else:
        return
    context["metatags"] = context.get("metatags", "") + "\n".join(tags) + "\n"


# ---------------------------------------------------------------- citations

def edition(app) -> dict:
    """The edition the staged book is (genai_book.build.pdf reads it for the title page too), read once per build."""
    if not hasattr(app, "genai_edition"):
        from . import pdf

        app.genai_edition = pdf.edition(Path(app.srcdir))
    return app.genai_edition


def edition_changed(app, env, added, changed, removed) -> list[str]:
    """The front page's citation names the edition, which its own source does not show: re-read the page when the
    staged chapters are another edition."""
    info = edition(app)
    if getattr(env, "genai_edition", None) == info:
        return []
    env.genai_edition = info
    return [] if env.config.root_doc in added else [env.config.root_doc]


def citation(app, url: str, figure: dict | None = None) -> str:
    """The "how to cite" block for the book, or for one of its figures (number, caption, id)."""
    info = edition(app)
    # the edition by its number (ed2), as the citation names it: a period in the key read as a date to reviewers
    key = "-".join(part for part in ("genai-report-book", f"ed{info['number']}", figure and figure["id"]) if part)
    return app.builder.templates.render(TEMPLATE, {
        "author": app.config.author, "title": app.config.html_title, "edition": info, "year": time.strftime("%Y"),
        "url": url, "figure": figure, "key": key, "bibtex": bibtex,
    })


def page_url(app, docname: str, fragment: str = "") -> str:
    """The page's absolute address ('' without a base URL: nothing is invented)."""
    base = app.config.html_baseurl
    if not base:
        return ""
    return urljoin(base, app.builder.get_target_uri(docname)) + (f"#{fragment}" if fragment else "")


READING_NOTE = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*）$")  # a caption's closing note, nested once at most


def cited_title(caption: str) -> str:
    """A chart's title as a citation gives it: its caption without the closing note on how to read it
    (（柱高…；浅色柱为本书倒推的数值）, （调查数据截至…）), which stays under the chart."""
    return READING_NOTE.sub("", caption).strip() or caption


def cite_charts(app, doctree, docname: str) -> None:
    """A "how to cite" block under every chart: the book, the edition and the chart's own id (its figure name)."""
    from docutils import nodes

    if app.builder.format != "html":
        return
    numbers = app.env.toc_fignumbers.get(docname, {}).get("figure", {})
    for figure, _ in chart_ids(doctree):
        figure_id = figure["ids"][0]
        number = numbers.get(figure_id)
        caption = figure.next_node(nodes.caption)
        info = {"id": figure_id, "caption": cited_title(" ".join(caption.astext().split())) if caption else "",
                "number": app.config.numfig_format["figure"] % ".".join(map(str, number)) if number else ""}
        block = citation(app, page_url(app, docname, figure_id), info)
        figure.parent.insert(figure.parent.index(figure) + 1, nodes.raw("", block, format="html"))


def book_citation_directive():
    """``{genai-cite}``: how to cite the book (HTML only; in print the title page says which edition it is).
    Made here, not at import, so that the build imports this module without Sphinx."""
    from docutils import nodes
    from sphinx.util.docutils import SphinxDirective

    class BookCitation(SphinxDirective):
        def run(self):
            app = self.env.app
            if app.builder.format != "html":
                return []
            # the block is baked into this page's doctree: a change of its template must re-read the page
            for template in (Path(app.confdir, folder, TEMPLATE) for folder in app.config.templates_path):
                if template.is_file():
                    self.env.note_dependency(str(template))
            return [nodes.raw("", citation(app, page_url(app, self.env.config.root_doc)), format="html")]

    return BookCitation


def setup(app):
    app.add_directive("genai-cite", book_citation_directive())
    app.connect("env-get-outdated", edition_changed)
    app.connect("doctree-resolved", cite_charts)
    app.connect("html-page-context", page_cards)
    app.add_config_value("genai_code", "", "env")  # stage.staged_config: what renders the pages
    app.add_config_value("genai_editions", [], "html")
    app.add_config_value("genai_edition", "", "html")
    app.connect("html-page-context", page_editions)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
