"""The book's own Sphinx extension: what the HTML edition adds to Jupyter Book's pages.

* Scripts. Jupyter Book puts every ``_static/*.js`` on every page as a blocking script. Here they are taken off
  that list: ``charts.js`` is added, deferred, only to pages that have a chart (it loads the Vega bundle,
  ``_static/vega-bundle.js``, ~0.9 MB, itself when the reader gets to a chart); ``search-zh.js`` only to the search
  page, the one page that loads Sphinx's search (see ``_templates/layout.html``). Every other script in the head
  (Sphinx's, the theme's, the extensions') is deferred too, so none holds up the first paint — except
  ``documentation_options.js``, which the page's inline scripts extend right after it, and on the search page
  ``doctools.js``, which Sphinx's search script needs as it loads.
* Chinese search. Jieba (used by Sphinx's ``zh`` search language) gets the book's own word list
  (``genai_book/search_terms.txt``) so domain words such as 具身智能 are indexed whole. The list's digest is part of
  ``html_search_options``: when the list changes, Sphinx sees a changed configuration and re-indexes every page.
* Assets. Sphinx copies ``_static`` and ``html_extra_path`` only when some page is out of date, so a changed
  stylesheet, script or served data file alone would never reach the site. The digest of ``_static`` and of this
  extension is a configuration value (``genai_assets``): a change makes Sphinx rewrite every page (nothing is
  re-read), which also renews the pages' ``?v=`` cache-busting links and applies what this extension does to pages. A change under ``_extra`` (served data, downloads) marks only the
  root page out of date: enough for Sphinx to run and copy the files.
* Sources as written. The punctuation of titles and publishers reaches pybtex hidden from its LaTeX reading
  (``genai_book.escape.bibtex_text``) and is shown again in every resolved page, HTML and LaTeX alike.
* Plugins looked up once. pybtex and sphinxcontrib-bibtex find their plugins (a citation style and its name, label
  and sorting parts) among the installed packages' entry points at every ``{footcite}``, and every lookup reads the
  metadata of every installed package: about 40 ms a citation, most of the time Sphinx spends re-reading a chapter.
  The installed packages do not change while Sphinx runs, so each lookup is made once (`plugins_looked_up_once`).
* Numbered references resolved on shared pages. Sphinx resolves each ``{numref}`` by unpickling the whole page the
  figure or table is on, once per reference; the page is only read there, so each pickled page is unpickled once
  per process for them (`numref_targets_shared`): the chapters a one-value change re-renders make 27 numbered
  references, about half a second of writing them.
* Templates compiled once. Jinja compiles each page template (the theme's layout, its sidebars and components:
  some forty) the first time a process renders it, about a fifth of a second of every Sphinx run that writes a
  page; the compiled code is kept beside Sphinx's doctrees (`templates_compiled_once`), under each template's
  name and the checksum of its source, so a changed template is compiled again.
* Search words stemmed once. Sphinx's Chinese search runs the English stemmer (snowball, pure Python) twice over
  every word of a page it indexes, Chinese words included: a fifth of the time indexing takes. A word's stem is a
  function of the word alone, so each distinct word is stemmed once per process (`stems_remembered`).
* Downloads. A chapter whose jupytext source the build staged (``_extra/<folder>/<stem>.py`` next to the executed
  ``.ipynb``) gets both in the theme's download menu and in a line at the end of the page.
"""
from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

SEARCH_TERMS = Path(__file__).with_name("search_terms.txt")
CHART_SCRIPT = "charts.js"
LOADED_BY_CHARTS = "vega-bundle.js"
SEARCH_SCRIPTS = {"search-zh.js"}  # only on the search page
SEARCH_PAGE = "search"
BLOCKING = {"_static/documentation_options.js"}  # inline scripts after it set DOCUMENTATION_OPTIONS.pagename
BLOCKING_ON_SEARCH = BLOCKING | {"_static/doctools.js"}  # the search page's searchtools.js calls its _ready at once
EXTRA = "_extra"  # html_extra_path: the build stages downloads there


def scripts(app, config) -> None:
    """Take the book's own scripts off the every-page list (`page_scripts` adds them where they are needed)."""
    ours = {CHART_SCRIPT, LOADED_BY_CHARTS, *SEARCH_SCRIPTS}
    config.html_js_files = [entry for entry in config.html_js_files
                            if (entry[0] if isinstance(entry, (tuple, list)) else entry) not in ours]


