"""'Krijg ik nog loon?': the employee's first question, answered in general rules.

How long the employer pays, at what minimum, the last day of pay and what comes after, each
with its source; for the employer the same duty in a few words. Never an amount: the result
does not know the wage, the cao or the contract, and says so.

The law behind it:

* BW 7:629 lid 1: during 104 weeks of illness the employee keeps "70% van het naar tijdruimte
  vastgestelde loon, maar voor de eerste 52 weken ten minste het voor hem geldende wettelijke
  minimumloon"; lid 9: at most two *wachtdagen* without pay, when agreed; a cao or contract may
  give more. The 104 and 52 weeks are counted like the wachttijd, so recoveries shorter than
  four weeks add up (BW 7:629 lid 10).
* BW 7:629 lid 2 onder b: past the AOW age six weeks (the end is the calculator's
  ``einde_loondoorbetaling``).
* Ziektewet art. 29: when the contract ends during the illness, UWV may pay a Ziektewet benefit
  for the rest of the 104 weeks.
* WIA art. 64 lid 3: after the 104 weeks the WIA benefit, applied for by the employee.

>>> from datetime import date
>>> from calculator.model import read_case
>>> from calculator.engine import calculate
>>> s = calculate(read_case({"periods": [{"start": "2026-01-05"}]}), date(2026, 11, 23))
>>> answer = pay_answer(s, "werknemer", "nl")
>>> answer["title"], answer["until"]
('Krijg ik nog loon?', '2028-01-02')
>>> pay_answer(s, "bureau", "nl") is None
True
"""

from __future__ import annotations

from typing import Any

from . import law
from .engine import Schedule
from .sources import BW_629, BW_629_2, SRC_UWV_WIA, WIA_64_3, ZW_29, Source
from .texts import fill
from .words import T, pick

TITLE: dict[str, T] = {
    "werknemer": ("Krijg ik nog loon?", "Do I still get paid?"),
    "werkgever": ("Hoe lang betaalt u het loon door?", "How long do you keep paying wages?"),
}
UNTIL: dict[str, T] = {
    "werknemer": (
        "Zolang je ziek bent en je contract loopt, betaalt je werkgever je loon door, tot en met "
        "{until}.",
        "While you are ill and your contract runs, your employer keeps paying your wages, up to "
        "and including {until}.",
    ),
    "werkgever": (
        "Zolang de werknemer ziek is en het contract loopt, betaalt u het loon door, tot en met "
        "{until}.",
        "While the employee is ill and the contract runs, you keep paying wages, up to and "
        "including {until}.",
    ),
}
UNTIL_CONTRACT: dict[str, T] = {
    "werknemer": (
        "Je contract eindigt op {contract_end}: tot en met die dag betaalt je werkgever je loon "
        "door. Daarna kan UWV je een Ziektewet-uitkering geven, tot en met {until} als je zo lang "
        "ziek blijft.",
        "Your contract ends on {contract_end}: your employer pays your wages up to and "
        "including that day. After that UWV may give you a Ziektewet benefit, up to and "
        "including {until} if you stay ill that long.",
    ),
    "werkgever": (
        "Het contract eindigt op {contract_end}: tot en met die dag betaalt u het loon door. "
        "Daarna kan UWV de werknemer een Ziektewet-uitkering geven.",
        "The contract ends on {contract_end}: you pay wages up to and including that day. After "
        "that UWV may give the employee a Ziektewet benefit.",
    ),
}
UNTIL_AOW: dict[str, T] = {
    "werknemer": (
        "Na de AOW-leeftijd betaalt je werkgever je loon korter door: tot en met {until}.",
        "After the AOW age your employer pays your wages for a shorter time: up to and "
        "including {until}.",
    ),
    "werkgever": (
        "Na de AOW-leeftijd betaalt u het loon korter door: tot en met {until}.",
        "After the AOW age you pay wages for a shorter time: up to and including {until}.",
    ),
}
HOW_MUCH: dict[str, T] = {
    "werknemer": (
        "Hoeveel? Minstens {const loondoorbetaling_procent}% van je loon (regel in 2026). In de "
        "eerste {weeks} weken van je ziekte, tot en met {first_year}, is dat minstens het "
        "minimumloon dat voor jou geldt. Er is ook een maximum. In veel cao's staat dat je meer "
        "krijgt, bijvoorbeeld je volle loon in het eerste jaar. Over de eerste "
        "{const wachtdagen_max} ziektedagen krijg je geen loon als dat zo is afgesproken "
        "(wachtdagen).",
        "How much? At least {const loondoorbetaling_procent}% of your wages (the rule in 2026). "
        "In the first {weeks} weeks of your illness, up to and including {first_year}, that is "
        "at least the minimum wage that applies to you. There is also a maximum. Many cao's "
        "(collective agreements) give you more, for example your full wages in the first year. "
        "For the first {const wachtdagen_max} sick days you get no wages if that was agreed "
        "(wachtdagen, waiting days).",
    ),
    "werkgever": (
        "Minstens {const loondoorbetaling_procent}% van het loon (regel in 2026), in de eerste "
        "{weeks} weken, tot en met {first_year}, minstens het minimumloon. Uw cao of het contract "
        "kan meer vragen.",
        "At least {const loondoorbetaling_procent}% of the wages (the rule in 2026), in the first "
        "{weeks} weeks, up to and including {first_year}, at least the minimum wage. Your cao "
        "(collective agreement) or the contract may ask for more.",
    ),
}
AFTER: dict[str, T] = {
    "werknemer": (
        "Daarna? Vraag uiterlijk {apply_by} een WIA-uitkering aan bij UWV. UWV beslist of je die "
        "krijgt en hoeveel.",
        "And after that? Apply for a WIA benefit at UWV by {apply_by} at the latest. UWV decides "
        "whether you get it and how much.",
    ),
    "werkgever": (
        "Daarna vraagt de werknemer een WIA-uitkering aan, uiterlijk {apply_by}.",
        "After that the employee applies for a WIA benefit, by {apply_by} at the latest.",
    ),
}
AFTER_AOW: dict[str, T] = {
    "werknemer": (
        "Daarna? Je krijgt AOW van de SVB. Er volgt geen WIA.",
        "And after that? You get the AOW pension from the SVB. No WIA follows.",
    ),
    "werkgever": (
        "Daarna volgt geen WIA: de werknemer krijgt AOW van de SVB.",
        "No WIA follows: the employee gets the AOW pension from the SVB.",
    ),
}
GENERAL: dict[str, T] = {
    "werknemer": (
        "Dit zijn de algemene regels, geen bedrag voor jou. Wat jij krijgt, staat in je "
        "contract, je cao of op je loonstrook. Twijfel je, vraag het dan je werkgever of het "
        "Juridisch Loket.",
        "These are the general rules, not an amount for you. What you get is in your contract, "
        "your cao or on your payslip. In doubt? Ask your employer or the Legal Services Counter "
        "(Juridisch Loket).",
    ),
    "werkgever": (
        "Dit zijn de algemene regels. Wat u precies betaalt, staat in de cao en het contract.",
        "These are the general rules. What exactly you pay is in the cao and the contract.",
    ),
}


