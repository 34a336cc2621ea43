"""The calculation: a checked :class:`~calculator.model.Case` in, a :class:`Schedule` out.

The engine only routes: counting lives in :mod:`calculator.counting`, every date's formula in
the rules table (:mod:`calculator.rules`), the explanations in :mod:`calculator.outcomes`, the
words in :mod:`calculator.words`. It works in this order:

1. the **facts** of the case (:data:`FACTS`): past AOW age, a contract that ends within the 104
   weeks, an early IVA, a leave, a dismissal request before the illness. A rule's ``only_if`` and
   ``unless`` name the facts under which it exists; a step of the employer (or the bedrijfsarts)
   due after the contract ended, or after sick pay ended at AOW age, falls away;
2. what moves the end of sick pay (BW 7:629, WIA 24, 25 and 64):

   * a voluntary extension (WIA 24) replaces the end; the re-integratieverslag and the WIA
     application count back from it (WIA 25 lid 4, 64 lid 3);
   * a late WIA application extends it by the delay (BW 7:629 lid 11 onder a), unless the
     application counts as on time (WIA 64 lid 6);
   * a loonsanctie extends it by its length, or until six weeks after UWV's decision that the
     shortcoming was repaired, never more than 52 weeks; a pregnancy and maternity leave delays
     or interrupts it (WIA 25 lid 9, third and fourth sentence);
   * past AOW age, sick pay ends after six (or thirteen) weeks of illness (BW 7:629 lid 2);

3. the *opzegverbod* (BW 7:670 lid 1): two calendar years of illness, counted without
   pregnancy-related illness before the leave, extended like the end (7:670 lid 11);
4. every milestone's status against today: ``done`` / ``late`` / ``overdue`` for the steps one
   can take, ``passed`` / ``today`` / ``soon`` / ``later`` for the rest, and ``closed`` once a full
   recovery has lasted four weeks (the chain can no longer be added to).
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any

from . import law
from .aow import AowDate, aow_date
from .counting import Leave, SickCount, count_sick_days
from .entered import LateApplication, application_term, late_application, recorded
from .formulas import (
    Context,
    Every,
    FirstWorkingDayAfter,
    Step,
    opzegverbod_days,
)
from .holidays import Holiday, holiday_on, is_working_day, previous_working_day
from .inputs import STEP_INPUTS
from .marks import OUTSIDE_VALIDITY, Seen, marks
from .model import Case, check_case
from .rules import MILESTONE_RULES, Rule

RECURRING_SHOWN = 20
WORKING_DAY_KINDS = frozenset({"deadline", "window", "option", "advice"})
#: The milestones a visitor can mark as done (they have an actual-date input).
STEPS = frozenset(row.step for row in STEP_INPUTS if row.step)
#: Who acts for a step of the employer's (it falls away when the employer has no steps left).
EMPLOYER_ACTORS = frozenset({"werkgever", "werkgever_werknemer", "bedrijfsarts"})

#: The facts a rule can depend on (``Rule.only_if`` / ``Rule.unless``).
FACTS = frozenset(
    {
        "aow",  # the AOW age is reached before the 104 weeks end (BW 7:629 lid 2)
        "aow_from_start",  # ... on or before the first sick day
        "ziek_uit_dienst",  # the contract ends within the 104 weeks (ZW 38 lid 2, 29)
        "early_iva",  # UWV granted an early IVA (WIA 23 lid 6, 66)
        "leave",  # a pregnancy and maternity leave was entered
        "ontslagaanvraag_voor_ziekte",  # UWV had the dismissal request before day 1 (7:670 lid 1 b)
    }
)

Day = date  # the field named ``date`` below hides the type inside the class


@dataclass(frozen=True)
class NonWorkingDay:
    """A deadline on a Saturday, Sunday or Atw holiday, and the working day to plan it on."""

    holiday: Holiday | None
    weekday: int  # 5 Saturday, 6 Sunday (when not a holiday)
    plan_on: Day


@dataclass(frozen=True, kw_only=True)
class Milestone:
    rule: Rule
    date: Day
    start: Day | None
    week: int | None
    week_start: int | None
    day: int | None
    status: str
    actual: Day | None = None
    late_days: int | None = None  # with status "late": how many days after the deadline
    occurrences: tuple[Day, ...] = ()
    reasons: tuple[str, ...] = ()  # codes: why the date is (also) an indication
    notes: tuple[str, ...] = ()  # codes: something to know about this step
    if_relapse_before: Day | None = None  # recovered: only due if the illness returns before
    recorded: Day | None = None  # a date entered for this step that does not count (see notes)

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def is_step(self) -> bool:
        return self.rule.id in STEPS

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


#: The fields of :class:`Milestone` that have a default, with it (for :func:`new_milestone`).
MILESTONE_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in fields(Milestone) if f.default is not MISSING
}


def new_milestone(**values: Any) -> Milestone:
    """What ``Milestone(**values)`` makes, made faster: the frozen class's own ``__init__``
    sets each of its fourteen fields through ``object.__setattr__``, about a fifth of the
    calculation of 2,000 cases. Here the fields (the defaults, then ``values``) go straight into
    the new instance's ``__dict__``; it stays frozen (setting a field raises) and compares
    and prints as one made by ``Milestone(...)``. ``values`` must name every field that
    has no default (tests/unit/test_read_speed.py checks the milestones of a calculation)."""
    milestone = object.__new__(Milestone)
    milestone.__dict__.update(MILESTONE_DEFAULTS, **values)
    return milestone


@dataclass(frozen=True)
class Extensions:
    """How the end of sick pay moved, in days."""

    base_end: date
    voluntary: int = 0
    late_application: int = 0
    sanction: int = 0
    sanction_by_repair: bool = False
    sanction_leave_days: int = 0  # days of leave that interrupted the sanction (WIA 25 lid 9)
    late: LateApplication | None = None


@dataclass(frozen=True, kw_only=True)
class Schedule:
    case: Case
    today: date
    count: SickCount
    milestones: tuple[Milestone, ...]
    extensions: Extensions
    facts: frozenset[str] = frozenset()
    aow: AowDate | None = None
    recovered_on: date | None = None  # the last sick day when the visitor has fully recovered
    relapse_until: date | None = None  # a new illness up to this day is added together
    closed: bool = False  # the recovery has lasted four weeks: nothing of the chain is pending
    dropped: tuple[str, ...] = field(default=())  # milestones that fell away, for the outcomes
    context: Context | None = None  # what the formulas saw, to explain each date afterwards

    def derivation(self, m: Milestone) -> list[Step]:
        """How ``m``'s date was calculated, step by step (words in calculator.words.EXPLAIN)."""
        assert self.context is not None
        return m.rule.formula.explain(self.context)

    def milestone(self, rule_id: str) -> Milestone:
        return next(m for m in self.milestones if m.id == rule_id)

    def has(self, rule_id: str) -> bool:
        return any(m.id == rule_id for m in self.milestones)

    @property
    def dates(self) -> dict[str, date]:
        return {m.id: m.date for m in self.milestones}

    @property
    def week_today(self) -> int | None:
        """The illness week today, or None before day 1, when closed or after recovery."""
        if self.closed or self.today < self.count.first_sick_day:
            return None
        if self.recovered_on is not None and self.today > self.recovered_on:
            return None
        return self.count.week_of(self.today)

    @property
    def outside_validity(self) -> tuple[Milestone, ...]:
        """Milestones whose date falls outside the period in which their rule is valid: the
        case straddles a change of the rules."""
        return tuple(m for m in self.milestones if OUTSIDE_VALIDITY in m.reasons)


