"""Measure the book's build and its pages on this machine, print the figures and write them to _build/bench.json.

    python scripts/bench.py [--as-of 2025-12] [--data DIR] [--data-file users_series] [--loads 5]   (make bench)

It builds one edition, the report's own (2025-06) unless --as-of names another, in _build itself: the edition the
stock build can build too (the chapters' default parameters), so that each side-by-side figure is a ratio of the
same work. `make book` builds each edition this way (genai_book.build.shelf), so its times are about the number of
editions times these.

1. cold build: _build removed (installed dependencies kept), everything executed and rendered;
2. warm rebuild: nothing changed;
3. one data file changed: one digit of one value in data/<data-file>.csv changed, the book rebuilt, the file's
   original bytes put back and the book rebuilt again (so the site ends as it began);
4. side by side, in the same run: the same chapters built the stock Jupyter Book 1 way (scripts/stock_book.py,
   `execute_notebooks: cache`) — cold, warm, after the same data change — and, for the change, how many of the
   pages the change reaches in this book (its pages whose HTML changed) the stock build updated;
5. the PDF edition, timed on its own (with its XeLaTeX passes), then again with nothing changed (not re-typeset),
   when the build has a PDF step (`--no-pdf` in its options), else skipped;
   where the time goes: a fresh kernel's start and the chapters' imports (timed in their own kernels), set against
   the cold build's validation, execution and rendering, with the floor they give; Ctrl-C: seconds from SIGINT
   during execution until the build has exited;
6. every page's HTML size and the shared files every page loads;
7. time to first chart: each page with charts opened from file:// in headless Chromium (tests/browser.py), the
   reader's pointer moved onto its first chart, until the `genai-chart-first` performance mark charts.js sets when
   it has drawn it live — in a fresh browser (cold cache), then the median of --loads reloads;
8. Lighthouse (scripts/pagespeed.py: mobile defaults, the site served compressed) on every page, one at a time.

A benchmark, not a test: it reports the figures against the targets and exits 0 unless a build fails.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("GENAI_BOOK_ROOT") or Path(__file__).resolve().parent.parent)
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from genai_book import editions, paths  # noqa: E402
from genai_book.build import SKIP_UNUSED_IMPORTS  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pagespeed  # noqa: E402
import stock_book  # noqa: E402

TARGETS = {"cold_s": 60, "warm_s": 5, "one_change_share": 0.25, "page_kb": 300, "first_chart_ms": 1000,
           "interrupt_s": 2}
STOCK = paths.BUILD / "stock"
SHARED = ["_static/vega-bundle.js", "searchindex.js"]


class BenchError(Exception):
    pass


def run_build(*args: str) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "genai_book.build", *args], capture_output=True, text=True,
                            cwd=ROOT)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise BenchError(f"build {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return seconds, result.stdout


def build_facts(stdout: str) -> dict:
    """What the build said about itself: chapters executed (with their times), html render time."""
    executed = {m.group(1): float(m.group(2)) for m in re.finditer(r"^\s+(\S+)\s+executed in ([\d.]+) s", stdout, re.M)}
    render = re.search(r"html rendered in ([\d.]+) s", stdout)
    validated = re.search(r"data validated in ([\d.]+) s", stdout)
    workers = re.search(r"^chapters \(\d+, \d+ to execute on (\d+) worker", stdout, re.M)
    return {"executed": executed, "workers": int(workers.group(1)) if workers else None, "html_render_s": float(render.group(1)) if render else 0.0,
            "validate_s": float(validated.group(1)) if validated else 0.0,
            "site_up_to_date": "site up to date" in stdout}


def has_pdf_step() -> bool:
    result = subprocess.run([sys.executable, "-m", "genai_book.build", "--help"], capture_output=True, text=True,
                            cwd=ROOT)
    return "--no-pdf" in result.stdout


def perturb(csv_path: Path) -> tuple[bytes, str]:
    """Change the last digit of the first plain decimal `value` in the file, in place; returns the original bytes
    and what changed. Only that byte differs, so the file stays valid and its original is put back exactly."""
    original = csv_path.read_bytes()
    lines = original.decode("utf-8").splitlines(keepends=True)
    column = next(csv.reader([lines[0]])).index("value")
    for number, line in enumerate(lines[1:], start=1):
        if '"' in line:
            continue
        fields = line.rstrip("\r\n").split(",")
        value = fields[column]
        if re.fullmatch(r"\d+\.\d+|\d+", value):
            fields[column] = value[:-1] + str((int(value[-1]) + 1) % 10)
            lines[number] = ",".join(fields) + line[len(line.rstrip("\r\n")):]
            csv_path.write_bytes("".join(lines).encode("utf-8"))
            return original, f"{csv_path.name} row {number}: value {value} → {fields[column]}"
    raise BenchError(f"{csv_path}: no plain decimal value to change")


def page_sizes() -> dict[str, int]:
    return {p.relative_to(paths.HTML).as_posix(): p.stat().st_size for p in sorted(paths.HTML.glob("**/*.html"))
            if "_static" not in p.parts}


def changed_pages(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {page for page, text in after.items() if before.get(page) != text}


def site_pages() -> dict[str, str]:
    return {page: (paths.HTML / page).read_text(encoding="utf-8") for page in page_sizes()}


def first_chart_times(loads: int) -> dict[str, dict]:
    """{page: {cold_ms, warm_median_ms, charts}} for every page with charts."""
    from browser import chromium
    from selenium.webdriver.common.action_chains import ActionChains

    script = ("var m = performance.getEntriesByName('genai-chart-first');"
              "return m.length ? m[0].startTime : null;")
    pages = [p for p in page_sizes() if 'class="genai-chart"' in (paths.HTML / p).read_text(encoding="utf-8")]
    figures = {}
    for page in pages:
        times = []
        driver = chromium()  # a fresh browser for each page: its first load has a cold cache
        try:
            for _ in range(loads + 1):
                driver.get((paths.HTML / page).as_uri())
                ActionChains(driver).move_to_element(driver.find_element("css selector", ".genai-chart")).perform()
                deadline = time.monotonic() + 10
                mark = None
                while mark is None and time.monotonic() < deadline:
                    mark = driver.execute_script(script)
                    if mark is None:
                        time.sleep(0.02)
                times.append(mark)
            charts = driver.execute_script("return document.querySelectorAll('.genai-chart').length")
        finally:
            driver.quit()
        warm = [t for t in times[1:] if t is not None]
        figures[page] = {"cold_ms": times[0], "warm_median_ms": statistics.median(warm) if warm else None,
                         "charts": charts}
    return figures


# as the build's kernels import them (genai_book.build.SKIP_UNUSED_IMPORTS: no jsonschema IRI checker)
IMPORTS = (f"{SKIP_UNUSED_IMPORTS}\nimport pandas, altair, vl_convert\n"
           "from genai_book import charts, data, fmt, series, sources, tables, texts")


def kernel_costs(samples: int = 3) -> dict:
    """What every worker pays once, before its first chapter: starting a Python kernel, then the imports every
    chapter makes (the median of `samples` fresh kernels, one at a time)."""
    from jupyter_client.manager import start_new_kernel

    starts, imports = [], []
    for _ in range(samples):
        began = time.perf_counter()
        manager, client = start_new_kernel(kernel_name="python3", cwd=str(paths.CHAPTERS))
        try:
            starts.append(time.perf_counter() - began)
            began = time.perf_counter()
            reply = client.execute_interactive(IMPORTS, timeout=120, output_hook=lambda message: None)
            imports.append(time.perf_counter() - began)
            if reply["content"]["status"] != "ok":
                raise BenchError(f"the chapters' imports failed in a fresh kernel: {reply['content'].get('evalue')}")
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
    return {"kernel_start_s": round(statistics.median(starts), 2), "imports_s": round(statistics.median(imports), 2)}


def interrupt_seconds(*args: str) -> float:
    """Ctrl-C during a build whose kernels are running: seconds from SIGINT until the build has exited (it
    cancels the pending chapters and stops the kernels), checked to say `interrupted — previous site untouched`."""
    import signal

    import psutil

    def kernel_running() -> bool:
        for child in psutil.Process(build.pid).children(recursive=True):
            try:
                if "ipykernel" in " ".join(child.cmdline()):
                    return True
            except psutil.Error:  # a process that ended while being looked at
                pass
        return False

    build = subprocess.Popen([sys.executable, "-m", "genai_book.build", "--no-html", "--force", *args], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and build.poll() is None and not kernel_running():
        time.sleep(0.2)
    time.sleep(1)  # a kernel found as it starts: let its chapter run
    if build.poll() is not None:
        raise BenchError(f"the build ended (exit {build.returncode}) before Ctrl-C could be sent while a kernel ran: "
                         f"{build.stderr.read()[-1000:]}")
    began = time.perf_counter()
    os.killpg(build.pid, signal.SIGINT)
    _, err = build.communicate(timeout=120)
    seconds = time.perf_counter() - began
    if build.returncode != 130 or "interrupted — previous site untouched" not in err:
        raise BenchError(f"Ctrl-C did not stop the build cleanly (exit {build.returncode}): {err[-1000:]}")
    return round(seconds, 2)


def ok(value, limit) -> str:
    return "ok" if value is not None and value <= limit else "OVER"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--as-of")
    parser.add_argument("--data")
    parser.add_argument("--data-file", default="users_series", help="the data resource changed in step 3")
    parser.add_argument("--loads", type=int, default=5, help="page reloads for the warm first-chart median")
    parser.add_argument("--port", type=int, default=8800, help="local port the site is served on for Lighthouse")
    args = parser.parse_args(argv)
    report_edition = editions.report_edition(args.data)
    as_of = args.as_of or report_edition
    common = ["--as-of", as_of, *(["--data", args.data] if args.data else [])]
    pdf = has_pdf_step()
    html_only = common + (["--no-pdf"] if pdf else [])
    figures: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform(), "date": time.strftime("%Y-%m-%d %H:%M")}}
    try:
        print("cold build (rm -rf _build) …", flush=True)
        shutil.rmtree(paths.BUILD, ignore_errors=True)
        seconds, out = run_build(*html_only)
        figures["cold"] = {"seconds": round(seconds, 2), **build_facts(out)}

        print("warm rebuild (no change) …", flush=True)
        seconds, out = run_build(*html_only)
        figures["warm"] = {"seconds": round(seconds, 2), **build_facts(out)}
        ours_before = site_pages()

        stock = {}
        if as_of == report_edition and not args.data:  # the stock build runs the chapters with their defaults
            print("stock Jupyter Book 1: cold, warm …", flush=True)
            stock_book.lay_out(STOCK, paths.STAGE / "references.bib")
            stock["cold_s"] = round(stock_book.build(STOCK), 2)
            stock["warm_s"] = round(stock_book.build(STOCK), 2)
            stock_before = stock_book.pages(STOCK)

        csv_path = paths.data_dir(args.data) / f"{args.data_file}.csv"
        original, change = perturb(csv_path)
        print(f"one data file changed ({change}) …", flush=True)
        try:
            seconds, out = run_build(*html_only)
            figures["one_file_change"] = {"change": change, "seconds": round(seconds, 2), **build_facts(out)}
            reached = changed_pages(ours_before, site_pages())
            figures["one_file_change"]["pages_updated"] = sorted(reached)
            if stock:
                print("stock Jupyter Book 1: the same change …", flush=True)
                stock["one_change_s"] = round(stock_book.build(STOCK), 2)
                updated = changed_pages(stock_before, stock_book.pages(STOCK))
                stock["pages_to_update"] = sorted(reached)
                stock["pages_updated"] = sorted(reached & updated)
        finally:
            csv_path.write_bytes(original)
        figures["stock"] = stock or {"skipped": "another edition or data folder: the stock build has no parameters"}
        seconds, out = run_build(*html_only)
        figures["one_file_restored"] = {"seconds": round(seconds, 2), **build_facts(out)}
        print("preview server (scripts/preview.py): the same kind of change, then the file put back …", flush=True)
        figures["preview"] = preview_times(common, csv_path)

        if pdf:
            print("PDF edition: cold, then warm …", flush=True)
            seconds, out = run_build(*common)
            figures["pdf"] = {"seconds": round(seconds, 2), "note": "full build with the PDF step, HTML already warm",
                              **pdf_facts(out)}
            seconds, out = run_build(*common)
            figures["pdf_warm"] = {"seconds": round(seconds, 2), **pdf_facts(out)}
        else:
            figures["pdf"] = {"skipped": "the build has no PDF step (no --no-pdf option)"}
        print("where the time goes: a fresh kernel and the chapters' imports; Ctrl-C …", flush=True)
        figures["kernel"] = kernel_costs()
        figures["interrupt_s"] = interrupt_seconds(*common)
        run_build(*html_only)  # the chapters Ctrl-C stopped, executed again: the site ends as it began
    except BenchError as error:
        print(error, file=sys.stderr)
        print(json.dumps(figures, ensure_ascii=False, indent=1))  # what was measured before it
        return 1

    sizes = page_sizes()
    figures["pages_bytes"] = sizes
    figures["shared_bytes"] = {name: (paths.HTML / name).stat().st_size for name in SHARED
                               if (paths.HTML / name).exists()}
    figures["site_bytes"] = sum(p.stat().st_size for p in paths.HTML.rglob("*") if p.is_file())
    print("time to first chart …", flush=True)
    figures["first_chart"] = first_chart_times(args.loads)
    print("Lighthouse, every page (mobile, served compressed) …", flush=True)
    figures["lighthouse"] = pagespeed.measure(paths.HTML, pagespeed.site_pages(paths.HTML), args.port)
    figures["targets"] = {**TARGETS, "lighthouse": pagespeed.TARGETS}
    (paths.BUILD / "bench.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    report(figures)
    return 0


def preview_times(common: list[str], csv_path: Path) -> dict:
    """`make preview` on the built edition: the seconds from a change to the file (one digit of one value, a value
    no build has drawn yet, as step 3's) until the server has swapped the updated site in, then the same with the
    file put back. Not `make book`: the server keeps its workers' kernels and a started Jupyter Book between builds;
    each change is made once it has been idle for a few seconds, as a writer's next edit is."""
    log = paths.BUILD / "preview.log"
    server = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "preview.py"), *common, "--port", "0"],
                              cwd=ROOT, stdout=open(log, "w", encoding="utf-8"), stderr=subprocess.STDOUT)
    figures: dict = {}
    original = csv_path.read_bytes()
    try:
        deadline = time.monotonic() + 300
        while "serving" not in log.read_text(encoding="utf-8"):
            if server.poll() is not None or time.monotonic() > deadline:
                raise BenchError(f"the preview server did not start:\n{log.read_text(encoding='utf-8')}")
            time.sleep(0.1)
        for step in ("change", "restored"):
            time.sleep(5)  # idle: its Jupyter Book started ahead is waiting
            before = paths.HTML.stat().st_ino
            start = time.perf_counter()
            if step == "change":
                perturb(csv_path)
                _, figures["change"] = perturb(csv_path)  # a second digit: a value step 3 has not drawn
            else:
                csv_path.write_bytes(original)
            while not (paths.HTML.exists() and paths.HTML.stat().st_ino != before):
                if server.poll() is not None or time.perf_counter() - start > 120:
                    raise BenchError(f"the preview server did not update the site:\n{log.read_text(encoding='utf-8')}")
                time.sleep(0.01)
            figures[f"{step}_s"] = round(time.perf_counter() - start, 2)
    finally:
        csv_path.write_bytes(original)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    return figures


