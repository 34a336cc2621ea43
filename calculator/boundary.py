"""The one JSON boundary: JSON text in, JSON text out. The browser worker and the CLI use it.

Request::

    {"action": "calculate" | "ics" | "parse_fragment",   (default "calculate")
     "lang": "nl" | "en", "today": "YYYY-MM-DD", "role": "werkgever" | ...,
     "case": {"periods": [{"start": DATE, "end": DATE | null}, ...], ...},
     "fragment": "v=1&ziek=..."}

A DATE is ``"YYYY-MM-DD"`` or the three form fields as typed (``{"day", "month", "year"}``).
The full shape is documented in the README ("The JSON boundary").

Whatever arrives, the answer is JSON: ``{"ok": true, ...}`` or
``{"ok": false, "errors": [{"code", "field", "part", "message"}, ...]}``. Never a traceback.

>>> import json
>>> request = {"today": "2026-11-23", "case": {"periods": [{"start": "2026-01-05"}]}}
>>> answer = json.loads(handle(json.dumps(request)))
>>> [m["date"] for m in answer["milestones"] if m["id"] == "wia_aanvraag"]
['2027-10-17']
>>> json.loads(handle("junk"))["errors"][0]["code"]
'bad_request'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from . import fragment as fragments
from .dates import format_date, parse_date
from .engine import Milestone, Schedule, calculate
from .errors import CalculatorError, InputErrors, first_per_field
from .model import Case, read_case
from .outcomes import outcomes_for
from .rules import render

MAX_REQUEST = 100_000
ACTIONS = ("calculate", "ics", "parse_fragment")

STATUS_TEXT = {
    "passed": ("Voorbij", "Passed"),
    "today": ("Vandaag", "Today"),
    "soon": ("Binnenkort", "Soon"),
    "later": ("Later", "Later"),
}
# [English?][weekend?]: "falls on a Sunday" but "falls on Christmas Day"
NON_WORKING_TEXT = (
    ("Valt op {reason}: plan het op {plan}.", "Valt op een {reason}: plan het op {plan}."),
    ("Falls on {reason}: plan it for {plan}.", "Falls on a {reason}: plan it for {plan}."),
)
SUMMARY_LABELS = {
    "first": ("Eerste ziektedag", "First sick day"),
    "end": ("Laatste ziektedag voor herstel", "Last sick day before recovery"),
    "start": ("Opnieuw ziek vanaf", "Ill again from"),
    "leave": ("Zwangerschaps- en bevallingsverlof", "Pregnancy and maternity leave"),
    "probleemanalyse": ("Probleemanalyse gemaakt op", "Probleemanalyse made on"),
    "eerstejaarsevaluatie": ("Eerstejaarsevaluatie gehouden op", "Eerstejaarsevaluatie held on"),
    "wia_aanvraag": ("WIA aangevraagd op", "WIA applied for on"),
    "sanction_weeks": ("Loonsanctie", "Loonsanctie"),
    "sanction_repaired": ("UWV-besluit herstel", "UWV decision on repair"),
    "extension_end": ("Vrijwillige verlenging tot", "Voluntary extension until"),
    "contract_end": ("Einde contract", "End of contract"),
}


def handle(text: Any) -> str:
    """The boundary itself: never raises, always returns JSON text."""
    lang = "nl"
    try:
        request = _load(text)
        lang = "en" if request.get("lang") == "en" else "nl"
        return _dump(answer(request, lang))
    except CalculatorError as error:
        return _dump(error_answer(error, lang))
    except Exception:  # the promise is: never a traceback, whatever junk arrives
        return _dump(error_answer(CalculatorError("bad_request"), lang))


def _load(text: Any) -> dict[str, Any]:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str) or len(text) > MAX_REQUEST:
        raise CalculatorError("bad_request")
    try:
        request = json.loads(text)
    except (ValueError, RecursionError):
        raise CalculatorError("bad_request") from None
    if not isinstance(request, dict):
        raise CalculatorError("bad_request")
    return request


def _dump(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def error_answer(error: CalculatorError, lang: str) -> dict[str, Any]:
    errors = error.errors if isinstance(error, InputErrors) else [error]
    return {
        "ok": False,
        "lang": lang,
        "errors": [e.info(lang).as_dict() for e in first_per_field(errors)],
    }


def answer(request: Mapping[str, Any], lang: str = "nl") -> dict[str, Any]:
    """The answer to a parsed request (a dict); raises :class:`CalculatorError`."""
    action = request.get("action", "calculate")
    if action not in ACTIONS:
        raise CalculatorError("bad_request")
    if action == "parse_fragment":
        return parse_fragment(request.get("fragment"), lang)
    today = _today(request.get("today"))
    case = read_case(request.get("case"))
    schedule = calculate(case, today)
    role = request.get("role") if request.get("role") in fragments.ROLE_VALUES else None
    if action == "ics":
        from .ics import to_ics

        return {
            "ok": True,
            "lang": lang,
            "filename": ics_filename(case),
            "ics": to_ics(schedule, lang),
        }
    return schedule_answer(schedule, lang, role)


def _today(value: Any) -> date:
    if value is None or value == "":
        return date.today()
    return parse_date(value, "today", "today")


def ics_filename(case: Case) -> str:
    return f"spoorwijzer-{case.first_sick_day.isoformat()}.ics"


def schedule_answer(schedule: Schedule, lang: str, role: str | None = None) -> dict[str, Any]:
    """The JSON-ready answer for a schedule."""
    case, count = schedule.case, schedule.count
    today = schedule.today
    week_today = count.week_of(today) if today >= count.first_sick_day else None
    return {
        "ok": True,
        "lang": lang,
        "today": today.isoformat(),
        "today_text": format_date(today, lang),
        "role": role,
        "milestones": [milestone_dict(m, lang) for m in schedule.milestones],
        "outcomes": [o.as_dict(lang) for o in outcomes_for(schedule)],
        "counting": {
            "first_sick_day": count.first_sick_day.isoformat(),
            "first_sick_day_text": format_date(count.first_sick_day, lang),
            "sick_days": count.sick_days_until(today),
            "gap_days": count.gap_days,
            "week_today": week_today,
            "recovered_on": None
            if case.periods[-1].end is None
            else case.periods[-1].end.isoformat(),
        },
        "summary": summary(case, lang),
        "fragment": fragments.encode(case, role, lang),
    }


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def week_text(m: Milestone, lang: str) -> str | None:
    """ "week 6", "na week 42", "week 46–52", "dag 1" and English forms."""
    if m.rule.id == "eerste_ziektedag":
        return "dag 1" if lang == "nl" else "day 1"
    if m.week is None:
        return None
    if m.rule.id == "ziekmelding_uwv":
        return f"na week {m.week}" if lang == "nl" else f"after week {m.week}"
    if m.week_start is not None and m.week_start != m.week:
        return f"week {m.week_start}–{m.week}"
    return f"week {m.week}"


def milestone_dict(m: Milestone, lang: str) -> dict[str, Any]:
    rule = m.rule
    index = 1 if lang == "en" else 0
    nwd = m.non_working_day
    non_working: dict[str, str] | None = None
    if nwd is not None:
        reason, plan_on = (nwd[1] if lang == "en" else nwd[0]), nwd[2]
        plan_text = format_date(plan_on, lang)
        weekend = reason in ("zaterdag", "zondag", "Saturday", "Sunday")
        template = NON_WORKING_TEXT[lang == "en"][weekend]
        non_working = {
            "reason": reason,
            "plan_on": plan_on.isoformat(),
            "plan_on_text": plan_text,
            "text": template.format(reason=reason, plan=plan_text),
        }
    indication_parts = [render(rule.indication[index], rule.id)] if rule.indication else []
    indication_parts += [r[index] for r in m.indication_reasons]
    return {
        "id": rule.id,
        "kind": rule.kind,
        "date": m.date.isoformat(),
        "date_text": format_date(m.date, lang),
        "start": None if m.start is None else m.start.isoformat(),
        "start_text": None if m.start is None else format_date(m.start, lang),
        "week": m.week,
        "week_start": m.week_start,
        "week_text": week_text(m, lang),
        "day": m.day,
        "actor": rule.actor,
        "actor_text": rule.actor_text[index],
        "roles": list(rule.roles),
        "title": rule.title[index],
        "text": render(rule.text[index], rule.id),
        "todo": {role: render(text[index], rule.id) for role, text in rule.todo.items()},
        "sources": [s.as_dict(lang) for s in rule.sources],
        "indication": m.indication,
        "indication_text": " ".join(indication_parts) or None,
        "status": m.status,
        "status_text": STATUS_TEXT[m.status][index],
        "non_working_day": non_working,
        "actual": None if m.actual is None else m.actual.isoformat(),
        "occurrences": [
            {"date": d.isoformat(), "date_text": format_date(d, lang)} for d in m.occurrences
        ],
    }


def summary(case: Case, lang: str) -> list[dict[str, str]]:
    """The "check your answers" rows, each with the field to change."""
    rows: list[dict[str, str]] = []

    def row(field: str, label: str, value: str) -> None:
        rows.append({"field": field, "label": _pick(SUMMARY_LABELS[label], lang), "value": value})

    for index, period in enumerate(case.periods):
        row(
            f"periods.{index}.start",
            "first" if index == 0 else "start",
            format_date(period.start, lang),
        )
        if period.end is not None:
            row(f"periods.{index}.end", "end", format_date(period.end, lang))
    leave = case.pregnancy_leave
    if leave is not None:
        row(
            "pregnancy_leave.start",
            "leave",
            f"{format_date(leave.start, lang)} – {format_date(leave.end, lang)}",
        )
    for step, when in case.actual.items():
        row(f"actual.{step}", step, format_date(when, lang))
    if case.loonsanctie is not None:
        if case.loonsanctie.weeks is not None:
            unit = "weken" if lang == "nl" else "weeks"
            row("loonsanctie.weeks", "sanction_weeks", f"{case.loonsanctie.weeks} {unit}")
        elif case.loonsanctie.repaired is not None:
            row(
                "loonsanctie.repaired",
                "sanction_repaired",
                format_date(case.loonsanctie.repaired, lang),
            )
    if case.extension_end is not None:
        row("extension_end", "extension_end", format_date(case.extension_end, lang))
    if case.contract_end is not None:
        row("contract_end", "contract_end", format_date(case.contract_end, lang))
    return rows


def parse_fragment(fragment: Any, lang: str) -> dict[str, Any]:
    """Read a share link. Returns what is valid and reports the rest; never fails."""
    decoded = fragments.decode(fragment)
    lang = decoded["lang"] or lang
    errors: list[dict[str, Any]] = []
    if decoded["bad_keys"]:
        detail = ", ".join(sorted({fragments.safe_key(k) for k in decoded["bad_keys"]}))
        errors.append(
            CalculatorError("bad_fragment", "fragment", detail=detail).info(lang).as_dict()
        )
    case = decoded["case"]
    try:
        checked = read_case(case)
    except CalculatorError as error:
        sub = error.errors if isinstance(error, InputErrors) else [error]
        errors += [
            e.info(lang).as_dict()
            for e in sub
            if not (e.code == "periods_missing" and not decoded["bad_keys"] and not case)
        ]
        checked = None
    if checked is None and not case.get("periods"):
        case.pop("periods", None)
    return {
        "ok": not errors,
        "lang": lang,
        "role": decoded["role"],
        "case": case,
        "complete": checked is not None,
        "errors": errors,
    }


def calculate_request(case: Mapping[str, Any], today: date, lang: str = "nl") -> dict[str, Any]:
    """Convenience for Python callers and tests: the answer dict for a case dict."""
    return answer({"case": case, "today": today.isoformat()}, lang)


__all__ = ["answer", "calculate_request", "handle"]
