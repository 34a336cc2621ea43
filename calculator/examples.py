"""The worked examples (``examples.toml``): sickness periods and the expected date per
milestone, with the reason for each case. The tests check every date; the site renders them.

This file is the project's one copy of the specification's examples (it ships in the wheel so
that the site's worked-examples page can render it); the tests read it from here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .counting import Period
from .dates import parse_date
from .errors import ImpossibleValueError


@dataclass(frozen=True)
class Example:
    id: str
    note: str
    periods: tuple[Period, ...]
    period_texts: tuple[str, ...]
    expected: dict[str, str]


def parse_period(text: str, index: int = 0) -> Period:
    """``START/END`` (ended in full recovery) or a bare ``START`` (the illness goes on)."""
    if not isinstance(text, str):
        raise ImpossibleValueError("date_format", f"periods.{index}.start")
    start, _, end = text.partition("/")
    label = "first_sick_day" if index == 0 else "period_start"
    return Period(
        parse_date(start, f"periods.{index}.start", label),
        parse_date(end, f"periods.{index}.end", "period_end") if end else None,
    )


def load_examples(path: Path | str | None = None) -> list[Example]:
    """Read the examples from ``path`` or from the copy in this package."""
    if path is None:
        data: dict[str, Any] = tomllib.loads(
            resources.files("calculator").joinpath("examples.toml").read_text("utf-8")
        )
    else:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    return [
        Example(
            case["id"],
            case.get("note", ""),
            tuple(parse_period(p, i) for i, p in enumerate(case["periods"])),
            tuple(case["periods"]),
            dict(case["expected"]),
        )
        for case in data["case"]
    ]
