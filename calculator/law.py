"""The periods the law names, each once, in days, with its article.

Every formula of the rules table, every check of the case and every text that states a length
("binnen 2 weken", "13 weken voor het einde") reads its number from here: a legal period is
typed once. Lengths are in calendar days; ``weeks`` is derived.

Sick days and calendar days differ (see :mod:`calculator.counting`): a :class:`Term` only says
how long a period is; the rules table says what it is counted on.

>>> WACHTTIJD.weeks, PLAN_NA_PROBLEEMANALYSE.days, REINTEGRATIEVERSLAG_VOOR_EINDE.weeks
(104, 14, 13)
>>> CONSTANT_TERMS["wia_weken_voor_einde"] is WIA_AANVRAAG_VOOR_EINDE
True
"""

from __future__ import annotations

from dataclasses import dataclass

DAYS_PER_WEEK = 7


@dataclass(frozen=True)
class Term:
    """A length of time fixed by law or by UWV practice, and where it comes from."""

    days: int
    source: str
    practice: bool = False  # True when UWV practice, not a statute, sets it

    @property
    def weeks(self) -> int:
        """The length in whole weeks (every weekly term is a whole number of weeks)."""
        if self.days % DAYS_PER_WEEK:
            raise ValueError(f"{self.days} days is not a whole number of weeks")
        return self.days // DAYS_PER_WEEK


def weeks(n: int, source: str, *, practice: bool = False) -> Term:
    return Term(n * DAYS_PER_WEEK, source, practice)


# --- the 104 weeks and the steps inside them ------------------------------------------------
WACHTTIJD = weeks(104, "WIA art. 23 lid 1; BW 7:629 lid 1")
PROBLEEMANALYSE = weeks(6, "Regeling procesgang art. 2 lid 2")
PLAN_NA_PROBLEEMANALYSE = weeks(2, "Regeling procesgang art. 4 lid 1")
EVALUATIE_INTERVAL = weeks(6, "Regeling procesgang art. 4 lid 2; UWV", practice=True)
ZIEKMELDING_UWV = weeks(42, "Ziektewet art. 38 lid 1")
EERSTEJAARSEVALUATIE_VAN = weeks(45, "Regeling procesgang art. 4 lid 2 sub b; UWV", practice=True)
EERSTE_JAAR = weeks(52, "Regeling procesgang art. 4 lid 2 sub b")
SPOOR_2_NA_EJE = weeks(6, "UWV: Werkwijzer Poortwachter", practice=True)
VERVROEGDE_IVA_UITERLIJK = weeks(68, "WIA art. 23 lid 6; UWV")
WIA_BRIEF_VAN = weeks(87, "UWV", practice=True)
WIA_BRIEF_UITERLIJK = weeks(89, "WIA art. 64 lid 2")
REINTEGRATIEVERSLAG_VOOR_EINDE = weeks(13, "WIA art. 25 lid 3")
WIA_AANVRAAG_VOOR_EINDE = weeks(11, "WIA art. 64 lid 3")

# --- what moves the end ------------------------------------------------------------------------
MAX_LOONSANCTIE = weeks(52, "WIA art. 25 lid 9")
LOONSANCTIE_NA_HERSTEL = weeks(6, "WIA art. 25 lid 14")
VERLENGING_MINIMUM = weeks(
    13, "UWV (for a change of an extension: WIA art. 24 lid 3)", practice=True
)
WIA_AANVRAAG_NA_LATE_BRIEF = weeks(4, "WIA art. 64 lid 6")
MELDING_VOOR_BESCHERMING = weeks(81, "WIA art. 64 lid 6, tweede zin")

# --- the dismissal bans ----------------------------------------------------------------------
OPZEGVERBOD_JAREN = 2  # BW 7:670 lid 1 onder a: "ten minste twee jaren" (calendar years)
OPZEGVERBOD_NA_VERLOF = weeks(6, "BW 7:670 lid 2")
ONTSLAG_GEEN_HERSTEL = weeks(26, "BW 7:669 lid 3 onder b: binnen 26 weken geen herstel")

