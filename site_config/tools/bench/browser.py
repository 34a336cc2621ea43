"""The visits in Chromium and what is measured inside them: a probe injected before any page
script, the service worker's state, the worker's boot phases."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from site_config.tools.bench.pages import CALC_PATH, DEEP_LINK, TODAY
from site_config.tools.bench.server import Recorder
from site_config.tools.chromium import CHROMIUM_FLAGS, executable

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

#: The calculator worker's User Timing marks (``spoorwijzer:<phase>``, set by worker.mjs) and its
#: clock's origin, so that each phase can be put on the page's clock (ms since navigation).
WORKER_MARKS = """() => ({
  origin: performance.timeOrigin,
  marks: performance.getEntriesByType("mark").filter((m) => m.name.startsWith("spoorwijzer:"))
    .map((m) => [m.name.slice("spoorwijzer:".length), m.startTime]),
})"""

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


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


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

    def slow_phone(
        self, path: str, deep_link: bool, *, cpu: bool = True, network: bool = True
    ) -> dict[str, Any]:
        """A cold visit under the slow-phone throttling (fresh profile): ready, the first result
        of a deep link, and when the "loading takes long" notice appeared (if it did). With
        ``cpu`` or ``network`` False, only the other half of the throttling applies: the two
        halves tell what of the slow phone's time is bytes and what is CPU."""
        throttle: dict[str, Any] = {}
        if cpu:
            throttle["cpu"] = SLOW_CPU_RATE
        if network:
            throttle["network"] = SLOW_NETWORK
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
