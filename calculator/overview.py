"""The answer at a glance: "Nu en hierna" (where the case stands today, the next deadline per
role, what is overdue or late) and the picture of the case (sickness, recoveries, leave, today and
the key milestones on one line of the 104 weeks).

Everything here is data computed in Python: the page only draws it. Positions on the picture
are fractions of its span (0 at the first sick day, 1 at the end), so the page never does date
arithmetic.

>>> from calculator.model import read_case
>>> from calculator.engine import calculate
>>> s = calculate(read_case({"periods": [{"start": "2026-01-05"}]}), date(2026, 11, 30))
>>> now(s)["week_today"], now(s)["next"]["werkgever"], now(s)["attention"]["werknemer"]
(48, 'eerstejaarsevaluatie', ['probleemanalyse', 'plan_van_aanpak'])
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from . import law
from .counting import split_by_leave
from .engine import Milestone, Schedule
from .outcome_words import regime_words
from .texts import fill
from .words import pick

ROLES = ("werkgever", "werknemer", "bureau")
#: Milestones with a date that counts: the next one of these is "the next deadline" (the
#: six-weekly evaluation and the advice to call the arbodienst are not deadlines).
ACTIONABLE = frozenset({"deadline", "window", "option"})
#: The milestones drawn on the picture, when the case has them.
MARKED = (
    "probleemanalyse",
    "ziekmelding_uwv",
    "eerstejaarsevaluatie",
    "spoor_2",
    "reintegratieverslag",
    "wia_aanvraag",
    "melding_uwv_einde_dienstverband",
    "einde_loondoorbetaling",
    "einde_wachttijd",
)
ATTENTION = frozenset({"overdue", "late"})


def _for(m: Milestone, role: str | None) -> bool:
    return role is None or role in m.rule.roles


def regime(schedule: Schedule) -> str:
    """closed / aow / ziek_uit_dienst / recovered / not_started / ill."""
    if schedule.closed:
        return "closed"
    if "aow" in schedule.facts:
        return "aow"
    if schedule.today < schedule.count.first_sick_day:
        return "not_started"
    if schedule.recovered_on is not None and schedule.today > schedule.recovered_on:
        return "recovered"
    if "ziek_uit_dienst" in schedule.facts:
        return "ziek_uit_dienst"
    return "ill"


def regime_text(schedule: Schedule, lang: str, role: str | None = None) -> str:
    """ "Ziekteweek 48 van 104", "Afgesloten: je bent hersteld", ... in ``lang``, in the words
    of ``role`` ("Afgesloten: uw werknemer is hersteld")."""
    pay_end = schedule.dates.get("einde_loondoorbetaling")
    relapse = schedule.relapse_until
    params: dict[str, object] = {
        "week": schedule.week_today or "",
        "total": law.WACHTTIJD.on(schedule.count.first_sick_day).weeks,
        "contract_end": schedule.case.contract_end or "",
        # recovered_on is the last sick day: recovery starts the day after
        "since": schedule.recovered_on + timedelta(days=1) if schedule.recovered_on else "",
        "anew": relapse + timedelta(days=1) if relapse else "",
        "pay_end": pay_end or "",
    }
    words = regime_words(regime(schedule), role)
    return fill(pick(words, lang), params, lang, schedule.count.first_sick_day)


def next_deadline(schedule: Schedule, role: str | None) -> Milestone | None:
    """The first step or deadline from today on that is not done yet, for ``role``."""
    ahead = [
        m
        for m in schedule.milestones
        if m.rule.kind in ACTIONABLE and m.status in ("today", "soon", "later") and _for(m, role)
    ]
    return min(ahead, key=lambda m: m.date, default=None)


def now(schedule: Schedule) -> dict[str, Any]:
    """Where the case stands today, per role (``all`` is every role together)."""
    roles: list[tuple[str, str | None]] = [("all", None), *((r, r) for r in ROLES)]
    nexts = {key: next_deadline(schedule, role) for key, role in roles}
    # sorted once for every role (a stable sort: the same order as sorting per role)
    pending = [
        m for m in sorted(schedule.milestones, key=lambda m: m.date) if m.status in ATTENTION
    ]
    attention = {key: [m.id for m in pending if _for(m, role)] for key, role in roles}
    return {
        "regime": regime(schedule),
        "week_today": schedule.week_today,
        "weeks_total": law.WACHTTIJD.on(schedule.count.first_sick_day).weeks,
        "next": {key: (m.id if m else None) for key, m in nexts.items()},
        "attention": attention,
    }


def _fraction(day: date, start: date, end: date) -> float:
    span = max((end - start).days, 1)
    return round(min(max((day - start).days / span, 0.0), 1.0), 4)


def picture(schedule: Schedule) -> dict[str, Any]:
    """The case on one line: bands (sick, recovered, leave, ahead), marks and today, each as a
    fraction of the span from day 1 to the end of sick pay."""
    count, today = schedule.count, schedule.today
    start = count.first_sick_day
    ends = [
        m.date for m in schedule.milestones if m.id in ("einde_wachttijd", "einde_loondoorbetaling")
    ]
    end = max(ends) if ends else max(m.date for m in schedule.milestones)
    bands: list[dict[str, Any]] = []

    def band(kind: str, first: date, last: date) -> None:
        if last >= first:
            bands.append(
                {
                    "kind": kind,
                    "start": first.isoformat(),
                    "end": last.isoformat(),
                    "from": _fraction(first, start, end),
                    "to": _fraction(last, start, end),
                }
            )

    for span in count.spans:
        last = span.end or end
        if span.end is None and today <= end:
            band("sick", span.start, min(last, today))
            band("ahead", max(span.start, today), last)
        else:
            band("sick", span.start, last)
    leave = schedule.case.pregnancy_leave
    for skipped in count.skipped_before(end):
        for kind, first, last in split_by_leave(*skipped, leave):
            band("leave" if kind == "leave" else "recovered", first, last)
    if schedule.recovered_on is not None and schedule.recovered_on < end:
        band("recovered", schedule.recovered_on + timedelta(days=1), end)
    marks = [
        {
            "id": m.id,
            "date": m.date.isoformat(),
            "at": _fraction(m.date, start, end),
            "status": m.status,
        }
        for m in schedule.milestones
        if m.id in MARKED
    ]
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "today": _fraction(today, start, end) if start <= today <= end else None,
        "bands": sorted(bands, key=lambda b: (b["from"], b["kind"])),
        "marks": marks,
    }
