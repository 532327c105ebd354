"""Serves a built dist/ on a loopback port the way a real static host does, for Lighthouse.

    python scripts/lighthouse_serve.py DIST [--port 0] [--port-file FILE]

What a host is expected to do and this server does, so that Lighthouse measures the site and not
the server: the right MIME types (`.wasm` as application/wasm, which streaming compilation
needs), gzip for text and wasm when the browser asks for it, a year's immutable cache for the
Trunk-hashed files and revalidation for everything else, 404 for what is not there. It speaks
HTTP/1.1 with keep-alive; HTTP/2 needs TLS, which a loopback test server has no use for.

Only the standard library. It binds 127.0.0.1 alone; port 0 picks a free port, which is written
to --port-file (if given) once the server listens.
"""

import argparse
import gzip
import http.server
import os
import re
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".csv": "text/csv; charset=utf-8",
    ".woff2": "font/woff2",
}
# Worth compressing: text and wasm. Images and fonts are compressed already.
COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".wasm", ".svg", ".txt", ".xml", ".csv"}
# Trunk's file hashes: name-0123456789abcdef.ext or name-0123456789abcdef_bg.wasm.
HASHED = re.compile(r"-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root: Path = Path(".")
    quiet = True
    # (path, mtime_ns) -> gzip bytes, so each file is compressed once.
    gz_cache: dict = {}
    gz_lock = threading.Lock()

    def version_string(self):
        return "awc-lighthouse-serve"

    def log_message(self, fmt, *args):
        if not self.quiet:
            super().log_message(fmt, *args)

    def resolve(self):
        path = unquote(urlsplit(self.path).path)
        if path.endswith("/"):
            path += "index.html"
        candidate = (self.root / path.lstrip("/")).resolve()
        if self.root not in candidate.parents and candidate != self.root:
            return None
        return candidate if candidate.is_file() else None

    def gzipped(self, file: Path, data: bytes) -> bytes:
        key = (str(file), file.stat().st_mtime_ns)
        with self.gz_lock:
            cached = self.gz_cache.get(key)
        if cached is None:
            # Level 6 is what nginx and most CDNs use for gzip.
            cached = gzip.compress(data, compresslevel=6, mtime=0)
            with self.gz_lock:
                self.gz_cache[key] = cached
        return cached

    def respond(self, with_body: bool):
        file = self.resolve()
        if file is None:
            body = b"Not found\n"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)
            return
        suffix = file.suffix.lower()
        data = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(suffix, "application/octet-stream"))
        if HASHED.search(file.name):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        if suffix in COMPRESSIBLE:
            self.send_header("Vary", "Accept-Encoding")
            accepted = self.headers.get("Accept-Encoding", "")
            if "gzip" in [part.split(";")[0].strip() for part in accepted.split(",")]:
                data = self.gzipped(file, data)
                self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if with_body:
            self.wfile.write(data)

    def do_GET(self):
        self.respond(True)

    def do_HEAD(self):
        self.respond(False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", type=Path)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", type=Path)
    parser.add_argument("--log", action="store_true", help="log every request to stderr")
    args = parser.parse_args()
    root = args.dist.resolve()
    if not (root / "index.html").is_file():
        print(f"lighthouse_serve: {root}/index.html is missing", file=sys.stderr)
        return 2
    Handler.root = root
    Handler.quiet = not args.log
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    port = server.server_address[1]
    if args.port_file:
        tmp = args.port_file.with_suffix(".tmp")
        tmp.write_text(f"{port}\n")
        os.replace(tmp, args.port_file)
    print(f"lighthouse_serve: {root} at http://127.0.0.1:{port}/", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
