"""Rules carry the period in which they are valid, and the calculation uses it: a case whose
milestone falls outside its rule's validity gets an explicit outcome (as GOV.UK's calculators
do when a period straddles a rule change), and a first sick day before the rules the table
covers is refused."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calculator import engine
from calculator.rules import EARLIEST_FIRST_SICK_DAY, MILESTONE_RULES

from .helpers import ask


def test_a_case_that_straddles_a_rule_change_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Suppose the WIA-application rule stopped applying on 1 June 2027: a case whose
    # application date falls after that gets the outcome, and the milestone is an indication.
    changed = tuple(
        dataclasses.replace(rule, valid_until=date(2027, 6, 1))
        if rule.id == "wia_aanvraag"
        else rule
        for rule in MILESTONE_RULES
    )
    monkeypatch.setattr(engine, "MILESTONE_RULES", changed)
    answer = ask({"periods": [{"start": "2026-01-05"}]}, lang="en")
    by_id = {m["id"]: m for m in answer["milestones"]}
    assert by_id["wia_aanvraag"]["indication"]
    assert "outside the period" in by_id["wia_aanvraag"]["indication_text"]
    [outcome] = [o for o in answer["outcomes"] if o["id"] == "regels_gewijzigd"]
    assert "WIA application at the latest" in outcome["text"]
    assert not by_id["reintegratieverslag"]["indication"]


def test_no_rule_change_no_outcome() -> None:
    answer = ask({"periods": [{"start": "2026-01-05"}]})
    assert "regels_gewijzigd" not in {o["id"] for o in answer["outcomes"]}


def test_earliest_first_sick_day_comes_from_the_rules() -> None:
    core = [r.valid_from for r in MILESTONE_RULES if r.valid_from and not r.only_if]
    assert max(core) == EARLIEST_FIRST_SICK_DAY
    early = ask({"periods": [{"start": "2013-06-30"}]})
    assert early["errors"][0]["code"] == "date_too_early"
    assert ask({"periods": [{"start": EARLIEST_FIRST_SICK_DAY.isoformat()}]})["ok"]
