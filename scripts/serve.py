"""Serve the built site on localhost as a static host serves it: over http (so search shows result summaries),
text gzip-compressed when the browser accepts it, and the site's 404 page for a missing address.

    python scripts/serve.py [--port 8000] [--dir _build/html]     (make serve [PORT=8000])

--port 0 takes any free port. The address is printed when the server is listening.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from genai_book import paths  # noqa: E402

COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")
NOT_FOUND = "404.html"


class Handler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and (path / "index.html").is_file():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the standard redirect to the folder's address with a slash
            path = path / "index.html"
        if not path.is_file():
            return self._send(Path(self.directory) / NOT_FOUND, 404)
        return self._send(path, 200)

    def _send(self, path: Path, status: int):
        if not path.is_file():
            self.send_error(status)
            return None
        body = path.read_bytes()
        kind = self.guess_type(str(path))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if "gzip" in self.headers.get("Accept-Encoding", "") and kind.startswith(COMPRESSED):
            body = gzip.compress(body, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_request(self, code="-", size="-"):
        if str(code).isdigit() and int(code) >= 400:  # misses only: a page load is dozens of requests
            super().log_request(code, size)


def server(folder: Path, port: int) -> http.server.ThreadingHTTPServer:
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=str(folder)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000, help="0: any free port")
    parser.add_argument("--dir", type=Path, default=paths.HTML, help="the site (default _build/html)")
    args = parser.parse_args(argv)
    if not (args.dir / "index.html").is_file():
        print(f"{args.dir}: no built site there (make book first)", file=sys.stderr)
        return 1
    try:
        httpd = server(args.dir, args.port)
    except OSError as error:
        print(f"port {args.port}: {error.strerror}; choose another with PORT=…", file=sys.stderr)
        return 1
    print(f"serving {args.dir} at http://127.0.0.1:{httpd.server_address[1]}/ (Ctrl+C stops)", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
