"""A golden snapshot over a grid of inputs, committed, so that a review shows any date that
moves. Regenerate on purpose with ``UPDATE_GOLDEN=1 .venv/bin/pytest tests/unit/test_golden.py``
and read the diff."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .helpers import ask, dates

GOLDEN = Path(__file__).with_name("golden.json")
TODAY = "2026-11-23"


def grid() -> dict[str, dict[str, Any]]:
    """First sick days every 23 days over three years (every weekday, month end and holiday
    season comes by), each continuous, with a 27-day gap and with a 28-day gap."""
    cases: dict[str, dict[str, Any]] = {}
    first = date(2025, 1, 1)
    starts = [first + timedelta(days=step) for step in range(0, 1030, 23)]
    for start in [*starts, date(2026, 1, 5)]:
        iso = start.isoformat()
        end = start + timedelta(days=40)
        cases[iso] = {"periods": [{"start": iso}]}
        for gap in (27, 28):
            again = end + timedelta(days=gap + 1)
            cases[f"{iso}+gap{gap}"] = {
                "periods": [{"start": iso, "end": end.isoformat()}, {"start": again.isoformat()}]
            }
    return cases


def snapshot() -> dict[str, dict[str, str]]:
    return {key: dates(ask(case, today=TODAY)) for key, case in grid().items()}


def test_golden_snapshot() -> None:
    current = snapshot()
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", "utf-8")
    stored = json.loads(GOLDEN.read_text("utf-8"))
    moved = {
        k: {m: (stored[k].get(m), d) for m, d in v.items() if stored.get(k, {}).get(m) != d}
        for k, v in current.items()
    }
    moved = {k: v for k, v in moved.items() if v}
    assert not moved, f"dates moved (stored, now): {moved}"
    assert stored.keys() == current.keys()


def test_golden_holds_the_basic_example() -> None:
    """Guards the snapshot itself: the hand-checked basic example (ill from 5 January 2026)."""
    row = json.loads(GOLDEN.read_text("utf-8"))["2026-01-05"]
    assert row["probleemanalyse"] == "2026-02-15"
    assert row["ziekmelding_uwv"] == "2026-10-26"
    assert row["wia_aanvraag"] == "2027-10-17"
    assert row["start_wia"] == "2028-01-03"
