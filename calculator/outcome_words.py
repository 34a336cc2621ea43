"""The outcomes' words (and "Nu en hierna"'s line) for the employer and the re-integration agency.

The titles and texts of :mod:`calculator.words` (``OUTCOME_TITLE``, ``OUTCOME_TEXT``) speak to
the employee where an outcome is about the sick person ("Word je uiterlijk … weer ziek"); the
view "everyone" reads them too, like every general text ("je"). The employer reads the same
facts about "uw werknemer" and is addressed as "u"; the agency reads them in the third person
("de werknemer"). Only the pieces whose words differ per role are here; every other piece
already speaks of "de werkgever" and "de werknemer".

>>> outcome_words("herstel", "werkgever", OUTCOME_TITLE)[0]
'Hersteld: wat als uw werknemer weer ziek wordt?'
>>> outcome_words("herstel", None, OUTCOME_TITLE)[0]  # the employee's, and everyone's
'Hersteld: wat als je weer ziek wordt?'
>>> outcome_words("loonsanctie", "werkgever", OUTCOME_TITLE) == OUTCOME_TITLE["loonsanctie"]
True
"""

from __future__ import annotations

from collections.abc import Mapping

from .words import OUTCOME_TITLE, REGIME, T, about_employee

OUTCOME_TITLE_ROLES: dict[str, dict[str, T]] = {
    "herstel": about_employee(
        "Hersteld: wat als {w} weer ziek wordt?", "Recovered: what if {w} falls ill again?"
    ),
}

