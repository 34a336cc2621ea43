"""Every expected date of calculator/examples.toml (the specification's examples) and every
expectation of calculator/worked_examples.toml (our own, one or more per point of the law, each
worked out by hand from the article it cites)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from calculator.boundary import handle
from calculator.examples import WorkedExample, load_worked_examples

from .helpers import EXAMPLES, ask, case_from_row, dates, load_toml

SPEC = load_toml(EXAMPLES)
WORKED = load_worked_examples()
GENERAL = {"deskundigenoordeel", "spoor_2_overslaan", "vangnet_eigenrisico"}


@pytest.mark.parametrize("row", SPEC, ids=[c["id"] for c in SPEC])
def test_specification_examples(row: dict[str, Any]) -> None:
    got = dates(ask(case_from_row(row), today="2026-11-23"))
    assert {k: got[k] for k in row["expected"]} == row["expected"]


def answer_for(example: WorkedExample, lang: str = "nl") -> dict[str, Any]:
    request = {"lang": lang, "today": example.today, "case": example.case}
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    return answer


@pytest.mark.parametrize("example", WORKED, ids=[e.id for e in WORKED])
def test_worked_example(example: WorkedExample) -> None:
    answer = answer_for(example)
    if example.refusal is not None:
        field = example.refusal.partition(":")[0].strip()
        field = {"leave": "pregnancy_leave"}.get(field, field)
        assert answer["ok"] is False, example.reason
        assert any(e["field"].startswith(field) for e in answer["errors"]), answer["errors"]
        return
    assert answer["ok"], answer
    by_id = {m["id"]: m for m in answer["milestones"]}
    got = {key: by_id[key]["date"] if key in by_id else "absent" for key in example.expected}
    assert got == example.expected, example.reason
    statuses = {key: by_id[key]["status"] for key in example.expected_status}
    assert statuses == example.expected_status, example.reason
    for milestone, plan_on in example.plan_on.items():
        assert by_id[milestone]["non_working_day"]["plan_on"] == plan_on
    for milestone, code in example.notes.items():
        assert code in [note["code"] for note in by_id[milestone]["notes"]]
    outcomes = {o["id"]: o["text"] for o in answer["outcomes"]}
    for outcome in example.outcomes:
        assert outcome in outcomes, (outcome, sorted(set(outcomes) - GENERAL))
    texts = " ".join(outcomes[o] for o in example.outcomes)
    for text in example.outcome_dates:
        assert text in texts


def test_every_worked_example_says_why_and_which_point() -> None:
    assert all(e.reason.strip() and e.point for e in WORKED)
    points = {e.point for e in WORKED}
    for point in [f"10.{n}" for n in range(1, 14)] + ["AOW", "IVA", "statuses"]:
        assert point in points, point


def test_basic_worked_example_in_english_too() -> None:
    nl = dates(ask({"periods": [{"start": "2026-01-05"}]}, lang="nl"))
    en = dates(ask({"periods": [{"start": "2026-01-05"}]}, lang="en"))
    assert nl == en
    assert nl["start_wia"] == "2028-01-03"