# --- pregnancy, AOW age, the end of the contract ---------------------------------------------
WAZO_VERLOF_MINIMUM = weeks(16, "WAZO art. 3:1 lid 2-3 (6 weeks before, 10 after)")
AOW_LOONDOORBETALING = weeks(6, "BW 7:629 lid 2 onder b")
AOW_LOONDOORBETALING_OUD = weeks(
    13, "Wet werken na de AOW-gerechtigde leeftijd art. VIIIa; Stb. 2023, 169"
)
VANGNET_MELDING = weeks(6, "Ziektewet art. 38a lid 3")
RIV_BIJ_EINDE_DIENSTVERBAND = weeks(6, "Ziektewet art. 38 lid 2")
EERSTEJAARS_ZW_BEOORDELING = weeks(52, "Ziektewet art. 19aa lid 1")  # after 52 weeks of ZW
REFERTE_PERIODE = weeks(36, "WIA art. 58 lid 1 onder a")  # worked in 26 of the 36 weeks before
REFERTE_GEWERKT = weeks(26, "WIA art. 58 lid 1 onder a")
SPOOR_2_OVERSLAAN_AOW = weeks(52, "UWV: Werkwijzer Poortwachter", practice=True)

# --- counting ----------------------------------------------------------------------------------
SAMENTELLEN = weeks(4, "WIA art. 23 lid 3; BW 7:629 lid 10")  # a gap *less than* this adds up

# --- not law: how the site shows things ---------------------------------------------------------
SOON = Term(14, "Spoorwijzer: 'binnenkort' means within two weeks", practice=True)
ARBODIENST_MELDING = weeks(1, "UWV; contract with the arbodienst", practice=True)

#: The numbers pages may quote through the site's ``{{ sw.const NAME }}`` marker, as weeks
#: unless the name says ``dagen``. The values are derived from the terms above.
CONSTANT_TERMS: dict[str, Term] = {
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
    "aow_loondoorbetaling_weken_oud": AOW_LOONDOORBETALING_OUD,
    "vangnet_melding_weken": VANGNET_MELDING,
    "ziek_uit_dienst_riv_weken": RIV_BIJ_EINDE_DIENSTVERBAND,
    "ezwb_weken": EERSTEJAARS_ZW_BEOORDELING,
    "referte_weken": REFERTE_PERIODE,
    "referte_gewerkt_weken": REFERTE_GEWERKT,
    "melding_voor_bescherming_weken": MELDING_VOOR_BESCHERMING,
    "ontslag_herstel_weken": ONTSLAG_GEEN_HERSTEL,
}


def constants() -> dict[str, int]:
    """``CONSTANT_TERMS`` as numbers, plus the samentellen limits in days."""
    values = {name: term.weeks for name, term in CONSTANT_TERMS.items()}
    values["samentellen_max_gap_dagen"] = SAMENTELLEN.days - 1
    values["nieuwe_periode_gap_dagen"] = SAMENTELLEN.days
    values["opzegverbod_jaren"] = OPZEGVERBOD_JAREN
    values["soon_dagen"] = SOON.days  # the site's "binnenkort" (Meerdere dossiers' filter)
    values.update(NUMBERS)
    return values


#: Other numbers of the law that pages quote: days and percentages, each with its article.
NUMBERS: dict[str, int] = {
    "wachtdagen_max": 2,  # BW 7:629 lid 9: "voor de eerste twee dagen ... geen recht op loon"
    "loondoorbetaling_procent": 70,  # BW 7:629 lid 1: "recht op 70% van het ... loon"
    "wia_drempel_procent": 35,  # WIA art. 5: gedeeltelijk arbeidsgeschikt: "ten hoogste 65%"
    "iva_procent": 80,  # WIA art. 4 lid 1: volledig arbeidsongeschikt: "ten hoogste 20%"
    "vso_bedenktermijn_dagen": 14,  # BW 7:670b lid 2: "binnen veertien dagen" ontbinden
}
