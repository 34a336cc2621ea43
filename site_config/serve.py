"""A tiny static file server for the built site, with the MIME types Pyodide needs.

Command line (the Makefile's ``serve`` target)::

    python -m site_config.serve --host 127.0.0.1 --port 8000 site

From tests::

    base_url, stop = start_in_thread(Path("site"))  # free port on 127.0.0.1
    ...
    stop()
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from collections.abc import Callable
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


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves one directory with fixed MIME types; quiet unless ``verbose``."""

    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **MIME_TYPES,
    }
    verbose = False

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


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 0,
                verbose: bool = False) -> Server:
    """A server for ``directory`` on host:port (port 0: a free port)."""
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory} is not a directory (run `make build` first)")
    handler = functools.partial(
        type("SiteHandler", (Handler,), {"verbose": verbose}), directory=str(directory)
    )
    return Server((host, port), handler)


def start_in_thread(directory: Path, host: str = "127.0.0.1") -> tuple[str, Callable[[], None]]:
    """Serve ``directory`` on a free port in a daemon thread; return (base URL, stop)."""
    server = make_server(directory, host)
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
    parser.add_argument("directory", type=Path, nargs="?", default=Path("site"))
    args = parser.parse_args(argv)
    server = make_server(args.directory, args.host, args.port, verbose=True)
    host, port = server.server_address[:2]
    print(f"Serving {args.directory} on http://{host}:{port}/ (Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