def page_scripts(app, pagename: str, context: dict) -> None:
    if 'class="genai-chart"' in (context.get("body") or ""):
        app.add_js_file(CHART_SCRIPT, loading_method="defer")
    if pagename == SEARCH_PAGE:
        for name in sorted(SEARCH_SCRIPTS):
            app.add_js_file(name, loading_method="defer")
    blocking = BLOCKING_ON_SEARCH if pagename == SEARCH_PAGE else BLOCKING
    files = context.get("script_files", [])
    files[:] = [_deferred(js, blocking) for js in files]  # in place: the builder's list, renewed for each page


def _deferred(js, blocking: set[str]):
    """A script file entry of the page (Sphinx's _JavaScript), loading deferred unless it must block."""
    filename, attributes = getattr(js, "filename", None), dict(getattr(js, "attributes", {}))
    if not filename or filename in blocking or {"defer", "async"} & set(attributes):
        return js
    return type(js)(filename, priority=js.priority, **{**attributes, "defer": "defer"})


def search_terms(app, config) -> None:
    if SEARCH_TERMS.exists():
        digest = hashlib.sha256(SEARCH_TERMS.read_bytes()).hexdigest()[:16]
        config.html_search_options = {**(config.html_search_options or {}), "dict": str(SEARCH_TERMS),
                                      "dict_digest": digest}


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def assets(app, config) -> None:
    """The digest of _static and of this extension: a change to either rewrites every page."""
    own = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    config.genai_assets = tree_digest(Path(app.confdir) / "_static") + own


def extra_changed(app, env, added, changed, removed) -> list[str]:
    digest = tree_digest(Path(app.srcdir) / EXTRA)
    if getattr(env, "genai_extra_digest", None) == digest:
        return []
    env.genai_extra_digest = digest
    return [] if env.config.root_doc in added else [env.config.root_doc]


def downloads(app, docname: str) -> dict[str, str]:
    """{suffix: path relative to the site root} of the files a reader can download for this page."""
    found = {}
    for suffix in (".ipynb", ".py"):
        if (Path(app.srcdir) / EXTRA / f"{docname}{suffix}").is_file():
            found[suffix] = f"{docname}{suffix}"
    return found


# (reader words in the page's line, the file type in the header button and its tooltip)
LABELS = {".ipynb": ("本页的 Jupyter 笔记本，连同运行结果", "fas fa-code", "下载本页的 Jupyter 笔记本（含运行结果）"),
          ".py": ("本页的源程序，可修改后重新运行", "fas fa-file-code", "下载本页的源程序（jupytext 格式的 Python 文件）")}


