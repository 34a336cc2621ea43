"""What the boundary says besides dates: status, weekend advice, roles, texts, sources,
share links, calendar export and the command line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from calculator import cli
from calculator.boundary import handle
from calculator.rules import MILESTONE_RULES, RULES_BY_ID, nominal_weeks
from calculator.texts import render

from .helpers import ROOT, ask

CASE = {"periods": [{"start": "2026-01-05"}]}


def by_id(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for m in answer["milestones"]}


def test_status_relative_to_today() -> None:
    got = by_id(ask(CASE, today="2026-10-20"))
    assert got["probleemanalyse"]["status"] == "overdue"  # a step, passed, not marked as done
    assert got["eerste_ziektedag"]["status"] == "passed"  # an event
    assert got["ziekmelding_uwv"]["status"] == "soon"  # 26 October is 6 days away
    got = by_id(ask(CASE, today="2026-10-26"))
    assert got["ziekmelding_uwv"]["status"] == "today"
    got = by_id(ask(CASE, today="2026-10-12"))
    assert got["ziekmelding_uwv"]["status"] == "soon"  # exactly 14 days ahead
    got = by_id(ask(CASE, today="2026-10-11"))
    assert got["ziekmelding_uwv"]["status"] == "later"  # 15 days ahead


def test_both_end_and_start_of_wia_are_shown() -> None:
    got = by_id(ask(CASE))
    assert got["einde_wachttijd"]["date"] == "2028-01-02"
    assert got["start_wia"]["date"] == "2028-01-03"
    assert got["einde_opzegverbod"]["date"] == "2028-01-04"  # two calendar years (7:670)


def test_every_milestone_has_texts_sources_and_kind() -> None:
    for lang in ("nl", "en"):
        for m in ask(CASE, lang=lang)["milestones"]:
            assert m["title"] and m["text"] and m["actor_text"], m["id"]
            assert m["sources"], m["id"]
            for source in m["sources"]:
                assert source["url"].startswith("https://"), source
            assert m["kind"] in {
                "deadline",
                "window",
                "event",
                "information",
                "option",
                "recurring",
                "advice",
            }
            assert "{" not in m["text"], m["id"]


def test_every_rule_cites_a_versioned_law_link_or_uwv() -> None:
    for rule in MILESTONE_RULES:
        for source in rule.sources:
            assert (
                ("wetten.overheid.nl/jci1.3" in source.url and "&g=" in source.url)
                or "uwv.nl" in source.url
                or "svb.nl" in source.url
            ), (rule.id, source.url)


def test_no_week_number_typed_in_rule_texts() -> None:
    """Texts name weeks only through placeholders filled from the formulas."""
    for rule in MILESTONE_RULES:
        for text in (*rule.text, *rule.title, *(rule.indication or ())):
            assert not re.search(r"\bweek \d", text), (rule.id, text)


def test_nominal_weeks_match_the_law() -> None:
    weeks = nominal_weeks()
    assert weeks["probleemanalyse"] == (None, 6)
    assert weeks["plan_van_aanpak"] == (None, 8)
    assert weeks["ziekmelding_uwv"] == (None, 42)
    assert weeks["eerstejaarsevaluatie"] == (46, 52)
    assert weeks["spoor_2"] == (None, 58)
    assert weeks["vervroegde_iva"] == (None, 68)
    assert weeks["wia_brief"] == (88, 89)
    assert weeks["reintegratieverslag"] == (None, 91)
    assert weeks["wia_aanvraag"] == (None, 93)
    assert weeks["einde_wachttijd"] == (None, 104)
    assert render("{week wia_aanvraag}") == "93"


def test_windows_carry_start_and_date() -> None:
    got = by_id(ask(CASE))
    assert got["eerstejaarsevaluatie"]["start"] == "2026-11-16"
    assert got["eerstejaarsevaluatie"]["date"] == "2027-01-03"
    assert got["eerstejaarsevaluatie"]["week_text"] == "week 46–52"


def test_weekend_and_holiday_advice_in_both_languages() -> None:
    nl = by_id(ask(CASE, today="2026-02-01"))["probleemanalyse"]["non_working_day"]
    assert nl["text"] == "Valt op een zondag: plan het op vrijdag 13 februari 2026."
    en = by_id(ask(CASE, lang="en", today="2026-02-01"))["probleemanalyse"]["non_working_day"]
    assert en["text"] == "Falls on a Sunday: plan it for Friday 13 February 2026."
    holiday = by_id(ask({"periods": [{"start": "2027-02-13"}]}, today="2027-02-20"))
    assert holiday["probleemanalyse"]["non_working_day"]["reason"] == "Goede Vrijdag"
    # events (the end of the wachttijd) carry no planning advice
    assert by_id(ask(CASE))["einde_wachttijd"]["non_working_day"] is None


def test_an_overdue_step_is_never_told_to_plan_on_a_day_that_has_passed() -> None:
    # probleemanalyse due Sunday 15 February 2026, to plan on Friday the 13th
    on = {d: by_id(ask(CASE, today=d))["probleemanalyse"] for d in ("2026-02-13", "2026-02-14")}
    assert on["2026-02-13"]["non_working_day"]["plan_on"] == "2026-02-13"  # today: still true
    assert on["2026-02-14"]["status"] == "soon"
    assert on["2026-02-14"]["non_working_day"] is None  # Friday has passed: never advised
    overdue = by_id(ask(CASE, today="2026-11-23"))["probleemanalyse"]
    assert overdue["status"] == "overdue" and overdue["non_working_day"] is None


def test_an_open_window_says_it_is_open_now_and_until_when() -> None:
    # eerstejaarsevaluatie: weeks 46-52, Monday 16 November 2026 to Sunday 3 January 2027
    before = by_id(ask(CASE, today="2026-11-15"))["eerstejaarsevaluatie"]["window_text"]
    assert before == (
        "De periode loopt van maandag 16 november 2026 tot en met zondag 3 januari 2027."
    )
    for today in ("2026-11-16", "2027-01-03"):
        got = by_id(ask(CASE, today=today))["eerstejaarsevaluatie"]["window_text"]
        assert got == "Kan nu, tot en met zondag 3 januari 2027.", today
    english = by_id(ask(CASE, today="2026-12-01", lang="en"))["eerstejaarsevaluatie"]
    assert english["window_text"] == "Open now, up to and including Sunday 3 January 2027."
    assert english["window_open"] is True
    assert by_id(ask(CASE, today="2027-01-04"))["eerstejaarsevaluatie"]["window_text"] is None


def test_dutch_dates_written_by_our_code() -> None:
    got = by_id(ask(CASE))
    assert got["ziekmelding_uwv"]["date_text"] == "maandag 26 oktober 2026"
    assert by_id(ask(CASE, lang="en"))["ziekmelding_uwv"]["date_text"] == "Monday 26 October 2026"


def test_role_views_have_todo_texts() -> None:
    got = by_id(ask(CASE))
    assert "werknemer" in got["wia_aanvraag"]["todo"]
    assert "werknemer" not in got["ziekmelding_uwv"]["roles"]
    for role in ("werkgever", "werknemer", "bureau"):
        assert any(role in m["todo"] for m in got.values())


def test_indication_flags() -> None:
    got = by_id(ask(CASE))
    assert got["spoor_2"]["indication"] and got["spoor_2"]["indication_text"]
    assert not got["wia_aanvraag"]["indication"]


def test_explained_situations_are_explicit_outcomes() -> None:
    ids = [o["id"] for o in ask(CASE)["outcomes"]]
    assert {"deskundigenoordeel", "spoor_2_overslaan", "vangnet_eigenrisico"} <= set(ids)
    ids = [o["id"] for o in ask({**CASE, "contract_end": "2026-06-30"})["outcomes"]]
    assert ids[0] == "ziek_uit_dienst"
    gap = {"periods": [{"start": "2026-01-05", "end": "2026-02-01"}, {"start": "2026-04-01"}]}
    assert ask(gap)["outcomes"][0]["id"] == "nieuwe_periode"


def test_recurring_evaluation_lists_occurrences() -> None:
    got = by_id(ask(CASE, today="2026-03-02"))["evaluatie"]
    occurrences = [o["date"] for o in got["occurrences"]]
    assert occurrences[:2] == ["2026-04-12", "2026-05-24"]  # plan (1 March) + 42, + 84
    assert got["date"] == "2026-04-12"


def test_summary_rows_point_to_fields() -> None:
    answer = ask(
        {"periods": [{"start": "2026-01-05", "end": "2026-03-31"}, {"start": "2026-04-21"}]}
    )
    fields = [r["field"] for r in answer["summary"]]
    assert fields == ["periods.0.start", "periods.0.end", "periods.1.start"]


# --- share links --------------------------------------------------------------------------------


def test_fragment_round_trip() -> None:
    case = {
        "periods": [{"start": "2026-01-05", "end": "2026-03-31"}, {"start": "2026-04-21"}],
        "pregnancy_leave": {
            "start": "2026-05-01",
            "end": "2026-08-20",
            "same_cause": True,
            "pregnancy_related": False,
        },
        "actual": {"probleemanalyse": "2026-02-10"},
        "loonsanctie": {"weeks": "6"},
        "contract_end": "2026-12-31",
    }
    answer = ask(case, today="2026-11-23")
    assert answer["ok"]
    parsed = json.loads(
        handle(json.dumps({"action": "parse_fragment", "fragment": answer["fragment"]}))
    )
    assert parsed["ok"] and parsed["complete"]
    again = ask(parsed["case"], today="2026-11-23")
    assert [m["date"] for m in again["milestones"]] == [m["date"] for m in answer["milestones"]]


def test_fragment_carries_role_and_language() -> None:
    parsed = json.loads(
        handle(
            json.dumps(
                {"action": "parse_fragment", "fragment": "#v=1&ziek=2026-01-05&rol=bureau&taal=en"}
            )
        )
    )
    assert parsed["role"] == "bureau" and parsed["lang"] == "en"


@pytest.mark.parametrize(
    "bad",
    [
        "v=1&ziek=2026-01-05&rol=<script>",
        "ziek=2026-02-31",
        "ziek=hello&pa=2026-01-01",
        "%%%",
        "v=1&ziek=" + "2026-01-05," * 500,
        "x" * 10_000,
        "ziek=2026-01-05&evil=<img>",
    ],
)
def test_malformed_fragments_are_reported_not_raised(bad: str) -> None:
    parsed = json.loads(handle(json.dumps({"action": "parse_fragment", "fragment": bad})))
    assert parsed["ok"] is False
    assert parsed["errors"]
    for error in parsed["errors"]:
        assert "<" not in error["message"]


def test_partial_fragment_keeps_what_is_valid() -> None:
    parsed = json.loads(
        handle(
            json.dumps(
                {"action": "parse_fragment", "fragment": "ziek=2026-01-05&pa=gisteren&rol=baas"}
            )
        )
    )
    assert parsed["case"]["periods"] == [{"start": "2026-01-05", "end": None}]
    assert parsed["role"] is None
    assert "pa" in parsed["errors"][0]["message"] and "rol" in parsed["errors"][0]["message"]


# --- calendar -----------------------------------------------------------------------------------


def test_ics_parses_back_with_reminders() -> None:
    answer = ask(CASE, today="2026-11-23", action="ics")
    assert answer["filename"] == "spoorwijzer-2026-01-05.ics"
    calendar = Calendar.from_ical(answer["ics"])
    events = {str(e["uid"]).split("-2026-01-05")[0]: e for e in calendar.walk("VEVENT")}
    # the deadline is Sunday 17 October 2027: the event sits on the Friday before
    assert events["wia_aanvraag"].decoded("dtstart") == date(2027, 10, 15)
    assert events["spoor_2"].walk("VALARM")
    assert "probleemanalyse" not in events  # already passed on 23 November 2026
    assert "\r\n" in answer["ics"]


# --- command line -------------------------------------------------------------------------------


def test_cli_json_contract() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "calculator",
            "--json",
            "--today",
            "2026-11-23",
            "2026-01-05/2026-03-31",
            "2026-04-21",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    data = json.loads(result.stdout)
    got = {m["id"]: m for m in data["milestones"]}
    assert got["ziekmelding_uwv"]["date"] == "2026-11-16"
    assert got["eerstejaarsevaluatie"]["date"] == "2027-01-23"
    assert got["eerstejaarsevaluatie"]["start"]


def test_cli_table_dutch_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["2026-01-05", "--today", "2026-11-23"]) == 0
    assert "maandag 26 oktober 2026" in capsys.readouterr().out
    assert cli.main(["2026-01-05", "--today", "2026-11-23", "--lang", "en"]) == 0
    assert "Monday 26 October 2026" in capsys.readouterr().out


def test_cli_ics(tmp_path: Path) -> None:
    target = tmp_path / "t.ics"
    assert cli.main(["2026-01-05", "--today", "2026-11-23", "--ics", str(target)]) == 0
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT")


def test_cli_bad_period_goes_to_stderr() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "calculator", "2026-05-01/2026-04-01"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert result.stdout == "" and "laatste ziektedag" in result.stderr


def test_rules_have_unique_ids() -> None:
    assert len(RULES_BY_ID) == len(MILESTONE_RULES)
