"""The words of the answer, in Dutch and English, and the one way to pick a language's words.

Every text a visitor reads is a ``(Dutch, English)`` pair (:data:`T`), and :func:`pick` is the
one place that chooses between them: the rules table (:mod:`calculator.rules`), the inputs table
(:mod:`calculator.inputs`), the error catalogue (:mod:`calculator.errors`), the role words and
the site's build all use it. The engine and the outcomes return data (status codes, reason
codes, outcome ids with their parameters); the pairs below turn them into text for the page,
the CLI and the calendar. The rules table keeps the texts of its own rows, the error catalogue
its messages and the inputs table its labels; everything else a visitor reads is here.

Templates have ``{name}`` fields, filled by :func:`calculator.texts.fill` from an outcome's
parameters (a ``date`` is written out in the language, e.g. ``maandag 5 januari 2026``), and the
``{const NAME}`` placeholders of :func:`calculator.texts.render` for the numbers of the law.
This module imports nothing of the package, so every other module can use it.

>>> pick(STATUS["late"], "en"), pick(STATUS["late"], "nl")
('Done late', 'Te laat gedaan')
"""

from __future__ import annotations

from typing import TypeVar

T = tuple[str, str]  # (Dutch, English)
#: The site's languages, Dutch first: the first is the default for anything else.
LANGS: tuple[str, str] = ("nl", "en")

_X = TypeVar("_X")


def pick(pair: tuple[_X, _X], lang: str) -> _X:
    """The member of a ``(Dutch, English)`` pair for ``lang``: English for ``"en"``, Dutch for
    anything else (Dutch is the site's first language).

    >>> pick(("ziek", "ill"), "en"), pick(("ziek", "ill"), "fr")
    ('ill', 'ziek')
    """
    return pair[1] if lang == LANGS[1] else pair[0]


def language(value: object) -> str:
    """A request's ``lang`` as one of :data:`LANGS` (Dutch unless it says English)."""
    return pick(LANGS, str(value))


def both(pair: T | None) -> dict[str, str] | None:
    """A pair as JSON for the page, which picks the language itself: ``{"nl": …, "en": …}``."""
    return None if pair is None else dict(zip(LANGS, pair, strict=True))


#: How the employer and the re-integration agency read a text about the sick employee:
#: ``{W}``/``{w}`` name the employee, ``{uw}`` is the reader's "your" (Dutch, English).
_ABOUT_EMPLOYEE: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "werkgever": (
        {"{W}": "Uw werknemer", "{w}": "uw werknemer", "{uw}": "uw"},
        {"{W}": "Your employee", "{w}": "your employee", "{uw}": "your"},
    ),
    "bureau": (
        {"{W}": "De werknemer", "{w}": "de werknemer", "{uw}": "je"},
        {"{W}": "The employee", "{w}": "the employee", "{uw}": "your"},
    ),
}


def about_employee(nl: str, en: str) -> dict[str, T]:
    """The employer's and the agency's words for a text about the sick employee, by role. Only
    ``{W}``, ``{w}`` and ``{uw}`` are filled; every other ``{field}`` stays for a later fill.

    >>> about_employee("Meld {w} ziek vóór {date}.", "Report {w} sick by {date}.")["werkgever"]
    ('Meld uw werknemer ziek vóór {date}.', 'Report your employee sick by {date}.')
    """

    def said(text: str, names: dict[str, str]) -> str:
        for field, name in names.items():
            text = text.replace(field, name)
        return text

    return {
        role: (said(nl, dutch), said(en, english))
        for role, (dutch, english) in _ABOUT_EMPLOYEE.items()
    }


# --- statuses and the week of a milestone -------------------------------------------------------

STATUS: dict[str, T] = {
    "done": ("Gedaan", "Done"),
    "late": ("Te laat gedaan", "Done late"),
    "overdue": ("Niet als gedaan ingevuld", "Not marked as done"),
    "passed": ("Voorbij", "Passed"),
    "today": ("Vandaag", "Today"),
    "soon": ("Binnenkort", "Soon"),
    "later": ("Later", "Later"),
    "closed": ("Afgesloten", "Closed"),
}

#: "Gedaan op maandag 20 februari 2026 — 5 dagen te laat"
DONE_ON: T = ("Gedaan op {date}", "Done on {date}")
LATE_BY: T = ("{days} dagen te laat", "{days} days late")
LATE_BY_ONE: T = ("1 dag te laat", "1 day late")
IN_TIME: T = ("op tijd", "in time")
IF_RELAPSE: T = (
    "Geldt alleen als de ziekte vóór {date} terugkomt.",
    "Only applies if the illness returns before {date}.",
)
#: A window (the eerstejaarsevaluatie, weeks 46-52): open now and until when, or from when.
WINDOW_OPEN: T = ("Kan nu, tot en met {date}.", "Open now, up to and including {date}.")
WINDOW_AHEAD: T = (
    "De periode loopt van {start} tot en met {date}.",
    "The window runs from {start} up to and including {date}.",
)

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
    "aow_opzegverbod": (
        "Na de AOW-leeftijd duurt het opzegverbod even lang als de loondoorbetaling; de precieze "
        "regel als de AOW-leeftijd tijdens de ziekte valt, kan UWV of een jurist bevestigen.",
        "After the AOW age the ban on dismissal lasts as long as sick pay; UWV or a lawyer can "
        "confirm the exact rule when the AOW age falls during the illness.",
    ),
    "aow_not_fixed": (
        "De AOW-leeftijd staat nog niet vast: deze datum hoort bij de laatst mogelijke "
        "AOW-datum. Zie 'AOW-leeftijd nog niet vastgesteld'.",
        "The AOW age is not fixed yet: this date belongs to the latest possible AOW date. See "
        "'AOW age not yet fixed'.",
    ),
    "aow_date_not_exact": (
        "De AOW-datum valt op een dag die niet bestaat (zoals 31 april); hier is de dag ervoor "
        "genomen. Controleer je AOW-datum bij de SVB.",
        "The AOW date falls on a day that does not exist (like 31 April); the day before is used "
        "here. Check your AOW date with the SVB.",
    ),
    "vangnet_no_42_week_report": (
        "Bij ziekte door de zwangerschap (vangnet) hoeft de werkgever geen {name ziekmelding_uwv} te "
        "doen (Ziektewet art. 38 lid 4); UWV weet het al door de vangnetmelding.",
        "With pregnancy-related illness (safety net) the employer does not have to make the "
        "{name_en ziekmelding_uwv} (Sickness Benefits Act art. 38(4)); UWV already knows through the "
        "safety-net report.",
    ),
}

