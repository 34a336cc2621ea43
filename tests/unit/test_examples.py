"""Every expected date of calculator/examples.toml and of our own worked examples."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import EXAMPLES, WORKED, ask, case_from_row, dates, load_toml

SHARED = load_toml(EXAMPLES)
OWN = load_toml(WORKED)


@pytest.mark.parametrize("row", SHARED, ids=[c["id"] for c in SHARED])
def test_shared_examples(row: dict[str, Any]) -> None:
    got = dates(ask(case_from_row(row), today="2026-11-23"))
    assert {k: got[k] for k in row["expected"]} == row["expected"]


@pytest.mark.parametrize("row", OWN, ids=[c["id"] for c in OWN])
def test_own_worked_examples(row: dict[str, Any]) -> None:
    answer = ask(case_from_row(row), today=row["today"])
    got = dates(answer)
    assert {k: got[k] for k in row["expected"]} == row["expected"], row["reason"]
    by_id = {m["id"]: m for m in answer["milestones"]}
    for milestone, plan_on in row.get("plan_on", {}).items():
        assert by_id[milestone]["non_working_day"]["plan_on"] == plan_on
    if "outcome" in row:
        outcome = next(o for o in answer["outcomes"] if o["id"] == row["outcome"])
        for text in row["outcome_dates"]:
            assert text in outcome["text"]


def test_every_worked_example_says_why() -> None:
    assert all(row["reason"].strip() for row in OWN)


def test_rules_md_worked_example_in_english_too() -> None:
    nl = dates(ask({"periods": [{"start": "2026-01-05"}]}, lang="nl"))
    en = dates(ask({"periods": [{"start": "2026-01-05"}]}, lang="en"))
    assert nl == en
    assert nl["start_wia"] == "2028-01-03"
