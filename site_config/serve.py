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
``--csp-header`` (``csp_header=True`` from Python) adds the headers a host should send (the
README, "Hosting"): the Content-Security-Policy of the request's path (``frame-ancestors *``
for the embed pages only, matched after normalising the path) and
``X-Content-Type-Options: nosniff``; see ``site_config.csp.security_headers``.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar

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
        """Like the stock handler, but prefer a precompressed sibling the client accepts."""
        path = self.translate_path(self.path)
        if os.path.isfile(path) and not path.endswith((".br", ".gz")):
            accepted = accepted_encodings(self.headers.get("Accept-Encoding"))
            for suffix, coding in PRECOMPRESSED:
                packed = path + suffix
                if coding in accepted and os.path.isfile(packed):
                    return self._send_packed(path, packed, coding)
        return super().send_head()

    def _send_packed(self, path: str, packed: str, coding: str) -> Any:
        try:
            handle = open(packed, "rb")  # noqa: SIM115 (closed by the caller, copyfile)
        except OSError:
            return super().send_head()
        stat = os.fstat(handle.fileno())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
        self.end_headers()
        return handle

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
