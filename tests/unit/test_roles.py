"""Each reader their own answer: what the employee, the employer and the agency read for a step
that is overdue or late, and what is at stake for each (calculator/roles.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest

from calculator.role_words import OVERDUE_LEAD, STEP_WORDS
from calculator.roles import reader
from tests.unit.helpers import ROOT, ask

#: Day 1 Monday 19 October 2026; on Monday 7 December the probleemanalyse (due Sunday
#: 29 November, the end of week 6: Regeling procesgang art. 2 lid 2) is 8 days overdue.
CASE = {"periods": [{"start": "2026-10-19"}]}
TODAY = "2026-12-07"

#: Words that address the reader: "je" (employee, agency) or "u" (employer).
JE = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
U = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)


def cli(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "calculator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def step(answer: dict[str, Any], step_id: str) -> dict[str, Any]:
    return next(m for m in answer["milestones"] if m["id"] == step_id)


def test_the_employee_is_not_told_to_do_the_employers_duty() -> None:
    """The issue's command: the employee's overdue probleemanalyse."""
    pa = step(
        cli("--today", TODAY, "--role", "werknemer", "--json", "2026-10-19"), "probleemanalyse"
    )
    assert pa["status"] == "overdue"
    assert pa["do_now"].startswith("Vraag je werkgever")
    assert "schrijf op waarom die later kwam" not in pa["do_now"].lower()
    assert "Je werkgever moet dit regelen" in pa["overdue_text"]
    # the employee's stake is their own: no loonsanctie (the employer's), but their wages
    assert "loonsanctie" not in pa["risk"]
    assert "loon" in pa["risk"] and "deskundigenoordeel" in pa["risk"]
    employer = step(
        cli("--today", TODAY, "--role", "werkgever", "--json", "2026-10-19"), "probleemanalyse"
    )
    assert employer["do_now"].startswith("Vraag de bedrijfsarts nu om de probleemanalyse")
    assert "loonsanctie" in employer["risk"]


def test_everyone_sees_each_roles_words_and_the_duty_bearers_by_default() -> None:
    pa = step(ask(CASE, today=TODAY), "probleemanalyse")
    assert list(pa["actions"]) == ["werkgever", "werknemer", "bureau"]
    assert pa["do_now"] == pa["actions"]["werkgever"]["do_now"]  # the duty is the employer's
    assert pa["actions"]["bureau"]["do_now"].startswith("Vraag de werkgever")
    # the WIA application is the employee's own duty: their words lead
    assert reader("wia_aanvraag", None) == "werknemer"


@pytest.mark.parametrize("step_id", sorted(STEP_WORDS))
def test_each_role_is_addressed_in_its_own_words(step_id: str) -> None:
    """Employees and agencies read "je", employers "u"; never both in one text."""
    for role, own in STEP_WORDS[step_id].roles.items():
        for text in (own.do_now[0], own.do_late[0], own.risk[0]):
            if role == "werkgever":
                assert not JE.search(text), (step_id, role, text)
            else:
                assert not U.search(text), (step_id, role, text)
    for (role, _), (nl, _en) in OVERDUE_LEAD.items():
        assert not (JE if role == "werkgever" else U).search(nl), role


@pytest.mark.parametrize("step_id", ["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie"])
def test_the_regeling_steps_say_how_uwv_judges_and_that_a_reasoned_departure_is_allowed(
    step_id: str,
) -> None:
    """Item 10 of the legal review: a late date alone is not a loonsanctie. UWV judges whether
    re-integration fell short (WIA 25 lid 9; Beleidsregels beoordelingskader poortwachter), and
    Regeling procesgang art. 5 lets employer and employee depart from the time limits of its
    articles 2 and 4, with recorded reasons. The real stake stays: up to 52 weeks."""
    for role in ("werkgever", "bureau"):
        own = STEP_WORDS[step_id].roles[role]
        nl, en = own.risk
        assert "niet of elke datum is gehaald" in nl and "not whether every date was met" in en
        assert "afwijken" in nl and "reden vastleggen" in nl and "depart from" in en
        assert "{const max_loonsanctie_weken} weken" in nl  # the real risk, not softened
        labels = {s.label_nl for s in own.sources}
        assert "Regeling procesgang art. 5" in labels
        assert "Beleidsregels beoordelingskader poortwachter" in labels


def test_an_eight_day_late_probleemanalyse_is_not_said_to_cost_a_year_by_itself() -> None:
    pa = step(ask(CASE, today=TODAY), "probleemanalyse")
    assert pa["risk"].startswith("Een late probleemanalyse is op zichzelf geen reden")
    assert "tot 52 weken" in pa["risk"]
    assert [s["label"] for s in pa["risk_sources"]][:2] == [
        "Regeling procesgang art. 2 lid 2",
        "Regeling procesgang art. 5",
    ]
    assert pa["risk_explained"] == "loonsanctie/#riv-toets"


def test_the_42_week_report_is_a_fine_not_a_loonsanctie_and_no_regeling_departure() -> None:
    for role, own in STEP_WORDS["ziekmelding_uwv"].roles.items():
        assert "boete" in own.risk[0] and "geen loonsanctie" in own.risk[0], role
        assert "afwijken" not in own.risk[0], role


def test_a_late_step_keeps_its_per_role_words() -> None:
    case = {**CASE, "actual": {"probleemanalyse": "2026-12-04"}}
    for role, start in (
        ("werknemer", "Vraag om een kopie van het advies"),
        ("werkgever", "Schrijf op waarom de probleemanalyse later kwam"),
    ):
        request = {"today": TODAY, "role": role, "case": case}
        from calculator.boundary import handle

        pa = step(json.loads(handle(json.dumps(request))), "probleemanalyse")
        assert pa["status"] == "late" and pa["overdue_text"] is None
        assert pa["do_now"].startswith(start), role


def test_with_the_letter_entered_no_role_is_asked_for_it_again() -> None:
    """The WIA application after a late letter whose four weeks passed (WIA 64 lid 6): every
    role's words, in both languages, no longer ask for the letter's date the visitor gave."""
    case = {"periods": [{"start": "2026-01-05"}], "wia_letter": "2027-10-01"}
    for lang, word in (("nl", "brief"), ("en", "letter")):
        m = step(ask(case, today="2027-11-05", lang=lang), "wia_aanvraag")
        assert m["status"] == "overdue"
        assert set(m["actions"]) == {"werkgever", "werknemer", "bureau"}
        for role, words in m["actions"].items():
            assert word not in words["do_now"].lower(), (lang, role)
    unknown = step(ask({"periods": [{"start": "2026-01-05"}]}, today="2027-11-05"), "wia_aanvraag")
    assert all("brief" in w["do_now"] for r, w in unknown["actions"].items() if r != "bureau")
