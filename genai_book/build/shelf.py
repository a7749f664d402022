"""Every edition on one site: `make book` builds each edition data/meta/editions.yaml lists, each on its own, then
puts them together.

    _build/editions/<as_of>/   one edition, built by genai_book.build --as-of <as_of> with GENAI_BOOK_BUILD pointing
                               here: its executed notebooks, cache records, stage, Sphinx work dir, PDF and pages
    _build/html/               the site: the latest edition at the root, each earlier one under <as_of>/

Each edition keeps its own cache, so a warm rebuild executes nothing and a data change re-executes only the chapters
that read it, in the editions whose figures it touches. The site is swapped in, whole, only when every edition
built; a failing one leaves the previous site as it was. genai_book.build.command runs the steps (build_every_edition).
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from .. import data, paths
from . import assets, publish

# a switcher link (_templates/genai-editions.html): the page in another edition, and that edition's front page
SWITCHER_LINK = re.compile(r'(<a class="genai-edition-link" href=")([^"]*)(" data-front=")([^"]*)(")')
SITEMAP_ENTRY = re.compile(r"<url>.*?</url>", re.S)


def listed(data_dir=None) -> list[str]:
    """The editions meta/editions.yaml lists, oldest first."""
    return list(data.editions(data_dir))


def edition_site(as_of: str) -> Path:
    return paths.EDITIONS / as_of / "html"


def edition_environment(as_of: str, editions: list[str], environ=os.environ) -> dict[str, str]:
    """The environment one edition is built in: its own build folder, the editions on the site (for the switcher)
    and, when the site has an address, the edition's own (canonical URLs, sitemap, 404 page under its path)."""
    env = {**environ, "GENAI_BOOK_BUILD": str(paths.EDITIONS / as_of), publish.EDITIONS: " ".join(editions),
           publish.EDITION: as_of}
    base = publish.base_url(environ)
    if base:
        env[publish.BASE_URL] = base + publish.edition_path(as_of, editions)
    return env


def build_edition(as_of: str, editions: list[str], args) -> int:
    """One edition, by the single-edition build in its own folder; its lines are printed as they come."""
    env = edition_environment(as_of, editions)
    command = [sys.executable, "-m", "genai_book.build", "--as-of", as_of, "--jobs", str(args.jobs)]
    command += ["--force"] * args.force + ["--no-pdf"] * args.no_pdf
    print(f"edition {as_of} ({(paths.EDITIONS / as_of).relative_to(paths.ROOT)}):", flush=True)
    process = subprocess.Popen(command, env=env)
    try:
        return process.wait()
    except KeyboardInterrupt:  # Ctrl-C reached the edition's build too: let it stop its chapters and kernels
        process.send_signal(signal.SIGINT)
        process.wait()
        raise


def site_key(editions: list[str]) -> str:
    """What the assembled site is made of: each edition's site and PDF, and this module."""
    keys = [paths.EDITIONS / as_of / "cache" / name for as_of in editions for name in ("site.key", "pdf.key")]
    digest = hashlib.sha256(Path(__file__).read_bytes() + " ".join(editions).encode())
    for key in keys:
        digest.update(f"\0{key.relative_to(paths.EDITIONS)}:{key.read_text() if key.exists() else ''}".encode())
    return digest.hexdigest()


def link_missing_pages_to_front(site: Path) -> list[Path]:
    """Point each switcher link whose page the other edition does not have to that edition's front page; returns
    the pages changed. Links from the root (the 404 page's) are left: they are served wherever the host puts them."""
    changed = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")

        def front(match, folder=page.parent):
            href = html.unescape(match.group(2))
            if href.startswith("/") or (folder / href).is_file():
                return match.group(0)
            return match.group(1) + match.group(4) + match.group(3) + match.group(4) + match.group(5)

        fixed = SWITCHER_LINK.sub(front, text)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
            changed.append(page)
    return changed


def merge_sitemaps(site: Path, editions: list[str]) -> None:
    """The root sitemap.xml (there is one only with a base URL) lists the pages of every edition."""
    root = site / "sitemap.xml"
    entries = []
    for as_of in editions:
        own = site / publish.edition_path(as_of, editions) / "sitemap.xml"
        if own != root and own.exists():
            entries += SITEMAP_ENTRY.findall(own.read_text(encoding="utf-8"))
    text = root.read_text(encoding="utf-8")
    root.write_text(text.replace("</urlset>", "".join(entries) + "</urlset>"), encoding="utf-8")


def assemble(editions: list[str], fresh: Path) -> None:
    """The site, in the new folder `fresh`, from the editions' own sites (genai_book.build.command swaps it in whole)."""
    if fresh.exists():
        shutil.rmtree(fresh)
    latest = max(editions)
    shutil.copytree(edition_site(latest), fresh)
    for as_of in editions:
        if as_of != latest:
            shutil.copytree(edition_site(as_of), fresh / publish.edition_path(as_of, editions))
    for page in link_missing_pages_to_front(fresh):
        assets.compress(page)
    if (fresh / "sitemap.xml").exists():
        merge_sitemaps(fresh, editions)
        assets.compress(fresh / "sitemap.xml")


def layout(editions: list[str]) -> str:
    """'2025-12 at /, 2025-06 at /2025-06/'"""
    return ", ".join(f"{as_of} at /{publish.edition_path(as_of, editions)}" for as_of in reversed(editions))
