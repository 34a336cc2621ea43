"""Counting: day 1, illness weeks, samentellen, leave; plus property tests (hypothesis)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.counting import Leave, Period, count_sick_days, week_of_day
from calculator.engine import calculate
from calculator.model import Case
from calculator.rules import MILESTONE_RULES, nominal_weeks

TODAY = date(2026, 11, 23)
first_days = st.dates(min_value=date(2014, 1, 1), max_value=date(2027, 6, 30))


def test_week_boundaries() -> None:
    assert [week_of_day(n) for n in (1, 7, 8, 42, 43, 728, 729)] == [1, 1, 2, 6, 7, 104, 105]


def test_end_of_week_6_is_day_one_plus_41() -> None:
    """Day 42 ends the sixth week (Regeling procesgang art. 2 lid 1, "in de zesde week"), so
    'day 1 + 6 weeks' is already week 7."""
    count = count_sick_days([Period(date(2026, 1, 1))])
    assert count.day(42) == date(2026, 1, 1) + timedelta(days=41)
    assert count.week_of(date(2026, 1, 1) + timedelta(days=42)) == 7


def test_gap_days_are_not_counted() -> None:
    count = count_sick_days([Period(date(2026, 1, 5), date(2026, 1, 9)), Period(date(2026, 1, 20))])
    assert count.day(5) == date(2026, 1, 9)
    assert count.day(6) == date(2026, 1, 20)
    assert count.day_number(date(2026, 1, 15)) is None
    assert count.gap_days == 10


def test_any_number_of_periods() -> None:
    periods = [
        Period(
            date(2026, 1, 1) + timedelta(days=20 * i), date(2026, 1, 1) + timedelta(days=20 * i + 9)
        )
        for i in range(12)
    ]
    periods.append(Period(date(2026, 1, 1) + timedelta(days=240)))
    count = count_sick_days(periods)
    assert count.first_sick_day == date(2026, 1, 1)
    assert count.gap_days == 12 * 10
    assert count.day(121) == date(2026, 1, 1) + timedelta(days=240)


def test_bridged_leave_is_skipped() -> None:
    leave = Leave(date(2026, 3, 2), date(2026, 6, 21), same_cause=True)
    count = count_sick_days([Period(date(2026, 1, 5))], leave)
    assert count.day(56) == date(2026, 3, 1)
    assert count.day(57) == date(2026, 6, 22)
    assert count.gap_days == 0


def test_leave_with_another_cause_starts_anew() -> None:
    leave = Leave(date(2026, 3, 2), date(2026, 6, 21))
    count = count_sick_days([Period(date(2026, 1, 5))], leave)
    assert count.first_sick_day == date(2026, 6, 22)
    assert count.earlier_periods_dropped


def _case(*periods: Period) -> Case:
    return Case(tuple(periods))


@given(first_days)
def test_without_gaps_each_deadline_is_a_fixed_offset(first: date) -> None:
    """Continuous illness: every milestone except the working-day ones (the UWV report) and the
    recurring evaluation sits at a fixed number of days from day 1."""
    offsets = {
        "probleemanalyse": 41,
        "plan_van_aanpak": 55,
        "spoor_2": 363 + 42,
        "eerstejaarsevaluatie": 363,
        "vervroegde_iva": 475,
        "reintegratieverslag": 727 - 91,
        "wia_aanvraag": 727 - 77,
        "einde_wachttijd": 727,
        "start_wia": 728,
        "wia_brief": 622,
    }
    got = calculate(_case(Period(first)), TODAY).dates
    for rule_id, offset in offsets.items():
        assert got[rule_id] == first + timedelta(days=offset), rule_id
    # BW 7:670 lid 1: the ban ends when the illness has lasted two calendar years, at the end of
    # day 1 + 2 years - 1 day (day 1 on 29 February: + 2 years is read as 28 February)
    try:
        two_years = first.replace(year=first.year + 2)
    except ValueError:
        two_years = first.replace(year=first.year + 2, day=28)
    assert got["einde_opzegverbod"] == two_years - timedelta(days=1)


@given(first_days)
def test_uwv_report_is_the_first_working_day_after_week_42(first: date) -> None:
    from calculator.holidays import is_working_day

    report = calculate(_case(Period(first)), TODAY).dates["ziekmelding_uwv"]
    end_of_week_42 = first + timedelta(days=293)
    assert report > end_of_week_42
    assert is_working_day(report)
    day = end_of_week_42 + timedelta(days=1)
    while day < report:
        assert not is_working_day(day)
        day += timedelta(days=1)


@given(first_days)
def test_dates_rise_with_the_week_number(first: date) -> None:
    schedule = calculate(_case(Period(first)), TODAY)
    weeks = nominal_weeks()
    ordered = sorted(
        (weeks[r.id][1], schedule.dates[r.id])
        for r in MILESTONE_RULES
        if r.kind != "recurring" and r.id in weeks
    )
    for (w1, d1), (w2, d2) in itertools.pairwise(ordered):
        if w2 > w1:
            assert d2 >= d1


@given(first_days, st.integers(1, 200), st.integers(1, 60), st.integers(0, 400))
@settings(max_examples=200)
def test_a_gap_never_moves_a_later_deadline_earlier(
    first: date, ill: int, gap: int, _: int
) -> None:
    """Compared with continuous illness, a recovery gap only moves dates later (or, with 28+
    days, starts anew later still)."""
    plain = calculate(_case(Period(first)), TODAY).dates
    end = first + timedelta(days=ill - 1)
    restart = end + timedelta(days=gap + 1)
    with_gap = calculate(_case(Period(first, end), Period(restart)), TODAY).dates
    for rule_id, when in plain.items():
        if rule_id in ("evaluatie", "eerste_ziektedag"):
            continue
        if when > end:  # a milestone that lies after the gap
            assert with_gap[rule_id] >= when, rule_id


@given(first_days, st.integers(1, 300))
def test_samentellen_at_27_versus_28_days(first: date, ill: int) -> None:
    end = first + timedelta(days=ill - 1)
    added = count_sick_days([Period(first, end), Period(end + timedelta(days=28))])
    anew = count_sick_days([Period(first, end), Period(end + timedelta(days=29))])
    assert added.first_sick_day == first and added.gap_days == 27
    assert anew.first_sick_day == end + timedelta(days=29) and anew.gap_days == 0


@given(first_days, st.integers(1, 100), st.integers(0, 27))
def test_every_later_date_moves_by_the_gap(first: date, ill: int, gap: int) -> None:
    end = first + timedelta(days=ill - 1)
    plain = count_sick_days([Period(first)])
    split = count_sick_days([Period(first, end), Period(end + timedelta(days=gap + 1))])
    for n in (ill + 1, 294, 364, 728):
        assert split.day(n) == plain.day(n) + timedelta(days=gap)