def _timing(when: date, today: date) -> str:
    if when < today:
        return "passed"
    if when == today:
        return "today"
    return "soon" if (when - today).days <= law.SOON.days else "later"


def status_of(when: date, today: date, *, step: bool, actual: date | None = None) -> str:
    """A step: done / late (an actual date on or before, after the deadline), overdue (passed
    without one), else today / soon (within two weeks) / later. Anything else: passed / today /
    soon / later. (A closed chain turns the rest into ``closed``: see :func:`_relapse`.)"""
    if step and actual is not None:
        return "done" if actual <= when else "late"
    if step and when < today:
        return "overdue"
    return _timing(when, today)


def _in_leave(day: date, leave: Leave | None) -> bool:
    return leave is not None and leave.start <= day <= leave.end


def _walk(after: date, days: int, leave: Leave | None) -> date:
    """The day on which ``days`` days after ``after`` are reached, skipping the leave."""
    cursor, counted = after, 0
    while counted < days:
        cursor += timedelta(days=1)
        if not _in_leave(cursor, leave):
            counted += 1
    return cursor


def _sanction_days(case: Case, end: date) -> tuple[int, bool, int]:
    """(calendar days the loonsanctie adds, by repair?, leave days inside it) (WIA 25 lid 9, 14).

    The sanction counts sanction days from the day after ``end``; the days of a pregnancy and
    maternity leave do not count: a leave running at its start delays it, a leave during it
    interrupts it for its whole length."""
    sanction, leave = case.loonsanctie, case.pregnancy_leave
    if sanction is None:
        return 0, False, 0
    if sanction.weeks is not None:
        needed = law.DAYS_PER_WEEK * sanction.weeks
        by_repair = False
    else:
        assert sanction.repaired is not None
        after_repair = law.LOONSANCTIE_NA_HERSTEL.on(sanction.repaired).days
        until = sanction.repaired + timedelta(days=after_repair)
        span = max(0, (until - end).days)
        leave_days = sum(_in_leave(end + timedelta(days=i), leave) for i in range(1, span + 1))
        needed = min(span - leave_days, law.MAX_LOONSANCTIE.on(end).days)
        by_repair = True
    last = _walk(end, needed, leave)
    calendar_days = (last - end).days
    return calendar_days, by_repair, calendar_days - needed


