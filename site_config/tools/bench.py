"""Benchmark: the calculator page (/rekenhulp/) against a bare Pyodide page.

Run after ``make build`` (``make bench`` does both)::

    .venv/bin/python -m site_config.tools.bench            # 7 interleaved runs (medians)
    .venv/bin/python -m site_config.tools.bench --quick    # 3 runs, to try it
    .venv/bin/python -m site_config.tools.bench --runs 11 --site site --out .cache/bench/latest.json

What it does, on 127.0.0.1 with Debian's Chromium (headless, the launch flags of
tests/conftest.py):

- copies the built ``site/`` to a temp dir (so a concurrent ``make build`` cannot disturb a
  run) and writes a **bare Pyodide page** next to it (``/_bench_bare/``: a tiny HTML page and
  a module worker that only do ``loadPyodide()`` and one ``print``) using the same pinned
  runtime as published in ``node_modules/pyodide`` (``/_bench_pyodide/``: the site's
  ``pyodide/`` files, but the full ``python_stdlib.zip``, not the site's trimmed one),
  served by the same server; and the **site's own runtime** booted the same bare way
  (``/_bench_own/``: ``pyodide/`` as the site ships it), the floor the page is held against;
- per run, interleaved (ours, bare, own, ours, bare, own, ...):
  * boot cold: a fresh Chromium profile, navigation -> "calculator ready"
    (our page: ``[data-rekenhulp][data-state="ready"]``, set by rekenhulp.js when the worker
    says ``ready``; bare page: the same attribute, set when its worker has printed);
  * boot warm: the same profile again (browser closed and relaunched: a second visit with
    the HTTP cache and V8's code cache on disk);
  * the longest main-thread task during boot (PerformanceObserver ``longtask``, which only
    reports tasks of 50 ms or more, and ``long-animation-frame``), injected before any page
    script with ``add_init_script``;
  * "Bereken" -> result on screen: a warm visit, the first sick day typed while the runtime
    loads, wait for ready, then the time from the click's event timestamp to the first frame
    after the first ``[data-milestone]`` became visible (rAF + setTimeout 0);
  * deep link ``/rekenhulp/#v=1&ziek=2026-01-05`` -> first result on screen, cold and warm;
  * inside the calculator's worker: when each phase of its boot was reached (its User Timing
    marks, put on the page's clock), cold and warm;
- bytes: the server counts every body byte it sends (worker fetches included); a cold visit
  of a content page (/spoor-1-en-2/), of the calculator page and of the bare page; each
  fetched file is also compressed with brotli (quality 11) to show what it would weigh with
  brotli on the wire (wasm compresses about 3.4x; npm's deflated stdlib zip hardly at all,
  the site's trimmed, stored one about 6.8x).

The server sends ``Cache-Control: no-cache`` by default (every warm request is revalidated
and answered 304), so that "warm" does not depend on Chromium's heuristic freshness of the
build's Last-Modified times; ``--cache-control "max-age=31536000, immutable"`` shows a host
with long caching. Both pages get the same header.

Output: a table on stdout and JSON in .cache/bench/latest.json (gitignored). The whole run
is bounded: every wait has a timeout, and ``--max-minutes`` (default 30) kills a stuck run.
"""

from __future__ import annotations

import argparse
import faulthandler
import functools
import hashlib
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from site_config.hooks.offline import runtime_paths
from site_config.serve import Handler, Server
from site_config.tools.chromium import CHROMIUM_FLAGS, executable

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / ".cache" / "bench" / "latest.json"
BROTLI_CACHE = ROOT / ".cache" / "bench" / "brotli-cache.json"

CALC_PATH = "rekenhulp/"
CONTENT_PATH = "spoor-1-en-2/"
DEEP_LINK = "rekenhulp/#v=1&ziek=2026-01-05"
BARE_DIR = "_bench_bare"
WHEELS_DIR = "_bench_wheels"
OWN_DIR = "_bench_own"
#: The bare page's runtime: the pinned npm package as published (full python_stdlib.zip),
#: not the site's pyodide/ (whose stdlib zip the build trims, site_config/stdlib_trim.py).
BARE_PYODIDE_DIR = "_bench_pyodide"
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
TODAY = "2026-11-23"

#: Timeouts (ms): a cold boot on a 2-core machine takes ~3 s; leave a lot of room.
BOOT_TIMEOUT_MS = 60_000
RESULT_TIMEOUT_MS = 30_000
NAV_TIMEOUT_MS = 30_000

#: The slow phone: Chromium's CPU throttle and DevTools' "Fast 3G" network profile
#: (now called "Slow 4G": 1.6 Mbit/s down and 750 kbit/s up, both x 0.9, 150 ms x 3.75 RTT).
SLOW_CPU_RATE = 4
SLOW_NETWORK = {
    "offline": False,
    "latency": 562.5,
    "downloadThroughput": 1.6e6 / 8 * 0.9,
    "uploadThroughput": 750e3 / 8 * 0.9,
}
SLOW_TIMEOUT_MS = 240_000

#: The targets each figure is reported against.
TARGET_DEEPLINK_OVER_BARE_MS = 150.0
TARGET_RATIO = 1.10
TARGET_BEREKEN_MS = 100.0
TARGET_LONGTASK_MS = 50.0  # no main-thread task over 50 ms during boot (the longest of all runs)
TARGET_CALC_BROTLI = 4_000_000
TARGET_STRETCH_WARM = 0.25  # warm against stock Pyodide's warm
TARGET_OVER_OWN_RUNTIME = 1.15  # cold, the page against its own runtime booted bare

BARE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare Pyodide</title></head>
<body><p id="bare" data-bare>Loading Pyodide…</p>
<script type="module" src="main.mjs"></script></body></html>
"""

BARE_MAIN = """// Bare Pyodide baseline: start a module worker, mark ready like rekenhulp.js does.
const el = document.getElementById("bare");
const worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
worker.addEventListener("message", (event) => {
  if (event.data && event.data.type === "ready") {
    el.textContent = "ready: " + event.data.out;
    el.dataset.state = "ready";
  }
});
"""

#: Diagnostic third condition: the bare page on the site's own runtime (``pyodide/``, with the
#: trimmed standard library compiled to bytecode) plus exactly what our worker adds in Python
#: (fetch the manifest and the boot wheels, unpackArchive, import calculator.boundary), but
#: none of the page around it (Material theme, search worker, rekenhulp.js).
WHEELS_WORKER = """// Our runtime + our wheels: what worker.mjs does, without our page.
const PYODIDE_URL = new URL("../pyodide/", import.meta.url);
const WHEELS_URL = new URL("../wheels/", import.meta.url);
const [{ loadPyodide }, manifestResponse] = await Promise.all([
  import(new URL("pyodide.mjs", PYODIDE_URL).href),
  fetch(new URL("manifest.json", WHEELS_URL)),
]);
const manifest = await manifestResponse.json();
let out = "";
const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href, stdout: (s) => { out += s; } });
const blobs = await Promise.all((manifest.boot || []).map(async (name) =>
  new Uint8Array(await (await fetch(new URL(name, WHEELS_URL))).arrayBuffer())));
