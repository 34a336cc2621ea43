"""A standard library zip for the calculator page: only the modules it uses, as bytecode.

Pyodide's ``python_stdlib.zip`` (2.5 MB) holds the whole standard library as deflated ``.py``
files, which brotli cannot shrink further, and which the runtime compiles on every boot: of a
cold start of bare Pyodide on this machine, about two seconds go to compiling the source of
the 145 modules Pyodide itself imports. The build (``site_config/hooks/build_assets.py``)
writes ``site/pyodide/python_stdlib.zip`` from the npm package's zip:

1. keeping only the modules named in ``site_config/stdlib_keep.txt`` (and the packages they
   live in; ``name.*`` keeps a package whole);
2. compiled to bytecode by the runtime itself, under Node (``site_config/stdlib_compile.mjs``:
   sourceless ``.pyc`` entries, without docstrings and column tables), once per content,
   cached in ``.cache/stdlib/``;
3. stored uncompressed (``ZIP_STORED``) so that brotli (the precompressed ``.br`` of
   ``site_config/hooks/offline.py``) compresses it on the wire.

The file keeps its name, so the worker, the service worker's runtime list and the Node tests
load exactly this zip with no change.

The list is data, committed so that a review sees what ships. Regenerate it with::

    .venv/bin/python -m site_config.stdlib_trim --record

which needs Node and the npm runtime (``node_modules/pyodide``, full standard library). It
boots Pyodide under Node exactly as the worker does (boot wheels, ``calculator.boundary``),
runs every boundary action (the requests of ``site_config/stdlib_requests.py``: ``calculate``
with every optional input, errors, ``parse_fragment``, the CSV reader with a UTF-8 and a
Windows-1252 file, the batch; then the ``ics`` wheels and ``ics``), and records
``sys.modules``: every module loaded from the standard library zip. Added to these:

- ``BOOTSTRAP``: Pyodide's own packages whole (the browser may take other paths through them
  than Node) and what its import system, codecs and error reporting need;
- every standard-library module imported anywhere (also inside functions) by the calculator
  modules the boundary reaches, found statically, so a rarely taken path cannot miss one.

``tests/pyodide/test_trimmed_stdlib.py`` runs every action against the trimmed runtime and
checks that a fresh recording is covered by the committed list; the browser tests run the
whole site on it.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from site_config import wheels
from site_config.stdlib_requests import exercise_requests

ROOT = Path(__file__).resolve().parents[1]
KEEP_FILE = ROOT / "site_config" / "stdlib_keep.txt"
FULL_ZIP = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
RECORDER = ROOT / "site_config" / "stdlib_record.mjs"
COMPILER = ROOT / "site_config" / "stdlib_compile.mjs"
#: Compiled zips by the digest of what went in (see ``compiled``).
COMPILE_CACHE = ROOT / ".cache" / "stdlib"
#: Where Pyodide mounts the standard library zip (sys.path entry).
ZIP_PREFIX = "/lib/python314.zip/"
#: Where Pyodide unpacks a wheel (``unpackArchive``).
SITE_PACKAGES = "/lib/python3.14/site-packages/"

#: Always kept, whatever a recording shows: Pyodide's bootstrap and FFI whole (``pyodide``,
#: ``_pyodide``; the browser may take other paths through them than Node), the import system,
#: the codecs of text the calculator reads (UTF-8 with or without a BOM, Windows-1252 and
#: Latin-1 for CSV files), the site-packages folder the wheels are unpacked into, and what
#: turns a Python exception into a JavaScript error message (traceback and its helpers).
BOOTSTRAP: dict[str, str] = {
    "pyodide.*": "bootstrap",
    "_pyodide.*": "bootstrap",
    "site-packages.*": "bootstrap",
    "importlib": "bootstrap",
    "encodings": "bootstrap",
    "encodings.aliases": "codecs",
    "encodings.utf_8": "codecs",
    "encodings.utf_8_sig": "codecs: CSV files with a BOM",
    "encodings.cp1252": "codecs: CSV files in Windows-1252",
    "encodings.latin_1": "codecs",
    "encodings.ascii": "codecs",
    "site": "bootstrap",
    "_sitebuiltins": "bootstrap",
    "traceback": "error reporting",
    "linecache": "error reporting",
    "tokenize": "error reporting",
    "token": "error reporting",
    "_colorize": "error reporting",
}

#: Calculator modules the boundary reaches (the CLI and the examples loader are not in it).
STATIC_ROOTS: tuple[str, ...] = ("calculator.boundary", "calculator.ics")


# ----- the list -----------------------------------------------------------------------------


def read_keep(path: Path = KEEP_FILE) -> list[str]:
    """Entries of the keep list (``name  # reason`` per line; ``#`` comments): dotted module
    names, ``name.*`` for a package kept whole."""
    names = []
    for line in path.read_text("utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.append(name)
    return names


def module_name(entry: str) -> str:
    """The module or package a zip entry belongs to: ``json/decoder.py`` -> ``json.decoder``,
    ``json/__init__.py`` -> ``json``, ``abc.py`` -> ``abc``, a data file or a folder -> its
    package (``_pyodide/py.typed`` -> ``_pyodide``, ``site-packages/`` -> ``site-packages``)."""
    path = entry.rstrip("/")
    if entry.endswith(".py"):
        path = path[: -len(".py")]
        if path.endswith("/__init__"):
            path = path[: -len("/__init__")]
    elif not entry.endswith("/") and "/" in path:
        path = path.rpartition("/")[0]
    return path.replace("/", ".")


def keeps(entry: str, keep: Iterable[str]) -> bool:
    """Whether the keep list keeps this zip entry. A module keeps the packages above it (their
    ``__init__.py`` and folders); ``name.*`` keeps everything under ``name``."""
    module = module_name(entry)
    for wanted in keep:
        if wanted.endswith(".*"):
            package = wanted[:-2]
            if module == package or module.startswith(package + "."):
                return True
        elif (module == wanted or wanted.startswith(module + ".")) and entry.endswith((".py", "/")):
            return True
    return False


def stdlib_modules(zip_path: Path = FULL_ZIP) -> set[str]:
    """Every module and package name of a standard library zip."""
    with zipfile.ZipFile(zip_path) as archive:
        return {module_name(name) for name in archive.namelist() if name.endswith(".py")}


def _trimmed_entries(source: Path, keep: list[str]) -> bytes:
    """The entries of ``source`` the list keeps, as a stored zip (source order, timestamps)."""
    wanted = {name[:-2] if name.endswith(".*") else name for name in keep}
    with zipfile.ZipFile(source) as archive:
        infos = archive.infolist()
        present = {module_name(info.filename) for info in infos}
        missing = wanted - present
        if missing:
            raise ValueError(
                f"not in {source.name}: {', '.join(sorted(missing))} "
                "(a new Pyodide? run `python -m site_config.stdlib_trim --record`)"
            )
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as out:
            for info in infos:
                if not keeps(info.filename, keep):
                    continue
                new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                new.external_attr = info.external_attr
                new.compress_type = zipfile.ZIP_STORED
                out.writestr(new, archive.read(info))
    return buffer.getvalue()


def compiled(
    trimmed: bytes,
    runtime: Path = FULL_ZIP.parent,
    *,
    cache: bool = True,
    prefix: str = ZIP_PREFIX,
) -> bytes:
    """``trimmed`` with every ``.py`` compiled to a sourceless ``.pyc`` by the runtime itself
    (``stdlib_compile.mjs`` under Node), from ``COMPILE_CACHE`` when that input was compiled
    before. ``prefix``: where the runtime finds the entries (the file names of tracebacks).
    Raise ValueError when Node is missing or the compilation fails."""
    digest = hashlib.sha256(trimmed)
    for part in (COMPILER.read_bytes(), (runtime / "package.json").read_bytes()):
        digest.update(hashlib.sha256(part).digest())
    if prefix != ZIP_PREFIX:
        digest.update(prefix.encode())
    cached = COMPILE_CACHE / f"{digest.hexdigest()[:32]}.zip"
    if cache and cached.is_file():
        return cached.read_bytes()
    node = shutil.which("node")
    if not node:
        raise ValueError("Node is needed to compile the standard library (make setup)")
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "in.zip", Path(tmp) / "out.zip"
        source.write_bytes(trimmed)
        result = subprocess.run(
            [node, str(COMPILER), f"{runtime}/", str(source), str(target), prefix],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode != 0 or not target.is_file():
            raise ValueError(f"compiling to bytecode failed:\n{result.stderr[-3000:]}")
        data = target.read_bytes()
    if cache:
        _write_whole(cached, data)
    return data


def _write_whole(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file, so no reader ever sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    partial.write_bytes(data)
    partial.replace(path)


def write_trimmed(
    source: Path, target: Path, keep: Iterable[str], *, cache: bool = True
) -> tuple[int, int]:
    """Write ``target``: the entries of ``source`` the list keeps, compiled to bytecode
    (``compiled``), ZIP_STORED, in the source's order and with its timestamps (the same input
    gives the same bytes). Return (entries kept, bytes of the target). Raise ValueError for a
    name the source zip does not hold or when the compilation fails."""
    data = compiled(_trimmed_entries(source, list(keep)), source.parent, cache=cache)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        kept = len(archive.infolist())
    if target.is_file() and target.read_bytes() == data:
        return kept, len(data)  # unchanged: keep the mtime, so nothing downstream redoes work
    _write_whole(target, data)
    return kept, len(data)


def extra_wheel(group: str, names: Iterable[str], out_dir: Path = COMPILE_CACHE) -> Path:
    """The standard-library modules ``names`` (``wheels.STDLIB_EXTRAS[group]``), compiled like
    the site's zip, as a pure wheel of their own that Pyodide unpacks into site-packages with
    the group's other wheels: ``spoorwijzer_stdlib_GROUP-PYODIDE_VERSION-py3-none-any.whl``.
    The same input gives the same bytes (fixed timestamps)."""
    data = compiled(_trimmed_entries(FULL_ZIP, list(names)))
    version = json.loads((FULL_ZIP.parent / "package.json").read_text("utf-8"))["version"]
    name = f"spoorwijzer_stdlib_{group}"
    info = f"{name}-{version}.dist-info"
    meta = {
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: spoorwijzer\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    buffer = io.BytesIO()
    records = []

    def entry(path: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as out,
    ):
        for item in source.infolist():
            if item.is_dir():
                continue
            body = source.read(item)
            out.writestr(entry(item.filename), body)
            records.append(item.filename)
        for path, text in meta.items():
            out.writestr(entry(path), text)
            records.append(path)
        record = "".join(f"{path},,\n" for path in [*records, f"{info}/RECORD"])
        out.writestr(entry(f"{info}/RECORD"), record)
    target = out_dir / f"{name}-{version}-py3-none-any.whl"
    if not (target.is_file() and target.read_bytes() == buffer.getvalue()):
        _write_whole(target, buffer.getvalue())
    return target


def runtime_wheel(wheel: Path, out_dir: Path = COMPILE_CACHE) -> Path:
    """The calculator's ``wheel`` as the site's runtime loads it: compiled like the standard
    library (sourceless ``.pyc``, no docstrings, stored for brotli), same name. Importing
    ``calculator.boundary`` compiled its 30 modules' source on every cold boot, most of the
    import's time in the browser (under Node, 2.7 s from source against 1.1 s from bytecode,
    on this shared machine). The wheel built from the source stays as it is (the CLI, the
    tests); only the site's ``wheels/`` holds this one."""
    data = compiled(wheel.read_bytes(), prefix=SITE_PACKAGES)
    target = out_dir / "runtime" / wheel.name
    if not (target.is_file() and target.read_bytes() == data):
        _write_whole(target, data)
    return target


