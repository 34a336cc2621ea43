"""MkDocs hook: put the Python runtime of the calculator page into the built site.

On every build (`mkdocs build` and each rebuild of `mkdocs serve`) this hook writes

- ``site/pyodide/``: the Pyodide core files, copied from the npm package in
  ``node_modules/pyodide`` (version pinned in package.json / package-lock.json), except
  ``python_stdlib.zip``: that one is trimmed to the modules of ``site_config/stdlib_keep.txt``
  and stored uncompressed so brotli can shrink it on the wire (``site_config/stdlib_trim.py``;
  same name, so the worker, the service worker and the Node tests load it unchanged);
- ``site/wheels/``: the calculator wheel (built with ``python -m build --wheel``), the pure
  wheels it needs inside Pyodide, and ``manifest.json``::

      {"boot": [calculator wheel, python-dateutil, six],
       "ics": [icalendar, tzdata, typing-extensions]}

The third-party wheels are fetched once with ``pip download`` into ``.cache/wheels/`` (outside
``site/``); later builds use that cache and work offline. Their exact versions are pinned in
``RUNTIME_WHEELS`` below, the one place to change them.

Why ``python -m build`` and not ``pyodide build``: the calculator is a pure ``py3-none-any``
wheel, which Pyodide loads as is; pyodide-build would first download a cross-build
environment from the internet.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import mimetypes
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.spoorwijzer.build_assets")

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `mkdocs` started from .venv/bin: make site_config importable
    sys.path.insert(0, str(ROOT))

from site_config import stdlib_trim  # noqa: E402

PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
WHEEL_CACHE = ROOT / ".cache" / "wheels"

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

#: Pure wheels loaded next to the calculator in Pyodide, by group of manifest.json.
#: "boot" is loaded when the worker starts, "ics" lazily for the calendar download.
RUNTIME_WHEELS: dict[str, tuple[tuple[str, str], ...]] = {
    "boot": (("python-dateutil", "2.9.0.post0"), ("six", "1.17.0")),
    "ics": (("icalendar", "7.3.0"), ("tzdata", "2026.6"), ("typing-extensions", "4.16.0")),
}

#: What goes into the calculator wheel: a change to any of these rebuilds it.
WHEEL_SOURCES: tuple[str, ...] = ("calculator", "pyproject.toml", "README.md")

# The i18n plugin runs one full MkDocs build per language, so on_post_build runs more than
# once per `mkdocs build`. The wheel is built once per content of its sources.
_wheel_cache: dict[str, Path] = {}


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _sources_digest() -> str:
    digest = hashlib.sha256()
    for name in WHEEL_SOURCES:
        path = ROOT / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if not file.is_file() or "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _can_build_without_isolation() -> bool:
    """True when the venv itself has the build backend (then no index is needed)."""
    if importlib.util.find_spec("wheel") is None:
        return False
    try:
        import setuptools
    except ImportError:
        return False
    major = int(setuptools.__version__.split(".")[0])
    return major >= 68


def build_calculator_wheel() -> Path:
    """Build the calculator wheel (once per content of its sources) and return its path."""
    key = _sources_digest()
    cached = _wheel_cache.get(key)
    if cached is not None and cached.is_file():
        return cached
    outdir = Path(tempfile.mkdtemp(prefix="spoorwijzer-wheel-"))
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir)]
    if _can_build_without_isolation():
        command += ["--no-isolation"]
    command.append(str(ROOT))
    log.info("Building the calculator wheel: %s", " ".join(command))
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise PluginError(
            "python -m build --wheel failed:\n" + result.stdout[-2000:] + result.stderr[-2000:]
        )
    wheels = sorted(outdir.glob("*.whl"))
    if len(wheels) != 1 or not wheels[0].name.endswith("-py3-none-any.whl"):
        raise PluginError(f"expected one pure py3-none-any wheel, got {wheels}")
    _wheel_cache.clear()
    _wheel_cache[key] = wheels[0]
    return wheels[0]


def _cached_wheel(name: str, version: str) -> Path | None:
    prefix = f"{_normalise(name)}-{version}-"
    for wheel in sorted(WHEEL_CACHE.glob("*.whl")):
        if wheel.name.lower().startswith(prefix):
            return wheel
    return None


def runtime_wheel(name: str, version: str) -> Path:
    """Return the pure wheel name==version from the cache, downloading it the first time."""
    wheel = _cached_wheel(name, version)
    if wheel is None:
        WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--dest",
            str(WHEEL_CACHE),
            f"{name}=={version}",
        ]
        log.info("Downloading %s==%s into %s", name, version, WHEEL_CACHE)
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        wheel = _cached_wheel(name, version)
        if result.returncode != 0 or wheel is None:
            raise PluginError(
                f"could not get the wheel {name}=={version} (pip download; needs PyPI the "
                f"first time, then {WHEEL_CACHE} is used):\n{result.stderr[-2000:]}"
            )
    if not wheel.name.endswith("-none-any.whl"):
        raise PluginError(f"{wheel.name} is not a pure wheel; Pyodide cannot load it as is")
    return wheel


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
    calculator = build_calculator_wheel()
    _copy(calculator, target / calculator.name)
    manifest: dict[str, list[str]] = {"boot": [calculator.name], "ics": []}
    for group, pins in RUNTIME_WHEELS.items():
        for name, version in pins:
            wheel = runtime_wheel(name, version)
            _copy(wheel, target / wheel.name)
            manifest[group].append(wheel.name)
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