def _facts(case: Case, count: SickCount, base_end: date, aow: AowDate | None) -> frozenset[str]:
    """The facts of the case. The AOW facts take the latest possible AOW date: a step that any
    possible AOW age requires is never dropped on an assumed age (AOW art. 7a lid 2)."""
    found: set[str] = set()
    if aow is not None and aow.latest <= base_end:
        found.add("aow")
        if aow.latest <= count.first_sick_day:
            found.add("aow_from_start")
    if case.contract_end is not None and case.contract_end < base_end:
        found.add("ziek_uit_dienst")
    if case.value("early_iva"):
        found.add("early_iva")
    if case.pregnancy_leave is not None:
        found.add("leave")
    request = case.date_of("dismissal_request")
    if request is not None and request < count.first_sick_day:
        found.add("ontslagaanvraag_voor_ziekte")
    return frozenset(found)


def _aow_end(count: SickCount, aow: date, cap: int) -> date:
    """The last day of sick pay past AOW age: six (or thirteen) weeks of illness counted from
    the AOW date (from day 1 when it was reached before), never past ``cap`` sick days. The six
    or thirteen weeks are the version of BW 7:629 lid 2 onder b in force on the first sick day."""
    term = law.AOW_LOONDOORBETALING.on(count.first_sick_day)
    before = count.sick_days_until(aow - timedelta(days=1))
    return count.day(min(before + term.days, cap))