for (const bytes of blobs) pyodide.unpackArchive(bytes, "wheel");
pyodide.pyimport("calculator.boundary");
pyodide.runPython("print('hello from bare Pyodide + wheels')");
self.postMessage({ type: "ready", out });
"""

#: The page's own runtime (``pyodide/``: trimmed, bytecode standard library) booted by a worker
#: that only calls ``loadPyodide()``: the floor the calculator page is measured against.
OWN_WORKER = """// The site's own runtime, bare: loadPyodide() and one print.
const PYODIDE_URL = new URL("../pyodide/", import.meta.url);
const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE_URL).href);
let out = "";
const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href, stdout: (s) => { out += s; } });
pyodide.runPython("print('hello from our own runtime')");
self.postMessage({ type: "ready", out });
"""

#: The calculator worker's User Timing marks (``spoorwijzer:<phase>``, set by worker.mjs) and its
#: clock's origin, so that each phase can be put on the page's clock (ms since navigation).
WORKER_MARKS = """() => ({
  origin: performance.timeOrigin,
  marks: performance.getEntriesByType("mark").filter((m) => m.name.startsWith("spoorwijzer:"))
    .map((m) => [m.name.slice("spoorwijzer:".length), m.startTime]),
})"""

#: The worker's phases in the order a boot passes them (a restore: found → snapshot-read →
#: snapshot-opened → loaded; a normal boot: found → loaded → … → snapshot).
PHASES = (
    "worker",
    "start",
    "pyodide.mjs",
    "found",
    "snapshot-read",
    "snapshot-opened",
    "loaded",
    "wheels",
    "imported",
    "checked",
    "snapshot",
    "ready",
)

BARE_WORKER = """// Bare Pyodide baseline worker: loadPyodide() and one print, nothing else.
const PYODIDE_URL = new URL("../_bench_pyodide/", import.meta.url);
const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE_URL).href);
let out = "";
const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href, stdout: (s) => { out += s; } });
pyodide.runPython("print('hello from bare Pyodide')");
self.postMessage({ type: "ready", out });
"""

#: Injected before any page script (main frame only).
PROBE = """(() => {
  if (window.top !== window || window.__bench) return;
  const b = window.__bench = {ready: null, milestoneDom: null, milestonePaint: null,
                              click: null, clickNow: null, slow: null, longtasks: [], loaf: [],
                              errors: []};
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({type: "longtask", buffered: true});
  } catch (e) { b.errors.push("longtask: " + e); }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = (e.scripts || []).map((x) => (`${Math.round(x.duration)} ms`
          + ` ${x.invokerType} ${x.invoker} ${x.sourceURL} ${x.sourceFunctionName || ""}`).trim());
        b.loaf.push([e.startTime, e.duration, e.blockingDuration, scripts]);
      }
    }).observe({type: "long-animation-frame", buffered: true});
  } catch (e) { b.errors.push("loaf: " + e); }
  const check = () => {
    if (b.ready === null && document.querySelector('[data-state="ready"]')) {
      b.ready = performance.now();
    }
    if (b.slow === null && b.ready === null) {  // the "loading takes long" notice
      const notice = document.querySelector(".rh-fallback");
      if (notice && !notice.hidden) b.slow = performance.now();
    }
    if (b.milestoneDom === null) {
      const m = document.querySelector("[data-milestone]");
      if (m && m !== b.oldMilestone && (!m.checkVisibility || m.checkVisibility())) {
        b.milestoneDom = performance.now();
        requestAnimationFrame(() => setTimeout(() => { b.milestonePaint = performance.now(); }, 0));
      }
    }
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true,
                                                 attributeFilter: ["data-state", "hidden"]});
  addEventListener("click", (e) => {
    const button = e.target && e.target.closest && e.target.closest('button[type="submit"]');
    if (b.click === null && button) {
      b.click = e.timeStamp; b.clickNow = performance.now();
    }
  }, true);
})();
"""


#: True once the service worker's cache holds every URL path of the argument.
SW_HOLDS = """async (paths) => {
  if (!("caches" in self)) return false;
  const have = new Set();
  for (const name of await caches.keys()) {
    for (const r of await (await caches.open(name)).keys()) have.add(new URL(r.url).pathname);
  }
  return paths.every((p) => have.has(p));
}"""

#: True once the calculator's worker has kept its memory snapshot (worker.mjs).
SW_SNAPSHOT = """async () => {
  for (const name of await caches.keys()) {
    for (const r of await (await caches.open(name)).keys()) {
      if (new URL(r.url).pathname.startsWith("/.snapshot/")) return true;
    }
  }
  return false;
}"""

#: Resolves once the service worker has done the work of earlier messages (sw.js "idle").
SW_IDLE = """() => navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(true);
  registration.active.postMessage({type: "idle"}, [channel.port2]);
  setTimeout(() => resolve(false), 20000);
}))"""


# ----- server that counts bytes --------------------------------------------------------------


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


# ----- browser ------------------------------------------------------------------------------


class Bench:
    def __init__(
        self, pw: Any, base: str, recorder: Recorder, tmp: Path, headless: bool = True
    ) -> None:
        self.pw = pw
        self.base = base
        self.recorder = recorder
        self.tmp = tmp
        self.headless = headless
        self.executable = executable()
        self.profiles = 0
        self.browser_version = ""
        self.boot_runtime: list[str] = []  # URL paths the service worker keeps (settle)

    def new_profile(self) -> Path:
        self.profiles += 1
        path = self.tmp / f"profile-{self.profiles}"
        path.mkdir()
        return path

    @contextmanager
    def page(self, profile: Path, throttle: dict[str, Any] | None = None) -> Iterator[Any]:
        """A page in a browser on ``profile``; ``throttle``: {"cpu": rate, "network": CDP
        Network.emulateNetworkConditions}, set through CDP before the first navigation."""
        context = self.pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=self.executable,
            headless=self.headless,
            args=CHROMIUM_FLAGS,
            timeout=NAV_TIMEOUT_MS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            context.set_default_timeout(NAV_TIMEOUT_MS)
            context.add_init_script(PROBE)
            context.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
            if not self.browser_version and context.browser is not None:
                self.browser_version = context.browser.version
            page = context.pages[0] if context.pages else context.new_page()
            if throttle:
                cdp = context.new_cdp_session(page)
                if throttle.get("cpu"):
                    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle["cpu"]})
                if throttle.get("network"):
                    cdp.send("Network.enable")
                    cdp.send("Network.emulateNetworkConditions", throttle["network"])
            yield page
        finally:
            context.close()

    def probe(self, page: Any) -> dict[str, Any]:
        # (an Element, like b.oldMilestone, serializes as {})
        return dict(page.evaluate("() => JSON.parse(JSON.stringify(window.__bench))"))

    def boot(
        self, profile: Path, path: str, linger_ms: int = 300, settle: bool = False
    ) -> dict[str, Any]:
        """Navigate, wait for ready; ready time, long tasks, bytes fetched.

        ``linger_ms``: how long the visitor stays after ready before the browser closes. A
        first visit lingers (``--linger``) so that Chromium can write V8's code cache of the
        wasm (it does so after tier-up), as it would for a real visitor; otherwise warm
        visits randomly find a code cache or not.
        """
        mark = self.recorder.mark()
        with self.page(profile) as page:
            page.goto(self.base + path, wait_until="commit", timeout=NAV_TIMEOUT_MS)
            page.wait_for_function(
                "() => window.__bench && window.__bench.ready !== null",
                timeout=BOOT_TIMEOUT_MS,
                polling=50,
            )
            page.wait_for_timeout(300)  # let trailing requests and long-task entries land
            probe = self.probe(page)
            phases = worker_phases(page)
            page.wait_for_timeout(max(0, linger_ms - 300))
            if settle:
                self.settle(page)
        return summarize_boot(probe, self.recorder.since(mark)) | {"phases": phases}

    def settle(self, page: Any, timeout_s: float = 30) -> bool:
        """Wait (bounded) until the service worker holds the calculator's boot runtime and has
        done what the page asked of it, so that a cold visit's bytes are all counted, and the
        worker has kept its memory snapshot (a visitor who stays a few seconds)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if page.evaluate(SW_HOLDS, self.boot_runtime) is True:
                break
            page.wait_for_timeout(250)
        else:
            return False
        page.evaluate(SW_IDLE)
        # and the worker's memory snapshot, made once the calculator was ready (worker.mjs)
        while time.monotonic() < deadline:
            if page.evaluate(SW_SNAPSHOT) is True:
                return True
            page.wait_for_timeout(250)
        return False

    def bereken(self, profile: Path) -> dict[str, Any]:
        """Type while loading, wait for ready, click -> first milestone on screen."""
        with self.page(profile) as page:
            page.goto(self.base + CALC_PATH, wait_until="commit", timeout=NAV_TIMEOUT_MS)
            group = page.get_by_role("group", name="Eerste ziektedag", exact=True)
            group.get_by_label("Dag", exact=True).fill("5", timeout=NAV_TIMEOUT_MS)
            group.get_by_label("Maand", exact=True).fill("1")
            group.get_by_label("Jaar", exact=True).fill("2026")
            typed = page.evaluate("() => performance.now()")
            page.wait_for_function(
                "() => window.__bench.ready !== null", timeout=BOOT_TIMEOUT_MS, polling=50
            )
            page.wait_for_timeout(200)
            page.get_by_role("button", name="Bereken de termijnen").click(timeout=NAV_TIMEOUT_MS)
            page.wait_for_function(
                "() => window.__bench.milestonePaint !== null",
                timeout=RESULT_TIMEOUT_MS,
                polling=20,
            )
            probe = self.probe(page)
            count = page.locator("[data-milestone]").count()
            # A second calculation (another day): Python's modules are imported by now.
            page.wait_for_timeout(300)
            page.evaluate(
                "() => { const b = window.__bench;"
                " b.oldMilestone = document.querySelector('[data-milestone]');"
                " b.click = b.clickNow = b.milestoneDom = b.milestonePaint = null; }"
            )
            group.get_by_label("Dag", exact=True).fill("6")
            page.get_by_role("button", name="Bereken de termijnen").click(timeout=NAV_TIMEOUT_MS)
            page.wait_for_function(
                "() => window.__bench.milestonePaint !== null",
                timeout=RESULT_TIMEOUT_MS,
                polling=20,
            )
            again = self.probe(page)
        click = probe["click"]
        return {
            "typed_before_ready": typed < probe["ready"],
            "ready_ms": probe["ready"],
            "click_to_dom_ms": probe["milestoneDom"] - click,
            "click_to_screen_ms": probe["milestonePaint"] - click,
            "again_click_to_screen_ms": again["milestonePaint"] - again["click"],
            "milestones": count,
        }

    def deep_link(self, profile: Path, linger_ms: int = 0) -> dict[str, Any]:
        with self.page(profile) as page:
            page.goto(self.base + DEEP_LINK, wait_until="commit", timeout=NAV_TIMEOUT_MS)
            page.wait_for_function(
                "() => window.__bench && window.__bench.milestonePaint !== null",
                timeout=BOOT_TIMEOUT_MS,
                polling=50,
            )
            probe = self.probe(page)
            page.wait_for_timeout(linger_ms)
            if linger_ms:
                self.settle(page)
        return {
            "ready_ms": probe["ready"],
            "dom_ms": probe["milestoneDom"],
            "screen_ms": probe["milestonePaint"],
        }

    def slow_phone(self, path: str, deep_link: bool) -> dict[str, Any]:
        """A cold visit under the slow-phone throttling (fresh profile): ready, the first result
        of a deep link, and when the "loading takes long" notice appeared (if it did)."""
        throttle = {"cpu": SLOW_CPU_RATE, "network": SLOW_NETWORK}
        with self.page(self.new_profile(), throttle) as page:
            page.goto(self.base + path, wait_until="commit", timeout=NAV_TIMEOUT_MS)
            done = "milestonePaint" if deep_link else "ready"
            page.wait_for_function(
                f"() => window.__bench && window.__bench.{done} !== null",
                timeout=SLOW_TIMEOUT_MS,
                polling=100,
            )
            probe = self.probe(page)
        return {
            "ready_ms": probe["ready"],
            "screen_ms": probe["milestonePaint"],
            "slow_notice_ms": probe["slow"],
        }

    def cpu_only(self, path: str) -> float:
        """Ready of a cold visit with only the CPU throttled: shows whether Chromium's CPU
        throttle reaches the Web Worker (compare with the unthrottled cold boot)."""
        with self.page(self.new_profile(), {"cpu": SLOW_CPU_RATE}) as page:
            page.goto(self.base + path, wait_until="commit", timeout=NAV_TIMEOUT_MS)
            page.wait_for_function(
                "() => window.__bench && window.__bench.ready !== null",
                timeout=SLOW_TIMEOUT_MS,
                polling=100,
            )
            return float(self.probe(page)["ready"])

    def content(self, profile: Path, path: str) -> list[dict[str, Any]]:
        mark = self.recorder.mark()
        with self.page(profile) as page:
            page.goto(self.base + path, wait_until="load", timeout=NAV_TIMEOUT_MS)
            # A page that keeps polling still gets counted after 10 s.
            with suppress(Exception):
                page.wait_for_load_state("networkidle", timeout=10_000)
            page.wait_for_timeout(500)
        return self.recorder.since(mark)


