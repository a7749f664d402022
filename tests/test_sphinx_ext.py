"""The book's Sphinx extension: Chinese prose written over several source lines reads without stray spaces."""
from docutils import nodes

from genai_book.build import sphinx_ext


def paragraph(*children):
    doc = nodes.document(None, None)
    doc += nodes.paragraph("", "", *children)
    return doc


def test_a_line_break_between_chinese_characters_is_dropped():
    doc = paragraph(nodes.Text("累计538款。\n按所在地看，北京最多"))
    sphinx_ext.join_cjk_lines(None, doc)
    assert doc.astext() == "累计538款。按所在地看，北京最多"


def test_a_line_break_next_to_latin_text_stays_a_space():
    doc = paragraph(nodes.Text("调用 API\n的用户；使用\nDeepSeek 的用户"))
    sphinx_ext.join_cjk_lines(None, doc)
    assert doc.astext() == "调用 API\n的用户；使用\nDeepSeek 的用户"


def test_code_is_left_alone():
    doc = nodes.document(None, None)
    doc += nodes.literal_block("", "甲\n乙")
    sphinx_ext.join_cjk_lines(None, doc)
    assert doc.astext() == "甲\n乙"



def test_citation_plugins_are_looked_up_once_per_process():
    """Each {footcite} looks its style's plugins up (pybtex.plugin.find_plugin), and each lookup read every installed
    package's metadata; the build's extension makes each lookup once, and finds the same plugins."""
    import pybtex.plugin

    sphinx_ext.plugins_looked_up_once()
    lookup = pybtex.plugin.entry_points
    style = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")
    hits = lookup.cache_info().hits
    assert pybtex.plugin.find_plugin("pybtex.style.formatting", "plain") is style
    assert lookup.cache_info().hits > hits
    sphinx_ext.plugins_looked_up_once()  # set up again (a second Sphinx application): not wrapped twice
    assert pybtex.plugin.entry_points is lookup


def test_numbered_references_unpickle_each_target_page_once():
    """{numref} resolution gets its target page's doctree from Sphinx's pickle once per pickled version: the same
    tree for every reference to it, a new one when the page was pickled anew, and the environment's own
    get_doctree back afterwards (the environment is pickled at the end of the build)."""
    import pickle

    from sphinx.domains.std import StandardDomain

    class Env:
        def __init__(self):
            self._pickled_doctree_cache = {"a": pickle.dumps(paragraph(nodes.Text("甲")))}
            self.unpickled = 0

        def get_doctree(self, docname):
            self.unpickled += 1
            return pickle.loads(self._pickled_doctree_cache[docname])

    seen = []
    original = StandardDomain._resolve_numref_xref
    try:
        StandardDomain._resolve_numref_xref = lambda self, env, name: seen.append(env.get_doctree(name))
        sphinx_ext._NUMREF_TARGETS.clear()
        sphinx_ext.numref_targets_shared()
        env = Env()
        for _ in range(3):
            StandardDomain._resolve_numref_xref(None, env, "a")
        assert env.unpickled == 1 and seen[0] is seen[1] is seen[2] and seen[0].astext() == "甲"
        env._pickled_doctree_cache["a"] = pickle.dumps(paragraph(nodes.Text("乙")))
        StandardDomain._resolve_numref_xref(None, env, "a")
        assert env.unpickled == 2 and seen[3].astext() == "乙"
        assert "get_doctree" not in vars(env)
    finally:
        StandardDomain._resolve_numref_xref = original
        sphinx_ext._NUMREF_TARGETS.clear()


def test_page_templates_are_compiled_once_and_again_when_changed(tmp_path):
    """The HTML builder's Jinja environment keeps compiled templates beside the doctrees: a second Sphinx run loads
    a template it compiled before instead of compiling it; a changed template is compiled anew."""
    from types import SimpleNamespace

    import jinja2

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.html").write_text("<p>{{ body }}</p>", encoding="utf-8")

    def run():
        environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)))
        app = SimpleNamespace(builder=SimpleNamespace(templates=SimpleNamespace(environment=environment)),
                              doctreedir=str(tmp_path / "_build" / ".doctrees"))
        sphinx_ext.templates_compiled_once(app)
        compiled = []
        compile_now = environment.compile
        environment.compile = lambda *args, **kwargs: compiled.append(args) or compile_now(*args, **kwargs)
        return environment.get_template("page.html").render(body="甲"), len(compiled)

    assert run() == ("<p>甲</p>", 1)
    assert any((tmp_path / "_build" / "jinja").iterdir())
    assert run() == ("<p>甲</p>", 0)  # compiled before: loaded
    (folder / "page.html").write_text("<div>{{ body }}</div>", encoding="utf-8")
    assert run() == ("<div>甲</div>", 1)
    latex = SimpleNamespace(builder=SimpleNamespace(), doctreedir=str(tmp_path / "x"))
    sphinx_ext.templates_compiled_once(latex)  # a builder without page templates (LaTeX): nothing to do


def test_the_chinese_search_stems_each_word_once_with_the_same_stems():
    """Sphinx's Chinese search language stems every word of every page (twice); with the extension set up, a word
    is stemmed once per process, to the stem the plain stemmer gives, and acronyms are kept as Sphinx keeps them."""
    import snowballstemmer
    from sphinx.search.zh import SearchChinese

    sphinx_ext.stems_remembered()
    sphinx_ext.stems_remembered()  # a second Sphinx application: not wrapped twice
    language = SearchChinese({})
    plain = snowballstemmer.stemmer("english")
    words = ["running", "生成式", "models", "running", "AIGC", "API"]
    language.latin_terms = ["AIGC", "API"]
    assert [language.stem(w) for w in words] == [
        w.lower() if w in language.latin_terms and len(plain.stemWord(w.lower())) < 3 else plain.stemWord(w.lower())
        for w in words]
    assert language.stemmer.stemWord.cache_info().misses == len({w.lower() for w in words})  # each stemmed once
