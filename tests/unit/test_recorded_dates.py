"""A date entered for a step counts only where the law lets it count: not for another sickness
chain, and an early evaluation is not the eerstejaarsevaluatie (dates: worked examples 10.4 and
10.13). Here: what the answer says about such a date."""

from __future__ import annotations

from typing import Any

from .helpers import ask

TWO_CHAINS: dict[str, Any] = {
    "periods": [{"start": "2026-01-05", "end": "2026-02-03"}, {"start": "2026-03-04"}],
    "actual": {"probleemanalyse": "2026-01-30"},
}


def by_id(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    assert answer["ok"], answer
    return {m["id"]: m for m in answer["milestones"]}


def test_a_date_of_the_earlier_chain_is_not_done_and_says_why() -> None:
    answer = ask(TWO_CHAINS, "2026-11-30")
    m = by_id(answer)["probleemanalyse"]
    assert (m["status"], m["actual"], m["done_text"]) == ("overdue", None, None)
    [note] = m["notes"]
    assert note["code"] == "earlier_chain"
    assert "vrijdag 30 januari 2026" in note["text"] and "woensdag 4 maart 2026" in note["text"]
    assert "probleemanalyse" in answer["now"]["attention"]["werkgever"]
    # the share link keeps what was typed: the visitor may correct it
    assert "pa=2026-01-30" in answer["fragment"]


def test_a_letter_of_the_earlier_chain_does_not_move_the_application() -> None:
    case = {**TWO_CHAINS, "actual": {}, "wia_letter": "2026-02-01"}
    m = by_id(ask(case, "2026-11-30", "en"))["wia_aanvraag"]
    assert m["date"] == "2027-12-14"  # 2026-03-04 + 727 - 77 (2028 is a leap year), no letter
    assert [n["code"] for n in m["notes"]] == ["earlier_chain_letter"]


def test_an_early_evaluation_is_not_done_and_does_not_move_spoor_2() -> None:
    case = {"periods": [{"start": "2026-01-05"}], "actual": {"eerstejaarsevaluatie": "2026-07-27"}}
    answer = ask(case, "2026-08-01")
    milestones = by_id(answer)
    eje = milestones["eerstejaarsevaluatie"]
    assert (eje["status"], eje["done_text"]) == ("later", None)
    assert "maandag 27 juli 2026" in eje["notes"][0]["text"]
    assert milestones["spoor_2"]["date"] == "2027-02-14"
    text = next(o["text"] for o in answer["outcomes"] if o["id"] == "eje_vroeg")
    assert "Regeling procesgang art. 4 lid 2 onder b" in text and "niet naar voren" in text
