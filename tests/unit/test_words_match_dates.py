"""Words that match the dates: ZW 38 lid 2 says "op de laatste werkdag" (not "uiterlijk"), a leave
that moved a sanction is not said to change nothing, and the refusal of an illness that began
during the leave says what to enter (WIA 23 lid 2). Dates: worked examples (10.2, 10.10, 10.11)."""

from __future__ import annotations

import re

from calculator.rules import RULES_BY_ID

from .helpers import ask


def test_ziek_uit_dienst_is_reported_on_the_last_working_day_not_by_it() -> None:
    rule = RULES_BY_ID["melding_uwv_einde_dienstverband"]
    answer = ask({"periods": [{"start": "2026-01-05"}], "contract_end": "2026-12-31"}, "2026-11-30")
    outcome = next(o["text"] for o in answer["outcomes"] if o["id"] == "ziek_uit_dienst")
    english = ask(
        {"periods": [{"start": "2026-01-05"}], "contract_end": "2026-12-31"}, "2026-11-30", "en"
    )
    outcome_en = next(o["text"] for o in english["outcomes"] if o["id"] == "ziek_uit_dienst")
    for text in (rule.text[0], outcome):
        assert "op de laatste werkdag" in text
        assert not re.search(r"uiterlijk\s+op\s+de\s+laatste\s+werkdag", text)
    for text in (rule.text[1], outcome_en):
        assert "on the last working day" in text and "at the latest" not in text


def test_a_leave_that_moved_the_sanction_is_not_said_to_change_nothing() -> None:
    case = {
        "periods": [{"start": "2026-01-05"}],
        "pregnancy_leave": {"start": "2028-03-06", "end": "2028-06-25"},
        "loonsanctie": {"weeks": 52},
    }
    text = next(
        o["text"] for o in ask(case, "2028-04-01")["outcomes"] if o["id"] == "verlof_na_wachttijd"
    )
    assert "verandert de data" not in text and "112 dagen op" in text
    after = {**case, "pregnancy_leave": {"start": "2029-01-01", "end": "2029-04-22"}}
    text = next(
        o["text"] for o in ask(after, "2029-01-10")["outcomes"] if o["id"] == "verlof_na_wachttijd"
    )
    assert "verandert de data" in text  # the leave after the sanction really changes nothing


def test_an_illness_that_began_during_the_leave_is_told_what_to_enter() -> None:
    case = {
        "periods": [{"start": "2026-04-01"}],
        "pregnancy_leave": {"start": "2026-03-02", "end": "2026-06-21"},
    }
    for lang, day in (("nl", "maandag 22 juni 2026"), ("en", "Monday 22 June 2026")):
        [error] = ask(case, "2026-11-30", lang)["errors"]
        assert (error["field"], error["code"]) == ("periods.0.start", "illness_began_in_leave")
        assert day in error["message"]
