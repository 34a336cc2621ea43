"""An AOW age not yet fixed in law (AOW art. 7a lid 2: born on or after 1 October 1964) is never
stated as a fact, and no step is dropped on it (dates: worked examples, point AOW)."""

from __future__ import annotations

from datetime import date

import pytest

from calculator.aow import aow_date

from .helpers import ask

CASE = {"periods": [{"start": "2030-03-04"}], "birth_date": "1964-10-01"}


def test_the_answer_says_which_date_is_assumed_and_that_it_is_not_fixed() -> None:
    for lang, word in (("nl", "nog niet vast"), ("en", "not fixed yet")):
        answer = ask(CASE, "2030-03-10", lang)
        assert answer["ok"], answer
        counting = answer["counting"]
        assert (counting["aow_fixed"], counting["aow_date"], counting["aow_date_latest"]) == (
            False,
            "2032-01-01",
            "2032-04-01",
        )
        ids = {o["id"] for o in answer["outcomes"]}
        assert "aow_tijdens_ziekte" not in ids  # "No WIA follows" would be an assumption
        text = next(o["text"] for o in answer["outcomes"] if o["id"] == "aow_leeftijd_onzeker")
        assert word in text
        assert answer["now"]["regime"] != "aow"


@pytest.mark.parametrize(
    ("born", "lowest", "latest"),
    [
        # as it stands 67 years 3 months; at most three months more for each year after 2031
        (date(1964, 9, 30), date(2031, 12, 30), date(2031, 12, 30)),  # fixed: 2031
        (date(1964, 10, 1), date(2032, 1, 1), date(2032, 4, 1)),  # 67y6m in 2032
        (date(1965, 6, 30), date(2032, 9, 30), date(2032, 12, 30)),  # 67y6m, still 2032
        (date(1965, 7, 1), date(2032, 10, 1), date(2033, 4, 1)),  # 67y6m would be 2033: 67y9m
    ],
)
def test_the_latest_possible_date_rises_three_months_a_year(
    born: date, lowest: date, latest: date
) -> None:
    found = aow_date(born)
    assert (found.date, found.latest) == (lowest, latest)
    assert found.fixed == (lowest == latest)
