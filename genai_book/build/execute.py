"""Executing chapters: papermill runs each one in a worker process, with one kernel per worker reused from chapter to
chapter; a chapter's notebook and cache record are written only when it succeeded."""
from __future__ import annotations

import json
import multiprocessing.util
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path

from .. import data, paths
from . import SKIP_UNUSED_IMPORTS, BuildError
from .cache import Chapter, chapter_key, write_atomic


def execute(chapter: Chapter, params: dict, code: str) -> float:
    """Run one chapter with papermill; write its notebook and cache record only on success."""
    import jupytext
    import nbformat
    import papermill

    start = time.perf_counter()
    chapter.executed.parent.mkdir(parents=True, exist_ok=True)
    paths.CACHE.mkdir(parents=True, exist_ok=True)
    deps = paths.CACHE / f"{chapter.folder}-{chapter.stem}.deps"
    deps.unlink(missing_ok=True)
    os.environ[data.DEPS_ENV] = str(deps)
    source = chapter.source.read_bytes()  # what runs, and what the record is keyed on
    notebook = jupytext.reads(source.decode("utf-8"), fmt="py")  # as jupytext.read would
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    partial = chapter.executed.with_suffix(".partial.ipynb")
    try:
        # written once, when it ran (papermill's default rewrites the whole notebook after every cell)
        executed = papermill.execute_notebook(notebook, str(partial), parameters=params, cwd=str(paths.CHAPTERS),
                                              kernel_name="python3", progress_bar=False, log_output=False,
                                              report_mode=False, request_save_on_cell_execute=False,
                                              km=fresh_kernel(deps))
    except papermill.PapermillExecutionError as error:
        raise BuildError(f"{chapter.source.relative_to(paths.ROOT)}: {failing_cell(partial)} raised "
                         f"{error.ename}: {error.evalue}") from None
    finally:
        os.environ.pop(data.DEPS_ENV, None)
    resources = []
    if deps.exists():
        resources = [json.loads(line) for line in dict.fromkeys(deps.read_text().splitlines())]
        deps.unlink()
    hide_parameter_cells(executed)
    renumber_cells(executed)
    nbformat.write(executed, partial)
    partial.replace(chapter.executed)
    seconds = time.perf_counter() - start
    write_atomic(chapter.record, json.dumps(
        {"key": chapter_key(source, params, resources, code), "params": params, "resources": resources,
         "seconds": round(seconds, 2)}, ensure_ascii=False, indent=1))
    return seconds


# One kernel per worker process, reused from chapter to chapter: starting a kernel and importing pandas, altair
# and the package cost more than most chapters' own code. Between chapters the kernel is reset to a fresh state:
# no user variables, the package's modules reloaded (their caches emptied, so every chapter records every resource
# it reads), the chapter's own dependency record named.
_kernel, _kernel_ready = None, False
# The reset is %reset -f's (the shell's reset, history kept) without the full garbage collection it ends with, which
# took 0.1 s a chapter and keeps nothing from the next one (the collector runs on its own as memory is used).
FRESH_STATE = """\
def _reset(shell=get_ipython()):
    import gc
    collect, gc.collect = gc.collect, lambda *args, **kwargs: 0
    try:
        shell.reset(new_session=False)
    finally:
        gc.collect = collect
_reset()
{skip_unused}
import importlib, os, sys
[importlib.reload(sys.modules[name]) for name in sorted(sys.modules) if name.split(".")[0] == "genai_book"]
os.environ[{env!r}] = {deps!r}
del importlib, os, sys
"""


# What every chapter imports (the package's modules are reloaded by each reset): imported while the build validates.
WARM_UP = f"{SKIP_UNUSED_IMPORTS}; import genai_book.charts, genai_book.tables, myst_nb"


def ready_client_class():
    """The client papermill (nbclient) talks to this worker's kernel with. Before a notebook's first cell it checks
    that the kernel answers and that its IOPub messages arrive: jupyter_client sends kernel_info and then waits 0.2 s
    for an IOPub message, and the first time, its subscription not yet joined, it misses them, waits the 0.2 s out
    and asks again — 0.2 s a chapter. This client asks the same questions and waits for IOPub 10 ms at a time."""
    from queue import Empty

    from jupyter_client.asynchronous import AsyncKernelClient

    class ReadyClient(AsyncKernelClient):
        async def _async_wait_for_ready(self, timeout: float | None = None) -> None:
            deadline = time.monotonic() + (60 if timeout is None else timeout)
            while time.monotonic() < deadline:
                self.kernel_info()
                try:
                    reply = await self._async_get_shell_msg(timeout=1)
                except Empty:
                    reply = None
                if reply and reply["msg_type"] == "kernel_info_reply":
                    try:
                        await self._async_get_iopub_msg(timeout=0.01)
                    except Empty:
                        continue  # IOPub not joined yet: ask again
                    self._handle_kernel_info_reply(reply)
                    return
                if not await self._async_is_alive():
                    raise RuntimeError("Kernel died before replying to kernel_info")
            raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")

        wait_for_ready = _async_wait_for_ready

    return ReadyClient


def launch_kernel():
    """Start this worker's kernel unless it runs; a kernel just started answers only once it is up (worker_kernel)."""
    global _kernel, _kernel_ready
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    if _kernel is None or not run_sync(_kernel.is_alive)():
        _kernel, _kernel_ready = AsyncKernelManager(kernel_name="python3"), False
        _kernel.client_factory = ready_client_class()
        # what chapters import, imported as the kernel starts (before it answers), while this worker imports
        # papermill: a failed import is left for the chapter to report
        run_sync(_kernel.start_kernel)(cwd=str(paths.CHAPTERS), extra_arguments=[f"--IPKernelApp.exec_lines={WARM_UP}"])
        multiprocessing.util.Finalize(_kernel, run_sync(_kernel.shutdown_kernel), kwargs={"now": True},
                                      exitpriority=10)
    return _kernel