def calculate(case: Case, today: date) -> Schedule:
    """Every milestone of ``case`` that applies, with its status relative to ``today``."""
    check_case(case, today)
    leave = case.pregnancy_leave  # worked out from the inputs: once per case
    count = count_sick_days(case.periods, leave)
    base_end = count.day(law.WACHTTIJD.on(count.first_sick_day).days)
    birth = case.date_of("birth_date")
    aow = aow_date(birth) if birth is not None else None
    facts = _facts(case, count, base_end, aow)

    deadline_end = case.extension_end or base_end
    entered = recorded(case, count)
    application = application_term(case, count, deadline_end, entered)
    late = late_application(entered, application)
    end = deadline_end + timedelta(days=late.delay if late else 0)
    sanction_days, by_repair, sanction_leave = _sanction_days(case, end)
    end += timedelta(days=sanction_days)
    extensions = Extensions(
        base_end,
        (deadline_end - base_end).days,
        late.delay if late else 0,
        sanction_days,
        by_repair,
        sanction_leave,
        late,
    )
    opz_count = count_sick_days(case.periods, leave, for_opzegverbod=True)
    two_years = opzegverbod_days(opz_count.first_sick_day)
    opzegverbod_end = opz_count.day(two_years) + (end - base_end)
    pay_end = None
    if "aow" in facts:
        assert aow is not None
        pay_end = _aow_end(count, aow.latest, law.WACHTTIJD.on(count.first_sick_day).days)
        opzegverbod_end = min(_aow_end(opz_count, aow.latest, two_years), opzegverbod_end)
    ctx = Context(
        count=count,
        actual=dict(entered.counted),
        deadline_end=deadline_end,
        end=end,
        opzegverbod_end=opzegverbod_end,
        pay_end=pay_end,
        contract_end=case.contract_end,
        leave=leave,
        base_end=base_end,
        late_delay=extensions.late_application,
        sanction_days=extensions.sanction,
        aow=None if aow is None else aow.latest,
        today=today,
        application=application,
    )

    recovered_on = case.periods[-1].end
    relapse_until = None
    if recovered_on is not None:
        # a new illness within "minder dan vier weken" adds up (the period in force on that day)
        relapse_until = recovered_on + timedelta(days=law.SAMENTELLEN.on(recovered_on).days)
    closed = relapse_until is not None and today > relapse_until
    cutoff = _employer_cutoff(case, facts, pay_end)

    milestones: list[Milestone] = []
    dropped: list[str] = []
    for rule in MILESTONE_RULES:
        if not _applies(rule, facts):
            dropped.append(rule.id)
            continue
        start, when = rule.formula.evaluate(ctx)
        ctx.dates[rule.id] = when
        employer_gone = cutoff is not None and when > cutoff and rule.actor in EMPLOYER_ACTORS
        if employer_gone and not isinstance(rule.formula, Every):
            dropped.append(rule.id)
            continue
        milestone = _milestone(rule, start, when, ctx, case, today, extensions, facts, aow, cutoff)
        if rule.id in entered.ignored:
            day, code = entered.ignored[rule.id]
            milestone = replace(milestone, recorded=day, notes=(*milestone.notes, code))
        if isinstance(rule.formula, Every) and _recurs_without(rule.formula, milestone, dropped):
            dropped.append(rule.id)
            continue
        milestones.append(_relapse(milestone, recovered_on, relapse_until, closed, today))
    return Schedule(
        case=case,
        today=today,
        count=count,
        milestones=tuple(milestones),
        extensions=extensions,
        facts=facts,
        aow=aow,
        recovered_on=recovered_on,
        relapse_until=relapse_until,
        closed=closed,
        dropped=tuple(dropped),
        context=ctx,
    )


def _recurs_without(formula: Every, m: Milestone, dropped: list[str]) -> bool:
    """A recurring step without a reason to recur: the step it follows fell away (no plan van
    aanpak, so nothing to evaluate: "Het plan van aanpak wordt periodiek geëvalueerd", WIA art.
    25 lid 2), or none of its occurrences falls before the employer's duties end (the contract,
    the proeftijd, sick pay at AOW age) or the end of the wachttijd."""
    return formula.after in dropped or not m.occurrences


