"""The words of :mod:`calculator.roles`: per step and per role, what to do now, what still
applies once the step was done late, and what is at stake, with the sources of that claim.

What is at stake is said as the law and UWV's policy rules say it, neither softer nor harder:
at the WIA application UWV judges whether re-integration fell short, not whether a date was
missed (WIA art. 25 lid 9; Beleidsregels beoordelingskader poortwachter); employer and employee
may together depart from the time limits of the Regeling procesgang's articles 2 and 4 when
they record their reasons (its art. 5); the report of long sickness to UWV has a time limit of
the Ziektewet (art. 38 lid 1) whose lateness can cost a fine, not a loonsanctie. Employees read
*je*, employers *u*, agencies *je* (the site's rule for texts addressed to agencies).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .rules import Role
from .sources import (
    BELEIDSREGELS_POORTWACHTER,
    BW_629_3,
    BW_629_11,
    REG_2,
    REG_4,
    REG_5,
    SRC_UWV_WW,
    UWV_DESKUNDIGENOORDEEL,
    WIA_25_3,
    WIA_25_9,
    WIA_64_3,
    WIA_64_6,
    ZW_38_1,
    Source,
)
from .words import T


@dataclass(frozen=True)
class RoleWords:
    """One role's words for one step."""

    do_now: T  # the step is overdue: what to do now
    do_late: T  # the step was done, but late: what still applies
    risk: T  # what is at stake for this role
    sources: tuple[Source, ...] = ()  # where the risk comes from


@dataclass(frozen=True)
class StepWords:
    duty: Role  # the role that carries the duty (the others read what *they* can do)
    roles: Mapping[Role, RoleWords]


#: "Niet als gedaan ingevuld": worded so that it does not alarm someone who simply did not
#: record the date; keyed by (role, whether the duty is that role's own).
OVERDUE_LEAD: dict[tuple[Role, bool], T] = {
    ("werkgever", True): (
        "Niet als gedaan ingevuld. Al gedaan? Vul de datum in. Nog niet gedaan? Dit doet u nu:",
        "Not marked as done. Already done? Enter the date. Not done yet? This is what to do now:",
    ),
    ("werkgever", False): (
        "Niet als gedaan ingevuld. Heeft de werknemer het al gedaan? Vul de datum in. Nog niet? "
        "Dit kunt u doen:",
        "Not marked as done. Has the employee done it? Enter the date. Not yet? This is what you "
        "can do:",
    ),
    ("werknemer", True): (
        "Niet als gedaan ingevuld. Al gedaan? Vul de datum in. Nog niet gedaan? Dit doe je nu:",
        "Not marked as done. Already done? Enter the date. Not done yet? This is what to do now:",
    ),
    ("werknemer", False): (
        "Niet als gedaan ingevuld. Is het al gebeurd? Vul de datum in. Nog niet? Je werkgever "
        "moet dit regelen. Dit kun je zelf doen:",
        "Not marked as done. Has it happened? Enter the date. Not yet? Your employer has to "
        "arrange this. This is what you can do yourself:",
    ),
    ("bureau", True): (
        "Niet als gedaan ingevuld. Al gedaan? Vul de datum in. Nog niet? Dit is jouw deel:",
        "Not marked as done. Already done? Enter the date. Not yet? This is your part:",
    ),
    ("bureau", False): (
        "Niet als gedaan ingevuld. Al gedaan? Vul de datum in. Nog niet? Dit is jouw deel:",
        "Not marked as done. Already done? Enter the date. Not yet? This is your part:",
    ),
}

#: The view "everyone" (no role): each role's words follow under the role's name.
OVERDUE_LEAD_ALL: T = (
    "Niet als gedaan ingevuld. Al gedaan? Vul de datum in. Nog niet gedaan? Dit doet ieder nu:",
    "Not marked as done. Already done? Enter the date. Not done yet? This is what each one does "
    "now:",
)

# --- sentences several steps share -------------------------------------------------------------