def worker_kernel():
    """This worker's kernel, started on first use, once it answers."""
    global _kernel_ready
    kernel = launch_kernel()
    if not _kernel_ready:
        client = kernel.blocking_client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
        finally:
            client.stop_channels()
        _kernel_ready = True
    return kernel


def run_in_kernel(code: str) -> dict:
    """Run `code` silently in this worker's kernel; its reply's content. The reply on the shell channel says it
    is done: waiting for IOPub to join, as wait_for_ready and execute_interactive do, would cost 0.2 s a chapter."""
    client = worker_kernel().blocking_client()
    client.start_channels()
    try:
        request = client.execute(code, silent=True, store_history=False)
        reply = client.get_shell_msg(timeout=60)
        while reply["parent_header"].get("msg_id") != request:
            reply = client.get_shell_msg(timeout=60)
    finally:
        client.stop_channels()
    return reply["content"]


def fresh_kernel(deps: Path):
    """This worker's kernel (started on first use), reset for the next chapter."""
    reply = run_in_kernel(FRESH_STATE.format(skip_unused=SKIP_UNUSED_IMPORTS, env=data.DEPS_ENV, deps=str(deps)))
    if reply["status"] != "ok":
        raise BuildError(f"could not reset the kernel: {reply.get('evalue')}")
    return _kernel


def warm_up() -> None:
    """A worker's kernel started and what chapters import imported, before its first chapter (a failed import is
    the chapter's to report)."""
    launch_kernel()  # it starts up while this worker imports what execute() imports
    import jupytext  # noqa: F401
    import nbformat  # noqa: F401
    import papermill  # noqa: F401

    run_in_kernel(WARM_UP)


def renumber_cells(notebook) -> None:
    """Execution counts 1, 2, … as in a fresh kernel (a reused kernel counts on from its last chapter)."""
    code = [c for c in notebook.cells if c.cell_type == "code" and c.get("execution_count")]
    for number, cell in enumerate(code, start=1):
        cell.execution_count = number
        for output in cell.outputs:
            if output.get("output_type") == "execute_result":
                output.execution_count = number


def hide_parameter_cells(notebook) -> None:
    """The parameters (and papermill's injected copy) are for re-running, not for reading."""
    for cell in notebook.cells:
        tags = cell.metadata.setdefault("tags", [])
        if {"parameters", "injected-parameters"} & set(tags) and "remove-cell" not in tags:
            tags.append("remove-cell")


def failing_cell(executed: Path) -> str:
    """'cell 4 (line 31: `users = data.load(...)`)' — the cell as the author counts it in the .py file."""
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    added = {"injected-parameters", "papermill-error-cell-tag"}  # cells papermill inserts, not the author
    authored = [c for c in notebook.cells if not added & set(c.metadata.get("tags", []))]
    for number, cell in enumerate(authored, start=1):
        if cell.cell_type == "code" and any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            first = next((line for line in cell.source.splitlines() if line.strip()), "")
            return f"cell {number} (`{first.strip()[:80]}`)"
    return "a cell"


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the build, which stops them and their kernels at once (`stop_descendants`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def stop_descendants(grace: float = 1.0) -> None:
    """Terminate every process this build started (chapter workers, their kernels, Jupyter Book), then kill what
    is still running after `grace` seconds."""
    import psutil

    children = psutil.Process().children(recursive=True)
    for child in children:
        try:
            child.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(children, timeout=grace)
    for child in alive:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass


def longest_first(todo: list[Chapter]) -> list[Chapter]:
    """The chapters by how long they took last time, longest first, so that the workers finish about together;
    chapters never executed keep their order, after the others."""
    return sorted(todo, key=Chapter.last_seconds, reverse=True)


@contextmanager
def chapter_workers(count: int, jobs: int):
    """Workers for `count` chapters (None for none), each starting its kernel and importing what chapters import at
    once, while the build goes on (validating the data). On a failure or Ctrl-C they are stopped with their kernels;
    after the chapters they exit on their own, while the build renders."""
    if not count:
        yield None
        return
    workers = max(1, min(jobs, count))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupt)
    try:
        for _ in range(workers):
            pool.submit(warm_up)
        yield pool
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        stop_descendants()
        raise
    # Their work is done: they stop their kernels and exit while the build goes on (staging, Jupyter Book), rather
    # than before it (a tenth of a second); the interpreter waits for them as it exits.
    pool.shutdown(wait=False)


def run_chapters(pool, todo: list[Chapter], params: dict, code: str) -> list[str]:
    """Execute chapters on the workers of `chapter_workers`, printing a line as each finishes; returns the
    failures."""
    failures = []
    futures = {pool.submit(execute, c, params, code): c for c in longest_first(todo)}
    for future in as_completed(futures):
        chapter = futures[future]
        try:
            seconds = future.result()
            print(f"  {chapter.stem:<16} executed in {seconds:.1f} s", flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported, none swallowed
            message = str(error) if isinstance(error, BuildError) else f"{chapter.stem}: {error!r}"
            print(f"  {chapter.stem:<16} FAILED — {message}", flush=True)
            failures.append(message)
    return failures
