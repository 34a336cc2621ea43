"""What each reader does, and what is at stake for them, when a step is overdue or late.

The same overdue probleemanalyse means three different things. The employer (*u*) has a duty
and risks a loonsanctie; the employee (*je*) cannot do the employer's duty, but can ask, go to
the bedrijfsarts, keep copies and ask UWV for a deskundigenoordeel, and their own risk is a
different one; the re-integration agency (*je*, like every text for agencies) has its own part.
So every text of a step that says what to do or what is at stake depends on the role; the words
are in :mod:`calculator.role_words` (``OVERDUE_LEAD``: the line before the advice of an overdue
step, for the role that carries the duty and for the others; ``STEP_WORDS``: per step and role,
what to do now, what still applies once it was done late, what is at stake and its sources).

What is at stake is said as the law and UWV's policy rules say it, neither softer nor harder:
at the WIA application UWV judges whether re-integration fell short, not whether a date was
missed (WIA art. 25 lid 9; Beleidsregels beoordelingskader poortwachter), and employer and
employee may together depart from the time limits of the Regeling procesgang, articles 2 and 4,
when they give and record their reasons (Regeling procesgang art. 5: "Van de termijnen, bedoeld
in artikel 2 en 4, kan door de werkgever en de werknemer gemotiveerd worden afgeweken."). The
report of long sickness to UWV has a time limit of the Ziektewet (art. 38 lid 1), not of the
Regeling: missing it can cost a fine, not a loonsanctie.

>>> words = step_words("probleemanalyse", "werknemer", "overdue", "nl")
>>> words["do_now"].startswith("Vraag je werkgever")
True
>>> step_words("probleemanalyse", None, "overdue", "en")["role"]  # "everyone": the duty's
'werkgever'
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .role_words import LETTER_KNOWN, OVERDUE_LEAD, OVERDUE_LEAD_ALL, STEP_WORDS
from .rules import ROLES, Role
from .texts import render
from .words import T, pick

#: The steps whose lateness has words here: the page shows "what now" and "what is at stake".
ACTION_STEPS = frozenset(STEP_WORDS)


def reader(step: str, role: str | None) -> Role:
    """The role whose words are shown: the one asked for, or (the view "everyone") the role
    that carries the duty; a role without words for the step reads the duty-bearer's."""
    words = STEP_WORDS[step]
    if role in words.roles:
        return role  # type: ignore[return-value]
    return words.duty


def step_words(
    step: str,
    role: str | None,
    status: str,
    lang: str,
    on: date | None = None,
    letter_known: bool = False,
) -> dict[str, Any]:
    """What ``role`` reads for ``step`` in ``status`` ("overdue" or "late"): ``overdue_text``
    (overdue only; for the view "everyone" the line that introduces each role's words),
    ``do_now``, ``risk`` and the risk's ``risk_sources``."""
    who = reader(step, role)
    words = STEP_WORDS[step]
    mine = words.roles[who]
    lead = OVERDUE_LEAD[(who, who == words.duty)] if role is not None else OVERDUE_LEAD_ALL
    return {
        "role": who,
        "overdue_text": pick(lead, lang) if status == "overdue" else None,
        "do_now": render(pick(_do_now(step, who, status, letter_known), lang), on=on),
        "risk": render(pick(mine.risk, lang), on=on),
        "risk_sources": [s.as_dict(lang) for s in mine.sources],
    }


def _do_now(step: str, who: Role, status: str, letter_known: bool) -> T:
    mine = STEP_WORDS[step].roles[who]
    if step in LETTER_KNOWN and letter_known:
        return LETTER_KNOWN[step][who][0 if status == "overdue" else 1]
    return mine.do_late if status == "late" else mine.do_now


def actions(
    step: str,
    roles: tuple[str, ...],
    status: str,
    lang: str,
    on: date | None = None,
    letter_known: bool = False,
) -> dict[str, Any]:
    """Every role's words for a step (the view "everyone" shows each under its name), in the
    order of ``roles`` (the roles that see the step)."""
    words = STEP_WORDS[step]
    return {
        role: step_words(step, role, status, lang, on, letter_known)
        for role in roles
        if role in ROLES and role in words.roles
    }


__all__ = ["ACTION_STEPS", "OVERDUE_LEAD", "STEP_WORDS", "actions", "reader", "step_words"]
