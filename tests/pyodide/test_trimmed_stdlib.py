"""The trimmed standard library of the built site (site_config/stdlib_trim.py) is enough.

The site's ``pyodide/python_stdlib.zip`` holds only the modules of
``site_config/stdlib_keep.txt``. These tests load the built site's runtime under Node exactly
as the worker does (run_in_pyodide.mjs: the same ``indexURL``, every wheel of the manifest) and
run every boundary action through it, and they record a fresh run on the FULL runtime to
check that the committed list still covers what the calculator imports."""

from __future__ import annotations

import ast
import base64
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from calculator.boundary import handle
from site_config import stdlib_requests, stdlib_trim, wheels

HERE = Path(__file__).parent
pytestmark = pytest.mark.pyodide


def _node() -> str:
    node = shutil.which("node")
    assert node, "Node is needed to run Pyodide without a browser"
    return node


def _run(site_dir: Path, folder: Path, requests: list[str]) -> dict[str, Any]:
    """The answers of the built site's runtime under Node to `requests` (run_in_pyodide.mjs)."""
    file = folder / "requests.json"
    file.write_text(json.dumps(requests), "utf-8")
    result = subprocess.run(
        [_node(), str(HERE / "run_in_pyodide.mjs"), str(site_dir), str(file)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answers: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answers


@pytest.fixture(scope="module")
def trimmed_answers(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    requests, ics_requests = stdlib_requests.exercise_requests()
    return _run(site_dir, tmp_path_factory.mktemp("trimmed"), requests + ics_requests)


@pytest.fixture(scope="module")
def xlsx_answers(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    answers: list[Any] = _run(
        site_dir, tmp_path_factory.mktemp("xlsx"), stdlib_requests.xlsx_requests()
    )["answers"]
    return answers


def test_spreadsheets_work_with_the_xlsx_group_alone(xlsx_answers: list[Any]) -> None:
    """openpyxl on the site's trimmed runtime, with the "xlsx" group's wheels (its standard-
    library modules included): a workbook written in two parts and read back, as in CPython."""
    requests = stdlib_requests.xlsx_requests()
    assert len(xlsx_answers) == len(requests)
    for request, in_pyodide in zip(requests, xlsx_answers, strict=True):
        in_cpython = json.loads(handle(request))
        assert "internal" not in [e.get("code") for e in in_pyodide.get("errors", [])], request
        if in_cpython.get("xlsx"):  # the file has its time of writing: compare the cells
            books = [
                load_workbook(io.BytesIO(base64.b64decode(a["xlsx"])))
                for a in (in_pyodide, in_cpython)
            ]
            cells = [[list(s.iter_rows(values_only=True)) for s in b.worksheets] for b in books]
            assert cells[0] == cells[1]
        else:
            assert in_pyodide == in_cpython, request
    assert any(a.get("cases") for a in xlsx_answers)  # a workbook was read


def test_the_xlsx_group_is_not_in_the_boot_runtime(site_dir: Path) -> None:
    """The first visit downloads none of it: neither openpyxl nor its standard library."""
    manifest = json.loads((site_dir / "wheels" / "manifest.json").read_text("utf-8"))
    assert [n.split("-")[0] for n in manifest["xlsx"]] == [
        "openpyxl",
        "et_xmlfile",
        "spoorwijzer_stdlib_xlsx",
    ]
    assert not {n for n in manifest["boot"]} & {n for n in manifest["xlsx"]}
    kept = stdlib_trim.read_keep()
    for name in wheels.STDLIB_EXTRAS["xlsx"]:
        assert stdlib_trim.uncovered({name.removesuffix(".*")}, kept), name


def _parsed(request: str) -> dict[str, Any]:
    try:
        value = json.loads(request)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def test_site_zip_is_the_trimmed_compiled_stored_one(site_dir: Path) -> None:
    site_zip = site_dir / "pyodide" / "python_stdlib.zip"
    keep = stdlib_trim.read_keep()
    with zipfile.ZipFile(site_zip) as archive:
        infos = archive.infolist()
        magic = {archive.read(i)[:4] for i in infos if i.filename.endswith(".pyc")}
    names = [i.filename for i in infos]
    # Bytecode only, no source: the runtime compiles nothing of the standard library.
    assert not [n for n in names if n.endswith(".py")]
    modules = {stdlib_trim.module_name(n[:-1] if n.endswith(".pyc") else n) for n in names}
    wanted = {name.removesuffix(".*") for name in keep}
    assert wanted <= modules
    assert not stdlib_trim.uncovered(modules, keep)
    assert len(magic) == 1  # one CPython made it all: the runtime's (see the Node test below)
    assert all(i.compress_type == zipfile.ZIP_STORED for i in infos)
    assert len(infos) < len(zipfile.ZipFile(stdlib_trim.FULL_ZIP).infolist())
    brotli = site_zip.with_name(site_zip.name + ".br")
    assert brotli.is_file() and brotli.stat().st_size < stdlib_trim.FULL_ZIP.stat().st_size / 2


def test_trimming_is_reproducible(site_dir: Path, tmp_path: Path) -> None:
    """Compiled again by Node, not taken from the cache: the same bytes (the service worker
    and the memory snapshot key on them)."""
    again = tmp_path / "python_stdlib.zip"
    stdlib_trim.write_trimmed(stdlib_trim.FULL_ZIP, again, stdlib_trim.read_keep(), cache=False)
    assert again.read_bytes() == (site_dir / "pyodide" / "python_stdlib.zip").read_bytes()


def test_keep_list_entries_select_modules_packages_and_whole_packages() -> None:
    keep = ["urllib.parse", "pyodide.*"]
    assert stdlib_trim.keeps("urllib/parse.py", keep)
    assert stdlib_trim.keeps("urllib/__init__.py", keep)  # the package above it
    assert stdlib_trim.keeps("urllib/", keep)
    assert not stdlib_trim.keeps("urllib/request.py", keep)
    assert stdlib_trim.keeps("pyodide/http/pyxhr.py", keep)
    assert stdlib_trim.keeps("pyodide/py.typed", keep)
    assert not stdlib_trim.keeps("pyodide_other.py", keep)
    assert stdlib_trim.module_name("json/__init__.py") == "json"
    assert stdlib_trim.module_name("_pyodide/py.typed") == "_pyodide"
    assert stdlib_trim.uncovered({"urllib.parse", "urllib.request"}, keep) == {"urllib.request"}


def test_every_action_answers_as_in_cpython(trimmed_answers: dict[str, Any]) -> None:
    requests, ics_requests = stdlib_requests.exercise_requests()
    answers = trimmed_answers["answers"]
    assert len(answers) == len(requests) + len(ics_requests)
    for request, in_pyodide in zip(requests + ics_requests, answers, strict=True):
        in_cpython = json.loads(handle(request))
        codes = [error.get("code") for error in in_pyodide.get("errors", [])]
        assert "internal" not in codes, (request, in_pyodide)
        parsed = _parsed(request)
        if parsed.get("action") == "ics" and in_cpython["ok"]:
            assert in_pyodide["ok"] and in_pyodide["filename"] == in_cpython["filename"]
            a = Calendar.from_ical(in_pyodide["ics"]).walk("VEVENT")
            b = Calendar.from_ical(in_cpython["ics"]).walk("VEVENT")
            assert [(e["uid"], e.decoded("dtstart")) for e in a] == [
                (e["uid"], e.decoded("dtstart")) for e in b
            ]
        elif "case" in parsed and "today" not in parsed:
            assert in_pyodide["ok"] == in_cpython["ok"], request  # the real today may differ
        else:
            assert in_pyodide == in_cpython, request


def test_the_requests_reach_every_action_and_outcome(trimmed_answers: dict[str, Any]) -> None:
    answers = trimmed_answers["answers"]
    assert any(a.get("ok") and "ics" in a for a in answers)
    assert any(a.get("ok") and "case" in a for a in answers)  # parse_fragment
    assert any(a.get("ok") and "milestones" in a for a in answers)
    assert any(not a.get("ok") for a in answers)


def test_the_committed_list_covers_a_fresh_recording() -> None:
    """If this fails, run `.venv/bin/python -m site_config.stdlib_trim --record` and commit
    site_config/stdlib_keep.txt (the calculator or a wheel now imports more)."""
    data = stdlib_trim.record(_node())
    modules = data["modules"]
    assert isinstance(modules, dict)
    recorded = stdlib_trim.recorded_modules(modules)
    assert "encodings.cp1252" in recorded  # the Windows-1252 CSV file was read
    static = stdlib_trim.static_imports() & stdlib_trim.stdlib_modules()
    assert not stdlib_trim.uncovered(recorded | static, stdlib_trim.read_keep())


def test_no_import_cycle_between_the_build_hook_and_the_trimmer() -> None:
    """A cycle once broken: build_assets imported stdlib_trim and stdlib_trim imported build_assets
    (hidden inside a function). Both now take the wheels from site_config/wheels.py; no module
    of site_config imports another in a cycle."""
    root = HERE.parents[1]
    modules = {
        ".".join(path.relative_to(root).with_suffix("").parts): path
        for path in (root / "site_config").rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found |= {f"{node.module}.{a.name}" for a in node.names} | {node.module}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
        graph[name] = {m for m in found if m in modules and m != name}
    assert "site_config.wheels" in graph["site_config.stdlib_trim"]
    assert "site_config.hooks.build_assets" not in graph["site_config.stdlib_trim"]

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(
            nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt}))
            for nxt in graph[start]
        )

    cycles = sorted(name for name in graph if reaches(name, name, {name}))
    assert cycles == []
