"""Input the law rules out is refused on its own field, in the visitor's language, never accepted
and then contradicted (WIA art. 25 lid 9, 43 onder g, 64 lid 2; dates: worked examples, point
"uitgesloten")."""

from __future__ import annotations

from typing import Any

import pytest

from calculator import cli

from .helpers import ask

CASES: list[tuple[dict[str, Any], str, str]] = [
    (
        {"periods": [{"start": "2026-01-05"}], "birth_date": "1955-06-15", "early_iva": True},
        "early_iva",
        "early_iva_after_aow",
    ),
    (
        {
            "periods": [{"start": "2026-03-02"}],
            "birth_date": "1960-12-31",
            "loonsanctie": {"weeks": 12},
        },
        "loonsanctie.weeks",
        "sanction_without_wia",
    ),
    (
        {"periods": [{"start": "2026-01-05"}], "loonsanctie": {"repaired": "2026-03-01"}},
        "loonsanctie.repaired",
        "sanction_repaired_too_early",
    ),
]


@pytest.mark.parametrize(("case", "field", "code"), CASES, ids=[c[2] for c in CASES])
def test_refused_on_the_field_in_both_languages(
    case: dict[str, Any], field: str, code: str
) -> None:
    for lang, article in (("nl", "Wet WIA artikel"), ("en", "WIA Act article")):
        answer = ask(case, "2026-11-30", lang)
        assert answer["ok"] is False
        [error] = answer["errors"]
        assert (error["field"], error["code"]) == (field, code)
        assert article in error["message"]


def test_a_repair_decision_before_the_application_entered_is_refused() -> None:
    case = {
        "periods": [{"start": "2026-01-05"}],
        "actual": {"wia_aanvraag": "2027-10-10"},
        "loonsanctie": {"repaired": "2027-10-09"},
    }
    answer = ask(case, "2027-11-30")
    assert answer["errors"][0]["code"] == "sanction_repaired_too_early"
    assert "10 oktober 2027" in answer["errors"][0]["message"]
    case["loonsanctie"] = {"repaired": "2027-10-10"}
    assert ask(case, "2027-11-30")["ok"]


def test_the_cli_refuses_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--today", "2026-11-30", "--sanction", "2026-03-01", "2026-01-05"])
    assert code == 2
    assert capsys.readouterr().err.startswith("loonsanctie.repaired: ")