# ----- recording ----------------------------------------------------------------------------


def record(node: str = "node") -> dict[str, object]:
    """Boot the FULL runtime under Node, run every action; return the recorder's output."""
    groups = wheels.wheel_paths()
    boot = [str(path) for path in groups["boot"]]
    ics = [str(path) for path in groups["ics"]]
    requests, ics_requests = exercise_requests()
    config = {
        "indexURL": str(FULL_ZIP.parent) + "/",
        "boot": boot,
        "ics": ics,
        "requests": requests,
        "ics_requests": ics_requests,
    }
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "config.json"
        file.write_text(json.dumps(config), "utf-8")
        result = subprocess.run(
            [node, str(RECORDER), str(file)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    if result.returncode != 0:
        raise SystemExit(f"recording failed:\n{result.stderr[-3000:]}")
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def recorded_modules(modules: dict[str, str | None]) -> set[str]:
    """The modules of a recording that were loaded from the standard library zip, named after
    their file (``collections.abc`` lives in ``_collections_abc.py``)."""
    return {
        module_name(file[len(ZIP_PREFIX) :])
        for file in modules.values()
        if file and file.startswith(ZIP_PREFIX) and file.endswith(".py")
    }


def static_imports(roots: Iterable[str] = STATIC_ROOTS) -> set[str]:
    """Every module named by an import in the calculator modules reachable from ``roots``
    (``from urllib.parse import quote`` names ``urllib.parse`` and ``urllib.parse.quote``;
    compare with ``stdlib_modules`` to keep the real modules)."""
    seen: set[str] = set()
    todo = list(roots)
    found: set[str] = set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        path = ROOT / (module.replace(".", "/") + ".py")
        if not path.is_file():
            path = ROOT / module.replace(".", "/") / "__init__.py"
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    target = f"{base}.{node.module}" if node.module else base
                    names = [target] + [f"{target}.{a.name}" for a in node.names]
                elif node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name.split(".")[0] == "calculator":
                    if (ROOT / (name.replace(".", "/") + ".py")).is_file() or (
                        ROOT / name.replace(".", "/") / "__init__.py"
                    ).is_file():
                        todo.append(name)
                elif name:
                    found.add(name)
    return found


def uncovered(modules: Iterable[str], keep: list[str]) -> set[str]:
    """The modules the keep list does not keep."""
    return {name for name in modules if not keeps(name.replace(".", "/") + ".py", keep)}


def render_keep(recorded: set[str], static: set[str], available: set[str], python: str) -> str:
    reasons: dict[str, str] = {}
    for name in recorded:
        reasons[name] = "recorded"
    for name in sorted(static & available):
        reasons.setdefault(name, "imported by the calculator (static)")
    for name, why in BOOTSTRAP.items():
        reasons.setdefault(name, why)
    width = max(len(n) for n in reasons) + 2
    lines = [
        "# Standard library of the calculator page: the modules of Pyodide's python_stdlib.zip",
        "# that site/pyodide/python_stdlib.zip keeps, compiled (`name.*`: a package whole).",
        "# Generated by `.venv/bin/python -m site_config.stdlib_trim --record` (Pyodide's",
        f"# CPython {python}, under Node); see site_config/stdlib_trim.py. Do not edit by hand.",
    ]
    lines += [f"{name:<{width}}# {reasons[name]}" for name in sorted(reasons)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--record",
        action="store_true",
        help="boot the full runtime under Node and rewrite stdlib_keep.txt",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="record and fail when the committed list misses a module",
    )
    parser.add_argument("--write", metavar="ZIP", help="write the trimmed zip to ZIP")
    args = parser.parse_args(argv)
    if args.record or args.check:
        node = shutil.which("node")
        if not node:
            raise SystemExit("Node is needed to record")
        data = record(node)
        modules = data["modules"]
        assert isinstance(modules, dict)
        recorded = recorded_modules(modules)
        text = render_keep(recorded, static_imports(), stdlib_modules(), str(data["python"]))
        if args.check:
            missing = uncovered(recorded, read_keep())
            if missing:
                raise SystemExit(f"stdlib_keep.txt misses {sorted(missing)}: run --record")
            print("stdlib_keep.txt covers the recording")
        else:
            KEEP_FILE.write_text(text, "utf-8")
            print(f"wrote {KEEP_FILE.relative_to(ROOT)}: {len(read_keep())} names")
    if args.write:
        kept, size = write_trimmed(FULL_ZIP, Path(args.write), read_keep())
        print(f"{args.write}: {kept} entries, {size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
