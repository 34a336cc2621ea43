"""Shared helpers for the calculator tests: building requests the way the page and CLI do."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from calculator.boundary import handle
from calculator.examples import case_from_row

__all__ = ["ask", "case_from_row", "dates", "load_toml"]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "calculator" / "examples.toml"


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
