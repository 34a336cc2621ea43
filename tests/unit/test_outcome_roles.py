"""Each reader reads the outcomes (and "Nu en hierna"'s line about the case) in their own
words: the employee "je", the employer "u" and "uw werknemer", the re-integration agency "de
werknemer" (the README's "Writing")."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from calculator.boundary import handle
from calculator.outcome_words import outcome_words
from calculator.words import OUTCOME_TEXT, OUTCOME_TITLE

JE = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
U = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
#: English that makes the employer or the agency the sick person.
YOU_ILL = re.compile(r"\byou (fall|fell|were|are|should have)\b", re.IGNORECASE)
ROLES = ("werknemer", "werkgever", "bureau")


def wrong_words(role: str | None, nl: str, en: str) -> list[str]:
    if role in ("werkgever", "bureau"):
        return [m[0] for m in (*JE.finditer(nl), *YOU_ILL.finditer(en))]
    return [m[0] for m in U.finditer(nl)]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("table", "key"),
    [(OUTCOME_TITLE, key) for key in OUTCOME_TITLE] + [(OUTCOME_TEXT, key) for key in OUTCOME_TEXT],
)
def test_every_outcome_speaks_to_each_role(table: dict[str, Any], key: str, role: str) -> None:
    nl, en = outcome_words(key, role, table)
    assert not wrong_words(role, nl, en), (key, role, nl, en)


def ask(case: dict[str, Any], today: str, role: str, lang: str) -> dict[str, Any]:
    request = {"action": "calculate", "lang": lang, "today": today, "case": case, "role": role}
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    assert answer["ok"], answer
    return answer


#: Cases whose outcomes are about the sick person, and the outcome each must show.
CASES = [
    ({"periods": [{"start": "2026-01-05", "end": "2026-03-31"}]}, "2026-04-10", "herstel"),
    ({"periods": [{"start": "2026-01-05", "end": "2026-03-31"}]}, "2026-11-23", "gesloten"),
    (
        {"periods": [{"start": "2026-01-05", "end": "2026-03-31"}, {"start": "2026-04-21"}]},
        "2026-11-23",
        "samentellen",
    ),
    (
        {
            "periods": [{"start": "2026-01-05", "end": "2026-05-31"}, {"start": "2026-09-21"}],
            "pregnancy_leave": {"start": "2026-06-01", "end": "2026-09-20", "same_cause": False},
        },
        "2026-11-23",
        "zwangerschap",
    ),
    (
        {"periods": [{"start": "2024-01-01"}], "extension_end": "2026-01-10"},
        "2025-11-23",
        "verlenging_kort",
    ),
    ({"periods": [{"start": "2026-01-03"}]}, "2026-11-23", "eerste_ziektedag_geen_werkdag"),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("case", "today", "outcome"), CASES)
def test_the_answer_gives_each_role_its_own_outcome_words(
    case: dict[str, Any], today: str, outcome: str, role: str
) -> None:
    answers = {lang: ask(case, today, role, lang) for lang in ("nl", "en")}
    nl, en = ({o["id"]: o for o in answers[lang]["outcomes"]} for lang in ("nl", "en"))
    assert outcome in nl
    for key in nl:
        said_nl = nl[key]["title"] + " " + nl[key]["text"]
        said_en = en[key]["title"] + " " + en[key]["text"]
        assert not wrong_words(role, said_nl, said_en), (key, role, said_nl, said_en)
    # "Nu en hierna"'s line about the case ("Afgesloten: je bent hersteld") too
    regime = [answers[lang]["now"]["regime_text"] for lang in ("nl", "en")]
    assert not wrong_words(role, *regime), (role, regime)
    if role == "werkgever" and outcome != "zwangerschap" and outcome != "verlenging_kort":
        assert "uw werknemer" in nl[outcome]["text"] and "your employee" in en[outcome]["text"]
    if role == "bureau" and outcome not in ("zwangerschap", "verlenging_kort"):
        assert "de werknemer" in nl[outcome]["text"] and "the employee" in en[outcome]["text"]