def page(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    page_scripts(app, pagename, context)
    body = context.get("body") or ""
    files = downloads(app, pagename)
    if not files:
        return
    pathto = context["pathto"]
    for group in context.get("header_buttons", []):
        if group.get("label") != "download-buttons":
            continue
        buttons = [b for b in group["buttons"] if b.get("label") not in ("download-notebook-button",
                                                                         "download-source-button")]
        ours = [{"type": "link", "url": pathto(path, 1), "text": suffix, "icon": LABELS[suffix][1],
                 "tooltip": LABELS[suffix][2], "label": f"download-{suffix[1:]}-button"}
                for suffix, path in files.items()]
        group["buttons"] = ours + buttons
    links = " · ".join(f'<a href="{pathto(path, 1)}" download>{LABELS[suffix][0]}</a>'
                       for suffix, path in files.items())
    context["body"] = body + f'\n<p class="genai-downloads">下载本页：{links}</p>\n'


CJK = "[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
CJK_LINE_BREAK = re.compile(f"(?<={CJK})[ \t]*\n[ \t]*(?={CJK})")


def join_cjk_lines(app, doctree) -> None:
    """A line break in the source between two Chinese characters is not a space in Chinese (browsers show it as
    one): drop it, in prose only."""
    from docutils import nodes

    for node in list(doctree.findall(nodes.Text)):
        if isinstance(node.parent, (nodes.literal_block, nodes.raw, nodes.literal)):
            continue
        joined = CJK_LINE_BREAK.sub("", str(node))
        if joined != str(node):
            node.parent.replace(node, nodes.Text(joined))


def show_bibliography_punctuation(app, doctree, docname) -> None:
    """Sources' punctuation reaches pybtex hidden (genai_book.escape.bibtex_text): show it again in every page."""
    from docutils import nodes

    from .. import escape

    for text in list(doctree.findall(nodes.Text)):
        shown = escape.bibtex_shown(text)
        if shown != text:
            text.parent.replace(text, nodes.Text(shown))


def plugins_looked_up_once() -> None:
    """pybtex's and sphinxcontrib-bibtex's entry-point lookups, each made once per process (see the module's text);
    plugins registered while Sphinx runs are still found first, as both look there before the entry points."""
    import pybtex.plugin
    import sphinxcontrib.bibtex.plugin

    for module in (pybtex.plugin, sphinxcontrib.bibtex.plugin):
        if not hasattr(module.entry_points, "cache_info"):
            module.entry_points = _once(module.entry_points)


def _once(entry_points):
    @functools.cache
    def looked_up(**selection):
        return tuple(entry_points(**selection))
    return looked_up


# {docname: (its pickled doctree, as Sphinx holds it, the doctree unpickled from it)}: numref_targets_shared
_NUMREF_TARGETS: dict[str, tuple[bytes, object]] = {}


def numref_targets_shared() -> None:
    """Sphinx's {numref} resolution, getting the target page's doctree unpickled once for each pickled version of
    it (the same bytes Sphinx's own `get_doctree` would unpickle) instead of once per reference. It only reads the
    target's node: its type, number and caption."""
    from sphinx.domains.std import StandardDomain

    resolve = StandardDomain._resolve_numref_xref
    if getattr(resolve, "genai_shared", False):
        return

    def resolve_shared(self, env, *args, **kwargs):
        env.get_doctree = functools.partial(_shared_doctree, env, type(env).get_doctree.__get__(env))
        try:
            return resolve(self, env, *args, **kwargs)
        finally:
            del env.get_doctree  # the environment's own method again (the environment is pickled)

    resolve_shared.genai_shared = True
    StandardDomain._resolve_numref_xref = resolve_shared


def _shared_doctree(env, get_doctree, docname: str):
    pickled = env._pickled_doctree_cache.get(docname)
    cached = _NUMREF_TARGETS.get(docname)
    if pickled is not None and cached is not None and cached[0] is pickled:
        return cached[1]
    doctree = get_doctree(docname)
    _NUMREF_TARGETS[docname] = (env._pickled_doctree_cache.get(docname), doctree)
    return doctree


def templates_compiled_once(app) -> None:
    """The HTML builder's Jinja environment keeps what it compiles in `<doctrees>/../jinja` (Jinja's own bytecode
    cache: an entry is used only for a template of the same name and the same source)."""
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is None or environment.bytecode_cache is not None:
        return
    from jinja2 import FileSystemBytecodeCache

    folder = Path(app.doctreedir).parent / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


class _RememberedStems:
    """A stemmer whose `stemWord` remembers every word it stemmed (the rest is the stemmer's own)."""

    def __init__(self, stemmer):
        self._stemmer = stemmer
        self.stemWord = functools.lru_cache(maxsize=None)(stemmer.stemWord)

    def __getattr__(self, name):
        return getattr(self._stemmer, name)


def stems_remembered() -> None:
    """Sphinx's Chinese search language gets a stemmer that stems each distinct word once (see the module's text);
    set up once per process."""
    from sphinx.search import zh

    init = zh.SearchChinese.init
    if getattr(init, "genai_stems_remembered", False):
        return

    @functools.wraps(init)
    def remembering(self, options):
        init(self, options)
        self.stemmer = _RememberedStems(self.stemmer)

    remembering.genai_stems_remembered = True
    zh.SearchChinese.init = remembering


def setup(app):
    plugins_looked_up_once()
    stems_remembered()
    app.connect("builder-inited", templates_compiled_once)
    numref_targets_shared()
    app.connect("doctree-read", join_cjk_lines)
    app.connect("doctree-resolved", show_bibliography_punctuation)
    app.add_config_value("genai_assets", "", "html")
    app.connect("config-inited", assets)
    app.connect("env-get-outdated", extra_changed)
    app.connect("config-inited", scripts, priority=900)  # after Sphinx normalises html_js_files (800)
    app.connect("config-inited", search_terms, priority=900)
    app.connect("html-page-context", page, priority=600)  # after the theme's header buttons (501)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
