"""The worked examples: ``examples.toml`` (the specification's examples: sickness periods and
the expected date per milestone) and ``worked_examples.toml`` (our own, one or more per point of
the law, with every kind of input, the reasoning and the article). The tests check every value;
the site renders them and its build fails when a date differs.

Both tables live beside this module in the source tree, where the site's build and the tests
read them; the wheel the browser loads leaves them out (no browser code reads them).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .counting import Period
from .dates import parse_date
from .errors import ImpossibleValueError
from .inputs import INPUTS, put
from .names import put as put_names


class UnknownInputError(ValueError):
    """An example names an input the calculator does not have (a typo, or an input renamed)."""


#: The keys of a case of examples.toml (its header documents them).
SPEC_KEYS = frozenset({"id", "note", "note_nl", "title_nl", "title_en", "periods", "expected"})


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
    for case in data["case"]:
        unknown = set(case) - SPEC_KEYS
        if unknown:
            raise UnknownInputError(
                f"example {case.get('id')!r} has unknown keys {sorted(unknown)}"
            )
    return [
        Example(
            case["id"],
            put_names(case.get("note", "")),
            tuple(parse_period(p, i) for i, p in enumerate(case["periods"])),
            dict(case["expected"]),
            (
                put_names(case.get("title_nl", case["id"])),
                put_names(case.get("title_en", case["id"])),
            ),
            put_names(case.get("note_nl", case.get("note", ""))),
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


#: The keys of an example that say what it is and what it expects; every other key is a case
#: input (:data:`calculator.inputs.TABLE`, by its id).
ABOUT_KEYS = (SPEC_KEYS - {"periods"}) | frozenset(
    {
        "point",
        "reason",
        "reason_nl",
        "title_nl",
        "title_en",
        "today",
        "expected",
        "expected_status",
        "outcomes",
        "outcome_dates",
        "notes",
        "plan_on",
        "refused",
        "refusal",
    }
)


def case_from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The boundary's ``case`` object for a row of a TOML table of cases: each key is the id of a
    case input of :data:`calculator.inputs.TABLE` (``actual`` a table of steps, for the inputs
    ``actual_<step>``), put at the input's key; anything else is an :class:`UnknownInputError`.

    >>> case_from_row({"id": "x", "periods": ["2026-01-05"], "leave": "2026-03-02/2026-06-21",
    ...                "leave_same_cause": False, "actual": {"probleemanalyse": "2026-02-10"}})
    ... # doctest: +NORMALIZE_WHITESPACE
    {'periods': [{'start': '2026-01-05', 'end': None}],
     'pregnancy_leave': {'start': '2026-03-02', 'end': '2026-06-21', 'same_cause': False},
     'actual': {'probleemanalyse': '2026-02-10'}}
    >>> case_from_row({"periods": ["2026-01-05"], "sanction": 12})
    Traceback (most recent call last):
    ...
    calculator.examples.UnknownInputError: an example names 'sanction', which is no case input
    """
    case: dict[str, Any] = {}
    for key, value in row.items():
        if key in ABOUT_KEYS:
            continue
        if key == "actual" and isinstance(value, Mapping):
            for step, day in value.items():
                _put_input(case, f"actual_{step}", day)
        else:
            _put_input(case, key, value)
    return case


def _put_input(case: dict[str, Any], input_id: str, value: Any) -> None:
    row = INPUTS.get(input_id)
    if row is None or row.scope != "case":
        raise UnknownInputError(f"an example names {input_id!r}, which is no case input")
    if row.kind == "periods":
        value = [{"start": p.partition("/")[0], "end": p.partition("/")[2] or None} for p in value]
    if row.kind == "date_range":  # "START/END"; its flags (same cause, ...) share the key
        start, _, end = str(value).partition("/")
        put(case, f"{row.key}.start", start)
        put(case, f"{row.key}.end", end)
        return
    put(case, row.key, value)


def load_worked_examples() -> list[WorkedExample]:
    """Read ``worked_examples.toml`` from this package."""
    text = resources.files("calculator").joinpath("worked_examples.toml").read_text("utf-8")
    return [
        WorkedExample(
            id=row["id"],
            point=str(row.get("point", "basis")),
            reason=put_names(row["reason"]),
            title=(
                put_names(row.get("title_nl", row["id"])),
                put_names(row.get("title_en", row["id"])),
            ),
            reason_nl=put_names(row.get("reason_nl", row["reason"])),
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
