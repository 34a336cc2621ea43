"""Situations the calculator explains rather than computes: what moves the end of sick pay and what the law leaves open.

Each :class:`Outcome` is an explicit result, never a silent guess: an id, the text pieces that
apply, its parameters (dates, numbers) and its sources. ``specific`` outcomes follow from what
the visitor entered (a recovery, a contract that ends, a loonsanctie, ...); ``general`` ones are
always shown, because the calculator cannot know whether they apply (a deskundigenoordeel,
skipping spoor 2, an eigenrisicodrager). The words live in :mod:`calculator.words`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import law
from .engine import Schedule
from .holidays import holiday_on, is_working_day, previous_working_day
from .marks import EJE_EARLY
from .outcome_words import outcome_words
from .sources import (
    AOW_7A,
    BW_629,
    BW_629_2,
    BW_629_3,
    BW_629_10,
    BW_629_11,
    BW_669_4,
    BW_670,
    BW_670A,
    REG_4,
    SRC_SVB_AOW,
    SRC_UWV_42,
    SRC_UWV_VERLENGING,
    SRC_UWV_WW,
    UWV_DESKUNDIGENOORDEEL,
    WIA_23,
    WIA_23_2,
    WIA_23_6,
    WIA_24,
    WIA_25_9,
    WIA_43,
    WIA_64_6,
    WIA_66,
    ZW_29,
    ZW_38_2,
    ZW_38A,
    Source,
)
from .texts import fill
from .words import OUTCOME_TEXT, OUTCOME_TITLE, WEEKEND_DAY, pick


@dataclass(frozen=True)
class Outcome:
    id: str
    sources: tuple[Source, ...]
    params: Mapping[str, object] = field(default_factory=dict)
    pieces: tuple[str, ...] = ()  # keys of words.OUTCOME_TEXT; default: the id itself
    general: bool = False

    def title(self, lang: str, on: date | None = None, role: str | None = None) -> str:
        words = outcome_words(self.id, role, OUTCOME_TITLE)
        return fill(pick(words, lang), self.params, lang, on)

    def text(self, lang: str, on: date | None = None, role: str | None = None) -> str:
        """The text in ``lang`` for ``role`` (None: everyone), with the law's numbers for an
        illness that began on ``on``."""
        pieces = self.pieces or (self.id,)
        return "".join(
            fill(pick(outcome_words(p, role, OUTCOME_TEXT), lang), self.params, lang, on)
            for p in pieces
        )

    def as_dict(
        self, lang: str, on: date | None = None, role: str | None = None
    ) -> dict[str, object]:
        return {
            "id": self.id,
            "general": self.general,
            "title": self.title(lang, on, role),
            "text": self.text(lang, on, role),
            "sources": [s.as_dict(lang) for s in self.sources],
        }


def outcomes_for(schedule: Schedule) -> list[Outcome]:
    """The explanations that apply to this schedule, specific ones first."""
    found = [
        *_recovery(schedule),
        *_pregnancy(schedule),
        *_end_moved(schedule),
        *_contract(schedule),
        *_aow(schedule),
        *_notices(schedule),
    ]
    straddling = schedule.outside_validity
    if straddling:
        steps = [m.rule.title for m in straddling]
        found.append(Outcome("regels_gewijzigd", (), {"steps": steps}))
    found.extend(GENERAL_OUTCOMES)
    return found


def _recovery(schedule: Schedule) -> list[Outcome]:
    count, found = schedule.count, []
    recovered = schedule.recovered_on
    if recovered is not None and schedule.relapse_until is not None:
        if schedule.closed:
            found.append(Outcome("gesloten", (WIA_23,), {"recovered": recovered}))
        else:
            days = count.sick_days_until(recovered)
            params = {
                "days": days,
                "next_day": days + 1,
                "recovered": recovered,
                "still": schedule.relapse_until,
                "anew": schedule.relapse_until + timedelta(days=1),
            }
            found.append(Outcome("herstel", (WIA_23,), params))
    if count.earlier_periods_dropped:
        found.append(Outcome("nieuwe_periode", (WIA_23,), {"first": count.first_sick_day}))
    if count.gap_days:
        found.append(Outcome("samentellen", (WIA_23,), {"gap_days": count.gap_days}))
    return found


def _pregnancy(schedule: Schedule) -> list[Outcome]:
    leave = schedule.case.pregnancy_leave
    if leave is None:
        return []
    if schedule.count.leave_after_wachttijd:
        moved = schedule.extensions.sanction_leave_days
        if moved:  # the leave did not change the 104 weeks, but it did move the sanction
            piece = ("verlof_na_wachttijd.sanctie",)
            sources = (WIA_23, WIA_25_9)
            return [Outcome("verlof_na_wachttijd", sources, {"leave_days": moved}, piece)]
        return [Outcome("verlof_na_wachttijd", (WIA_23,))]
    if schedule.count.leave_not_adjoining:
        pieces = ["zwangerschap.not_adjoining"]
    elif leave.same_cause:
        pieces = ["zwangerschap.same_cause"]
    else:
        pieces = ["zwangerschap.other_cause"]
    if leave.pregnancy_related:
        pieces.append("zwangerschap.pregnancy_related")
    return [Outcome("zwangerschap", (WIA_23, BW_629_10, BW_670, ZW_38A), pieces=tuple(pieces))]


def _end_moved(schedule: Schedule) -> list[Outcome]:
    case, ext, found = schedule.case, schedule.extensions, []
    if ext.voluntary:
        until = ext.base_end + timedelta(days=ext.voluntary)
        found.append(
            Outcome("vrijwillige_verlenging", (WIA_24, SRC_UWV_VERLENGING), {"until": until})
        )
        if ext.voluntary < law.VERLENGING_MINIMUM.on(ext.base_end).days:
            found.append(Outcome("verlenging_kort", (SRC_UWV_VERLENGING,), {"days": ext.voluntary}))
    late = ext.late
    application = schedule.context.application if schedule.context else None
    letter_known = application is not None and (application.letter or application.no_letter)
    if late is not None and late.delay:
        params = {"days": late.delay, "deadline": late.deadline}
        pieces: tuple[str, ...] = ("late_aanvraag",)
        if not letter_known:
            pieces += ("late_aanvraag.ask_letter",)
        found.append(Outcome("late_aanvraag", (BW_629_11, BW_629_3, WIA_64_6), params, pieces))
    elif late is not None and application is not None:
        no_letter = application.deadline is None
        piece = "aanvraag_tijdig.no_letter" if no_letter else "aanvraag_tijdig.late_letter"
        params = {"deadline": late.deadline, "letter": application.letter or ""}
        found.append(Outcome("aanvraag_tijdig", (WIA_64_6,), params, (piece,)))
    if case.loonsanctie is not None:
        pieces = ("loonsanctie", "loonsanctie.verlof") if ext.sanction_leave_days else ()
        params = {"days": ext.sanction, "leave_days": ext.sanction_leave_days}
        found.append(Outcome("loonsanctie", (WIA_25_9, BW_670), params, pieces))
    return found


def _contract(schedule: Schedule) -> list[Outcome]:
    case, found = schedule.case, []
    if "ziek_uit_dienst" in schedule.facts and case.contract_end is not None:
        params = {
            "contract_end": case.contract_end,
            "report_by": previous_working_day(case.contract_end),
        }
        found.append(Outcome("ziek_uit_dienst", (ZW_38_2, ZW_29, SRC_UWV_42), params))
    if case.value("proeftijd"):
        found.append(Outcome("proeftijd", (BW_670A, ZW_38_2)))
    request = case.date_of("dismissal_request")
    if request is not None:
        piece = (
            "ontslagaanvraag.voor"
            if "ontslagaanvraag_voor_ziekte" in schedule.facts
            else ("ontslagaanvraag.na")
        )
        found.append(Outcome("ontslagaanvraag", (BW_670,), {"request": request}, (piece,)))
    if case.value("early_iva"):
        found.append(Outcome("vervroegde_iva", (WIA_23_6, WIA_66, BW_629)))
    return found


def _aow(schedule: Schedule) -> list[Outcome]:
    """The AOW age. When it is not yet fixed (AOW art. 7a lid 2) the dates of the other AOW
    outcomes are the latest possible AOW date, the one the steps are planned with, and
    ``aow_leeftijd_onzeker`` says so, with the date by the age as it stands."""
    aow = schedule.aow
    if aow is None:
        return []
    found = []
    base_end = schedule.extensions.base_end
    term = law.AOW_LOONDOORBETALING.on(schedule.count.first_sick_day)
    params = {"aow": aow.latest, "weeks": term.weeks}
    sources = (BW_629_2, BW_669_4, WIA_43, SRC_SVB_AOW)
    if "aow_from_start" in schedule.facts:
        found.append(Outcome("aow_voor_ziekte", sources, params))
    elif "aow" in schedule.facts:
        found.append(Outcome("aow_tijdens_ziekte", sources, params))
    elif aow.fixed and aow.date <= base_end + timedelta(
        days=law.SPOOR_2_OVERSLAAN_AOW.on(base_end).days
    ):
        found.append(Outcome("aow_na_wachttijd", (SRC_UWV_WW, SRC_SVB_AOW), params))
    if not aow.fixed:
        pieces: tuple[str, ...] = ("aow_leeftijd_onzeker",)
        if aow.date <= base_end < aow.latest:
            pieces += ("aow_leeftijd_onzeker.binnen",)
        params = {"aow": aow.date, "latest": aow.latest}
        found.append(Outcome("aow_leeftijd_onzeker", (AOW_7A, SRC_SVB_AOW), params, pieces))
    return found


def _notices(schedule: Schedule) -> list[Outcome]:
    found = []
    first = schedule.case.first_sick_day
    if not is_working_day(first):
        holiday = holiday_on(first)
        day_name: object = (
            (holiday.name_nl, holiday.name_en) if holiday else WEEKEND_DAY[first.weekday()]
        )
        found.append(
            Outcome(
                "eerste_ziektedag_geen_werkdag",
                (WIA_23_2,),
                {"first": first, "day_name": [day_name]},
            )
        )
    if schedule.has("eerstejaarsevaluatie"):
        eje = schedule.milestone("eerstejaarsevaluatie")
        if EJE_EARLY in eje.notes and eje.recorded is not None and eje.start is not None:
            params = {"held": eje.recorded, "window_start": eje.start, "window_end": eje.date}
            found.append(Outcome("eje_vroeg", (REG_4, SRC_UWV_WW), params))
    return found


GENERAL_OUTCOMES: tuple[Outcome, ...] = (
    Outcome("deskundigenoordeel", (UWV_DESKUNDIGENOORDEEL,), general=True),
    Outcome("spoor_2_overslaan", (SRC_UWV_WW,), general=True),
    Outcome("vangnet_eigenrisico", (ZW_38A, SRC_UWV_42), general=True),
)
