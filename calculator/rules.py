"""The rules table: every Poortwachter milestone as one declarative row.

Each :class:`Rule` has a stable ``id`` (the contract name used by the CLI's JSON, the site and
the tests), a :class:`Formula` that says how its date is computed, who acts, short and long text
in Dutch and English, what each role must do, its legal sources with versioned links, its kind,
whether the date is only an *indication*, and the period in which the rule is valid.

The formulas follow ``rules.md`` section 2 (the project's specification) and the law:

* Regeling procesgang eerste en tweede ziektejaar (BWBR0013540): art. 2 probleemanalyse,
  art. 4 plan van aanpak, its evaluation and the eerstejaarsevaluatie;
* Wet WIA (BWBR0019057): art. 23 wachttijd, art. 24 vrijwillige verlenging, art. 25
  re-integratieverslag and loonsanctie, art. 64 the WIA application;
* Burgerlijk Wetboek boek 7 (BWBR0005290): art. 7:629 sick pay, art. 7:670 opzegverbod;
* UWV's own pages and its Werkwijzer Poortwachter where the law itself names no date.

Nothing in ``docs/`` types a week number: the site reads :func:`nominal_weeks` and the table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from .counting import NEW_PERIOD_GAP, SAMENTELLEN_MAX_GAP, Period, count_sick_days, week_of_day
from .holidays import ATW_URL, next_working_day

if TYPE_CHECKING:
    from .engine import Context

Kind = Literal["deadline", "window", "event", "information", "option", "recurring", "advice"]
Role = Literal["werkgever", "werknemer", "bureau"]
ROLES: tuple[Role, ...] = ("werkgever", "werknemer", "bureau")

WACHTTIJD_DAYS = 104 * 7  # WIA 23(1), BW 7:629(1): 104 weeks
MAX_SANCTION_WEEKS = 52  # WIA 25(9)
SANCTION_END_AFTER_REPAIR = 42  # days: 6 weeks after UWV's decision, WIA 25(12)-(14)
MAX_EXTENSION_WEEKS = 52  # WIA 24(1)
MAX_LEAVE_WEEKS = 30  # a WAZO leave longer than this is certainly a typing error

# Versioned links: the wetten.overheid.nl "jci" reference with the version date of the text we
# checked (z = the date the text is read for, g = the date the version is valid on).
LAW_VERSION = "2026-11-01"
RULES_CHECKED = date(2026, 11, 23)
EARLIEST_FIRST_SICK_DAY = date(2013, 7, 1)  # wia_aanvraag / wia_brief rules valid from here


def wetten(bwb: str, artikel: str, **parts: str) -> str:
    """A versioned wetten.overheid.nl link to one article."""
    extra = "".join(f"&{k}={v}" for k, v in parts.items())
    return (
        f"https://wetten.overheid.nl/jci1.3:c:{bwb}{extra}&artikel={artikel}"
        f"&z={LAW_VERSION}&g={LAW_VERSION}"
    )


WIA, REGELING, BW = "BWBR0019057", "BWBR0013540", "BWBR0005290"
UWV_42 = (
    "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/"
    "werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv"
)
UWV_WIA = "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/bijna-2-jaar-ziek-wia/"
UWV_WERKGEVER = "https://www.uwv.nl/werkgevers/werknemer-is-ziek"


@dataclass(frozen=True)
class Source:
    """A legal source: a label in both languages and a link."""

    label_nl: str
    label_en: str
    url: str

    def as_dict(self, lang: str) -> dict[str, str]:
        return {"label": self.label_en if lang == "en" else self.label_nl, "url": self.url}


def art(law_nl: str, law_en: str, article: str, url: str) -> Source:
    return Source(f"{law_nl} art. {article}", f"{law_en} art. {article}", url)


WIA_23 = art("Wet WIA", "WIA Act", "23", wetten(WIA, "23"))
WIA_23_2 = art("Wet WIA", "WIA Act", "23 lid 2", wetten(WIA, "23"))
WIA_23_6 = art("Wet WIA", "WIA Act", "23 lid 6", wetten(WIA, "23"))
WIA_24 = art("Wet WIA", "WIA Act", "24", wetten(WIA, "24"))
WIA_25_3 = art("Wet WIA", "WIA Act", "25 lid 3", wetten(WIA, "25"))
WIA_25_9 = art("Wet WIA", "WIA Act", "25 lid 9-14", wetten(WIA, "25"))
WIA_64_2 = art("Wet WIA", "WIA Act", "64 lid 2", wetten(WIA, "64"))
WIA_64_3 = art("Wet WIA", "WIA Act", "64 lid 3", wetten(WIA, "64"))
REG_2 = art("Regeling procesgang", "Regeling procesgang", "2 lid 2", wetten(REGELING, "2"))
REG_4 = art("Regeling procesgang", "Regeling procesgang", "4", wetten(REGELING, "4"))
BW_629 = art("BW", "Dutch Civil Code", "7:629", wetten(BW, "629", boek="7", titeldeel="10"))
BW_629_11 = art(
    "BW", "Dutch Civil Code", "7:629 lid 11", wetten(BW, "629", boek="7", titeldeel="10")
)
BW_670 = art("BW", "Dutch Civil Code", "7:670 lid 1", wetten(BW, "670", boek="7", titeldeel="10"))
ATW_3 = Source("Algemene termijnenwet art. 3", "General Time Limits Act art. 3", ATW_URL)
SRC_UWV_42 = Source(
    "UWV: ziek melden bij UWV (42e-weeksmelding)",
    "UWV: reporting long-term sickness (42-week report)",
    UWV_42,
)
SRC_UWV_WIA = Source(
    "UWV: bijna 2 jaar ziek, WIA aanvragen", "UWV: almost 2 years ill, applying for WIA", UWV_WIA
)
SRC_UWV_WW = Source("UWV: Werkwijzer Poortwachter", "UWV: Werkwijzer Poortwachter", UWV_WERKGEVER)


# --- Formulas -----------------------------------------------------------------------------------
# A formula turns the counted sick days (and the case) into a date. ``nominal`` gives the
# illness week the law names, for the timeline pages (None for a window's start when no window).


class Formula:
    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        """(window start or None, date)."""
        raise NotImplementedError

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        start, end = self.evaluate(ctx)
        first = None if start is None else ctx.count.week_of(start)
        week = ctx.count.week_of(end)
        assert week is not None
        return first, week


@dataclass(frozen=True)
class Day(Formula):
    """The n-th counted sick day; with ``plus`` calendar days added after it."""

    n: int
    plus: int = 0

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, ctx.count.day(self.n) + timedelta(days=self.plus)


@dataclass(frozen=True)
class FirstWorkingDayAfterWeek(Formula):
    """The first working day after illness week ``week`` (Atw holidays and weekends skipped)."""

    week: int

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, next_working_day(ctx.count.day(7 * self.week) + timedelta(days=1))

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        return None, self.week


@dataclass(frozen=True)
class Window(Formula):
    """From sick day ``first`` to sick day ``last``."""

    first: int
    last: int

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return ctx.count.day(self.first), ctx.count.day(self.last)


@dataclass(frozen=True)
class AfterStep(Formula):
    """``days`` calendar days after the actual date of an earlier step, when the visitor gave
    it; else the ``fallback``."""

    step: str
    days: int
    fallback: Formula

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        actual = ctx.actual.get(self.step)
        if actual is not None:
            return None, actual + timedelta(days=self.days)
        return self.fallback.evaluate(ctx)

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        return self.fallback.nominal(ctx)


@dataclass(frozen=True)
class BeforeEnd(Formula):
    """``days`` calendar days before the end of the wachttijd as extended by a voluntary
    extension (WIA 25(4), 64(3)); a loonsanctie or a late application does not move it."""

    days: int

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, ctx.deadline_end - timedelta(days=self.days)


@dataclass(frozen=True)
class End(Formula):
    """The end of the wachttijd with every extension, plus ``plus`` days."""

    plus: int = 0
    opzegverbod: bool = False

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        end = ctx.opzegverbod_end if self.opzegverbod else ctx.end
        return None, end + timedelta(days=self.plus)

    def nominal(self, ctx: Context) -> tuple[int | None, int]:
        return None, week_of_day(WACHTTIJD_DAYS + self.plus)


@dataclass(frozen=True)
class Every(Formula):
    """Recurring: every ``days`` days after another milestone, until the end."""

    after: str
    days: int

    def evaluate(self, ctx: Context) -> tuple[date | None, date]:
        return None, ctx.dates[self.after] + timedelta(days=self.days)


# --- The table ------------------------------------------------------------------------------------

T = tuple[str, str]  # (Dutch, English)


@dataclass(frozen=True)
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
    remind_days: int = 7

    def valid_on(self, when: date) -> bool:
        return (self.valid_from is None or when >= self.valid_from) and (
            self.valid_until is None or when <= self.valid_until
        )


WIA_SINCE = date(2005, 12, 29)  # Wet WIA in force
REGELING_SINCE = date(2002, 4, 1)  # Wet verbetering Poortwachter
APPLICATION_93_SINCE = date(2013, 7, 1)  # WIA application by week 93, letter around week 88

MILESTONE_RULES: tuple[Rule, ...] = (
    Rule(
        "eerste_ziektedag",
        "event",
        Day(1),
        "werknemer",
        ("Werknemer", "Employee"),
        ("Eerste ziektedag en ziekmelding", "First sick day and reporting sick"),
        (
            "Dag 1: de eerste werkdag waarop de werknemer door ziekte niet werkte, of de dag "
            "waarop hij halverwege stopte. De werknemer meldt zich ziek bij de werkgever.",
            "Day 1: the first working day the employee did not work because of illness, or the day "
            "they stopped part-way. The employee reports sick to the employer.",
        ),
        (WIA_23_2,),
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
    ),
    Rule(
        "melding_arbodienst",
        "advice",
        Day(7),
        "werkgever",
        ("Werkgever", "Employer"),
        (
            "Verzuim melden bij bedrijfsarts of arbodienst",
            "Report the absence to the bedrijfsarts or arbodienst",
        ),
        (
            "Geen wettelijke dag: meestal staat de termijn in het contract met de arbodienst. Meld "
            "het verzuim uiterlijk in de eerste week, zodat de bedrijfsarts op tijd kan beginnen.",
            "No statutory day: the contract with the arbodienst usually sets it. Report the absence "
            "within the first week at the latest, so the bedrijfsarts can start in time.",
        ),
        (SRC_UWV_WW,),
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
    ),
    Rule(
        "probleemanalyse",
        "deadline",
        Day(42),
        "bedrijfsarts",
        ("Werkgever vraagt, bedrijfsarts schrijft", "Employer asks, bedrijfsarts writes"),
        ("Probleemanalyse door de bedrijfsarts", "Probleemanalyse by the bedrijfsarts"),
        (
            "Dreigt langdurig verzuim, dan schrijft de bedrijfsarts uiterlijk aan het einde van "
            "week {week} de probleemanalyse: wat kan de werknemer nog, wat niet, en hoe is herstel te "
            "bereiken.",
            "When long absence threatens, the bedrijfsarts writes the probleemanalyse by the end of "
            "week {week} at the latest: what the employee can and cannot do, and how recovery can be "
            "reached.",
        ),
        (REG_2,),
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
    ),
    Rule(
        "plan_van_aanpak",
        "deadline",
        AfterStep("probleemanalyse", 14, Day(56)),
        "werkgever_werknemer",
        ("Werkgever en werknemer samen", "Employer and employee together"),
        ("Plan van aanpak", "Plan van aanpak (plan of action)"),
        (
            "Binnen {const pva_weken_na_pa} weken na de probleemanalyse maken werkgever en werknemer samen het plan van "
            "aanpak, met een casemanager. Alleen als de analyse in week {week probleemanalyse} kwam, is dit week {week}.",
            "Within {const pva_weken_na_pa} weeks after the probleemanalyse, employer and employee agree the plan van "
            "aanpak, with a casemanager. Only when the analysis came in week {week probleemanalyse} is this week {week}.",
        ),
        (REG_4,),
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
    ),
    Rule(
        "evaluatie",
        "recurring",
        Every("plan_van_aanpak", 42),
        "werkgever_werknemer",
        ("Werkgever en werknemer samen", "Employer and employee together"),
        ("Plan van aanpak evalueren en bijstellen", "Evaluate and adjust the plan van aanpak"),
        (
            "Bespreek regelmatig hoe het gaat en stel het plan bij als dat nodig is. UWV adviseert "
            "minstens eens per {const evaluatie_interval_weken} weken; de wet noemt geen vaste termijn.",
            "Discuss progress regularly and adjust the plan where needed. UWV advises at least "
            "once every {const evaluatie_interval_weken} weeks; the law sets no fixed interval.",
        ),
        (REG_4, SRC_UWV_WW),
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
    ),
    Rule(
        "ziekmelding_uwv",
        "deadline",
        FirstWorkingDayAfterWeek(42),
        "werkgever",
        ("Werkgever", "Employer"),
        ("Ziekmelding bij UWV (42e-weeksmelding)", "Report to UWV (42-week report)"),
        (
            "De werkgever meldt de langdurige ziekte bij UWV, uiterlijk op de eerste werkdag na "
            "week {week}. Te laat melden kost een boete, geen loonsanctie. Dit is iets anders dan de "
            "eerstejaarsevaluatie.",
            "The employer reports the long-term sickness to UWV, on the first working day after "
            "week {week} at the latest. Reporting late costs a fine, not a loonsanctie. This is not the "
            "same as the eerstejaarsevaluatie.",
        ),
        (SRC_UWV_42, ATW_3),
        roles=("werkgever", "bureau"),
        todo={
            "werkgever": (
                "Doe de 42e-weeksmelding via het werkgeversportaal van UWV.",
                "File the 42-week report through UWV's employer portal.",
            ),
            "bureau": (
                "Controleer dat de melding is gedaan en bewaar het bewijs.",
                "Check that the report was filed and keep the proof.",
            ),
        },
        valid_from=WIA_SINCE,
    ),
    Rule(
        "eerstejaarsevaluatie",
        "window",
        Window(316, 364),
        "werkgever_werknemer",
        ("Werkgever en werknemer samen", "Employer and employee together"),
        ("Eerstejaarsevaluatie", "Eerstejaarsevaluatie (first-year evaluation)"),
        (
            "Aan het einde van het eerste ziektejaar bekijken werkgever en werknemer wat er is "
            "bereikt en wat het doel voor het tweede jaar is. UWV verwacht dit tussen week {week_start} en "
            "week {week}.",
            "At the end of the first year of sickness, employer and employee review what was "
            "achieved and set the goal for the second year. UWV expects it between week {week_start} and "
            "week {week}.",
        ),
        (REG_4, SRC_UWV_WW),
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
    ),
    Rule(
        "spoor_2",
        "deadline",
        AfterStep("eerstejaarsevaluatie", 42, Day(364, plus=42)),
        "werkgever",
        ("Werkgever", "Employer"),
        ("Spoor 2 gestart (uiterlijk)", "Spoor 2 started (at the latest)"),
        (
            "Is er geen zicht op werk bij de eigen werkgever, dan start spoor 2 (werk bij een "
            "andere werkgever) meteen. Uiterlijk {const spoor2_weken_na_eje} weken na de eerstejaarsevaluatie moet het "
            "lopen.",
            "When there is no prospect of work with the own employer, spoor 2 (work with another "
            "employer) starts at once. It must be running {const spoor2_weken_na_eje} weeks after the eerstejaarsevaluatie "
            "at the latest.",
        ),
        (SRC_UWV_WW,),
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
    ),
    Rule(
        "vervroegde_iva",
        "option",
        Day(476),
        "werknemer",
        ("Werknemer", "Employee"),
        ("Laatste dag voor een vervroegde IVA-aanvraag", "Last day to apply for early IVA"),
        (
            "Is de werknemer volledig en duurzaam arbeidsongeschikt, dan kan hij eerder een "
            "IVA-uitkering aanvragen (verkorte wachttijd), uiterlijk in week {week}. Dit is een "
            "keuze, geen plicht.",
            "When the employee is fully and permanently unable to work, they can apply for an IVA "
            "benefit early (shortened waiting period), by week {week} at the latest. This is an "
            "option, not a duty.",
        ),
        (WIA_23_6, SRC_UWV_WIA),
        roles=("werknemer", "bureau"),
        todo={
            "werknemer": (
                "Bespreek met de bedrijfsarts of een vervroegde IVA voor jou past.",
                "Discuss with the bedrijfsarts whether early IVA suits you.",
            )
        },
        valid_from=WIA_SINCE,
    ),
    Rule(
        "wia_brief",
        "information",
        Window(610, 623),
        "uwv",
        ("UWV", "UWV"),
        ("UWV stuurt de brief over de WIA-aanvraag", "UWV sends the WIA application letter"),
        (
            "Rond week {week_start} stuurt UWV de werknemer een brief met de uiterste datum voor de "
            "WIA-aanvraag. Geen brief ontvangen na week {week}? Neem contact op met UWV.",
            "Around week {week_start} UWV sends the employee a letter with the last date for the WIA "
            "application. No letter after week {week}? Contact UWV.",
        ),
        (WIA_64_2, SRC_UWV_WIA),
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
    ),
    Rule(
        "reintegratieverslag",
        "deadline",
        BeforeEnd(91),
        "werkgever",
        ("Werkgever", "Employer"),
        ("Re-integratieverslag klaar", "Re-integratieverslag complete"),
        (
            "Uiterlijk {const riv_weken_voor_einde} weken voor het einde van de wachttijd (week {week}) is het "
            "re-integratieverslag compleet, met de eindevaluatie en het actueel oordeel van de "
            "bedrijfsarts. De werknemer krijgt een kopie.",
            "At the latest {const riv_weken_voor_einde} weeks before the end of the waiting period (week {week}) the "
            "re-integratieverslag is complete, with the eindevaluatie and the bedrijfsarts's "
            "actueel oordeel. The employee gets a copy.",
        ),
        (WIA_25_3,),
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
    ),
    Rule(
        "wia_aanvraag",
        "deadline",
        BeforeEnd(77),
        "werknemer",
        ("Werknemer", "Employee"),
        ("WIA-aanvraag uiterlijk", "WIA application at the latest"),
        (
            "De werknemer vraagt de WIA-uitkering aan, uiterlijk {const wia_weken_voor_einde} weken voor het einde van de "
            "wachttijd (week {week}). Dit is de laatste dag, niet de eerste: aanvragen kan vanaf de "
            "brief van UWV.",
            "The employee applies for the WIA benefit, at the latest {const wia_weken_voor_einde} weeks before the end of "
            "the waiting period (week {week}). This is the last day, not the first: you can apply as "
            "soon as UWV's letter arrives.",
        ),
        (WIA_64_3, SRC_UWV_WIA),
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
    ),
    Rule(
        "einde_wachttijd",
        "event",
        End(),
        None,
        ("Niemand hoeft iets te doen", "No one acts"),
        (
            "Einde wachttijd: laatste dag loondoorbetaling",
            "End of the waiting period: last day of sick pay",
        ),
        (
            "De laatste dag van de {const wachttijd_weken} weken: de laatste dag waarop de werkgever loon moet "
            "doorbetalen, tenzij de termijn is verlengd.",
            "The last day of the {const wachttijd_weken} weeks: the last day on which the employer must pay wages, "
            "unless the period was extended.",
        ),
        (WIA_23, BW_629),
        valid_from=WIA_SINCE,
    ),
    Rule(
        "start_wia",
        "event",
        End(plus=1),
        "uwv",
        ("UWV", "UWV"),
        ("Eerste dag WIA-uitkering", "First day of the WIA benefit"),
        (
            "De dag na de wachttijd: de WIA-uitkering kan ingaan en de werkgever mag een "
            "ontslagvergunning aanvragen. Bronnen noemen deze dag of de dag ervoor 'het einde van "
            "de {const wachttijd_weken} weken'.",
            "The day after the waiting period: the WIA benefit can start and the employer may ask "
            "for a dismissal permit. Sources call either this day or the day before 'the end of the "
            "{const wachttijd_weken} weeks'.",
        ),
        (WIA_23,),
        valid_from=WIA_SINCE,
    ),
    Rule(
        "einde_opzegverbod",
        "event",
        End(opzegverbod=True),
        None,
        ("Niemand hoeft iets te doen", "No one acts"),
        ("Einde opzegverbod tijdens ziekte", "End of the ban on dismissal during illness"),
        (
            "Tot en met deze dag mag de werkgever niet opzeggen wegens ziekte. Ziekte door "
            "zwangerschap vóór het verlof telt hier niet mee, dus deze datum kan later liggen dan "
            "het einde van de wachttijd.",
            "Up to and including this day the employer may not give notice because of illness. "
            "Pregnancy-related illness before the leave does not count here, so this date can be "
            "later than the end of the waiting period.",
        ),
        (BW_670,),
        roles=("werkgever", "werknemer"),
        valid_from=WIA_SINCE,
        in_calendar=False,
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in MILESTONE_RULES}

# Numbers of the rules that pages may quote (through the site's `{{ sw.const NAME }}` marker).
CONSTANTS: dict[str, int] = {
    "wachttijd_weken": WACHTTIJD_DAYS // 7,
    "samentellen_max_gap_dagen": SAMENTELLEN_MAX_GAP,
    "nieuwe_periode_gap_dagen": NEW_PERIOD_GAP,
    "max_loonsanctie_weken": MAX_SANCTION_WEEKS,
    "riv_weken_voor_einde": 13,
    "wia_weken_voor_einde": 11,
    "pva_weken_na_pa": 2,
    "spoor2_weken_na_eje": 6,
    "evaluatie_interval_weken": 6,
    "verlenging_min_weken": 13,
    "loonsanctie_einde_weken_na_herstel": SANCTION_END_AFTER_REPAIR // 7,
    "opzegverbod_jaren": 2,  # BW 7:670 lid 1 onder a: "ten minste twee jaren"
    "aow_loondoorbetaling_weken": 6,  # BW 7:629 lid 2 onder b: AOW-gerechtigde werknemer, ziek op of na 1 juli 2023
    "aow_loondoorbetaling_weken_oud": 13,  # overgangsrecht Wet werken na de AOW-gerechtigde leeftijd: ziek vóór 1 juli 2023
    "wazo_min_weken": 16,  # WAZO art. 3:1: zwangerschaps- en bevallingsverlof samen ten minste 16 weken
    "wia_aanvraag_na_brief_weken": 4,  # WIA 64 lid 6: aanvraag binnen vier weken na een late brief geldt als op tijd
    "wachtdagen_max": 2,  # BW 7:629 lid 9: "voor de eerste twee dagen ... geen recht op loon"
    "loondoorbetaling_procent": 70,  # BW 7:629 lid 1: "recht op 70% van het naar tijdruimte vastgestelde loon"
    "wia_drempel_procent": 35,  # WIA 5: gedeeltelijk arbeidsgeschikt is wie "ten hoogste 65%" kan verdienen
    "iva_procent": 80,  # WIA 4 lid 1: volledig arbeidsongeschikt is wie "ten hoogste 20%" kan verdienen
    "ontslag_herstel_weken": 26,  # BW 7:669 lid 3 onder b: "binnen 26 weken geen herstel"
    "vso_bedenktermijn_dagen": 14,  # BW 7:670b lid 2: "binnen veertien dagen" ontbinden
}


@dataclass(frozen=True)
class LawChange:
    """An announced or pending change that could move a date (rules.md section 6)."""

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
            "Wetsvoorstel in consultatie geweest; niet aangenomen voor zover bekend",
            "Bill consulted on; not adopted as far as known",
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
        ("Voorgenomen, nog niet besloten", "Intended, not yet decided"),
        ("beoogd 2028", "intended 2028"),
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
        ("Wetsvoorstel; aanneming niet bevestigd", "Bill; adoption not confirmed"),
        ("beoogd medio 2026", "target mid-2026"),
        (
            "Kosten van ontslag na de wachttijd, niet de termijnen",
            "The cost of dismissal after the waiting period, not the deadlines",
        ),
    ),
)


@lru_cache(maxsize=1)
def nominal_weeks() -> dict[str, tuple[int | None, int]]:
    """The illness week the law names for each milestone (first week of a window or None,
    week), computed from the formulas for a continuous illness."""
    from .engine import Context

    reference = count_sick_days([Period(date(2026, 1, 5))])
    ctx = Context.plain(reference)
    ctx.dates["plan_van_aanpak"] = RULES_BY_ID["plan_van_aanpak"].formula.evaluate(ctx)[1]
    return {rule.id: rule.formula.nominal(ctx) for rule in MILESTONE_RULES}


_PLACEHOLDER = re.compile(r"\{(week|week_start|const)(?: (\w+))?\}")


def render(text: str, rule_id: str | None = None) -> str:
    """Fill the placeholders of a rule text from the formulas, so that no week number is
    typed twice: ``{week}`` / ``{week_start}`` (this rule), ``{week ID}`` / ``{week_start ID}``
    (another rule), ``{const NAME}`` (:data:`CONSTANTS`)."""
    weeks = nominal_weeks()

    def fill(match: re.Match[str]) -> str:
        what, name = match[1], match[2]
        if what == "const":
            return str(CONSTANTS[name or ""])
        first, last = weeks[name or rule_id or ""]
        return str(last if what == "week" else first)

    return _PLACEHOLDER.sub(fill, text)
