"""The rules table: every Poortwachter milestone as one declarative row.

Each :class:`Rule` has a stable ``id`` (the contract name used by the CLI's JSON, the site and
the tests), a :class:`Formula` that says how its date is computed, who acts, short and long text
in Dutch and English, what each role must do, its legal sources with versioned links, its kind,
whether the date is only an *indication*, and the period in which the rule is valid.

The formulas follow the law:

* Regeling procesgang eerste en tweede ziektejaar (BWBR0013540): art. 2 probleemanalyse,
  art. 4 plan van aanpak, its evaluation and the eerstejaarsevaluatie;
* Wet WIA (BWBR0019057): art. 23 wachttijd, art. 24 vrijwillige verlenging, art. 25
  re-integratieverslag and loonsanctie, art. 64 the WIA application;
* Burgerlijk Wetboek boek 7 (BWBR0005290): art. 7:629 sick pay, art. 7:670 opzegverbod;
* UWV's own pages and its Werkwijzer Poortwachter where the law itself names no date.

Nothing in ``docs/`` types a week number: the site reads :func:`nominal_weeks` and the table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from . import law, names
from .counting import Period, count_sick_days
from .formulas import (
    AfterLeave,
    AfterStep,
    BeforeEnd,
    Context,
    End,
    Every,
    FirstSickDay,
    FirstWorkingDayAfter,
    Formula,
    LastWorkingDayOfContract,
    PayEnd,
    SickDay,
    WiaApplication,
    Window,
)
from .sources import (
    ATW_3,
    BW_629,
    BW_629_2,
    BW_670,
    BW_670_2,
    BW_670A,
    REG_2,
    REG_4,
    SRC_SVB_AOW,
    SRC_UWV_42,
    SRC_UWV_WERKGEVER,
    SRC_UWV_WIA,
    SRC_UWV_WW,
    WIA_23,
    WIA_23_2,
    WIA_23_6,
    WIA_25_3,
    WIA_64_2,
    WIA_64_3,
    ZW_38_1,
    ZW_38_2,
    Source,
)
from .words import T

Kind = Literal["deadline", "window", "event", "information", "option", "recurring", "advice"]
Role = Literal["werkgever", "werknemer", "bureau"]
WeekShown = Literal["week", "day_1", "after", "none", "unless_moved"]
ROLES: tuple[Role, ...] = ("werkgever", "werknemer", "bureau")

RULES_CHECKED = date(2026, 11, 30)


# --- The table ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Rule:
    id: str
    kind: Kind
    formula: Formula
    actor: str | None
    actor_text: T
    title: T
    text: T
    sources: tuple[Source, ...]
    roles: tuple[Role, ...] = ROLES
    todo: Mapping[Role, T] = field(default_factory=dict)
    indication: T | None = None  # why the date is only an indication
    valid_from: date | None = None
    valid_until: date | None = None
    in_calendar: bool = True
    remind_days: int = 7  # the calendar's reminder, this many days before
    only_if: frozenset[str] = frozenset()  # facts of the case that must hold (see engine.FACTS)
    unless: frozenset[str] = frozenset()  # facts of the case that remove this milestone
    #: False when the milestone does not belong to the sickness chain: a recovery does not make
    #: it conditional, a closed chain does not close it (its status follows its own date).
    in_chain: bool = True
    #: How its week is shown: "week" (week 6, week 46-52), "day_1" (dag 1), "after" (na week
    #: 42: the law says "after"), "none" (a date in calendar years, not illness weeks) or
    #: "unless_moved" (none once the end of sick pay moved: past the 104 weeks the illness week
    #: says nothing useful).
    week_shown: WeekShown = "week"
    reasons: tuple[str, ...] = ()  # why its date may be only an indication (marks.REASONS)
    notes: tuple[str, ...] = ()  # what to know about it (marks.NOTES)

    def valid_on(self, when: date) -> bool:
        return (self.valid_from is None or when >= self.valid_from) and (
            self.valid_until is None or when <= self.valid_until
        )


MELDING_42 = names.NAMES["ziekmelding_uwv"]

# The days the laws behind the rules came into force, from the law's own calendar.
WIA_SINCE = law.WIA_SINCE
REGELING_SINCE = law.REGELING_SINCE
APPLICATION_93_SINCE = law.APPLICATION_93_SINCE
AOW_SICK_PAY_SINCE = law.AOW_SICK_PAY_SINCE

MILESTONE_RULES: tuple[Rule, ...] = (
    Rule(
        id="eerste_ziektedag",
        kind="event",
        formula=FirstSickDay(),
        actor="werknemer",
        actor_text=("Werknemer", "Employee"),
        title=("Eerste ziektedag en ziekmelding", "First sick day and reporting sick"),
        text=(
            "Dag 1: de eerste werkdag waarop de werknemer door ziekte niet werkte, of de dag "
            "waarop hij halverwege stopte. De werknemer meldt zich ziek bij de werkgever.",
            "Day 1: the first working day the employee did not work because of illness, or the day "
            "they stopped part-way. The employee reports sick to the employer.",
        ),
        sources=(WIA_23_2,),
        todo={
            "werknemer": (
                "Meld je ziek bij je werkgever, zoals in de verzuimregels staat.",
                "Report sick to your employer as the absence rules say.",
            ),
            "werkgever": (
                "Noteer de eerste ziektedag: alle andere termijnen tellen vanaf deze dag.",
                "Record the first sick day: every other deadline counts from it.",
            ),
        },
        valid_from=WIA_SINCE,
        in_calendar=False,
        week_shown="day_1",
    ),
    Rule(
        id="melding_arbodienst",
        kind="advice",
        formula=SickDay(law.ARBODIENST_MELDING),
        actor="werkgever",
        actor_text=("Werkgever", "Employer"),
        title=(
            "Verzuim melden bij bedrijfsarts of arbodienst",
            "Report the absence to the bedrijfsarts or arbodienst",
        ),
        text=(
            "Geen wettelijke dag: meestal staat de termijn in het contract met de arbodienst. Meld "
            "het verzuim uiterlijk in de eerste week, zodat de bedrijfsarts op tijd kan beginnen.",
            "No statutory day: the contract with the arbodienst usually sets it. Report the absence "
            "within the first week at the latest, so the bedrijfsarts can start in time.",
        ),
        sources=(SRC_UWV_WERKGEVER,),
        roles=("werkgever", "bureau"),
        todo={
            "werkgever": (
                "Meld het verzuim bij uw bedrijfsarts of arbodienst.",
                "Report the absence to your bedrijfsarts or arbodienst.",
            )
        },
        indication=(
            "Advies, geen wettelijke termijn. Kijk in uw contract met de arbodienst.",
            "Advice, not a statutory time limit. Check your contract with the arbodienst.",
        ),
        valid_from=REGELING_SINCE,
        remind_days=1,
    ),
    Rule(
        id="probleemanalyse",
        kind="deadline",
        formula=SickDay(law.PROBLEEMANALYSE),
        actor="bedrijfsarts",
        actor_text=(
            "Werkgever vraagt, bedrijfsarts schrijft",
            "Employer asks, bedrijfsarts writes",
        ),
        title=("Probleemanalyse door de bedrijfsarts", "Probleemanalyse by the bedrijfsarts"),
        text=(
            "Dreigt langdurig verzuim, dan schrijft de bedrijfsarts uiterlijk aan het einde van "
            "week {week} de probleemanalyse: wat kan de werknemer nog, wat niet, en hoe is herstel te "
            "bereiken.",
            "When long absence threatens, the bedrijfsarts writes the probleemanalyse by the end of "
            "week {week} at the latest: what the employee can and cannot do, and how recovery can be "
            "reached.",
        ),
        sources=(REG_2,),
        todo={
            "werkgever": (
                "Vraag de bedrijfsarts op tijd om de probleemanalyse.",
                "Ask the bedrijfsarts for the probleemanalyse in time.",
            ),
            "werknemer": (
                "Ga naar het spreekuur van de bedrijfsarts en vertel wat je wel en niet kunt.",
                "Go to the bedrijfsarts's consultation and explain what you can and cannot do.",
            ),
            "bureau": (
                "Controleer of de probleemanalyse er is en actueel blijft.",
                "Check that the probleemanalyse exists and stays current.",
            ),
        },
        valid_from=REGELING_SINCE,
        remind_days=1,
    ),
    Rule(
        id="plan_van_aanpak",
        kind="deadline",
        formula=AfterStep("probleemanalyse", law.PLAN_NA_PROBLEEMANALYSE),
        actor="werkgever_werknemer",
        actor_text=("Werkgever en werknemer samen", "Employer and employee together"),
        title=("Plan van aanpak", "Plan van aanpak (plan of action)"),
        text=(
            "Binnen {const pva_weken_na_pa} weken (kalenderdagen) na de probleemanalyse maken werkgever en werknemer "
            "samen het plan van aanpak, met een casemanager. Kwam de analyse later, dan telt de termijn vanaf die "
            "datum. Alleen als de analyse in week {week probleemanalyse} kwam en er geen herstel tussen zat, is dit "
            "week {week}.",
            "Within {const pva_weken_na_pa} weeks (calendar days) after the probleemanalyse, employer and employee "
            "agree the plan van aanpak, with a casemanager. When the analysis came later, the time limit counts from "
            "that date. Only when the analysis came in week {week probleemanalyse} with no recovery in between is "
            "this week {week}.",
        ),
        sources=(REG_4,),
        todo={
            "werkgever": (
                "Stel het plan van aanpak op met de werknemer en wijs een casemanager aan.",
                "Draw up the plan van aanpak with the employee and appoint a casemanager.",
            ),
            "werknemer": (
                "Denk mee over het plan en teken het als je het ermee eens bent.",
                "Help shape the plan and sign it if you agree.",
            ),
            "bureau": (
                "Zorg dat het plan concrete doelen en afspraken bevat.",
                "Make sure the plan has concrete goals and agreements.",
            ),
        },
        valid_from=REGELING_SINCE,
        unless=frozenset({"aow_from_start"}),
        remind_days=3,
    ),
    Rule(
        id="evaluatie",
        kind="recurring",
        formula=Every("plan_van_aanpak", law.EVALUATIE_INTERVAL),
        actor="werkgever_werknemer",
        actor_text=("Werkgever en werknemer samen", "Employer and employee together"),
        title=(
            "Plan van aanpak evalueren en bijstellen",
            "Evaluate and adjust the plan van aanpak",
        ),
        text=(
            "Bespreek regelmatig hoe het gaat en stel het plan bij als dat nodig is. UWV adviseert "
            "minstens eens per {const evaluatie_interval_weken} weken; de wet noemt geen vaste termijn.",
            "Discuss progress regularly and adjust the plan where needed. UWV advises at least "
            "once every {const evaluatie_interval_weken} weeks; the law sets no fixed interval.",
        ),
        sources=(REG_4, SRC_UWV_WW),
        todo={
            "werkgever": (
                "Plan een evaluatiegesprek en leg het vast.",
                "Schedule an evaluation meeting and record it.",
            ),
            "werknemer": (
                "Bereid het gesprek voor: wat gaat goed, wat niet?",
                "Prepare the meeting: what goes well, what does not?",
            ),
        },
        indication=(
            "Praktijk van UWV, geen wettelijke datum.",
            "UWV practice, not a statutory date.",
        ),
        valid_from=REGELING_SINCE,
        remind_days=3,
        unless=frozenset({"aow_from_start"}),
    ),
    Rule(
        id="ziekmelding_uwv",
        kind="deadline",
        formula=FirstWorkingDayAfter(law.ZIEKMELDING_UWV),
        actor="werkgever",
        actor_text=("Werkgever", "Employer"),
        title=(f"Ziekmelding bij UWV ({MELDING_42.nl})", f"Report to UWV ({MELDING_42.en})"),
        text=(
            "De werkgever meldt de langdurige ziekte bij UWV. De wet zegt: uiterlijk op de eerste "
            "dag nadat de ziekte {week} weken heeft geduurd. UWV accepteert de eerste werkdag na "
            "week {week}. Te laat melden kost een boete, geen loonsanctie. Dit is iets anders dan "
            "de eerstejaarsevaluatie.",
            "The employer reports the long-term sickness to UWV. The law says: on the first day "
            "after the illness has lasted {week} weeks at the latest. UWV accepts the first working "
            "day after week {week}. Reporting late costs a fine, not a loonsanctie. This is not the "
            "same as the eerstejaarsevaluatie.",
        ),
        sources=(ZW_38_1, SRC_UWV_42, ATW_3),
        roles=("werkgever", "bureau"),
        todo={
            "werkgever": (
                "Doe de {name ziekmelding_uwv} via het werkgeversportaal van UWV.",
                "File the {name_en ziekmelding_uwv} through UWV's employer portal.",
            ),
            "bureau": (
                "Controleer dat de melding is gedaan en bewaar het bewijs.",
                "Check that the report was filed and keep the proof.",
            ),
        },
        valid_from=WIA_SINCE,
        unless=frozenset({"aow_from_start"}),
        remind_days=7,
        week_shown="after",
        reasons=("vangnet_no_42_week_report",),
    ),
    Rule(
        id="eerstejaarsevaluatie",
        kind="window",
        formula=Window(law.EERSTEJAARSEVALUATIE_VAN, law.EERSTE_JAAR),
        actor="werkgever_werknemer",
        actor_text=("Werkgever en werknemer samen", "Employer and employee together"),
        title=("Eerstejaarsevaluatie", "Eerstejaarsevaluatie (first-year evaluation)"),
        text=(
            "Aan het einde van het eerste ziektejaar bekijken werkgever en werknemer wat er is "
            "bereikt en wat het doel voor het tweede jaar is. UWV verwacht dit tussen week {week_start} en "
            "week {week}.",
            "At the end of the first year of sickness, employer and employee review what was "
            "achieved and set the goal for the second year. UWV expects it between week {week_start} and "
            "week {week}.",
        ),
        sources=(REG_4, SRC_UWV_WW),
        todo={
            "werkgever": (
                "Vraag de bedrijfsarts om een actueel oordeel en overweeg een "
                "arbeidsdeskundig onderzoek.",
                "Ask the bedrijfsarts for a current "
                "assessment and consider an arbeidsdeskundig onderzoek.",
            ),
            "werknemer": (
                "Bespreek eerlijk wat je verwacht van je herstel en je werk.",
                "Discuss openly what you expect of your recovery and your work.",
            ),
            "bureau": ("Beoordeel of spoor 2 nodig is.", "Assess whether spoor 2 is needed."),
        },
        indication=(
            "De wet zegt 'aan het einde van het eerste jaar'; de weken {week_start} tot {week} zijn de "
            "praktijk van UWV.",
            "The law says 'at the end of the first year'; weeks "
            "{week_start} to {week} are UWV practice.",
        ),
        valid_from=REGELING_SINCE,
        unless=frozenset({"aow_from_start"}),
        remind_days=7,
    ),
    Rule(
        id="spoor_2",
        kind="deadline",
        formula=AfterStep("eerstejaarsevaluatie", law.SPOOR_2_NA_EJE, not_later=True),
        actor="werkgever",
        actor_text=("Werkgever", "Employer"),
        title=("Spoor 2 gestart (uiterlijk)", "Spoor 2 started (at the latest)"),
        text=(
            "Is er geen zicht op werk bij de eigen werkgever, dan start spoor 2 (werk bij een "
            "andere werkgever) meteen. Uiterlijk {const spoor2_weken_na_eje} weken na de eerstejaarsevaluatie moet het "
            "lopen. Een eerstejaarsevaluatie die te laat kwam, schuift deze datum niet op. Een "
            "evaluatie voor week {week_start eerstejaarsevaluatie} is geen eerstejaarsevaluatie "
            "en telt hier niet.",
            "When there is no prospect of work with the own employer, spoor 2 (work with another "
            "employer) starts at once. It must be running {const spoor2_weken_na_eje} weeks after the eerstejaarsevaluatie "
            "at the latest. An eerstejaarsevaluatie that came late does not move this date. An "
            "evaluation before week {week_start eerstejaarsevaluatie} is not the "
            "eerstejaarsevaluatie and does not count here.",
        ),
        sources=(SRC_UWV_WW,),
        todo={
            "werkgever": (
                "Start spoor 2 zodra spoor 1 geen perspectief biedt.",
                "Start spoor 2 as soon as spoor 1 offers no prospect.",
            ),
            "werknemer": (
                "Werk mee aan spoor 2; het is geen ontslag.",
                "Cooperate with spoor 2; it is not a dismissal.",
            ),
            "bureau": (
                "Start het spoor 2-traject en leg elke stap vast.",
                "Start the spoor 2 programme and record every step.",
            ),
        },
        indication=(
            "Praktijk van UWV (Werkwijzer Poortwachter), geen wettelijke datum. Spoor 2 "
            "hoort eerder te starten als er al eerder geen zicht is op eigen werk.",
            "UWV practice (Werkwijzer Poortwachter), not a statutory date. Spoor 2 "
            "should start earlier when there is no prospect of own work earlier.",
        ),
        valid_from=WIA_SINCE,
        unless=frozenset({"aow_from_start"}),
        remind_days=7,
    ),
    Rule(
        id="vervroegde_iva",
        kind="option",
        formula=SickDay(law.VERVROEGDE_IVA_UITERLIJK),
        actor="werknemer",
        actor_text=("Werknemer", "Employee"),
        title=("Laatste dag voor een vervroegde IVA-aanvraag", "Last day to apply for early IVA"),
        text=(
            "Is de werknemer volledig en duurzaam arbeidsongeschikt, dan kan hij eerder een "
            "IVA-uitkering aanvragen (verkorte wachttijd), uiterlijk in week {week}. Dit is een "
            "keuze, geen plicht.",
            "When the employee is fully and permanently unable to work, they can apply for an IVA "
            "benefit early (shortened waiting period), by week {week} at the latest. This is an "
            "option, not a duty.",
        ),
        sources=(WIA_23_6, SRC_UWV_WIA),
        roles=("werknemer", "bureau"),
        todo={
            "werknemer": (
                "Bespreek met de bedrijfsarts of een vervroegde IVA voor jou past.",
                "Discuss with the bedrijfsarts whether early IVA suits you.",
            )
        },
        valid_from=WIA_SINCE,
        unless=frozenset({"aow", "early_iva"}),
        remind_days=14,
    ),
    Rule(
        id="wia_brief",
        kind="information",
        formula=Window(law.WIA_BRIEF_VAN, law.WIA_BRIEF_UITERLIJK),
        actor="uwv",
        actor_text=("UWV", "UWV"),
        title=("UWV stuurt de brief over de WIA-aanvraag", "UWV sends the WIA application letter"),
        text=(
            "Rond week {week_start} stuurt UWV de werknemer een brief met de uiterste datum voor de "
            "WIA-aanvraag. Geen brief ontvangen na week {week}? Neem contact op met UWV.",
            "Around week {week_start} UWV sends the employee a letter with the last date for the WIA "
            "application. No letter after week {week}? Contact UWV.",
        ),
        sources=(WIA_64_2, SRC_UWV_WIA),
        roles=("werknemer", "werkgever", "bureau"),
        todo={
            "werknemer": (
                "Bewaar de brief en let op de uiterste datum.",
                "Keep the letter and note the last date.",
            )
        },
        indication=(
            "UWV noemt 'rond week {week_start}'; de wet zegt uiterlijk na {week} weken.",
            "UWV says 'around week {week_start}'; the law says after {week} weeks at the latest.",
        ),
        valid_from=APPLICATION_93_SINCE,
        in_calendar=False,
        unless=frozenset({"aow", "early_iva"}),
    ),
    Rule(
        id="reintegratieverslag",
        kind="deadline",
        formula=BeforeEnd(law.REINTEGRATIEVERSLAG_VOOR_EINDE),
        actor="werkgever",
        actor_text=("Werkgever", "Employer"),
        title=("Re-integratieverslag klaar", "Re-integratieverslag complete"),
        text=(
            "Uiterlijk {const riv_weken_voor_einde} weken voor het einde van de wachttijd (week {week}) is het "
            "re-integratieverslag compleet, met de eindevaluatie en het actueel oordeel van de "
            "bedrijfsarts. De werknemer krijgt een kopie.",
            "At the latest {const riv_weken_voor_einde} weeks before the end of the waiting period (week {week}) the "
            "re-integratieverslag is complete, with the eindevaluatie and the bedrijfsarts's "
            "actueel oordeel. The employee gets a copy.",
        ),
        sources=(WIA_25_3,),
        todo={
            "werkgever": (
                "Maak het re-integratieverslag compleet en geef de werknemer een kopie.",
                "Complete the re-integratieverslag and give the employee a copy.",
            ),
            "werknemer": (
                "Lees je kopie en geef je eigen mening over het verloop.",
                "Read your copy and give your own view of how it went.",
            ),
            "bureau": (
                "Lever de rapportages van het traject tijdig aan.",
                "Deliver the programme's reports in time.",
            ),
        },
        valid_from=WIA_SINCE,
        unless=frozenset({"aow", "early_iva"}),
        remind_days=14,
    ),
    Rule(
        id="wia_aanvraag",
        kind="deadline",
        formula=WiaApplication(law.WIA_AANVRAAG_VOOR_EINDE),
        actor="werknemer",
        actor_text=("Werknemer", "Employee"),
        title=("WIA-aanvraag uiterlijk", "WIA application at the latest"),
        text=(
            "De werknemer vraagt de WIA-uitkering aan, uiterlijk {const wia_weken_voor_einde} weken voor het einde van de "
            "wachttijd (week {week}). Dit is de laatste dag, niet de eerste: aanvragen kan vanaf de "
            "brief van UWV.",
            "The employee applies for the WIA benefit, at the latest {const wia_weken_voor_einde} weeks before the end of "
            "the waiting period (week {week}). This is the last day, not the first: you can apply as "
            "soon as UWV's letter arrives.",
        ),
        sources=(WIA_64_3, SRC_UWV_WIA),
        todo={
            "werknemer": (
                "Vraag de WIA-uitkering aan bij UWV, met het re-integratieverslag.",
                "Apply to UWV for the WIA benefit, with the re-integratieverslag.",
            ),
            "werkgever": (
                "Help de werknemer op tijd aan te vragen; te laat aanvragen "
                "verlengt de loondoorbetaling.",
                "Help the employee apply in time; a late application extends sick pay.",
            ),
            "bureau": (
                "Herinner de werknemer aan de aanvraag.",
                "Remind the employee of the application.",
            ),
        },
        valid_from=APPLICATION_93_SINCE,
        unless=frozenset({"aow", "early_iva"}),
        remind_days=7,
        notes=("wia_letter",),
    ),
    Rule(
        id="einde_wachttijd",
        kind="event",
        formula=End(),
        actor=None,
        actor_text=("Niemand hoeft iets te doen", "No one acts"),
        title=(
            "Einde wachttijd: laatste dag loondoorbetaling",
            "End of the waiting period: last day of sick pay",
        ),
        text=(
            "De laatste dag van de {const wachttijd_weken} weken: de laatste dag waarop de werkgever loon moet "
            "doorbetalen. Een vrijwillige verlenging, een loonsanctie of een te late WIA-aanvraag verlengt de "
            "loondoorbetaling; dan staat hier de verlengde datum.",
            "The last day of the {const wachttijd_weken} weeks: the last day on which the employer must pay wages. "
            "A voluntary extension, a loonsanctie or a late WIA application extends sick pay; the date shown is then "
            "the extended one.",
        ),
        sources=(WIA_23, BW_629),
        valid_from=WIA_SINCE,
        unless=frozenset({"aow"}),
        week_shown="unless_moved",
        reasons=("sanction_by_repair",),
        notes=("ziek_uit_dienst_uwv_pays",),
    ),
    Rule(
        id="start_wia",
        kind="event",
        formula=End(next_day=True),
        actor="uwv",
        actor_text=("UWV", "UWV"),
        title=("Eerste dag WIA-uitkering", "First day of the WIA benefit"),
        text=(
            "De dag na de wachttijd: de WIA-uitkering kan ingaan en de werkgever mag een "
            "ontslagvergunning aanvragen. Bronnen noemen deze dag of de dag ervoor 'het einde van "
            "de {const wachttijd_weken} weken'.",
            "The day after the waiting period: the WIA benefit can start and the employer may ask "
            "for a dismissal permit. Sources call either this day or the day before 'the end of the "
            "{const wachttijd_weken} weeks'.",
        ),
        sources=(WIA_23,),
        valid_from=WIA_SINCE,
        unless=frozenset({"aow", "early_iva"}),
        week_shown="unless_moved",
        reasons=("sanction_by_repair",),
        notes=("ziek_uit_dienst_uwv_pays",),
    ),
    Rule(
        id="einde_opzegverbod",
        kind="event",
        formula=End(opzegverbod=True),
        actor=None,
        actor_text=("Niemand hoeft iets te doen", "No one acts"),
        title=("Einde opzegverbod tijdens ziekte", "End of the ban on dismissal during illness"),
        text=(
            "Zolang de werknemer ziek is, mag de werkgever de arbeidsovereenkomst niet opzeggen, "
            "om welke reden ook, tot en met deze dag: {const opzegverbod_jaren} jaar ziekte, met "
            "de samengetelde periodes. Uitzonderingen staan in BW 7:670a, bijvoorbeeld in de "
            "proeftijd of als de werknemer schriftelijk instemt. Ziekte door zwangerschap vóór het "
            "verlof telt hier niet mee. Daarom kan deze datum later liggen dan het einde van de "
            "loondoorbetaling.",
            "While the employee is ill, the employer may not give notice, for whatever reason, up "
            "to and including this day: {const opzegverbod_jaren} years of illness, with the periods "
            "added together. The exceptions are in the Civil Code 7:670a, for example during "
            "probation or when the employee agrees in writing. Pregnancy-related illness before the "
            "leave does not count here, so this date can be later than the end of sick pay.",
        ),
        sources=(BW_670, BW_670A),
        roles=("werkgever", "werknemer"),
        valid_from=WIA_SINCE,
        in_calendar=False,
        unless=frozenset({"ziek_uit_dienst", "ontslagaanvraag_voor_ziekte"}),
        week_shown="none",
        reasons=("sanction_by_repair", "pregnancy_opzegverbod", "aow_opzegverbod"),
    ),
    Rule(
        id="einde_opzegverbod_zwangerschap",
        kind="event",
        formula=AfterLeave(law.OPZEGVERBOD_NA_VERLOF),
        actor=None,
        actor_text=("Niemand hoeft iets te doen", "No one acts"),
        title=(
            "Einde opzegverbod bij zwangerschap en bevalling",
            "End of the ban on dismissal for pregnancy and birth",
        ),
        text=(
            "Tijdens de zwangerschap, het verlof en {const opzegverbod_na_verlof_weken} weken na de "
            "terugkeer aan het werk mag de werkgever niet opzeggen. Deze datum geldt als de "
            "werknemer direct na het verlof weer werkt. Is zij na het verlof ziek door de bevalling "
            "of de zwangerschap, dan tellen de weken pas vanaf de terugkeer.",
            "During the pregnancy, the leave and {const opzegverbod_na_verlof_weken} weeks after the "
            "return to work the employer may not give notice. This date applies when the employee "
            "works again right after the leave. When she is ill after the leave because of the "
            "birth or the pregnancy, the weeks only count from her return.",
        ),
        sources=(BW_670_2,),
        roles=("werkgever", "werknemer"),
        indication=(
            "Geldt bij werkhervatting direct na het verlof.",
            "Applies when work resumes right after the leave.",
        ),
        valid_from=WIA_SINCE,
        in_calendar=False,
        only_if=frozenset({"leave"}),
        # BW 7:670 lid 2 protects the pregnancy, the leave and six weeks after the return to
        # work, whatever happens to the illness: it runs on when the sickness chain closes.
        in_chain=False,
    ),
    Rule(
        id="melding_uwv_einde_dienstverband",
        kind="deadline",
        formula=LastWorkingDayOfContract(),
        actor="werkgever",
        actor_text=("Werkgever", "Employer"),
        title=(
            "Ziekmelding bij UWV omdat het contract eindigt",
            "Report to UWV because the contract ends",
        ),
        text=(
            "Het contract eindigt tijdens de ziekte. De werkgever meldt de werknemer op de laatste "
            "werkdag ziek bij UWV (Ziektewet art. 38 lid 2). Duurt de ziekte dan {const ziek_uit_dienst_riv_weken} "
            "weken of langer, dan stuurt de werkgever het re-integratieverslag mee en krijgt de "
            "werknemer een kopie. Daarna neemt UWV het over: de werknemer krijgt een "
            "Ziektewet-uitkering en de {const wachttijd_weken} weken lopen door vanaf dezelfde "
            "eerste ziektedag.",
            "The contract ends during the illness. The employer reports the employee sick to UWV on "
            "the last working day (Sickness Benefits Act art. 38(2)). When the illness has then lasted "
            "{const ziek_uit_dienst_riv_weken} weeks or more, the employer sends the "
            "re-integratieverslag with it and gives the employee a copy. After that UWV takes "
            "over: the employee gets a Ziektewet benefit and the {const wachttijd_weken} weeks go "
            "on from the same first sick day.",
        ),
        sources=(ZW_38_2, SRC_UWV_42),
        roles=("werkgever", "werknemer", "bureau"),
        todo={
            "werkgever": (
                "Meld de werknemer op de laatste werkdag ziek bij UWV, zo nodig met het "
                "re-integratieverslag.",
                "Report the employee sick to UWV on the last working day, with the "
                "re-integratieverslag when needed.",
            ),
            "werknemer": (
                "Vraag je werkgever om een kopie van de melding en van het re-integratieverslag.",
                "Ask your employer for a copy of the report and of the re-integratieverslag.",
            ),
        },
        indication=(
            "De laatste werkdag is hier maandag tot en met vrijdag, zonder feestdagen. Werkt de "
            "werknemer ook op zaterdag of feestdagen, dan kan de laatste werkdag later liggen.",
            "The last working day here is Monday to Friday, without public holidays. When the "
            "employee also works on Saturdays or holidays, the last working day can be later.",
        ),
        valid_from=WIA_SINCE,
        remind_days=7,
        only_if=frozenset({"ziek_uit_dienst"}),
        notes=("riv",),
    ),
    Rule(
        id="einde_loondoorbetaling",
        kind="event",
        formula=PayEnd(),
        actor=None,
        actor_text=("Niemand hoeft iets te doen", "No one acts"),
        title=(
            "Einde loondoorbetaling na de AOW-leeftijd",
            "End of sick pay after the AOW age",
        ),
        text=(
            "Wie de AOW-leeftijd heeft bereikt, krijgt {const aow_loondoorbetaling_weken} weken "
            "loon bij ziekte in plaats van {const wachttijd_weken} weken ("
            "{const aow_loondoorbetaling_weken_oud} weken als de ziekte voor 1 juli "
            "2023 begon). Wordt de AOW-leeftijd tijdens de ziekte bereikt, dan tellen de weken "
            "vanaf de AOW-datum, maar nooit langer dan {const wachttijd_weken} weken in totaal. "
            "Even lang geldt het opzegverbod. Er volgt geen WIA.",
            "Someone who has reached the AOW age gets {const aow_loondoorbetaling_weken} weeks of "
            "sick pay instead of {const wachttijd_weken} weeks ("
            "{const aow_loondoorbetaling_weken_oud} weeks when the illness began before "
            "1 July 2023). When the AOW age is reached during the illness, the weeks count from the "
            "AOW date, but never longer than {const wachttijd_weken} weeks in all. The ban on "
            "dismissal lasts as long. No WIA follows.",
        ),
        sources=(BW_629_2, SRC_SVB_AOW),
        valid_from=AOW_SICK_PAY_SINCE,
        only_if=frozenset({"aow"}),
        in_calendar=True,
        remind_days=7,
        reasons=("aow_date_not_exact", "aow_not_fixed"),
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in MILESTONE_RULES}

#: The first sick day from which every rule of the table applies: earlier cases fall under
#: older rules (the WIA application by week 93 dates from 1 July 2013), so they are refused.
EARLIEST_FIRST_SICK_DAY: date = max(
    r.valid_from for r in MILESTONE_RULES if r.valid_from and not r.only_if
)

# Numbers of the rules that pages may quote (through the site's `{{ sw.const NAME }}` marker),
# as in force today; a case's texts use :func:`calculator.law.constants` for its own first day.
CONSTANTS: dict[str, int] = law.constants()


@dataclass(frozen=True)
class LawChange:
    """An announced or pending change that could move a date (a bill or a decision not yet in force)."""

    id: str
    title: T
    status: T
    date: T  # when announced or expected, as text
    affects: T


LAW_CHANGES: tuple[LawChange, ...] = (
    LawChange(
        "kleine_werkgevers_spoor_1",
        (
            "Kleine werkgevers (tot 100 werknemers) mogen spoor 1 afsluiten vanaf het tweede "
            "ziektejaar",
            "Small employers (up to 100 employees) may close spoor 1 from the second "
            "year of sickness",
        ),
        (
            "Wetsvoorstel in consultatie geweest (2023); geen wetsvoorstel bij de Tweede Kamer "
            "gevonden (gecontroleerd op 30 november 2026)",
            "Bill consulted on (2023); no bill found before the House of Representatives "
            "(checked on 30 November 2026)",
        ),
        ("consultatie eind 2023", "consultation late 2023"),
        (
            "Re-integratie in het tweede jaar; de termijnen blijven gelijk",
            "Re-integration in the second year; the deadlines stay the same",
        ),
    ),
    LawChange(
        "advies_bedrijfsarts_leidend",
        (
            "Advies van de bedrijfsarts leidend bij de RIV-toets van UWV",
            "The bedrijfsarts's advice leading in UWV's RIV check",
        ),
        (
            "Wetsvoorstel 35 589 volgens vakmedia ingetrokken; 1 januari 2028 genoemd in de "
            "begroting SZW 2026, niet besloten (gecontroleerd op 30 november 2026)",
            "Bill 35 589 withdrawn according to trade media; 1 January 2028 named in the 2026 "
            "budget of the Ministry of Social Affairs, not decided (checked on 30 November 2026)",
        ),
        ("2028 genoemd, niet besloten", "2028 named, not decided"),
        (
            "De beoordeling rond week {week wia_aanvraag}, niet de datum",
            "The assessment around week {week wia_aanvraag}, not the date",
        ),
    ),
    LawChange(
        "compensatie_transitievergoeding",
        (
            "Compensatie van de transitievergoeding na twee jaar ziekte alleen voor kleine "
            "werkgevers (wetsvoorstel 36 869)",
            "Compensation of the transition payment after two "
            "years of sickness only for small employers (bill 36 869)",
        ),
        (
            "Wetsvoorstel bij de Tweede Kamer; laatste stuk: verslag van 26 januari 2026; "
            "aanneming en ingangsdatum niet bekend (gecontroleerd op 30 november 2026)",
            "Bill before the House of Representatives; latest document: report of 26 January "
            "2026; adoption and start date not known (checked on 30 November 2026)",
        ),
        ("beoogd 1 juli 2026, niet bevestigd", "intended 1 July 2026, not confirmed"),
        (
            "Kosten van ontslag na de wachttijd, niet de termijnen",
            "The cost of dismissal after the waiting period, not the deadlines",
        ),
    ),
)


def nominal_weeks(first_sick_day: date | None = None) -> dict[str, tuple[int | None, int]]:
    """The illness week the law names for each milestone (first week of a window or None,
    week), computed from the formulas for a continuous illness that begins on ``first_sick_day``
    (default: the law in force today, :func:`calculator.law.reference_day`). A case's texts say
    the weeks of the law that applies to its own first sick day."""
    return _nominal_weeks(first_sick_day or law.reference_day(), law.fingerprint())


@lru_cache(maxsize=64)
def _nominal_weeks(
    first_sick_day: date, _law: tuple[tuple[law.Term, ...], ...]
) -> dict[str, tuple[int | None, int]]:
    ctx = Context.plain(count_sick_days([Period(first_sick_day)]))
    weeks: dict[str, tuple[int | None, int]] = {}
    for rule in MILESTONE_RULES:
        if rule.only_if:  # not part of an ordinary case (AOW age, a contract that ends, ...)
            continue
        ctx.dates[rule.id] = rule.formula.evaluate(ctx)[1]
        weeks[rule.id] = rule.formula.nominal(ctx)
    return weeks
