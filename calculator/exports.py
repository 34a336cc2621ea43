"""What "Meerdere dossiers" shows and exports of many cases: the overview line of each case, and
every deadline of every case as rows for a spreadsheet (CSV here, ``.xlsx`` in
:mod:`calculator.xlsx`).

**An overview line** is read by an HR officer about someone else: its regime is in the third
person (:data:`calculator.words.OVERVIEW_REGIME`), and past the 104 weeks it says since when
the wachttijd is over instead of "week 114 of 104".

**A spreadsheet** gets what a person reads: headers and status words in the file's language,
dates as ``dd-mm-jjjj`` in Dutch (ISO in English), a byte order mark so that Excel reads UTF-8
("Zoë", not "ZoÃ«"), ``;`` in Dutch (what Excel on a Dutch PC expects), ``,`` in English. A
cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return: OWASP's "CSV injection") gets a leading apostrophe, which spreadsheets
show as text. The names in every export went through :func:`calculator.model.one_line` once.

Exports of long lists are made in parts (a request holds at most ``MAX_CASES`` cases): the
first part carries the header (and the byte order mark, and the calendar's head), the last
one the calendar's end; the page joins the texts.

>>> neutral("=1+1"), neutral("-5"), neutral("Jan"), neutral(7)
("'=1+1", "'-5", 'Jan', 7)
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from . import law
from .dates import format_date, format_date_short
from .engine import Milestone, Schedule
from .overview import now, regime
from .texts import fill
from .words import EXPORT_HEAD, LATE_BY, LATE_BY_ONE, OVERVIEW_REGIME, STATUS, pick

BOM = "\ufeff"
#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: The columns of the deadlines export, in order.
DEADLINE_COLUMNS = (
    "name",
    "number",
    "step",
    "who",
    "date",
    "status",
    "done_on",
    "days_late",
    "code",
)


def neutral(value: Any) -> Any:
    """A cell as a spreadsheet should show it: text that would start a formula gets a
    leading apostrophe; everything else stays as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def late_text(m: Milestone, lang: str) -> str | None:
    """ "5 dagen te laat" for a step done late, else None."""
    if m.status != "late" or m.late_days is None:
        return None
    return pick(LATE_BY_ONE if m.late_days == 1 else LATE_BY, lang).format(days=m.late_days)


def overview_regime(schedule: Schedule, lang: str) -> str:
    """Where the case stands, for the officer: "Ziekteweek 47 van 104", "Wachttijd voorbij
    sinds …", "Afgesloten: hersteld", ..."""
    kind = regime(schedule)
    dates = schedule.dates
    wachttijd = law.WACHTTIJD.on(schedule.count.first_sick_day).weeks
    end = dates.get("einde_wachttijd")
    week = schedule.week_today
    if kind in ("ill", "ziek_uit_dienst") and week is not None and week > wachttijd:
        kind = "over" if end is not None and schedule.today > end else "extended"
    params: dict[str, object] = {
        "week": week or "",
        "total": wachttijd,
        "contract_end": schedule.case.contract_end or "",
        "since": schedule.recovered_on + timedelta(days=1) if schedule.recovered_on else "",
        "anew": schedule.relapse_until + timedelta(days=1) if schedule.relapse_until else "",
        "pay_end": dates.get("einde_loondoorbetaling") or end or "",
        "over": end + timedelta(days=1) if end else "",
        "first": schedule.count.first_sick_day,
    }
    return fill(pick(OVERVIEW_REGIME[kind], lang), params, lang, schedule.count.first_sick_day)