def pdf_facts(stdout: str) -> dict:
    rendered = re.search(r"pdf rendered in ([\d.]+) s \((\d+) XeLaTeX passes\)", stdout)
    return {"pdf_render_s": float(rendered.group(1)) if rendered else None,
            "passes": int(rendered.group(2)) if rendered else 0,
            "up_to_date": "pdf up to date" in stdout}


def phases(run: dict) -> str:
    executed = run["executed"]
    names = ", ".join(executed) if len(executed) <= 3 else f"{len(executed)} chapters"
    return (f"validate {run['validate_s']:.1f} s; executed {names or 'nothing'}"
            f"{f' (slowest {max(executed.values()):.1f} s)' if executed else ''}; html {run['html_render_s']:.1f} s")


def report(f: dict) -> None:
    t = TARGETS
    print(f"\nbenchmark — {f['machine']['cpus']} cores, Python {f['machine']['python']}, {f['machine']['date']}")
    cold = f["cold"]
    print(f"  cold build           {cold['seconds']:7.1f} s  [{ok(cold['seconds'], t['cold_s'])} ≤ {t['cold_s']} s]"
          f"  ({phases(cold)})")
    warm = f["warm"]
    print(f"  warm rebuild         {warm['seconds']:7.1f} s  [{ok(warm['seconds'], t['warm_s'])} ≤ {t['warm_s']} s]"
          f"  ({len(warm['executed'])} executed, site {'up to date' if warm['site_up_to_date'] else 'rendered'})")
    one = f["one_file_change"]
    share = one["seconds"] / cold["seconds"]
    print(f"  one data file        {one['seconds']:7.1f} s  [{share:.0%} of cold, {ok(share, t['one_change_share'])} "
          f"≤ {t['one_change_share']:.0%}]  ({one['change']}; {phases(one)}; {len(one['pages_updated'])} pages "
          f"updated)")
    spent = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in one["executed"].items())
    running = execution_span(one["executed"], one.get("workers") or f["machine"]["cpus"])
    print(f"    where it goes: validation {one['validate_s']:.1f} s; chapters {spent or 'none'} (each including its "
          f"worker's kernel reset), about {running:.1f} s on the workers; Jupyter Book {one['html_render_s']:.1f} s; "
          f"the rest {one['seconds'] - one['validate_s'] - one['html_render_s'] - running:.1f} s")
    print(f"  … restored           {f['one_file_restored']['seconds']:7.1f} s  ({phases(f['one_file_restored'])})")
    preview = f.get("preview", {})
    if "change_s" in preview:
        print(f"  preview server       {preview['change_s']:7.1f} s  [{preview['change_s'] / cold['seconds']:.0%} of cold; "
              f"change seen → site updated under `make preview`, not `make book`]  ({preview['change']}); "
              f"put back {preview['restored_s']:.1f} s")
    side_by_side(f)
    pdf = f["pdf"]
    if "seconds" in pdf:
        detail = (f"LaTeX and {pdf['passes']} XeLaTeX passes {pdf['pdf_render_s']:.1f} s" if pdf.get("pdf_render_s")
                  else "no PDF rendered")
        warm = f["pdf_warm"]
        print(f"  PDF                  {pdf['seconds']:7.1f} s  (a build with the PDF step after the HTML ones; {detail})")
        print(f"  … again, no change   {warm['seconds']:7.1f} s  "
              f"({'up to date, not re-typeset' if warm['up_to_date'] else 'RE-TYPESET'})")
    else:
        print(f"  PDF                  skipped: {pdf['skipped']}")
    where_the_time_goes(f)
    print("  pages (HTML bytes):")
    for page, size in f["pages_bytes"].items():
        print(f"    {page:<32} {size / 1024:7.1f} KB  [{ok(size / 1024, t['page_kb'])}]")
    for name, size in f["shared_bytes"].items():
        print(f"    shared {name:<25} {size / 1024:7.1f} KB  (one cacheable file)")
    print(f"    whole site                       {f['site_bytes'] / 1024 / 1024:7.1f} MB")
    print("  time to first chart (file://, headless Chromium):")
    for page, times in f["first_chart"].items():
        cold_ms, warm_ms = times["cold_ms"], times["warm_median_ms"]
        print(f"    {page:<32} cold {cold_ms or float('nan'):6.0f} ms  warm {warm_ms or float('nan'):6.0f} ms  "
              f"[{ok(cold_ms, t['first_chart_ms'])} ≤ {t['first_chart_ms']} ms]  ({times['charts']} charts)")
    print("  Lighthouse (mobile, compressed):")
    for page, figures in f["lighthouse"].items():
        print(f"    {pagespeed.line(page, figures)}")
    print(f"written to {(paths.BUILD / 'bench.json').relative_to(paths.ROOT)}")