def _applies(rule: Rule, facts: frozenset[str]) -> bool:
    return rule.only_if <= facts and not (rule.unless & facts)


def _employer_cutoff(case: Case, facts: frozenset[str], pay_end: date | None) -> date | None:
    """After this day the employer has no steps left: the contract ended (ZW 38 lid 2, 29) or
    sick pay ended at AOW age."""
    ends = []
    if "ziek_uit_dienst" in facts and case.contract_end is not None:
        ends.append(case.contract_end)
    if pay_end is not None:
        ends.append(pay_end)
    return min(ends) if ends else None


def _relapse(
    m: Milestone, recovered_on: date | None, until: date | None, closed: bool, today: date
) -> Milestone:
    """A recovered case: what lies after the recovery is only due if the illness returns in
    time; once the recovery lasted four weeks, nothing of it is pending. A milestone outside
    the sickness chain (``Rule.in_chain``) keeps its own status."""
    if not m.rule.in_chain:
        return m
    if recovered_on is None or until is None or m.date <= recovered_on:
        if closed and m.status not in ("done", "late"):
            return replace(m, status="closed")
        return m
    if closed:
        return replace(m, status="closed" if m.status not in ("done", "late") else m.status)
    return replace(m, if_relapse_before=until + timedelta(days=1))


def _milestone(
    rule: Rule,
    start: date | None,
    when: date,
    ctx: Context,
    case: Case,
    today: date,
    extensions: Extensions,
    facts: frozenset[str],
    aow: AowDate | None,
    cutoff: date | None,
) -> Milestone:
    """One rule's milestone; ``cutoff`` is the day the employer's steps end
    (:func:`_employer_cutoff`, worked out once per case)."""
    occurrences: tuple[date, ...] = ()
    if isinstance(rule.formula, Every):
        until = ctx.end
        if cutoff is not None:
            until = min(until, cutoff)
        interval = rule.formula.interval(ctx).days
        occurrences = _recurring(rule.formula.first(ctx), interval, until)
        upcoming = [d for d in occurrences if d >= today]
        when = upcoming[0] if upcoming else (occurrences[-1] if occurrences else when)
        occurrences = occurrences[:RECURRING_SHOWN]
    if isinstance(rule.formula, FirstWorkingDayAfter):
        week: int | None = rule.formula.term(ctx).weeks
    else:
        week = ctx.count.week_of(when)
    moved = bool(extensions.sanction or extensions.late_application or extensions.voluntary)
    if rule.week_shown == "none" or (rule.week_shown == "unless_moved" and moved):
        week = None  # calendar years, or past the 104 weeks: the illness week says nothing useful
    reasons: list[str] = []
    notes: list[str] = []
    if rule.reasons or rule.notes:  # most rows have neither: nothing to look at
        seen = Seen(
            case=case,
            facts=facts,
            aow=aow,
            ctx=ctx,
            when=when,
            moved=moved,
            sanction_by_repair=extensions.sanction_by_repair,
        )
        reasons, notes = marks(rule.reasons, rule.notes, seen)
    actual = ctx.actual.get(rule.id)
    if not rule.valid_on(when):
        reasons.append(OUTSIDE_VALIDITY)
    is_step = rule.id in STEPS
    status = status_of(when, today, step=is_step, actual=actual)
    return new_milestone(
        rule=rule,
        date=when,
        start=start,
        week=week,
        week_start=None if start is None else ctx.count.week_of(start),
        day=ctx.count.day_number(when) if rule.kind != "recurring" else None,
        status=status,
        actual=actual,
        late_days=(actual - when).days if status == "late" and actual is not None else None,
        occurrences=occurrences,
        reasons=tuple(reasons),
        notes=tuple(notes),
    )


def _recurring(first_plan: date, every: int, until: date) -> tuple[date, ...]:
    found: list[date] = []
    when = first_plan + timedelta(days=every)
    while when <= until:
        found.append(when)
        when += timedelta(days=every)
    return tuple(found)
