"""Situations the calculator explains rather than computes (rules.md sections 3 and 4).

Each :class:`Outcome` is an explicit result with text and sources, never a silent guess:
``specific`` outcomes follow from what the visitor entered (a recovery, a contract that ends,
a loonsanctie, ...); ``general`` ones are always shown, because the calculator cannot know
whether they apply (a deskundigenoordeel, skipping spoor 2, an eigenrisicodrager).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from .counting import NEW_PERIOD_GAP
from .dates import format_date
from .engine import Schedule
from .holidays import previous_working_day
from .rules import (
    BW_629_11,
    BW_670,
    SRC_UWV_42,
    SRC_UWV_WW,
    WIA_23,
    WIA_24,
    WIA_25_9,
    Source,
    render,
)

T = tuple[str, str]
UWV_DESKUNDIGENOORDEEL = Source(
    "UWV: deskundigenoordeel aanvragen",
    "UWV: asking for a deskundigenoordeel",
    (
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-"
        "re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/"
        "hoe-vraag-ik-een-deskundigenoordeel-aan"
    ),
)
DESKUNDIGENOORDEEL_FEE = (
    "€ 400 per aanvraag voor de werkgever (tarief 2026, volgens UWV)",
    "€400 per request for the employer (2026 rate, according to UWV)",
)


@dataclass(frozen=True)
class Outcome:
    id: str
    title: T
    text: T
    sources: tuple[Source, ...]
    general: bool = False

    def as_dict(self, lang: str) -> dict[str, object]:
        index = 1 if lang == "en" else 0
        return {
            "id": self.id,
            "general": self.general,
            "title": self.title[index],
            "text": self.text[index],
            "sources": [s.as_dict(lang) for s in self.sources],
        }


def _d(day: object) -> T:
    from datetime import date

    assert isinstance(day, date)
    return format_date(day, "nl"), format_date(day, "en")


def outcomes_for(schedule: Schedule) -> list[Outcome]:
    """The explanations that apply to this schedule, specific ones first."""
    case, count, ext = schedule.case, schedule.count, schedule.extensions
    found: list[Outcome] = []
    last_end = case.periods[-1].end
    if last_end is not None:
        still = last_end + timedelta(days=NEW_PERIOD_GAP)
        anew = still + timedelta(days=1)
        days = count.sick_days_until(last_end)
        s_nl, s_en = _d(still)
        a_nl, a_en = _d(anew)
        found.append(
            Outcome(
                "herstel",
                ("Hersteld: wat als je weer ziek wordt?", "Recovered: what if you fall ill again?"),
                (
                    f"Er zijn {days} ziektedagen geteld. Word je uiterlijk {s_nl} weer ziek, dan "
                    f"tellen de periodes samen: de telling gaat verder bij dag {days + 1} en elke "
                    "latere datum schuift op met het aantal dagen dat je beter was. De data hieronder "
                    "gaan uit van een ziekte die zonder onderbreking doorloopt; dat zijn de vroegst "
                    f"mogelijke data. Word je op of na {a_nl} weer ziek, dan begint een nieuwe periode "
                    "van " + render("{const wachttijd_weken}") + " weken met een nieuwe eerste "
                    "ziektedag. Meld gedeeltelijk herstel als gedeeltelijk, niet als volledig.",
                    f"{days} sick days have been counted. If you fall ill again by {s_en}, the periods "
                    f"are added together: counting goes on at day {days + 1} and every later date moves "
                    "by the number of days you were fit. The dates below assume an illness without a "
                    "break; they are the earliest possible dates. If you fall ill again on or after "
                    f"{a_en}, a new period of "
                    + render("{const wachttijd_weken}")
                    + " weeks starts "
                    "with a new first sick day. Report a partial recovery as partial, not full.",
                ),
                (WIA_23,),
            )
        )
    if count.earlier_periods_dropped:
        f_nl, f_en = _d(count.first_sick_day)
        found.append(
            Outcome(
                "nieuwe_periode",
                ("Nieuwe periode van ziekte", "A new period of sickness"),
                (
                    f"Tussen twee periodes zat {NEW_PERIOD_GAP} dagen of meer. De eerdere periode telt "
                    f"niet meer mee: de telling begint opnieuw op {f_nl}.",
                    f"There were {NEW_PERIOD_GAP} days or more between two periods. The earlier period "
                    f"no longer counts: counting starts again on {f_en}.",
                ),
                (WIA_23,),
            )
        )
    if count.gap_days:
        found.append(
            Outcome(
                "samentellen",
                ("Periodes samengeteld", "Periods added together"),
                (
                    f"De periodes zijn samengeteld. De {count.gap_days} dagen dat je beter was tellen "
                    "niet mee, dus elke latere datum ligt zoveel dagen later.",
                    f"The periods were added together. The {count.gap_days} days you were fit do not "
                    "count, so every later date is that many days later.",
                ),
                (WIA_23,),
            )
        )
    leave = case.pregnancy_leave
    if leave is not None:
        if leave.same_cause:
            text = (
                "Het zwangerschaps- en bevallingsverlof telt niet mee. Omdat de ziekte voor en "
                "na het verlof dezelfde oorzaak heeft, lopen de periodes door over het verlof "
                "heen.",
                "Pregnancy and maternity leave does not count. Because the illness before and "
                "after the leave has the same cause, the periods run on across the leave.",
            )
        else:
            text = (
                "Het zwangerschaps- en bevallingsverlof telt niet mee. De ziekte voor en na "
                "het verlof heeft een andere oorzaak, dus na het verlof begint een nieuwe "
                "periode.",
                "Pregnancy and maternity leave does not count. The illness before and after "
                "the leave has another cause, so a new period starts after the leave.",
            )
        if leave.pregnancy_related:
            text = (
                text[0] + " Ziekte door de zwangerschap vóór het verlof telt niet mee voor het "
                "opzegverbod. De werkgever meldt deze ziekte binnen 6 weken bij UWV "
                "(vangnet); UWV betaalt dan een Ziektewet-uitkering aan de werkgever.",
                text[1] + " Pregnancy-related illness before the leave does not count for the "
                "ban on dismissal. The employer reports this illness to UWV within 6 weeks "
                "(safety net); UWV then pays a Ziektewet benefit to the employer.",
            )
        found.append(
            Outcome(
                "zwangerschap",
                ("Zwangerschap en verlof", "Pregnancy and leave"),
                text,
                (WIA_23, BW_670),
            )
        )
    if ext.voluntary:
        e_nl, e_en = _d(ext.base_end + timedelta(days=ext.voluntary))
        found.append(
            Outcome(
                "vrijwillige_verlenging",
                ("Vrijwillige verlenging", "Voluntary extension"),
                (
                    f"Werkgever en werknemer hebben de wachttijd verlengd tot {e_nl}. Het "
                    "re-integratieverslag en de WIA-aanvraag tellen terug vanaf deze nieuwe einddatum.",
                    f"Employer and employee extended the waiting period to {e_en}. The "
                    "re-integratieverslag and the WIA application count back from this new end date.",
                ),
                (WIA_24,),
            )
        )
    if ext.late_application:
        found.append(
            Outcome(
                "late_aanvraag",
                ("WIA-aanvraag te laat", "WIA application late"),
                (
                    f"De WIA-aanvraag kwam {ext.late_application} dagen te laat. De loondoorbetaling "
                    "duurt daarom even veel dagen langer.",
                    f"The WIA application came {ext.late_application} days late. Sick pay therefore "
                    "lasts the same number of days longer.",
                ),
                (BW_629_11,),
            )
        )
    if case.loonsanctie is not None:
        weeks = ext.sanction // 7
        found.append(
            Outcome(
                "loonsanctie",
                ("Loonsanctie", "Loonsanctie"),
                (
                    f"UWV heeft een loonsanctie opgelegd: de loondoorbetaling duurt {ext.sanction} "
                    f"dagen (ongeveer {weeks} weken) langer. De sanctie eindigt 6 weken nadat UWV "
                    "besluit dat de tekortkoming is hersteld, en duurt nooit langer dan "
                    + render("{const max_loonsanctie_weken}")
                    + " weken. Zwangerschapsverlof "
                    "onderbreekt de sanctie; dat rekent deze hulp niet uit.",
                    f"UWV imposed a loonsanctie: sick pay lasts {ext.sanction} days (about {weeks} "
                    "weeks) longer. The sanction ends 6 weeks after UWV decides the shortcoming was "
                    "repaired, and never lasts longer than "
                    + render("{const max_loonsanctie_weken}")
                    + " weeks. Pregnancy leave interrupts the sanction; this calculator does not "
                    "compute that.",
                ),
                (WIA_25_9, BW_670),
            )
        )
    if (
        case.contract_end is not None
        and case.contract_end <= schedule.milestone("einde_wachttijd").date
    ):
        c_nl, c_en = _d(case.contract_end)
        m_nl, m_en = _d(previous_working_day(case.contract_end))
        found.append(
            Outcome(
                "ziek_uit_dienst",
                ("Ziek uit dienst", "Contract ends during illness"),
                (
                    f"Het contract eindigt op {c_nl}. De werkgever meldt de werknemer uiterlijk op de "
                    f"laatste werkdag ({m_nl}, indicatie) ziek bij UWV. Daarna krijgt de werknemer "
                    "mogelijk een Ziektewet-uitkering en lopen de weken gewoon door vanaf dezelfde "
                    "eerste ziektedag. UWV (of een eigenrisicodrager Ziektewet) neemt de re-integratie "
                    "over; de stappen van de werkgever na die datum vervallen voor de oud-werkgever.",
                    f"The contract ends on {c_en}. The employer reports the employee sick to UWV on the "
                    f"last working day at the latest ({m_en}, indication). The employee may then get a "
                    "Ziektewet benefit and the weeks simply go on from the same first sick day. UWV (or "
                    "an eigenrisicodrager Ziektewet) takes over re-integration; the employer's steps "
                    "after that date no longer fall on the former employer.",
                ),
                (SRC_UWV_42,),
            )
        )
    found.extend(GENERAL_OUTCOMES)
    return found


GENERAL_OUTCOMES: tuple[Outcome, ...] = (
    Outcome(
        "deskundigenoordeel",
        ("Het niet eens? Vraag een deskundigenoordeel", "Disagree? Ask for a deskundigenoordeel"),
        (
            "Werkgever en werknemer kunnen UWV tijdens de hele ziekte om een deskundigenoordeel "
            "vragen als ze het oneens zijn, bijvoorbeeld over passend werk. Kosten: "
            f"{DESKUNDIGENOORDEEL_FEE[0]}. Twijfel je over je rechten, vraag dan het Juridisch "
            "Loket of een advocaat.",
            "Employer and employee can ask UWV for a deskundigenoordeel at any time during the "
            "illness when they disagree, for example about suitable work. Cost: "
            f"{DESKUNDIGENOORDEEL_FEE[1]}. In doubt about your rights? Ask the Juridisch Loket or "
            "a lawyer.",
        ),
        (UWV_DESKUNDIGENOORDEEL,),
        general=True,
    ),
    Outcome(
        "spoor_2_overslaan",
        ("Wanneer spoor 2 mag wachten", "When spoor 2 may wait"),
        (
            "Spoor 2 mag alleen achterwege blijven als binnen ongeveer 3 maanden een concrete, "
            "blijvende terugkeer bij de eigen werkgever wordt verwacht, als de werknemer "
            "nauwelijks mogelijkheden heeft, of als de AOW-leeftijd binnen een jaar na de wachttijd "
            "valt en beiden het eens zijn. Leg de reden vast.",
            "Spoor 2 may only be left out when a concrete, lasting return with the own employer is "
            "expected within about 3 months, when the employee has only marginal capacities, or "
            "when the AOW age falls within a year after the waiting period and both agree. Record "
            "the reason.",
        ),
        (SRC_UWV_WW,),
        general=True,
    ),
    Outcome(
        "vangnet_eigenrisico",
        ("Vangnet en eigenrisicodragers", "Safety net and eigenrisicodragers"),
        (
            "Bij een no-riskpolis, orgaandonatie of ziekte door zwangerschap (vangnet) meldt de "
            "werkgever eerder bij UWV: meestal uiterlijk op de 4e ziektedag. Is de werkgever "
            "eigenrisicodrager WGA, dan betaalt en begeleidt hij de werknemer na de wachttijd tot "
            "10 jaar lang zelf. Deze hulp rekent die termijnen niet uit.",
            "With a no-risk policy, organ donation or pregnancy-related illness (safety net) the "
            "employer reports to UWV earlier: usually by the 4th sick day. An employer who is "
            "eigenrisicodrager WGA pays and guides the employee for up to 10 years after the "
            "waiting period. This calculator does not compute those time limits.",
        ),
        (SRC_UWV_42,),
        general=True,
    ),
)