def worker_phases(page: Any) -> dict[str, float]:
    """When each boot phase of the calculator's worker was reached, in ms since the page's
    navigation ("worker": when the worker's clock started); {} on a page without it."""
    try:
        origin = float(page.evaluate("() => performance.timeOrigin"))
        for worker in page.workers:
            if urlsplit(worker.url).path.endswith("/spoorwijzer/worker.mjs"):
                seen = worker.evaluate(WORKER_MARKS)
                offset = float(seen["origin"]) - origin
                marks = {name: round(offset + float(t), 1) for name, t in seen["marks"]}
                return {"worker": round(offset, 1), **marks}
    except Exception as error:  # a worker that ended; the phases are a diagnosis, not a result
        log(f"bench: no worker phases ({error})")
    return {}


def phase_stats(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per phase of the worker, its median time since navigation over the runs that reached it."""
    return {
        phase: stats([r["phases"][phase] for r in runs if phase in r.get("phases", {})])
        for phase in PHASES
    }


def render_phases(summary: dict[str, Any]) -> str:
    """The worker's phases, cold and warm, as a small table (median ms since navigation)."""
    rows = [["Inside the calculator's worker (ms since navigation)", "cold", "warm"]]
    cold, warm = summary["ours_cold_phases"], summary["ours_warm_phases"]
    for phase in PHASES:
        if cold[phase]["median"] is None and warm[phase]["median"] is None:
            continue
        rows.append([phase, fmt_ms(cold[phase]), fmt_ms(warm[phase])])
    return render_table(rows)


def summarize_boot(probe: dict[str, Any], requests: list[dict[str, Any]]) -> dict[str, Any]:
    ready = float(probe["ready"])
    tasks = [d for start, d in probe["longtasks"] if start <= ready]
    frames = [
        (d, blocking, scripts) for start, d, blocking, scripts in probe["loaf"] if start <= ready
    ]
    worst = max(frames, key=lambda f: f[0], default=None)
    return {
        "ready_ms": ready,
        "longest_task_ms": max(tasks, default=0.0),
        "longtasks": len(tasks),
        "longest_loaf_ms": worst[0] if worst else 0.0,
        "longest_loaf_blocking_ms": max((f[1] for f in frames), default=0.0),
        "longest_loaf_scripts": worst[2] if worst else [],
        "requests": requests,
        "probe_errors": probe.get("errors", []),
    }


# ----- bytes --------------------------------------------------------------------------------


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


# ----- statistics and report ----------------------------------------------------------------


def stats(values: list[float]) -> dict[str, Any]:
    values = [float(v) for v in values if v is not None]
    if not values:
        return {"n": 0, "median": None, "min": None, "max": None, "values": []}
    return {
        "n": len(values),
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "values": [round(v, 1) for v in values],
    }


def machine_info(browser_version: str) -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        from importlib.metadata import version

        playwright_version = version("playwright")
    except Exception:
        playwright_version = "?"
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "chromium": browser_version,
        "playwright": playwright_version,
    }