OUTCOME_TEXT_ROLES: dict[str, dict[str, T]] = {
    "herstel": about_employee(
        "Er zijn {days} ziektedagen geteld; de laatste was {recovered}. Wordt {w} uiterlijk "
        "{still} weer ziek, dan tellen de periodes samen: de telling gaat verder bij dag "
        "{next_day} en elke latere datum schuift op met het aantal dagen dat {w} beter was. De "
        "stappen hieronder gelden dus alleen als de ziekte vóór {anew} terugkomt, en het zijn de "
        "vroegst mogelijke data. Wordt {w} op of na {anew} weer ziek, dan begint een nieuwe "
        "periode van {const wachttijd_weken} weken met een nieuwe eerste ziektedag. Meld "
        "gedeeltelijk herstel als gedeeltelijk, niet als volledig.",
        "{days} sick days have been counted; the last one was {recovered}. If {w} falls ill "
        "again by {still}, the periods are added together: counting goes on at day {next_day} "
        "and every later date moves by the number of days {w} was fit. So the steps below only "
        "apply if the illness returns before {anew}, and they are the earliest possible dates. "
        "If {w} falls ill again on or after {anew}, a new period of {const wachttijd_weken} "
        "weeks starts with a new first sick day. Report a partial recovery as partial, not full.",
    ),
    "gesloten": about_employee(
        "De laatste ziektedag was {recovered}. Het herstel duurt nu "
        "{const nieuwe_periode_gap_dagen} dagen of langer, dus van deze ziekteperiode staat niets "
        "meer open: er is geen ziekteweek meer en geen stap meer te zetten. Wordt {w} opnieuw "
        "ziek, dan begint een nieuwe periode van {const wachttijd_weken} weken met een nieuwe "
        "eerste ziektedag. Vul die dan in als eerste ziektedag.",
        "The last sick day was {recovered}. The recovery has now lasted "
        "{const nieuwe_periode_gap_dagen} days or more, so nothing of this period of sickness is "
        "pending: there is no illness week any more and no step left to take. If {w} falls ill "
        "again, a new period of {const wachttijd_weken} weeks starts with a new first sick day. "
        "Enter that one as the first sick day.",
    ),
    "samentellen": about_employee(
        "De periodes zijn samengeteld. De {gap_days} dagen dat {w} beter was tellen niet mee, "
        "dus elke latere datum ligt zoveel dagen later.",
        "The periods were added together. The {gap_days} days {w} was fit do not count, so "
        "every later date is that many days later.",
    ),
    "zwangerschap.other_cause": {
        "werkgever": (
            "Het zwangerschaps- en bevallingsverlof telt niet mee. U gaf aan dat de ziekte na het "
            "verlof duidelijk een andere oorzaak heeft, dus na het verlof begint een nieuwe "
            "periode.",
            "Pregnancy and maternity leave does not count. You said the illness after the leave "
            "clearly has another cause, so a new period starts after the leave.",
        ),
        "bureau": (
            "Het zwangerschaps- en bevallingsverlof telt niet mee. Volgens wat is ingevuld, heeft "
            "de ziekte na het verlof duidelijk een andere oorzaak, dus na het verlof begint een "
            "nieuwe periode.",
            "Pregnancy and maternity leave does not count. According to what was entered, the "
            "illness after the leave clearly has another cause, so a new period starts after the "
            "leave.",
        ),
    },
    "verlenging_kort": {
        "werkgever": (
            "De verlenging duurt {days} dagen. UWV verlengt in de praktijk minstens "
            "{const verlenging_min_weken} weken; de wet noemt geen minimum en geen maximum. De "
            "data zijn berekend zoals u ze invulde; vraag UWV of deze verlenging kan.",
            "The extension lasts {days} days. In practice UWV extends by at least "
            "{const verlenging_min_weken} weeks; the law sets no minimum and no maximum. The "
            "dates are calculated as you entered them; ask UWV whether this extension is "
            "possible.",
        ),
        "bureau": (
            "De verlenging duurt {days} dagen. UWV verlengt in de praktijk minstens "
            "{const verlenging_min_weken} weken; de wet noemt geen minimum en geen maximum. De "
            "data zijn berekend zoals ze zijn ingevuld; vraag UWV of deze verlenging kan.",
            "The extension lasts {days} days. In practice UWV extends by at least "
            "{const verlenging_min_weken} weeks; the law sets no minimum and no maximum. The "
            "dates are calculated as they were entered; ask UWV whether this extension is "
            "possible.",
        ),
    },
    "eerste_ziektedag_geen_werkdag": about_employee(
        "De eerste ziektedag ({first}) is een {day_name}. Dag 1 is de eerste dag waarop {w} had "
        "moeten werken maar ziek was. Werkt {w} normaal niet op die dag, vul dan de eerste "
        "werkdag in waarop {w} ziek was.",
        "The first sick day ({first}) is a {day_name}. Day 1 is the first day {w} should have "
        "worked but was ill. If {w} does not normally work on that day, enter the first working "
        "day on which they were ill.",
    ),
    "regels_gewijzigd": {
        "werkgever": (
            "Deze zaak loopt over een wijziging van de regels heen. Voor {steps} geldt de regel "
            "van deze rekenhulp niet op de berekende datum. Reken die stap niet op deze datum: "
            "vraag UWV of uw eigen jurist welke regel in deze zaak geldt.",
            "This case runs across a change of the rules. For {steps} the rule of this "
            "calculator does not apply on the calculated date. Do not rely on that date: ask UWV "
            "or your own lawyer which rule applies in this case.",
        ),
        "bureau": (
            "Deze zaak loopt over een wijziging van de regels heen. Voor {steps} geldt de regel "
            "van deze rekenhulp niet op de berekende datum. Reken die stap niet op deze datum: "
            "vraag UWV of een jurist welke regel in deze zaak geldt.",
            "This case runs across a change of the rules. For {steps} the rule of this "
            "calculator does not apply on the calculated date. Do not rely on that date: ask UWV "
            "or a lawyer which rule applies in this case.",
        ),
    },
}


#: "Nu en hierna"'s line about the whole case (``words.REGIME``), where it speaks to the employee.
REGIME_ROLES: dict[str, dict[str, T]] = {
    "closed": about_employee("Afgesloten: {w} is hersteld", "Closed: {w} has recovered"),
    "recovered": about_employee(
        "Hersteld sinds {since}; telt samen als {w} vóór {anew} weer ziek wordt",
        "Recovered since {since}; adds up if {w} falls ill again before {anew}",
    ),
}


def regime_words(regime: str, role: str | None) -> T:
    """``words.REGIME[regime]`` as ``role`` reads it."""
    return REGIME_ROLES.get(regime, {}).get(role or "", REGIME[regime])


def outcome_words(key: str, role: str | None, table: Mapping[str, T]) -> T:
    """The words of ``key`` in ``table`` (``OUTCOME_TITLE`` or ``OUTCOME_TEXT``) for ``role``:
    the role's own where it has them, else the table's (the employee's and everyone's)."""
    own = OUTCOME_TITLE_ROLES if table is OUTCOME_TITLE else OUTCOME_TEXT_ROLES
    return own.get(key, {}).get(role or "", table[key])