class StepWords:
    """The words of the steps that an answer's overview lines name, each once.

    A line of :meth:`line` names its steps by id and carries only what belongs to the case
    (date, status, lateness); a step's title and roles, and the words of each status, are the
    same in every line and are kept here once (:meth:`tables`), and so is each date in words
    (many cases share a date). For 2,000 dossiers the page's answer is then less than half of
    the one with every step whole in every line (:func:`overview_row`), where each role's next
    step repeated its title, roles and words."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.steps: dict[str, dict[str, Any]] = {}
        self.status_text: dict[str, str] = {}
        self.days: dict[str, list[str]] = {}

    def line(self, schedule: Schedule) -> dict[str, Any]:
        """One case's line of the overview: week, regime, the next step per role and the
        steps that need attention (ids), and each named step's date and status (``dates``;
        ``late_days``, ``late_text`` and ``actual`` only when the step has them; the date in
        words is in :meth:`tables`)."""
        lang = self.lang
        data = now(schedule)
        by_id = {m.id: m for m in schedule.milestones}
        attention = data["attention"]["all"]
        dates: dict[str, dict[str, Any]] = {}
        for milestone_id in [*data["next"].values(), *attention]:
            if milestone_id is None or milestone_id in dates:
                continue
            m = by_id[milestone_id]
            if m.id not in self.steps:
                self.steps[m.id] = {"title": pick(m.rule.title, lang), "roles": list(m.rule.roles)}
            if m.status not in self.status_text:
                self.status_text[m.status] = pick(STATUS[m.status], lang)
            day = m.date.isoformat()
            if day not in self.days:
                self.days[day] = [format_date(m.date, lang), format_date_short(m.date, lang)]
            when = {
                "date": day,
                "status": m.status,
                "late_days": m.late_days,
                "late_text": late_text(m, lang),
                "actual": m.actual.isoformat() if m.actual else None,
            }
            dates[m.id] = {key: value for key, value in when.items() if value is not None}
        return {
            **data,
            "regime_text": overview_regime(schedule, lang),
            "first_sick_day": schedule.count.first_sick_day.isoformat(),
            "attention": attention,
            "dates": dates,
        }

    def tables(self) -> dict[str, Any]:
        """What the lines refer to: ``steps`` (id -> title, roles), ``status_text`` (status ->
        words) and ``days`` (ISO date -> the date in words, long and short)."""
        return {"steps": self.steps, "status_text": self.status_text, "days": self.days}

    def whole(self, line: dict[str, Any]) -> dict[str, Any]:
        """A line of :meth:`line` with each step whole (as :func:`overview_row` gives it)."""
        briefs: dict[str, dict[str, Any]] = {}

        def brief(milestone_id: str | None) -> dict[str, Any] | None:
            if milestone_id is None:
                return None
            if milestone_id not in briefs:
                step, when = self.steps[milestone_id], line["dates"][milestone_id]
                briefs[milestone_id] = {
                    "id": milestone_id,
                    "title": step["title"],
                    "date": when["date"],
                    "date_text": self.days[when["date"]][0],
                    "date_text_short": self.days[when["date"]][1],
                    "status": when["status"],
                    "status_text": self.status_text[when["status"]],
                    "late_days": when.get("late_days"),
                    "late_text": when.get("late_text"),
                    "roles": step["roles"],
                    "actual": when.get("actual"),
                }
            return briefs[milestone_id]

        whole = {key: value for key, value in line.items() if key != "dates"}
        whole["next"] = {role: brief(m) for role, m in line["next"].items()}
        whole["attention"] = [brief(m) for m in line["attention"]]
        return whole


def overview_row(schedule: Schedule, lang: str) -> dict[str, Any]:
    """One case's line of the overview with every step whole: week, regime, the next
    deadline per role, what needs attention (the CLI and the spreadsheet read it so)."""
    words = StepWords(lang)
    return words.whole(words.line(schedule))


def _day(value: date, lang: str) -> str:
    """``26-10-2026`` for Dutch spreadsheets, ``2026-10-26`` for English ones."""
    return pick((f"{value.day:02d}-{value.month:02d}-{value.year:04d}", value.isoformat()), lang)


def head(lang: str, columns: Iterable[str] = DEADLINE_COLUMNS) -> list[str]:
    return [pick(EXPORT_HEAD[key], lang) for key in columns]


def deadline_rows(
    cases: Iterable[tuple[str, str, Schedule]], lang: str
) -> Iterable[tuple[str, str, str, str, date, str, date | None, int | None, str]]:
    """One row per case and milestone, in date order: name, employee number, step, who acts,
    date, status in words, the date it was done, days late, the step's code."""
    for label, number, schedule in cases:
        for m in sorted(schedule.milestones, key=lambda m: m.date):
            yield (
                label,
                number,
                pick(m.rule.title, lang),
                pick(m.rule.actor_text, lang),
                m.date,
                pick(STATUS[m.status], lang),
                m.actual,
                m.late_days,
                m.id,
            )


def deadlines_csv(
    cases: Iterable[tuple[str, str, Schedule]], lang: str, *, first: bool = True
) -> str:
    """Every deadline of every case as CSV text for a spreadsheet; ``first``: with the byte
    order mark and the header (the first part of an export)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=pick((";", ","), lang), lineterminator="\r\n")
    if first:
        out.write(BOM)
        writer.writerow(head(lang))
    for label, number, step, who, day, status, actual, late, code in deadline_rows(cases, lang):
        writer.writerow(
            [
                neutral(label),
                neutral(number),
                step,
                who,
                _day(day, lang),
                status,
                _day(actual, lang) if actual else "",
                late if late is not None else "",
                code,
            ]
        )
    return out.getvalue()


def ics_part(text: str, *, first: bool, last: bool) -> str:
    """The part of a calendar's text for one part of an export: the head (up to the first
    event) only in the first, the end (``END:VCALENDAR``) only in the last."""
    events_at = text.find("BEGIN:VEVENT")
    end_at = text.rfind("END:VCALENDAR")
    start = 0 if first or events_at < 0 else events_at
    stop = len(text) if last else end_at
    if not first and events_at < 0:
        start = stop = end_at  # no events: nothing of the head again
        if last:
            stop = len(text)
    return text[start:stop]