def _part(text: str, sources: tuple[Source, ...], lang: str) -> dict[str, Any]:
    return {"text": text, "sources": [s.as_dict(lang) for s in sources]}


def pay_answer(schedule: Schedule, role: str, lang: str) -> dict[str, Any] | None:
    """The answer for ``role`` (the employee, or the employer in a few words); None for the
    other roles, and when nothing of the illness is pending (closed, or not yet begun)."""
    if role not in TITLE or schedule.closed or schedule.today < schedule.count.first_sick_day:
        return None
    dates = schedule.dates
    aow = "aow" in schedule.facts
    until = dates.get("einde_loondoorbetaling") if aow else dates.get("einde_wachttijd")
    if until is None:
        return None
    on = schedule.count.first_sick_day  # the law of this case's first sick day
    minimum = law.LOON_MINIMUM_EERSTE.on(on)
    first_year = schedule.count.day(minimum.days)
    contract_end = schedule.case.contract_end
    params: dict[str, object] = {
        "until": until,
        "first_year": first_year,
        "weeks": minimum.weeks,
        "contract_end": contract_end or "",
        "apply_by": dates.get("wia_aanvraag") or "",
    }
    parts: list[dict[str, Any]] = []
    if "ziek_uit_dienst" in schedule.facts and contract_end is not None and contract_end < until:
        parts.append(
            _part(fill(pick(UNTIL_CONTRACT[role], lang), params, lang, on), (BW_629, ZW_29), lang)
        )
    elif aow:
        parts.append(_part(fill(pick(UNTIL_AOW[role], lang), params, lang, on), (BW_629_2,), lang))
    else:
        parts.append(_part(fill(pick(UNTIL[role], lang), params, lang, on), (BW_629,), lang))
    parts.append(_part(fill(pick(HOW_MUCH[role], lang), params, lang, on), (BW_629,), lang))
    if aow:
        parts.append(_part(pick(AFTER_AOW[role], lang), (BW_629_2,), lang))
    elif dates.get("wia_aanvraag") is not None:
        parts.append(
            _part(fill(pick(AFTER[role], lang), params, lang, on), (WIA_64_3, SRC_UWV_WIA), lang)
        )
    parts.append(_part(pick(GENERAL[role], lang), (), lang))
    return {
        "title": pick(TITLE[role], lang),
        "until": until.isoformat(),
        "until_text": fill("{until}", params, lang),
        "parts": parts,
    }


def pay_answers(schedule: Schedule, lang: str) -> dict[str, Any]:
    """``pay_answer`` for each role that has one."""
    found = {role: pay_answer(schedule, role, lang) for role in TITLE}
    return {role: answer for role, answer in found.items() if answer is not None}


__all__ = ["pay_answer", "pay_answers"]
