"""Build output of the offline hook: the service worker's version, its runtime list, the
precompressed files, and serve.py sending them with Content-Encoding."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

from site_config.hooks.offline import build_version, runtime_paths
from site_config.serve import accepted_encodings, start_in_thread


def test_the_service_worker_carries_the_version_of_the_finished_build(site_dir: Path) -> None:
    sw = (site_dir / "sw.js").read_text("utf-8")
    version = json.loads((site_dir / "version.json").read_text("utf-8"))["version"]
    assert f'const VERSION = "{version}";' in sw
    assert version == build_version(site_dir)  # nothing changed the release after the hook
    runtime = json.loads(re.search(r"const RUNTIME = (\[.*?\]);", sw).group(1))  # type: ignore[union-attr]
    assert runtime == runtime_paths(site_dir)
    assert all((site_dir / path).is_file() for path in runtime)
    assert "pyodide/pyodide.asm.wasm" in runtime and "wheels/manifest.json" in runtime


def test_big_assets_are_precompressed(site_dir: Path) -> None:
    wasm = site_dir / "pyodide" / "pyodide.asm.wasm"
    for suffix in (".br", ".gz"):
        packed = wasm.with_name(wasm.name + suffix)
        assert packed.is_file() and packed.stat().st_size < wasm.stat().st_size / 2


def test_serve_sends_the_precompressed_file_the_client_accepts(site_dir: Path) -> None:
    assert accepted_encodings("gzip, deflate, br;q=0") == {"gzip", "deflate"}
    url, stop = start_in_thread(site_dir)
    try:
        for accept, encoding, suffix in (
            ("br, gzip", "br", ".br"),
            ("gzip", "gzip", ".gz"),
            ("identity", None, ""),
        ):
            request = urllib.request.Request(
                url + "pyodide/pyodide.asm.wasm", headers={"Accept-Encoding": accept}
            )
            with urllib.request.urlopen(request) as response:
                body = response.read()
                assert response.headers["Content-Encoding"] == encoding
                assert response.headers["Content-Type"] == "application/wasm"
                assert "Accept-Encoding" in response.headers["Vary"]
            expected = site_dir / "pyodide" / ("pyodide.asm.wasm" + suffix)
            assert body == expected.read_bytes()
    finally:
        stop()