#: Notes on a milestone (codes of calculator.engine): something to know, not a doubt.
NOTE: dict[str, T] = {
    "ziek_uit_dienst_uwv_pays": (
        "Het contract is dan al voorbij: UWV betaalt de Ziektewet-uitkering, niet de werkgever.",
        "The contract has ended by then: UWV pays the Ziektewet benefit, not the employer.",
    ),
    "riv_with_report": (
        "De ziekte duurt dan {const ziek_uit_dienst_riv_weken} weken of langer: stuur het "
        "re-integratieverslag mee.",
        "By then the illness has lasted {const ziek_uit_dienst_riv_weken} weeks or more: send "
        "the re-integratieverslag with it.",
    ),
    "no_riv_with_report": (
        "De ziekte duurt dan korter dan {const ziek_uit_dienst_riv_weken} weken: een "
        "re-integratieverslag hoeft niet mee.",
        "By then the illness has lasted less than {const ziek_uit_dienst_riv_weken} weeks: no "
        "re-integratieverslag is needed with it.",
    ),
    "wia_late_letter": (
        "De brief van UWV kwam na week {week wia_brief}. Een aanvraag binnen "
        "{const wia_aanvraag_na_brief_weken} weken na de brief geldt als op tijd (Wet WIA art. 64 "
        "lid 6). Daarom ligt de uiterste datum hier later dan week {week wia_aanvraag}.",
        "UWV's letter came after week {week wia_brief}. An application within "
        "{const wia_aanvraag_na_brief_weken} weeks of the letter counts as on time (WIA Act art. "
        "64(6)). That is why the last day here is later than week {week wia_aanvraag}.",
    ),
    "wia_no_letter": (
        "UWV heeft geen brief over de WIA-aanvraag gestuurd. Dan geldt elke aanvraag als op tijd "
        "(Wet WIA art. 64 lid 6): deze stap is nooit te laat. Vraag wel zo snel mogelijk aan, "
        "want zonder aanvraag geen WIA-uitkering.",
        "UWV sent no letter about the WIA application. Then any application counts as on time "
        "(WIA Act art. 64(6)): this step is never late. Still apply as soon as possible, because "
        "without an application there is no WIA benefit.",
    ),
    "earlier_chain": (
        "De ingevulde datum ({recorded}) ligt voor de eerste ziektedag van deze ziekteperiode "
        "({first}). Die datum hoort bij een eerdere, afgesloten periode en telt hier niet: deze "
        "stap moet opnieuw.",
        "The date entered ({recorded}) lies before the first sick day of this period of illness "
        "({first}). It belongs to an earlier, closed period and does not count here: this step "
        "is due again.",
    ),
    "earlier_chain_letter": (
        "De ingevulde brief van UWV ({recorded}) ligt voor de eerste ziektedag van deze "
        "ziekteperiode ({first}). Die brief hoort bij een eerdere, afgesloten periode en telt "
        "hier niet.",
        "The UWV letter entered ({recorded}) lies before the first sick day of this period of "
        "illness ({first}). It belongs to an earlier, closed period and does not count here.",
    ),
    "eje_early": (
        "De evaluatie van {recorded} was voor week {week_start eerstejaarsevaluatie}: dat is niet "
        "het einde van het eerste ziektejaar, dus niet de eerstejaarsevaluatie. Houd die tussen "
        "week {week_start eerstejaarsevaluatie} en week {week eerstejaarsevaluatie}.",
        "The evaluation of {recorded} was before week {week_start eerstejaarsevaluatie}: that is "
        "not the end of the first year of illness, so not the eerstejaarsevaluatie. Hold it "
        "between week {week_start eerstejaarsevaluatie} and week {week eerstejaarsevaluatie}.",
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
    "gesloten": ("Deze ziekteperiode is afgesloten", "This period of sickness is closed"),
    "verlof_na_wachttijd": (
        "Verlof na het einde van de wachttijd",
        "Leave after the end of the waiting period",
    ),
    "verlenging_kort": (
        "Verlenging korter dan {const verlenging_min_weken} weken",
        "Extension shorter than {const verlenging_min_weken} weeks",
    ),
    "aanvraag_tijdig": ("WIA-aanvraag geldt als op tijd", "WIA application counts as on time"),
    "eerste_ziektedag_geen_werkdag": (
        "Was de eerste ziektedag een werkdag?",
        "Was the first sick day a working day?",
    ),
    "eje_vroeg": ("Eerstejaarsevaluatie vroeg gehouden", "Eerstejaarsevaluatie held early"),
    "aow_voor_ziekte": ("AOW-leeftijd al bereikt", "AOW age already reached"),
    "aow_tijdens_ziekte": (
        "AOW-leeftijd tijdens de ziekte",
        "AOW age reached during the illness",
    ),
    "aow_na_wachttijd": (
        "AOW-leeftijd binnen een jaar na de wachttijd",
        "AOW age within a year after the waiting period",
    ),
    "aow_leeftijd_onzeker": ("AOW-leeftijd nog niet vastgesteld", "AOW age not yet fixed"),
    "vervroegde_iva": ("Vervroegde IVA toegekend", "Early IVA granted"),
    "proeftijd": ("Ziek in de proeftijd", "Ill during probation"),
    "ontslagaanvraag": ("Ontslagaanvraag bij UWV", "Dismissal request to UWV"),
    "deskundigenoordeel": (
        "Het niet eens? Vraag een deskundigenoordeel",
        "Disagree? Ask for a deskundigenoordeel",
    ),
    "spoor_2_overslaan": ("Wanneer spoor 2 mag wachten", "When spoor 2 may wait"),
    "vangnet_eigenrisico": ("Vangnet en eigenrisicodragers", "Safety net and eigenrisicodragers"),
}

DESKUNDIGENOORDEEL_FEE: T = (
    "€ 100 voor de werknemer en € 400 voor de werkgever (tarieven 2026)",
    "€100 for the employee and €400 for the employer (2026 rates)",
)

OUTCOME_TEXT: dict[str, T] = {
    "herstel": (
        "Er zijn {days} ziektedagen geteld; de laatste was {recovered}. Word je uiterlijk {still} "
        "weer ziek, dan tellen de periodes samen: de telling gaat verder bij dag {next_day} en "
        "elke latere datum schuift op met het aantal dagen dat je beter was. De stappen hieronder "
        "gelden dus alleen als de ziekte vóór {anew} terugkomt, en het zijn de vroegst mogelijke "
        "data. Word je op of na {anew} weer ziek, dan begint een nieuwe periode van "
        "{const wachttijd_weken} weken met een nieuwe eerste ziektedag. Meld gedeeltelijk herstel "
        "als gedeeltelijk, niet als volledig.",
        "{days} sick days have been counted; the last one was {recovered}. If you fall ill again "
        "by {still}, the periods are added together: counting goes on at day {next_day} and every "
        "later date moves by the number of days you were fit. So the steps below only apply if "
        "the illness returns before {anew}, and they are the earliest possible dates. If you fall "
        "ill again on or after {anew}, a new period of {const wachttijd_weken} weeks starts with a "
        "new first sick day. Report a partial recovery as partial, not full.",
    ),
    "gesloten": (
        "De laatste ziektedag was {recovered}. Het herstel duurt nu {const nieuwe_periode_gap_dagen} "
        "dagen of langer, dus van deze ziekteperiode staat niets meer open: er is geen ziekteweek "
        "meer en geen stap meer te zetten. Word je opnieuw ziek, dan begint een nieuwe periode van "
        "{const wachttijd_weken} weken met een nieuwe eerste ziektedag. Vul die dan in als eerste "
        "ziektedag.",
        "The last sick day was {recovered}. The recovery has now lasted "
        "{const nieuwe_periode_gap_dagen} days or more, so nothing of this period of sickness is "
        "pending: there is no illness week any more and no step left to take. If you fall ill "
        "again, a new period of {const wachttijd_weken} weeks starts with a new first sick day. "
        "Enter that one as the first sick day.",
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
        "Het zwangerschaps- en bevallingsverlof telt niet mee. De wet gaat ervan uit dat de "
        "ziekte voor en na het verlof dezelfde oorzaak heeft, dus de periodes lopen door over het "
        "verlof heen. Is de oorzaak na het verlof duidelijk een andere, vink dat dan aan.",
        "Pregnancy and maternity leave does not count. The law presumes that the illness before "
        "and after the leave has the same cause, so the periods run on across the leave. If the "
        "cause after the leave is clearly another one, tick that box.",
    ),
    "zwangerschap.not_adjoining": (
        "Het zwangerschaps- en bevallingsverlof telt niet mee. Periodes tellen alleen samen over "
        "het verlof heen als de ziekte direct voor en direct na het verlof ligt. Hier lag er een "
        "werkdag tussen de ziekte en het verlof. Het verlof is dan een gewone onderbreking van "
        "minstens {const wazo_min_weken} weken, dus na het verlof begint een nieuwe periode van "
        "{const wachttijd_weken} weken.",
        "Pregnancy and maternity leave does not count. Periods are added together across the "
        "leave only when the illness lies directly before and directly after it. Here a working "
        "day lay between the illness and the leave. The leave is then an ordinary interruption of "
        "at least {const wazo_min_weken} weeks, so a new period of {const wachttijd_weken} weeks "
        "starts after the leave.",
    ),
    "zwangerschap.other_cause": (
        "Het zwangerschaps- en bevallingsverlof telt niet mee. Je gaf aan dat de ziekte na het "
        "verlof duidelijk een andere oorzaak heeft, dus na het verlof begint een nieuwe periode.",
        "Pregnancy and maternity leave does not count. You said the illness after the leave "
        "clearly has another cause, so a new period starts after the leave.",
    ),
    "zwangerschap.pregnancy_related": (
        " Ziekte door de zwangerschap vóór het verlof telt niet mee voor het opzegverbod. De "
        "werkgever meldt deze ziekte uiterlijk op de eerste dag na "
        "{const vangnet_melding_weken} weken bij UWV (vangnet); UWV betaalt dan een "
        "Ziektewet-uitkering aan de werkgever.",
        " Pregnancy-related illness before the leave does not count for the ban on dismissal. "
        "The employer reports this illness to UWV on the first day after "
        "{const vangnet_melding_weken} weeks at the latest (safety net); UWV then pays a "
        "Ziektewet benefit to the employer.",
    ),
    "verlof_na_wachttijd": (
        "Het verlof begon na het einde van de {const wachttijd_weken} weken. Het verandert de "
        "data van deze ziekteperiode niet en begint geen nieuwe periode.",
        "The leave began after the end of the {const wachttijd_weken} weeks. It does not change "
        "the dates of this period of sickness and does not start a new period.",
    ),
    "verlof_na_wachttijd.sanctie": (
        "Het verlof begon na het einde van de {const wachttijd_weken} weken. Het verandert die "
        "{const wachttijd_weken} weken niet en begint geen nieuwe periode. Wel viel het in de "
        "loonsanctie: het schoof het einde van de loondoorbetaling {leave_days} dagen op, want "
        "verlofdagen tellen niet als sanctiedagen (Wet WIA art. 25 lid 9).",
        "The leave began after the end of the {const wachttijd_weken} weeks. It does not change "
        "those {const wachttijd_weken} weeks and does not start a new period. But it fell in the "
        "loonsanctie: it moved the end of sick pay by {leave_days} days, because days of leave do "
        "not count as sanction days (WIA Act art. 25(9)).",
    ),
    "vrijwillige_verlenging": (
        "Werkgever en werknemer hebben de loondoorbetaling laten verlengen tot {until}. Het "
        "re-integratieverslag en de WIA-aanvraag tellen terug vanaf deze nieuwe einddatum. De wet "
        "noemt geen maximum.",
        "Employer and employee had sick pay extended to {until}. The re-integratieverslag and "
        "the WIA application count back from this new end date. The law sets no maximum.",
    ),
    "verlenging_kort": (
        "De verlenging duurt {days} dagen. UWV verlengt in de praktijk minstens "
        "{const verlenging_min_weken} weken; de wet noemt geen minimum en geen maximum. De data "
        "zijn berekend zoals je ze invulde; vraag UWV of deze verlenging kan.",
        "The extension lasts {days} days. In practice UWV extends by at least "
        "{const verlenging_min_weken} weeks; the law sets no minimum and no maximum. The dates "
        "are calculated as you entered them; ask UWV whether this extension is possible.",
    ),
    "late_aanvraag": (
        "De WIA-aanvraag kwam {days} dagen na de uiterste datum ({deadline}). De "
        "loondoorbetaling en het opzegverbod duren daarom even veel dagen langer. Was er geen "
        "goede reden voor de vertraging, dan hoeft de werkgever over die {days} dagen geen loon "
        "te betalen.",
        "The WIA application came {days} days after the last date ({deadline}). Sick pay and the "
        "ban on dismissal therefore last the same number of days longer. If there was no good "
        "reason for the delay, the employer does not have to pay wages for those {days} days.",
    ),
    "late_aanvraag.ask_letter": (
        " Kwam de brief van UWV te laat of helemaal niet, vul dat dan in: dan kan de aanvraag toch "
        "op tijd zijn.",
        " If UWV's letter came late or not at all, enter that: the application can then still "
        "count as on time.",
    ),
    "aanvraag_tijdig.no_letter": (
        "De WIA-aanvraag kwam na {deadline}, maar geldt toch als op tijd: UWV stuurde geen brief "
        "over de aanvraag (Wet WIA art. 64 lid 6). De loondoorbetaling wordt dus niet verlengd.",
        "The WIA application came after {deadline}, but still counts as on time: UWV sent no "
        "letter about the application (WIA Act art. 64(6)). So sick pay is not extended.",
    ),
    "aanvraag_tijdig.late_letter": (
        "De WIA-aanvraag kwam na {deadline}, maar geldt toch als op tijd: de brief van UWV van "
        "{letter} kwam te laat, en de aanvraag kwam binnen {const wia_aanvraag_na_brief_weken} "
        "weken daarna (Wet WIA art. 64 lid 6). De loondoorbetaling wordt dus niet verlengd.",
        "The WIA application came after {deadline}, but still counts as on time: UWV's letter of "
        "{letter} came late, and the application came within "
        "{const wia_aanvraag_na_brief_weken} weeks of it (WIA Act art. 64(6)). So sick pay is "
        "not extended.",
    ),
    "loonsanctie": (
        "UWV heeft een loonsanctie opgelegd: de loondoorbetaling duurt {days} dagen langer. De "
        "sanctie eindigt {const loonsanctie_einde_weken_na_herstel} weken nadat UWV besluit dat "
        "de tekortkoming is hersteld, en duurt nooit langer dan {const max_loonsanctie_weken} "
        "weken.",
        "UWV imposed a loonsanctie: sick pay lasts {days} days longer. The sanction ends "
        "{const loonsanctie_einde_weken_na_herstel} weeks after UWV decides the shortcoming was "
        "repaired, and never lasts longer than {const max_loonsanctie_weken} weeks.",
    ),
    "loonsanctie.verlof": (
        " Het zwangerschaps- en bevallingsverlof viel in de sanctie en schoof haar {leave_days} "
        "dagen op: die dagen tellen niet als sanctiedagen.",
        " The pregnancy and maternity leave fell in the sanction and moved it {leave_days} days: "
        "those days do not count as sanction days.",
    ),
    "ziek_uit_dienst": (
        "Het contract eindigt op {contract_end}, tijdens de ziekte. De werkgever meldt de "
        "werknemer op de laatste werkdag ({report_by}, indicatie) ziek bij UWV. Daarna "
        "heeft de oud-werkgever geen stappen meer en is er geen opzegverbod meer. De werknemer "
        "krijgt mogelijk een Ziektewet-uitkering en de weken lopen door vanaf dezelfde eerste "
        "ziektedag. UWV (of een eigenrisicodrager Ziektewet) begeleidt de re-integratie.",
        "The contract ends on {contract_end}, during the illness. The employer reports the "
        "employee sick to UWV on the last working day ({report_by}, indication). "
        "After that the former employer has no more steps and there is no ban on dismissal. The "
        "employee may get a Ziektewet benefit and the weeks go on from the same first sick day. "
        "UWV (or an eigenrisicodrager Ziektewet) guides the re-integration.",
    ),
    "eerste_ziektedag_geen_werkdag": (
        "De eerste ziektedag ({first}) is een {day_name}. Dag 1 is de eerste dag waarop je had "
        "moeten werken maar ziek was. Werk je normaal niet op die dag, vul dan de eerste werkdag "
        "in waarop je ziek was.",
        "The first sick day ({first}) is a {day_name}. Day 1 is the first day you should have "
        "worked but were ill. If you do not normally work on that day, enter the first working "
        "day on which you were ill.",
    ),
    "eje_vroeg": (
        "De evaluatie van {held} was voor week {week_start eerstejaarsevaluatie}. Dat is niet de "
        "eerstejaarsevaluatie: de regeling vraagt een evaluatie 'in ieder geval aan het einde van "
        "het eerste ziektejaar' (Regeling procesgang art. 4 lid 2 onder b). Houd die tussen "
        "{window_start} en {window_end}. Spoor 2 moet uiterlijk {const spoor2_weken_na_eje} weken "
        "na die eerstejaarsevaluatie lopen, dus de vroege evaluatie schuift spoor 2 niet naar "
        "voren. Bleek er toen al geen zicht op werk bij de eigen werkgever, start spoor 2 dan "
        "meteen.",
        "The evaluation of {held} was before week {week_start eerstejaarsevaluatie}. That is not "
        "the eerstejaarsevaluatie: the regulation asks for an evaluation 'at the end of the first "
        "year of illness in any case' (Regeling procesgang art. 4(2)(b)). Hold it between "
        "{window_start} and {window_end}. Spoor 2 must be running {const spoor2_weken_na_eje} "
        "weeks after that eerstejaarsevaluatie at the latest, so the early evaluation does not "
        "bring spoor 2 forward. If it already showed no prospect of work with the own employer, "
        "start spoor 2 at once.",
    ),
    "aow_voor_ziekte": (
        "De werknemer had de AOW-leeftijd al bereikt op {aow} (indicatie: controleer bij de SVB). "
        "De werkgever betaalt dan {weeks} weken loon bij ziekte, en even lang geldt het "
        "opzegverbod. Er is geen plan van aanpak, geen spoor 2, geen re-integratieverslag en geen "
        "WIA. Na de loondoorbetaling kan UWV een Ziektewet-uitkering betalen, even kort.",
        "The employee had already reached the AOW age on {aow} (indication: check with the "
        "SVB). The employer then pays {weeks} weeks of sick pay, and the ban on dismissal lasts "
        "as long. There is no plan van aanpak, no spoor 2, no re-integratieverslag and no WIA. "
        "After sick pay, UWV may pay a Ziektewet benefit, just as briefly.",
    ),
    "aow_tijdens_ziekte": (
        "De werknemer bereikt de AOW-leeftijd op {aow} (indicatie: controleer bij de SVB). Vanaf "
        "die dag betaalt de werkgever nog {weeks} weken loon bij ziekte, maar nooit langer dan "
        "{const wachttijd_weken} weken in totaal. De stappen voor die datum blijven staan. Er "
        "volgt geen WIA, dus geen re-integratieverslag en geen WIA-aanvraag. Bij de AOW-leeftijd "
        "mag de werkgever het contract opzeggen als dat zo is afgesproken of als het contract "
        "daar niets over zegt (BW 7:669 lid 4); dan betaalt UWV de rest van de weken als "
        "Ziektewet-uitkering.",
        "The employee reaches the AOW age on {aow} (indication: check with the SVB). From that "
        "day the employer pays {weeks} more weeks of sick pay, but never longer than "
        "{const wachttijd_weken} weeks in all. The steps before that date stay. No WIA follows, "
        "so no re-integratieverslag and no WIA application. At the AOW age the employer may end "
        "the contract when that was agreed or the contract says nothing about it (Civil Code "
        "7:669(4)); UWV then pays the rest of the weeks as a Ziektewet benefit.",
    ),
    "aow_na_wachttijd": (
        "De werknemer bereikt de AOW-leeftijd op {aow}, binnen een jaar na het einde van de "
        "wachttijd. UWV vindt het in de praktijk dan goed als spoor 2 achterwege blijft, als "
        "werkgever en werknemer het daarover eens zijn. Leg dat vast. Een WIA-uitkering stopt bij "
        "de AOW-leeftijd.",
        "The employee reaches the AOW age on {aow}, within a year after the end of the waiting "
        "period. In practice UWV then accepts that spoor 2 is left out, when employer and "
        "employee agree on it. Record that. A WIA benefit stops at the AOW age.",
    ),
    "aow_leeftijd_onzeker": (
        "Voor wie na 30 september 1964 geboren is, staat de AOW-leeftijd nog niet vast (AOW art. "
        "7a lid 2). De wet stelt hem elk jaar vijf jaar vooruit vast, en hij kan dan met 3 "
        "maanden per jaar stijgen. Met de leeftijd zoals die nu is, is de AOW-datum {aow}. De "
        "laatst mogelijke AOW-datum is {latest}. De rekenhulp rekent met {latest}, zodat er geen "
        "stap wegvalt die nodig kan zijn. Controleer de AOW-datum bij de SVB.",
        "For people born after 30 September 1964 the AOW age is not fixed yet (AOW art. 7a(2)). "
        "The law sets it each year five years ahead, and it can then rise by 3 months a year. "
        "With the age as it stands, the AOW date is {aow}. The latest possible AOW date is "
        "{latest}. The calculator uses {latest}, so that no step drops out that may be needed. "
        "Check the AOW date with the SVB.",
    ),
    "aow_leeftijd_onzeker.binnen": (
        " Blijft de leeftijd zoals die nu is, dan valt de AOW-datum binnen de "
        "{const wachttijd_weken} weken. Dan eindigt het loon bij ziekte eerder en volgt er geen "
        "WIA. Zet de stappen hieronder toch op tijd: wordt de leeftijd hoger, dan zijn ze nodig, "
        "en wie ze mist, riskeert een loonsanctie.",
        " If the age stays as it stands, the AOW date falls within the {const wachttijd_weken} "
        "weeks. Sick pay then ends earlier and no WIA follows. Still take the steps below in "
        "time: if the age rises, they are needed, and missing them risks a loonsanctie.",
    ),
    "vervroegde_iva": (
        "UWV heeft een vervroegde IVA-uitkering toegekend. Die aanvraag geldt ook als "
        "WIA-aanvraag, zonder re-integratieverslag: die twee stappen vervallen. De werkgever "
        "betaalt het loon door tot het einde van de {const wachttijd_weken} weken; de IVA-uitkering "
        "wordt daarop in mindering gebracht. Op welke dag de IVA ingaat, staat in het besluit van "
        "UWV. Het opzegverbod blijft gelden.",
        "UWV granted an early IVA benefit. That application also counts as the WIA application, "
        "without a re-integratieverslag: those two steps fall away. The employer pays wages until "
        "the end of the {const wachttijd_weken} weeks; the IVA benefit is deducted from them. The "
        "day the IVA starts is in UWV's decision. The ban on dismissal still applies.",
    ),
    "proeftijd": (
        "Tijdens de proeftijd mag de werkgever het contract in principe beëindigen, ook als de "
        "werknemer ziek is: het opzegverbod geldt dan niet (BW 7:670a). Zolang het contract loopt, "
        "betaalt de werkgever wel loon bij ziekte. Eindigt het contract, dan meldt de werkgever de "
        "werknemer op de laatste werkdag ziek bij UWV. Ontslag vanwege ziekte of zwangerschap kan "
        "discriminatie zijn. Werknemers kunnen advies vragen bij het Juridisch Loket of een "
        "advocaat, werkgevers bij hun eigen advocaat.",
        "During probation the employer may in principle end the contract, even when the employee "
        "is ill: the ban on dismissal does not apply then (Civil Code 7:670a). While the contract "
        "runs, the employer does pay sick pay. When the contract ends, the employer reports the "
        "employee sick to UWV on the last working day. A dismissal because of illness or "
        "pregnancy can be discrimination. Employees can ask the Legal Services Counter (Juridisch "
        "Loket) or a lawyer, employers their own lawyer.",
    ),
    "ontslagaanvraag.voor": (
        "UWV ontving de ontslagaanvraag op {request}, voor de eerste ziektedag. Het opzegverbod "
        "tijdens ziekte geldt dan niet voor deze aanvraag (BW 7:670 lid 1 onder b). Andere "
        "opzegverboden, zoals bij zwangerschap, blijven gelden. Wat dit betekent, kan een "
        "advocaat zeggen; werknemers kunnen ook bij het Juridisch Loket terecht.",
        "UWV received the dismissal request on {request}, before the first sick day. The ban on "
        "dismissal during illness then does not stop this request (Civil Code 7:670(1)(b)). Other "
        "bans, such as during pregnancy, still apply. A lawyer can say what this means; "
        "employees can also go to the Legal Services Counter (Juridisch Loket).",
    ),
    "ontslagaanvraag.na": (
        "UWV ontving de ontslagaanvraag op {request}, op of na de eerste ziektedag. Het "
        "opzegverbod tijdens ziekte geldt dan wel: de werkgever mag niet opzeggen zolang de "
        "werknemer ziek is (BW 7:670 lid 1). Wat dit betekent, kan een advocaat zeggen; "
        "werknemers kunnen ook bij het Juridisch Loket terecht.",
        "UWV received the dismissal request on {request}, on or after the first sick day. The "
        "ban on dismissal during illness does apply then: the employer may not give notice while "
        "the employee is ill (Civil Code 7:670(1)). A lawyer can say what this means; employees "
        "can also go to the Legal Services Counter (Juridisch Loket).",
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
        + ". Werknemers kunnen advies vragen bij het Juridisch Loket, hun vakbond of een "
        "advocaat; werkgevers bij hun eigen advocaat of hun branchevereniging.",
        "Employer and employee can ask UWV for a deskundigenoordeel at any time during the "
        "illness when they disagree, for example about suitable work. Cost: "
        + DESKUNDIGENOORDEEL_FEE[1]
        + ". Employees can ask the Legal Services Counter (Juridisch Loket), their union or a "
        "lawyer for advice; employers their own lawyer or their branch organisation.",
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
        "Bij een no-riskpolis, orgaandonatie of ziekte door de zwangerschap vóór het verlof "
        "(vangnet) meldt de werkgever de ziekte uiterlijk op de eerste dag na "
        "{const vangnet_melding_weken} weken bij UWV. De 4e ziektedag geldt alleen in de "
        "flexibiliseringsperiode voor het verlof en bij ziekte door de zwangerschap of bevalling "
        "na het verlof. Is de werkgever eigenrisicodrager WGA, dan betaalt en begeleidt hij de "
        "werknemer na de wachttijd tot 10 jaar lang zelf. Deze hulp rekent die termijnen niet "
        "uit.",
        "With a no-risk policy, organ donation or pregnancy-related illness before the leave "
        "(safety net) the employer reports the illness to UWV on the first day after "
        "{const vangnet_melding_weken} weeks at the latest. The 4th sick day applies only in the "
        "flexible period before the leave and for illness caused by the pregnancy or birth after "
        "the leave. An employer who is eigenrisicodrager WGA pays and guides the employee for up "
        "to 10 years after the waiting period. This calculator does not compute those time "
        "limits.",
    ),
}

# --- "Nu en hierna" and the picture (calculator.overview) ---------------------------------------

REGIME: dict[str, T] = {
    "ill": ("Ziekteweek {week} van {total}", "Week {week} of illness out of {total}"),
    "closed": ("Afgesloten: je bent hersteld", "Closed: you have recovered"),
    "recovered": (
        "Hersteld sinds {since}; telt samen als je vóór {anew} weer ziek wordt",
        "Recovered since {since}; adds up if you fall ill again before {anew}",
    ),
    "not_started": ("De ziekte is nog niet begonnen", "The illness has not started yet"),
    "aow": (
        "AOW-leeftijd: loon bij ziekte tot en met {pay_end}",
        "AOW age: sick pay up to and including {pay_end}",
    ),
    "ziek_uit_dienst": (
        "Ziekteweek {week} van {total}; het contract eindigt op {contract_end}",
        "Week {week} of illness out of {total}; the contract ends on {contract_end}",
    ),
}
PICTURE_TEXT: dict[str, T] = {
    "sick": ("ziek van {start} tot en met {end}", "ill from {start} to {end}"),
    "ahead": ("verwacht ziek tot en met {end}", "expected ill up to {end}"),
    "recovered": ("hersteld van {start} tot en met {end}", "recovered from {start} to {end}"),
    "leave": ("verlof van {start} tot en met {end}", "leave from {start} to {end}"),
    "today": ("vandaag is het {date}", "today is {date}"),
    "span": (
        "Het beeld loopt van {start} tot {end}",
        "The picture runs from {start} to {end}",
    ),
}

# --- how a date was calculated (calculator.formulas: Formula.explain) ------------------------

EXPLAIN_CHECKED: T = (
    "De regels zijn het laatst nagekeken op {checked}. Een brief of besluit van UWV gaat altijd "
    "voor.",
    "The rules were last checked on {checked}. A letter or decision from UWV always takes "
    "precedence.",
)
EXPLAIN: dict[str, T] = {
    "first_day": ("Dag 1, de eerste ziektedag: {date}.", "Day 1, the first sick day: {date}."),
    "skipped_gap": (
        "{days} dagen hersteld ({start} tot en met {end}) tellen niet mee.",
        "{days} days of recovery ({start} to {end}) do not count.",
    ),
    "skipped_leave": (
        "{days} dagen met zwangerschaps- en bevallingsverlof ({start} tot en met {end}) tellen "
        "niet mee.",
        "{days} days of pregnancy and maternity leave ({start} to {end}) do not count.",
    ),
    "sick_day": (
        "Ziektedag {n}, het einde van week {week}: {date}.",
        "Sick day {n}, the end of week {week}: {date}.",
    ),
    "window": (
        "Van week {first} tot en met week {last}: {start} tot en met {date}.",
        "From week {first} to week {last}: {start} to {date}.",
    ),
    "plus": (
        "Plus {days} dagen ({weeks} weken): {date}.",
        "Plus {days} days ({weeks} weeks): {date}.",
    ),
    "minus": (
        "Min {days} dagen ({weeks} weken): {date}.",
        "Minus {days} days ({weeks} weeks): {date}.",
    ),
    "law_day": (
        "De wet: de eerste dag na die week: {date}.",
        "The law: the first day after that week: {date}.",
    ),
    "working_day": (
        "UWV: de eerste werkdag vanaf die dag (geen zaterdag, zondag of feestdag): {date}.",
        "UWV: the first working day from that day (no Saturday, Sunday or public holiday): {date}.",
    ),
    "step_due": (
        "{step}: uiterlijk {date} (berekend).",
        "{step}: {date} at the latest (calculated).",
    ),
    "step_done": ("{step}: gedaan op {date} (ingevuld).", "{step}: done on {date} (entered)."),
    "step_late_capped": (
        "{step}: gedaan op {actual}, na de uiterste datum; gerekend wordt vanaf {date}.",
        "{step}: done on {actual}, after its deadline; counted from {date}.",
    ),
    "late_letter": (
        "De brief van UWV over de WIA-aanvraag is van {letter}, na week "
        "{week wia_brief}: te laat. Een aanvraag binnen {const wia_aanvraag_na_brief_weken} "
        "weken na de brief geldt als op tijd (Wet WIA art. 64 lid 6). Gerekend vanaf de datum van "
        "de brief: uiterlijk {date}.",
        "UWV's letter about the WIA application is dated {letter}, after week "
        "{week wia_brief}: late. An application within {const wia_aanvraag_na_brief_weken} weeks "
        "of the letter counts as on time (WIA Act art. 64(6)). Counted from the letter's date: "
        "{date} at the latest.",
    ),
    "no_letter": (
        "UWV heeft geen brief over de WIA-aanvraag gestuurd. Dan geldt elke aanvraag als op tijd "
        "(Wet WIA art. 64 lid 6): {date}.",
        "UWV sent no letter about the WIA application. Then any application counts as on time "
        "(WIA Act art. 64(6)): {date}.",
    ),
    "extension": (
        "Vrijwillige verlenging: het einde wordt {date}.",
        "Voluntary extension: the end becomes {date}.",
    ),
    "late_delay": (
        "Plus {days} dagen omdat de WIA-aanvraag te laat kwam.",
        "Plus {days} days because the WIA application came late.",
    ),
    "sanction": ("Plus {days} dagen loonsanctie.", "Plus {days} days of loonsanctie."),
    "result": ("Uitkomst: {date}.", "Result: {date}."),
    "next_day": ("De dag erna: {date}.", "The day after: {date}."),
    "two_years": (
        "{const opzegverbod_jaren} jaar ziekte, zonder de dagen die niet meetellen, met de "
        "verlengingen: tot en met {date}.",
        "{const opzegverbod_jaren} years of illness, without the days that do not count, with "
        "the extensions: up to and including {date}.",
    ),
    "last_working_day": (
        "Laatste dag van het contract {end}; de laatste werkdag tot dan: {date}.",
        "Last day of the contract {end}; the last working day until then: {date}.",
    ),
    "aow": (
        "AOW-datum {aow}; daarna de weken loondoorbetaling bij ziekte: tot en met {date}.",
        "AOW date {aow}; then the weeks of sick pay: up to and including {date}.",
    ),
    "leave_end": ("Laatste dag van het verlof: {date}.", "Last day of the leave: {date}."),
    "every": (
        "Elke {weeks} weken na {step} ({date}).",
        "Every {weeks} weeks after {step} ({date}).",
    ),
}

# --- the summary, the calendar and the command line ------------------------------------------

WEEKS_UNIT: T = ("weken", "weeks")
YES: T = ("ja", "yes")
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
#: --csv: the word before the number of a row that did not read.
CLI_ROW: T = ("rij", "row")

# --- Meerdere dossiers: an overview line is read by the HR officer, about someone else ----------

#: The regime of a case in the overview, in the third person (the calculator's REGIME speaks to
#: the employee). Past the 104 weeks the line says since when the wachttijd is over, never
#: "week 114 of 104".
OVERVIEW_REGIME: dict[str, T] = {
    "ill": ("Ziekteweek {week} van {total}", "Week {week} of illness out of {total}"),
    "extended": (
        "Ziekteweek {week}; wachttijd verlengd tot en met {pay_end}",
        "Week {week} of illness; waiting period extended up to {pay_end}",
    ),
    "over": ("Wachttijd voorbij sinds {over}", "Waiting period over since {over}"),
    "closed": ("Afgesloten: hersteld", "Closed: recovered"),
    "recovered": (
        "Hersteld sinds {since}; telt samen bij nieuwe ziekte vóór {anew}",
        "Recovered since {since}; adds up if ill again before {anew}",
    ),
    "not_started": ("Ziek vanaf {first}", "Ill from {first}"),
    "aow": (
        "AOW-leeftijd: loon bij ziekte tot en met {pay_end}",
        "AOW age: sick pay up to and including {pay_end}",
    ),
    "ziek_uit_dienst": (
        "Ziekteweek {week} van {total}; contract tot en met {contract_end}",
        "Week {week} of illness out of {total}; contract up to {contract_end}",
    ),
}
#: The headers and words of the deadlines export (CSV and the spreadsheet's second sheet).
EXPORT_HEAD: dict[str, T] = {
    "name": ("Naam", "Name"),
    "number": ("Personeelsnummer", "Employee number"),
    "step": ("Stap", "Step"),
    "who": ("Wie", "Who"),
    "date": ("Datum", "Date"),
    "status": ("Status", "Status"),
    "done_on": ("Gedaan op", "Done on"),
    "days_late": ("Dagen te laat", "Days late"),
    "code": ("Code", "Code"),
    "regime": ("Ziekteweek en status", "Week of illness and status"),
    "first_sick_day": ("Eerste ziektedag", "First sick day"),
    "next": ("Volgende termijn", "Next deadline"),
    "next_date": ("Datum volgende termijn", "Date of the next deadline"),
    "overdue": ("Niet als gedaan ingevuld", "Not marked as done"),
    "late": ("Te laat gedaan", "Done late"),
    "attention": ("Stappen die aandacht vragen", "Steps that need attention"),
}
EXPORT_SHEETS: dict[str, T] = {
    "overview": ("Overzicht", "Overview"),
    "deadlines": ("Termijnen", "Deadlines"),
    "as_of": ("Stand op {date}", "As of {date}"),
}
#: What the command line says when it stops (each after the option or file it concerns).
CLI_SAYS: dict[str, T] = {
    "cannot_write": ("kan {path!r} niet schrijven: {reason}", "cannot write {path!r}: {reason}"),
    "stdout_closed": ("de uitvoer is gesloten", "the output is closed"),
    "stdout_failed": (
        "kan de uitvoer niet schrijven: {reason}",
        "cannot write the output: {reason}",
    ),
    "is_input": (
        "{path!r} is het CSV-bestand dat gelezen wordt; kies een andere naam",
        "{path!r} is the CSV file being read; choose another name",
    ),
    "same_output": (
        "{path!r} is ook de uitvoer van {other}; kies een andere naam",
        "{path!r} is also the output of {other}; choose another name",
    ),
    "csv_out_alone": (
        "werkt alleen met --csv (de termijnen van de dossiers in een CSV-bestand)",
        "only works with --csv (the deadlines of the cases in a CSV file)",
    ),
}
