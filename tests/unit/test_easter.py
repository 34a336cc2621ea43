"""Easter Sunday (calculator.holidays.easter), on which four Atw holidays depend.

Checked two independent ways: a table of dates published in church calendars and almanacs
(including the earliest and latest possible dates, 22 March and 25 April), and every year of
python-dateutil's Western computus range (1583–4099); dateutil is only a dev dependency (it
comes with icalendar) and no longer part of the calculator's runtime."""

from __future__ import annotations

import doctest
from datetime import date, timedelta

import pytest
from dateutil.easter import EASTER_WESTERN
from dateutil.easter import easter as dateutil_easter

from calculator import holidays
from calculator.holidays import easter, holidays_in

KNOWN = {
    1583: date(1583, 4, 10),  # the first Easter of the Gregorian calendar
    1818: date(1818, 3, 22),  # the earliest possible date
    1886: date(1886, 4, 25),  # the latest possible date
    1943: date(1943, 4, 25),
    1961: date(1961, 4, 2),
    2000: date(2000, 4, 23),
    2008: date(2008, 3, 23),
    2011: date(2011, 4, 24),
    2019: date(2019, 4, 21),
    2024: date(2024, 3, 31),
    2025: date(2025, 4, 20),
    2026: date(2026, 4, 5),
    2027: date(2027, 3, 28),
    2028: date(2028, 4, 16),
    2029: date(2029, 4, 1),
    2030: date(2030, 4, 21),
    2038: date(2038, 4, 25),
    2285: date(2285, 3, 22),
}


@pytest.mark.parametrize(("year", "expected"), sorted(KNOWN.items()))
def test_known_easter_dates(year: int, expected: date) -> None:
    assert easter(year) == expected


def test_same_as_dateutil_for_every_gregorian_year_it_covers() -> None:
    wrong = [y for y in range(1583, 4100) if easter(y) != dateutil_easter(y, EASTER_WESTERN)]
    assert wrong == []


def test_always_a_sunday_between_22_march_and_25_april() -> None:
    for year in range(1583, 4100):
        day = easter(year)
        assert day.weekday() == 6
        assert date(year, 3, 22) <= day <= date(year, 4, 25)


def test_the_holidays_that_follow_easter_in_2026() -> None:
    """Goede Vrijdag 3 April, tweede Paasdag 6 April, Hemelvaartsdag 14 May, tweede
    Pinksterdag 25 May 2026 (Rijksoverheid's list of holidays for 2026)."""
    days = {h.id: h.date for h in holidays_in(2026)}
    assert days["goede_vrijdag"] == date(2026, 4, 3)
    assert days["tweede_paasdag"] == date(2026, 4, 6)
    assert days["hemelvaartsdag"] == date(2026, 5, 14)
    assert days["tweede_pinksterdag"] == date(2026, 5, 25)
    assert days["hemelvaartsdag"] - days["tweede_paasdag"] == timedelta(days=38)


def test_the_module_doctests() -> None:
    result = doctest.testmod(holidays)
    assert result.attempted >= 3 and result.failed == 0
