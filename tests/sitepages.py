"""The built site as the tests see it: its pages, parsed, and what a page links to."""
from __future__ import annotations

import functools
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from genai_book import paths

UTILITY = {"search.html", "genindex.html", "404.html"}   # Sphinx's own pages and the 404 page, not the book's content


def all_pages() -> list[str]:
    """Every HTML page of the site (relative to _build/html), Sphinx's search and index pages included."""
    if not paths.HTML.exists():
        return []
    return sorted(p.relative_to(paths.HTML).as_posix() for p in paths.HTML.glob("**/*.html")
                  if "_static" not in p.parts and "_sources" not in p.parts)


def content_pages() -> list[str]:
    """The book's pages: the front page, chapters and appendices (not the redirecting index.html)."""
    return [p for p in all_pages() if p not in UTILITY and p != "index.html"]


def notebook_pages() -> list[str]:
    """Pages rendered from a chapter or appendix notebook (the build stages their jupytext source next to them)."""
    return [p for p in content_pages() if (paths.HTML / p).with_suffix(".py").exists()]


@functools.cache
def soup(page: str) -> BeautifulSoup:
    return BeautifulSoup((paths.HTML / page).read_text(encoding="utf-8"), "html.parser")


def local_target(page: str, url: str) -> tuple[Path, str] | None:
    """(file, fragment) a relative URL of `page` points to inside the site; None for external or special URLs.
    A path from the root (the 404 page's links) is taken from the site's root, where `make serve` serves it."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("//", "data:", "javascript:", "mailto:")):
        return None
    base = paths.HTML if parts.path.startswith("/") else (paths.HTML / page).parent
    parts = parts._replace(path=parts.path.lstrip("/"))
    target = (base / unquote(parts.path)).resolve() if parts.path else (paths.HTML / page).resolve()
    return target, unquote(parts.fragment)


def ids(page_file: Path) -> set[str]:
    page = page_file.relative_to(paths.HTML.resolve()).as_posix()
    return {tag["id"] for tag in soup(page).find_all(attrs={"id": True})}


def article_headings(page: str) -> list[tuple[int, str]]:
    """(level, text) of the headings of the page's main content, in document order."""
    article = soup(page).select_one("article.bd-article") or soup(page)
    levels = ["h1", "h2", "h3", "h4", "h5", "h6"]
    return [(int(h.name[1]), h.get_text(" ", strip=True)) for h in article.find_all(levels)]
