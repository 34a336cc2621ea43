"""The law's own calendar: each legal period carries the dates its versions are in force, and each
formula takes the version in force on the day the law ties it to.

The first real user is the AOW sick pay (BW 7:629 lid 2 onder b: thirteen weeks for illness that
began before 1 July 2023, six from then; the worked examples ``aow-overgangsrecht-13-weken`` and
``aow-na-1-juli-2023-6-weken`` pin both sides). The second is a change that exists only in this
file: suppose the 42-week report became a 40-week report for first sick days from 1 January
2028. Cases on each side of that date and across it must give the right dates, derivations,
texts and outcome, with no other change than one version in ``calculator/law.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from calculator import cli, law
from calculator.rules import nominal_weeks

from .helpers import ask

CHANGE = date(2028, 1, 1)


@pytest.fixture
def forty_weeks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """ZW 38 lid 1 as it would read after a (made-up) change: 40 weeks for first sick days from
    1 January 2028, 42 before. One version added to the row; nothing else changes."""
    old = law.ZIEKMELDING_UWV.versions[-1]
    versions = (
        law.Term(old.days, old.source, old.practice, old.valid_from, CHANGE - timedelta(days=1)),
        law.weeks(40, "Ziektewet art. 38 lid 1 (a change made up by a test)", valid_from=CHANGE),
    )
    monkeypatch.setattr(law.ZIEKMELDING_UWV, "versions", versions)
    yield


def report(answer: dict[str, Any]) -> dict[str, Any]:
    assert answer["ok"], answer
    found: dict[str, Any] = next(m for m in answer["milestones"] if m["id"] == "ziekmelding_uwv")
    return found


def outcome_ids(answer: dict[str, Any]) -> set[str]:
    return {o["id"] for o in answer["outcomes"] if not o["general"]}


# --- every period is a well-formed calendar --------------------------------------------------


@pytest.mark.parametrize("period", law.PERIODS.values(), ids=list(law.PERIODS))
def test_each_period_has_versions_in_order_without_gaps_and_a_tie(
    period: law.LegalPeriod,
) -> None:
    assert period.versions and period.tied_to and period.source
    assert period.versions[0].valid_from is not None, "say from when the law is known"
    for before, after in zip(period.versions, period.versions[1:], strict=False):
        assert before.valid_until is not None and after.valid_from is not None
        assert after.valid_from == before.valid_until + timedelta(days=1), period.name
    assert period.versions[-1].valid_until is None, "the last version is in force now"


def test_a_day_outside_every_version_gets_the_nearest() -> None:
    first = law.AOW_LOONDOORBETALING.versions[0]
    assert first.valid_from is not None
    assert law.AOW_LOONDOORBETALING.on(first.valid_from - timedelta(days=1)) is first
    assert law.AOW_LOONDOORBETALING.on(date(2099, 1, 1)).weeks == 6


def test_aow_sick_pay_is_chosen_by_the_first_sick_day_on_each_side_of_1_july_2023() -> None:
    # BW 7:629 lid 2 onder b and its transitional law: the first sick day decides, not the date
    # sick pay ends. Born 1955-09-01 (AOW 2022-04-01): past AOW age on either day.
    for first, last in (("2023-06-30", "2023-09-28"), ("2023-07-01", "2023-08-11")):
        answer = ask({"periods": [{"start": first}], "birth_date": "1955-09-01"}, "2023-12-01")
        by_id = {m["id"]: m for m in answer["milestones"]}
        assert by_id["einde_loondoorbetaling"]["date"] == last
        weeks = 13 if first == "2023-06-30" else 6
        assert f"{weeks} weken loon bij ziekte" in by_id["einde_loondoorbetaling"]["text"]


# --- a change that exists only here: the 40-week report from 2028 -----------------------------


def test_before_the_change_the_report_follows_42_weeks(forty_weeks: None) -> None:
    # Friday 31 December 2027 + 294 days (42 weeks) = Friday 20 October 2028, a working day.
    answer = ask({"periods": [{"start": "2027-12-31"}]}, "2028-02-01")
    m = report(answer)
    assert (m["date"], m["week"], m["week_text"]) == ("2028-10-20", 42, "na week 42")
    assert "Ziektedag 294, het einde van week 42" in " ".join(m["derivation"])
    assert "42 weken heeft geduurd" in m["text"]
    assert "regels_gewijzigd" not in outcome_ids(answer)


def test_from_the_change_the_report_follows_40_weeks(forty_weeks: None) -> None:
    # Monday 3 January 2028 + 280 days (40 weeks) = Monday 9 October 2028, a working day.
    answer = ask({"periods": [{"start": "2028-01-03"}]}, "2028-02-01", lang="en")
    m = report(answer)
    assert (m["date"], m["week"], m["week_text"]) == ("2028-10-09", 40, "after week 40")
    assert "Sick day 280, the end of week 40" in " ".join(m["derivation"])
    assert "lasted 40 weeks" in m["text"] and "after week 40" in m["text"]
    assert "regels_gewijzigd" not in outcome_ids(answer)
    # The other steps did not change: the probleemanalyse is still week 6, the end week 104.
    by_id = {x["id"]: x for x in answer["milestones"]}
    assert by_id["probleemanalyse"]["date"] == "2028-02-13"
    assert by_id["einde_wachttijd"]["date"] == "2029-12-30"


def test_across_the_change_the_first_sick_day_decides(forty_weeks: None) -> None:
    # Ill from Monday 7 June 2027: the report falls in 2028, after the change, but the period
    # is tied to the first sick day: 42 weeks, day 295 = Monday 27 March 2028.
    m = report(ask({"periods": [{"start": "2027-06-07"}]}, "2028-01-10"))
    assert (m["date"], m["week"]) == ("2028-03-27", 42)
    # Periods added together keep the chain's first sick day (20 December 2027): 42 weeks.
    # Days 1-5 are 20-24 December; day 6 is 10 January 2028, so day 294 is 10 January + 288
    # days = Tuesday 24 October 2028; the report is the day after.
    chain = [{"start": "2027-12-20", "end": "2027-12-24"}, {"start": "2028-01-10"}]
    m = report(ask({"periods": chain}, "2028-02-01"))
    assert (m["date"], m["week"]) == ("2028-10-25", 42)
    # A gap of 28 days or more starts a new chain on 10 January 2028: 40 weeks, day 281 =
    # 10 January + 280 days = Monday 16 October 2028.
    anew = [{"start": "2027-11-01", "end": "2027-11-30"}, {"start": "2028-01-10"}]
    m = report(ask({"periods": anew}, "2028-02-01"))
    assert (m["date"], m["week"]) == ("2028-10-16", 40)


def test_the_change_reaches_the_pages_the_calendar_and_the_cli(
    forty_weeks: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert nominal_weeks(date(2027, 12, 31))["ziekmelding_uwv"] == (None, 42)
    assert nominal_weeks(date(2028, 1, 3))["ziekmelding_uwv"] == (None, 40)
    calendar = ask({"periods": [{"start": "2028-01-03"}]}, "2028-02-01", action="ics")
    ics = calendar["ics"].replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20281009" in ics and "40 weken heeft geduurd" in ics
    assert cli.main(["--json", "--today", "2028-02-01", "2028-01-03"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert report(answer)["date"] == "2028-10-09"


def test_without_the_change_the_law_of_today_holds() -> None:
    # The fixture undoes itself: the same case is back to 42 weeks (Monday 23 October 2028).
    m = report(ask({"periods": [{"start": "2028-01-03"}]}, "2028-02-01"))
    assert (m["date"], m["week"]) == ("2028-10-23", 42)
    assert "42 weken heeft geduurd" in m["text"]  # no week of the made-up law left in a cache
