"""Rendering: Jupyter Book renders the staged tree into _build/work; the result becomes _build/html, swapped in
whole by renames, so a failed or killed build leaves the previous site as it was."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

from .. import paths
from . import BuildError, assets, jbook

WORK = paths.BUILD / "work"


def prepare_html() -> jbook.Prepared:
    """Jupyter Book started ahead on the staged tree (genai_book.build.jbook.Prepared), for render_html."""
    _begin()
    return jbook.Prepared(paths.STAGE, WORK, "html")


def render_html(prepared: jbook.Prepared | None = None) -> float:
    """Jupyter Book renders the staged tree into _build/work (publish_html swaps it in): by the build `prepared`
    started ahead when what it read is still what is staged, else from the start. Returns the seconds it took."""
    start = time.perf_counter()
    if prepared is None:
        _begin()
    elif not prepared.valid():
        print(f"  Jupyter Book started ahead stopped ({prepared.why_invalid()} changed): rendering from the start",
              flush=True)
        prepared.stop()
        prepared = None
    result = jbook.build(paths.STAGE, WORK, "html", prepared=prepared)
    if result.returncode != 0:
        raise BuildError("Jupyter Book failed; the previous site is untouched.\n"
                         + _tail(result.stdout + result.stderr))
    (WORK / ".dirty").unlink()
    return time.perf_counter() - start


def abandon_html(prepared: jbook.Prepared) -> None:
    """Stop a build started ahead that is not needed (nothing it would render changed); it wrote nothing."""
    prepared.stop()
    (WORK / ".dirty").unlink(missing_ok=True)


def _begin() -> None:
    dirty = WORK / ".dirty"
    if dirty.exists():  # the last render failed midway: start clean rather than trust its leftovers
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True, exist_ok=True)
    dirty.touch()


def publish_html(extra: dict[str, Path]) -> None:
    """Swap the rendered site into _build/html, with `extra` files (name in the site → file) added. A failure while
    copying (a full disk) leaves the previous site as it was; `recover_publish` finishes a swap a kill interrupted."""
    fresh = paths.BUILD / "html.new"
    try:
        if fresh.exists():
            shutil.rmtree(fresh)
        shutil.copytree(WORK / "_build" / "html", fresh)
        for name, source in extra.items():
            if source.exists():
                shutil.copyfile(source, fresh / name)
        assets.finish(fresh, paths.CACHE / "assets")
    except OSError as error:
        shutil.rmtree(fresh, ignore_errors=True)
        raise BuildError(f"publishing the site failed ({reason(error)}); the previous site is untouched") from None
    swap_in(fresh)


def swap_in(fresh: Path) -> None:
    """Make the complete site `fresh` (_build/html.new) _build/html, by renames only."""
    old = paths.BUILD / "html.old"
    if old.exists():
        shutil.rmtree(old)
    if paths.HTML.exists():
        paths.HTML.rename(old)
    fresh.rename(paths.HTML)
    if old.exists():
        shutil.rmtree(old)


def reason(error: OSError) -> str:
    """Why a copy failed, in one line: shutil.Error carries a list of (source, target, reason)."""
    if isinstance(error, shutil.Error) and error.args and isinstance(error.args[0], list) and error.args[0]:
        return str(error.args[0][0][2])
    return f"{error.strerror or error}: {error.filename}" if error.filename else str(error.strerror or error)


def recover_publish() -> None:
    """Whatever moment a killed build stopped at, put the site back in order: a site moved aside but not replaced is
    restored, half-copied or superseded trees are removed."""
    old, fresh = paths.BUILD / "html.old", paths.BUILD / "html.new"
    if old.exists() and not paths.HTML.exists():
        old.rename(paths.HTML)
        print(f"restored {paths.HTML.relative_to(paths.ROOT)}, left aside by an interrupted build", flush=True)
    for leftover in (old, fresh):
        if leftover.exists():
            shutil.rmtree(leftover)


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(line for line in text.strip().splitlines()[-lines:])
