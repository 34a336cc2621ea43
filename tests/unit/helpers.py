"""Shared helpers for the calculator tests: building requests the way the page and CLI do."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from calculator.boundary import handle

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "calculator" / "examples.toml"


def periods(texts: list[str]) -> list[dict[str, str | None]]:
    out: list[dict[str, str | None]] = []
    for text in texts:
        start, _, end = text.partition("/")
        out.append({"start": start, "end": end or None})
    return out


def case_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """The boundary's ``case`` object for a row of a TOML table of cases."""
    case: dict[str, Any] = {"periods": periods(row["periods"])}
    if "leave" in row:
        start, _, end = row["leave"].partition("/")
        case["pregnancy_leave"] = {
            "start": start,
            "end": end,
            "same_cause": row.get("same_cause", False),
            "pregnancy_related": row.get("pregnancy_related", False),
        }
    if "actual" in row:
        case["actual"] = dict(row["actual"])
    if "sanction_weeks" in row:
        case["loonsanctie"] = {"weeks": row["sanction_weeks"]}
    if "sanction_repaired" in row:
        case["loonsanctie"] = {"repaired": row["sanction_repaired"]}
    for key in ("extension_end", "contract_end"):
        if key in row:
            case[key] = row[key]
    return case


def ask(
    case: dict[str, Any],
    today: str | date = "2026-11-23",
    lang: str = "nl",
    action: str = "calculate",
) -> dict[str, Any]:
    """Call the JSON boundary exactly as the worker does: JSON text in, JSON text out."""
    request = {"action": action, "lang": lang, "today": str(today), "case": case}
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    return answer


def dates(answer: dict[str, Any]) -> dict[str, str]:
    assert answer["ok"], answer
    return {m["id"]: m["date"] for m in answer["milestones"]}


def load_toml(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = tomllib.loads(path.read_text("utf-8"))["case"]
    return cases
