"""Run the benchmark: ``python -m site_config.tools.bench`` (``make bench``); the package's
docstring says what it measures and how."""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from site_config.hooks.offline import runtime_paths
from site_config.tools.bench.browser import Bench, log
from site_config.tools.bench.pages import (
    BARE_DIR,
    CALC_PATH,
    CONTENT_PATH,
    DEEP_LINK,
    OWN_DIR,
    ROOT,
    WHEELS_DIR,
    prepare,
)
from site_config.tools.bench.report import (
    build_report,
    fmt_ratio,
    machine_info,
    phase_stats,
    render_files,
    render_phases,
    render_table,
    stats,
)
from site_config.tools.bench.server import BrotliSizes, Recorder, page_bytes, start_server

DEFAULT_OUT = ROOT / ".cache" / "bench" / "latest.json"
BROTLI_CACHE = ROOT / ".cache" / "bench" / "brotli-cache.json"


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
            "slow_ours_cpu_only",
            "slow_ours_network_only",
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
                raw["slow_ours_cpu_only"].append(
                    bench.slow_phone(DEEP_LINK, deep_link=True, network=False)
                )
                raw["slow_ours_network_only"].append(
                    bench.slow_phone(DEEP_LINK, deep_link=True, cpu=False)
                )
                log(
                    f"bench: slow phone {i + 1}/{args.slow_phone} in "
                    f"{time.monotonic() - t0:.1f} s: ours ready "
                    f"{raw['slow_ours'][-1]['ready_ms']:.0f} ms, first result "
                    f"{raw['slow_ours'][-1]['screen_ms']:.0f} ms, bare ready "
                    f"{raw['slow_bare'][-1]['ready_ms']:.0f} ms, bare with 4x CPU only "
                    f"{raw['slow_bare_cpu_only'][-1]['ready_ms']:.0f} ms; ours first result "
                    f"with 4x CPU only {raw['slow_ours_cpu_only'][-1]['screen_ms']:.0f} ms, "
                    f"with Fast 3G only {raw['slow_ours_network_only'][-1]['screen_ms']:.0f} ms"
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
        "slow_ours_cpu_only_screen": stats(col("slow_ours_cpu_only", "screen_ms")),
        "slow_ours_network_only_screen": stats(col("slow_ours_network_only", "screen_ms")),
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
    parser = argparse.ArgumentParser(
        prog="python -m site_config.tools.bench",
        description="Benchmark /rekenhulp/ against bare Pyodide.",
    )
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


if __name__ == "__main__":
    sys.exit(main())
