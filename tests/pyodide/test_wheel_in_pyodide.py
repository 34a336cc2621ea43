"""The built wheel runs in real Pyodide (npm `pyodide`: CPython 3.14 compiled to WebAssembly,
under Node, no browser) and answers exactly as CPython does for the example cases."""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from calculator.boundary import handle

HERE = Path(__file__).parent
EXAMPLES = HERE.parents[1] / "calculator" / "examples.toml"
pytestmark = pytest.mark.pyodide


def _periods(texts: list[str]) -> list[dict[str, str | None]]:
    return [{"start": t.partition("/")[0], "end": t.partition("/")[2] or None} for t in texts]


def requests() -> list[str]:
    cases = tomllib.loads(EXAMPLES.read_text("utf-8"))["case"]
    out = []
    for lang in ("nl", "en"):
        for case in cases:
            out.append(
                {
                    "lang": lang,
                    "today": "2026-11-23",
                    "case": {"periods": _periods(case["periods"])},
                }
            )
    out += [
        {
            "today": "2026-07-01",
            "case": {
                "periods": [{"start": "2026-01-05"}],
                "pregnancy_leave": {
                    "start": "2026-03-02",
                    "end": "2026-06-21",
                    "same_cause": True,
                    "pregnancy_related": True,
                },
            },
        },
        {"case": {"periods": [{"start": {"day": "31", "month": "feb", "year": "2026"}}]}},
        {"action": "parse_fragment", "fragment": "v=1&ziek=2026-01-05/2026-03-31,2026-04-21"},
        {"action": "ics", "today": "2026-11-23", "case": {"periods": [{"start": "2026-01-05"}]}},
    ]
    # Too deep for Pyodide: 10 KB and 100 KB of nested JSON, then a normal .ics request, which
    # must still work (thousands of levels used to break the runtime for every later request).
    nested = [f'{{"case": {"[" * n}{"]" * n}}}' for n in (5_000, 50_000)]
    ics_again = {
        "action": "ics",
        "today": "2026-11-23",
        "case": {"periods": [{"start": "2026-02-02"}]},
    }
    return [json.dumps(r) for r in out] + nested + [json.dumps(ics_again)]


@pytest.fixture(scope="module")
def pyodide_answers(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    node = shutil.which("node")
    assert node, "Node is needed to run Pyodide without a browser"
    file = tmp_path_factory.mktemp("pyodide") / "requests.json"
    file.write_text(json.dumps(requests()), "utf-8")
    result = subprocess.run(
        [node, str(HERE / "run_in_pyodide.mjs"), str(site_dir), str(file)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answers: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answers


def test_the_wheel_is_pure_and_needs_nothing_pyodide_lacks(site_dir: Path) -> None:
    manifest = json.loads((site_dir / "wheels" / "manifest.json").read_text("utf-8"))
    calculator_wheel = site_dir / "wheels" / manifest["boot"][0]
    assert calculator_wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(calculator_wheel) as wheel:
        names = wheel.namelist()
        metadata = next(n for n in names if n.endswith("METADATA"))
        requires = [
            line.split(":", 1)[1].strip()
            for line in wheel.read(metadata).decode().splitlines()
            if line.startswith("Requires-Dist") and "extra ==" not in line
        ]
    assert "calculator/boundary.pyc" in names
    # no browser code reads the example tables: the build and the tests read the source tree
    assert not any(name.endswith(".toml") for name in names), names
    lazy = manifest["ics"] + manifest["xlsx"]
    shipped = {w.split("-")[0].lower() for w in manifest["boot"] + lazy}
    for requirement in requires:
        name = requirement.split(";")[0].split(">")[0].split("=")[0].split("<")[0].strip()
        assert name.lower().replace("-", "_") in shipped, name


def test_the_site_loads_the_calculator_as_bytecode(site_dir: Path) -> None:
    """Compiling the calculator's source was most of ``import calculator.boundary`` on a cold
    visit: the site's wheel holds each module compiled by the runtime (sourceless ``.pyc``,
    without docstrings), and the answers above come from it."""
    manifest = json.loads((site_dir / "wheels" / "manifest.json").read_text("utf-8"))
    with zipfile.ZipFile(site_dir / "wheels" / manifest["boot"][0]) as wheel:
        modules = [n for n in wheel.namelist() if n.startswith("calculator/")]
        boundary = wheel.read("calculator/boundary.pyc")
    assert [n for n in modules if not n.endswith(".pyc")] == ["calculator/py.typed"], modules
    assert len(modules) == len(list((HERE.parents[1] / "calculator").glob("*.py"))) + 1
    # no docstring went along: the module's first words are not in its bytecode
    assert b"The one JSON boundary" not in boundary


def test_runs_on_python_3_14(pyodide_answers: dict[str, Any]) -> None:
    assert pyodide_answers["python"].startswith("3.14")


def test_same_json_as_cpython(pyodide_answers: dict[str, Any]) -> None:
    for request, in_pyodide in zip(requests(), pyodide_answers["answers"], strict=True):
        in_cpython = json.loads(handle(request))
        if '"action": "ics"' in request:
            # same events; the serialisation may differ between icalendar builds only in order
            a = Calendar.from_ical(in_pyodide["ics"]).walk("VEVENT")
            b = Calendar.from_ical(in_cpython["ics"]).walk("VEVENT")
            assert [(e["uid"], e.decoded("dtstart")) for e in a] == [
                (e["uid"], e.decoded("dtstart")) for e in b
            ]
        else:
            assert in_pyodide == in_cpython, request


def test_deep_json_is_refused_and_the_runtime_keeps_working(
    pyodide_answers: dict[str, Any],
) -> None:
    *_, deep, deeper, ics = pyodide_answers["answers"]
    for refused in (deep, deeper):
        assert refused["ok"] is False
        assert [e["code"] for e in refused["errors"]] == ["bad_request"]
    assert ics["ok"] is True
    starts = [e.decoded("dtstart") for e in Calendar.from_ical(ics["ics"]).walk("VEVENT")]
    assert starts, "the .ics after the deep requests has its events"


def test_example_dates_in_pyodide(pyodide_answers: dict[str, Any]) -> None:
    cases = tomllib.loads(EXAMPLES.read_text("utf-8"))["case"]
    for case, answer in zip(cases, pyodide_answers["answers"], strict=False):
        got = {m["id"]: m["date"] for m in answer["milestones"]}
        assert {k: got[k] for k in case["expected"]} == case["expected"], case["id"]
