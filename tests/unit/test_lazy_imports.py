"""The first answer loads only what it needs: the browser runs each module's top-level code
while the visitor waits, so Meerdere dossiers' reading and exports (``calculator.batch``,
``calculator.exports``, ``calculator.tablefile``, ``calculator.merge``, the ``csv`` module) load
with the first request that needs them, as the calendar (``calculator.ics``) and the spreadsheet
(``calculator.xlsx``) already do. Each check runs in a fresh interpreter, so no earlier test has
imported anything."""

from __future__ import annotations

import json
import subprocess
import sys

LATER = (
    "calculator.batch",
    "calculator.exports",
    "calculator.tablefile",
    "calculator.merge",
    "csv",
)

PROBE = """
import json, sys
from calculator.boundary import handle
request = json.loads(sys.argv[1])
answer = json.loads(handle(json.dumps(request)))
assert answer["ok"], answer
print(json.dumps([name for name in json.loads(sys.argv[2]) if name in sys.modules]))
"""


def loaded_after(request: dict[str, object]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(request), json.dumps(LATER)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_the_first_answer_loads_nothing_of_meerdere_dossiers() -> None:
    case = {"periods": [{"start": "2026-01-05"}]}
    request = {"action": "calculate", "lang": "nl", "today": "2026-12-07", "case": case}
    assert loaded_after(request) == []


def test_a_list_of_cases_loads_them_when_asked() -> None:
    case = {"periods": [{"start": "2026-01-05"}]}
    request = {"action": "batch", "today": "2026-12-07", "cases": [{"id": "a", "case": case}]}
    assert {"calculator.batch", "calculator.exports"} <= set(loaded_after(request))
