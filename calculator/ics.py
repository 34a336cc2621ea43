"""Calendar export: the deadlines as an iCalendar file (RFC 5545) with reminders.

Built with the ``icalendar`` package. Every event is an all-day event on the deadline (a
window's last day) with a ``VALARM`` reminder some days before; steps that already passed are
left out. UIDs are stable for a case, so importing the file again updates the same events.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from .dates import format_date
from .engine import Milestone, Schedule
from .rules import render
from .words import ICS_CALENDAR_NAME, ICS_FROM, ICS_INDICATION, pick

PRODID = "-//Spoorwijzer//Poortwachter rekenhulp//NL"


def _event(schedule: Schedule, m: Milestone, when: date, lang: str, suffix: str = "") -> Event:
    index = 1 if lang == "en" else 0
    rule = m.rule
    event = Event()
    first = schedule.count.first_sick_day.isoformat()
    event.add("uid", f"{rule.id}{suffix}-{first}@spoorwijzer")
    event.add("dtstamp", datetime.combine(schedule.today, datetime.min.time(), UTC))
    event.add("dtstart", when)
    event.add("dtend", when + timedelta(days=1))
    event.add("summary", f"{rule.title[index]} (Spoorwijzer)")
    lines = [render(rule.text[index], rule.id)]
    if m.start is not None:
        lines.append(pick(ICS_FROM, lang) + format_date(m.start, lang))
    if m.indication:
        lines.append(pick(ICS_INDICATION, lang))
    lines += [f"{s.as_dict(lang)['label']}: {s.url}" for s in rule.sources]
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", rule.title[index])
    alarm.add("trigger", timedelta(days=-rule.remind_days))
    event.add_component(alarm)
    return event


def to_ics(schedule: Schedule, lang: str = "nl") -> str:
    """The calendar as text (CRLF line endings, as RFC 5545 requires)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", pick(ICS_CALENDAR_NAME, lang))
    for m in schedule.milestones:
        if not m.rule.in_calendar:
            continue
        if m.occurrences:
            for n, when in enumerate(m.occurrences):
                if when >= schedule.today and m.status != "closed":
                    calendar.add_component(_event(schedule, m, when, lang, f"-{n + 1}"))
        elif m.date >= schedule.today and m.status not in ("closed", "done", "late"):
            calendar.add_component(_event(schedule, m, m.date, lang))
    text: str = calendar.to_ical().decode("utf-8")
    return text