def where_the_time_goes(f: dict) -> None:
    """The cold build's parts, and its floor on this machine: each worker's kernel start and imports (paid once per
    worker, inside its first chapter's time), the chapters' own execution spread over the workers, validation and
    rendering."""
    kernel, cold, t = f["kernel"], f["cold"], TARGETS
    executed = cold["executed"]
    workers = max(1, min(f["machine"]["cpus"] or 1, len(executed)))
    once = kernel["kernel_start_s"] + kernel["imports_s"]
    own = sum(executed.values())  # the workers start their kernels and import during validation, outside these
    rest = cold["seconds"] - max(cold["validate_s"], once) - cold["html_render_s"] - own / workers
    print(f"  where the time goes  kernel start {kernel['kernel_start_s']:.1f} s + the chapters' imports "
          f"{kernel['imports_s']:.1f} s once per worker ({workers}), while validation {cold['validate_s']:.1f} s "
          f"runs; the {len(executed)} notebooks' own execution {own:.1f} s in all; Jupyter Book "
          f"{cold['html_render_s']:.1f} s; staging, publishing, waiting on the slowest worker {rest:.1f} s")
    floor = max(cold["validate_s"], once) + own / workers + cold["html_render_s"]
    print(f"    cold floor (validation or a kernel and its imports, whichever is longer + execution over {workers} "
          f"cores + rendering) ≈ {floor:.1f} s; measured {cold['seconds']:.1f} s")
    print(f"  Ctrl-C               {f['interrupt_s']:7.1f} s  from SIGINT to the build's exit, kernels stopped "
          f"[{ok(f['interrupt_s'], t['interrupt_s'])} ≤ {t['interrupt_s']} s]")


def execution_span(executed: dict, cpus: int | None) -> float:
    """About how long the chapters kept the workers busy: their times spread over the workers, at least the longest."""
    workers = max(1, min(cpus or 1, len(executed)))
    return max(max(executed.values(), default=0.0), sum(executed.values()) / workers)


def side_by_side(f: dict) -> None:
    stock = f["stock"]
    if "skipped" in stock:
        print(f"  stock Jupyter Book 1 skipped: {stock['skipped']}")
        return
    one = f["one_file_change"]
    print("  side by side          this book   stock JB1   ratio")
    for label, ours, theirs in (("cold", f["cold"]["seconds"], stock["cold_s"]),
                                ("warm", f["warm"]["seconds"], stock["warm_s"]),
                                ("one data value", one["seconds"], stock["one_change_s"])):
        print(f"    {label:<18} {ours:8.1f} s  {theirs:8.1f} s   {ours / theirs:5.2f}")
    wanted, updated = len(stock["pages_to_update"]), len(stock["pages_updated"])
    print(f"    pages the change reaches: this book updated {len(one['pages_updated'])}, stock JB1 {updated} of "
          f"{wanted}{' (stale)' if updated < wanted else ''}")


if __name__ == "__main__":
    sys.exit(main())
