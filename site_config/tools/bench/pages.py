"""The pages the benchmark serves beside a copy of the built site: the bare Pyodide page on the
npm package's runtime, the same on the site's own runtime, and the diagnostic with our wheels."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

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

BARE_WORKER = """// Bare Pyodide baseline worker: loadPyodide() and one print, nothing else.
const PYODIDE_URL = new URL("../_bench_pyodide/", import.meta.url);
const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE_URL).href);
let out = "";
const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href, stdout: (s) => { out += s; } });
pyodide.runPython("print('hello from bare Pyodide')");
self.postMessage({ type: "ready", out });
"""


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
