"""The answer's shape: a calculated schedule as the JSON the page, the CLI and the embed read.

:mod:`calculator.boundary` carries requests in and answers out; this module writes what a
``calculate`` answer says: each milestone with its texts (:func:`milestone_dict`), the week as
the law names it (:func:`week_text`), "now and next" (:func:`now_answer`), the picture of the
whole period (:func:`picture_answer`), the outcomes, the pay answers and what the visitor
entered (:func:`summary`). The page only draws it: no date arithmetic in JavaScript.

>>> from calculator.engine import calculate
>>> from calculator.model import read_case
>>> schedule = calculate(read_case({"periods": [{"start": "2026-01-05"}]}), date(2026, 11, 23))
>>> [week_text(m, "en") for m in schedule.milestones][:3]
['day 1', 'week 1', 'week 6']
"""

from __future__ import annotations

from datetime import date
from typing import Any

from . import fragment as fragments
from . import overview
from .answer_leave import leave_line
from .dates import format_date, format_date_short
from .engine import Milestone, Schedule
from .explained import AT_STAKE, AT_STAKE_DEFAULT, EXPLAINED
from .explained import PAY as PAY_PAGE
from .inputs import CASE_INPUTS, INPUTS, Input
from .model import Case
from .outcomes import outcomes_for
from .pay import pay_answers
from .roles import ACTION_STEPS, actions, step_words
from .rules import RULES_BY_ID, RULES_CHECKED
from .texts import fill, render
from .words import (
    AFTER_WEEK,
    DAY_1,
    DONE_ON,
    EXPLAIN,
    EXPLAIN_CHECKED,
    IF_RELAPSE,
    IN_TIME,
    LATE_BY,
    LATE_BY_ONE,
    NON_WORKING,
    NOTE,
    PICTURE_TEXT,
    RANGE,
    REASON,
    STATUS,
    WEEK,
    WEEKEND_DAY,
    WEEKS,
    WEEKS_UNIT,
    WINDOW_AHEAD,
    WINDOW_OPEN,
    YES,
    pick,
)


def schedule_answer(schedule: Schedule, lang: str, role: str | None = None) -> dict[str, Any]:
    """The JSON-ready answer for a schedule."""
    case, count = schedule.case, schedule.count
    today = schedule.today
    aow = schedule.aow
    return {
        "ok": True,
        "lang": lang,
        "today": today.isoformat(),
        "today_text": format_date(today, lang),
        "role": role,
        "milestones": [
            milestone_dict(schedule, m, lang, role) for m in by_date(schedule.milestones)
        ],
        "now": now_answer(schedule, lang, role),
        "picture": picture_answer(schedule, lang),
        "leave": leave_line(schedule, lang),
        "outcomes": [o.as_dict(lang, count.first_sick_day, role) for o in outcomes_for(schedule)],
        "counting": {
            "first_sick_day": count.first_sick_day.isoformat(),
            "first_sick_day_text": format_date(count.first_sick_day, lang),
            "sick_days": count.sick_days_until(today),
            "gap_days": count.gap_days,
            "week_today": schedule.week_today,
            "recovered_on": _iso(schedule.recovered_on),
            "relapse_until": _iso(schedule.relapse_until),
            "closed": schedule.closed,
            "facts": sorted(schedule.facts),
            "aow_date": None if aow is None else aow.date.isoformat(),
            "aow_date_text": None if aow is None else format_date(aow.date, lang),
            # not fixed in law yet (AOW art. 7a lid 2): the latest possible date plans the steps
            "aow_fixed": None if aow is None else aow.fixed,
            "aow_date_latest": None if aow is None else aow.latest.isoformat(),
        },
        "summary": summary(case, lang),
        "fragment": fragments.encode(case, role, lang),
        "page_fragment": fragments.encode(case, role, lang, personal=False),
    }


def by_date(milestones: tuple[Milestone, ...]) -> list[Milestone]:
    """In date order (a window by its last day); the table's order breaks ties."""
    return sorted(milestones, key=lambda m: m.date)


def now_answer(schedule: Schedule, lang: str, role: str | None = None) -> dict[str, Any]:
    """ "Nu en hierna": the regime in words (``role``'s), the next deadline and what needs
    attention."""
    return {
        **overview.now(schedule),
        "regime_text": overview.regime_text(schedule, lang, role),
        "pay": pay_answers(schedule, lang),
        "pay_explained": PAY_PAGE,
    }