#: UWV judges the re-integration as a whole, at the WIA application (the RIV-toets).
_JUDGED: T = (
    "UWV kijkt bij de WIA-aanvraag of er genoeg aan re-integratie is gedaan, niet of elke datum "
    "is gehaald.",
    "At the WIA application UWV checks whether enough was done for re-integration, not whether "
    "every date was met.",
)
#: Regeling procesgang art. 5, for the time limits of its articles 2 and 4.
_DEPART: T = (
    "Werkgever en werknemer mogen samen van deze termijn afwijken, als ze de reden vastleggen.",
    "Employer and employee may together depart from this time limit, if they record the reason.",
)
_SANCTION_U: T = (
    "Bleef de re-integratie daardoor achter zonder goede reden, dan kan UWV u een loonsanctie "
    "geven: tot {const max_loonsanctie_weken} weken langer loon betalen.",
    "If re-integration fell behind because of it without a good reason, UWV can impose a "
    "loonsanctie: up to {const max_loonsanctie_weken} weeks of extra wages.",
)
_SANCTION_BUREAU: T = (
    "Bleef de re-integratie daardoor achter zonder goede reden, dan kan UWV de werkgever een "
    "loonsanctie geven: tot {const max_loonsanctie_weken} weken langer loon betalen.",
    "If re-integration fell behind because of it without a good reason, UWV can impose a "
    "loonsanctie on the employer: up to {const max_loonsanctie_weken} weeks of extra wages.",
)
_COOPERATE: T = (
    "Meewerken is jouw plicht: wie zonder goede reden niet meewerkt, kan loon verliezen.",
    "Cooperating is your duty: someone who does not cooperate without a good reason can lose "
    "wages.",
)
_DESKUNDIGE: T = (
    "Gebeurt er te weinig, dan kun je UWV om een deskundigenoordeel vragen.",
    "If too little happens, you can ask UWV for a deskundigenoordeel (an independent expert "
    "opinion).",
)


def _join(*pairs: T) -> T:
    return " ".join(p[0] for p in pairs), " ".join(p[1] for p in pairs)


#: The agency's part when a step came late: the reason belongs in the file.
_REASON_IN_FILE: T = (
    "Controleer of de reden voor de vertraging in het dossier staat.",
    "Check that the reason for the delay is in the file.",
)
_EMPLOYEE_SOURCES = (BW_629_3, UWV_DESKUNDIGENOORDEEL)
_RIV_TOETS = (WIA_25_9, BELEIDSREGELS_POORTWACHTER)

