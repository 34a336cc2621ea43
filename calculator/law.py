"""The periods the law names, each once, in days, with its article and the dates it is in force.

Every formula of the rules table, every check of the case and every text that states a length
("binnen 2 weken", "13 weken voor het einde") reads its number from here: a legal period is
typed once. Lengths are in calendar days; ``weeks`` is derived.

**The law's own calendar.** The law changes on dates, and a case runs for years across them.
So a legal period is a :class:`LegalPeriod`: one or more versions (:class:`Term`), each with the
days it is in force (``valid_from`` .. ``valid_until``, inclusive), and the date the law ties the
choice to (``tied_to``: for most periods the first sick day, as transitional law usually does;
for some the date the period counts from). A formula never reads a length without a date:
``PERIOD.on(day)`` gives the version in force on ``day``, and each formula's docstring says
which day it passes. The first real user: sick pay past the AOW age lasts six weeks for illness
that began on or after 1 July 2023, thirteen before (:data:`AOW_LOONDOORBETALING`).

``valid_from`` is the first day on which the calculator knows the period in this form (the day
the article took this form, or the day the law itself came into force); earlier versions are not
modelled, since the calculator refuses first sick days before the rules it covers.

When a period changes on a date, a maintainer adds one version to its row here (the README's
recipe "A period changes on a date"); the formulas, derivations, week numbers in texts and the
pages follow by themselves.

Sick days and calendar days differ (see :mod:`calculator.counting`): a :class:`Term` only says
how long a period is; the rules table says what it is counted on.

>>> WACHTTIJD.on(date(2026, 1, 5)).weeks, PLAN_NA_PROBLEEMANALYSE.on(date(2026, 1, 5)).days
(104, 14)
>>> [AOW_LOONDOORBETALING.on(day).weeks for day in (date(2023, 6, 30), date(2023, 7, 1))]
[13, 6]
>>> CONSTANT_TERMS["wia_weken_voor_einde"] is WIA_AANVRAAG_VOOR_EINDE
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DAYS_PER_WEEK = 7

# --- the days laws came into force (the first day a version below is known to apply) -------
REGELING_SINCE = date(2002, 4, 1)  # Regeling procesgang (Wet verbetering poortwachter)
WIA_SINCE = date(2005, 12, 29)  # Wet WIA
APPLICATION_93_SINCE = date(2013, 7, 1)  # WIA 64: letter by week 89, application by week 93
AOW_SICK_PAY_SINCE = date(2016, 1, 1)  # BW 7:629 lid 2 onder b (Stb. 2015, 376): 13 weeks
AOW_SIX_WEEKS_SINCE = date(2023, 7, 1)  # six weeks for illness that began on or after this day


@dataclass(frozen=True)
class Term:
    """One version of a legal period: its length, where it comes from, when it is in force."""

    days: int
    source: str
    practice: bool = False  # True when UWV practice, not a statute, sets it
    valid_from: date | None = None
    valid_until: date | None = None

    @property
    def weeks(self) -> int:
        """The length in whole weeks (every weekly term is a whole number of weeks)."""
        if self.days % DAYS_PER_WEEK:
            raise ValueError(f"{self.days} days is not a whole number of weeks")
        return self.days // DAYS_PER_WEEK

    def in_force(self, when: date) -> bool:
        return (self.valid_from is None or when >= self.valid_from) and (
            self.valid_until is None or when <= self.valid_until
        )


#: The dates a period can be tied to, in words (for the docstrings, the README and the tests).
FIRST_SICK_DAY = "the first sick day (of the periods added together)"
STEP_DATE = "the date of the step it counts from"
END_DATE = "the end of the wachttijd it counts back from"
LETTER_DATE = "the date of UWV's letter"
LEAVE_START = "the first day of the leave"
LEAVE_END = "the last day of the leave"
NEW_PERIOD = "the first sick day of the later period"
DECISION_DATE = "the date of UWV's decision"
TODAY = "the day of the calculation (not a period of the law)"
RIGHT_STARTS = "the day the right to the benefit starts"
DUE_DATE = "the expected date of birth (the due date)"


@dataclass(eq=False)
class LegalPeriod:
    """A period the law names, as it changed over time.

    ``versions`` are in date order and do not overlap; ``on(day)`` gives the one in force on
    ``day``. A day before the first version gets the first, a day after the last the last: the
    calculator covers no case before its rules (see ``rules.EARLIEST_FIRST_SICK_DAY``), so that
    only happens for a tie date the visitor typed far away, and the first version is then the
    closest statement of the law we have. Not frozen (and compared by identity), so that a test
    can give a period a version that exists only in the test.
    """

    name: str
    tied_to: str
    versions: tuple[Term, ...]

    def on(self, when: date) -> Term:
        """The version in force on ``when``."""
        for version in self.versions:
            if version.in_force(when):
                return version
        first = self.versions[0]
        if first.valid_from is not None and when < first.valid_from:
            return first
        return self.versions[-1]

    @property
    def source(self) -> str:
        return self.versions[-1].source


def weeks(
    n: int,
    source: str,
    *,
    practice: bool = False,
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> Term:
    return Term(n * DAYS_PER_WEEK, source, practice, valid_from, valid_until)


def period(name: str, tied_to: str, *versions: Term) -> LegalPeriod:
    return LegalPeriod(name, tied_to, tuple(versions))


# --- the 104 weeks and the steps inside them ------------------------------------------------
WACHTTIJD = period(
    "wachttijd",
    FIRST_SICK_DAY,
    weeks(104, "WIA art. 23 lid 1; BW 7:629 lid 1", valid_from=WIA_SINCE),
)
PROBLEEMANALYSE = period(
    "probleemanalyse",
    FIRST_SICK_DAY,
    weeks(6, "Regeling procesgang art. 2 lid 2", valid_from=REGELING_SINCE),
)
PLAN_NA_PROBLEEMANALYSE = period(
    "plan_na_probleemanalyse",
    STEP_DATE,
    weeks(2, "Regeling procesgang art. 4 lid 1", valid_from=REGELING_SINCE),
)
EVALUATIE_INTERVAL = period(
    "evaluatie_interval",
    STEP_DATE,
    weeks(6, "Regeling procesgang art. 4 lid 2; UWV", practice=True, valid_from=REGELING_SINCE),
)
ZIEKMELDING_UWV = period(
    "ziekmelding_uwv", FIRST_SICK_DAY, weeks(42, "Ziektewet art. 38 lid 1", valid_from=WIA_SINCE)
)
EERSTEJAARSEVALUATIE_VAN = period(
    "eerstejaarsevaluatie_van",
    FIRST_SICK_DAY,
    weeks(
        45,
        "Regeling procesgang art. 4 lid 2 sub b; UWV",
        practice=True,
        valid_from=REGELING_SINCE,
    ),
)
EERSTE_JAAR = period(
    "eerste_jaar",
    FIRST_SICK_DAY,
    weeks(52, "Regeling procesgang art. 4 lid 2 sub b", valid_from=REGELING_SINCE),
)
SPOOR_2_NA_EJE = period(
    "spoor_2_na_eje",
    STEP_DATE,
    weeks(6, "UWV: Werkwijzer Poortwachter", practice=True, valid_from=WIA_SINCE),
)
VERVROEGDE_IVA_UITERLIJK = period(
    "vervroegde_iva_uiterlijk",
    FIRST_SICK_DAY,
    weeks(68, "WIA art. 23 lid 6; UWV", valid_from=WIA_SINCE),
)
WIA_BRIEF_VAN = period(
    "wia_brief_van",
    FIRST_SICK_DAY,
    weeks(87, "UWV", practice=True, valid_from=APPLICATION_93_SINCE),
)
WIA_BRIEF_UITERLIJK = period(
    "wia_brief_uiterlijk",
    FIRST_SICK_DAY,
    weeks(89, "WIA art. 64 lid 2", valid_from=APPLICATION_93_SINCE),
)
REINTEGRATIEVERSLAG_VOOR_EINDE = period(
    "reintegratieverslag_voor_einde",
    END_DATE,
    weeks(13, "WIA art. 25 lid 3", valid_from=WIA_SINCE),
)
WIA_AANVRAAG_VOOR_EINDE = period(
    "wia_aanvraag_voor_einde",
    END_DATE,
    weeks(11, "WIA art. 64 lid 3", valid_from=APPLICATION_93_SINCE),
)

# --- what moves the end ------------------------------------------------------------------------
MAX_LOONSANCTIE = period(
    "max_loonsanctie", END_DATE, weeks(52, "WIA art. 25 lid 9", valid_from=WIA_SINCE)
)
LOONSANCTIE_NA_HERSTEL = period(
    "loonsanctie_na_herstel",
    DECISION_DATE,
    weeks(6, "WIA art. 25 lid 14", valid_from=WIA_SINCE),
)
VERLENGING_MINIMUM = period(
    "verlenging_minimum",
    END_DATE,
    weeks(
        13,
        "UWV (for a change of an extension: WIA art. 24 lid 3)",
        practice=True,
        valid_from=WIA_SINCE,
    ),
)
WIA_AANVRAAG_NA_LATE_BRIEF = period(
    "wia_aanvraag_na_late_brief",
    LETTER_DATE,
    weeks(4, "WIA art. 64 lid 6", valid_from=APPLICATION_93_SINCE),
)
MELDING_VOOR_BESCHERMING = period(
    "melding_voor_bescherming",
    FIRST_SICK_DAY,
    weeks(81, "WIA art. 64 lid 6, tweede zin", valid_from=APPLICATION_93_SINCE),
)

# --- the dismissal bans ----------------------------------------------------------------------
OPZEGVERBOD_JAREN = 2  # BW 7:670 lid 1 onder a: "ten minste twee jaren" (calendar years)
OPZEGVERBOD_NA_VERLOF = period(
    "opzegverbod_na_verlof", LEAVE_END, weeks(6, "BW 7:670 lid 2", valid_from=WIA_SINCE)
)
ONTSLAG_GEEN_HERSTEL = period(
    "ontslag_geen_herstel",
    TODAY,
    weeks(26, "BW 7:669 lid 3 onder b: binnen 26 weken geen herstel", valid_from=date(2015, 7, 1)),
)

# --- pregnancy, AOW age, the end of the contract ---------------------------------------------
WAZO_VERLOF_MINIMUM = period(
    "wazo_verlof_minimum",
    LEAVE_START,
    weeks(16, "WAZO art. 3:1 lid 2-3 (6 weeks before, 10 after)", valid_from=WIA_SINCE),
)
#: The pregnancy leave starts between these two, counted back from the day after the due date.
ZWANGERSCHAPSVERLOF_VANAF = period(
    "zwangerschapsverlof_vanaf",
    DUE_DATE,
    weeks(6, "WAZO art. 3:1 lid 2, eerste zin", valid_from=WIA_SINCE),
)
ZWANGERSCHAPSVERLOF_UITERLIJK = period(
    "zwangerschapsverlof_uiterlijk",
    DUE_DATE,
    weeks(4, "WAZO art. 3:1 lid 2, tweede zin", valid_from=WIA_SINCE),
)
#: "voor de eerste 52 weken ten minste het voor hem geldende wettelijke minimumloon"
LOON_MINIMUM_EERSTE = period(
    "loon_minimum_eerste",
    FIRST_SICK_DAY,
    weeks(52, "BW 7:629 lid 1", valid_from=WIA_SINCE),
)
#: Sick pay past the AOW age (BW 7:629 lid 2 onder b), chosen by the first sick day: thirteen
#: weeks for illness that began before 1 July 2023, six from then (transitional law).
AOW_LOONDOORBETALING = period(
    "aow_loondoorbetaling",
    FIRST_SICK_DAY,
    weeks(
        13,
        "BW 7:629 lid 2 onder b (Stb. 2015, 376); for illness that began before 1 July 2023: "
        "Wet werken na de AOW-gerechtigde leeftijd art. VIIIa, Stb. 2023, 169",
        valid_from=AOW_SICK_PAY_SINCE,
        valid_until=date(2023, 6, 30),
    ),
    weeks(
        6,
        "BW 7:629 lid 2 onder b",
        valid_from=AOW_SIX_WEEKS_SINCE,
    ),
)
VANGNET_MELDING = period(
    "vangnet_melding", FIRST_SICK_DAY, weeks(6, "Ziektewet art. 38a lid 3", valid_from=WIA_SINCE)
)
RIV_BIJ_EINDE_DIENSTVERBAND = period(
    "riv_bij_einde_dienstverband",
    FIRST_SICK_DAY,
    weeks(6, "Ziektewet art. 38 lid 2", valid_from=WIA_SINCE),
)
SPOOR_2_OVERSLAAN_AOW = period(
    "spoor_2_overslaan_aow",
    END_DATE,
    weeks(52, "UWV: Werkwijzer Poortwachter", practice=True, valid_from=WIA_SINCE),
)
EERSTEJAARS_ZW_BEOORDELING = period(
    "eerstejaars_zw_beoordeling",
    FIRST_SICK_DAY,
    # after 52 weeks of Ziektewet benefit (Wet BeZaVa, in force 1 January 2013)
    weeks(52, "Ziektewet art. 19aa lid 1", valid_from=date(2013, 1, 1)),
)
REFERTE_PERIODE = period(
    "referte_periode",
    RIGHT_STARTS,
    # worked in 26 of the 36 weeks before
    weeks(36, "WIA art. 58 lid 1 onder a", valid_from=WIA_SINCE),
)
REFERTE_GEWERKT = period(
    "referte_gewerkt", RIGHT_STARTS, weeks(26, "WIA art. 58 lid 1 onder a", valid_from=WIA_SINCE)
)

# --- counting ----------------------------------------------------------------------------------
#: A gap *less than* this adds up (WIA 23 lid 3, BW 7:629 lid 10, ZW 29 lid 5, 38 lid 1).
SAMENTELLEN = period(
    "samentellen",
    NEW_PERIOD,
    weeks(4, "WIA art. 23 lid 3; BW 7:629 lid 10", valid_from=WIA_SINCE),
)

# --- not law: how the site shows things ---------------------------------------------------------
SOON = Term(14, "Spoorwijzer: 'binnenkort' means within two weeks", practice=True)
ARBODIENST_MELDING = period(
    "arbodienst_melding",
    FIRST_SICK_DAY,
    weeks(1, "UWV; contract with the arbodienst", practice=True, valid_from=REGELING_SINCE),
)

#: Every legal period above, by name (the tests check each one's versions).
PERIODS: dict[str, LegalPeriod] = {
    p.name: p
    for p in (
        WACHTTIJD,
        PROBLEEMANALYSE,
        PLAN_NA_PROBLEEMANALYSE,
        EVALUATIE_INTERVAL,
        ZIEKMELDING_UWV,
        EERSTEJAARSEVALUATIE_VAN,
        EERSTE_JAAR,
        SPOOR_2_NA_EJE,
        VERVROEGDE_IVA_UITERLIJK,
        WIA_BRIEF_VAN,
        WIA_BRIEF_UITERLIJK,
        REINTEGRATIEVERSLAG_VOOR_EINDE,
        WIA_AANVRAAG_VOOR_EINDE,
        MAX_LOONSANCTIE,
        LOONSANCTIE_NA_HERSTEL,
        VERLENGING_MINIMUM,
        WIA_AANVRAAG_NA_LATE_BRIEF,
        MELDING_VOOR_BESCHERMING,
        OPZEGVERBOD_NA_VERLOF,
        ONTSLAG_GEEN_HERSTEL,
        WAZO_VERLOF_MINIMUM,
        ZWANGERSCHAPSVERLOF_VANAF,
        ZWANGERSCHAPSVERLOF_UITERLIJK,
        LOON_MINIMUM_EERSTE,
        AOW_LOONDOORBETALING,
        VANGNET_MELDING,
        RIV_BIJ_EINDE_DIENSTVERBAND,
        SPOOR_2_OVERSLAAN_AOW,
        EERSTEJAARS_ZW_BEOORDELING,
        REFERTE_PERIODE,
        REFERTE_GEWERKT,
        SAMENTELLEN,
        ARBODIENST_MELDING,
    )
}

#: The numbers pages and texts may quote through ``{const NAME}``, as weeks unless the name says
#: ``dagen``: the version in force on the day :func:`constants` is asked for.
CONSTANT_TERMS: dict[str, LegalPeriod] = {
    "wachttijd_weken": WACHTTIJD,
    "max_loonsanctie_weken": MAX_LOONSANCTIE,
    "riv_weken_voor_einde": REINTEGRATIEVERSLAG_VOOR_EINDE,
    "wia_weken_voor_einde": WIA_AANVRAAG_VOOR_EINDE,
    "pva_weken_na_pa": PLAN_NA_PROBLEEMANALYSE,
    "spoor2_weken_na_eje": SPOOR_2_NA_EJE,
    "evaluatie_interval_weken": EVALUATIE_INTERVAL,
    "verlenging_min_weken": VERLENGING_MINIMUM,
    "loonsanctie_einde_weken_na_herstel": LOONSANCTIE_NA_HERSTEL,
    "wia_aanvraag_na_brief_weken": WIA_AANVRAAG_NA_LATE_BRIEF,
    "opzegverbod_na_verlof_weken": OPZEGVERBOD_NA_VERLOF,
    "wazo_min_weken": WAZO_VERLOF_MINIMUM,
    "aow_loondoorbetaling_weken": AOW_LOONDOORBETALING,
    "vangnet_melding_weken": VANGNET_MELDING,
    "ziek_uit_dienst_riv_weken": RIV_BIJ_EINDE_DIENSTVERBAND,
    "ezwb_weken": EERSTEJAARS_ZW_BEOORDELING,
    "referte_weken": REFERTE_PERIODE,
    "referte_gewerkt_weken": REFERTE_GEWERKT,
    "melding_voor_bescherming_weken": MELDING_VOOR_BESCHERMING,
    "ontslag_herstel_weken": ONTSLAG_GEEN_HERSTEL,
}


def reference_day() -> date:
    """The day the pages and texts without a case quote the law for: today (the law in force
    for someone who falls ill today)."""
    return date.today()


def constants(on: date | None = None) -> dict[str, int]:
    """``CONSTANT_TERMS`` in force on ``on`` (default :func:`reference_day`) as numbers, plus
    the samentellen limits in days and the numbers of :data:`NUMBERS`."""
    day = on or reference_day()
    values = {name: term.on(day).weeks for name, term in CONSTANT_TERMS.items()}
    # the texts' "thirteen weeks when the illness began before 1 July 2023"
    values["aow_loondoorbetaling_weken_oud"] = AOW_LOONDOORBETALING.versions[0].weeks
    gap = SAMENTELLEN.on(day).days
    values["samentellen_max_gap_dagen"] = gap - 1
    values["nieuwe_periode_gap_dagen"] = gap
    values["opzegverbod_jaren"] = OPZEGVERBOD_JAREN
    values["soon_dagen"] = SOON.days  # the site's "binnenkort" (Meerdere dossiers' filter)
    values.update(NUMBERS)
    return values


def fingerprint() -> tuple[tuple[Term, ...], ...]:
    """Every version of every period: a cache keyed on it follows a change (in a test too)."""
    return tuple(p.versions for p in PERIODS.values())


#: Other numbers of the law that pages quote: days and percentages, each with its article.
NUMBERS: dict[str, int] = {
    "wachtdagen_max": 2,  # BW 7:629 lid 9: "voor de eerste twee dagen ... geen recht op loon"
    "loondoorbetaling_procent": 70,  # BW 7:629 lid 1: "recht op 70% van het ... loon"
    "wia_drempel_procent": 35,  # WIA art. 5: gedeeltelijk arbeidsgeschikt: "ten hoogste 65%"
    "iva_procent": 80,  # WIA art. 4 lid 1: volledig arbeidsongeschikt: "ten hoogste 20%"
    "vso_bedenktermijn_dagen": 14,  # BW 7:670b lid 2: "binnen veertien dagen" ontbinden
}
