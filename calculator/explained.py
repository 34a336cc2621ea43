"""Where the site explains each part of the answer in plain words.

Every milestone of the answer links to its legal source and, from here, to the site's own
explanation: a page of ``docs/`` and the anchor of its section, as a path from the site's root
(``tijdlijn/#stap-probleemanalyse``); the Dutch and the English page share their anchors, and the
page resolves the path against the root of its own language. A content test checks that every
page and anchor exists.

>>> EXPLAINED["probleemanalyse"]
'tijdlijn/#stap-probleemanalyse'
"""

from __future__ import annotations

#: Milestone id -> the explanation's path from the site's root.
EXPLAINED: dict[str, str] = {
    "eerste_ziektedag": "tijdlijn/#stap-ziekmelding",
    "melding_arbodienst": "tijdlijn/#stap-arbodienst",
    "probleemanalyse": "tijdlijn/#stap-probleemanalyse",
    "plan_van_aanpak": "tijdlijn/#stap-plan-van-aanpak",
    "evaluatie": "tijdlijn/#stap-evaluaties",
    "ziekmelding_uwv": "tijdlijn/#stap-42e-weeksmelding",
    "eerstejaarsevaluatie": "tijdlijn/#stap-eerstejaarsevaluatie",
    "spoor_2": "spoor-1-en-2/#wanneer-spoor-2",
    "vervroegde_iva": "wia-aanvraag/#vervroegde-iva",
    "wia_brief": "wia-aanvraag/#brief",
    "reintegratieverslag": "wia-aanvraag/#reintegratieverslag",
    "wia_aanvraag": "wia-aanvraag/#aanvraag",
    "einde_wachttijd": "tijdlijn/#stap-einde-wachttijd",
    "start_wia": "na-twee-jaar/#wia-besluit",
    "einde_opzegverbod": "na-twee-jaar/#ontslag",
    "einde_opzegverbod_zwangerschap": "bijzondere-situaties/#zwangerschap",
    "melding_uwv_einde_dienstverband": "bijzondere-situaties/#ziek-uit-dienst",
    "einde_loondoorbetaling": "aow-leeftijd/#aow-tijdens-ziekte",
}

#: What is at stake when a step is late: UWV's check of the re-integration (the RIV-toets),
#: except for the steps whose stake is another one.
AT_STAKE: dict[str, str] = {
    "ziekmelding_uwv": "tijdlijn/#stap-42e-weeksmelding",
    "wia_aanvraag": "wia-aanvraag/#te-laat",
}
AT_STAKE_DEFAULT = "loonsanctie/#riv-toets"

#: The other parts of the answer that have a page: the pay block and the pregnancy leave.
PAY = "geld-tijdens-ziekte/#hoeveel"
LEAVE = "bijzondere-situaties/#zwangerschap"

__all__ = ["AT_STAKE", "AT_STAKE_DEFAULT", "EXPLAINED", "LEAVE", "PAY"]
