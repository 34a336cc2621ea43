"""MkDocs hook: put the Python runtime of the calculator page into the built site.

On every build (`mkdocs build` and each rebuild of `mkdocs serve`) this hook writes

- ``site/pyodide/``: the Pyodide core files, copied from the npm package in
  ``node_modules/pyodide`` (version pinned in package.json / package-lock.json), except
  ``python_stdlib.zip``: that one is trimmed to the modules of ``site_config/stdlib_keep.txt``,
  compiled to bytecode by the runtime under Node (so Pyodide compiles no standard-library
  source when it starts) and stored uncompressed so brotli can shrink it on the wire
  (``site_config/stdlib_trim.py``; same name, so the worker, the service worker and the Node
  tests load it unchanged);
- ``site/wheels/``: the calculator wheel (compiled to bytecode by the runtime, like the
  standard library: ``stdlib_trim.runtime_wheel``), the pure wheels it needs inside Pyodide,
  and ``manifest.json``::

      {"boot": [calculator wheel],
       "ics": [icalendar, python-dateutil, six, tzdata, typing-extensions],
       "xlsx": [openpyxl, et-xmlfile, spoorwijzer_stdlib_xlsx (the standard-library modules
                openpyxl needs beyond the site's trimmed zip)]}

  Which wheels, their pinned versions and how they are built or fetched: ``site_config/
  wheels.py`` (shared with ``site_config/stdlib_trim.py``).
"""

from __future__ import annotations

import json
import logging
import mimetypes
import shutil
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from site_config import stdlib_trim, wheels

log = logging.getLogger("mkdocs.hooks.spoorwijzer.build_assets")

ROOT = Path(__file__).resolve().parents[2]

PYODIDE_DIR = ROOT / "node_modules" / "pyodide"

#: The Pyodide core files the worker needs (names of Pyodide 314; `.asm.js` before 314).
#: STDLIB_ZIP is written trimmed (see ``site_config/stdlib_trim.py``), the others are copied.
PYODIDE_FILES: tuple[str, ...] = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
STDLIB_ZIP = "python_stdlib.zip"


def _copy(source: Path, target: Path) -> None:
    """Copy a file unless an identical copy (same size and mtime) is already there."""
    if target.is_file():
        s, t = source.stat(), target.stat()
        if s.st_size == t.st_size and int(s.st_mtime) == int(t.st_mtime):
            return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def copy_pyodide(site_dir: Path) -> None:
    missing = [name for name in PYODIDE_FILES if not (PYODIDE_DIR / name).is_file()]
    if missing:
        raise PluginError(
            f"Pyodide files missing in {PYODIDE_DIR}: {', '.join(missing)} (run `npm ci`)"
        )
    for name in PYODIDE_FILES:
        if name != STDLIB_ZIP:
            _copy(PYODIDE_DIR / name, site_dir / "pyodide" / name)
    try:
        kept, size = stdlib_trim.write_trimmed(
            PYODIDE_DIR / STDLIB_ZIP, site_dir / "pyodide" / STDLIB_ZIP, stdlib_trim.read_keep()
        )
    except ValueError as error:
        raise PluginError(f"trimming {STDLIB_ZIP}: {error}") from error
    log.debug("%s: %d entries kept, %d bytes (stored)", STDLIB_ZIP, kept, size)


def write_wheels(site_dir: Path) -> dict[str, list[str]]:
    """Put every wheel into site/wheels/ and write manifest.json; return the manifest."""
    target = site_dir / "wheels"
    target.mkdir(parents=True, exist_ok=True)
    try:
        groups = wheels.wheel_paths()
        groups["boot"][0] = stdlib_trim.runtime_wheel(groups["boot"][0])
        for group, names in wheels.STDLIB_EXTRAS.items():
            groups[group].append(stdlib_trim.extra_wheel(group, names))
    except (wheels.WheelError, ValueError) as error:
        raise PluginError(str(error)) from error
    manifest: dict[str, list[str]] = {}
    for group, paths in groups.items():
        for wheel in paths:
            _copy(wheel, target / wheel.name)
        manifest[group] = [wheel.name for wheel in paths]
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return manifest


def on_startup(**_: Any) -> None:
    """`mkdocs serve` guesses MIME types from the platform; make the runtime's types certain."""
    for extension, mime in (
        (".mjs", "text/javascript"),
        (".wasm", "application/wasm"),
        (".whl", "application/octet-stream"),
        (".ics", "text/calendar"),
    ):
        mimetypes.add_type(mime, extension)


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    site_dir = Path(config.site_dir)
    copy_pyodide(site_dir)
    write_wheels(site_dir)
