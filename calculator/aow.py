"""The AOW age (pensioengerechtigde leeftijd) by date of birth, and what it means for sick pay.

The AOW age is fixed per calendar year in which it is reached (AOW art. 7a lid 1: "Op
pensioengerechtigden die in een bepaald kalenderjaar de pensioengerechtigde leeftijd hebben
bereikt zijn de pensioengerechtigde leeftijd en de aanvangsleeftijd in de kalenderjaren daarna
niet van toepassing"), so it is a table of birth-date ranges, as SVB and Rijksoverheid publish
it. Each row carries the date the step was fixed in law; later steps are set five years ahead,
so the table is checked every November against SVB (``CHECKED``).

An employee who has reached the AOW age keeps sick pay for six weeks of illness instead of 104
(BW 7:629 lid 2 onder b), and thirteen weeks when the illness began before 1 July 2023: one
period of the law with two versions, :data:`calculator.law.AOW_LOONDOORBETALING`, chosen by the
first sick day.

**An age not yet fixed** (born on or after 1 October 1964, reaching it after 2031): AOW art. 7a
lid 2 sets each later year's age five years ahead, as the year before plus "drie maanden" or
nothing ("Indien V negatief is of minder dan 0,25 bedraagt, wordt deze gesteld op 0. Indien V 0,25
of meer bedraagt, wordt deze gesteld op drie maanden"). So the age can only stay or rise, by at
most three months a year: :func:`aow_date` gives the lowest possible date (``date``, the age as
it stands) and the latest possible one (``latest``: three months more for every year after the
last fixed year). A step that any possible age requires must not be dropped on an assumption,
so the calculator plans with ``latest`` (see :mod:`calculator.engine`) and says so.

>>> found = aow_date(date(1960, 12, 31)); found.date, found.fixed, found.latest == found.date
(datetime.date(2027, 12, 31), True, True)
>>> aow_date(date(1961, 1, 31)).date  # 31 April does not exist: the safe, earlier day
datetime.date(2028, 4, 30)
>>> found = aow_date(date(1964, 10, 1)); found.date, found.latest, found.fixed
(datetime.date(2032, 1, 1), datetime.date(2032, 4, 1), False)
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

CHECKED = date(2026, 11, 30)
#: The last calendar year whose AOW age is fixed in law (AOW art. 7a lid 2 and 3: set five years
#: ahead); from the next year on it may rise by at most :data:`STEP_MONTHS` a year.
LAST_FIXED_YEAR = 2031
STEP_MONTHS = 3


@dataclass(frozen=True)
class AowAge:
    """The AOW age for everyone born from ``born_from`` to ``born_until`` (inclusive)."""

    born_from: date
    born_until: date | None
    years: int
    months: int
    fixed: bool = True  # False: not yet set in law; this is the lowest it can be


AOW_AGES: tuple[AowAge, ...] = (
    AowAge(date(1900, 1, 1), date(1947, 12, 31), 65, 0),
    AowAge(date(1948, 1, 1), date(1948, 11, 30), 65, 1),
    AowAge(date(1948, 12, 1), date(1949, 10, 31), 65, 2),
    AowAge(date(1949, 11, 1), date(1950, 9, 30), 65, 3),
    AowAge(date(1950, 10, 1), date(1951, 6, 30), 65, 6),
    AowAge(date(1951, 7, 1), date(1952, 3, 31), 65, 9),
    AowAge(date(1952, 4, 1), date(1952, 12, 31), 66, 0),
    AowAge(date(1953, 1, 1), date(1955, 8, 31), 66, 4),  # Wet temporisering (2019-2021)
    AowAge(date(1955, 9, 1), date(1956, 5, 31), 66, 7),
    AowAge(date(1956, 6, 1), date(1957, 2, 28), 66, 10),
    AowAge(date(1957, 3, 1), date(1960, 12, 31), 67, 0),
    AowAge(date(1961, 1, 1), date(1964, 9, 30), 67, 3),  # reached 2028-2031
    AowAge(date(1964, 10, 1), None, 67, 3, fixed=False),  # from 2032: set five years ahead
)


Day = date  # the field named ``date`` below hides the type inside the class


@dataclass(frozen=True)
class AowDate:
    date: Day  # the AOW date by the age as it stands (the lowest possible when not fixed)
    exact: bool  # False when birth date + age fell on a day that does not exist
    fixed: bool  # False when the age is not yet fixed in law (a lower bound)
    latest: Day  # the latest possible AOW date (== date when the age is fixed)


def _add_months(day: date, months: int) -> tuple[date, bool]:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last)), day.day <= last


def aow_date(birth: date) -> AowDate:
    """The day the AOW age is reached (AOW art. 7a); the AOW starts that day."""
    row = next(
        r
        for r in AOW_AGES
        if r.born_from <= birth and (r.born_until is None or birth <= r.born_until)
    )
    months = 12 * row.years + row.months
    reached, exact = _add_months(birth, months)
    return AowDate(reached, exact, row.fixed, reached if row.fixed else _latest(birth, months))


def _latest(birth: date, months: int) -> date:
    """The latest possible AOW date when every year after :data:`LAST_FIXED_YEAR` raises the age
    by :data:`STEP_MONTHS`: the first year in which the person reaches that year's age."""
    year = LAST_FIXED_YEAR
    while True:
        year += 1
        reached = _add_months(birth, months + STEP_MONTHS * (year - LAST_FIXED_YEAR))[0]
        if reached.year <= year:
            return reached
