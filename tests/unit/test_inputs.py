"""The inputs table drives the reader, the share link, the command line, the error labels and
the summary: every row, with a valid sample value, goes through each of them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from calculator import boundary, cli, inputs, model
from calculator.engine import calculate
from calculator.errors import MESSAGES

TODAY = "2027-12-01"

#: A valid value for every case input, as the JSON boundary takes it. A new row of the table
#: needs a sample here (test_every_case_input_has_a_sample).
SAMPLES: dict[str, Any] = {
    "periods": [{"start": "2026-01-05", "end": "2026-03-31"}, {"start": "2026-04-21"}],
    "leave": {"start": "2026-06-01", "end": "2026-09-20"},
    "pregnancy_due": "2026-07-10",
    "leave_same_cause": False,
    "leave_pregnancy_related": True,
    "actual_probleemanalyse": "2026-02-10",
    "actual_plan_van_aanpak": "2026-02-20",
    "actual_ziekmelding_uwv": "2026-10-20",
    "actual_eerstejaarsevaluatie": "2027-01-20",
    "actual_spoor_2": "2027-02-01",
    "actual_reintegratieverslag": "2027-09-30",
    "actual_wia_aanvraag": "2027-11-01",
    "wia_letter": "2027-09-10",
    "wia_no_letter": True,
    "sanction_weeks": "8",
    "sanction_repaired": "2028-06-01",
    "extension_end": "2028-10-01",
    "contract_end": "2028-12-31",
    "proeftijd": True,
    "dismissal_request": "2025-12-01",
    "birth_date": "1970-05-05",
    "early_iva": True,
    "label": "Dossier 12 & co",
}
#: Inputs that cannot be combined with another sample (both halves of the loonsanctie, a letter
#: date and "no letter").
ALONE = {"sanction_repaired": "sanction_weeks", "wia_no_letter": "wia_letter"}


def _put(case: dict[str, Any], key: str, value: Any) -> None:
    inputs.put(case, key, json.loads(json.dumps(value)))  # a copy: the samples stay as they are


def case_with(ids: list[str]) -> dict[str, Any]:
    case: dict[str, Any] = {"periods": SAMPLES["periods"]}
    for row in inputs.CASE_INPUTS:
        if row.id in ids and row.id != "periods":
            if row.requires and not set(row.requires) & set(ids):
                first = row.requires[0]
                _put(case, inputs.INPUTS[first].key, SAMPLES[first])
            _put(case, row.key, SAMPLES[row.id])
    return case


def ask(case: dict[str, Any], **extra: Any) -> dict[str, Any]:
    request = {"today": TODAY, "case": case, **extra}
    answer: dict[str, Any] = json.loads(boundary.handle(json.dumps(request)))
    return answer


def test_every_case_input_has_a_sample() -> None:
    assert {row.id for row in inputs.CASE_INPUTS} == set(SAMPLES)


@pytest.mark.parametrize("row", inputs.CASE_INPUTS, ids=lambda row: row.id)
def test_each_input_is_read_linked_summarised_and_on_the_command_line(
    row: inputs.Input,
) -> None:
    case = case_with([row.id])
    answer = ask(case)
    assert answer["ok"], answer
    read = model.read_case(case)
    if row.id != "periods":
        assert row.id in read.values, "the reader ignored the input"
    # the share link carries it, and reading the link back gives the same case
    if row.link:
        assert f"{row.link}=" in answer["fragment"] or row.kind == "flag"
        parsed = json.loads(
            boundary.handle(
                json.dumps({"action": "parse_fragment", "fragment": answer["fragment"]})
            )
        )
        assert parsed["ok"] and parsed["complete"], parsed
        assert model.read_case(parsed["case"]) == read
    # the summary names it (when the row has a summary label)
    summary = [r["label"] for r in answer["summary"]]
    for part in row.parts.values():
        if part.summary and row.kind != "periods":
            assert part.summary[0] in summary
    # the command line has its flag, and gives the same request
    if row.cli:
        args = [f"--today={TODAY}"]
        for period in SAMPLES["periods"]:
            args.append(period["start"] + ("/" + period["end"] if period.get("end") else ""))
        if row.kind == "flag":
            args += ["--leave", "2026-06-01/2026-09-20"] if row.requires else []
            args.append(row.cli)
        elif row.kind == "date_range":
            value = SAMPLES[row.id]
            args.append(f"{row.cli}={value['start']}/{value['end']}")
        elif row.kind != "periods":
            args.append(f"{row.cli}={SAMPLES[row.id]}")
        request = cli.request_from_args(cli.build_parser().parse_args(args))
        assert model.read_case(request["case"]) == read


def test_every_sample_together() -> None:
    ids = [i for i in SAMPLES if i not in ALONE]
    answer = ask(case_with(ids))
    assert answer["ok"], answer
    assert len(answer["summary"]) >= len([i for i in ids if not i.startswith("leave_")])


@pytest.mark.parametrize("row", inputs.TABLE, ids=lambda row: row.id)
def test_every_row_has_words_in_both_languages(row: inputs.Input) -> None:
    for part in row.parts.values():
        for pair in (part.label, part.noun, part.hint, part.summary):
            if pair is not None:
                nl, en = pair
                assert nl.strip() and en.strip()
    assert row.section in {s.id for s in inputs.SECTIONS}


def test_links_and_flags_are_unique_unless_the_values_differ_in_shape() -> None:
    for attribute in ("link", "cli"):
        keys = [getattr(row, attribute) for row in inputs.TABLE if getattr(row, attribute)]
        for key in set(keys):
            rows = [row for row in inputs.TABLE if getattr(row, attribute) == key]
            if len(rows) > 1:
                assert {row.kind for row in rows} == {"weeks", "date"}, key


def test_error_messages_use_the_tables_nouns() -> None:
    errors = ask({"periods": SAMPLES["periods"], "actual": {"wia_aanvraag": "2026-02-31"}})
    assert errors["errors"][0]["message"].startswith("De datum van de WIA-aanvraag")
    for code in MESSAGES:
        assert code  # the catalogue is keyed by stable codes


def test_schema_for_the_page_is_json_with_every_row() -> None:
    data = json.loads(json.dumps(inputs.schema()))
    assert [row["id"] for row in data["inputs"]] == [row.id for row in inputs.TABLE]
    by_id = {row["id"]: row for row in data["inputs"]}
    assert by_id["periods"]["parts"]["first"]["label"] == {
        "nl": "Eerste ziektedag",
        "en": "First sick day",
    }
    assert {s["id"] for s in data["sections"]} >= {row["section"] for row in data["inputs"]}


def test_a_case_in_the_model_has_the_typed_inputs_the_rules_use() -> None:
    case = model.read_case(case_with([i for i in SAMPLES if i not in ALONE]))
    schedule = calculate(case, date(2027, 12, 1))
    assert case.pregnancy_leave is not None and not case.pregnancy_leave.same_cause
    assert case.actual["probleemanalyse"] == date(2026, 2, 10)
    assert schedule.case.loonsanctie is not None


def test_the_architecture_document_documents_every_input() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    readme = (root / "site_config/maintainers/architecture.md").read_text("utf-8")
    table = readme[readme.index("### Case inputs: one table") : readme.index("### The JSON")]
    for row in inputs.TABLE:
        assert f"`{row.key}" in table or f"request `{row.key}`" in table, row.id
        if row.link:
            assert f"`{row.link}" in table, row.link
        if row.cli:
            assert f"`{row.cli}" in table, row.cli


# --- the recipe "Add a case input" (README, Contributing) ----------------------------------------

#: Case inputs without a worked example, each with the reason. A new input gets a worked example
#: in calculator/worked_examples.toml, derived by hand from its article.
NO_WORKED_EXAMPLE = {
    "label": "names the case for the visitor; it moves no date",
}


def test_every_case_input_is_in_a_worked_example() -> None:
    """Step 5 of the recipe: a worked example uses the input by its id (as the JSON boundary
    reads it, through calculator.examples.case_from_row, which refuses any other key)."""
    from calculator.examples import load_worked_examples

    used: set[str] = set()
    for example in load_worked_examples():
        for row in inputs.CASE_INPUTS:
            value: Any = example.case
            for name in row.key.split("."):
                value = value.get(name) if isinstance(value, dict) else None
            if value is not None:
                used.add(row.id)
    missing = {row.id for row in inputs.CASE_INPUTS} - used - set(NO_WORKED_EXAMPLE)
    assert missing == set()
    assert not used & set(NO_WORKED_EXAMPLE), "has a worked example now: remove it from the list"


def test_every_field_of_the_formulas_context_is_filled_by_the_engine() -> None:
    """Step 3 of the recipe: a formula sees an input through a field of formulas.Context, which
    calculator/engine.py fills (by name) for every case."""
    import ast
    from dataclasses import fields
    from pathlib import Path

    from calculator.formulas import Context

    source = (Path(__file__).resolve().parents[2] / "calculator/engine.py").read_text("utf-8")
    calls = [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Context"
    ]
    assert len(calls) == 1 and not calls[0].args
    given = {keyword.arg for keyword in calls[0].keywords}
    assert {f.name for f in fields(Context)} - {"dates"} == given  # dates: filled as it goes


def test_every_derivation_code_has_words() -> None:
    """Step 4 of the recipe: each line of "how this date was calculated" that a formula writes
    has its words in calculator.words.EXPLAIN, in both languages."""
    import re
    from pathlib import Path

    from calculator.words import EXPLAIN

    source = (Path(__file__).resolve().parents[2] / "calculator/formulas.py").read_text("utf-8")
    codes = set(re.findall(r'\(\s*"([a-z_0-9]+)",\s*\{', source))
    assert codes and codes <= set(EXPLAIN), codes - set(EXPLAIN)
    assert all(all(pair) for pair in EXPLAIN.values())


def test_the_readme_recipe_names_every_file_it_touches() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    recipe = readme[readme.index("**Add a case input**") : readme.index("**Add or change a rule**")]
    for part in (
        "calculator/inputs.py",
        "calculator/engine.py",
        "calculator/formulas.py",
        "`Context`",
        "calculator/words.py",
        "`EXPLAIN`",
        "calculator/worked_examples.toml",
        "tests/unit/test_inputs.py",
        "site_config/maintainers/architecture.md",
        "CHANGELOG.md",
    ):
        assert part in recipe, part
