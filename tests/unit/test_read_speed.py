"""What makes a long file read fast must not change what it answers: the dates of a file's
cells are kept once read (a cache), and a cache keyed on too little answers one cell with
another's outcome; the calculation skips the marks of a rule that has none, and makes its
milestones without the frozen class's slow ``__init__``."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from datetime import date

import pytest

from calculator.batch import _iso
from calculator.engine import Milestone, calculate, new_milestone
from calculator.errors import CalculatorError
from calculator.marks import PREGNANCY_OPZEGVERBOD
from calculator.model import read_case


def test_each_written_date_gets_its_own_day() -> None:
    # day and month swapped are different days; one day written three ways is one day
    assert _iso("1-2-2026", "periods.0.start", "periods.first") == "2026-02-01"
    assert _iso("2-1-2026", "periods.0.start", "periods.first") == "2026-01-02"
    assert _iso("01-02-2026", "periods.0.start", "periods.first") == "2026-02-01"
    assert _iso("2026-2-1", "periods.0.start", "periods.first") == "2026-02-01"


def test_a_refused_date_names_the_field_of_its_own_cell() -> None:
    # the same impossible text in two columns: each refusal names its own column's field
    for field, label in (("periods.0.start", "periods.first"), ("periods.0.end", "periods.end")):
        with pytest.raises(CalculatorError) as refused:
            _iso("31-02-2026", field, label)
        assert refused.value.field == field


def test_a_step_with_reasons_and_no_notes_keeps_its_reasons() -> None:
    # The calculation looks at a rule's reasons and notes only when the rule has any; the end
    # of the opzegverbod has reasons and no notes. With a leave, the opzegverbod counts
    # without pregnancy-related illness before the leave (BW 7:670 lid 1), so it is an
    # indication; with the due date alone the leave is estimated (WAZO 3:1) and still there.
    for leave in (
        {"pregnancy_leave": {"start": "2026-03-02", "end": "2026-06-21"}},
        {"pregnancy_due": "2026-04-10"},
    ):
        case = read_case({"periods": [{"start": "2026-01-05"}], **leave})
        by_id = {m.id: m for m in calculate(case, date(2026, 2, 1)).milestones}
        assert PREGNANCY_OPZEGVERBOD in by_id["einde_opzegverbod"].reasons
    case = read_case({"periods": [{"start": "2026-01-05"}]})
    by_id = {m.id: m for m in calculate(case, date(2026, 2, 1)).milestones}
    assert PREGNANCY_OPZEGVERBOD not in by_id["einde_opzegverbod"].reasons


def test_a_milestone_made_fast_is_one_made_by_its_class() -> None:
    # every field set (a default forgotten would leave it unset), equal to one the class
    # makes from the same fields, and still frozen
    names = {f.name for f in fields(Milestone)}
    case = read_case({"periods": [{"start": "2026-01-05", "end": "2026-03-01"}]})
    for m in calculate(case, date(2026, 2, 1)).milestones:
        assert set(vars(m)) == names
        assert m == Milestone(**vars(m))
    made = new_milestone(
        rule=m.rule, date=m.date, start=None, week=1, week_start=1, day=1, status="later"
    )
    assert made == Milestone(
        rule=m.rule, date=m.date, start=None, week=1, week_start=1, day=1, status="later"
    )
    with pytest.raises(FrozenInstanceError):
        made.status = "done"  # type: ignore[misc]
