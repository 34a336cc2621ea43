"""WIA art. 64 lid 6 moves the WIA application step itself, and the step, the outcome, "now" and
the calendar agree (the dates are worked out in calculator/worked_examples.toml, point 10.8).

Lid 6: "Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving ... niet
heeft gedaan dan wel indien bij een latere kennisgeving ... de aanvraag wordt ingediend binnen vier
weken nadat deze kennisgeving is ontvangen."
"""

from __future__ import annotations

from typing import Any

from .helpers import ask

CASE: dict[str, Any] = {"periods": [{"start": "2026-01-05"}]}


def step(answer: dict[str, Any]) -> dict[str, Any]:
    assert answer["ok"], answer
    found: dict[str, Any] = next(m for m in answer["milestones"] if m["id"] == "wia_aanvraag")
    return found


def test_a_late_letter_moves_the_step_the_next_deadline_and_the_calendar() -> None:
    case = {**CASE, "wia_letter": "2027-10-01"}
    answer = ask(case, "2027-10-20")
    m = step(answer)
    assert (m["date"], m["status"], m["risk"], m["do_now"]) == ("2027-10-29", "soon", None, None)
    assert "2027-10-29" in m["derivation"][-2] or "29 oktober 2027" in m["derivation"][-2]
    assert "art. 64 lid 6" in m["derivation"][-2]
    assert [n["code"] for n in m["notes"]] == ["wia_late_letter"]  # why not week 93
    assert answer["now"]["next"]["werknemer"] == "wia_aanvraag"
    assert "wia_aanvraag" not in answer["now"]["attention"]["all"]
    ics = ask(case, "2027-10-20", action="ics")["ics"]
    assert "DTSTART;VALUE=DATE:20271029" in ics and "DTSTART;VALUE=DATE:20271017" not in ics


def test_with_the_letter_entered_what_to_do_no_longer_asks_for_it() -> None:
    # After the four weeks the step is overdue and the delay would extend sick pay: the risk
    # is real, but the visitor already gave the letter's date.
    for lang, word in (("nl", "brief"), ("en", "letter")):
        m = step(ask({**CASE, "wia_letter": "2027-10-01"}, "2027-11-05", lang))
        assert m["status"] == "overdue" and m["risk"]
        assert word not in m["do_now"].lower()
    m = step(ask(CASE, "2027-11-05"))
    assert "brief" in m["do_now"]  # without it, entering the letter may still help


def test_the_outcome_of_a_late_application_asks_for_the_letter_only_when_unknown() -> None:
    applied = {**CASE, "actual": {"wia_aanvraag": "2027-10-30"}}
    texts = {
        key: next(
            o["text"] for o in ask(case, "2027-11-01")["outcomes"] if o["id"] == "late_aanvraag"
        )
        for key, case in (("unknown", applied), ("known", {**applied, "wia_letter": "2027-09-01"}))
    }
    assert "vul dat dan in" in texts["unknown"] and "vul dat dan in" not in texts["known"]


def test_without_a_letter_the_step_is_never_overdue_or_late() -> None:
    case = {**CASE, "wia_no_letter": True}
    for today in ("2027-10-18", "2027-12-01", "2028-06-01"):
        m = step(ask(case, today))
        assert m["status"] == "today" and m["date"] == today and m["risk"] is None
    done = step(ask({**case, "actual": {"wia_aanvraag": "2027-11-30"}}, "2027-12-01"))
    assert (done["status"], done["late_days"]) == ("done", None)
    assert done["done_text"].endswith("op tijd")


def test_the_outcome_says_which_rule_made_it_on_time() -> None:
    by_letter = ask(
        {**CASE, "wia_letter": "2027-10-01", "actual": {"wia_aanvraag": "2027-10-25"}}, "2027-10-26"
    )
    text = next(o["text"] for o in by_letter["outcomes"] if o["id"] == "aanvraag_tijdig")
    assert "1 oktober 2027" in text and "te laat" in text
    no_letter = ask(
        {**CASE, "wia_no_letter": True, "actual": {"wia_aanvraag": "2027-11-30"}}, "2027-12-01"
    )
    text = next(o["text"] for o in no_letter["outcomes"] if o["id"] == "aanvraag_tijdig")
    assert "geen brief" in text
