"""Staging: the book source tree Jupyter Book renders (_build/stage) — pages, static files, the executed chapters
(large chart data moved out of the pages), the bibliography and the data package served with the site. A staged file
is rewritten only when its content changed, so Sphinx re-reads only what changed."""
from __future__ import annotations

import json
import time
from pathlib import Path

from .. import data, paths
from ..files import copy_if_changed, write_if_changed
from . import publish
from .cache import Chapter, digest, read_record, site_code_digest, write_atomic

BOOK_FILES = ["_toc.yml"]  # _config.yml is staged with the build date added
BOOK_DIRS = ["_static", "_templates", "appendices"]


def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed in one offline script, cached by vl-convert's version. Wrapped in a
    function so its top-level names stay private; it publishes window.vegaEmbed itself."""
    import vl_convert

    cached = paths.CACHE / f"vega-bundle-{vl_convert.__version__}.js"
    if not cached.exists():
        paths.CACHE.mkdir(parents=True, exist_ok=True)
        cached.write_text("(function () {\n" + vl_convert.javascript_bundle() + "\n})();\n", encoding="utf-8")
    return cached.read_text(encoding="utf-8")


def stage(book_chapters: list[Chapter], data_dir=None) -> None:
    """Lay out the book source tree Jupyter Book renders: pages, static files, executed chapters, and the
    bibliography generated from the data's sources table; a file staged before and no longer wanted is removed."""
    wanted = stage_book(data_dir)
    for chapter in book_chapters:
        wanted |= stage_chapter(chapter)
    for stale in [p for p in paths.STAGE.rglob("*") if p.is_file() and p not in wanted]:
        stale.unlink()


def stage_book(data_dir=None) -> set[Path]:
    """Everything but the executed chapters (which `stage` adds): what Jupyter Book reads as it starts — the
    configuration, the table of contents, the bibliography, templates and static files — and the pages and data
    files; returns the staged paths. Staged before the chapters execute, it lets Jupyter Book start meanwhile
    (genai_book.build.jbook.Prepared)."""
    from .. import sources

    wanted = set()
    bib = paths.STAGE / "references.bib"
    write_if_changed(bib, sources.bibtex(data.folder_of(data_dir)))
    wanted.add(bib)
    for name in BOOK_FILES:
        copy_if_changed(paths.ROOT / name, paths.STAGE / name)
        wanted.add(paths.STAGE / name)
    for folder in BOOK_DIRS:
        for source in sorted((paths.ROOT / folder).rglob("*")):
            if source.is_file() and source.suffix != ".py":  # .py notebooks are staged executed, by stage_chapter
                target = paths.STAGE / source.relative_to(paths.ROOT)
                copy_if_changed(source, target)
                wanted.add(target)
    bundle = paths.STAGE / "_static" / "vega-bundle.js"
    write_if_changed(bundle, vega_bundle())
    wanted.add(bundle)
    folder = data.folder_of(data_dir)
    for published in sorted(folder.glob("*.csv")) + [folder / data.PACKAGE_FILE]:
        target = paths.STAGE / "_extra" / "data" / published.name  # served as data/<name>.csv
        copy_if_changed(published, target)
        wanted.add(target)
    write_if_changed(paths.STAGE / "_config.yml", staged_config())
    wanted.add(paths.STAGE / "_config.yml")
    return wanted


def staged_before(book_chapters: list[Chapter]) -> bool:
    """Whether the stage holds every chapter from an earlier build (then staging them again changes no path)."""
    return all((paths.STAGE / c.folder / c.executed.name).is_file() for c in book_chapters)


def stage_chapter(chapter: Chapter) -> set[Path]:
    """The executed notebook Jupyter Book renders — with large chart data moved out of the page into files
    (genai_book.build.site.lighten) — and, for readers to download, the executed notebook as it ran and its jupytext
    source, served next to the page (chapters/02_users.ipynb, chapters/02_users.py)."""
    from . import site

    executed = chapter.executed.read_bytes()
    target = paths.STAGE / chapter.folder / chapter.executed.name
    downloads = [(source, paths.STAGE / "_extra" / chapter.folder / f"{chapter.stem}{source.suffix}")
                 for source in (chapter.executed, chapter.source)]
    for source, download in downloads:
        copy_if_changed(source, download)
    record = paths.CACHE / "staged" / f"{chapter.folder}-{chapter.stem}.json"
    # what lightening depends on: the notebook, site.py, the static pictures' drawing (pictures.py) and vl-convert
    # (its version, in requirements.txt)
    key = digest(executed, *(f.read_bytes() for f in (paths.PACKAGE / "build" / "site.py",
                                                       paths.PACKAGE / "pictures.py",
                                                       paths.ROOT / "requirements.txt")))
    last = read_record(record) or {}
    if last.get("key") == key and _intact(last.get("files")):  # staged from this notebook before, untouched since
        return {paths.STAGE / name for name in last["files"]} | {d for _, d in downloads}
    notebook = json.loads(executed.decode("utf-8"))  # plain JSON: nbformat takes ~1 s to import
    light, files = site.lighten(notebook, chapter.folder, chapter.stem)
    if files:
        write_if_changed(target, json.dumps(light, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    else:
        write_if_changed(target, executed)
    staged = {target: target.read_bytes()}
    for name, content in files.items():
        write_if_changed(paths.STAGE / "_extra" / name, content)
        staged[paths.STAGE / "_extra" / name] = content
    write_atomic(record, json.dumps({"key": key, "files": {
        p.relative_to(paths.STAGE).as_posix(): digest(c) for p, c in staged.items()}}))
    return set(staged) | {d for _, d in downloads}


def _intact(files) -> bool:
    """Whether the staged files a chapter's record lists hold what staging wrote (lightening a notebook again —
    drawing the static charts' cache keys, rewriting its JSON — took a second for the twelve pages of a build
    that changed one)."""
    if not isinstance(files, dict) or not files:
        return False
    for name, content in files.items():
        path = paths.STAGE / name
        if not path.is_file() or digest(path.read_bytes()) != content:
            return False
    return True


def staged_config() -> str:
    """_config.yml plus what only the build knows: the build date, as the {{ build_date }} substitution, and
    where the site is published (genai_book.build.publish: BOOK_BASE_URL, BOOK_REPOSITORY_URL)."""
    import yaml

    config = publish.site_config(yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8")))
    substitutions = config["sphinx"]["config"].setdefault("myst_substitutions", {})
    substitutions["build_date"] = time.strftime("%Y-%m-%d")
    # the code and templates that render the pages: a change re-reads every page (Sphinx re-reads a page only when
    # its source or an env-wide setting changed, and the citations and cards are made as a page is read)
    templates = sorted(p for p in (paths.ROOT / "_templates").rglob("*") if p.is_file())
    config["sphinx"]["config"]["genai_code"] = digest(site_code_digest(), *(p.read_bytes() for p in templates))
    config["copyright"] = copyright_line(str(config.get("copyright", "")), int(time.strftime("%Y")))
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def copyright_line(line: str, year: int) -> str:
    """'2026 本书编写组' built in 2028 → '2026–2028 本书编写组': the first year stays, the build year is added."""
    first = line[:4]
    if not (first.isdigit() and line[4:5] in ("", " ")) or int(first) >= year:
        return line
    return f"{first}–{year}{line[4:]}"
