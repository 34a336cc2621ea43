"""How a milestone's date is computed: the formulas of the rules table and what they can see.

A :class:`Formula` turns the counted sick days (:class:`~calculator.counting.SickCount`) and
the facts of the case (a :class:`Context`) into a date, or a window ``(start, date)``. Lengths
come from :mod:`calculator.law`; no number is typed here. ``nominal`` gives the illness week
the law names, for the timeline pages.

>>> from calculator.counting import Period, count_sick_days
>>> ctx = Context.plain(count_sick_days([Period(date(2026, 1, 5))]))
>>> SickDay(law.PROBLEEMANALYSE).evaluate(ctx)
(None, datetime.date(2026, 2, 15))
>>> SickDay(law.PROBLEEMANALYSE).nominal(ctx)
(None, 6)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from . import law
from .counting import Leave, SickCount, week_of_day
from .dates import add_years
from .holidays import next_working_day, previous_working_day


@dataclass
class Context:
    """What formulas can see: the counted sick days, the actual dates of steps, the ends, and
    the dates of the milestones computed so far (in table order)."""

    count: SickCount
    actual: dict[str, date] = field(default_factory=dict)
    deadline_end: date = date.min  # the end to count back from (with a voluntary extension)
    end: date = date.min  # the end of the wachttijd with every extension
    opzegverbod_end: date = date.min
    dates: dict[str, date] = field(default_factory=dict)
    pay_end: date | None = None  # the end of sick pay past AOW age (BW 7:629 lid 2)
    contract_end: date | None = None
    leave: Leave | None = None

    @classmethod
    def plain(cls, count: SickCount) -> Context:
        """A context without extensions or actual dates."""
        end = count.day(law.WACHTTIJD.days)
        return cls(count, {}, end, end, count.day(opzegverbod_days(count.first_sick_day)))


def opzegverbod_days(first: date) -> int:
    """How many days of illness make the "twee jaren" of BW 7:670 lid 1 onder a, counted from
    day 1 in calendar years (730, or 731 over a 29 February)."""
    return (add_years(first, law.OPZEGVERBOD_JAREN) - first).days


class Formula:
    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        """(window start or None, date)."""
        raise NotImplementedError

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        """(first week of a window or None, week) as the law names them."""
        start, end = self.evaluate(ctx)
        first = None if start is None else ctx.count.week_of(start)
        week = ctx.count.week_of(end)
        assert week is not None
        return first, week


@dataclass(frozen=True)
class FirstSickDay(Formula):
    """Day 1."""

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, ctx.count.day(1)


@dataclass(frozen=True)
class SickDay(Formula):
    """The last sick day of the first ``after`` (``day(after.days)``), with ``plus`` calendar
    days added after it."""

    after: law.Term
    plus: law.Term | None = None

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        extra = self.plus.days if self.plus else 0
        return None, ctx.count.day(self.after.days) + timedelta(days=extra)


@dataclass(frozen=True)
class FirstWorkingDayAfter(Formula):
    """The first working day after the illness has lasted ``after`` (Atw holidays and
    weekends skipped)."""

    after: law.Term

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, next_working_day(ctx.count.day(self.after.days) + timedelta(days=1))

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        return None, self.after.weeks


@dataclass(frozen=True)
class Window(Formula):
    """From the first sick day after ``opens`` up to the last sick day of ``closes``."""

    opens: law.Term
    closes: law.Term

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return ctx.count.day(self.opens.days + 1), ctx.count.day(self.closes.days)


@dataclass(frozen=True)
class AfterStep(Formula):
    """``term`` in calendar days after an earlier step: after its actual date when the visitor
    gave it, else after its computed date (a window's last day). With ``not_later`` a step taken
    late does not move this date later than ``term`` after the step's own deadline."""

    step: str
    term: law.Term
    not_later: bool = False

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        due = ctx.dates[self.step]
        actual = ctx.actual.get(self.step)
        base = due if actual is None else min(actual, due) if self.not_later else actual
        return None, base + timedelta(days=self.term.days)


@dataclass(frozen=True)
class LastWorkingDayOfContract(Formula):
    """The last working day on or before the contract's last day (Monday to Friday, no Atw
    holiday)."""

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        assert ctx.contract_end is not None
        return None, previous_working_day(ctx.contract_end)


@dataclass(frozen=True)
class PayEnd(Formula):
    """The last day of sick pay past AOW age (BW 7:629 lid 2)."""

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        assert ctx.pay_end is not None
        return None, ctx.pay_end


@dataclass(frozen=True)
class AfterLeave(Formula):
    """``term`` after the last day of the pregnancy and maternity leave."""

    term: law.Term

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        assert ctx.leave is not None
        return None, ctx.leave.end + timedelta(days=self.term.days)


@dataclass(frozen=True)
class BeforeEnd(Formula):
    """``term`` in calendar days before the end of the wachttijd as extended by a voluntary
    extension (WIA 25(4), 64(3)); a loonsanctie or a late application does not move it."""

    term: law.Term

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, ctx.deadline_end - timedelta(days=self.term.days)


@dataclass(frozen=True)
class End(Formula):
    """The end of the wachttijd with every extension, or the day after it (``next_day``);
    with ``opzegverbod`` the end of the dismissal ban."""

    next_day: bool = False
    opzegverbod: bool = False

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        end = ctx.opzegverbod_end if self.opzegverbod else ctx.end
        return None, end + timedelta(days=int(self.next_day))

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        if self.opzegverbod:  # two calendar years: the week the reference case reaches
            return super().nominal(ctx)
        return None, week_of_day(law.WACHTTIJD.days + int(self.next_day))


@dataclass(frozen=True)
class Every(Formula):
    """Recurring: every ``term`` after another step (its actual date when known), until the
    end."""

    after: str
    term: law.Term

    def first(self, ctx: Context) -> date:
        return ctx.actual.get(self.after, ctx.dates[self.after])

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, self.first(ctx) + timedelta(days=self.term.days)