def fmt_ms(s: dict[str, Any]) -> str:
    if not s or s.get("median") is None:
        return "n/a"
    return f"{s['median']:.0f} ms ({s['min']:.0f}–{s['max']:.0f})"


def fmt_bytes(n: float) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"


def fmt_value(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def build_report(results: dict[str, Any]) -> tuple[list[list[str]], dict[str, Any]]:
    s = results["summary"]
    rows: list[list[str]] = []
    checks: dict[str, Any] = {}

    def ratio(a: dict[str, Any], b: dict[str, Any]) -> float | None:
        if a["median"] is None or not b["median"]:
            return None
        return float(a["median"]) / float(b["median"])

    cold_ratio = ratio(s["ours_cold_ready"], s["bare_cold_ready"])
    warm_ratio = ratio(s["ours_warm_ready"], s["bare_warm_ready"])
    checks["boot_cold_ratio"] = {
        "value": cold_ratio,
        "target": f"≤ {TARGET_RATIO}",
        "pass": None if cold_ratio is None else cold_ratio <= TARGET_RATIO,
    }
    checks["boot_warm_ratio"] = {
        "value": warm_ratio,
        "target": f"≤ {TARGET_RATIO}",
        "pass": None if warm_ratio is None else warm_ratio <= TARGET_RATIO,
    }
    own_ratio = ratio(s["ours_cold_ready"], s["own_cold_ready"])
    checks["cold_over_own_runtime"] = {
        "value": own_ratio,
        "target": f"≤ {TARGET_OVER_OWN_RUNTIME}",
        "pass": None if own_ratio is None else own_ratio <= TARGET_OVER_OWN_RUNTIME,
    }
    checks["stretch_warm_vs_bare_warm"] = {
        "value": warm_ratio,
        "target": f"≤ {TARGET_STRETCH_WARM}",
        "pass": None if warm_ratio is None else warm_ratio <= TARGET_STRETCH_WARM,
    }
    ber = s["bereken_click_to_screen"]["median"]
    checks["bereken_to_result_ms"] = {
        "value": ber,
        "target": f"≤ {TARGET_BEREKEN_MS:.0f} ms",
        "pass": None if ber is None else ber <= TARGET_BEREKEN_MS,
    }
    lt_ours = s["ours_longest_task_all"]["max"]
    checks["longest_task_ms"] = {
        "value": lt_ours,
        "target": f"≤ {TARGET_LONGTASK_MS:.0f} ms",
        "pass": None if lt_ours is None else lt_ours <= TARGET_LONGTASK_MS,
    }
    content = results["bytes"].get("content", {})
    calc = results["bytes"].get("calculator", {})
    bare = results["bytes"].get("bare", {})
    checks["content_pyodide_bytes"] = {
        "value": content.get("pyodide_raw"),
        "target": "0",
        "pass": content.get("pyodide_raw") == 0 if content else None,
    }
    checks["every_file_once"] = {
        "value": calc.get("sent_twice"),
        "target": "no file sent twice on a cold calculator visit",
        "pass": not calc.get("sent_twice") if calc else None,
    }
    for kind in ("cold", "warm"):
        link, bare_boot = s[f"deeplink_{kind}_screen"]["median"], s[f"bare_{kind}_ready"]["median"]
        over = None if link is None or bare_boot is None else link - bare_boot
        checks[f"deeplink_{kind}_over_bare_ms"] = {
            "value": over,
            "target": f"≤ {TARGET_DEEPLINK_OVER_BARE_MS:.0f} ms",
            "pass": None if over is None else over <= TARGET_DEEPLINK_OVER_BARE_MS,
        }
    checks["calculator_brotli_bytes"] = {
        "value": calc.get("brotli"),
        "target": f"≤ {TARGET_CALC_BROTLI / 1e6:.0f} MB",
        "pass": calc.get("brotli", 1e18) <= TARGET_CALC_BROTLI if calc else None,
    }

    def lt(key: str) -> str:
        x = s[key]
        if x["median"] is None:
            return "n/a"
        tail = "none ≥ 50 ms" if x["max"] == 0 else f"max {x['max']:.0f} ms"
        return f"median {x['median']:.0f} ms, {tail}"

    rows.append(["Metric", "Ours", "Bare Pyodide", "Ours/bare", "Target", "Result"])
    rows.append(
        [
            "Boot cold: navigation → ready",
            fmt_ms(s["ours_cold_ready"]),
            fmt_ms(s["bare_cold_ready"]),
            f"{cold_ratio:.2f}" if cold_ratio else "n/a",
            f"ratio ≤ {TARGET_RATIO:.2f}",
            verdict(checks["boot_cold_ratio"]["pass"]),
        ]
    )
    rows.append(
        [
            "Boot warm (2nd visit, same profile)",
            fmt_ms(s["ours_warm_ready"]),
            fmt_ms(s["bare_warm_ready"]),
            f"{warm_ratio:.2f}" if warm_ratio else "n/a",
            f"ratio ≤ {TARGET_RATIO:.2f}",
            verdict(checks["boot_warm_ratio"]["pass"]),
        ]
    )
    rows.append(
        [
            "Boot cold against the page's own runtime, bare",
            fmt_ms(s["ours_cold_ready"]),
            fmt_ms(s["own_cold_ready"]) + " (own)",
            f"{own_ratio:.2f}" if own_ratio else "n/a",
            f"ratio ≤ {TARGET_OVER_OWN_RUNTIME:.2f}",
            verdict(checks["cold_over_own_runtime"]["pass"]),
        ]
    )
    if s["wheels_cold_ready"]["median"] is not None:
        wc = ratio(s["wheels_cold_ready"], s["bare_cold_ready"])
        ww = ratio(s["wheels_warm_ready"], s["bare_warm_ready"])
        rows.append(
            [
                "  diagnostic: our runtime + wheels, no page, cold",
                fmt_ms(s["wheels_cold_ready"]),
                fmt_ms(s["bare_cold_ready"]),
                f"{wc:.2f}" if wc else "n/a",
                "–",
                "",
            ]
        )
        rows.append(
            [
                "  diagnostic: our runtime + wheels, no page, warm",
                fmt_ms(s["wheels_warm_ready"]),
                fmt_ms(s["bare_warm_ready"]),
                f"{ww:.2f}" if ww else "n/a",
                "–",
                "",
            ]
        )
    rows.append(
        [
            "Stretch: warm ours vs warm bare",
            fmt_ms(s["ours_warm_ready"]),
            fmt_ms(s["bare_warm_ready"]),
            f"{warm_ratio:.2f}" if warm_ratio else "n/a",
            f"ratio ≤ {TARGET_STRETCH_WARM:.2f}",
            verdict(checks["stretch_warm_vs_bare_warm"]["pass"]),
        ]
    )
    rows.append(
        [
            '"Bereken" → result on screen',
            fmt_ms(s["bereken_click_to_screen"]),
            "–",
            "–",
            f"≤ {TARGET_BEREKEN_MS:.0f} ms",
            verdict(checks["bereken_to_result_ms"]["pass"]),
        ]
    )
    rows.append(["  (click → result in DOM)", fmt_ms(s["bereken_click_to_dom"]), "–", "–", "–", ""])
    rows.append(
        [
            "  (second calculation, same page)",
            fmt_ms(s["bereken_again_click_to_screen"]),
            "–",
            "–",
            "–",
            "",
        ]
    )
    for kind in ("cold", "warm"):
        over = checks[f"deeplink_{kind}_over_bare_ms"]["value"]
        rows.append(
            [
                f"Deep link → first result, {kind}",
                fmt_ms(s[f"deeplink_{kind}_screen"]),
                f"boot {fmt_ms(s[f'bare_{kind}_ready'])}",
                "n/a" if over is None else f"{over:+.0f} ms",
                f"≤ bare + {TARGET_DEEPLINK_OVER_BARE_MS:.0f} ms",
                verdict(checks[f"deeplink_{kind}_over_bare_ms"]["pass"]),
            ]
        )
    rows.append(
        [
            "Longest main-thread task, cold boot",
            lt("ours_cold_longest_task"),
            lt("bare_cold_longest_task"),
            "–",
            f"≤ {TARGET_LONGTASK_MS:.0f} ms (max)",
            verdict(checks["longest_task_ms"]["pass"]),
        ]
    )
    rows.append(
        [
            "Longest main-thread task, warm boot",
            lt("ours_warm_longest_task"),
            lt("bare_warm_longest_task"),
            "–",
            f"≤ {TARGET_LONGTASK_MS:.0f} ms (max)",
            "",
        ]
    )
    rows.append(
        [
            "Longest animation frame, cold boot",
            lt("ours_cold_loaf"),
            lt("bare_cold_loaf"),
            "–",
            "–",
            "",
        ]
    )
    if content:
        rows.append(
            [
                "Content page /" + CONTENT_PATH + ": raw / brotli",
                f"{fmt_bytes(content['raw'])} / {fmt_bytes(content['brotli'])}",
                "–",
                "–",
                "–",
                "",
            ]
        )
        rows.append(
            [
                "Content page: bytes of Pyodide",
                f"{content['pyodide_raw']} B",
                "–",
                "–",
                "0 B",
                verdict(checks["content_pyodide_bytes"]["pass"]),
            ]
        )
    if calc:
        rows.append(
            [
                "Calculator page (cold, incl. worker): raw",
                fmt_bytes(calc["raw"]),
                fmt_bytes(bare.get("raw", 0)),
                f"{calc['raw'] / bare['raw']:.2f}" if bare.get("raw") else "n/a",
                "–",
                "",
            ]
        )
        twice = calc.get("sent_twice", [])
        rows.append(
            [
                "Calculator page: files sent twice",
                f"{len(twice)} ({calc.get('revalidations', 0)} × 304)",
                "–",
                "–",
                "0",
                verdict(checks["every_file_once"]["pass"]),
            ]
        )
        rows.append(
            [
                "Calculator page: as brotli q11",
                fmt_bytes(calc["brotli"]),
                fmt_bytes(bare.get("brotli", 0)),
                f"{calc['brotli'] / bare['brotli']:.2f}" if bare.get("brotli") else "n/a",
                f"≤ {TARGET_CALC_BROTLI / 1e6:.0f} MB",
                verdict(checks["calculator_brotli_bytes"]["pass"]),
            ]
        )
    if s["slow_ours_ready"]["median"] is not None:
        label = f"Slow phone ({SLOW_CPU_RATE}× CPU, Fast 3G), cold:"
        rows.append(
            [
                f"{label} ready",
                fmt_ms(s["slow_ours_ready"]),
                fmt_ms(s["slow_bare_ready"]),
                fmt_value(ratio(s["slow_ours_ready"], s["slow_bare_ready"])),
                "report",
                "",
            ]
        )
        rows.append(
            [
                f"{label} deep link → first result",
                fmt_ms(s["slow_ours_screen"]),
                "–",
                "–",
                "report",
                "",
            ]
        )
        notices = [n for n in s["slow_notices"] if n is not None]
        checks["slow_notice_before_ready"] = {
            "value": notices,
            "target": "none",
            "pass": not notices,
        }
        rows.append(
            [
                '  "loading takes long" shown before ready',
                f"{len(notices)} of {len(s['slow_notices'])} runs"
                + (f" (at {', '.join(f'{n / 1000:.1f} s' for n in notices)})" if notices else ""),
                "–",
                "–",
                "never (runtime not stalled)",
                verdict(checks["slow_notice_before_ready"]["pass"]),
            ]
        )
        rows.append(
            [
                f"  control: bare, {SLOW_CPU_RATE}× CPU only (vs unthrottled cold)",
                fmt_ms(s["slow_bare_cpu_only_ready"]),
                fmt_ms(s["bare_cold_ready"]),
                fmt_value(ratio(s["slow_bare_cpu_only_ready"], s["bare_cold_ready"])),
                "–",
                "",
            ]
        )
    return rows, checks


def render_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if k == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def render_files(calc: dict[str, Any]) -> str:
    """Every file of the cold calculator visit: how many times it was sent, its size."""
    lines = [
        "Calculator page, cold visit, per file: times sent with a body (+ revalidations "
        "answered 304 without one), bytes sent, brotli q11 of the file"
    ]
    for e in calc.get("files", []):
        again = f"+{e['revalidated']}x304" if e["revalidated"] else ""
        lines.append(
            f"  {e['fetches']}x {again:<7} {e['path']:<58} {fmt_bytes(e['raw']):>10}"
            f"  {fmt_bytes(e['brotli']):>10}"
        )
    twice = calc.get("sent_twice", [])
    lines.append(f"  sent more than once: {', '.join(twice) if twice else 'none'}")
    return "\n".join(lines)


# ----- main ---------------------------------------------------------------------------------


def prepare(site: Path, tmp: Path) -> Path:
    needed = (site / CALC_PATH / "index.html", site / "pyodide" / "pyodide.mjs")
    if not all(path.is_file() for path in needed):
        raise SystemExit(f"{site} holds no built site with the calculator (run `make build` first)")
    root = tmp / "www"
    shutil.copytree(site, root, symlinks=False)
    bare_runtime = root / BARE_PYODIDE_DIR
    bare_runtime.mkdir()
    site_runtime = site / "pyodide"
    changed = {
        p.name
        for p in site_runtime.iterdir()
        if (NPM_PYODIDE / p.name).is_file()
        and p.read_bytes() != (NPM_PYODIDE / p.name).read_bytes()
    }
    for path in sorted(site_runtime.iterdir()):
        if path.name in changed:  # the trimmed stdlib zip: take npm's, without .br/.gz
            shutil.copy2(NPM_PYODIDE / path.name, bare_runtime / path.name)
        elif not (path.suffix in (".br", ".gz") and path.stem in changed):
            shutil.copy2(path, bare_runtime / path.name)
    bare = root / BARE_DIR
    bare.mkdir()
    (bare / "index.html").write_text(BARE_HTML, "utf-8")
    (bare / "main.mjs").write_text(BARE_MAIN, "utf-8")
    (bare / "worker.mjs").write_text(BARE_WORKER, "utf-8")
    wheels = root / WHEELS_DIR
    wheels.mkdir()
    (wheels / "index.html").write_text(
        BARE_HTML.replace("Bare Pyodide", "Bare Pyodide + wheels"), "utf-8"
    )
    (wheels / "main.mjs").write_text(BARE_MAIN, "utf-8")
    (wheels / "worker.mjs").write_text(WHEELS_WORKER, "utf-8")
    own = root / OWN_DIR
    own.mkdir()
    (own / "index.html").write_text(BARE_HTML.replace("Bare Pyodide", "Own runtime"), "utf-8")
    (own / "main.mjs").write_text(BARE_MAIN, "utf-8")
    (own / "worker.mjs").write_text(OWN_WORKER, "utf-8")
    return root


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    site = Path(args.site).resolve()
    tmp = Path(tempfile.mkdtemp(prefix="spoorwijzer-bench-"))
    recorder = Recorder()
    raw: dict[str, list[Any]] = {
        k: []
        for k in (
            "ours_cold",
            "ours_warm",
            "bare_cold",
            "bare_warm",
            "wheels_cold",
            "wheels_warm",
            "own_cold",
            "own_warm",
            "bereken",
            "deeplink_cold",
            "deeplink_warm",
            "slow_ours",
            "slow_bare",
            "slow_bare_cpu_only",
        )
    }
    byte_requests: dict[str, list[dict[str, Any]]] = {}
    started = time.monotonic()
    loads: list[float] = []
    stop: Callable[[], None] | None = None
    try:
        www = prepare(site, tmp)
        base, stop = start_server(www, recorder, args.cache_control)
        lock = json.loads((www / "pyodide" / "pyodide-lock.json").read_text("utf-8"))
        with sync_playwright() as pw:
            bench = Bench(pw, base, recorder, tmp)
            bench.boot_runtime = ["/" + path for path in runtime_paths(www, "boot")]
            linger = int(args.linger * 1000)
            log(f"bench: serving a copy of {site} on {base}; {args.runs} runs, interleaved")
            # One warm-up visit each (not counted): first launch of Chromium, OS file cache.
            bench.boot(bench.new_profile(), CALC_PATH)
            bench.boot(bench.new_profile(), BARE_DIR + "/")
            for i in range(args.runs):
                t0 = time.monotonic()
                loads.append(os.getloadavg()[0])
                conditions = [("ours", CALC_PATH), ("bare", BARE_DIR + "/")]
                conditions.append(("own", OWN_DIR + "/"))
                if not args.no_diagnostic:
                    conditions.append(("wheels", WHEELS_DIR + "/"))
                for name, path in conditions:
                    profile = bench.new_profile()
                    cold = bench.boot(profile, path, linger_ms=linger, settle=name == "ours")
                    warm = bench.boot(profile, path)
                    raw[f"{name}_cold"].append(cold)
                    raw[f"{name}_warm"].append(warm)
                    if i == 0:
                        byte_requests[{"ours": "calculator"}.get(name, name)] = cold["requests"]
                    if name == "ours":
                        raw["bereken"].append(bench.bereken(profile))
                link_profile = bench.new_profile()
                raw["deeplink_cold"].append(bench.deep_link(link_profile, linger_ms=linger))
                raw["deeplink_warm"].append(bench.deep_link(link_profile))
                log(
                    f"bench: run {i + 1}/{args.runs} in {time.monotonic() - t0:.1f} s: "
                    f"ours cold {raw['ours_cold'][-1]['ready_ms']:.0f} / warm "
                    f"{raw['ours_warm'][-1]['ready_ms']:.0f} ms, bare cold "
                    f"{raw['bare_cold'][-1]['ready_ms']:.0f} / warm "
                    f"{raw['bare_warm'][-1]['ready_ms']:.0f} ms, Bereken "
                    f"{raw['bereken'][-1]['click_to_screen_ms']:.1f} ms, deep link "
                    f"{raw['deeplink_cold'][-1]['screen_ms']:.0f} ms"
                )
            byte_requests["content"] = bench.content(bench.new_profile(), CONTENT_PATH)
            for i in range(args.slow_phone):
                t0 = time.monotonic()
                loads.append(os.getloadavg()[0])
                raw["slow_ours"].append(bench.slow_phone(DEEP_LINK, deep_link=True))
                raw["slow_bare"].append(bench.slow_phone(BARE_DIR + "/", deep_link=False))
                raw["slow_bare_cpu_only"].append({"ready_ms": bench.cpu_only(BARE_DIR + "/")})
                log(
                    f"bench: slow phone {i + 1}/{args.slow_phone} in "
                    f"{time.monotonic() - t0:.1f} s: ours ready "
                    f"{raw['slow_ours'][-1]['ready_ms']:.0f} ms, first result "
                    f"{raw['slow_ours'][-1]['screen_ms']:.0f} ms, bare ready "
                    f"{raw['slow_bare'][-1]['ready_ms']:.0f} ms, bare with 4x CPU only "
                    f"{raw['slow_bare_cpu_only'][-1]['ready_ms']:.0f} ms"
                )
            browser_version = bench.browser_version
    finally:
        if stop is not None:
            stop()
        shutil.rmtree(tmp, ignore_errors=True)

    log("bench: brotli q11 of every fetched file (cached in .cache/bench/)…")
    sizes = BrotliSizes(site, BROTLI_CACHE)
    bytes_ = {name: page_bytes(reqs, sizes) for name, reqs in byte_requests.items()}
    sizes.save()

    def col(key: str, field: str) -> list[float]:
        return [r[field] for r in raw[key]]

    def paired(kind: str) -> dict[str, Any]:
        pairs = zip(raw[f"ours_{kind}"], raw[f"bare_{kind}"], strict=True)
        return stats([o["ready_ms"] / b["ready_ms"] for o, b in pairs])

    summary = {
        "ours_cold_ready": stats(col("ours_cold", "ready_ms")),
        "ours_warm_ready": stats(col("ours_warm", "ready_ms")),
        "bare_cold_ready": stats(col("bare_cold", "ready_ms")),
        "bare_warm_ready": stats(col("bare_warm", "ready_ms")),
        "wheels_cold_ready": stats(col("wheels_cold", "ready_ms")),
        "wheels_warm_ready": stats(col("wheels_warm", "ready_ms")),
        "own_cold_ready": stats(col("own_cold", "ready_ms")),
        "own_warm_ready": stats(col("own_warm", "ready_ms")),
        "ours_cold_phases": phase_stats(raw["ours_cold"]),
        "ours_warm_phases": phase_stats(raw["ours_warm"]),
        "paired_cold_ratio": paired("cold"),
        "paired_warm_ratio": paired("warm"),
        "bereken_click_to_screen": stats(col("bereken", "click_to_screen_ms")),
        "bereken_click_to_dom": stats(col("bereken", "click_to_dom_ms")),
        "bereken_again_click_to_screen": stats(col("bereken", "again_click_to_screen_ms")),
        "deeplink_cold_screen": stats(col("deeplink_cold", "screen_ms")),
        "deeplink_warm_screen": stats(col("deeplink_warm", "screen_ms")),
        "deeplink_cold_ready": stats(col("deeplink_cold", "ready_ms")),
        "slow_ours_ready": stats(col("slow_ours", "ready_ms")),
        "slow_ours_screen": stats(col("slow_ours", "screen_ms")),
        "slow_bare_ready": stats(col("slow_bare", "ready_ms")),
        "slow_bare_cpu_only_ready": stats(col("slow_bare_cpu_only", "ready_ms")),
        "slow_notices": [r["slow_notice_ms"] for r in raw["slow_ours"]],
        "ours_cold_longest_task": stats(col("ours_cold", "longest_task_ms")),
        "ours_warm_longest_task": stats(col("ours_warm", "longest_task_ms")),
        "ours_longest_task_all": stats(
            col("ours_cold", "longest_task_ms") + col("ours_warm", "longest_task_ms")
        ),
        "bare_cold_longest_task": stats(col("bare_cold", "longest_task_ms")),
        "bare_warm_longest_task": stats(col("bare_warm", "longest_task_ms")),
        "ours_cold_loaf": stats(col("ours_cold", "longest_loaf_ms")),
        "bare_cold_loaf": stats(col("bare_cold", "longest_loaf_ms")),
    }
    for rows in raw.values():
        for r in rows:
            r.pop("requests", None)
    return {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(["python -m site_config.tools.bench", *sys.argv[1:]]),
        "runs": args.runs,
        "cache_control": args.cache_control,
        "linger_s": args.linger,
        "duration_s": round(time.monotonic() - started, 1),
        "machine": machine_info(browser_version),
        "load_average_1min": {
            "per_run": [round(x, 2) for x in loads],
            "at_end": round(os.getloadavg()[0], 2),
        },
        "pyodide": {
            "lock_info": lock.get("info", {}),
            "version": json.loads(
                (ROOT / "node_modules" / "pyodide" / "package.json").read_text("utf-8")
            ).get("version")
            if (ROOT / "node_modules" / "pyodide" / "package.json").is_file()
            else None,
        },
        "urls": {
            "calculator": "/" + CALC_PATH,
            "bare": f"/{BARE_DIR}/",
            "content": "/" + CONTENT_PATH,
            "deep_link": "/" + DEEP_LINK,
        },
        "summary": summary,
        "bytes": bytes_,
        "raw": raw,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark /rekenhulp/ against bare Pyodide.")
    parser.add_argument("--runs", type=int, default=7, help="interleaved runs (default 7)")
    parser.add_argument("--quick", action="store_true", help="3 runs, to try it")
    parser.add_argument("--site", default=str(ROOT / "site"), help="built site (default site/)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="JSON output")
    parser.add_argument(
        "--cache-control",
        default="no-cache",
        help='Cache-Control header for every file ("" for none); default no-cache',
    )
    parser.add_argument(
        "--linger",
        type=float,
        default=3.0,
        help="seconds a first visit stays after ready (code cache), default 3",
    )
    parser.add_argument(
        "--no-diagnostic",
        action="store_true",
        help="skip the third condition (bare Pyodide + our wheels)",
    )
    parser.add_argument(
        "--slow-phone",
        type=int,
        default=0,
        metavar="N",
        help="also N cold visits under 4x CPU throttle and Fast 3G (default 0: none)",
    )
    parser.add_argument(
        "--max-minutes", type=float, default=30.0, help="hard limit for the whole run (default 30)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 3
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.slow_phone < 0:
        parser.error("--slow-phone must be 0 or more")
    # Hard stop: dump the stacks and exit if anything hangs beyond every timeout.
    faulthandler.dump_traceback_later(args.max_minutes * 60, exit=True)
    try:
        results = run(args)
    finally:
        faulthandler.cancel_dump_traceback_later()
    rows, checks = build_report(results)
    results["checks"] = checks
    results["table"] = render_table(rows)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    m = results["machine"]
    print(
        f"Spoorwijzer benchmark, {results['generated']}: medians of {results['runs']} "
        f"interleaved runs (min–max in brackets), "
        f"Cache-Control: {results['cache_control'] or '(none)'}"
    )
    print(
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; "
        f"Chromium {m['chromium']} "
        f"(headless); Playwright {m['playwright']}; Pyodide {results['pyodide']['version']} "
        f"(CPython {results['pyodide']['lock_info'].get('python')})"
    )
    loads = results["load_average_1min"]["per_run"]
    print(
        f"Load average (1 min) at the start of each run: {', '.join(f'{x:.1f}' for x in loads)}"
        " (other processes on the machine disturb the timings; see README)"
    )
    print()
    print(results["table"])
    print()
    s = results["summary"]
    print(
        f"Paired ratios (per run): cold {fmt_ratio(s['paired_cold_ratio'])}, "
        f"warm {fmt_ratio(s['paired_warm_ratio'])}"
    )
    for key in ("ours_cold", "ours_warm"):
        worst = max(results["raw"][key], key=lambda r: r["longest_loaf_ms"], default=None)
        if worst and worst["longest_loaf_ms"]:
            print(
                f"Longest animation frame during boot, {key.replace('_', ' ')}: "
                f"{worst['longest_loaf_ms']:.0f} ms; scripts in it:"
            )
            for line in worst["longest_loaf_scripts"][:5] or [
                "(no script attributed: style/layout/parse)"
            ]:
                print("   ", line)
    print()
    print(render_phases(s))
    if "calculator" in results["bytes"]:
        print(render_files(results["bytes"]["calculator"]))
    print(f"\nJSON: {out} ({results['duration_s']} s)")
    return 0


def fmt_ratio(s: dict[str, Any]) -> str:
    if s["median"] is None:
        return "n/a"
    return f"{s['median']:.2f} ({s['min']:.2f}–{s['max']:.2f})"


if __name__ == "__main__":
    sys.exit(main())