def picture_answer(schedule: Schedule, lang: str) -> dict[str, Any]:
    """The picture's data with its text alternative."""
    data = overview.picture(schedule)
    start, end = date.fromisoformat(data["start"]), date.fromisoformat(data["end"])
    parts = [fill(pick(PICTURE_TEXT["span"], lang), {"start": start, "end": end}, lang)]
    for item in data["bands"]:
        dates = {"start": date.fromisoformat(item["start"]), "end": date.fromisoformat(item["end"])}
        item["text"] = fill(pick(PICTURE_TEXT[item["kind"]], lang), dates, lang)
        parts.append(item["text"])
    if data["today"] is not None:
        parts.append(fill(pick(PICTURE_TEXT["today"], lang), {"date": schedule.today}, lang))
    titles = {m.id: pick(m.rule.title, lang) for m in schedule.milestones}
    for mark in data["marks"]:
        mark["title"] = titles[mark["id"]]
        day = date.fromisoformat(mark["date"])
        mark["date_text"] = format_date(day, lang)
        mark["date_text_short"] = format_date_short(day, lang)
        parts.append(f"{mark['title']}: {mark['date_text']}")
    return {**data, "text": "; ".join(parts) + "."}


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def done_text(m: Milestone, lang: str) -> str | None:
    """ "Gedaan op maandag 20 februari 2026 — 5 dagen te laat" (or "— op tijd")."""
    if m.actual is None or not m.is_step:
        return None
    done = pick(DONE_ON, lang).format(date=format_date(m.actual, lang))
    if m.late_days is None:
        return f"{done} — {pick(IN_TIME, lang)}"
    late = LATE_BY_ONE if m.late_days == 1 else LATE_BY
    return f"{done} — {pick(late, lang).format(days=m.late_days)}"


def week_text(m: Milestone, lang: str) -> str | None:
    """The week: "week 6", "na week 42", "week 46–52", "dag 1" and English forms."""
    if m.rule.week_shown == "day_1":
        return pick(DAY_1, lang)
    if m.week is None:
        return None
    if m.rule.week_shown == "after":
        return pick(AFTER_WEEK, lang).format(week=m.week)
    if m.week_start is not None and m.week_start != m.week:
        return pick(WEEKS, lang).format(first=m.week_start, week=m.week)
    return pick(WEEK, lang).format(week=m.week)


def _non_working(m: Milestone, lang: str, today: date) -> dict[str, str] | None:
    """A deadline on a day without work, with the working day to plan it on; nothing when that
    working day has passed (an overdue step is never told to plan it on a day in the past)."""
    found = m.non_working_day
    if found is None or found.plan_on < today or m.status in ("done", "late", "overdue"):
        return None
    weekend = found.holiday is None
    if found.holiday is not None:
        reason = found.holiday.name(lang)
    else:
        reason = pick(WEEKEND_DAY[found.weekday], lang)
    plan_text = format_date(found.plan_on, lang)
    return {
        "reason": reason,
        "plan_on": found.plan_on.isoformat(),
        "plan_on_text": plan_text,
        "text": pick(NON_WORKING[weekend], lang).format(reason=reason, plan=plan_text),
    }


def window_text(m: Milestone, today: date, lang: str) -> str | None:
    """A window not yet done: "open now, until …" while today lies in it, else its span."""
    if m.rule.kind != "window" or m.start is None or m.status not in ("today", "soon", "later"):
        return None
    if m.start <= today:
        return fill(pick(WINDOW_OPEN, lang), {"date": m.date}, lang)
    return fill(pick(WINDOW_AHEAD, lang), {"start": m.start, "date": m.date}, lang)


def derivation(schedule: Schedule, m: Milestone, lang: str) -> list[str]:
    """How this date was calculated, one sentence per step, and who wins over it."""
    lines = []
    for code, params in schedule.derivation(m):
        values = dict(params)
        if "step" in values:
            values["step"] = [RULES_BY_ID[str(values["step"])].title]
        lines.append(fill(pick(EXPLAIN[code], lang), values, lang, schedule.count.first_sick_day))
    checked = {"checked": RULES_CHECKED}
    return [*lines, fill(pick(EXPLAIN_CHECKED, lang), checked, lang)]


def letter_known(schedule: Schedule) -> bool:
    """The visitor said what UWV's WIA letter was (its date, or that no letter came): the WIA
    application's words then no longer ask for it."""
    application = schedule.context.application if schedule.context else None
    return application is not None and bool(application.letter or application.no_letter)


