"""The build side: turns the content side (the chapters, genai_book's data, facts, words, tables and charts) into the
site and the PDF. Nothing on the content side imports it (tests/test_package_layout.py).

    command        python -m genai_book.build: validate, execute, stage, render one edition, or every edition
    cache          the book's notebooks, what each one's output depends on (cache keys and records)
    execute        running chapters with papermill, one reused kernel per worker
    stage          the book source tree Jupyter Book renders (_build/stage)
    render         rendering it into the site, and swapping the site in whole
    shelf          every edition, put together as one site
    pdf            the PDF edition (Sphinx's LaTeX builder and XeLaTeX), and its Sphinx extension
    site           what the HTML pages need while staging: chart data moved out of large pages, static charts
    assets         the finished site's fonts cut down to the icons it uses, precompressed copies
    jbook          Jupyter Book's Sphinx build, as the site and the PDF run it
    sphinx_ext     Sphinx extension: scripts on the pages that need them, Chinese search words, downloads
    sphinx_choose  Sphinx extension: the {choose} role
    publish        Sphinx extension: the site's address, link cards, "how to cite" blocks
"""

# jsonschema (which Jupyter Book and altair import) imports rfc3987_syntax, when installed, for its "iri" format check:
# 39 grammars compiled, about a second in every process. No schema the book is checked against uses that format, so
# the build (python -m genai_book.build, and the chapter workers it forks) and the processes it starts (Jupyter Book,
# the chapters' kernels) run without it.
SKIP_UNUSED_IMPORTS = "import sys; sys.modules.setdefault('rfc3987_syntax', None)"


class BuildError(Exception):
    """A build step failed: the message says which and why; the previous site is untouched."""
