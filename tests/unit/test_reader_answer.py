"""The parts of the answer written for one reader: "Krijg ik nog loon?", the leave estimated
from the due date, the site's own explanation of each step, and the home page's typed date."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from calculator import explained
from calculator.boundary import handle
from calculator.fragment import decode
from tests.unit.helpers import ask

ROOT = Path(__file__).resolve().parents[2]
CASE = {"periods": [{"start": "2026-01-05"}]}


def by_id(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for m in answer["milestones"]}


# ----- "Krijg ik nog loon?" (BW 7:629) ------------------------------------------------------


def test_the_employee_reads_how_long_and_how_much_in_general_rules() -> None:
    answer = ask(CASE, today="2026-11-23")
    pay = answer["now"]["pay"]["werknemer"]
    assert pay["title"] == "Krijg ik nog loon?"
    # the last day of pay is the last day of the 104 weeks: day 728 = Sunday 2 January 2028
    assert pay["until"] == by_id(answer)["einde_wachttijd"]["date"] == "2028-01-02"
    first, how_much, after, general = (p["text"] for p in pay["parts"])
    assert first.endswith("tot en met zondag 2 januari 2028.")
    # BW 7:629 lid 1: 70 %, and the minimum wage for the first 52 weeks (day 364: 3 Jan 2027)
    assert "Minstens 70% van je loon (regel in 2026)" in how_much
    assert "eerste 52 weken van je ziekte, tot en met zondag 3 januari 2027" in how_much
    assert "minimumloon" in how_much and "cao" in how_much
    # then the WIA, applied for by the last day of week 93 (Sunday 17 October 2027)
    assert "zondag 17 oktober 2027" in after and "WIA" in after
    assert "geen bedrag voor jou" in general  # never the person's own amount
    labels = [s["label"] for p in pay["parts"] for s in p["sources"]]
    assert "BW art. 7:629" in labels and "Wet WIA art. 64 lid 3" in labels
    assert not re.search(r"€|\beuro\b", " ".join(p["text"] for p in pay["parts"]))


def test_a_recovery_within_four_weeks_moves_the_first_year_like_the_104_weeks() -> None:
    # 20 days fit (1 to 20 April 2026) are not sick days (BW 7:629 lid 10): +20 days
    case = {"periods": [{"start": "2026-01-05", "end": "2026-03-31"}, {"start": "2026-04-21"}]}
    pay = ask(case, today="2026-11-23")["now"]["pay"]["werknemer"]
    assert "tot en met zaterdag 23 januari 2027" in pay["parts"][1]["text"]


def test_when_the_contract_ends_the_ziektewet_follows() -> None:
    case = {**CASE, "contract_end": "2026-12-31"}
    pay = ask(case, today="2026-11-23")["now"]["pay"]
    assert pay["werknemer"]["parts"][0]["text"].startswith(
        "Je contract eindigt op donderdag 31 december 2026"
    )
    assert "Ziektewet-uitkering" in pay["werknemer"]["parts"][0]["text"]
    assert pay["werkgever"]["parts"][0]["text"].startswith("Het contract eindigt op")


def test_past_the_aow_age_no_wia_follows() -> None:
    # born 1 January 1958: AOW age 67 on 1 January 2025, before day 1: six weeks of pay
    case = {**CASE, "birth_date": "1958-01-01"}
    answer = ask(case, today="2026-01-20")
    pay = answer["now"]["pay"]["werknemer"]
    assert pay["until"] == by_id(answer)["einde_loondoorbetaling"]["date"]
    assert any("Er volgt geen WIA" in p["text"] for p in pay["parts"])


def test_the_employer_reads_the_duty_and_the_agency_no_pay_block() -> None:
    pay = ask(CASE, today="2026-11-23", lang="en")["now"]["pay"]
    assert set(pay) == {"werknemer", "werkgever"}
    assert pay["werkgever"]["title"] == "How long do you keep paying wages?"
    assert pay["werknemer"]["title"] == "Do I still get paid?"


def test_nothing_about_pay_once_the_illness_is_closed() -> None:
    case = {"periods": [{"start": "2026-01-05", "end": "2026-03-31"}]}
    assert ask(case, today="2026-11-23")["now"]["pay"] == {}


# ----- the leave from the due date (WAZO 3:1) -------------------------------------------------


def test_the_leave_is_estimated_from_the_due_date_and_shown_as_a_line() -> None:
    # due Sunday 12 April 2026: the leave starts at the earliest six weeks before the day after
    # it (Monday 2 March) and lasts 16 weeks with a birth on that date (to Sunday 21 June)
    estimated = ask({**CASE, "pregnancy_due": "2026-04-12"}, today="2026-07-01")
    entered = ask(
        {**CASE, "pregnancy_leave": {"start": "2026-03-02", "end": "2026-06-21"}},
        today="2026-07-01",
    )
    assert by_id(estimated).keys() == by_id(entered).keys()
    assert {k: m["date"] for k, m in by_id(estimated).items()} == {
        k: m["date"] for k, m in by_id(entered).items()
    }
    line = estimated["leave"]
    assert (line["start"], line["end"], line["indication"]) == ("2026-03-02", "2026-06-21", True)
    assert "tussen maandag 2 maart 2026 en maandag 16 maart 2026" in line["indication_text"]
    assert entered["leave"]["indication"] is False and entered["leave"]["indication_text"] is None
    # in date order: after the milestones before Monday 2 March (day 1, arbodienst, PA)
    before = [m for m in estimated["milestones"] if m["date"] < "2026-03-02"]
    assert line["position"] == len(before) == 4
    # the leave's flags work with the due date alone
    related = {
        **CASE,
        "pregnancy_due": "2026-04-12",
        "pregnancy_leave": {"pregnancy_related": True},
    }
    assert "Ziekte voor het verlof door de zwangerschap" in [
        r["label"] for r in ask(related, today="2026-07-01")["summary"]
    ]


def test_real_leave_dates_win_over_the_due_date() -> None:
    case = {
        **CASE,
        "pregnancy_due": "2026-04-12",
        "pregnancy_leave": {"start": "2026-03-16", "end": "2026-07-05"},
    }
    line = ask(case, today="2026-07-01")["leave"]
    assert (line["start"], line["indication"]) == ("2026-03-16", False)


def test_a_due_date_whose_leave_would_start_before_the_illness_is_refused_on_its_field() -> None:
    answer = ask({**CASE, "pregnancy_due": "2026-02-01"}, today="2026-07-01")
    assert not answer["ok"]
    [error] = answer["errors"]
    assert (error["field"], error["code"]) == ("pregnancy_due", "due_date_before_case")


# ----- the site's own explanation -----------------------------------------------------------


def _anchors(page: Path) -> set[str]:
    return set(re.findall(r"\{#([a-z0-9-]+)\}", page.read_text("utf-8")))


@pytest.mark.parametrize(
    "path",
    sorted(
        {
            *explained.EXPLAINED.values(),
            *explained.AT_STAKE.values(),
            explained.AT_STAKE_DEFAULT,
            explained.PAY,
            explained.LEAVE,
        }
    ),
)
def test_every_explanation_is_a_page_and_anchor_in_both_languages(path: str) -> None:
    page, _, anchor = path.partition("/#")
    for suffix in (".md", ".en.md"):
        source = ROOT / "docs" / f"{page}{suffix}"
        assert source.is_file(), source
        assert anchor in _anchors(source), (source, anchor)


def test_every_milestone_of_the_answer_links_to_its_explanation() -> None:
    case = {**CASE, "contract_end": "2027-06-30", "pregnancy_due": "2026-04-12"}
    for m in ask(case, today="2026-07-01")["milestones"]:
        assert m["explained"], m["id"]


# ----- the home page's first sick day, as typed ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "start"),
    [
        ("19-okt.-2026", "2026-10-19"),  # a month name with a dot
        ("5-jan-2026", "2026-01-05"),
        ("12-03-2026--", "2026-03-12"),  # a whole date in the day field
        ("2026-01-05--", "2026-01-05"),
        ("-5 1 2026-", "2026-01-05"),  # ... in the month field
        ("31-nov.-2026", {"day": "31", "month": "nov.", "year": "2026"}),  # 30 days: as typed
        ("19-okt.-26", {"day": "19", "month": "okt.", "year": "26"}),
        ("abc--", {"day": "abc", "month": "", "year": ""}),
        ("--2026", {"day": "", "month": "", "year": "2026"}),
    ],
)
def test_the_home_pages_typed_date_is_kept(typed: str, start: object) -> None:
    decoded = decode(f"v=1&ziek={typed}")
    assert decoded["bad_keys"] == []
    assert decoded["case"]["periods"] == [{"start": start, "end": None}]


@pytest.mark.parametrize(
    ("typed", "code", "part"),
    [
        ("31-nov.-2026", "date_impossible", "day"),
        ("19-okt.-26", "year_two_digits", "year"),
        ("abc--", "date_part_missing", "month"),
    ],
)
def test_a_wrong_typed_date_names_the_field_not_the_link(typed: str, code: str, part: str) -> None:
    request = {"action": "parse_fragment", "fragment": f"v=1&ziek={typed}"}
    got = json.loads(handle(json.dumps(request)))
    [error] = got["errors"]
    assert (error["code"], error["field"], error["part"]) == (code, "periods.0.start", part)
    assert "link" not in error["message"]
