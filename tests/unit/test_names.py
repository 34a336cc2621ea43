"""The official names come from one place (calculator/names.py): a rename touches that file only.

No text the visitor or a reader of the pages gets types an official name by hand: the calculator's
texts, the worked examples, the pages and the glossary say ``{name ID}`` / ``{{ sw.name ID }}``.
Anchors and ids (``#stap-42e-weeksmelding``, a worked example's ``id``) are addresses and stay.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from calculator import names
from calculator.boundary import handle
from calculator.examples import load_worked_examples
from calculator.inputs import INPUTS
from calculator.rules import RULES_BY_ID
from calculator.texts import render

ROOT = Path(__file__).resolve().parents[2]
#: Where a reader's text lives: the package, the pages, the glossary, the markers' headings.
SCANNED = [
    *sorted((ROOT / "calculator").glob("*.py")),
    *sorted((ROOT / "calculator").glob("*.toml")),
    *sorted((ROOT / "docs").rglob("*.md")),
    ROOT / "site_config" / "glossary.toml",
    ROOT / "site_config" / "hooks" / "markers.py",
]
#: An address, not a name: an anchor, a link target or a worked example's id.
ADDRESS = re.compile(r"[#-][\w-]*$|^id = ")


def typed_names(path: Path) -> list[str]:
    found = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        for name in names.NAMES.values():
            for word in (name.nl, name.en):
                for match in re.finditer(re.escape(word), line, re.IGNORECASE):
                    before = line[: match.start()]
                    if ADDRESS.search(before) or line.startswith("id = "):
                        continue
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_official_name_is_typed_outside_names_py(path: Path) -> None:
    if path.name == "names.py":
        return
    assert typed_names(path) == []


def test_a_rename_reaches_the_texts_the_labels_and_the_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The texts rendered when asked follow the table at once (labels read it at import).
    monkeypatch.setitem(names.NAMES, "ziekmelding_uwv", names.Name("langverzuimmelding", "x"))
    assert "langverzuimmelding" in render(RULES_BY_ID["ziekmelding_uwv"].todo["werkgever"][0])
    request = '{"today": "2026-11-30", "case": {"periods": [{"start": "2026-01-05"}]}}'
    assert "langverzuimmelding" in handle(request)


def test_the_name_is_in_the_title_the_label_and_the_worked_examples() -> None:
    name = names.NAMES["ziekmelding_uwv"]
    assert name.nl in RULES_BY_ID["ziekmelding_uwv"].title[0]
    assert name.en in RULES_BY_ID["ziekmelding_uwv"].title[1]
    assert name.nl in INPUTS["actual_ziekmelding_uwv"].part.label[0]
    texts = " ".join(e.reason_nl + e.title[0] for e in load_worked_examples())
    assert name.nl in texts and "{name" not in texts


def test_an_unknown_name_is_an_error_not_a_text() -> None:
    with pytest.raises(KeyError):
        names.put("{name niet_bestaand}")
