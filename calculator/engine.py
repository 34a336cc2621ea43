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

from dataclasses import dataclass, field
from datetime import date, timedelta

from .counting import SickCount, count_sick_days
from .holidays import holiday_on, is_working_day, previous_working_day
from .model import Case, check_case
from .rules import (
    MAX_SANCTION_WEEKS,
    MILESTONE_RULES,
    SANCTION_END_AFTER_REPAIR,
    WACHTTIJD_DAYS,
    Every,
    FirstWorkingDayAfterWeek,
    Rule,
)

SOON_DAYS = 14
RECURRING_SHOWN = 20
WORKING_DAY_KINDS = frozenset({"deadline", "window", "option", "advice"})


@dataclass
class Context:
    """What formulas can see: the counted sick days, the actual dates of steps, the ends."""

    count: SickCount
    actual: dict[str, date] = field(default_factory=dict)
    deadline_end: date = date.min  # end for counting back (with a voluntary extension)
    end: date = date.min  # end of the wachttijd with every extension
    opzegverbod_end: date = date.min
    dates: dict[str, date] = field(default_factory=dict)

    @classmethod
    def plain(cls, count: SickCount) -> Context:
        """A context without extensions or actual dates."""
        end = count.day(WACHTTIJD_DAYS)
        return cls(count, {}, end, end, end)


Day = date  # the field named ``date`` below hides the type inside the class


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
    indication_reasons: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def indication(self) -> bool:
        return self.rule.indication is not None or bool(self.indication_reasons)

    @property
    def non_working_day(self) -> tuple[str, str, Day] | None:
        """(Dutch reason, English reason, previous working day) when the deadline falls on a
        Saturday, Sunday or Atw holiday."""
        if self.rule.kind not in WORKING_DAY_KINDS or is_working_day(self.date):
            return None
        holiday = holiday_on(self.date)
        if holiday is not None:
            reason = (holiday.name_nl, holiday.name_en)
        else:
            reason = ("zaterdag", "Saturday") if self.date.weekday() == 5 else ("zondag", "Sunday")
        return reason[0], reason[1], previous_working_day(self.date)


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


def status_of(when: date, today: date) -> str:
    """passed / today / soon (within 14 days) / later."""
    if when < today:
        return "passed"
    if when == today:
        return "today"
    return "soon" if (when - today).days <= SOON_DAYS else "later"


def calculate(case: Case, today: date) -> Schedule:
    """Every milestone of ``case``, with its status relative to ``today``."""
    check_case(case, today)
    count = count_sick_days(case.periods, case.pregnancy_leave)
    base_end = count.day(WACHTTIJD_DAYS)
    deadline_end = case.extension_end or base_end
    end = deadline_end
    late = 0
    applied = case.actual.get("wia_aanvraag")
    wia_deadline = deadline_end - timedelta(days=77)
    if applied is not None and applied > wia_deadline:
        late = (applied - wia_deadline).days
        end += timedelta(days=late)
    sanction_days = 0
    by_repair = False
    if case.loonsanctie is not None:
        if case.loonsanctie.weeks is not None:
            sanction_days = 7 * case.loonsanctie.weeks
        elif case.loonsanctie.repaired is not None:
            by_repair = True
            until = case.loonsanctie.repaired + timedelta(days=SANCTION_END_AFTER_REPAIR)
            sanction_days = max(0, min((until - end).days, 7 * MAX_SANCTION_WEEKS))
        end += timedelta(days=sanction_days)
    extensions = Extensions(
        base_end, (deadline_end - base_end).days, late, sanction_days, by_repair
    )
    opz_count = count_sick_days(case.periods, case.pregnancy_leave, for_opzegverbod=True)
    opzegverbod_end = opz_count.day(WACHTTIJD_DAYS) + (end - base_end)
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
        occurrences = _recurring(ctx.dates[rule.formula.after], rule.formula.days, ctx.end)
        upcoming = [d for d in occurrences if d >= today]
        when = upcoming[0] if upcoming else (occurrences[-1] if occurrences else when)
        occurrences = occurrences[:RECURRING_SHOWN]
    if isinstance(rule.formula, FirstWorkingDayAfterWeek):
        week: int | None = rule.formula.week
    else:
        week = ctx.count.week_of(when)
    reasons: list[tuple[str, str]] = []
    moved = extensions.sanction or extensions.late_application or extensions.voluntary
    if rule.id in ("einde_wachttijd", "start_wia", "einde_opzegverbod") and moved:
        week = None  # past the 104 weeks the illness week says nothing useful
        if extensions.sanction_by_repair:
            reasons.append(
                (
                    "UWV beslist over het einde van de loonsanctie.",
                    "UWV decides when the loonsanctie ends.",
                )
            )
    if rule.id == "einde_opzegverbod" and case.pregnancy_leave is not None:
        reasons.append(
            (
                "Bij zwangerschap telt het opzegverbod anders; laat dit nakijken.",
                "With pregnancy the ban on dismissal is counted differently; have it checked.",
            )
        )
        week = None
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
        indication_reasons=tuple(reasons),
    )


def _recurring(first_plan: date, every: int, until: date) -> tuple[date, ...]:
    found: list[date] = []
    when = first_plan + timedelta(days=every)
    while when <= until:
        found.append(when)
        when += timedelta(days=every)
    return tuple(found)
