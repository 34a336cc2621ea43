"""The form speaks to its reader: the employee reads "je", the employer and the HR officer "u"
(and about "uw werknemer"), the re-integration agency "je" and "de werknemer" (the README's
"Writing"). Checked on the schema the page gets, per role, as the page picks the words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from calculator import inputs

JE = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
U = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
ROLES = (None, "werknemer", "werkgever", "bureau")


def _texts(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every label and hint of the form, with where it stands."""
    for section in schema["sections"]:
        if section["hint"]:
            yield f"section {section['id']}", section["hint"]
    for row in schema["inputs"]:
        for name, part in row["parts"].items():
            for what in ("label", "hint"):
                if part[what]:
                    yield f"{row['id']}.{name} {what}", part[what]


def said(words: dict[str, Any], role: str | None, lang: str) -> str:
    """What the page shows for ``role``: the role's own words, else the default."""
    own = (words.get("roles") or {}).get(role) if role else None
    return str((own or words)[lang])


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reads_its_own_form_of_address(role: str | None) -> None:
    wrong = []
    for where, words in _texts(inputs.schema()):
        text = said(words, role, "nl")
        if role == "werkgever" and JE.search(text):
            wrong.append(f"{where}: {text}")
        if role != "werkgever" and U.search(text):
            wrong.append(f"{where}: {text}")
    assert not wrong, "\n".join(wrong)


def test_the_employer_and_the_agency_read_about_the_employee_not_as_the_employee() -> None:
    """A hint about the sick person ("de dag waarop je ziek was") is about the employee for the
    employer and the agency, in both languages."""
    hint = inputs.INPUTS["periods"].parts["first"].hint_roles
    assert "uw werknemer" in hint["werkgever"][0] and "your employee" in hint["werkgever"][1]
    assert "de werknemer" in hint["bureau"][0] and "the employee" in hint["bureau"][1]
    for role in inputs.FORM_ROLES:
        for _where, words in _texts(inputs.schema()):
            if JE.search(words["nl"]) and role == "werkgever":
                assert "roles" in words and role in words["roles"]


def test_only_known_roles_have_words_of_their_own() -> None:
    for _where, words in _texts(inputs.schema()):
        assert set(words.get("roles", {})) <= set(inputs.FORM_ROLES)
