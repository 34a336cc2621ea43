"""The case inputs: every input a case can have, each declared once as one row.

A row (:class:`Input`) says what the input is (``kind``), where it lives in the boundary's JSON
(``key``, a dotted path inside ``case``, or inside the request for ``scope="request"``), its
share-link key (``link``), its command-line flag (``cli``), its Dutch and English labels, hints,
the noun used in error messages and the label of the "check your answers" summary (``parts``),
the form section it belongs to, and the checks a value must pass (``checks``).

Everything else reads this table: the model's reader (:func:`calculator.model.read_case`), the
share link (:mod:`calculator.fragment`), the command line (:mod:`calculator.cli`), the error
messages' field labels (:mod:`calculator.errors`), the summary (:mod:`calculator.boundary`) and
the page's form, which gets :func:`schema` as JSON from the build. Adding an input means: one
row here, the rule that uses it, and tests.

Parts: a single value has one part ``""``; a date range has ``start`` and ``end``; the periods
of sickness have ``first`` (day 1), ``start`` (a later period's first sick day), ``end`` (the
last sick day before a recovery) and ``recovered`` (the last sick day of the last period).

>>> INPUTS["extension_end"].link, INPUTS["extension_end"].cli
('verlenging', '--extension-end')
>>> [row.id for row in by_link("sanctie")]
['sanction_weeks', 'sanction_repaired']
>>> noun("actual_probleemanalyse", "en")
'the date of the probleemanalyse'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from . import law
from .names import NAMES
from .words import T, about_employee, both, pick

Kind = Literal["periods", "date", "date_range", "flag", "weeks", "choice", "text"]
Scope = Literal["case", "request"]

#: How much one CSV file of cases may hold (:mod:`calculator.batch` reads no more); in
#: :func:`schema` as ``limits`` so the page can cut an upload before it reaches Python.
CSV_MAX_ROWS = 2000
CSV_MAX_BYTES = 2_000_000


MELDING_42 = NAMES["ziekmelding_uwv"]


#: The roles whose form words may differ from the employee's (the default, "je"): the employer
#: and the HR officer read "u" and "uw werknemer", the re-integration agency "je" and "de
#: werknemer". The view "everyone" reads the default words.
FORM_ROLES = ("werkgever", "bureau")


@dataclass(frozen=True)
class Part:
    """The words for one field of an input.

    ``label`` and ``hint`` are the employee's words (or words that address nobody);
    ``label_roles`` / ``hint_roles`` hold another role's own words where they differ (keyed by a
    role of :data:`FORM_ROLES`); a role without its own reads the default.
    """

    label: T
    noun: T  # inside an error message: "Vul {noun} in"
    hint: T | None = None
    summary: T | None = None  # the label in "check your answers"; None: not summarised
    hint_roles: Mapping[str, T] = field(default_factory=dict)
    label_roles: Mapping[str, T] = field(default_factory=dict)

    def label_for(self, role: str | None) -> T:
        """The label as ``role`` reads it (the page Meerdere dossiers: the employer's)."""
        return self.label_roles.get(role or "", self.label)


@dataclass(frozen=True)
class Check:
    """The checks a value must pass; :mod:`calculator.model` applies them.

    ``after_first_sick_day``: the error code when the date lies before day 1;
    ``not_after_today``: only steps already taken;
    ``in_calculable_range``: between the earliest first sick day the rules cover and ten years
    ahead; ``minimum``/``maximum``: bounds of a number, each with its error code.
    """

    after_first_sick_day: str | None = None
    not_after_today: bool = False
    in_calculable_range: bool = False
    minimum: tuple[int, str] | None = None
    maximum: tuple[int, str] | None = None
    years_before_first_sick_day: int | None = None  # a birth date: at least this many years


@dataclass(frozen=True)
class Section:
    """A group of inputs on the form; optional sections start closed."""

    id: str
    title: T
    hint: T | None = None
    optional: bool = True
    hint_roles: Mapping[str, T] = field(default_factory=dict)  # as in :class:`Part`


@dataclass(frozen=True)
class Input:
    id: str
    kind: Kind
    key: str
    section: str
    parts: Mapping[str, Part]
    link: str | None = None
    cli: str | None = None  # "" for the positional argument
    scope: Scope = "case"
    default: Any = None
    choices: tuple[str, ...] = ()
    check: Check = field(default_factory=Check)
    step: str | None = None  # the milestone whose actual date this is
    requires: tuple[str, ...] = ()  # only read when one of these other inputs is given
    csv: T | None = None  # the column of a CSV file of cases (Dutch, English header)
    #: It names or identifies a person (the visitor's own name for a case, a date of birth):
    #: in a share link the visitor makes, never in an address the page writes by itself
    #: (``page_fragment`` of the boundary's answers), which the browser's history keeps.
    personal: bool = False

    @property
    def part(self) -> Part:
        return self.parts[""]

    def field(self, part: str = "") -> str:
        """The field name errors use: the key, with ``.start``/``.end`` for a range."""
        return f"{self.key}.{part}" if part else self.key

    def label_key(self, part: str = "") -> str:
        """The key of this part's noun in :data:`NOUNS`."""
        return f"{self.id}.{part}" if part else self.id


SECTIONS: tuple[Section, ...] = (
    Section("periods", ("Ziekteperiodes", "Periods of sickness"), optional=False),
    Section("leave", ("Zwangerschaps- en bevallingsverlof", "Pregnancy and maternity leave")),
    Section(
        "steps",
        ("Stappen die al gezet zijn", "Steps already taken"),
        (
            "Vul alleen in wat echt al gebeurd is. Dan rekent de rekenhulp vanaf die datum.",
            "Only fill in what has really happened. The calculator then counts from that date.",
        ),
    ),
    Section(
        "sanction",
        ("Loonsanctie", "Wage sanction (loonsanctie)"),
        (
            "Vul de lengte van de loonsanctie in, of de datum waarop UWV besliste dat de "
            "tekortkoming is hersteld.",
            "Fill in the length of the wage sanction, or the date UWV decided the shortcoming "
            "was repaired.",
        ),
    ),
    Section("extension", ("Vrijwillige verlenging", "Voluntary extension")),
    Section(
        "contract",
        (
            "Einde van het contract, proeftijd of ontslagaanvraag",
            "End of the contract, probation or a dismissal request",
        ),
    ),
    Section(
        "person",
        ("AOW-leeftijd en vervroegde IVA", "AOW age and early IVA"),
        (
            "Je geboortedatum blijft in je browser, net als al het andere. De rekenhulp gebruikt "
            "hem alleen om je AOW-datum te bepalen.",
            "Your date of birth stays in your browser, like everything else. The calculator only "
            "uses it to find your AOW date.",
        ),
        hint_roles=about_employee(
            "De geboortedatum blijft in {uw} browser, net als al het andere. De rekenhulp gebruikt "
            "hem alleen om de AOW-datum van {w} te bepalen.",
            "The date of birth stays in {uw} browser, like everything else. The calculator only "
            "uses it to find {w}'s AOW date.",
        ),
    ),
    Section("label", ("Naam van deze berekening", "Name of this calculation")),
    Section("view", ("Weergave", "View"), optional=False),
)


def _date_part(label: T, noun: T, summary: T | None = None, hint: T | None = None) -> Part:
    return Part(label=label, noun=noun, hint=hint, summary=summary)


def _actual(step: str, link: str, cli: str, label: T, noun: T, summary: T, csv: T) -> Input:
    return Input(
        id=f"actual_{step}",
        kind="date",
        key=f"actual.{step}",
        section="steps",
        parts={"": _date_part(label, noun, summary)},
        link=link,
        cli=cli,
        check=Check(after_first_sick_day="actual_before_start", not_after_today=True),
        step=step,
        csv=csv,
    )


TABLE: tuple[Input, ...] = (
    Input(
        id="periods",
        kind="periods",
        key="periods",
        section="periods",
        link="ziek",
        cli="",
        parts={
            "first": Part(
                label=("Eerste ziektedag", "First sick day"),
                noun=("de eerste ziektedag", "the first sick day"),
                hint=(
                    "De eerste werkdag waarop je door ziekte niet hebt gewerkt, of de dag waarop "
                    "je halverwege je werk bent gestopt. Bijvoorbeeld 5 1 2026 of 5 jan 2026.",
                    "The first working day you did not work because of illness, or the day you "
                    "stopped working part-way through. For example 5 1 2026 or 5 Jan 2026.",
                ),
                hint_roles=about_employee(
                    "De eerste werkdag waarop {w} door ziekte niet heeft gewerkt, of de dag "
                    "waarop {w} halverwege het werk is gestopt. Bijvoorbeeld 5 1 2026 of 5 jan "
                    "2026.",
                    "The first working day {w} did not work because of illness, or the day they "
                    "stopped working part-way through. For example 5 1 2026 or 5 Jan 2026.",
                ),
                summary=("Eerste ziektedag", "First sick day"),
            ),
            "end": Part(
                label=(
                    "Laatste ziektedag voor volledig herstel",
                    "Last sick day before full recovery",
                ),
                noun=("de laatste ziektedag", "the last sick day"),
                hint=(
                    "De laatste dag waarop je ziek was, voordat je je eigen werk weer helemaal "
                    "deed.",
                    "The last day you were ill, before you were fully back in your own job.",
                ),
                hint_roles=about_employee(
                    "De laatste dag waarop {w} ziek was, voordat {w} het eigen werk weer helemaal "
                    "deed.",
                    "The last day {w} was ill, before they were fully back in their own job.",
                ),
                summary=("Laatste ziektedag voor herstel", "Last sick day before recovery"),
            ),
            "start": Part(
                label=("Nieuwe eerste ziektedag", "New first sick day"),
                noun=("de eerste ziektedag van deze periode", "the first sick day of this period"),
                hint=(
                    "De eerste werkdag waarop je opnieuw door ziekte niet hebt gewerkt.",
                    "The first working day you again did not work because of illness.",
                ),
                hint_roles=about_employee(
                    "De eerste werkdag waarop {w} opnieuw door ziekte niet heeft gewerkt.",
                    "The first working day {w} again did not work because of illness.",
                ),
                summary=("Opnieuw ziek vanaf", "Ill again from"),
            ),
            "recovered": Part(
                label=("Laatste ziektedag voor herstel", "Last sick day before recovery"),
                noun=("de laatste ziektedag", "the last sick day"),
                hint=(
                    "De laatste dag waarop je ziek was, voordat je je eigen werk weer helemaal "
                    "deed. Laat dit leeg als je nog ziek bent. De uitkomst laat zien tot wanneer "
                    "een nieuwe ziekmelding nog wordt samengeteld.",
                    "The last day you were ill, before you were fully back in your own job. "
                    "Leave this empty if you are still ill. The result shows until when a new "
                    "sickness is still added together.",
                ),
                hint_roles=about_employee(
                    "De laatste dag waarop {w} ziek was, voordat {w} het eigen werk weer helemaal "
                    "deed. Laat dit leeg als {w} nog ziek is. De uitkomst laat zien tot wanneer "
                    "een nieuwe ziekmelding nog wordt samengeteld.",
                    "The last day {w} was ill, before they were fully back in their own job. "
                    "Leave this empty if {w} is still ill. The result shows until when a new "
                    "sickness is still added together.",
                ),
                summary=("Laatste ziektedag voor herstel", "Last sick day before recovery"),
            ),
        },
        check=Check(in_calculable_range=True),
        csv=("ziekteperiodes", "sickness_periods"),
    ),
    Input(
        id="leave",
        kind="date_range",
        key="pregnancy_leave",
        section="leave",
        link="verlof",
        cli="--leave",
        parts={
            "": Part(
                label=("Zwangerschaps- en bevallingsverlof", "Pregnancy and maternity leave"),
                noun=("het verlof", "the leave"),
                summary=("Zwangerschaps- en bevallingsverlof", "Pregnancy and maternity leave"),
            ),
            "start": _date_part(
                ("Eerste dag van het verlof", "First day of the leave"),
                ("de eerste dag van het verlof", "the first day of the leave"),
            ),
            "end": _date_part(
                ("Laatste dag van het verlof", "Last day of the leave"),
                ("de laatste dag van het verlof", "the last day of the leave"),
            ),
        },
        check=Check(in_calculable_range=True),
        csv=("verlof", "leave"),
    ),
    Input(
        id="pregnancy_due",
        kind="date",
        key="pregnancy_due",
        section="leave",
        link="uitgerekend",
        cli="--due-date",
        parts={
            "": Part(
                label=("Uitgerekende datum", "Due date"),
                noun=("de uitgerekende datum", "the due date"),
                hint=(
                    "Weet je de eerste en laatste dag van het verlof nog niet? Vul dan alleen de "
                    "uitgerekende datum in. De rekenhulp schat het verlof dan (indicatie). Vul de "
                    "echte data in zodra je ze weet.",
                    "If you do not know the first and last day of the leave yet, enter only the "
                    "due date: the calculator then estimates the leave (an indication). Enter the "
                    "real dates once you know them.",
                ),
                hint_roles={
                    "werkgever": (
                        "Weet u de eerste en laatste dag van het verlof nog niet? Vul dan alleen "
                        "de uitgerekende datum in. De rekenhulp schat het verlof dan (indicatie). "
                        "Vul de echte data in zodra u ze weet.",
                        "If you do not know the first and last day of the leave yet, enter only "
                        "the due date: the calculator then estimates the leave (an indication). "
                        "Enter the real dates once you know them.",
                    )
                },
                summary=("Uitgerekende datum", "Due date"),
            )
        },
        check=Check(in_calculable_range=True),
        csv=("uitgerekende_datum", "due_date"),
    ),
    Input(
        id="leave_same_cause",
        kind="flag",
        requires=("leave", "pregnancy_due"),
        key="pregnancy_leave.same_cause",
        section="leave",
        link="verlof_andere_oorzaak",
        cli="--other-cause",
        default=True,
        parts={
            "": Part(
                label=(
                    "De ziekte na het verlof heeft duidelijk een andere oorzaak dan de ziekte "
                    "ervoor",
                    "The illness after the leave clearly has another cause than the illness "
                    "before it",
                ),
                noun=("de oorzaak", "the cause"),
                hint=(
                    "De wet gaat uit van dezelfde oorzaak: dan tellen de periodes voor en na het "
                    "verlof samen. Vink dit alleen aan als de oorzaak echt een andere is.",
                    "The law presumes the same cause: then the periods before and after the leave "
                    "are added together. Tick this only when the cause really is another one.",
                ),
                summary=("Andere oorzaak na het verlof", "Another cause after the leave"),
            )
        },
        csv=("verlof_andere_oorzaak", "leave_other_cause"),
    ),
    Input(
        id="leave_pregnancy_related",
        kind="flag",
        requires=("leave", "pregnancy_due"),
        key="pregnancy_leave.pregnancy_related",
        section="leave",
        link="verlof_zwanger",
        cli="--pregnancy-related",
        default=False,
        parts={
            "": Part(
                label=(
                    "De ziekte voor het verlof had met de zwangerschap te maken",
                    "The illness before the leave was related to the pregnancy",
                ),
                noun=("de oorzaak", "the cause"),
                summary=(
                    "Ziekte voor het verlof door de zwangerschap",
                    "Illness before the leave due to the pregnancy",
                ),
            )
        },
        csv=("verlof_zwangerschapsziekte", "leave_pregnancy_related"),
    ),
    _actual(
        "probleemanalyse",
        "pa",
        "--probleemanalyse",
        ("Datum van de probleemanalyse", "Date of the problem analysis (probleemanalyse)"),
        ("de datum van de probleemanalyse", "the date of the probleemanalyse"),
        ("Probleemanalyse gemaakt op", "Probleemanalyse made on"),
        ("probleemanalyse_gedaan", "probleemanalyse_done"),
    ),
    _actual(
        "plan_van_aanpak",
        "pva",
        "--plan-van-aanpak",
        ("Datum van het plan van aanpak", "Date of the plan of action (plan van aanpak)"),
        ("de datum van het plan van aanpak", "the date of the plan van aanpak"),
        ("Plan van aanpak gemaakt op", "Plan van aanpak made on"),
        ("plan_van_aanpak_gedaan", "plan_van_aanpak_done"),
    ),
    _actual(
        "ziekmelding_uwv",
        "uwv",
        "--ziekmelding-uwv",
        (
            f"Datum van de ziekmelding bij UWV ({MELDING_42.nl})",
            f"Date of the {MELDING_42.en} to UWV",
        ),
        (f"de datum van de {MELDING_42.nl}", f"the date of the {MELDING_42.en}"),
        (f"{MELDING_42.nl} gedaan op", f"{MELDING_42.en} made on"),
        ("ziekmelding_uwv_gedaan", "uwv_report_done"),
    ),
    _actual(
        "eerstejaarsevaluatie",
        "eje",
        "--eerstejaarsevaluatie",
        (
            "Datum van de eerstejaarsevaluatie",
            "Date of the first-year evaluation (eerstejaarsevaluatie)",
        ),
        ("de datum van de eerstejaarsevaluatie", "the date of the eerstejaarsevaluatie"),
        ("Eerstejaarsevaluatie gehouden op", "Eerstejaarsevaluatie held on"),
        ("eerstejaarsevaluatie_gedaan", "eerstejaarsevaluatie_done"),
    ),
    _actual(
        "spoor_2",
        "spoor2",
        "--spoor-2",
        ("Datum waarop spoor 2 begon", "Date spoor 2 started"),
        ("de startdatum van spoor 2", "the start date of spoor 2"),
        ("Spoor 2 gestart op", "Spoor 2 started on"),
        ("spoor_2_gestart", "spoor_2_started"),
    ),
    _actual(
        "reintegratieverslag",
        "riv",
        "--reintegratieverslag",
        (
            "Datum waarop het re-integratieverslag klaar was",
            "Date the re-integratieverslag was complete",
        ),
        ("de datum van het re-integratieverslag", "the date of the re-integratieverslag"),
        ("Re-integratieverslag klaar op", "Re-integratieverslag complete on"),
        ("reintegratieverslag_klaar", "reintegratieverslag_done"),
    ),
    _actual(
        "wia_aanvraag",
        "wia",
        "--wia-aanvraag",
        ("Datum van de WIA-aanvraag", "Date of the WIA application"),
        ("de datum van de WIA-aanvraag", "the date of the WIA application"),
        ("WIA aangevraagd op", "WIA applied for on"),
        ("wia_aangevraagd", "wia_applied"),
    ),
    Input(
        id="wia_letter",
        kind="date",
        key="wia_letter",
        section="steps",
        link="wia_brief",
        cli="--wia-letter",
        parts={
            "": Part(
                label=(
                    "Datum van de brief van UWV over de WIA-aanvraag",
                    "Date of UWV's letter about the WIA application",
                ),
                noun=("de datum van de brief van UWV", "the date of UWV's letter"),
                hint=(
                    "Kwam de brief te laat, dan heb je vier weken na de brief om aan te vragen.",
                    "If the letter came late, you have four weeks after it to apply.",
                ),
                hint_roles=about_employee(
                    "Kwam de brief te laat, dan heeft {w} vier weken na de brief om aan te vragen.",
                    "If the letter came late, {w} has four weeks after it to apply.",
                ),
                summary=("Brief van UWV over de WIA", "UWV's letter about the WIA"),
            )
        },
        check=Check(after_first_sick_day="actual_before_start", not_after_today=True),
        csv=("wia_brief", "wia_letter"),
    ),
    Input(
        id="wia_no_letter",
        kind="flag",
        key="wia_no_letter",
        section="steps",
        link="geen_wia_brief",
        cli="--no-wia-letter",
        default=False,
        parts={
            "": Part(
                label=(
                    "UWV heeft geen brief over de WIA-aanvraag gestuurd",
                    "UWV sent no letter about the WIA application",
                ),
                noun=("de brief van UWV", "UWV's letter"),
                summary=("Geen brief van UWV over de WIA", "No letter from UWV about the WIA"),
            )
        },
        csv=("geen_wia_brief", "no_wia_letter"),
    ),
    Input(
        id="sanction_weeks",
        kind="weeks",
        key="loonsanctie.weeks",
        section="sanction",
        link="sanctie",
        cli="--sanction",
        parts={
            "": Part(
                label=(
                    "Lengte van de loonsanctie in weken",
                    "Length of the wage sanction in weeks",
                ),
                noun=("het aantal weken loonsanctie", "the number of weeks of the loonsanctie"),
                summary=("Loonsanctie", "Loonsanctie"),
            )
        },
        check=Check(
            minimum=(1, "sanction_too_short"),
            # the version in force today: the form's limit (WIA 25 lid 9)
            maximum=(law.MAX_LOONSANCTIE.on(law.reference_day()).weeks, "sanction_too_long"),
        ),
        csv=("loonsanctie_weken", "sanction_weeks"),
    ),
    Input(
        id="sanction_repaired",
        kind="date",
        key="loonsanctie.repaired",
        section="sanction",
        link="sanctie",
        cli="--sanction",
        parts={
            "": _date_part(
                (
                    "Datum van het besluit van UWV dat de tekortkoming is hersteld",
                    "Date of UWV's decision that the shortcoming was repaired",
                ),
                (
                    "de datum van het UWV-besluit over het herstel",
                    "the date of UWV's decision that the shortcoming was repaired",
                ),
                ("UWV-besluit herstel", "UWV decision on repair"),
            )
        },
        check=Check(after_first_sick_day="actual_before_start", in_calculable_range=True),
        csv=("loonsanctie_herstel", "sanction_repaired"),
    ),
    Input(
        id="extension_end",
        kind="date",
        key="extension_end",
        section="extension",
        link="verlenging",
        cli="--extension-end",
        parts={
            "": _date_part(
                ("Nieuwe einddatum die UWV heeft vastgesteld", "New end date set by UWV"),
                (
                    "de einddatum van de vrijwillige verlenging",
                    "the end date of the voluntary extension",
                ),
                ("Vrijwillige verlenging tot", "Voluntary extension until"),
            )
        },
        csv=("verlenging_tot", "extension_until"),
    ),
    Input(
        id="contract_end",
        kind="date",
        key="contract_end",
        section="contract",
        link="einde_contract",
        cli="--contract-end",
        parts={
            "": _date_part(
                ("Laatste dag van het contract", "Last day of the contract"),
                ("de einddatum van het contract", "the end date of the contract"),
                ("Einde contract", "End of contract"),
            )
        },
        check=Check(after_first_sick_day="contract_end_before_start", in_calculable_range=True),
        csv=("einde_contract", "contract_end"),
    ),
    Input(
        id="proeftijd",
        kind="flag",
        key="proeftijd",
        section="contract",
        link="proeftijd",
        cli="--proeftijd",
        default=False,
        parts={
            "": Part(
                label=(
                    "Ziek geworden tijdens de proeftijd",
                    "Fell ill during the probation period",
                ),
                noun=("de proeftijd", "the probation period"),
                summary=("Ziek in de proeftijd", "Ill during probation"),
            )
        },
        csv=("proeftijd", "probation"),
    ),
    Input(
        id="dismissal_request",
        kind="date",
        key="dismissal_request",
        section="contract",
        link="ontslagaanvraag",
        cli="--dismissal-request",
        parts={
            "": Part(
                label=(
                    "Datum waarop UWV de ontslagaanvraag van de werkgever ontving",
                    "Date UWV received the employer's request for a dismissal permit",
                ),
                noun=("de datum van de ontslagaanvraag", "the date of the dismissal request"),
                hint=(
                    "Alleen invullen als de werkgever bij UWV toestemming voor ontslag heeft "
                    "gevraagd.",
                    "Only fill this in when the employer asked UWV for permission to dismiss.",
                ),
                summary=("Ontslagaanvraag ontvangen door UWV", "Dismissal request received by UWV"),
            )
        },
        check=Check(in_calculable_range=True),
        csv=("ontslagaanvraag", "dismissal_request"),
    ),
    Input(
        id="birth_date",
        kind="date",
        key="birth_date",
        section="person",
        link="geboren",
        cli="--birth-date",
        parts={
            "": Part(
                label=("Geboortedatum van de werknemer", "The employee's date of birth"),
                noun=("de geboortedatum", "the date of birth"),
                hint=(
                    "Alleen nodig als de werknemer de AOW-leeftijd nadert of heeft bereikt.",
                    "Only needed when the employee is near or past the AOW age.",
                ),
                summary=("Geboortedatum", "Date of birth"),
            )
        },
        check=Check(years_before_first_sick_day=15),
        csv=("geboortedatum", "birth_date"),
        personal=True,
    ),
    Input(
        id="early_iva",
        kind="flag",
        key="early_iva",
        section="person",
        link="iva",
        cli="--early-iva",
        default=False,
        parts={
            "": Part(
                label=(
                    "UWV heeft een vervroegde IVA-uitkering toegekend",
                    "UWV granted an early IVA benefit",
                ),
                noun=("de vervroegde IVA", "the early IVA"),
                summary=("Vervroegde IVA toegekend", "Early IVA granted"),
            )
        },
        csv=("vervroegde_iva", "early_iva"),
    ),
    Input(
        id="label",
        kind="text",
        key="label",
        section="label",
        link="naam",
        cli="--label",
        personal=True,
        parts={
            "": Part(
                label=("Naam (alleen voor jezelf)", "Name (just for you)"),
                label_roles={"werkgever": ("Naam (alleen voor uzelf)", "Name (just for you)")},
                noun=("de naam", "the name"),
                hint=(
                    "Bijvoorbeeld een dossiernummer. De naam komt in je agenda en in de link om "
                    "te delen, niet in de adresbalk en niet op een server. Gebruik liever geen "
                    "volledige naam.",
                    "For example a file number. The name goes into your calendar and the link "
                    "to share, not into the address bar and never to a server. Better not use a "
                    "full name.",
                ),
                hint_roles={
                    "werkgever": (
                        "Bijvoorbeeld een dossiernummer. De naam komt in uw agenda en in de link "
                        "om te delen, niet in de adresbalk en niet op een server. Gebruik liever "
                        "geen volledige naam.",
                        "For example a file number. The name goes into your calendar and the "
                        "link to share, not into the address bar and never to a server. Better "
                        "not use a full name.",
                    )
                },
                summary=("Naam", "Name"),
            )
        },
        csv=("naam", "name"),
    ),
    Input(
        id="role",
        kind="choice",
        key="role",
        section="view",
        scope="request",
        link="rol",
        cli="--role",
        choices=("werkgever", "werknemer", "bureau"),
        parts={
            "": Part(
                label=("Laat zien wat te doen is voor", "Show what to do for"),
                noun=("de rol", "the role"),
            )
        },
    ),
    Input(
        id="lang",
        kind="choice",
        key="lang",
        section="view",
        scope="request",
        link="taal",
        cli="--lang",
        default="nl",
        choices=("nl", "en"),
        parts={"": Part(label=("Taal", "Language"), noun=("de taal", "the language"))},
    ),
)

INPUTS: dict[str, Input] = {row.id: row for row in TABLE}
CASE_INPUTS: tuple[Input, ...] = tuple(row for row in TABLE if row.scope == "case")
STEP_INPUTS: tuple[Input, ...] = tuple(row for row in TABLE if row.step is not None)

#: Nouns that are not an input's: the reference date and a date in general.
_OTHER_NOUNS: dict[str, T] = {
    "today": ("de datum van vandaag", "today's date"),
    "date": ("de datum", "the date"),
}

#: Every noun an error message can use, keyed by :meth:`Input.label_key`.
NOUNS: dict[str, T] = {
    **{row.label_key(name): part.noun for row in TABLE for name, part in row.parts.items()},
    **_OTHER_NOUNS,
}


def noun(key: str, lang: str) -> str:
    """The noun for an error message (``de eerste ziektedag`` / ``the first sick day``)."""
    return pick(NOUNS.get(key, _OTHER_NOUNS["date"]), lang)


def put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``value`` at a row's dotted ``key`` in a JSON-shaped case (``actual.probleemanalyse``).

    >>> case: dict[str, Any] = {}
    >>> put(case, "loonsanctie.weeks", "12"); case
    {'loonsanctie': {'weeks': '12'}}
    """
    *path, last = key.split(".")
    for name in path:
        target = target.setdefault(name, {})
    target[last] = value


def by_link(key: str) -> list[Input]:
    """The rows that share a share-link key, in table order (``sanctie``: weeks, then date)."""
    return [row for row in TABLE if row.link == key]


def by_cli(flag: str) -> list[Input]:
    """The rows that share a command-line flag, in table order."""
    return [row for row in TABLE if row.cli == flag]


def _said(pair: T | None, roles: Mapping[str, T]) -> dict[str, Any] | None:
    """Words for the page: the default pair, and under ``roles`` each role's own pair."""
    words: dict[str, Any] | None = both(pair)
    if words is not None and roles:
        words["roles"] = {role: both(own) for role, own in roles.items()}
    return words


def schema() -> dict[str, Any]:
    """The table as JSON-ready data for the page's form (both languages)."""
    return {
        "version": 1,
        "sections": [
            {
                "id": s.id,
                "title": both(s.title),
                "hint": _said(s.hint, s.hint_roles),
                "optional": s.optional,
            }
            for s in SECTIONS
        ],
        "inputs": [
            {
                "id": row.id,
                "kind": row.kind,
                "key": row.key,
                "scope": row.scope,
                "section": row.section,
                "link": row.link,
                "default": row.default,
                "choices": list(row.choices),
                "step": row.step,
                "requires": list(row.requires),
                "csv": both(row.csv),
                "parts": {
                    name: {
                        "label": _said(part.label, part.label_roles),
                        "hint": _said(part.hint, part.hint_roles),
                        "summary": both(part.summary),
                    }
                    for name, part in row.parts.items()
                },
            }
            for row in TABLE
        ],
        "limits": {"csv_bytes": CSV_MAX_BYTES, "csv_rows": CSV_MAX_ROWS},
        "soon_days": law.SOON.days,  # a deadline this close is "soon" (status and filters)
    }
