"""The calculation: a checked :class:`~calculator.model.Case` in, a :class:`Schedule` out.

The engine only routes: counting lives in :mod:`calculator.counting`, every date's formula in
the rules table (:mod:`calculator.rules`), the explanations in :mod:`calculator.outcomes`.
What moves the end of the wachttijd (rules.md section 3) is applied here, in this order:

1. a voluntary extension (WIA 24) replaces the end; the re-integratieverslag and the WIA
   application are counted back from it (WIA 25(4), 64(3));
2. a late WIA application extends sick pay by the delay (BW 7:629(11)(a));
3. a loonsanctie extends it by its length, or until 6 weeks after UWV's decision that the
   shortcoming was repaired, never more than 52 weeks (WIA 25(9)-(14)).

The *opzegverbod* (BW 7:670(1)) is counted separately, without pregnancy-related illness before
the leave, and extended by the same extensions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from . import law
from .counting import SickCount, count_sick_days
from .formulas import Context, Every, FirstWorkingDayAfter
from .holidays import Holiday, holiday_on, is_working_day, previous_working_day
from .model import Case, check_case
from .rules import MILESTONE_RULES, Rule

RECURRING_SHOWN = 20
WORKING_DAY_KINDS = frozenset({"deadline", "window", "option", "advice"})

Day = date  # the field named ``date`` below hides the type inside the class

#: Why a milestone's date is only an indication, beyond its rule's own reason. Words for each
#: code are chosen in :mod:`calculator.words`.
SANCTION_BY_REPAIR = "sanction_by_repair"
PREGNANCY_OPZEGVERBOD = "pregnancy_opzegverbod"
OUTSIDE_VALIDITY = "outside_validity"


@dataclass(frozen=True)
class NonWorkingDay:
    """A deadline on a Saturday, Sunday or Atw holiday, and the working day to plan it on."""

    holiday: Holiday | None
    weekday: int  # 5 Saturday, 6 Sunday (when not a holiday)
    plan_on: Day


@dataclass(frozen=True)
class Milestone:
    rule: Rule
    date: Day
    start: Day | None
    week: int | None
    week_start: int | None
    day: int | None
    status: str
    actual: Day | None = None
    occurrences: tuple[Day, ...] = ()
    reasons: tuple[str, ...] = ()  # codes: why the date is (also) an indication

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def indication(self) -> bool:
        return self.rule.indication is not None or bool(self.reasons)

    @property
    def non_working_day(self) -> NonWorkingDay | None:
        """Set when a deadline falls on a Saturday, Sunday or Atw holiday."""
        if self.rule.kind not in WORKING_DAY_KINDS or is_working_day(self.date):
            return None
        return NonWorkingDay(
            holiday_on(self.date), self.date.weekday(), previous_working_day(self.date)
        )


@dataclass(frozen=True)
class Extensions:
    """How the end of the wachttijd moved, in days."""

    base_end: date
    voluntary: int = 0
    late_application: int = 0
    sanction: int = 0
    sanction_by_repair: bool = False


@dataclass(frozen=True)
class Schedule:
    case: Case
    today: date
    count: SickCount
    milestones: tuple[Milestone, ...]
    extensions: Extensions

    def milestone(self, rule_id: str) -> Milestone:
        return next(m for m in self.milestones if m.id == rule_id)

    @property
    def dates(self) -> dict[str, date]:
        return {m.id: m.date for m in self.milestones}

    @property
    def outside_validity(self) -> tuple[Milestone, ...]:
        """Milestones whose date falls outside the period in which their rule is valid: the
        case straddles a change of the rules."""
        return tuple(m for m in self.milestones if OUTSIDE_VALIDITY in m.reasons)


def status_of(when: date, today: date) -> str:
    """passed / today / soon (within two weeks, :data:`calculator.law.SOON`) / later."""
    if when < today:
        return "passed"
    if when == today:
        return "today"
    return "soon" if (when - today).days <= law.SOON.days else "later"


def calculate(case: Case, today: date) -> Schedule:
    """Every milestone of ``case``, with its status relative to ``today``."""
    check_case(case, today)
    count = count_sick_days(case.periods, case.pregnancy_leave)
    base_end = count.day(law.WACHTTIJD.days)
    deadline_end = case.extension_end or base_end
    end = deadline_end
    late = 0
    applied = case.actual.get("wia_aanvraag")
    wia_deadline = deadline_end - timedelta(days=law.WIA_AANVRAAG_VOOR_EINDE.days)
    if applied is not None and applied > wia_deadline:
        late = (applied - wia_deadline).days
        end += timedelta(days=late)
    sanction_days = 0
    by_repair = False
    if case.loonsanctie is not None:
        if case.loonsanctie.weeks is not None:
            sanction_days = law.DAYS_PER_WEEK * case.loonsanctie.weeks
        elif case.loonsanctie.repaired is not None:
            by_repair = True
            until = case.loonsanctie.repaired + timedelta(days=law.LOONSANCTIE_NA_HERSTEL.days)
            sanction_days = max(0, min((until - end).days, law.MAX_LOONSANCTIE.days))
        end += timedelta(days=sanction_days)
    extensions = Extensions(
        base_end, (deadline_end - base_end).days, late, sanction_days, by_repair
    )
    opz_count = count_sick_days(case.periods, case.pregnancy_leave, for_opzegverbod=True)
    opzegverbod_end = opz_count.day(law.WACHTTIJD.days) + (end - base_end)
    ctx = Context(count, dict(case.actual), deadline_end, end, opzegverbod_end)

    milestones: list[Milestone] = []
    for rule in MILESTONE_RULES:
        start, when = rule.formula.evaluate(ctx)
        ctx.dates[rule.id] = when
        milestones.append(_milestone(rule, start, when, ctx, case, today, extensions))
    return Schedule(case, today, count, tuple(milestones), extensions)


def _milestone(
    rule: Rule,
    start: date | None,
    when: date,
    ctx: Context,
    case: Case,
    today: date,
    extensions: Extensions,
) -> Milestone:
    occurrences: tuple[date, ...] = ()
    if isinstance(rule.formula, Every):
        occurrences = _recurring(ctx.dates[rule.formula.after], rule.formula.term.days, ctx.end)
        upcoming = [d for d in occurrences if d >= today]
        when = upcoming[0] if upcoming else (occurrences[-1] if occurrences else when)
        occurrences = occurrences[:RECURRING_SHOWN]
    if isinstance(rule.formula, FirstWorkingDayAfter):
        week: int | None = rule.formula.after.weeks
    else:
        week = ctx.count.week_of(when)
    reasons: list[str] = []
    moved = extensions.sanction or extensions.late_application or extensions.voluntary
    if rule.id in ("einde_wachttijd", "start_wia", "einde_opzegverbod") and moved:
        week = None  # past the 104 weeks the illness week says nothing useful
        if extensions.sanction_by_repair:
            reasons.append(SANCTION_BY_REPAIR)
    if rule.id == "einde_opzegverbod" and case.pregnancy_leave is not None:
        reasons.append(PREGNANCY_OPZEGVERBOD)
        week = None
    if not rule.valid_on(when):
        reasons.append(OUTSIDE_VALIDITY)
    return Milestone(
        rule=rule,
        date=when,
        start=start,
        week=week,
        week_start=None if start is None else ctx.count.week_of(start),
        day=ctx.count.day_number(when) if rule.kind != "recurring" else None,
        status=status_of(when, today),
        actual=case.actual.get(rule.id),
        occurrences=occurrences,
        reasons=tuple(reasons),
    )


def _recurring(first_plan: date, every: int, until: date) -> tuple[date, ...]:
    found: list[date] = []
    when = first_plan + timedelta(days=every)
    while when <= until:
        found.append(when)
        when += timedelta(days=every)
    return tuple(found)
