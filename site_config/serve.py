"""A tiny static file server for the built site, with the MIME types Pyodide needs.

Command line (the Makefile's ``serve`` target)::

    python -m site_config.serve --host 127.0.0.1 --port 8000 site

From tests::

    base_url, stop = start_in_thread(Path("site"))  # free port on 127.0.0.1
    ...
    stop()

Precompressed files: when the build wrote ``name.br`` / ``name.gz`` next to ``name``
(site_config/hooks/offline.py) and the request's ``Accept-Encoding`` allows it, that file is
sent with ``Content-Encoding`` and the type of ``name``, plus ``Vary: Accept-Encoding``.
Every file, precompressed or not, carries an ``ETag`` (per representation: the brotli, gzip
and plain bytes of one URL have different tags) and ``Last-Modified``, and a conditional
request (``If-None-Match``, else ``If-Modified-Since``) for an unchanged representation is
answered ``304 Not Modified`` without a body, as a host answers a browser's or a service
worker's revalidation.
``--csp-header`` (``csp_header=True`` from Python) adds the headers a host should send
(site_config/maintainers/hosting.md): the Content-Security-Policy of the request's path
(``frame-ancestors *``
for the embed pages only, matched after normalising the path) and
``X-Content-Type-Options: nosniff``; see ``site_config.csp.security_headers``.
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import http.server
import os
import threading
from collections.abc import Callable, Mapping
from datetime import UTC
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

MIME_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".whl": "application/octet-stream",
    ".zip": "application/zip",
    ".ics": "text/calendar; charset=utf-8",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/gzip",
}


#: Precompressed siblings, in order of preference: (suffix, Content-Encoding).
PRECOMPRESSED: tuple[tuple[str, str], ...] = ((".br", "br"), (".gz", "gzip"))


def accepted_encodings(header: str | None) -> set[str]:
    """Codings the client accepts (``q=0`` excluded), from an Accept-Encoding header."""
    accepted = set()
    for part in (header or "").split(","):
        coding, _, params = part.strip().partition(";")
        q = params.strip().removeprefix("q=").strip() if params.strip().startswith("q=") else "1"
        try:
            weight = float(q)
        except ValueError:
            weight = 1.0
        if coding and weight > 0:
            accepted.add(coding.strip().lower())
    return accepted


def etag(mtime_ns: int, size: int, coding: str | None) -> str:
    """A strong validator of one representation: modification time, size and coding."""
    return f'"{mtime_ns:x}-{size:x}{"-" + coding if coding else ""}"'


def not_modified(headers: Any, tag: str, mtime: float) -> bool:
    """True when a conditional GET may be answered 304 (RFC 9110, 13.1.2 and 13.2.2):
    ``If-None-Match`` decides when present (weak comparison), else ``If-Modified-Since``."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or tag in tags
    since = headers.get("If-Modified-Since")
    if not since:
        return False
    try:
        when = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError, OverflowError):
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(mtime) <= when.timestamp()


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves one directory with fixed MIME types; quiet unless ``verbose``."""

    # Typeshed declares extensions_map an instance variable, so no ClassVar (mypy); it is
    # never mutated, only read through self.
    extensions_map: dict[str, str] = {  # noqa: RUF012
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **MIME_TYPES,
    }
    verbose = False
    extra_headers: ClassVar[Mapping[str, str]] = {}
    csp_header = False  # send the headers a host should send (site_config/csp.py)

    def send_head(self) -> Any:
        """Like the stock handler, but prefer a precompressed sibling the client accepts, and
        answer conditional requests for every file (the stock handler knows no ETag)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path) and urlsplit(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path) or path.endswith((".br", ".gz")):
            return super().send_head()  # redirects, listings, 404s and the .gz files as such
        accepted = accepted_encodings(self.headers.get("Accept-Encoding"))
        for suffix, coding in PRECOMPRESSED:
            if coding in accepted and os.path.isfile(path + suffix):
                return self._send_file(path, path + suffix, coding)
        return self._send_file(path, path, None)

    def _send_file(self, path: str, body: str, coding: str | None) -> Any:
        """Send ``body`` (``path`` itself or its precompressed sibling) as ``path``."""
        try:
            handle = open(body, "rb")  # noqa: SIM115 (closed by the caller, copyfile)
        except OSError:
            return super().send_head()
        try:
            stat = os.fstat(handle.fileno())
            tag = etag(stat.st_mtime_ns, stat.st_size, coding)
            modified = self.date_time_string(int(stat.st_mtime))
            if not_modified(self.headers, tag, stat.st_mtime):
                handle.close()
                self.send_response(304)
                self.send_header("ETag", tag)
                self.send_header("Last-Modified", modified)
                self.end_headers()
                return None
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            if coding:
                self.send_header("Content-Encoding", coding)
            self.send_header("Content-Length", str(stat.st_size))
            self.send_header("ETag", tag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            return handle
        except BaseException:
            handle.close()
            raise

    def end_headers(self) -> None:
        self.send_header("Vary", "Accept-Encoding")
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        if self.csp_header:
            from site_config.csp import security_headers

            for name, value in security_headers(self.path).items():
                self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        if self.verbose:
            super().log_message(format, *args)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser or test that closes the connection early is not an error."""
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def make_server(
    directory: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    verbose: bool = False,
    headers: Mapping[str, str] | None = None,
    csp_header: bool = False,
) -> Server:
    """A server for ``directory`` on host:port (port 0: a free port); ``headers`` are added
    to every response; ``csp_header`` sends the headers of site_config/csp.py per path."""
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory} is not a directory (run `make build` first)")
    handler = functools.partial(
        type(
            "SiteHandler",
            (Handler,),
            {"verbose": verbose, "csp_header": csp_header, "extra_headers": dict(headers or {})},
        ),
        directory=str(directory),
    )
    return Server((host, port), handler)


def start_in_thread(
    directory: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    headers: Mapping[str, str] | None = None,
    csp_header: bool = False,
) -> tuple[str, Callable[[], None]]:
    """Serve ``directory`` in a daemon thread (port 0: a free port); return (base URL, stop)."""
    server = make_server(directory, host, port, headers=headers, csp_header=csp_header)
    thread = threading.Thread(target=server.serve_forever, name="spoorwijzer-serve", daemon=True)
    thread.start()
    port = server.server_address[1]

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return f"http://{host}:{port}/", stop


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the built Spoorwijzer site.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--csp-header",
        action="store_true",
        help="send the headers a host should send: Content-Security-Policy per path and "
        "X-Content-Type-Options (site_config/csp.py)",
    )
    parser.add_argument("directory", type=Path, nargs="?", default=Path("site"))
    args = parser.parse_args(argv)
    server = make_server(
        args.directory, args.host, args.port, verbose=True, csp_header=args.csp_header
    )
    host, port = server.server_address[:2]
    if isinstance(host, bytes):  # typeshed allows bytes; an AF_INET server gives str
        host = host.decode()
    print(f"Serving {args.directory} on http://{host}:{port}/ (Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
