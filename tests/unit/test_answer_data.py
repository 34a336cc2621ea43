"""The data behind the answer page, computed in Python so that the page only draws:
"Nu en hierna", the picture of the case, "how this date was calculated", a date pasted into one
field, and a calendar that works."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from icalendar import Calendar

from calculator.boundary import handle
from calculator.holidays import is_working_day, previous_working_day

from .helpers import ask

CASE = {"periods": [{"start": "2026-01-05"}]}


def test_milestones_come_in_date_order_windows_by_their_last_day() -> None:
    answer = ask({**CASE, "actual": {"probleemanalyse": "2026-02-10"}}, today="2026-11-30")
    dates = [m["date"] for m in answer["milestones"]]
    assert dates == sorted(dates)


def test_now_gives_the_week_the_next_deadline_per_role_and_what_needs_attention() -> None:
    # 30 November 2026: illness week 48 (day 330); nothing recorded yet
    now = ask(CASE, today="2026-11-30")["now"]
    assert now["week_today"] == 48 and now["weeks_total"] == 104
    assert now["regime"] == "ill" and now["regime_text"] == "Ziekteweek 48 van 104"
    # the eerstejaarsevaluatie (window ending 3 January 2027) comes next for every role
    assert now["next"]["werkgever"] == "eerstejaarsevaluatie"
    # for the employee the 42-week report (employer and bureau only) is not theirs to worry about
    assert "ziekmelding_uwv" in now["attention"]["werkgever"]
    assert "ziekmelding_uwv" not in now["attention"]["werknemer"]


def test_now_says_closed_once_recovery_lasted_four_weeks() -> None:
    answer = ask({"periods": [{"start": "2026-01-05", "end": "2026-05-31"}]}, today="2026-06-29")
    assert answer["now"]["regime"] == "closed" and answer["now"]["week_today"] is None
    assert answer["now"]["next"]["all"] is None


def test_picture_is_fractions_of_the_span_with_a_text_alternative() -> None:
    case = {"periods": [{"start": "2026-01-05", "end": "2026-03-31"}, {"start": "2026-04-21"}]}
    picture = ask(case, today="2026-11-30")["picture"]
    assert picture["start"] == "2026-01-05" and picture["end"] == "2028-01-22"
    kinds = [b["kind"] for b in picture["bands"]]
    assert kinds == ["sick", "recovered", "sick", "ahead"]
    for band in picture["bands"]:
        assert 0 <= band["from"] <= band["to"] <= 1
    # today is day 330 of the 747-day span
    assert picture["today"] == pytest.approx(329 / 747, abs=1e-3)
    assert "hersteld van woensdag 1 april 2026 tot en met maandag 20 april 2026" in picture["text"]
    assert {m["id"] for m in picture["marks"]} >= {"ziekmelding_uwv", "wia_aanvraag"}


def test_each_date_says_how_it_was_calculated() -> None:
    case = {"periods": [{"start": "2026-01-05", "end": "2026-03-31"}, {"start": "2026-04-21"}]}
    answer = ask({**case, "loonsanctie": {"weeks": "4"}}, today="2026-11-30", lang="en")
    by_id = {m["id"]: m for m in answer["milestones"]}
    report = by_id["ziekmelding_uwv"]["derivation"]
    assert report[0] == "Day 1, the first sick day: Monday 5 January 2026."
    assert "20 days of recovery" in report[1]
    # 5 January + 293 days + 20 days of recovery
    assert report[2] == "Sick day 294, the end of week 42: Saturday 14 November 2026."
    assert "first working day" in report[4] and "Monday 16 November 2026" in report[4]
    end = by_id["einde_wachttijd"]["derivation"]
    assert "Plus 28 days of loonsanctie." in end
    assert "UWV always takes precedence" in end[-1]


@pytest.mark.parametrize("text", ["12-03-2026", "12/3/2026", "12 maart 2026", "12 March 2026"])
def test_a_whole_date_pasted_into_one_field_fills_all_three(text: str) -> None:
    answer = json.loads(handle(json.dumps({"action": "split_date", "text": text})))
    assert (answer["day"], answer["month"], answer["year"]) == ("12", "3", "2026")


def test_a_two_digit_year_asks_for_the_year_in_full() -> None:
    for request in (
        {"action": "split_date", "text": "12-3-26", "field": "periods.0.start"},
        {"case": {"periods": [{"start": {"day": "12", "month": "3", "year": "26"}}]}},
    ):
        [error] = json.loads(handle(json.dumps(request)))["errors"]
        assert (error["code"], error["part"]) == ("year_two_digits", "year")
        assert "2026" in error["message"]


def test_a_year_out_of_range_marks_only_the_year() -> None:
    [error] = ask({"periods": [{"start": "2002-03-12"}]})["errors"]
    assert (error["code"], error["part"]) == ("date_too_early", "year")


def _events(answer: dict[str, Any]) -> dict[str, Any]:
    calendar = Calendar.from_ical(answer["ics"])
    return {str(e["uid"]).split("-")[0]: e for e in calendar.walk("VEVENT")}


def test_calendar_events_on_working_days_with_sized_reminders_and_one_rrule() -> None:
    case = {**CASE, "label": "Dossier 7"}
    answer = ask(case, today="2026-01-06", action="ics")
    events = _events(answer)
    # the probleemanalyse deadline is Sunday 15 February 2026: the event is on Friday the 13th
    assert events["probleemanalyse"]["dtstart"].dt == date(2026, 2, 13)
    steps = (
        "plan_van_aanpak",
        "ziekmelding_uwv",
        "eerstejaarsevaluatie",
        "spoor_2",
        "wia_aanvraag",
    )
    for step in ("probleemanalyse", *steps, "reintegratieverslag"):
        assert is_working_day(events[step]["dtstart"].dt), step
    reminders = {uid: -e.walk("VALARM")[0]["trigger"].dt for uid, e in events.items()}
    assert reminders["ziekmelding_uwv"] == timedelta(days=7)
    assert reminders["wia_aanvraag"] == timedelta(days=7)
    assert reminders["probleemanalyse"] == timedelta(days=1)
    evaluations = [
        e
        for e in Calendar.from_ical(answer["ics"]).walk("VEVENT")
        if str(e["uid"]).startswith("evaluatie-")
    ]
    assert len(evaluations) == 1 and evaluations[0]["rrule"]["FREQ"] == ["DAILY"]
    assert evaluations[0]["rrule"]["INTERVAL"] == [42]
    assert all(str(e["summary"]).startswith("Dossier 7: ") for e in events.values())


def test_calendar_of_a_closed_case_is_empty() -> None:
    case = {"periods": [{"start": "2026-01-05", "end": "2026-05-31"}]}
    answer = ask(case, today="2026-06-29", action="ics")
    assert not Calendar.from_ical(answer["ics"]).walk("VEVENT")


def _evaluation_days(ics: str) -> tuple[list[date], int]:
    """Every day the calendar holds an evaluation (the series expanded by hand: DTSTART plus
    INTERVAL days up to UNTIL, minus EXDATE; and the single events), and how many series."""
    days: list[date] = []
    series = 0
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        if not str(event["uid"]).startswith("evaluatie"):
            continue
        start = event.decoded("dtstart")
        if "rrule" not in event:
            days.append(start)
            continue
        series += 1
        rule = event["rrule"]
        step, until = timedelta(days=rule["INTERVAL"][0]), rule["UNTIL"][0]
        exdates = event.get("exdate", [])
        exdates = exdates if isinstance(exdates, list) else [exdates]
        skipped = {d.dt for item in exdates for d in item.dts}
        day = start
        while day <= until:
            if day not in skipped:
                days.append(day)
            day += step
    return sorted(days), series


def test_the_evaluation_series_starts_on_the_friday_before_a_sunday() -> None:
    # Day 1 Monday 23 November 2026: probleemanalyse 3 January 2027 (end of week 6), plan van
    # aanpak two weeks later (Sunday 17 January), the first evaluation six weeks after that:
    # Sunday 28 February 2027, and every six weeks a Sunday again. The calendar plans the
    # series on Fridays, starting Friday 26 February.
    answer = ask({"periods": [{"start": "2026-11-23"}]}, today="2026-11-23", action="ics")
    [series] = [
        e
        for e in Calendar.from_ical(answer["ics"]).walk("VEVENT")
        if str(e["uid"]).startswith("evaluatie")
    ]
    assert series.decoded("dtstart") == date(2027, 2, 26)
    assert series["rrule"]["INTERVAL"] == [42]
    days, _ = _evaluation_days(answer["ics"])
    assert all(day.weekday() == 4 and is_working_day(day) for day in days)


def test_an_evaluation_on_a_holiday_friday_is_an_event_of_its_own_on_the_thursday() -> None:
    # Day 1 Monday 2 March 2026: the evaluations fall on Sundays, planned on Fridays; two of
    # those Fridays are holidays: Nieuwjaarsdag (1 January 2027) and Goede Vrijdag (26 March
    # 2027, Easter being 28 March). Those two leave the series and sit on the Thursdays before.
    answer = ask({"periods": [{"start": "2026-03-02"}]}, today="2026-03-02", action="ics")
    events = [
        e
        for e in Calendar.from_ical(answer["ics"]).walk("VEVENT")
        if str(e["uid"]).startswith("evaluatie")
    ]
    [series] = [e for e in events if "rrule" in e]
    assert {d.dt for d in series["exdate"].dts} == {date(2027, 1, 1), date(2027, 3, 26)}
    singles = sorted(e.decoded("dtstart") for e in events if "rrule" not in e)
    assert singles == [date(2026, 12, 31), date(2027, 3, 25)]
    assert len({str(e["uid"]) for e in events}) == len(events)


@pytest.mark.parametrize("first", [date(2026, 1, 5) + timedelta(days=n) for n in range(0, 84, 3)])
def test_every_evaluation_in_the_calendar_is_on_the_working_day_the_rules_give(
    first: date,
) -> None:
    # whatever the first sick day, the calendar holds exactly the upcoming evaluations, each on
    # its date or, off a working day, on the working day before; and one series
    today = first + timedelta(days=100)
    plan = ask({"periods": [{"start": first.isoformat()}]}, today=today.isoformat())
    [evaluation] = [m for m in plan["milestones"] if m["id"] == "evaluatie"]
    wanted = [
        previous_working_day(date.fromisoformat(o["date"]))
        for o in evaluation["occurrences"]
        if o["date"] >= today.isoformat()
    ]
    answer = ask({"periods": [{"start": first.isoformat()}]}, today=today, action="ics")
    days, series = _evaluation_days(answer["ics"])
    assert days == wanted and series == 1


def test_recovered_since_the_day_after_the_last_sick_day() -> None:
    # "end" is the last sick day (Friday 30 October 2026): recovery starts on Saturday the 31st;
    # a new illness adds up when the gap is under four weeks: from 28 November it does not
    case = {"periods": [{"start": "2026-01-05", "end": "2026-10-30"}]}
    now = ask(case, today="2026-11-23")["now"]
    assert now["regime"] == "recovered"
    assert now["regime_text"] == (
        "Hersteld sinds zaterdag 31 oktober 2026; telt samen als je vóór zaterdag "
        "28 november 2026 weer ziek wordt"
    )
    english = ask(case, today="2026-11-23", lang="en")["now"]["regime_text"]
    assert english.startswith("Recovered since Saturday 31 October 2026;")
    # the same first day of recovery as the picture's band
    bands = ask(case, today="2026-11-23")["picture"]["bands"]
    assert any(b["kind"] == "recovered" and b["start"] == "2026-10-31" for b in bands)


def test_a_step_done_late_gets_advice_that_still_applies() -> None:
    # probleemanalyse due Sunday 15 February 2026, done on the 20th: late, not overdue
    case = {**CASE, "actual": {"probleemanalyse": "2026-02-20"}}
    for lang, late, overdue in (
        ("nl", "Schrijf op waarom de probleemanalyse later kwam", "Stel het plan van aanpak nu op"),
        ("en", "Write down why the probleemanalyse came later", "Draw up the plan van aanpak now"),
    ):
        got = {m["id"]: m for m in ask(case, today="2026-11-23", lang=lang)["milestones"]}
        assert got["probleemanalyse"]["status"] == "late"
        assert got["probleemanalyse"]["do_now"].startswith(late)
        assert got["plan_van_aanpak"]["status"] == "overdue"  # not done: the "now" advice
        assert got["plan_van_aanpak"]["do_now"].startswith(overdue)


def test_every_step_with_a_risk_has_advice_for_late_and_for_overdue() -> None:
    from calculator.role_words import STEP_WORDS

    for step, words in STEP_WORDS.items():
        for role, own in words.roles.items():
            nl, en = own.do_late
            # done already: no "do it now" (the overdue advice's word); what still applies
            assert " nu " not in f" {nl} " and " now " not in f" {en} ", (step, role)


@pytest.mark.parametrize(
    ("day", "nl", "en"),
    [
        (date(2027, 1, 3), "zo 3 jan. 2027", "Sun 3 Jan 2027"),
        (date(2026, 3, 2), "ma 2 mrt. 2026", "Mon 2 Mar 2026"),
        (date(2026, 5, 5), "di 5 mei 2026", "Tue 5 May 2026"),
        (date(2026, 9, 30), "wo 30 sep. 2026", "Wed 30 Sep 2026"),
        (date(2026, 10, 29), "do 29 okt. 2026", "Thu 29 Oct 2026"),
        (date(2026, 6, 12), "vr 12 jun. 2026", "Fri 12 Jun 2026"),
        (date(2026, 7, 4), "za 4 jul. 2026", "Sat 4 Jul 2026"),
    ],
)
def test_short_date_texts(day: date, nl: str, en: str) -> None:
    from calculator.dates import format_date_short

    assert (format_date_short(day, "nl"), format_date_short(day, "en")) == (nl, en)


def test_milestones_and_marks_carry_the_short_date_text() -> None:
    answer = ask(CASE, today="2026-11-30")
    [eje] = [m for m in answer["milestones"] if m["id"] == "eerstejaarsevaluatie"]
    assert (eje["date_text"], eje["date_text_short"]) == ("zondag 3 januari 2027", "zo 3 jan. 2027")
    [mark] = [m for m in answer["picture"]["marks"] if m["id"] == "eerstejaarsevaluatie"]
    assert mark["date_text_short"] == "zo 3 jan. 2027"
