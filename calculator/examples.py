"""The worked examples: ``examples.toml`` (the specification's examples: sickness periods and
the expected date per milestone) and ``worked_examples.toml`` (our own, one or more per point of
the law, with every kind of input, the reasoning and the article). The tests check every value;
the site renders them and its build fails when a date differs.

Both tables live beside this module in the source tree, where the site's build and the tests
read them; the wheel the browser loads leaves them out (no browser code reads them).
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
from .names import put


@dataclass(frozen=True)
class Example:
    id: str
    note: str
    periods: tuple[Period, ...]
    expected: dict[str, str]
    title: tuple[str, str] = ("", "")  # (Dutch, English) heading for the site
    note_nl: str = ""


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
            put(case.get("note", "")),
            tuple(parse_period(p, i) for i, p in enumerate(case["periods"])),
            dict(case["expected"]),
            (put(case.get("title_nl", case["id"])), put(case.get("title_en", case["id"]))),
            put(case.get("note_nl", case.get("note", ""))),
        )
        for case in data["case"]
    ]


@dataclass(frozen=True)
class WorkedExample:
    """A case of ``worked_examples.toml`` (its header documents the keys)."""

    id: str
    point: str
    reason: str
    title: tuple[str, str]  # (Dutch, English) heading for the site
    reason_nl: str
    case: dict[str, Any]  # the boundary's ``case`` object
    today: str
    expected: dict[str, str]
    expected_status: dict[str, str]
    outcomes: tuple[str, ...]
    outcome_dates: tuple[str, ...]
    notes: dict[str, str]
    plan_on: dict[str, str]
    refusal: str | None  # "<field>: why" when the input must be refused


def case_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """The boundary's ``case`` object for a row of a TOML table of cases."""
    case: dict[str, Any] = {
        "periods": [
            {"start": p.partition("/")[0], "end": p.partition("/")[2] or None}
            for p in row["periods"]
        ]
    }
    if "leave" in row:
        start, _, end = row["leave"].partition("/")
        case["pregnancy_leave"] = {"start": start, "end": end}
        for flag in ("same_cause", "pregnancy_related"):
            if flag in row:
                case["pregnancy_leave"][flag] = row[flag]
    if "actual" in row:
        case["actual"] = dict(row["actual"])
    if "sanction_weeks" in row:
        case["loonsanctie"] = {"weeks": row["sanction_weeks"]}
    if "sanction_repaired" in row:
        case["loonsanctie"] = {"repaired": row["sanction_repaired"]}
    for key in (
        "extension_end",
        "contract_end",
        "birth_date",
        "early_iva",
        "proeftijd",
        "dismissal_request",
        "pregnancy_due",
    ):
        if key in row:
            case[key] = row[key]
    if row.get("wia_letter") == "none":
        case["wia_no_letter"] = True
    elif "wia_letter" in row:
        case["wia_letter"] = row["wia_letter"]
    return case


def load_worked_examples() -> list[WorkedExample]:
    """Read ``worked_examples.toml`` from this package."""
    text = resources.files("calculator").joinpath("worked_examples.toml").read_text("utf-8")
    return [
        WorkedExample(
            id=row["id"],
            point=str(row.get("point", "basis")),
            reason=put(row["reason"]),
            title=(put(row.get("title_nl", row["id"])), put(row.get("title_en", row["id"]))),
            reason_nl=put(row.get("reason_nl", row["reason"])),
            case=case_from_row(row),
            today=row.get("today", "2026-11-30"),
            expected=dict(row.get("expected", {})),
            expected_status=dict(row.get("expected_status", {})),
            outcomes=tuple(row.get("outcomes", ())),
            outcome_dates=tuple(row.get("outcome_dates", ())),
            notes=dict(row.get("notes", {})),
            plan_on=dict(row.get("plan_on", {})),
            refusal=row.get("refusal") if row.get("refused") else None,
        )
        for row in tomllib.loads(text)["case"]
    ]
