"""Periods are added together across a pregnancy and maternity leave only when the illness
directly precedes and follows it (WIA 23 lid 3 onder a 2°, ZW 29 lid 5, BW 7:629 lid 10, 7:670
lid 1); the dates are in calculator/worked_examples.toml (point 10.10). Here: what the answer
says about the days in between."""

from __future__ import annotations

from typing import Any

from .helpers import ask

LEAVE = {"start": "2026-03-02", "end": "2026-06-21"}


def report(periods: list[dict[str, str]]) -> tuple[dict[str, Any], dict[str, Any]]:
    answer = ask({"periods": periods, "pregnancy_leave": LEAVE}, "2026-11-30")
    assert answer["ok"], answer
    found = next(m for m in answer["milestones"] if m["id"] == "ziekmelding_uwv")
    return answer, found


def test_worked_days_before_the_leave_are_not_called_leave() -> None:
    answer, m = report([{"start": "2026-01-05", "end": "2026-02-19"}, {"start": "2026-06-22"}])
    assert not any("verlof" in line for line in m["derivation"])
    assert [b["kind"] for b in answer["picture"]["bands"]] == ["sick", "ahead"]
    text = next(o["text"] for o in answer["outcomes"] if o["id"] == "zwangerschap")
    assert "werkdag tussen de ziekte en het verlof" in text
    assert "lopen door over het verlof" not in text


def test_a_weekend_beside_the_leave_is_recovery_not_leave() -> None:
    answer, m = report([{"start": "2026-01-05", "end": "2026-02-27"}, {"start": "2026-06-22"}])
    lines = " ".join(m["derivation"])
    assert "2 dagen hersteld (zaterdag 28 februari 2026 tot en met zondag 1 maart 2026)" in lines
    assert "112 dagen met zwangerschaps- en bevallingsverlof" in lines
    kinds = [(b["kind"], b["start"]) for b in answer["picture"]["bands"]]
    assert ("recovered", "2026-02-28") in kinds and ("leave", "2026-03-02") in kinds
