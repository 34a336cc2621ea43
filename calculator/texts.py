"""Texts with their placeholders filled: the numbers of the law and a template's own fields.

A text of the rules table, the words or the role words never types a week number or an official
name: it says ``{week}`` / ``{week_start}`` (this rule's illness week as the law names it),
``{week ID}`` / ``{week_start ID}`` (another rule's), ``{const NAME}`` (a number of
:func:`calculator.law.constants`) and ``{name ID}`` (:mod:`calculator.names`). :func:`render`
fills them as the law says for an illness that began on a given day; :func:`fill` first fills a
template's own ``{field}`` from parameters, writing dates out in the reader's language.

>>> fill("Until {until}: {const wachttijd_weken} weeks", {"until": date(2026, 1, 5)}, "en")
'Until Monday 5 January 2026: 104 weeks'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from . import law, names
from .dates import format_date
from .rules import CONSTANTS, nominal_weeks
from .words import pick

_PLACEHOLDER = re.compile(r"\{(week|week_start|const)(?: (\w+))?\}")


def render(text: str, rule_id: str | None = None, on: date | None = None) -> str:
    """Fill the placeholders of a rule text from the formulas, so that no week number is
    typed twice: ``{week}`` / ``{week_start}`` (this rule), ``{week ID}`` / ``{week_start ID}``
    (another rule), ``{const NAME}`` (:func:`calculator.law.constants`), each as the law says
    for an illness that began on ``on`` (default: today, as on the pages)."""
    if "{" not in text:  # most texts of an overview line: nothing to fill, nothing to compute
        return text
    # The weeks are computed only when the text names one: each case of a list has its own
    # first sick day, so each computation would be a new one (and costs more than the rest).
    weeks: dict[str, tuple[int | None, int]] = {}
    constants = CONSTANTS if on is None else law.constants(on)

    def number(match: re.Match[str]) -> str:
        what, name = match[1], match[2]
        if what == "const":
            return str(constants[name or ""])
        if not weeks:
            weeks.update(nominal_weeks(on))
        first, last = weeks[name or rule_id or ""]
        return str(last if what == "week" else first)

    return names.put(_PLACEHOLDER.sub(number, text))


_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, params: Mapping[str, object], lang: str, on: date | None = None) -> str:
    """A template with its parameters (dates written out in ``lang``) and the law's numbers as
    in force for an illness that began on ``on`` (default: today)."""

    def value(match: re.Match[str]) -> str:
        if match[1] not in params:
            return match[0]
        given = params[match[1]]
        if isinstance(given, date):
            return format_date(given, lang)
        if isinstance(given, list):  # a list of (Dutch, English) names
            return ", ".join(pick(name, lang) for name in given)
        return str(given)

    return render(_FIELD.sub(value, template), on=on)
