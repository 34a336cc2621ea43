"""The pregnancy and maternity leave as a line of the answer's timeline.

The leave is an input, not a rule: it has no row in the rules table, but a visitor who entered
it (or only the due date, see :mod:`calculator.leave`) sees it among the steps, in date order,
with whether it is an estimate and why.

>>> from datetime import date
>>> from calculator.model import read_case
>>> from calculator.engine import calculate
>>> case = read_case({"periods": [{"start": "2026-01-05"}], "pregnancy_due": "2026-09-01"})
>>> line = leave_line(calculate(case, date(2026, 11, 30)), "nl")
>>> line["start"], line["end"], line["indication"]
('2026-07-22', '2026-11-10', True)
"""

from __future__ import annotations

from typing import Any

from . import law
from .dates import format_date, format_date_short
from .engine import Schedule
from .explained import LEAVE
from .leave import window
from .sources import WAZO_3_1, WIA_23
from .texts import fill
from .words import T, pick

TITLE: T = ("Zwangerschaps- en bevallingsverlof", "Pregnancy and maternity leave")
TEXT: T = (
    "De dagen van het verlof tellen niet mee als ziektedagen.",
    "The days of the leave do not count as sick days.",
)
ESTIMATE: T = (
    "Geschat uit de uitgerekende datum, {due}. Het verlof begint tussen {earliest} en {latest}. "
    "De rekenhulp rekent met de vroegste dag en een bevalling op de uitgerekende datum: dan duurt "
    "het verlof {const wazo_min_weken} weken. Vul de echte eerste en laatste dag in zodra je ze "
    "weet.",
    "Estimated from the due date, {due}. The leave starts between {earliest} and {latest}. The "
    "calculator takes the earliest day and a birth on the due date: the leave then lasts "
    "{const wazo_min_weken} weeks. Enter the real first and last day once you know them.",
)


def leave_line(schedule: Schedule, lang: str) -> dict[str, Any] | None:
    """The leave's line, or None without a leave; ``position`` is the number of milestones of
    the answer (in date order) that come before it."""
    case = schedule.case
    leave = case.pregnancy_leave
    if leave is None:
        return None
    due = case.date_of("pregnancy_due")
    estimate = window(due) if case.leave_derived and due is not None else None
    indication = None
    if estimate is not None:
        params = {"due": due, "earliest": estimate.earliest_start, "latest": estimate.latest_start}
        indication = fill(pick(ESTIMATE, lang), params, lang, case.first_sick_day)
    return {
        "title": pick(TITLE, lang),
        "text": pick(TEXT, lang),
        "start": leave.start.isoformat(),
        "end": leave.end.isoformat(),
        "start_text": format_date(leave.start, lang),
        "end_text": format_date(leave.end, lang),
        "date_text_short": format_date_short(leave.start, lang),
        "weeks": law.WAZO_VERLOF_MINIMUM.on(leave.start).weeks,
        "indication": estimate is not None,
        "indication_text": indication,
        "sources": [s.as_dict(lang) for s in (WAZO_3_1, WIA_23)],
        "explained": LEAVE,
        "position": sum(1 for m in schedule.milestones if m.date < leave.start),
    }


__all__ = ["leave_line"]
