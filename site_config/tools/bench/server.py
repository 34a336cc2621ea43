"""What the bench server sent (every body byte, worker fetches included) and what each file
would weigh as brotli, so that a visit's bytes are counted on the wire, not estimated."""

from __future__ import annotations

import functools
import hashlib
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from site_config.serve import Handler, Server
from site_config.tools.bench.pages import BARE_PYODIDE_DIR


class Recorder:
    """Every response the bench server sends: path, status, body bytes."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: list[dict[str, Any]] = []

    def add(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.entries.append(entry)

    def mark(self) -> int:
        with self.lock:
            return len(self.entries)

    def since(self, mark: int) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.entries[mark:])


def start_server(
    directory: Path, recorder: Recorder, cache_control: str
) -> tuple[str, Callable[[], None]]:
    class BenchHandler(Handler):
        _code = 0
        _body = 0

        def log_request(self, code: Any = "-", size: Any = "-") -> None:
            try:
                self._code = int(code)
            except (TypeError, ValueError):
                self._code = 0

        def end_headers(self) -> None:
            if cache_control:
                self.send_header("Cache-Control", cache_control)
            super().end_headers()

        def copyfile(self, source: BinaryIO, outputfile: Any) -> None:  # type: ignore[override]
            while chunk := source.read(256 * 1024):
                outputfile.write(chunk)
                self._body += len(chunk)

        def do_GET(self) -> None:
            self._body = 0
            try:
                super().do_GET()
            finally:
                recorder.add(
                    {
                        "path": unquote(urlsplit(self.path).path),
                        "status": self._code,
                        "bytes": self._body,
                        "t": time.monotonic(),
                    }
                )

    handler = functools.partial(BenchHandler, directory=str(directory))
    server = Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="bench-serve", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return f"http://127.0.0.1:{server.server_address[1]}/", stop


class BrotliSizes:
    """brotli(quality 11) size of a served file, cached by content hash across runs."""

    def __init__(self, root: Path, cache_file: Path) -> None:
        self.root = root
        self.cache_file = cache_file
        try:
            self.cache: dict[str, int] = json.loads(cache_file.read_text("utf-8"))
        except (OSError, ValueError):
            self.cache = {}

    def file_for(self, url_path: str) -> Path | None:
        rel = url_path.lstrip("/")
        path = self.root / rel
        if path.is_dir() or url_path.endswith("/"):
            path = path / "index.html"
        return path if path.is_file() else None

    def size(self, url_path: str) -> tuple[int, int]:
        """(raw, brotli) of the file behind url_path."""
        import brotli  # type: ignore[import-untyped]

        path = self.file_for(url_path)
        if path is None:
            return 0, 0
        data = path.read_bytes()
        key = hashlib.sha256(data).hexdigest()
        if key not in self.cache:
            self.cache[key] = len(brotli.compress(data, quality=11))
        return len(data), self.cache[key]

    def save(self) -> None:
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            self.cache_file.write_text(json.dumps(self.cache), "utf-8")
        except OSError:
            pass


def page_bytes(requests: list[dict[str, Any]], sizes: BrotliSizes) -> dict[str, Any]:
    """Per file of a visit: bytes sent, how many times it was sent with a body ("fetches",
    status 200) and how many revalidations were answered 304 without one."""
    files: dict[str, dict[str, Any]] = {}
    for r in requests:
        if r["status"] not in (200, 304):
            continue
        entry = files.setdefault(
            r["path"], {"path": r["path"], "raw": 0, "fetches": 0, "revalidated": 0}
        )
        if r["status"] == 200:
            entry["raw"] += r["bytes"]
            entry["fetches"] += 1
        else:
            entry["revalidated"] += 1
    for entry in files.values():
        raw_file, br = sizes.size(entry["path"])
        entry["brotli"] = br * entry["fetches"] if raw_file else entry["raw"]
    listed = sorted(files.values(), key=lambda e: (-e["raw"], e["path"]))
    pyodide = [
        e
        for e in listed
        if e["path"].startswith(("/pyodide/", "/wheels/", f"/{BARE_PYODIDE_DIR}/"))
    ]
    return {
        "requests": len(requests),
        "not_200": sorted(
            {f"{r['status']} {r['path']}" for r in requests if r["status"] not in (200, 304)}
        ),
        "raw": sum(e["raw"] for e in listed),
        "brotli": sum(e["brotli"] for e in listed),
        "pyodide_raw": sum(e["raw"] for e in pyodide),
        "pyodide_brotli": sum(e["brotli"] for e in pyodide),
        "sent_twice": [e["path"] for e in listed if e["fetches"] > 1],
        "revalidations": sum(e["revalidated"] for e in listed),
        "files": listed,
    }
