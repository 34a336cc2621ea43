"""The words of the answer, in Dutch and English, chosen in one place.

The engine and the outcomes return data: status codes, reason codes, outcome ids with their
parameters. This module turns them into text for the page, the CLI and the calendar. The rules
table (:mod:`calculator.rules`) keeps the texts of its own rows, the error catalogue
(:mod:`calculator.errors`) its messages and the inputs table (:mod:`calculator.inputs`) its
labels; everything else a visitor reads is here.

Templates have ``{name}`` fields filled from an outcome's parameters (a ``date`` is written
out in the language, e.g. ``maandag 5 januari 2026``) and the ``{const NAME}`` placeholders of
:func:`calculator.rules.render` for the numbers of the law.

>>> fill("Until {until}: {const wachttijd_weken} weeks", {"until": date(2026, 1, 5)}, "en")
'Until Monday 5 January 2026: 104 weeks'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from .dates import format_date
from .rules import render

T = tuple[str, str]  # (Dutch, English)


def pick(pair: T, lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, params: Mapping[str, object], lang: str) -> str:
    """A template with its parameters (dates written out in ``lang``) and the law's numbers."""

    def value(match: re.Match[str]) -> str:
        if match[1] not in params:
            return match[0]
        given = params[match[1]]
        if isinstance(given, date):
            return format_date(given, lang)
        if isinstance(given, list):  # a list of (Dutch, English) names
            return ", ".join(pick(name, lang) for name in given)
        return str(given)

    return render(_FIELD.sub(value, template))


# --- statuses and the week of a milestone -------------------------------------------------------

STATUS: dict[str, T] = {
    "passed": ("Voorbij", "Passed"),
    "today": ("Vandaag", "Today"),
    "soon": ("Binnenkort", "Soon"),
    "later": ("Later", "Later"),
}

DAY_1: T = ("dag 1", "day 1")
AFTER_WEEK: T = ("na week {week}", "after week {week}")
WEEK: T = ("week {week}", "week {week}")
WEEKS: T = ("week {first}–{week}", "week {first}–{week}")

# --- a deadline on a day without work ------------------------------------------------------------

WEEKEND_DAY: dict[int, T] = {5: ("zaterdag", "Saturday"), 6: ("zondag", "Sunday")}
#: [weekend?]: "falls on a Sunday" but "falls on Christmas Day"
NON_WORKING: dict[bool, T] = {
    False: ("Valt op {reason}: plan het op {plan}.", "Falls on {reason}: plan it for {plan}."),
    True: ("Valt op een {reason}: plan het op {plan}.", "Falls on a {reason}: plan it for {plan}."),
}

# --- why a date is (also) an indication (codes of calculator.engine) -------------------------

REASON: dict[str, T] = {
    "sanction_by_repair": (
        "UWV beslist over het einde van de loonsanctie.",
        "UWV decides when the loonsanctie ends.",
    ),
    "pregnancy_opzegverbod": (
        "Bij zwangerschap telt het opzegverbod anders; laat dit nakijken.",
        "With pregnancy the ban on dismissal is counted differently; have it checked.",
    ),
    "outside_validity": (
        "Deze datum valt buiten de periode waarin deze regel geldt; zie 'Regels gewijzigd'.",
        "This date falls outside the period in which this rule applies; see 'Rules changed'.",
    ),
}

# --- outcomes (calculator.outcomes): a title and text pieces per id ----------------------------

OUTCOME_TITLE: dict[str, T] = {
    "herstel": ("Hersteld: wat als je weer ziek wordt?", "Recovered: what if you fall ill again?"),
    "nieuwe_periode": ("Nieuwe periode van ziekte", "A new period of sickness"),
    "samentellen": ("Periodes samengeteld", "Periods added together"),
    "zwangerschap": ("Zwangerschap en verlof", "Pregnancy and leave"),
    "vrijwillige_verlenging": ("Vrijwillige verlenging", "Voluntary extension"),
    "late_aanvraag": ("WIA-aanvraag te laat", "WIA application late"),
    "loonsanctie": ("Loonsanctie", "Loonsanctie"),
    "ziek_uit_dienst": ("Ziek uit dienst", "Contract ends during illness"),
    "regels_gewijzigd": ("Regels gewijzigd", "Rules changed"),
    "deskundigenoordeel": (
        "Het niet eens? Vraag een deskundigenoordeel",
        "Disagree? Ask for a deskundigenoordeel",
    ),
    "spoor_2_overslaan": ("Wanneer spoor 2 mag wachten", "When spoor 2 may wait"),
    "vangnet_eigenrisico": ("Vangnet en eigenrisicodragers", "Safety net and eigenrisicodragers"),
}