STEP_WORDS: dict[str, StepWords] = {
    "probleemanalyse": StepWords(
        "werkgever",
        {
            "werkgever": RoleWords(
                (
                    "Vraag de bedrijfsarts nu om de probleemanalyse en schrijf op waarom die later "
                    "komt. Spreekt u met de werknemer af om van de termijn af te wijken, leg dat "
                    "dan samen vast, met de reden.",
                    "Ask the bedrijfsarts for the probleemanalyse now and write down why it comes "
                    "later. If you and the employee agree to depart from the time limit, record "
                    "that together, with the reason.",
                ),
                (
                    "Schrijf op waarom de probleemanalyse later kwam en bewaar dat in het dossier, "
                    "met de afspraak met de werknemer als u die maakte.",
                    "Write down why the probleemanalyse came later and keep that in the file, with "
                    "the agreement with the employee if you made one.",
                ),
                _join(
                    (
                        "Een late probleemanalyse is op zichzelf geen reden voor een loonsanctie.",
                        "A late probleemanalyse is not by itself a reason for a loonsanctie.",
                    ),
                    _JUDGED,
                    _SANCTION_U,
                    _DEPART,
                ),
                (REG_2, REG_5, *_RIV_TOETS),
            ),
            "werknemer": RoleWords(
                (
                    "Vraag je werkgever of casemanager wanneer je bij de bedrijfsarts kunt komen. "
                    "Je mag de bedrijfsarts ook zelf om een afspraak vragen. Schrijf op wanneer je "
                    "wat vroeg, en bewaar het advies dat je krijgt.",
                    "Ask your employer or casemanager when you can see the bedrijfsarts. You may "
                    "also ask the bedrijfsarts for an appointment yourself. Note when you asked "
                    "for what, and keep the advice you receive.",
                ),
                (
                    "Vraag om een kopie van het advies van de bedrijfsarts en bewaar die.",
                    "Ask for a copy of the bedrijfsarts's advice and keep it.",
                ),
                _join(
                    (
                        "De probleemanalyse regelt je werkgever. Een late analyse kost jou geen "
                        "loon, maar de hulp bij je terugkeer begint later. Ga wel naar de "
                        "bedrijfsarts als je wordt opgeroepen.",
                        "Your employer arranges the probleemanalyse. A late analysis costs you no "
                        "wages, but help with your return starts later. Do go to the bedrijfsarts "
                        "when you are called.",
                    ),
                    _COOPERATE,
                    _DESKUNDIGE,
                ),
                (REG_2, *_EMPLOYEE_SOURCES),
            ),
            "bureau": RoleWords(
                (
                    "Vraag de werkgever of de probleemanalyse is aangevraagd, en help een afspraak "
                    "bij de bedrijfsarts te plannen. Leg vast wat je deed.",
                    "Ask the employer whether the probleemanalyse has been requested, and help "
                    "arrange an appointment with the bedrijfsarts. Record what you did.",
                ),
                _REASON_IN_FILE,
                _join(_JUDGED, _SANCTION_BUREAU, _DEPART),
                (REG_2, REG_5, *_RIV_TOETS),
            ),
        },
    ),
    "plan_van_aanpak": StepWords(
        "werkgever",
        {
            "werkgever": RoleWords(
                (
                    "Stel het plan van aanpak nu op, samen met de werknemer, en wijs een "
                    "casemanager aan. Geef de werknemer, de casemanager en de bedrijfsarts een "
                    "kopie. Schrijf op waarom het later kwam.",
                    "Draw up the plan van aanpak now, together with the employee, and appoint a "
                    "casemanager. Give the employee, the casemanager and the bedrijfsarts a copy. "
                    "Write down why it came later.",
                ),
                (
                    "Schrijf op waarom het plan van aanpak later klaar was en bewaar dat in het "
                    "dossier.",
                    "Write down why the plan van aanpak was ready later and keep that in the file.",
                ),
                _join(
                    (
                        "Een laat plan is op zichzelf geen reden voor een loonsanctie.",
                        "A late plan is not by itself a reason for a loonsanctie.",
                    ),
                    _JUDGED,
                    _SANCTION_U,
                    _DEPART,
                ),
                (REG_4, REG_5, *_RIV_TOETS),
            ),
            "werknemer": RoleWords(
                (
                    "Vraag je werkgever om het plan van aanpak. Denk mee over de doelen en teken "
                    "het als je het ermee eens bent. Je krijgt een kopie. Ben je het ergens niet "
                    "mee eens? Laat dat in het plan opschrijven.",
                    "Ask your employer for the plan van aanpak. Help set the goals and sign it if "
                    "you agree. You get a copy. Disagree with part of it? Have that written into "
                    "the plan.",
                ),
                (
                    "Bewaar je kopie van het plan van aanpak. Ben je het ergens niet mee eens, "
                    "laat "
                    "dat dan later alsnog bij het plan opschrijven.",
                    "Keep your copy of the plan van aanpak. If you disagree with part of it, have "
                    "that added to the plan later.",
                ),
                _join(
                    (
                        "Het plan maakt je werkgever samen met jou. Zonder plan begint je "
                        "terugkeer "
                        "later; je loon loopt gewoon door.",
                        "Your employer makes the plan together with you. Without a plan your "
                        "return starts later; your wages go on as before.",
                    ),
                    _COOPERATE,
                    _DESKUNDIGE,
                ),
                (REG_4, *_EMPLOYEE_SOURCES),
            ),
            "bureau": RoleWords(
                (
                    "Help het plan van aanpak nu op te stellen, met concrete doelen, afspraken en "
                    "een casemanager, en zorg dat iedereen een kopie krijgt.",
                    "Help draw up the plan van aanpak now, with concrete goals, agreements and a "
                    "casemanager, and make sure everyone gets a copy.",
                ),
                _REASON_IN_FILE,
                _join(_JUDGED, _SANCTION_BUREAU, _DEPART),
                (REG_4, REG_5, *_RIV_TOETS),
            ),
        },
    ),
    "ziekmelding_uwv": StepWords(
        "werkgever",
        {
            "werkgever": RoleWords(
                (
                    "Doe de {name ziekmelding_uwv} nu in het werkgeversportaal van UWV.",
                    "Make the {name_en ziekmelding_uwv} now in UWV's employer portal.",
                ),
                (
                    "Bewaar de bevestiging van UWV en schrijf op waarom de melding later was.",
                    "Keep UWV's confirmation and write down why the report was late.",
                ),
                (
                    "Deze termijn staat in de Ziektewet. Te laat melden kan een boete van UWV "
                    "geven, geen loonsanctie. Komt de melding pas na week "
                    "{const melding_voor_bescherming_weken}, dan telt een late WIA-aanvraag na een "
                    "te late brief van UWV niet meer als op tijd: dan betaalt u langer loon door.",
                    "This time limit is in the Ziektewet. Reporting late can cost a fine from UWV, "
                    "not a loonsanctie. If the report comes after week "
                    "{const melding_voor_bescherming_weken}, a late WIA application after a late "
                    "letter from UWV no longer counts as on time: you then pay wages for longer.",
                ),
                (ZW_38_1, WIA_64_6),
            ),
            "bureau": RoleWords(
                (
                    "Vraag de werkgever de {name ziekmelding_uwv} nu te doen en bewaar de "
                    "bevestiging van UWV in het dossier.",
                    "Ask the employer to make the {name_en ziekmelding_uwv} now and keep UWV's "
                    "confirmation in the file.",
                ),
                (
                    "Bewaar de bevestiging van UWV in het dossier.",
                    "Keep UWV's confirmation in the file.",
                ),
                (
                    "Voor de werkgever: een boete van UWV, geen loonsanctie. Komt de melding pas "
                    "na week {const melding_voor_bescherming_weken}, dan vervalt de bescherming "
                    "als de brief van UWV over de WIA-aanvraag te laat komt.",
                    "For the employer: a fine from UWV, not a loonsanctie. If the report comes "
                    "after week {const melding_voor_bescherming_weken}, the protection when UWV's "
                    "letter about the WIA application comes late is lost.",
                ),
                (ZW_38_1, WIA_64_6),
            ),
        },
    ),
    "eerstejaarsevaluatie": StepWords(
        "werkgever",
        {
            "werkgever": RoleWords(
                (
                    "Plan de eerstejaarsevaluatie nu met de werknemer en leg het verslag vast. "
                    "Bespreek of terugkeer in uw bedrijf nog kan. Zo niet, dan begint spoor 2.",
                    "Plan the eerstejaarsevaluatie with the employee now and record it. Discuss "
                    "whether a return in your company is still possible. If not, spoor 2 starts.",
                ),
                (
                    "Schrijf op waarom de evaluatie later was en bewaar dat bij het verslag van de "
                    "evaluatie.",
                    "Write down why the evaluation was late and keep that with the record of the "
                    "evaluation.",
                ),
                _join(
                    (
                        "De evaluatie hoort in het re-integratieverslag.",
                        "The evaluation belongs in the re-integratieverslag.",
                    ),
                    _JUDGED,
                    (
                        "Begon spoor 2 daardoor te laat, zonder goede reden, dan kan UWV u een "
                        "loonsanctie geven: tot {const max_loonsanctie_weken} weken langer loon "
                        "betalen.",
                        "If spoor 2 started too late because of it, without a good reason, UWV "
                        "can impose a loonsanctie: up to {const max_loonsanctie_weken} weeks of "
                        "extra wages.",
                    ),
                    _DEPART,
                ),
                (REG_4, REG_5, *_RIV_TOETS),
            ),
            "werknemer": RoleWords(
                (
                    "Vraag je werkgever om de eerstejaarsevaluatie. Bereid je voor: wat lukt er, "
                    "wat niet, en welk werk zou je kunnen doen? Vraag om een kopie van het "
                    "verslag.",
                    "Ask your employer for the eerstejaarsevaluatie. Prepare: what works, what "
                    "does not, and what work could you do? Ask for a copy of the record.",
                ),
                (
                    "Vraag om een kopie van het verslag van de evaluatie en bewaar die.",
                    "Ask for a copy of the record of the evaluation and keep it.",
                ),
                _join(
                    (
                        "In deze evaluatie wordt bekeken of terugkeer bij je eigen werkgever nog "
                        "kan. Zonder evaluatie begint het zoeken naar werk bij een andere "
                        "werkgever "
                        "(spoor 2) misschien te laat. Je loon loopt gewoon door.",
                        "This evaluation looks at whether a return to your own employer is still "
                        "possible. Without it, looking for work with another employer (spoor 2) "
                        "may start too late. Your wages go on as before.",
                    ),
                    _DESKUNDIGE,
                ),
                (REG_4, UWV_DESKUNDIGENOORDEEL),
            ),
            "bureau": RoleWords(
                (
                    "Bereid de eerstejaarsevaluatie voor met werkgever en werknemer, en zorg dat "
                    "in "
                    "het verslag staat wat de volgende stap is, ook in spoor 2.",
                    "Prepare the eerstejaarsevaluatie with employer and employee, and make sure "
                    "the record says what the next step is, in spoor 2 too.",
                ),
                (
                    "Controleer of het verslag en de reden voor de vertraging in het dossier "
                    "staan.",
                    "Check that the record and the reason for the delay are in the file.",
                ),
                _join(_JUDGED, _SANCTION_BUREAU, _DEPART),
                (REG_4, REG_5, *_RIV_TOETS),
            ),
        },
    ),
    "spoor_2": StepWords(
        "werkgever",
        {
            "werkgever": RoleWords(
                (
                    "Begin nu met spoor 2, bijvoorbeeld met een re-integratiebureau, en leg vast "
                    "waarom het later begon. Is een blijvende terugkeer in uw bedrijf binnen "
                    "korte tijd echt in zicht? Leg dan vast waarom spoor 2 nog wacht.",
                    "Start spoor 2 now, for example with a re-integration agency, and record why "
                    "it began later. Is a lasting return in your company really in sight soon? "
                    "Then record why spoor 2 still waits.",
                ),
                (
                    "Leg vast waarom spoor 2 later begon en bewaar dat in het dossier.",
                    "Record why spoor 2 began later and keep that in the file.",
                ),
                (
                    "Deze datum staat niet in de wet: het is de werkwijze van UWV. UWV kijkt bij "
                    "de WIA-aanvraag of u genoeg deed om ander werk te vinden. Begon spoor 2 te "
                    "laat zonder goede reden, dan kan UWV u een loonsanctie geven: tot "
                    "{const max_loonsanctie_weken} weken langer loon betalen.",
                    "This date is not in the law: it is UWV's practice. At the WIA application "
                    "UWV checks whether you did enough to find other work. If spoor 2 began too "
                    "late without a good reason, UWV can impose a loonsanctie: up to "
                    "{const max_loonsanctie_weken} weeks of extra wages.",
                ),
                (SRC_UWV_WW, *_RIV_TOETS),
            ),
            "werknemer": RoleWords(
                (
                    "Vraag je werkgever of spoor 2 al begint: werk zoeken bij een andere "
                    "werkgever, naast je herstel. Werk mee aan de gesprekken en bewaar wat je "
                    "krijgt.",
                    "Ask your employer whether spoor 2 is starting: looking for work with another "
                    "employer, alongside your recovery. Take part in the meetings and keep what "
                    "you receive.",
                ),
                (
                    "Bewaar wat je krijgt over spoor 2: het plan, de verslagen en je eigen "
                    "sollicitaties. Schrijf op wanneer het echt begon.",
                    "Keep what you receive about spoor 2: the plan, the reports and your own "
                    "applications. Note when it really began.",
                ),
                _join(
                    (
                        "Spoor 2 regelt je werkgever. Begint het te laat, dan heb je minder tijd "
                        "om "
                        "ander werk te vinden voor de WIA-aanvraag.",
                        "Your employer arranges spoor 2. If it starts late, you have less time to "
                        "find other work before the WIA application.",
                    ),
                    _COOPERATE,
                    _DESKUNDIGE,
                ),
                _EMPLOYEE_SOURCES,
            ),
            "bureau": RoleWords(
                (
                    "Start het spoor 2-traject nu, en leg vast waarom het later begon en wat er al "
                    "gedaan is.",
                    "Start the spoor 2 programme now, and record why it began later and what has "
                    "been done already.",
                ),
                (
                    "Leg vast waarom spoor 2 later begon en bewaar dat in het dossier.",
                    "Record why spoor 2 began later and keep that in the file.",
                ),
                (
                    "De datum is de werkwijze van UWV, geen wettelijke termijn: UWV kijkt naar wat "
                    "er gedaan is. Begon spoor 2 te laat zonder goede reden, dan kan UWV de "
                    "werkgever een loonsanctie geven: tot {const max_loonsanctie_weken} weken "
                    "langer loon betalen.",
                    "The date is UWV's practice, not a statutory time limit: UWV looks at what was "
                    "done. If spoor 2 began too late without a good reason, UWV can impose a "
                    "loonsanctie on the employer: up to {const max_loonsanctie_weken} weeks of "
                    "extra wages.",
                ),
                (SRC_UWV_WW, *_RIV_TOETS),
            ),
        },
    ),
    "reintegratieverslag": StepWords(
        "werkgever",
        {
            "werkgever": RoleWords(
                (
                    "Maak het verslag nu compleet, met de eindevaluatie en het actueel oordeel van "
                    "de bedrijfsarts, en geef de werknemer een kopie.",
                    "Complete the report now, with the eindevaluatie and the bedrijfsarts's "
                    "actueel oordeel, and give the employee a copy.",
                ),
                (
                    "Schrijf op waarom het verslag later klaar was en bewaar dat in het dossier.",
                    "Write down why the report was ready later and keep that in the file.",
                ),
                (
                    "De werknemer heeft het verslag nodig voor de WIA-aanvraag. Ontbreekt er iets, "
                    "dan vraagt UWV het op. Blijft het verslag onvolledig, of schoot de "
                    "re-integratie zonder goede reden tekort, dan kan UWV u een loonsanctie geven: "
                    "tot {const max_loonsanctie_weken} weken langer loon betalen.",
                    "The employee needs the report for the WIA application. If something is "
                    "missing, UWV asks for it. If the report stays incomplete, or re-integration "
                    "fell short without a good reason, UWV can impose a loonsanctie: up to "
                    "{const max_loonsanctie_weken} weeks of extra wages.",
                ),
                (WIA_25_3, *_RIV_TOETS),
            ),
            "werknemer": RoleWords(
                (
                    "Vraag je werkgever nu om het re-integratieverslag: je hebt het nodig voor je "
                    "WIA-aanvraag. Lees het en schrijf je eigen mening in het deel voor de "
                    "werknemer.",
                    "Ask your employer for the re-integratieverslag now: you need it for your WIA "
                    "application. Read it and write your own opinion in the employee's part.",
                ),
                (
                    "Bewaar je kopie van het re-integratieverslag; je hebt het nodig voor de "
                    "WIA-aanvraag.",
                    "Keep your copy of the re-integratieverslag; you need it for the WIA "
                    "application.",
                ),
                (
                    "Het verslag maakt je werkgever. Is het er niet, vraag de WIA dan toch op tijd "
                    "aan en zeg UWV dat het verslag nog ontbreekt: een te late aanvraag kan jou "
                    "loon kosten.",
                    "Your employer makes the report. If it is not there, still apply for WIA in "
                    "time and tell UWV the report is missing: a late application can cost you "
                    "wages.",
                ),
                (WIA_25_3, WIA_64_3, BW_629_3),
            ),
            "bureau": RoleWords(
                (
                    "Help het verslag nu compleet te maken: de eindevaluatie, het actueel oordeel "
                    "van de bedrijfsarts en de mening van de werknemer.",
                    "Help complete the report now: the eindevaluatie, the bedrijfsarts's actueel "
                    "oordeel and the employee's opinion.",
                ),
                (
                    "Controleer of het verslag compleet is en de werknemer een kopie heeft.",
                    "Check that the report is complete and the employee has a copy.",
                ),
                (
                    "Voor de werkgever: een onvolledig verslag, of re-integratie die zonder goede "
                    "reden tekortschoot, kan een loonsanctie geven tot "
                    "{const max_loonsanctie_weken} weken. UWV kijkt naar de inhoud, niet alleen "
                    "naar de datum.",
                    "For the employer: an incomplete report, or re-integration that fell short "
                    "without a good reason, can lead to a loonsanctie of up to "
                    "{const max_loonsanctie_weken} weeks. UWV looks at the content, not only at "
                    "the date.",
                ),
                (WIA_25_3, *_RIV_TOETS),
            ),
        },
    ),
    "wia_aanvraag": StepWords(
        "werknemer",
        {
            "werknemer": RoleWords(
                (
                    "Vraag de WIA nu aan bij UWV, ook als het re-integratieverslag er nog niet is. "
                    "Kwam de brief van UWV te laat, vul dan de datum van de brief in: je hebt dan "
                    "{const wia_aanvraag_na_brief_weken} weken na de brief.",
                    "Apply for WIA at UWV now, even if the re-integratieverslag is not there yet. "
                    "If UWV's letter came late, enter the date of the letter: you then have "
                    "{const wia_aanvraag_na_brief_weken} weeks after it.",
                ),
                (
                    "Schrijf op waarom de aanvraag later was. Kwam de brief van UWV te laat, vul "
                    "dan de datum van de brief in: de rekenhulp kijkt dan of de aanvraag als op "
                    "tijd telt.",
                    "Write down why the application was late. If UWV's letter came late, enter the "
                    "date of the letter: the calculator then checks whether the application counts "
                    "as on time.",
                ),
                (
                    "Vraag je te laat aan, dan loopt de periode van loondoorbetaling langer door, "
                    "zo lang als de vertraging. Maar zonder goede reden hoeft je werkgever over "
                    "die dagen geen loon te betalen, en een WIA-uitkering begint ook later.",
                    "If you apply late, the period of sick pay runs on for as long as the delay. "
                    "But without a good reason your employer does not have to pay wages for those "
                    "days, and a WIA benefit starts later too.",
                ),
                (WIA_64_3, BW_629_11, BW_629_3),
            ),
            "werkgever": RoleWords(
                (
                    "Vraag de werknemer of de WIA is aangevraagd en zorg dat het "
                    "re-integratieverslag klaar is. Kwam de brief van UWV te laat, vul dan de "
                    "datum van de brief in.",
                    "Ask the employee whether WIA has been applied for and make sure the "
                    "re-integratieverslag is ready. If UWV's letter came late, enter the date of "
                    "the letter.",
                ),
                (
                    "Kwam de brief van UWV te laat, vul dan de datum van de brief in: de rekenhulp "
                    "kijkt dan of de aanvraag als op tijd telt.",
                    "If UWV's letter came late, enter the date of the letter: the calculator then "
                    "checks whether the application counts as on time.",
                ),
                (
                    "Vraagt de werknemer te laat aan, dan lopen de loondoorbetaling en het "
                    "opzegverbod langer door, zo lang als de vertraging. Zonder goede reden hoeft "
                    "u over die dagen geen loon te betalen.",
                    "If the employee applies late, sick pay and the ban on dismissal run on for as "
                    "long as the delay. Without a good reason you do not have to pay wages for "
                    "those days.",
                ),
                (WIA_64_3, BW_629_11, BW_629_3),
            ),
            "bureau": RoleWords(
                (
                    "Help de werknemer de WIA nu aan te vragen, ook als het re-integratieverslag "
                    "er "
                    "nog niet is.",
                    "Help the employee apply for WIA now, even if the re-integratieverslag is not "
                    "there yet.",
                ),
                (
                    "Kwam de brief van UWV te laat, vul dan de datum van de brief in: de rekenhulp "
                    "kijkt dan of de aanvraag als op tijd telt.",
                    "If UWV's letter came late, enter the date of the letter: the calculator then "
                    "checks whether the application counts as on time.",
                ),
                (
                    "De loondoorbetaling en het opzegverbod lopen langer door, zo lang als de "
                    "vertraging. Zonder goede reden is over die dagen geen loon verschuldigd.",
                    "Sick pay and the ban on dismissal run on for as long as the delay. Without a "
                    "good reason no wage is owed for those days.",
                ),
                (WIA_64_3, BW_629_11, BW_629_3),
            ),
        },
    ),
}


