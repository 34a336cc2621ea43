"""How a milestone's date is computed: the formulas of the rules table and what they can see.

A :class:`Formula` turns the counted sick days (:class:`~calculator.counting.SickCount`) and
the facts of the case (a :class:`Context`) into a date, or a window ``(start, date)``. Lengths
come from :mod:`calculator.law`; no number is typed here. A period of the law is never read
without a date: each formula takes the version in force on the day the law ties it to, and its
docstring says which (the first sick day, the date of the step it counts from, the end it counts
back from, the last day of the leave). ``nominal`` gives the illness week the law names, for the
timeline pages and the texts of a case.

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
from .counting import Leave, SickCount, split_by_leave, week_of_day
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
    base_end: date = date.min  # day(728), before anything moved it
    late_delay: int = 0  # days a late WIA application added
    sanction_days: int = 0  # days a loonsanctie added
    aow: date | None = None
    today: date = date.min  # the day of the calculation
    application: ApplicationTerm | None = None  # WIA 64 lid 6 for this case (engine)

    @classmethod
    def plain(cls, count: SickCount) -> Context:
        """A context without extensions or actual dates."""
        end = count.day(law.WACHTTIJD.on(count.first_sick_day).days)
        opz = count.day(opzegverbod_days(count.first_sick_day))
        return cls(count, {}, end, end, opz, base_end=end)


#: One line of "how this date was calculated": a code of words.EXPLAIN and its parameters.
Step = tuple[str, dict[str, object]]


@dataclass(frozen=True)
class ApplicationTerm:
    """When a WIA application counts as on time (WIA art. 64).

    Lid 3: "De verzekerde doet zijn aanvraag uiterlijk elf weken voor afloop van de wachttijd"
    (``regular``). Lid 6: "Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de
    kennisgeving als bedoeld in het tweede lid niet heeft gedaan dan wel indien bij een latere
    kennisgeving dan bedoeld in het tweede lid ... de aanvraag wordt ingediend binnen vier weken
    nadat deze kennisgeving is ontvangen. Dit lid is niet van toepassing indien de werkgever de
    aangifte, bedoeld in artikel 38, eerste lid, van de Ziektewet, niet heeft gedaan voor de dag
    waarop de wachttijd 81 weken heeft geduurd." Lid 2 sets the letter "uiterlijk op de dag
    waarop de wachttijd 89 weken heeft geduurd": a letter after that day is late.

    ``deadline`` is the last day an application counts as on time: ``regular``, or four weeks
    after a late letter when that is later; ``None`` when UWV sent no letter at all (then any
    application counts as on time). ``protected`` is False when the report of ZW 38 lid 1 was
    made on or after day(7 x 81): the fiction does not apply and ``deadline`` is ``regular``.
    The four weeks count from the day the letter was received; the calculator counts from the
    letter's date, the earliest day it can have been received.
    """

    regular: date
    deadline: date | None
    letter: date | None
    letter_late: bool
    no_letter: bool
    protected: bool

    @property
    def fiction(self) -> bool:
        """WIA 64 lid 6 moves the deadline (a late letter) or removes it (no letter)."""
        return self.deadline != self.regular


def explain_sick_day(ctx: Context, n: int) -> list[Step]:
    """Day 1, the days that did not count before the n-th sick day, and that day."""
    count = ctx.count
    when = count.day(n)
    steps: list[Step] = [("first_day", {"date": count.first_sick_day})]
    for skipped in count.skipped_before(when):
        for kind, first, last in split_by_leave(*skipped, ctx.leave):
            code = "skipped_leave" if kind == "leave" else "skipped_gap"
            steps.append((code, {"days": (last - first).days + 1, "start": first, "end": last}))
    steps.append(("sick_day", {"n": n, "week": week_of_day(n), "date": when}))
    return steps


def opzegverbod_days(first: date) -> int:
    """How many days of illness make the "twee jaren" of BW 7:670 lid 1 onder a, counted from
    day 1 in calendar years (730, or 731 over a 29 February)."""
    return (add_years(first, law.OPZEGVERBOD_JAREN) - first).days


class Formula:
    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        """(window start or None, date)."""
        raise NotImplementedError

    def explain(self, ctx: Context) -> list[Step]:
        """How the date came about, step by step (words in calculator.words.EXPLAIN)."""
        return [("result", {"date": self.evaluate(ctx)[1]})]

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

    def explain(self, ctx: Context) -> list[Step]:
        return [("first_day", {"date": ctx.count.day(1)})]


def _first(ctx: Context) -> date:
    """The first sick day of the chain: the day most periods of the law are tied to."""
    return ctx.count.first_sick_day


@dataclass(frozen=True)
class SickDay(Formula):
    """The last sick day of the first ``after`` (``day(after.days)``), ``after`` as in force on
    the first sick day."""

    after: law.LegalPeriod

    def days(self, ctx: Context) -> int:
        return self.after.on(_first(ctx)).days

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, ctx.count.day(self.days(ctx))

    def explain(self, ctx: Context) -> list[Step]:
        return explain_sick_day(ctx, self.days(ctx))


@dataclass(frozen=True)
class FirstWorkingDayAfter(Formula):
    """The first working day after the illness has lasted ``after`` (Atw holidays and
    weekends skipped), ``after`` as in force on the first sick day."""

    after: law.LegalPeriod

    def term(self, ctx: Context) -> law.Term:
        return self.after.on(_first(ctx))

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, next_working_day(ctx.count.day(self.term(ctx).days) + timedelta(days=1))

    def explain(self, ctx: Context) -> list[Step]:
        days = self.term(ctx).days
        steps = explain_sick_day(ctx, days)
        steps.append(("law_day", {"date": ctx.count.day(days) + timedelta(days=1)}))
        steps.append(("working_day", {"date": self.evaluate(ctx)[1]}))
        return steps

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        return None, self.term(ctx).weeks


@dataclass(frozen=True)
class Window(Formula):
    """From the first sick day after ``opens`` up to the last sick day of ``closes``, both as
    in force on the first sick day."""

    opens: law.LegalPeriod
    closes: law.LegalPeriod

    def terms(self, ctx: Context) -> tuple[law.Term, law.Term]:
        return self.opens.on(_first(ctx)), self.closes.on(_first(ctx))

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        opens, closes = self.terms(ctx)
        return ctx.count.day(opens.days + 1), ctx.count.day(closes.days)

    def explain(self, ctx: Context) -> list[Step]:
        opens, closes = self.terms(ctx)
        start, when = self.evaluate(ctx)
        steps = explain_sick_day(ctx, closes.days)[:-1]
        window = {"start": start, "date": when, "first": opens.weeks + 1}
        return [*steps, ("window", {**window, "last": closes.weeks})]


@dataclass(frozen=True)
class AfterStep(Formula):
    """``term`` in calendar days after an earlier step: after its actual date when the visitor
    gave it, else after its computed date (a window's last day). With ``not_later`` a step taken
    late does not move this date later than ``term`` after the step's own deadline. ``term`` is
    the version in force on the date it counts from."""

    step: str
    term: law.LegalPeriod
    not_later: bool = False

    def base(self, ctx: Context) -> date:
        due = ctx.dates[self.step]
        actual = ctx.actual.get(self.step)
        return due if actual is None else min(actual, due) if self.not_later else actual

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        base = self.base(ctx)
        return None, base + timedelta(days=self.term.on(base).days)

    def explain(self, ctx: Context) -> list[Step]:
        due, actual = ctx.dates[self.step], ctx.actual.get(self.step)
        when = self.evaluate(ctx)[1]
        if actual is None:
            steps: list[Step] = [("step_due", {"step": self.step, "date": due})]
        elif self.not_later and actual > due:
            steps = [("step_late_capped", {"step": self.step, "actual": actual, "date": due})]
        else:
            steps = [("step_done", {"step": self.step, "date": actual})]
        term = self.term.on(self.base(ctx))
        days = {"days": term.days, "weeks": term.weeks, "date": when}
        return [*steps, ("plus", days)]


@dataclass(frozen=True)
class LastWorkingDayOfContract(Formula):
    """The last working day on or before the contract's last day (Monday to Friday, no Atw
    holiday)."""

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        assert ctx.contract_end is not None
        return None, previous_working_day(ctx.contract_end)

    def explain(self, ctx: Context) -> list[Step]:
        when = self.evaluate(ctx)[1]
        return [("last_working_day", {"end": ctx.contract_end, "date": when})]


@dataclass(frozen=True)
class PayEnd(Formula):
    """The last day of sick pay past AOW age (BW 7:629 lid 2)."""

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        assert ctx.pay_end is not None
        return None, ctx.pay_end

    def explain(self, ctx: Context) -> list[Step]:
        return [("aow", {"aow": ctx.aow, "date": ctx.pay_end})]


@dataclass(frozen=True)
class AfterLeave(Formula):
    """``term`` after the last day of the pregnancy and maternity leave, as in force on that
    day."""

    term: law.LegalPeriod

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        assert ctx.leave is not None
        return None, ctx.leave.end + timedelta(days=self.term.on(ctx.leave.end).days)

    def explain(self, ctx: Context) -> list[Step]:
        assert ctx.leave is not None
        term = self.term.on(ctx.leave.end)
        when = self.evaluate(ctx)[1]
        days = {"days": term.days, "weeks": term.weeks, "date": when}
        return [("leave_end", {"date": ctx.leave.end}), ("plus", days)]


@dataclass(frozen=True)
class BeforeEnd(Formula):
    """``term`` in calendar days before the end of the wachttijd as extended by a voluntary
    extension (WIA 25(4), 64(3)); a loonsanctie or a late application does not move it.
    ``term`` is the version in force on that end."""

    term: law.LegalPeriod

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, ctx.deadline_end - timedelta(days=self.term.on(ctx.deadline_end).days)

    def explain(self, ctx: Context) -> list[Step]:
        steps = _explain_base_end(ctx)
        if ctx.deadline_end != ctx.base_end:
            steps.append(("extension", {"date": ctx.deadline_end}))
        term = self.term.on(ctx.deadline_end)
        when = self.evaluate(ctx)[1]
        steps.append(("minus", {"days": term.days, "weeks": term.weeks, "date": when}))
        return steps


@dataclass(frozen=True)
class WiaApplication(BeforeEnd):
    """The WIA application: ``term`` before the end (WIA 64 lid 3, see :class:`BeforeEnd`), as
    WIA 64 lid 6 moves it (:class:`ApplicationTerm`): four weeks after a late letter of UWV; with
    no letter at all no day is late, so the step is due on the day the application was made,
    or today while it was not made (never before the day of lid 3)."""

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        start, regular = super().evaluate(ctx)
        term = ctx.application
        if term is None or not term.fiction:
            return start, regular
        if term.deadline is not None:
            return start, term.deadline
        applied = ctx.actual.get("wia_aanvraag")
        return start, max(regular, applied if applied is not None else ctx.today)

    def explain(self, ctx: Context) -> list[Step]:
        steps = super().explain(ctx)
        term = ctx.application
        if term is None or not term.fiction:
            return steps
        when = self.evaluate(ctx)[1]
        if term.deadline is not None:
            grace: dict[str, object] = {"letter": term.letter, "date": when}
            return [*steps, ("late_letter", grace)]
        return [*steps, ("no_letter", {"date": when})]


@dataclass(frozen=True)
class End(Formula):
    """The end of the wachttijd with every extension, or the day after it (``next_day``);
    with ``opzegverbod`` the end of the dismissal ban."""

    next_day: bool = False
    opzegverbod: bool = False

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        end = ctx.opzegverbod_end if self.opzegverbod else ctx.end
        return None, end + timedelta(days=int(self.next_day))

    def explain(self, ctx: Context) -> list[Step]:
        if self.opzegverbod:
            steps: list[Step] = [("first_day", {"date": ctx.count.first_sick_day})]
            steps.append(("two_years", {"date": ctx.opzegverbod_end}))
            return steps
        steps = _explain_base_end(ctx)
        if ctx.deadline_end != ctx.base_end:
            steps.append(("extension", {"date": ctx.deadline_end}))
        if ctx.late_delay:
            steps.append(("late_delay", {"days": ctx.late_delay}))
        if ctx.sanction_days:
            steps.append(("sanction", {"days": ctx.sanction_days}))
        if ctx.end != ctx.base_end:
            steps.append(("result", {"date": ctx.end}))
        if self.next_day:
            steps.append(("next_day", {"date": self.evaluate(ctx)[1]}))
        return steps

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        if self.opzegverbod:  # two calendar years: the week the reference case reaches
            return super().nominal(ctx)
        return None, week_of_day(law.WACHTTIJD.on(_first(ctx)).days + int(self.next_day))


@dataclass(frozen=True)
class Every(Formula):
    """Recurring: every ``term`` after another step (its actual date when known), until the
    end; ``term`` as in force on that step's date."""

    after: str
    term: law.LegalPeriod

    def first(self, ctx: Context) -> date:
        return ctx.actual.get(self.after, ctx.dates[self.after])

    def interval(self, ctx: Context) -> law.Term:
        return self.term.on(self.first(ctx))

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, self.first(ctx) + timedelta(days=self.interval(ctx).days)

    def explain(self, ctx: Context) -> list[Step]:
        weeks = self.interval(ctx).weeks
        return [("every", {"step": self.after, "date": self.first(ctx), "weeks": weeks})]


def _explain_base_end(ctx: Context) -> list[Step]:
    return explain_sick_day(ctx, law.WACHTTIJD.on(_first(ctx)).days)