DESKUNDIGENOORDEEL_FEE: T = (
    "€ 400 per aanvraag voor de werkgever (tarief 2026, volgens UWV)",
    "€400 per request for the employer (2026 rate, according to UWV)",
)

OUTCOME_TEXT: dict[str, T] = {
    "herstel": (
        "Er zijn {days} ziektedagen geteld. Word je uiterlijk {still} weer ziek, dan tellen de "
        "periodes samen: de telling gaat verder bij dag {next_day} en elke latere datum schuift "
        "op met het aantal dagen dat je beter was. De data hieronder gaan uit van een ziekte die "
        "zonder onderbreking doorloopt; dat zijn de vroegst mogelijke data. Word je op of na "
        "{anew} weer ziek, dan begint een nieuwe periode van {const wachttijd_weken} weken met "
        "een nieuwe eerste ziektedag. Meld gedeeltelijk herstel als gedeeltelijk, niet als "
        "volledig.",
        "{days} sick days have been counted. If you fall ill again by {still}, the periods are "
        "added together: counting goes on at day {next_day} and every later date moves by the "
        "number of days you were fit. The dates below assume an illness without a break; they "
        "are the earliest possible dates. If you fall ill again on or after {anew}, a new period "
        "of {const wachttijd_weken} weeks starts with a new first sick day. Report a partial "
        "recovery as partial, not full.",
    ),
    "nieuwe_periode": (
        "Tussen twee periodes zat {const nieuwe_periode_gap_dagen} dagen of meer. De eerdere "
        "periode telt niet meer mee: de telling begint opnieuw op {first}.",
        "There were {const nieuwe_periode_gap_dagen} days or more between two periods. The "
        "earlier period no longer counts: counting starts again on {first}.",
    ),
    "samentellen": (
        "De periodes zijn samengeteld. De {gap_days} dagen dat je beter was tellen niet mee, dus "
        "elke latere datum ligt zoveel dagen later.",
        "The periods were added together. The {gap_days} days you were fit do not count, so "
        "every later date is that many days later.",
    ),
    "zwangerschap.same_cause": (
        "Het zwangerschaps- en bevallingsverlof telt niet mee. Omdat de ziekte voor en na het "
        "verlof dezelfde oorzaak heeft, lopen de periodes door over het verlof heen.",
        "Pregnancy and maternity leave does not count. Because the illness before and after the "
        "leave has the same cause, the periods run on across the leave.",
    ),
    "zwangerschap.other_cause": (
        "Het zwangerschaps- en bevallingsverlof telt niet mee. De ziekte voor en na het verlof "
        "heeft een andere oorzaak, dus na het verlof begint een nieuwe periode.",
        "Pregnancy and maternity leave does not count. The illness before and after the leave "
        "has another cause, so a new period starts after the leave.",
    ),
    "zwangerschap.pregnancy_related": (
        " Ziekte door de zwangerschap vóór het verlof telt niet mee voor het opzegverbod. De "
        "werkgever meldt deze ziekte binnen 6 weken bij UWV (vangnet); UWV betaalt dan een "
        "Ziektewet-uitkering aan de werkgever.",
        " Pregnancy-related illness before the leave does not count for the ban on dismissal. "
        "The employer reports this illness to UWV within 6 weeks (safety net); UWV then pays a "
        "Ziektewet benefit to the employer.",
    ),
    "vrijwillige_verlenging": (
        "Werkgever en werknemer hebben de wachttijd verlengd tot {until}. Het "
        "re-integratieverslag en de WIA-aanvraag tellen terug vanaf deze nieuwe einddatum.",
        "Employer and employee extended the waiting period to {until}. The re-integratieverslag "
        "and the WIA application count back from this new end date.",
    ),
    "late_aanvraag": (
        "De WIA-aanvraag kwam {days} dagen te laat. De loondoorbetaling duurt daarom even veel "
        "dagen langer.",
        "The WIA application came {days} days late. Sick pay therefore lasts the same number of "
        "days longer.",
    ),
    "loonsanctie": (
        "UWV heeft een loonsanctie opgelegd: de loondoorbetaling duurt {days} dagen (ongeveer "
        "{weeks} weken) langer. De sanctie eindigt {const loonsanctie_einde_weken_na_herstel} "
        "weken nadat UWV besluit dat de tekortkoming is hersteld, en duurt nooit langer dan "
        "{const max_loonsanctie_weken} weken. Zwangerschapsverlof onderbreekt de sanctie; dat "
        "rekent deze hulp niet uit.",
        "UWV imposed a loonsanctie: sick pay lasts {days} days (about {weeks} weeks) longer. The "
        "sanction ends {const loonsanctie_einde_weken_na_herstel} weeks after UWV decides the "
        "shortcoming was repaired, and never lasts longer than {const max_loonsanctie_weken} "
        "weeks. Pregnancy leave interrupts the sanction; this calculator does not compute that.",
    ),
    "ziek_uit_dienst": (
        "Het contract eindigt op {contract_end}. De werkgever meldt de werknemer uiterlijk op de "
        "laatste werkdag ({report_by}, indicatie) ziek bij UWV. Daarna krijgt de werknemer "
        "mogelijk een Ziektewet-uitkering en lopen de weken gewoon door vanaf dezelfde eerste "
        "ziektedag. UWV (of een eigenrisicodrager Ziektewet) neemt de re-integratie over; de "
        "stappen van de werkgever na die datum vervallen voor de oud-werkgever.",
        "The contract ends on {contract_end}. The employer reports the employee sick to UWV on "
        "the last working day at the latest ({report_by}, indication). The employee may then get "
        "a Ziektewet benefit and the weeks simply go on from the same first sick day. UWV (or an "
        "eigenrisicodrager Ziektewet) takes over re-integration; the employer's steps after that "
        "date no longer fall on the former employer.",
    ),
    "regels_gewijzigd": (
        "Deze zaak loopt over een wijziging van de regels heen. Voor {steps} geldt de regel van "
        "deze rekenhulp niet op de berekende datum. Reken die stap niet op deze datum: vraag UWV "
        "of een jurist welke regel voor jou geldt.",
        "This case runs across a change of the rules. For {steps} the rule of this calculator "
        "does not apply on the calculated date. Do not rely on that date: ask UWV or a lawyer "
        "which rule applies to you.",
    ),
    "deskundigenoordeel": (
        "Werkgever en werknemer kunnen UWV tijdens de hele ziekte om een deskundigenoordeel "
        "vragen als ze het oneens zijn, bijvoorbeeld over passend werk. Kosten: "
        + DESKUNDIGENOORDEEL_FEE[0]
        + ". Twijfel je over je rechten, vraag dan het Juridisch Loket of een advocaat.",
        "Employer and employee can ask UWV for a deskundigenoordeel at any time during the "
        "illness when they disagree, for example about suitable work. Cost: "
        + DESKUNDIGENOORDEEL_FEE[1]
        + ". In doubt about your rights? Ask the Juridisch Loket or a lawyer.",
    ),
    "spoor_2_overslaan": (
        "Spoor 2 mag alleen achterwege blijven als binnen ongeveer 3 maanden een concrete, "
        "blijvende terugkeer bij de eigen werkgever wordt verwacht, als de werknemer nauwelijks "
        "mogelijkheden heeft, of als de AOW-leeftijd binnen een jaar na de wachttijd valt en "
        "beiden het eens zijn. Leg de reden vast.",
        "Spoor 2 may only be left out when a concrete, lasting return with the own employer is "
        "expected within about 3 months, when the employee has only marginal capacities, or when "
        "the AOW age falls within a year after the waiting period and both agree. Record the "
        "reason.",
    ),
    "vangnet_eigenrisico": (
        "Bij een no-riskpolis, orgaandonatie of ziekte door zwangerschap (vangnet) meldt de "
        "werkgever eerder bij UWV: meestal uiterlijk op de 4e ziektedag. Is de werkgever "
        "eigenrisicodrager WGA, dan betaalt en begeleidt hij de werknemer na de wachttijd tot 10 "
        "jaar lang zelf. Deze hulp rekent die termijnen niet uit.",
        "With a no-risk policy, organ donation or pregnancy-related illness (safety net) the "
        "employer reports to UWV earlier: usually by the 4th sick day. An employer who is "
        "eigenrisicodrager WGA pays and guides the employee for up to 10 years after the waiting "
        "period. This calculator does not compute those time limits.",
    ),
}

# --- the summary, the calendar and the command line ------------------------------------------

WEEKS_UNIT: T = ("weken", "weeks")
RANGE: str = "{start} – {end}"
ICS_FROM: T = ("Vanaf ", "From ")
ICS_INDICATION: T = ("Indicatie.", "Indication.")
ICS_CALENDAR_NAME: T = ("Poortwachter-termijnen", "Poortwachter deadlines")
CLI_HEAD: tuple[T, T, T, T] = (
    ("Week", "Week"),
    ("Datum", "Date"),
    ("Wie", "Who"),
    ("Stap", "Step"),
)
INDICATION_SUFFIX: T = (" (indicatie)", " (indication)")