#: The WIA application's words once the visitor said what UWV's letter was (its date, or that
#: no letter came): the words above ask for exactly that, so they must not be shown then.
#: Per role: (overdue, late).
LETTER_KNOWN: dict[str, dict[Role, tuple[T, T]]] = {
    "wia_aanvraag": {
        "werknemer": (
            (
                "Vraag de WIA nu aan bij UWV, ook als het re-integratieverslag er nog niet is.",
                "Apply for WIA at UWV now, even if the re-integratieverslag is not there yet.",
            ),
            (
                "Schrijf op waarom de aanvraag later was en bewaar dat.",
                "Write down why the application was late and keep that.",
            ),
        ),
        "werkgever": (
            (
                "Vraag de werknemer of de WIA is aangevraagd en zorg dat het "
                "re-integratieverslag klaar is.",
                "Ask the employee whether WIA has been applied for and make sure the "
                "re-integratieverslag is ready.",
            ),
            (
                "Bewaar de stukken over de aanvraag in het dossier.",
                "Keep the papers about the application in the file.",
            ),
        ),
        "bureau": (
            (
                "Help de werknemer de WIA nu aan te vragen, ook als het re-integratieverslag er "
                "nog niet is.",
                "Help the employee apply for WIA now, even if the re-integratieverslag is not "
                "there yet.",
            ),
            _REASON_IN_FILE,
        ),
    },
}
