"""Every legal period's boundary is tested on both sides.

For each period of ``calculator/law.py`` that a date depends on, the period is made one week
shorter and one week longer (a version that exists only in this test, through the law's own
calendar), and at least one worked example or specification example must then fail. So no period
can be changed without a test noticing, in either direction: the week-81 limit of WIA art. 64
lid 6 made 80 or 82, the 42 weeks of ZW art. 38 made 41 or 43, and so on. For a period with
several versions, the day a version starts is moved one day either way as well.

A few periods are only quoted in texts and pages (no date depends on them); they are listed in
:data:`QUOTED_ONLY`, and a test checks that the formulas indeed never read them.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from calculator import law
from calculator.boundary import handle
from calculator.examples import WorkedExample, load_worked_examples

from .helpers import EXAMPLES, ask, case_from_row, dates, load_toml

WORKED = load_worked_examples()
SPEC = load_toml(EXAMPLES)

#: Periods no date depends on: they are only quoted ({const NAME}) in texts and pages.
QUOTED_ONLY = {
    "ontslag_geen_herstel",  # BW 7:669 lid 3 onder b: a text about dismissal after two years
    "eerstejaars_zw_beoordeling",  # ZW 19aa: the Ziektewet page
    "referte_periode",  # WIA 58: the WGA page
    "referte_gewerkt",
    "zwangerschapsverlof_uiterlijk",  # WAZO 3:1 lid 2: the latest start, said with an estimate
    "loon_minimum_eerste",  # BW 7:629 lid 1: the date of "Krijg ik nog loon?", not a milestone
}
#: Periods that decide a notice or a recurring step rather than a date: each has its own test
#: below, on both sides.
OWN_TEST = {"verlenging_minimum", "spoor_2_overslaan_aow", "evaluatie_interval"}


def worked_fails(example: WorkedExample) -> bool:
    request = {"lang": "nl", "today": example.today, "case": example.case}
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    if example.refusal is not None:
        return bool(answer["ok"])
    if not answer["ok"]:
        return True
    by_id = {m["id"]: m for m in answer["milestones"]}
    got = {key: by_id[key]["date"] if key in by_id else "absent" for key in example.expected}
    statuses = {key: by_id.get(key, {}).get("status") for key in example.expected_status}
    notes = {
        key: code in [n["code"] for n in by_id.get(key, {}).get("notes", [])]
        for key, code in example.notes.items()
    }
    outcomes = {o["id"]: o["text"] for o in answer["outcomes"]}
    texts = " ".join(outcomes.get(o, "") for o in example.outcomes)
    return (
        got != example.expected
        or statuses != example.expected_status
        or not all(notes.values())
        or not all(o in outcomes for o in example.outcomes)
        or not all(text in texts for text in example.outcome_dates)
    )


def spec_fails(row: dict[str, Any]) -> bool:
    answer = ask(case_from_row(row), today="2026-11-23")
    if not answer["ok"]:
        return True
    got = dates(answer)
    return {k: got.get(k) for k in row["expected"]} != row["expected"]


def some_example_fails() -> bool:
    return any(worked_fails(e) for e in WORKED) or any(spec_fails(r) for r in SPEC)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = {name: period.versions for name, period in law.PERIODS.items()}
    yield
    for name, versions in saved.items():
        law.PERIODS[name].versions = versions


def mutations() -> Iterator[tuple[str, str, int]]:
    for name, period in law.PERIODS.items():
        if name in QUOTED_ONLY | OWN_TEST:
            continue
        for index in range(len(period.versions)):
            yield name, "days", index
        for index in range(1, len(period.versions)):
            yield name, "start", index


@pytest.mark.parametrize(("name", "what", "index"), list(mutations()))
@pytest.mark.parametrize("step", [-1, 1], ids=["shorter", "longer"])
def test_each_period_is_pinned_on_both_sides(
    name: str, what: str, index: int, step: int, restore: None
) -> None:
    period = law.PERIODS[name]
    versions = list(period.versions)
    if what == "days":  # one week shorter or longer (four weeks: one day, the gap is in days)
        delta = 1 if name == "samentellen" else law.DAYS_PER_WEEK
        versions[index] = dataclasses.replace(
            versions[index], days=versions[index].days + step * delta
        )
    else:  # the day this version starts moves one day earlier or later
        before, this = versions[index - 1], versions[index]
        assert before.valid_until is not None and this.valid_from is not None
        moved = timedelta(days=step)
        versions[index - 1] = dataclasses.replace(before, valid_until=before.valid_until + moved)
        versions[index] = dataclasses.replace(this, valid_from=this.valid_from + moved)
    period.versions = tuple(versions)
    assert some_example_fails(), f"{name}: {what} of version {index} moved {step}, no test saw it"


def test_the_quoted_only_periods_move_no_date(restore: None) -> None:
    # Make each of them absurd at once: not one example may change.
    for name in QUOTED_ONLY:
        period = law.PERIODS[name]
        period.versions = tuple(dataclasses.replace(v, days=v.days + 7) for v in period.versions)
    assert not some_example_fails()


def test_the_evaluation_interval_is_pinned_on_both_sides(restore: None) -> None:
    # UWV practice, six weeks after the plan van aanpak: the first evaluation of the worked
    # example "ziek-uit-dienst-eerste-evaluatie-op-laatste-dag" falls on the contract's last day.
    period = law.EVALUATIE_INTERVAL
    normal = period.versions
    case = {"periods": [{"start": "2026-01-05"}], "contract_end": "2026-04-12"}
    for delta, expected in ((-7, "2026-04-05"), (7, None), (0, "2026-04-12")):
        period.versions = tuple(dataclasses.replace(v, days=v.days + delta) for v in normal)
        shown = dates(ask(case, "2026-03-10")).get("evaluatie")
        assert shown == expected, delta


def outcome_ids(case: dict[str, Any], today: str) -> set[str]:
    return {o["id"] for o in ask(case, today)["outcomes"]}


def shifted(period: law.LegalPeriod, delta: int) -> None:
    period.versions = tuple(dataclasses.replace(v, days=v.days + delta) for v in period.versions)


@pytest.mark.parametrize("delta", [-7, 0, 7])
def test_the_extension_notice_is_pinned_on_both_sides(delta: int, restore: None) -> None:
    # UWV extends by at least 13 weeks: an extension of 91 days (2028-01-02 + 91) gets no
    # notice, one of 90 days does.
    shifted(law.VERLENGING_MINIMUM, delta)
    base = {"periods": [{"start": "2026-01-05"}]}
    exactly = "verlenging_kort" in outcome_ids(
        {**base, "extension_end": "2028-04-02"}, "2027-06-01"
    )
    shorter = "verlenging_kort" in outcome_ids(
        {**base, "extension_end": "2028-04-01"}, "2027-06-01"
    )
    assert (exactly, shorter) == {-7: (False, False), 0: (False, True), 7: (True, True)}[delta]


@pytest.mark.parametrize("delta", [-7, 0, 7])
def test_the_aow_within_a_year_notice_is_pinned_on_both_sides(delta: int, restore: None) -> None:
    # UWV accepts leaving out spoor 2 when the AOW age falls within 52 weeks after the end of the
    # wachttijd (2028-01-03 + 364 = 2029-01-01): born 1961-10-01 (AOW 2029-01-01) within,
    # born 1961-10-02 (AOW 2029-01-02) not.
    shifted(law.SPOOR_2_OVERSLAAN_AOW, delta)
    case = {"periods": [{"start": "2026-01-06"}]}
    on = "aow_na_wachttijd" in outcome_ids({**case, "birth_date": "1961-10-01"}, "2026-02-01")
    after = "aow_na_wachttijd" in outcome_ids({**case, "birth_date": "1961-10-02"}, "2026-02-01")
    assert (on, after) == {-7: (False, False), 0: (True, False), 7: (True, True)}[delta]
