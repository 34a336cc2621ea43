"""Public holidays in the sense of the Algemene termijnenwet (Atw), article 3.

The Atw names the *algemeen erkende feestdagen*: Nieuwjaarsdag, tweede Paasdag, tweede
Pinksterdag, both Christmas days, Hemelvaartsdag, the day the King's birthday is celebrated and
5 May (art. 3(1)); Goede Vrijdag is treated the same (art. 3(2)). Eerste Paasdag and eerste
Pinksterdag always fall on a Sunday, so they need no row. Days the government equates by decree
for a given year (art. 3(3), such as the Friday after Hemelvaartsdag) are *not* included: the
calculator says so where a date is close to one.

Each holiday is a rule with its source and validity, like the milestones. Easter comes from
python-dateutil, a maintained implementation of the Western (Gregorian) computus.

>>> [h.id for h in holidays_in(2026)][:3]
['nieuwjaarsdag', 'goede_vrijdag', 'tweede_paasdag']
>>> is_working_day(date(2026, 12, 28))
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import EASTER_WESTERN, easter

ATW_URL = "https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=3&z=2026-01-01&g=2026-01-01"


@dataclass(frozen=True)
class Holiday:
    """One Atw holiday in one year."""

    id: str
    date: date
    name_nl: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_nl


@dataclass(frozen=True)
class HolidayRule:
    """How to find a holiday in a given year, with its legal source and validity."""

    id: str
    name_nl: str
    name_en: str
    when: Callable[[int], date]
    source: str
    valid_from: int | None = None  # first year the rule applies
    valid_until: int | None = None  # last year the rule applies

    def applies(self, year: int) -> bool:
        return (self.valid_from is None or year >= self.valid_from) and (
            self.valid_until is None or year <= self.valid_until
        )


def _easter(year: int) -> date:
    return easter(year, EASTER_WESTERN)


def _kings_day(year: int) -> date:
    """Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def _queens_day(year: int) -> date:
    """Koninginnedag until 2013: 30 April, or 29 April when the 30th is a Sunday."""
    day = date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


HOLIDAY_RULES: tuple[HolidayRule, ...] = (
    HolidayRule(
        "nieuwjaarsdag",
        "Nieuwjaarsdag",
        "New Year's Day",
        lambda y: date(y, 1, 1),
        "Atw art. 3 lid 1",
    ),
    HolidayRule(
        "goede_vrijdag",
        "Goede Vrijdag",
        "Good Friday",
        lambda y: _easter(y) - timedelta(days=2),
        "Atw art. 3 lid 2",
    ),
    HolidayRule(
        "tweede_paasdag",
        "tweede Paasdag",
        "Easter Monday",
        lambda y: _easter(y) + timedelta(days=1),
        "Atw art. 3 lid 1",
    ),
    HolidayRule(
        "koningsdag", "Koningsdag", "King's Day", _kings_day, "Atw art. 3 lid 1", valid_from=2014
    ),
    HolidayRule(
        "koninginnedag",
        "Koninginnedag",
        "Queen's Day",
        _queens_day,
        "Atw art. 3 lid 1",
        valid_until=2013,
    ),
    HolidayRule(
        "bevrijdingsdag",
        "Bevrijdingsdag (5 mei)",
        "Liberation Day (5 May)",
        lambda y: date(y, 5, 5),
        "Atw art. 3 lid 1",
    ),
    HolidayRule(
        "hemelvaartsdag",
        "Hemelvaartsdag",
        "Ascension Day",
        lambda y: _easter(y) + timedelta(days=39),
        "Atw art. 3 lid 1",
    ),
    HolidayRule(
        "tweede_pinksterdag",
        "tweede Pinksterdag",
        "Whit Monday",
        lambda y: _easter(y) + timedelta(days=50),
        "Atw art. 3 lid 1",
    ),
    HolidayRule(
        "eerste_kerstdag",
        "eerste Kerstdag",
        "Christmas Day",
        lambda y: date(y, 12, 25),
        "Atw art. 3 lid 1",
    ),
    HolidayRule(
        "tweede_kerstdag",
        "tweede Kerstdag",
        "Boxing Day",
        lambda y: date(y, 12, 26),
        "Atw art. 3 lid 1",
    ),
)


@lru_cache(maxsize=256)
def holidays_in(year: int) -> tuple[Holiday, ...]:
    """The Atw holidays of ``year``, in date order."""
    found = [
        Holiday(rule.id, rule.when(year), rule.name_nl, rule.name_en)
        for rule in HOLIDAY_RULES
        if rule.applies(year)
    ]
    return tuple(sorted(found, key=lambda h: h.date))


def holiday_on(day: date) -> Holiday | None:
    """The Atw holiday that falls on ``day``, if any."""
    return next((h for h in holidays_in(day.year) if h.date == day), None)


def is_working_day(day: date) -> bool:
    """Not a Saturday, a Sunday or an Atw holiday."""
    return day.weekday() < 5 and holiday_on(day) is None


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def previous_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
