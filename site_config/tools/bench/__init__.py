"""Benchmark: the calculator page (/rekenhulp/) against a bare Pyodide page.

Run after ``make build`` (``make bench`` does both)::

    .venv/bin/python -m site_config.tools.bench            # 7 interleaved runs (medians)
    .venv/bin/python -m site_config.tools.bench --quick    # 3 runs, to try it
    .venv/bin/python -m site_config.tools.bench --runs 11 --site site --out .cache/bench/latest.json

The package: ``pages`` (the bare pages served beside the site), ``server`` (what
was sent and what it would weigh as brotli), ``browser`` (the visits in Chromium and what
is measured in them), ``report`` (statistics, targets and tables), ``__main__`` (the runs).

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
- with ``--slow-phone N``: N cold visits as on a slow phone (4x CPU throttle and DevTools'
  "Fast 3G"), ours and bare, and, to tell bytes from CPU, the deep link with only the CPU
  throttled and with only the network throttled, beside the time the page's bytes take at
  Fast 3G's rate alone;
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