def milestone_dict(
    schedule: Schedule, m: Milestone, lang: str, role: str | None = None
) -> dict[str, Any]:
    rule = m.rule
    on = schedule.count.first_sick_day  # the texts say the law of this case's first sick day

    def text(pair: tuple[str, str]) -> str:
        return render(pick(pair, lang), rule.id, on)

    def note(code: str) -> str:
        params = {"recorded": m.recorded, "first": schedule.count.first_sick_day}
        return fill(pick(NOTE[code], lang), params, lang, on)

    indication_parts = [text(rule.indication)] if rule.indication else []
    indication_parts += [text(REASON[code]) for code in m.reasons]
    needs_action = m.status in ("late", "overdue") and rule.id in ACTION_STEPS
    # What to do and what is at stake: for the role asked (the view "everyone": the role that
    # carries the duty), and every role's own words under ``actions``.
    known = letter_known(schedule)
    own = step_words(rule.id, role, m.status, lang, on, known) if needs_action else {}
    window = window_text(m, schedule.today, lang)
    relapse = m.if_relapse_before
    return {
        "id": rule.id,
        "kind": rule.kind,
        "date": m.date.isoformat(),
        "date_text": format_date(m.date, lang),
        "date_text_short": format_date_short(m.date, lang),
        "start": None if m.start is None else m.start.isoformat(),
        "start_text": None if m.start is None else format_date(m.start, lang),
        "week": m.week,
        "week_start": m.week_start,
        "week_text": week_text(m, lang),
        "day": m.day,
        "actor": rule.actor,
        "actor_text": pick(rule.actor_text, lang),
        "roles": list(rule.roles),
        "title": pick(rule.title, lang),
        "text": text(rule.text),
        "todo": {role: text(words) for role, words in rule.todo.items()},
        "sources": [s.as_dict(lang) for s in rule.sources],
        "explained": EXPLAINED.get(rule.id),
        "indication": m.indication,
        "indication_text": " ".join(indication_parts) or None,
        "status": m.status,
        "status_text": pick(STATUS[m.status], lang),
        "step": m.is_step,
        "late_days": m.late_days,
        "done_text": done_text(m, lang),
        "overdue_text": own.get("overdue_text"),
        "risk": own.get("risk"),
        "risk_sources": own.get("risk_sources", []),
        "risk_explained": AT_STAKE.get(rule.id, AT_STAKE_DEFAULT) if needs_action else None,
        "do_now": own.get("do_now"),
        "actions": actions(rule.id, rule.roles, m.status, lang, on, known) if needs_action else {},
        "notes": [{"code": code, "text": note(code)} for code in m.notes],
        "if_relapse_before": _iso(relapse),
        "relapse_text": None
        if relapse is None
        else fill(pick(IF_RELAPSE, lang), {"date": relapse}, lang),
        "non_working_day": _non_working(m, lang, schedule.today),
        "window_text": window,
        "window_open": window is not None and m.start is not None and m.start <= schedule.today,
        "derivation": derivation(schedule, m, lang),
        "actual": _iso(m.actual),
        "occurrences": [
            {"date": d.isoformat(), "date_text": format_date(d, lang)} for d in m.occurrences
        ],
    }


def _value_text(row: Input, value: Any, lang: str) -> str:
    if row.kind == "date":
        return format_date(value, lang)
    if row.kind == "date_range":
        return RANGE.format(start=format_date(value[0], lang), end=format_date(value[1], lang))
    if row.kind == "weeks":
        return f"{value} {pick(WEEKS_UNIT, lang)}"
    if row.kind == "flag":
        return pick(YES, lang)
    return str(value)


def summary(case: Case, lang: str) -> list[dict[str, str]]:
    """The "check your answers" rows, each with the field to change, in the table's order."""
    rows: list[dict[str, str]] = []
    parts = INPUTS["periods"].parts
    for index, period in enumerate(case.periods):
        label = parts["first" if index == 0 else "start"].summary
        assert label is not None
        rows.append(
            {
                "field": f"periods.{index}.start",
                "label": pick(label, lang),
                "value": format_date(period.start, lang),
            }
        )
        if period.end is not None:
            end_label = parts["end"].summary
            assert end_label is not None
            rows.append(
                {
                    "field": f"periods.{index}.end",
                    "label": pick(end_label, lang),
                    "value": format_date(period.end, lang),
                }
            )
    for row in CASE_INPUTS:
        part = row.parts.get("")
        if row.id not in case.values or part is None or part.summary is None:
            continue
        first_part = "start" if row.kind == "date_range" else ""
        rows.append(
            {
                "field": row.field(first_part),
                "label": pick(part.summary, lang),
                "value": _value_text(row, case.values[row.id], lang),
            }
        )
    return rows
