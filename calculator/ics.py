"""Calendar export: the deadlines as an iCalendar file (RFC 5545) with reminders.

Built with the ``icalendar`` package. Every event is an all-day event on the day the page
advises (the deadline, or the working day before a deadline on a weekend or holiday; a window's
last day) with a ``VALARM`` reminder sized to the step (``Rule.remind_days``: a week for the
report to UWV and the WIA application, a day for the probleemanalyse). Steps that already
passed, are done or belong to a closed case are left out. The visitor's own name for the case,
when given, leads every title. UIDs are stable for a case, so importing the file again updates
the same events.

The six-weekly evaluation is one recurring event (``RRULE``), not a dozen, and each of its
occurrences is on a working day too, the same way: an occurrence on a Saturday or Sunday is
planned on the Friday before (the working day before). Six weeks are whole weeks, so the series
keeps that weekday and starts on the first planned occurrence. A fixed interval cannot step
around a holiday (Koningsdag, Hemelvaartsdag, ... on that weekday): such an occurrence is taken
out of the series (``EXDATE``) and is an event of its own on the working day before. So every
evaluation in the calendar is on the working day the page would advise, and the series stays
one series; a calendar that ignores ``EXDATE`` (rare) would show the holiday date as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from .dates import format_date
from .engine import Milestone, Schedule
from .holidays import is_working_day, previous_working_day
from .texts import render
from .words import ICS_CALENDAR_NAME, ICS_FROM, ICS_INDICATION, pick

PRODID = "-//Spoorwijzer//Poortwachter rekenhulp//NL"


def _event(
    schedule: Schedule, m: Milestone, when: date, lang: str, label: str | None, part: str = ""
) -> Event:
    """One all-day event; ``part`` tells apart the events of one milestone (in the UID)."""
    rule = m.rule
    event = Event()
    first = schedule.count.first_sick_day.isoformat()
    case = f"-{_slug(label)}" if label else ""
    event.add("uid", f"{rule.id}{part}-{first}{case}@spoorwijzer")
    event.add("dtstamp", datetime.combine(schedule.today, datetime.min.time(), UTC))
    event.add("dtstart", when)
    event.add("dtend", when + timedelta(days=1))
    title = f"{pick(rule.title, lang)} (Spoorwijzer)"
    event.add("summary", f"{label}: {title}" if label else title)
    lines = [render(pick(rule.text, lang), rule.id, schedule.count.first_sick_day)]
    if m.start is not None:
        lines.append(pick(ICS_FROM, lang) + format_date(m.start, lang))
    if m.indication:
        lines.append(pick(ICS_INDICATION, lang))
    lines += [f"{s.as_dict(lang)['label']}: {s.url}" for s in rule.sources]
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", pick(rule.title, lang))
    alarm.add("trigger", timedelta(days=-rule.remind_days))
    event.add_component(alarm)
    return event


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


def to_ics(schedule: Schedule, lang: str = "nl") -> str:
    """The calendar of one case, as text (CRLF line endings, as RFC 5545 requires)."""
    return to_ics_many([(schedule.case.value("label"), schedule)], lang)


def to_ics_many(cases: Sequence[tuple[str | None, Schedule]], lang: str = "nl") -> str:
    """One calendar with the deadlines of every case; each title starts with the case's name."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", pick(ICS_CALENDAR_NAME, lang))
    for label, schedule in cases:
        for event in _events(schedule, lang, label):
            calendar.add_component(event)
    text: str = calendar.to_ical().decode("utf-8")
    return text


def _events(schedule: Schedule, lang: str, label: str | None) -> list[Event]:
    events = []
    for m in schedule.milestones:
        if not m.rule.in_calendar or m.status in ("closed", "done", "late"):
            continue
        if m.occurrences:
            upcoming = [when for when in m.occurrences if when >= schedule.today]
            events += _series(schedule, m, upcoming, lang, label)
        elif m.date >= schedule.today:
            planned = m.non_working_day.plan_on if m.non_working_day else m.date
            events.append(_event(schedule, m, planned, lang, label))
    return events


def _series(
    schedule: Schedule, m: Milestone, upcoming: list[date], lang: str, label: str | None
) -> list[Event]:
    """A recurring step: one series on working days, and an event of its own for each
    occurrence the series cannot keep off a holiday (see the module's docstring)."""
    if len(upcoming) < 2:
        return [_event(schedule, m, when, lang, label) for when in upcoming]
    interval = upcoming[1] - upcoming[0]
    # a weekend occurrence moves to the Friday before; whole weeks keep that weekday
    shift = timedelta(days=max(upcoming[0].weekday() - 4, 0))
    series = [when - shift for when in upcoming]
    apart = [day for day in series if not is_working_day(day)]
    kept = [day for day in series if is_working_day(day)]
    events = [
        _event(schedule, m, previous_working_day(day), lang, label, f"-{day.isoformat()}")
        for day in apart
    ]
    if not kept:
        return events
    event = _event(schedule, m, kept[0], lang, label)
    if len(kept) > 1:
        event.add("rrule", {"freq": "daily", "interval": interval.days, "until": kept[-1]})
        skipped = [day for day in apart if kept[0] < day < kept[-1]]
        if skipped:
            event.add("exdate", skipped)
    return [event, *events]
