"""Lighthouse (npm, pinned in package.json) on the built site, served compressed as a static host serves it.

    python scripts/pagespeed.py [--port 8800] [page.html ...]     (every page of _build/html when none is named)

The site is served on 127.0.0.1 by a small static server that compresses as static hosts do: it sends a file's
precompressed copy (``name.gz``, which the build writes) when the browser accepts gzip, else compresses text types
on the fly (so a site without precompressed copies is measured fairly too). Lighthouse runs with its mobile
defaults (simulated slow 4G, 4× CPU slowdown), one page at a time.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(os.environ.get("GENAI_BOOK_ROOT") or Path(__file__).resolve().parent.parent)
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
TARGETS = {"performance": 90, "lcp_ms": 2500, "tbt_ms": 200, "cls": 0.1, "accessibility": 100}
AUDITS = {"fcp_ms": "first-contentful-paint", "lcp_ms": "largest-contentful-paint", "tbt_ms": "total-blocking-time",
          "cls": "cumulative-layout-shift", "speed_index_ms": "speed-index"}


COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


class CompressingHandler(http.server.SimpleHTTPRequestHandler):
    """Sends `x.gz` for `x` when it exists and the client accepts gzip, else gzips text types itself."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", "") \
                or not kind.startswith(COMPRESSIBLE):
            return super().send_head()
        packed = path.with_name(path.name + ".gz")
        body = packed.read_bytes() if packed.is_file() else gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serving(folder: Path, port: int):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             functools.partial(CompressingHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse(url: str, keep: Path | None = None) -> dict:
    """One page's Lighthouse figures: performance and accessibility scores (0–100), FCP/LCP/TBT/SI in ms, CLS,
    bytes transferred. `keep`: a folder to keep the full report in."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError("lighthouse is not installed: run `npm ci`")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                   "--only-categories=performance,accessibility", f"--chrome-flags={CHROME_FLAGS}"]
        env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp)
        if result.returncode != 0 or not report.exists():
            raise RuntimeError(f"lighthouse failed on {url}: {result.stderr.strip()[-500:]}")
        found = json.loads(report.read_text(encoding="utf-8"))
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{url.split('/', 3)[-1].replace('/', '_') or 'index'}.json").write_bytes(report.read_bytes())
    audits = found["audits"]
    figures = {name: round(audits[audit]["numericValue"], 3 if name == "cls" else 0) for name, audit in AUDITS.items()}
    figures["bytes"] = int(audits["total-byte-weight"]["numericValue"])
    for category in ("performance", "accessibility"):
        figures[category] = round(100 * (found["categories"][category]["score"] or 0))
    return figures


def meets(figures: dict) -> bool:
    t = TARGETS
    return "error" not in figures and (figures["performance"] >= t["performance"] and figures["lcp_ms"] <= t["lcp_ms"]
            and figures["tbt_ms"] <= t["tbt_ms"] and figures["cls"] <= t["cls"]
            and figures["accessibility"] >= t["accessibility"])


def measure(folder: Path, pages: list[str], port: int, keep: Path | None = None) -> dict[str, dict]:
    """{page: figures}, pages measured one after another (the machine's cores are shared)."""
    results = {}
    with serving(folder, port) as base:
        for page in pages:
            try:
                results[page] = lighthouse(base + page, keep)
            except RuntimeError as error:  # one page Lighthouse could not load is reported, the others still run
                results[page] = {"error": str(error)}
            print(f"    {line(page, results[page])}", flush=True)
    return results


def line(page: str, f: dict) -> str:
    if "error" in f:
        return f"{page:<32} FAILED: {f['error']}"
    return (f"{page:<32} perf {f['performance']:3d}  FCP {f['fcp_ms'] / 1000:4.1f} s  LCP {f['lcp_ms'] / 1000:4.1f} s  "
            f"TBT {f['tbt_ms']:5.0f} ms  CLS {f['cls']:.3f}  a11y {f['accessibility']:3d}  "
            f"{f['bytes'] / 1024:6.0f} KB  [{'ok' if meets(f) else 'OVER'}]")


def site_pages(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.glob("**/*.html") if "_static" not in p.parts)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--site", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--keep", type=Path, help="folder to keep each page's full Lighthouse report in")
    args = parser.parse_args(argv)
    results = measure(args.site, args.pages or site_pages(args.site), args.port, args.keep)
    return 0 if all(meets(f) for f in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
