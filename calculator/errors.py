"""Errors are data: every problem with the input is a :class:`CalculatorError`.

Each error class has a stable ``code`` (used by the JSON boundary, the page and the tests), the
``field`` it concerns (``periods.0.start``, ``pregnancy_leave.end``, ...) and, for three-part
dates, the ``part`` (``day``, ``month`` or ``year``) the visitor should correct. The messages
live in one catalogue, :data:`MESSAGES`, in Dutch and English, worded as the GOV.UK Design
System advises ("Vul ... in", "... moet een bestaande datum zijn").

Priority, as on GOV.UK: a missing value is reported first, then an impossible value, then a
rule that the values break. :func:`first_per_field` keeps one error per field in that order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .inputs import noun
from .words import language, pick

# Priority classes: lower is reported first.
MISSING, IMPOSSIBLE, RULE = 0, 1, 2

# The message catalogue: code -> (Dutch, English). ``{label}`` is the noun of the field
# (calculator.inputs.NOUNS), other placeholders are filled from the error's ``params``.
MESSAGES: dict[str, tuple[str, str]] = {
    "date_missing": ("Vul {label} in", "Enter {label}"),
    "date_part_missing": (
        "{Label} moet een {part_nl} bevatten",
        "{Label} must include a {part_en}",
    ),
    "date_impossible": (
        "{Label} moet een bestaande datum zijn",
        "{Label} must be a real date",
    ),
    "date_format": (
        "Vul {label} in als dag, maand en jaar, bijvoorbeeld 5 1 2026",
        "Enter {label} as a day, month and year, for example 5 1 2026",
    ),
    "year_two_digits": (
        "Schrijf het jaar van {label} voluit, bijvoorbeeld 2026",
        "Write the year of {label} in full, for example 2026",
    ),
    "date_too_early": (
        "{Label} moet op of na {limit} liggen: voor eerdere data golden andere regels",
        "{Label} must be on or after {limit}: earlier dates fall under older rules",
    ),
    "date_too_late": (
        "{Label} moet op of voor {limit} liggen",
        "{Label} must be on or before {limit}",
    ),
    "end_before_start": (
        "De laatste ziektedag moet op of na de eerste ziektedag van die periode liggen",
        "The last sick day must be the same as or after the first sick day of that period",
    ),
    "period_unordered": (
        "Deze periode moet na het einde van de vorige periode beginnen",
        "This period must start after the end of the previous period",
    ),
    "period_open_not_last": (
        "Vul de laatste ziektedag in: daarna begint nog een periode",
        "Enter the last sick day: another period starts after this one",
    ),
    "too_many_periods": (
        "Vul hoogstens {max} ziekteperiodes in",
        "Enter no more than {max} periods of sickness",
    ),
    "leave_end_before_start": (
        "Het verlof moet eindigen op of na de eerste verlofdag",
        "The leave must end on or after its first day",
    ),
    "leave_outside_case": (
        "Het verlof moet na de eerste ziektedag beginnen",
        "The leave must start after the first sick day",
    ),
    "illness_began_in_leave": (
        "De ziekte begon tijdens het zwangerschaps- en bevallingsverlof. Dan is de eerste "
        "ziektedag de eerste werkdag na het verlof (Wet WIA artikel 23 lid 2): {date}, bij een "
        "werkweek van maandag tot en met vrijdag. Vul die datum in als eerste ziektedag",
        "The illness began during the pregnancy and maternity leave. Then the first sick day is "
        "the first working day after the leave (WIA Act article 23(2)): {date}, for a Monday to "
        "Friday working week. Enter that date as the first sick day",
    ),
    "due_date_before_case": (
        "Met deze uitgerekende datum zou het verlof voor de eerste ziektedag beginnen. Vul de "
        "echte eerste en laatste dag van het verlof in",
        "With this due date the leave would start before the first sick day. Enter the real "
        "first and last day of the leave",
    ),
    "leave_too_long": (
        "Een zwangerschaps- en bevallingsverlof duurt hoogstens {max} weken",
        "Pregnancy and maternity leave lasts no more than {max} weeks",
    ),
    "actual_before_start": (
        "{Label} moet na de eerste ziektedag liggen",
        "{Label} must be after the first sick day",
    ),
    "actual_after_today": (
        "{Label} moet vandaag of eerder zijn: vul alleen stappen in die al gezet zijn",
        "{Label} must be today or in the past: enter only steps already taken",
    ),
    "sanction_not_number": (
        "Het aantal weken loonsanctie moet een heel getal zijn, zoals 12",
        "The number of weeks of the loonsanctie must be a whole number, like 12",
    ),
    "sanction_too_long": (
        "Een loonsanctie duurt hoogstens {max} weken",
        "A loonsanctie lasts no more than {max} weeks",
    ),
    "sanction_too_short": (
        "Een loonsanctie duurt minstens 1 week",
        "A loonsanctie lasts at least 1 week",
    ),
    "sanction_both": (
        "Vul het aantal weken of de datum van het UWV-besluit in, niet allebei",
        "Enter either the number of weeks or the date of UWV's decision, not both",
    ),
    "extension_too_early": (
        "De verlenging moet eindigen na het gewone einde van de wachttijd ({limit})",
        "The extension must end after the normal end of the waiting period ({limit})",
    ),
    "wia_letter_both": (
        "Vul de datum van de brief van UWV in, of vink aan dat er geen brief kwam, niet allebei",
        "Enter the date of UWV's letter, or tick that no letter came, not both",
    ),
    "extension_after_contract_end": (
        "Een vrijwillige verlenging kan niet als het contract eindigt binnen de {weeks} weken: "
        "dan betaalt UWV een Ziektewet-uitkering (Wet WIA artikel 24 lid 1)",
        "A voluntary extension is not possible when the contract ends within the {weeks} weeks: "
        "UWV then pays a Ziektewet benefit (WIA Act article 24(1))",
    ),
    "leave_too_short": (
        "Een zwangerschaps- en bevallingsverlof duurt minstens {min} weken. Vul het hele verlof "
        "in. Nam je een deel later op, vraag dan UWV of je werkgever welke data tellen",
        "Pregnancy and maternity leave lasts at least {min} weeks. Enter the whole leave. If you "
        "took part of it later, ask UWV or your employer which dates count",
    ),
    "birth_date_impossible": (
        "{Label} moet minstens {years} jaar voor de eerste ziektedag liggen",
        "{Label} must be at least {years} years before the first sick day",
    ),
    "text_too_long": (
        "{Label} mag hoogstens {max} tekens hebben",
        "{Label} can have no more than {max} characters",
    ),
    "early_iva_after_aow": (
        "Een vervroegde IVA kan niet: de werknemer had de AOW-leeftijd al bereikt op {aow}, voor "
        "de eerste ziektedag. Na de AOW-leeftijd is er geen WIA-uitkering (Wet WIA artikel 43 "
        "onder g). Vink de vervroegde IVA uit of controleer de geboortedatum",
        "An early IVA is not possible: the employee had already reached the AOW age on {aow}, "
        "before the first sick day. After the AOW age there is no WIA benefit (WIA Act article "
        "43(g)). Untick the early IVA or check the date of birth",
    ),
    "sanction_without_wia": (
        "Een loonsanctie kan hier niet: de werknemer bereikt de AOW-leeftijd op {aow}, voor het "
        "einde van de wachttijd. Dan volgt er geen WIA-aanvraag, en UWV legt een loonsanctie "
        "alleen op bij de beoordeling van die aanvraag (Wet WIA artikel 25 lid 9). Laat de "
        "loonsanctie leeg of controleer de geboortedatum",
        "A loonsanctie is not possible here: the employee reaches the AOW age on {aow}, before "
        "the end of the waiting period. No WIA application follows then, and UWV imposes a "
        "loonsanctie only when it assesses that application (WIA Act article 25(9)). Leave the "
        "loonsanctie empty or check the date of birth",
    ),
    "sanction_repaired_too_early": (
        "De datum van het herstelbesluit moet op of na {limit} liggen. UWV legt een loonsanctie "
        "op bij de beoordeling van de WIA-aanvraag (Wet WIA artikel 25 lid 9), en die aanvraag "
        "komt pas na de brief van UWV, rond week {week}. Controleer de datum, of laat de "
        "loonsanctie leeg",
        "The date of the repair decision must be on or after {limit}. UWV imposes a loonsanctie "
        "when it assesses the WIA application (WIA Act article 25(9)), and that application only "
        "comes after UWV's letter, around week {week}. Check the date, or leave the loonsanctie "
        "empty",
    ),
    "contract_end_before_start": (
        "Het contract moet eindigen na de eerste ziektedag",
        "The contract must end after the first sick day",
    ),
    "bad_request": (
        "De gegevens konden niet worden gelezen. Vul het formulier opnieuw in.",
        "The data could not be read. Please fill in the form again.",
    ),
    "bad_fragment": (
        "De link bevat gegevens die niet kloppen: {detail}. Controleer het formulier.",
        "The link contains data that is not right: {detail}. Please check the form.",
    ),
    "periods_missing": ("Vul de eerste ziektedag in", "Enter the first sick day"),
}

#: Not an input error: something went wrong on our side. The boundary answers it with this
#: code and message; it never comes from a :class:`CalculatorError`.
INTERNAL = "internal"
INTERNAL_MESSAGE: tuple[str, str] = (
    "Er ging iets mis aan onze kant, niet bij wat je invulde. Wat je invulde, blijft staan. "
    "Probeer het nog eens, of bekijk de tijdlijn zonder rekenhulp.",
    "Something went wrong on our side, not with what you entered. What you entered stays. "
    "Try again, or see the timeline without the calculator.",
)

PART_NAMES = {"day": ("dag", "day"), "month": ("maand", "month"), "year": ("jaar", "year")}


@dataclass(frozen=True)
class ErrorInfo:
    """One error as data: what the JSON boundary sends to the page."""

    code: str
    field: str
    message: str
    part: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "field": self.field, "part": self.part, "message": self.message}


class CalculatorError(ValueError):
    """Base of every input error. ``code`` is stable; ``field`` names the input concerned."""

    priority = RULE

    def __init__(
        self,
        code: str,
        field: str = "request",
        *,
        label: str = "date",  # the key of the field's noun in calculator.inputs.NOUNS
        part: str | None = None,
        **params: object,
    ) -> None:
        if code not in MESSAGES:
            raise KeyError(f"unknown error code {code!r}")
        self.code = code
        self.field = field
        self.label = label
        self.part = part
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "nl") -> str:
        """The message in ``lang`` ("nl" or "en"), from the catalogue."""
        label = noun(self.label, lang)
        part_nl, part_en = PART_NAMES.get(self.part or "", ("", ""))
        values: dict[str, object] = {
            "label": label,
            "Label": label[:1].upper() + label[1:],
            "part_nl": part_nl,
            "part_en": part_en,
        }
        values.update(self.params)
        # a parameter may carry its form in the message's language as NAME_en (or NAME_nl)
        suffix = f"_{language(lang)}"
        values.update({k[: -len(suffix)]: v for k, v in self.params.items() if k.endswith(suffix)})
        return pick(MESSAGES[self.code], lang).format(**values)

    def info(self, lang: str = "nl") -> ErrorInfo:
        return ErrorInfo(self.code, self.field, self.message(lang), self.part)


class MissingValueError(CalculatorError):
    """A required value is empty."""

    priority = MISSING


class ImpossibleValueError(CalculatorError):
    """A value that cannot be what it says: 31 February, month 13, text for a number."""

    priority = IMPOSSIBLE


class InputErrors(CalculatorError):
    """Several errors found in one case; ``errors`` holds them in priority order."""

    def __init__(self, errors: Iterable[CalculatorError]) -> None:
        self.errors = first_per_field(errors)
        first = self.errors[0] if self.errors else CalculatorError("bad_request")
        super().__init__(
            first.code, first.field, label=first.label, part=first.part, **first.params
        )

    def message(self, lang: str = "nl") -> str:
        return "; ".join(e.message(lang) for e in self.errors) if self.errors else ""


def first_per_field(errors: Iterable[CalculatorError]) -> list[CalculatorError]:
    """Keep the highest-priority error of each field; fields keep their first-seen order."""
    flat: list[CalculatorError] = []
    for error in errors:
        flat.extend(error.errors if isinstance(error, InputErrors) else [error])
    best: dict[str, CalculatorError] = {}
    order: list[str] = []
    for error in flat:
        if error.field not in best:
            order.append(error.field)
            best[error.field] = error
        elif error.priority < best[error.field].priority:
            best[error.field] = error
    return [best[f] for f in order]
