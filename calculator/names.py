"""The official names of the steps, each once: the Dutch name the law or UWV gives it, and the
English words a reader of the English pages gets for it.

A rename (UWV calls the report something else, or a change of the law gives it another week in
its name) touches this file only. Texts say ``{name ID}`` for the Dutch name and ``{name_en ID}``
for the English words: the rules table's and the answer's texts (through
:func:`calculator.texts.render`), the worked examples (when they are read), the site's pages
(``{{ sw.name ID }}``, ``{{ sw.name_en ID }}``) and the glossary (``name = "ID"``). Labels built
when the package is imported use :data:`NAMES` directly. Anchors and ids (``#stap-42e-weeks...``,
a worked example's ``id``) are addresses, not names: they stay, so that old links keep working.

>>> put("Doe de {name ziekmelding_uwv} ({name_en ziekmelding_uwv})")
'Doe de 42e-weeksmelding (42-week report)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Name:
    nl: str  # the official (Dutch) name; English texts keep it as the legal term
    en: str  # what the English texts call it


NAMES: dict[str, Name] = {
    # Ziektewet art. 38 lid 1; UWV's form "Ziekteaangifte van langdurige ziekte in de 42e week"
    "ziekmelding_uwv": Name("42e-weeksmelding", "42-week report"),
}

#: ``{name ID}`` and ``{name_en ID}`` in a text.
PLACEHOLDER = re.compile(r"\{(name|name_en) (\w+)\}")


def put(text: str) -> str:
    """``text`` with every ``{name ID}`` / ``{name_en ID}`` replaced; an unknown id is a
    ``KeyError`` (a typing error in a text must not reach a visitor)."""

    def name(match: re.Match[str]) -> str:
        found = NAMES[match[2]]
        return found.en if match[1] == "name_en" else found.nl

    return PLACEHOLDER.sub(name, text)
