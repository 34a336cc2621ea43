"""Situations the calculator explains rather than computes (rules.md sections 3 and 4).

Each :class:`Outcome` is an explicit result, never a silent guess: an id, the text pieces that
apply, its parameters (dates, numbers) and its sources. ``specific`` outcomes follow from what
the visitor entered (a recovery, a contract that ends, a loonsanctie, ...); ``general`` ones are
always shown, because the calculator cannot know whether they apply (a deskundigenoordeel,
skipping spoor 2, an eigenrisicodrager). The words live in :mod:`calculator.words`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from . import law
from .engine import Schedule
from .holidays import previous_working_day
from .sources import (
    BW_629_11,
    BW_670,
    SRC_UWV_42,
    SRC_UWV_WW,
    UWV_DESKUNDIGENOORDEEL,
    WIA_23,
    WIA_24,
    WIA_25_9,
    Source,
)
from .words import OUTCOME_TEXT, OUTCOME_TITLE, fill, pick


@dataclass(frozen=True)
class Outcome:
    id: str
    sources: tuple[Source, ...]
    params: Mapping[str, object] = field(default_factory=dict)
    pieces: tuple[str, ...] = ()  # keys of words.OUTCOME_TEXT; default: the id itself
    general: bool = False

    def title(self, lang: str) -> str:
        return pick(OUTCOME_TITLE[self.id], lang)

    def text(self, lang: str) -> str:
        pieces = self.pieces or (self.id,)
        return "".join(fill(pick(OUTCOME_TEXT[p], lang), self.params, lang) for p in pieces)

    def as_dict(self, lang: str) -> dict[str, object]:
        return {
            "id": self.id,
            "general": self.general,
            "title": self.title(lang),
            "text": self.text(lang),
            "sources": [s.as_dict(lang) for s in self.sources],
        }


def outcomes_for(schedule: Schedule) -> list[Outcome]:
    """The explanations that apply to this schedule, specific ones first."""
    case, count, ext = schedule.case, schedule.count, schedule.extensions
    found: list[Outcome] = []
    last_end = case.periods[-1].end
    if last_end is not None:
        still = last_end + timedelta(days=law.SAMENTELLEN.days)
        days = count.sick_days_until(last_end)
        params = {"days": days, "next_day": days + 1, "still": still}
        found.append(Outcome("herstel", (WIA_23,), {**params, "anew": still + timedelta(1)}))
    if count.earlier_periods_dropped:
        found.append(Outcome("nieuwe_periode", (WIA_23,), {"first": count.first_sick_day}))
    if count.gap_days:
        found.append(Outcome("samentellen", (WIA_23,), {"gap_days": count.gap_days}))
    leave = case.pregnancy_leave
    if leave is not None:
        pieces = ["zwangerschap.same_cause" if leave.same_cause else "zwangerschap.other_cause"]
        if leave.pregnancy_related:
            pieces.append("zwangerschap.pregnancy_related")
        found.append(Outcome("zwangerschap", (WIA_23, BW_670), pieces=tuple(pieces)))
    if ext.voluntary:
        until = ext.base_end + timedelta(days=ext.voluntary)
        found.append(Outcome("vrijwillige_verlenging", (WIA_24,), {"until": until}))
    if ext.late_application:
        found.append(Outcome("late_aanvraag", (BW_629_11,), {"days": ext.late_application}))
    if case.loonsanctie is not None:
        weeks = ext.sanction // law.DAYS_PER_WEEK
        found.append(
            Outcome("loonsanctie", (WIA_25_9, BW_670), {"days": ext.sanction, "weeks": weeks})
        )
    contract_end = case.contract_end
    if contract_end is not None and contract_end <= schedule.milestone("einde_wachttijd").date:
        params = {"contract_end": contract_end, "report_by": previous_working_day(contract_end)}
        found.append(Outcome("ziek_uit_dienst", (SRC_UWV_42,), params))
    straddling = schedule.outside_validity
    if straddling:
        steps = [m.rule.title for m in straddling]
        found.append(Outcome("regels_gewijzigd", (), {"steps": steps}))
    found.extend(GENERAL_OUTCOMES)
    return found


GENERAL_OUTCOMES: tuple[Outcome, ...] = (
    Outcome("deskundigenoordeel", (UWV_DESKUNDIGENOORDEEL,), general=True),
    Outcome("spoor_2_overslaan", (SRC_UWV_WW,), general=True),
    Outcome("vangnet_eigenrisico", (SRC_UWV_42,), general=True),
)
