"""MkDocs hook: the service worker with the build's version, and precompressed assets.

Runs after ``build_assets`` and ``hardening`` (order in mkdocs.yml). On every build it writes

- ``site/sw.js``: ``site_config/sw/sw.js`` with ``VERSION`` (see :func:`build_version`),
  ``RUNTIME`` (see :func:`runtime_entries`: the Pyodide files, ``wheels/manifest.json``, every
  wheel of the manifest and the calculator's worker script with its modules, relative to the
  site root, each with the SHA-256 of its bytes and its group) and the offline page's policies
  filled in (the header's, and the meta tag's without ``frame-ancestors``, which a meta tag
  cannot carry);
- ``SNAPSHOT_KEY`` in ``site/assets/spoorwijzer/worker.mjs`` (see :func:`stamp_worker`): the
  name of the worker's memory snapshot, a hash of the runtime and the boot wheels;
- ``site/version.json``: ``{"version": VERSION}``; the service worker compares it on every
  navigation, so a new release replaces the old cache on the next visit;
- ``<file>.br`` and ``<file>.gz`` next to every compressible file of at least
  ``MIN_SIZE`` bytes (brotli quality 11, gzip level 9), when they save at least 5 %.
  ``site_config/serve.py`` serves them with ``Content-Encoding``; so can any host that
  supports precompressed files. Compressed bytes are cached in ``.cache/precompressed/`` by
  the hash of the content (brotli 11 of the 9.6 MB wasm takes a while).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from site_config.csp import HEADER_POLICY, META_POLICY

ROOT = Path(__file__).resolve().parents[2]

log = logging.getLogger("mkdocs.hooks.spoorwijzer.offline")

SW_SOURCE = ROOT / "site_config" / "sw" / "sw.js"
PRECOMPRESSED_CACHE = ROOT / ".cache" / "precompressed"

#: Files the build writes itself, or that are not part of a release's content. The search
#: index is derived from the pages (any change to it changes a page) and is written by the
#: i18n/search plugins after this hook has run.
GENERATED = frozenset(
    {"sw.js", "version.json", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json"}
)
COMPRESSIBLE = frozenset(
    {
        ".html",
        ".js",
        ".mjs",
        ".css",
        ".json",
        ".wasm",
        ".svg",
        ".xml",
        ".txt",
        ".map",
        ".zip",
        ".whl",
    }
)
ENCODINGS = (".br", ".gz")
MIN_SIZE = 1024
WORKER_SCRIPT = "assets/spoorwijzer/worker.mjs"
#: The calculator's worker and the modules it imports: kept offline with the runtime.
WORKER_MODULES = (
    WORKER_SCRIPT,
    "assets/spoorwijzer/snapshot-format.mjs",
    "assets/spoorwijzer/worker-requests.mjs",
)


def release_files(site_dir: Path) -> list[Path]:
    """Every file that makes up the release, sorted (no generated or precompressed files)."""
    files = []
    for path in site_dir.rglob("*"):
        relative = path.relative_to(site_dir).as_posix()
        if not path.is_file() or relative in GENERATED or path.suffix in ENCODINGS:
            continue
        files.append(path)
    return sorted(files, key=lambda p: p.relative_to(site_dir).as_posix())


def build_version(site_dir: Path) -> str:
    """16 hex digits of a SHA-256 over the path and bytes of every release file."""
    digest = hashlib.sha256()
    for path in release_files(site_dir):
        digest.update(path.relative_to(site_dir).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def runtime_groups(site_dir: Path) -> dict[str, str]:
    """What the calculator needs offline, relative to the site root: {path: group}. "boot" is
    what the first result needs, "ics" the wheels of the calendar download (manifest.json)."""
    groups = {
        f"pyodide/{p.name}": "boot"
        for p in sorted((site_dir / "pyodide").glob("*"))
        if p.is_file() and p.suffix not in ENCODINGS
    }
    manifest_file = site_dir / "wheels" / "manifest.json"
    if manifest_file.is_file():
        manifest: dict[str, list[str]] = json.loads(manifest_file.read_text("utf-8"))
        groups["wheels/manifest.json"] = "boot"
        for group, names in manifest.items():
            groups.update(
                {f"wheels/{name}": "boot" if group == "boot" else group for name in names}
            )
    for module in WORKER_MODULES:
        if (site_dir / module).is_file():
            groups[module] = "boot"
    return groups


def runtime_paths(site_dir: Path, group: str | None = None) -> list[str]:
    """The runtime files (of one group, or all), relative to the site root."""
    return [path for path, g in runtime_groups(site_dir).items() if group in (None, g)]


def runtime_entries(site_dir: Path) -> dict[str, list[str]]:
    """RUNTIME of sw.js: {path: [sha256 hex of the file, group]}. The service worker keeps a
    copy from the browser's HTTP cache only when its bytes have this digest."""
    return {
        path: [hashlib.sha256((site_dir / path).read_bytes()).hexdigest(), group]
        for path, group in runtime_groups(site_dir).items()
    }


