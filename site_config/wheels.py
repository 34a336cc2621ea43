"""The wheels the calculator page loads in Pyodide: which ones, where they come from, and
how the calculator's own wheel is built.

Shared by the build hook (``site_config/hooks/build_assets.py``, which puts them into
``site/wheels/``) and the standard library recorder (``site_config/stdlib_trim.py``, which
loads them under Node), so that neither module imports the other.

- The calculator wheel is built with ``python -m build --wheel`` (a pure ``py3-none-any``
  wheel, loaded by Pyodide as is; ``pyodide build`` would first download a cross-build
  environment from the internet), once per content of ``WHEEL_SOURCES``, from a copy of them
  whose pyproject lists ``calculator`` alone (the development install holds ``site_config``
  too).
- The third-party wheels of ``RUNTIME_WHEELS`` are fetched once with ``pip download`` into
  ``.cache/wheels/`` (outside ``site/``); later builds use that cache and work offline.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.spoorwijzer.wheels")

ROOT = Path(__file__).resolve().parents[1]
WHEEL_CACHE = ROOT / ".cache" / "wheels"

#: Pure wheels loaded next to the calculator in Pyodide, by group of ``wheels/manifest.json``.
#: "boot" is loaded when the worker starts (the calculator itself needs nothing else: Easter
#: is computed in ``calculator/holidays.py``), "ics" lazily, on the first calendar download:
#: icalendar and what it imports (python-dateutil and six, tzdata; typing-extensions only on
#: Python < 3.13, kept for icalendar's metadata); "xlsx" lazily, on the first spreadsheet read
#: or written on Meerdere dossiers: openpyxl and et-xmlfile. The one place to change their
#: versions (pinned in pyproject's dev list and the lock too).
RUNTIME_WHEELS: dict[str, tuple[tuple[str, str], ...]] = {
    "boot": (),
    "ics": (
        ("icalendar", "7.3.0"),
        ("python-dateutil", "2.9.0.post0"),
        ("six", "1.17.0"),
        ("tzdata", "2026.6"),
        ("typing-extensions", "4.16.0"),
    ),
    "xlsx": (
        ("openpyxl", "3.1.5"),
        ("et-xmlfile", "2.0.0"),
    ),
}

#: Standard-library modules a lazy group needs that the calculator's trimmed standard library
#: leaves out (``site_config/stdlib_keep.txt``): the build compiles them like the rest and
#: ships them as a wheel of that group (``spoorwijzer_stdlib_xlsx``), so a first visit never
#: downloads them. openpyxl reads and writes XML (xml.etree) and imports decimal, numbers,
#: mimetypes and hashlib when it starts.
STDLIB_EXTRAS: dict[str, tuple[str, ...]] = {
    "xlsx": (
        "decimal",
        "numbers",
        "mimetypes",
        "hashlib",
        "xml.etree.ElementTree",
        "xml.etree.ElementPath",
        "xml.parsers.expat",
    ),
}

#: What goes into the calculator wheel: a change to any of these rebuilds it.
WHEEL_SOURCES: tuple[str, ...] = ("calculator", "pyproject.toml", "README.md")

#: pyproject's list of the development install's packages, cut to ``calculator`` for the wheel.
PACKAGES_LINE = re.compile(r"^packages = \[.*\]$", re.MULTILINE)


class WheelError(RuntimeError):
    """A wheel could not be built or fetched (the message says why and what to do)."""


# The i18n plugin runs one full MkDocs build per language, so a hook asks more than once per
# `mkdocs build`. The wheel is built once per content of its sources.
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


def _calculator_source(target: Path) -> Path:
    """A copy of ``WHEEL_SOURCES`` in ``target`` whose pyproject lists ``calculator`` alone:
    the development install also holds the build and the tools (``site_config``), which the
    browser never loads."""
    for name in WHEEL_SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    pyproject = target / "pyproject.toml"
    text, count = PACKAGES_LINE.subn(
        'packages = ["calculator"]', pyproject.read_text(encoding="utf-8"), count=1
    )
    if count != 1:
        raise WheelError("pyproject.toml has no `packages = [...]` line for setuptools")
    pyproject.write_text(text, encoding="utf-8")
    return target


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
    command.append(str(_calculator_source(outdir / "source")))
    log.info("Building the calculator wheel: %s", " ".join(command))
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise WheelError(
            "python -m build --wheel failed:\n" + result.stdout[-2000:] + result.stderr[-2000:]
        )
    wheels = sorted(outdir.glob("*.whl"))
    if len(wheels) != 1 or not wheels[0].name.endswith("-py3-none-any.whl"):
        raise WheelError(f"expected one pure py3-none-any wheel, got {wheels}")
    with zipfile.ZipFile(wheels[0]) as wheel:
        foreign = [
            name
            for name in wheel.namelist()
            if not name.startswith("calculator/") and ".dist-info/" not in name
        ]
    if foreign:
        raise WheelError(f"the calculator wheel holds more than the calculator: {foreign[:5]}")
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
            raise WheelError(
                f"could not get the wheel {name}=={version} (pip download; needs PyPI the "
                f"first time, then {WHEEL_CACHE} is used):\n{result.stderr[-2000:]}"
            )
    if not wheel.name.endswith("-none-any.whl"):
        raise WheelError(f"{wheel.name} is not a pure wheel; Pyodide cannot load it as is")
    return wheel


def wheel_paths() -> dict[str, list[Path]]:
    """{group: [wheel path]}, the calculator's own wheel first in "boot"."""
    groups = {
        group: [runtime_wheel(*pin) for pin in pins] for group, pins in RUNTIME_WHEELS.items()
    }
    groups["boot"].insert(0, build_calculator_wheel())
    return groups
