"""Public holidays in the sense of the Algemene termijnenwet (Atw), article 3.

The Atw names the *algemeen erkende feestdagen*: Nieuwjaarsdag, tweede Paasdag, tweede
Pinksterdag, both Christmas days, Hemelvaartsdag, the day the King's birthday is celebrated and
5 May (art. 3(1)); Goede Vrijdag is treated the same (art. 3(2)). Eerste Paasdag and eerste
Pinksterdag always fall on a Sunday, so they need no row. Days the government equates by decree
for a given year (art. 3(3), such as the Friday after Hemelvaartsdag) are *not* included: the
calculator says so where a date is close to one.

Each holiday is a rule with its source and validity, like the milestones. Goede Vrijdag,
tweede Paasdag, Hemelvaartsdag and tweede Pinksterdag follow Easter Sunday, computed by
:func:`easter` (the Western, Gregorian computus) in a few lines here rather than by a library:
in the browser a dependency costs a download and an unpack before the first result.

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

from .words import pick

ATW_URL = "https://wetten.overheid.nl/jci1.3:c:BWBR0002448&artikel=3&z=2026-01-01&g=2026-01-01"


@dataclass(frozen=True)
class Holiday:
    """One Atw holiday in one year."""

    id: str
    date: date
    name_nl: str
    name_en: str

    def name(self, lang: str) -> str:
        return pick((self.name_nl, self.name_en), lang)


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


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the Western churches' date).

    The "anonymous Gregorian algorithm" (Nature, 1876; J. Meeus, *Astronomical Algorithms*,
    1991, ch. 8), exact for every Gregorian year: the golden number ``a`` places the year in
    the 19-year lunar cycle, ``h`` counts the days from 21 March to the Paschal full moon
    (with the century's solar and lunar corrections ``d``, ``g``), ``l`` the days from that
    full moon to the next Sunday. Checked against python-dateutil for 1583–4099 and against
    a table of known dates in ``tests/unit/test_easter.py``.

    >>> easter(2026), easter(1818), easter(2038)  # an ordinary year, the earliest, the latest
    (datetime.date(2026, 4, 5), datetime.date(1818, 3, 22), datetime.date(2038, 4, 25))
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


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
        lambda y: easter(y) - timedelta(days=2),
        "Atw art. 3 lid 2",
    ),
    HolidayRule(
        "tweede_paasdag",
        "tweede Paasdag",
        "Easter Monday",
        lambda y: easter(y) + timedelta(days=1),
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
        lambda y: easter(y) + timedelta(days=39),
        "Atw art. 3 lid 1",
    ),
    HolidayRule(
        "tweede_pinksterdag",
        "tweede Pinksterdag",
        "Whit Monday",
        lambda y: easter(y) + timedelta(days=50),
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