SNAPSHOT_KEY = re.compile(r'const SNAPSHOT_KEY = "(__SPOORWIJZER_SNAPSHOT_KEY__|[0-9a-f]{16})";')


def snapshot_key(site_dir: Path) -> str:
    """16 hex digits of a SHA-256 over the boot runtime (Pyodide's files, the manifest and the
    boot wheels): a memory snapshot is only valid with exactly these files."""
    digest = hashlib.sha256()
    for path, group in runtime_groups(site_dir).items():
        if group == "boot" and path not in WORKER_MODULES:
            digest.update(path.encode() + b"\0" + (site_dir / path).read_bytes())
    return digest.hexdigest()[:16]


def stamp_worker(site_dir: Path) -> str | None:
    """Write SNAPSHOT_KEY into the built worker.mjs (again on every build); return it."""
    worker = site_dir / WORKER_SCRIPT
    if not worker.is_file():
        return None
    key = snapshot_key(site_dir)
    text = worker.read_text("utf-8")
    stamped, count = SNAPSHOT_KEY.subn(f'const SNAPSHOT_KEY = "{key}";', text)
    if count != 1:
        raise ValueError(f"{worker}: expected one SNAPSHOT_KEY line, found {count}")
    if stamped != text:
        worker.write_text(stamped, "utf-8")
    return key


def write_service_worker(site_dir: Path) -> str:
    version = build_version(site_dir)
    source = SW_SOURCE.read_text("utf-8")
    replacements = {
        '"__SPOORWIJZER_VERSION__"': json.dumps(version),
        '{ __SPOORWIJZER_RUNTIME__: ["", "boot"] }': json.dumps(runtime_entries(site_dir)),
        '"__SPOORWIJZER_OFFLINE_POLICY__"': json.dumps(HEADER_POLICY),
        '"__SPOORWIJZER_OFFLINE_META_POLICY__"': json.dumps(META_POLICY),
    }
    for placeholder, value in replacements.items():
        if source.count(placeholder) != 1:
            raise ValueError(f"{SW_SOURCE}: expected {placeholder} once")
        source = source.replace(placeholder, value)
    (site_dir / "sw.js").write_text(source, "utf-8")
    (site_dir / "version.json").write_text(json.dumps({"version": version}) + "\n", "utf-8")
    return version


def _compressed(data: bytes, encoding: str) -> bytes:
    key = hashlib.sha256(data).hexdigest() + encoding
    cached = PRECOMPRESSED_CACHE / key
    if cached.is_file():
        return cached.read_bytes()
    if encoding == ".br":
        import brotli  # type: ignore[import-untyped]

        result: bytes = brotli.compress(data, quality=11)
    else:
        result = gzip.compress(data, compresslevel=9, mtime=0)
    PRECOMPRESSED_CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(result)
    return result


def precompress(files: Iterable[Path]) -> int:
    """Write .br/.gz next to each file where it pays; drop stale ones. Return bytes saved."""
    saved = 0
    for path in files:
        data = path.read_bytes()
        for encoding in ENCODINGS:
            target = path.with_name(path.name + encoding)
            if path.suffix not in COMPRESSIBLE or len(data) < MIN_SIZE:
                target.unlink(missing_ok=True)
                continue
            if encoding == ".br" and not _have_brotli():
                continue
            packed = _compressed(data, encoding)
            if len(packed) > 0.95 * len(data):
                target.unlink(missing_ok=True)
                continue
            if not target.is_file() or target.read_bytes() != packed:
                target.write_bytes(packed)
            if encoding == ".br":
                saved += len(data) - len(packed)
    return saved


def _have_brotli() -> bool:
    try:
        import brotli  # noqa: F401
    except ImportError:
        log.warning("the brotli package is missing: only .gz files are written")
        return False
    return True


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    site_dir = Path(config.site_dir)
    stamp_worker(site_dir)  # before the version and the digests, which cover worker.mjs
    version = write_service_worker(site_dir)
    files = [*release_files(site_dir), site_dir / "sw.js"]
    saved = precompress(files)
    log.info("service worker version %s; brotli saves %d bytes", version, saved)
