"""Build output of the offline hook: the service worker's version, its runtime list, the
precompressed files, and serve.py sending them with Content-Encoding."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Page

from site_config.hooks.offline import build_version, runtime_paths, snapshot_key
from site_config.serve import accepted_encodings, start_in_thread


def test_the_service_worker_carries_the_version_of_the_finished_build(site_dir: Path) -> None:
    sw = (site_dir / "sw.js").read_text("utf-8")
    version = json.loads((site_dir / "version.json").read_text("utf-8"))["version"]
    assert f'const VERSION = "{version}";' in sw
    assert version == build_version(site_dir)  # nothing changed the release after the hook
    found = re.search(r"const RUNTIME = (\{.*?\});", sw)
    assert found
    runtime = json.loads(found.group(1))
    assert list(runtime) == runtime_paths(site_dir)
    for path, (digest, group) in runtime.items():
        # the service worker keeps a copy from the HTTP cache only with this digest
        assert digest == hashlib.sha256((site_dir / path).read_bytes()).hexdigest(), path
        assert group in {"boot", "ics", "xlsx"}
    manifest = json.loads((site_dir / "wheels" / "manifest.json").read_text("utf-8"))
    assert runtime["pyodide/pyodide.asm.wasm"][1] == runtime["wheels/manifest.json"][1] == "boot"
    for lazy in ("ics", "xlsx"):
        assert [p for p, (_, g) in runtime.items() if g == lazy] == [
            f"wheels/{name}" for name in manifest[lazy]
        ]
    assert "__SPOORWIJZER" not in sw


def test_the_worker_names_its_snapshot_after_the_runtime(site_dir: Path) -> None:
    """A memory snapshot is only used with the runtime and wheels it was made with."""
    worker = (site_dir / "assets" / "spoorwijzer" / "worker.mjs").read_text("utf-8")
    assert f'const SNAPSHOT_KEY = "{snapshot_key(site_dir)}";' in worker
    assert "__SPOORWIJZER" not in worker


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


def _get(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:  # urllib raises for 304
        return error.code, dict(error.headers), error.read()


def test_serve_answers_revalidation_with_304_and_no_body(site_dir: Path) -> None:
    """A service worker's or browser's revalidation of a precompressed file (and of
    a plain one, and of a page) costs a 304 without a body, never the file again."""
    url, stop = start_in_thread(site_dir)
    try:
        for path, accept in (
            ("pyodide/pyodide.asm.wasm", "br, gzip"),  # the .br sibling
            ("pyodide/pyodide.asm.wasm", "gzip"),  # the .gz sibling
            ("pyodide/pyodide.asm.wasm", "identity"),  # the file itself
            ("wheels/manifest.json", "br"),  # too small to be precompressed
            ("rekenhulp/", "br"),  # a page: rekenhulp/index.html.br
        ):
            status, first, body = _get(url + path, {"Accept-Encoding": accept})
            assert status == 200 and body, path
            tag, modified = first["ETag"], first["Last-Modified"]
            for conditional in (
                {"If-None-Match": tag},
                {"If-None-Match": f'"other", W/{tag}'},
                {"If-Modified-Since": modified},
            ):
                status, headers, body = _get(url + path, {"Accept-Encoding": accept, **conditional})
                assert (status, body) == (304, b""), (path, accept, conditional)
                assert headers["ETag"] == tag
            # A validator of another representation or an older date: the whole file again.
            for stale in (
                {"If-None-Match": '"other"'},
                {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"},
            ):
                status, headers, body = _get(url + path, {"Accept-Encoding": accept, **stale})
                assert status == 200 and len(body) == int(headers["Content-Length"]) > 0
        br = _get(url + "pyodide/pyodide.asm.wasm", {"Accept-Encoding": "br"})[1]["ETag"]
        gz = _get(url + "pyodide/pyodide.asm.wasm", {"Accept-Encoding": "gzip"})[1]["ETag"]
        assert br != gz
        status, headers, _ = _get(
            url + "pyodide/pyodide.asm.wasm", {"Accept-Encoding": "gzip", "If-None-Match": br}
        )
        assert status == 200 and headers["Content-Encoding"] == "gzip"
    finally:
        stop()


@pytest.mark.browser
@pytest.mark.fresh_profile  # a first visit's boot: in the warm context it restores a snapshot
def test_the_worker_reports_progress_until_ready_and_then_answers(page: Page) -> None:
    """worker.mjs, driven directly: while it boots it posts {type: "progress", phase, loaded}
    (bytes received so far, never decreasing), so a page can base its "loading takes long"
    notice on progress instead of a fixed timer; then "ready", and calls are answered.
    Messages a page does not know are ignored by it, so old pages keep working.

    Requests too deep: 10 KB and 100 KB of nested JSON are refused with ok: false (by the
    worker, before any parsing), and the runtime still answers a normal request and an .ics
    request after them (thousands of levels used to break Pyodide for every later request)."""
    page.goto("tijdlijn/")  # any page of the site: the worker's URLs are relative to itself
    messages = page.evaluate(
        """() => new Promise((resolve, reject) => {
            const worker = new Worker(new URL("../assets/spoorwijzer/worker.mjs", location.href),
                                      {type: "module"});
            const seen = [];
            const nested = (n) => '{"case": ' + "[".repeat(n) + "]".repeat(n) + "}";
            const requests = [
                nested(5000), nested(50000),
                JSON.stringify({action: "calculate", today: "2026-11-23",
                                case: {periods: [{start: "2026-01-05"}]}}),
                JSON.stringify({action: "ics", today: "2026-11-23",
                                case: {periods: [{start: "2026-01-05"}]}}),
            ];
            worker.onerror = (event) => reject(new Error(event.message));
            worker.onmessage = ({data}) => {
                seen.push(data);
                if (data.type === "ready") {
                    requests.forEach((request, i) =>
                        worker.postMessage({id: i + 1, type: "call", request}));
                } else if (data.type === "fatal" ||
                           (data.type === "result" && data.id === requests.length)) {
                    worker.terminate();
                    resolve(seen);
                }
            };
        })"""
    )
    messages = [m for m in messages if m["type"] != "snapshot"]  # see test_site_offline.py
    types = [m["type"] for m in messages]
    assert types[-5:] == ["ready", "result", "result", "result", "result"], types
    progress = [m for m in messages[:-5] if m["type"] == "progress"]
    assert len(progress) == len(messages) - 5  # nothing else before ready
    assert progress[0]["phase"] == "download"
    assert {"download", "wheels", "python"} <= {m["phase"] for m in progress}
    loaded = [m["loaded"] for m in progress]
    assert loaded == sorted(loaded)
    assert loaded[-1] > 9_000_000  # the wasm (9.6 MB) was counted as it arrived
    answers = {m["id"]: json.loads(m["response"]) for m in messages[-4:]}
    deep, deeper, calculated, ics = (answers[i] for i in (1, 2, 3, 4))
    for refused in (deep, deeper):
        assert refused["ok"] is False
        assert [e["code"] for e in refused["errors"]] == ["bad_request"]
    assert calculated["ok"] is True
    assert ics["ok"] is True and "BEGIN:VCALENDAR" in json.dumps(ics)
