"""Changing a built site's files the way a new build would: a file inside the calculator wheel
changes, and the service worker's digests and the worker's snapshot key follow (the tests of
the service worker make a second release, a wheel with a planted fault, a bad download)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from site_config.hooks.offline import stamp_worker

WORKER = Path("assets") / "spoorwijzer" / "worker.mjs"
ROOT = Path(__file__).resolve().parents[2]


def boot_wheel(site: Path) -> Path:
    """The calculator wheel: the first "boot" wheel of wheels/manifest.json."""
    manifest = json.loads((site / "wheels" / "manifest.json").read_text("utf-8"))
    return site / "wheels" / manifest["boot"][0]


def drop_precompressed(path: Path) -> None:
    for suffix in (".br", ".gz"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def replace_digest(site: Path, path: Path, change: Callable[[], None]) -> None:
    """Run ``change`` (which rewrites ``path``) and put the new SHA-256 of ``path`` in sw.js."""
    sw = site / "sw.js"
    old = hashlib.sha256(path.read_bytes()).hexdigest()
    change()
    new = hashlib.sha256(path.read_bytes()).hexdigest()
    sw.write_text(sw.read_text("utf-8").replace(old, new), "utf-8")
    drop_precompressed(path)
    drop_precompressed(sw)


def with_source(wheel: bytes, member: str, change: Callable[[str], str]) -> bytes:
    """``wheel`` (the site's calculator wheel, bytecode: ``calculator/rules.pyc``) with the
    module ``member`` (``calculator/rules.py``) as source instead, this repository's source
    changed by ``change``: Pyodide imports the source as it would the bytecode. ``change``
    must change the text."""
    compiled = member + "c"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(wheel)) as source, zipfile.ZipFile(out, "w") as target:
        assert compiled in source.namelist(), f"the wheel holds no {compiled}"
        for item in source.infolist():
            if item.filename == compiled:
                text = (ROOT / member).read_text("utf-8")
                changed = change(text)
                assert changed != text, f"the change no longer applies to {member}"
                target.writestr(member, changed.encode("utf-8"))
            else:
                target.writestr(item, source.read(item))
    return out.getvalue()


def rewrite_in_wheel(site: Path, member: str, change: Callable[[str], str]) -> None:
    """Change the text of ``member`` (e.g. ``calculator/rules.py``) inside the calculator wheel
    (``with_source``), as a new build would: sw.js gets the wheel's new digest, worker.mjs a
    new snapshot key and sw.js the worker's new digest. ``change`` must change the text."""
    wheel = boot_wheel(site)

    def rewrite() -> None:
        rewritten = wheel.with_suffix(".tmp")
        rewritten.write_bytes(with_source(wheel.read_bytes(), member, change))
        rewritten.replace(wheel)

    replace_digest(site, wheel, rewrite)
    replace_digest(site, site / WORKER, lambda: stamp_worker(site))
