"""The sources the rules cite: versioned links to one article on wetten.overheid.nl, or UWV's own
pages where the law names no date.

A link is versioned with the ``jci`` reference and the date of the text we checked (``z`` = the
date the text is read for, ``g`` = the date the version is valid on), so a later change of the
article does not silently change what we cite.

>>> WIA_25_3.as_dict("en")["label"]
'WIA Act art. 25 lid 3'
"""

from __future__ import annotations

from dataclasses import dataclass

from .holidays import ATW_URL
from .names import NAMES
from .words import pick

LAW_VERSION = "2026-11-01"

WIA, REGELING, BW, ZW, WAZO, AOW, BELEIDSREGELS = (
    "BWBR0019057",
    "BWBR0013540",
    "BWBR0005290",
    "BWBR0001888",
    "BWBR0013008",
    "BWBR0002221",
    "BWBR0014375",  # Beleidsregels beoordelingskader poortwachter (UWV)
)


def wetten(bwb: str, artikel: str, **parts: str) -> str:
    """A versioned wetten.overheid.nl link to one article."""
    extra = "".join(f"&{k}={v}" for k, v in parts.items())
    return (
        f"https://wetten.overheid.nl/jci1.3:c:{bwb}{extra}&artikel={artikel}"
        f"&z={LAW_VERSION}&g={LAW_VERSION}"
    )


@dataclass(frozen=True)
class Source:
    """A legal source: a label in both languages and a link."""

    label_nl: str
    label_en: str
    url: str

    def as_dict(self, lang: str) -> dict[str, str]:
        return {"label": pick((self.label_nl, self.label_en), lang), "url": self.url}


def art(law_nl: str, law_en: str, article: str, url: str) -> Source:
    return Source(f"{law_nl} art. {article}", f"{law_en} art. {article}", url)


def _bw7(article: str, lid: str = "") -> Source:
    label = f"7:{article}" + (f" lid {lid}" if lid else "")
    return art("BW", "Dutch Civil Code", label, wetten(BW, article, boek="7", titeldeel="10"))


def _wia(article: str, lid: str = "") -> Source:
    label = article + (f" lid {lid}" if lid else "")
    return art("Wet WIA", "WIA Act", label, wetten(WIA, article))


def _zw(article: str, lid: str = "") -> Source:
    label = article + (f" lid {lid}" if lid else "")
    return art("Ziektewet", "Sickness Benefits Act", label, wetten(ZW, article))


UWV_42 = (
    "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/"
    "werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv"
)
UWV_WIA = "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/bijna-2-jaar-ziek-wia/"
UWV_WERKGEVER = "https://www.uwv.nl/werkgevers/werknemer-is-ziek"
#: The Werkwijzer Poortwachter itself: UWV's instructions for the Poortwachter check.
UWV_WERKWIJZER = "https://www.uwv.nl/werkgevers/Images/werkwijzer-poortwachter.pdf"
UWV_VERLENGING = (
    "https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-wga/"
    "tijdens-eigen-risico-dragen-wga/detail/werknemer-is-ziek"
)
SVB_AOW = "https://www.svb.nl/nl/aow/aow-leeftijd/uw-aow-leeftijd"

WIA_23 = _wia("23")
WIA_23_2 = _wia("23", "2")
WIA_23_6 = _wia("23", "6")
WIA_24 = _wia("24")
WIA_25_3 = _wia("25", "3")
WIA_25_9 = _wia("25", "9-14")
WIA_64_2 = _wia("64", "2")
WIA_64_3 = _wia("64", "3")
WIA_64_6 = _wia("64", "6")
WIA_66 = _wia("66")
WIA_43 = _wia("43")
ZW_38_1 = _zw("38", "1")
ZW_38_2 = _zw("38", "2")
ZW_38A = _zw("38a")
ZW_29 = _zw("29")
REG_2 = art("Regeling procesgang", "Regeling procesgang", "2 lid 2", wetten(REGELING, "2"))
REG_4 = art("Regeling procesgang", "Regeling procesgang", "4", wetten(REGELING, "4"))
#: "Van de termijnen, bedoeld in artikel 2 en 4, kan door de werkgever en de werknemer
#: gemotiveerd worden afgeweken."
REG_5 = art("Regeling procesgang", "Regeling procesgang", "5", wetten(REGELING, "5"))
#: How UWV judges the re-integration at the WIA application (the RIV-toets): whether the efforts
#: were enough, not whether each date was met.
BELEIDSREGELS_POORTWACHTER = Source(
    "Beleidsregels beoordelingskader poortwachter",
    "Beleidsregels beoordelingskader poortwachter (UWV's policy rules)",
    f"https://wetten.overheid.nl/jci1.3:c:{BELEIDSREGELS}&z={LAW_VERSION}&g={LAW_VERSION}",
)
BW_629 = _bw7("629")
BW_629_2 = _bw7("629", "2")
BW_629_3 = _bw7("629", "3")
BW_629_10 = _bw7("629", "10")
BW_629_11 = _bw7("629", "11")
BW_669_4 = _bw7("669", "4")
BW_670 = _bw7("670", "1")
BW_670_2 = _bw7("670", "2")
BW_670A = _bw7("670a")
WAZO_3_1 = art("Wazo", "Work and Care Act", "3:1", wetten(WAZO, "3:1"))
ATW_3 = Source("Algemene termijnenwet art. 3", "General Time Limits Act art. 3", ATW_URL)
SRC_UWV_42 = Source(
    f"UWV: ziek melden bij UWV ({NAMES['ziekmelding_uwv'].nl})",
    f"UWV: reporting long-term sickness ({NAMES['ziekmelding_uwv'].en})",
    UWV_42,
)
SRC_UWV_WIA = Source(
    "UWV: bijna 2 jaar ziek, WIA aanvragen", "UWV: almost 2 years ill, applying for WIA", UWV_WIA
)
SRC_UWV_WW = Source("UWV: Werkwijzer Poortwachter", "UWV: Werkwijzer Poortwachter", UWV_WERKWIJZER)
SRC_UWV_WERKGEVER = Source("UWV: werknemer is ziek", "UWV: when an employee is ill", UWV_WERKGEVER)
SRC_UWV_VERLENGING = Source(
    "UWV: verlenging van de loondoorbetaling (minimaal 13 weken, geen maximum)",
    "UWV: extending sick pay (at least 13 weeks, no maximum)",
    UWV_VERLENGING,
)
SRC_SVB_AOW = Source("SVB: uw AOW-leeftijd", "SVB: your AOW age", SVB_AOW)
AOW_7A = art("AOW", "General Old Age Pensions Act", "7a lid 2", wetten(AOW, "7a"))
UWV_DESKUNDIGENOORDEEL = Source(
    "UWV: deskundigenoordeel aanvragen",
    "UWV: asking for a deskundigenoordeel",
    (
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-"
        "re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/"
        "hoe-vraag-ik-een-deskundigenoordeel-aan"
    ),
)
