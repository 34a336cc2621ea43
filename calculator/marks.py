"""What a rule adds to its date: why the date is only an indication, and what to know about it.

A rule's row names the marks it can carry (``Rule.reasons``, ``Rule.notes``); this module says
when each applies to a case. A reason is a doubt about the date (the words are in
:data:`calculator.words.REASON`); a note is something to know, not a doubt
(:data:`calculator.words.NOTE`). So a rule is read in one place, its row, and a mark in one
place, here.

>>> sorted(REASONS) == sorted(
...     {SANCTION_BY_REPAIR, PREGNANCY_OPZEGVERBOD, AOW_OPZEGVERBOD, AOW_DATE_NOT_EXACT,
...      AOW_NOT_FIXED, VANGNET_NO_42_WEEK_REPORT})
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import law
from .aow import AowDate
from .formulas import Context
from .model import Case

# Reasons: why a milestone's date is (also) an indication; words in calculator.words.REASON.
SANCTION_BY_REPAIR = "sanction_by_repair"
PREGNANCY_OPZEGVERBOD = "pregnancy_opzegverbod"
OUTSIDE_VALIDITY = "outside_validity"  # any rule, on a date outside its validity
AOW_OPZEGVERBOD = "aow_opzegverbod"
AOW_DATE_NOT_EXACT = "aow_date_not_exact"
AOW_NOT_FIXED = "aow_not_fixed"
VANGNET_NO_42_WEEK_REPORT = "vangnet_no_42_week_report"

# Notes: something to know about a milestone; words in calculator.words.NOTE.
ZIEK_UIT_DIENST_UWV_PAYS = "ziek_uit_dienst_uwv_pays"
EJE_EARLY = "eje_early"
EARLIER_CHAIN = "earlier_chain"
EARLIER_CHAIN_LETTER = "earlier_chain_letter"
WIA_LATE_LETTER = "wia_late_letter"
WIA_NO_LETTER = "wia_no_letter"
RIV_WITH_REPORT = "riv_with_report"
NO_RIV_WITH_REPORT = "no_riv_with_report"


@dataclass(frozen=True, kw_only=True)
class Seen:
    """What a mark looks at: the case, its facts and the date the rule gave."""

    case: Case
    facts: frozenset[str]
    aow: AowDate | None
    ctx: Context
    when: date
    moved: bool  # the end of sick pay moved (a loonsanctie, a late WIA application, WIA 24)
    sanction_by_repair: bool  # the loonsanctie ends when UWV decides the shortcoming is repaired


def _riv(seen: Seen) -> str:
    """Reported to UWV after six weeks of illness or more, with the re-integratieverslag."""
    first = seen.ctx.count.first_sick_day
    lasted = (seen.when - first).days >= law.RIV_BIJ_EINDE_DIENSTVERBAND.on(first).days
    return RIV_WITH_REPORT if lasted else NO_RIV_WITH_REPORT


def _wia_letter(seen: Seen) -> str | None:
    """No letter from UWV, or a late one: the application counts as on time (WIA 64 lid 6)."""
    application = seen.ctx.application
    if application is None or not application.fiction:
        return None
    return WIA_NO_LETTER if application.deadline is None else WIA_LATE_LETTER


def _pregnancy_related(seen: Seen) -> bool:
    leave = seen.ctx.leave  # the case's leave, as the calculation read it
    return leave is not None and leave.pregnancy_related


#: The reasons a row may name, each with when it applies.
REASONS: dict[str, Callable[[Seen], bool]] = {
    SANCTION_BY_REPAIR: lambda seen: seen.moved and seen.sanction_by_repair,
    PREGNANCY_OPZEGVERBOD: lambda seen: seen.ctx.leave is not None,
    AOW_OPZEGVERBOD: lambda seen: "aow" in seen.facts,
    AOW_DATE_NOT_EXACT: lambda seen: seen.aow is not None and not seen.aow.exact,
    AOW_NOT_FIXED: lambda seen: seen.aow is not None and not seen.aow.fixed,
    VANGNET_NO_42_WEEK_REPORT: _pregnancy_related,
}

#: The notes a row may name, each giving its code (or one of two) when it applies.
NOTES: dict[str, Callable[[Seen], str | None]] = {
    ZIEK_UIT_DIENST_UWV_PAYS: lambda seen: (
        ZIEK_UIT_DIENST_UWV_PAYS if "ziek_uit_dienst" in seen.facts else None
    ),
    "riv": _riv,
    "wia_letter": _wia_letter,
}


def marks(
    reasons: tuple[str, ...], notes: tuple[str, ...], seen: Seen
) -> tuple[list[str], list[str]]:
    """The reasons and notes of a row that apply, in the row's order."""
    found = [code for code in reasons if REASONS[code](seen)]
    said = [code for name in notes if (code := NOTES[name](seen)) is not None]
    return found, said
