"""Statistics, the targets each figure is held against, and the tables printed: the timings
are measured, never asserted; how they are summed up and judged is tested."""

from __future__ import annotations

import os
import platform
import statistics
from pathlib import Path
from typing import Any

from site_config.tools.bench.browser import SLOW_CPU_RATE, SLOW_NETWORK
from site_config.tools.bench.pages import CONTENT_PATH

#: The targets each figure is reported against.
TARGET_DEEPLINK_OVER_BARE_MS = 150.0
TARGET_RATIO = 1.10
TARGET_BEREKEN_MS = 100.0
TARGET_LONGTASK_MS = 50.0  # no main-thread task over 50 ms during boot (the longest of all runs)
TARGET_CALC_BROTLI = 4_000_000
TARGET_STRETCH_WARM = 0.25  # warm against stock Pyodide's warm
TARGET_OVER_OWN_RUNTIME = 1.15  # cold, the page against its own runtime booted bare

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


def ratio(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """The ratio of two medians, None when either is missing."""
    if a["median"] is None or not b["median"]:
        return None
    return float(a["median"]) / float(b["median"])


def build_report(results: dict[str, Any]) -> tuple[list[list[str]], dict[str, Any]]:
    s = results["summary"]
    rows: list[list[str]] = []
    checks: dict[str, Any] = {}

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
        rows.extend(slow_phone_split(s, calc))
    return rows, checks


def slow_phone_split(s: dict[str, Any], calc: dict[str, Any]) -> list[list[str]]:
    """What of the slow phone's first result is bytes and what is CPU: the deep link with only
    the network throttled and with only the CPU throttled, each against the unthrottled cold
    deep link, and the time the calculator page's bytes take at Fast 3G's rate alone."""
    if s.get("slow_ours_cpu_only_screen", {}).get("median") is None:
        return []

    rate = float(SLOW_NETWORK["downloadThroughput"])
    wire = f"{calc['raw'] / rate * 1000:.0f} ms" if calc.get("raw") else "n/a"
    return [
        [
            f"  split: ours, {SLOW_CPU_RATE}× CPU only: deep link → first result",
            fmt_ms(s["slow_ours_cpu_only_screen"]),
            fmt_ms(s["deeplink_cold_screen"]) + " (unthrottled)",
            fmt_value(ratio(s["slow_ours_cpu_only_screen"], s["deeplink_cold_screen"])),
            "report",
            "",
        ],
        [
            "  split: ours, Fast 3G only: deep link → first result",
            fmt_ms(s["slow_ours_network_only_screen"]),
            fmt_ms(s["deeplink_cold_screen"]) + " (unthrottled)",
            fmt_value(ratio(s["slow_ours_network_only_screen"], s["deeplink_cold_screen"])),
            "report",
            "",
        ],
        ["  split: the page's bytes at Fast 3G's rate alone", wire, "–", "–", "report", ""],
    ]


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


def fmt_ratio(s: dict[str, Any]) -> str:
    if s["median"] is None:
        return "n/a"
    return f"{s['median']:.2f} ({s['min']:.2f}–{s['max']:.2f})"
