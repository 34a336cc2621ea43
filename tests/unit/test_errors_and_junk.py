"""Errors are data: GOV.UK priority, one message per field in both languages, and a junk sweep
over every public function and the JSON boundary: only CalculatorError or ok:false."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import boundary, cli, counting, dates, examples, fragment, model
from calculator.engine import calculate
from calculator.errors import INTERNAL, MESSAGES, CalculatorError, InputErrors
from calculator.inputs import CASE_INPUTS, INPUTS, TABLE

from .helpers import ask

TODAY = date(2026, 11, 23)


def errors_of(case: Any, **kw: Any) -> list[dict[str, Any]]:
    answer = ask(case, **kw)
    assert answer["ok"] is False
    return list(answer["errors"])


def test_missing_first_sick_day() -> None:
    [error] = errors_of({"periods": [{"start": {"day": "", "month": "", "year": ""}}]})
    assert error == {
        "code": "date_missing",
        "field": "periods.0.start",
        "part": None,
        "message": "Vul de eerste ziektedag in",
    }


def test_missing_part_names_the_part() -> None:
    [error] = errors_of(
        {"periods": [{"start": {"day": "5", "month": "", "year": "2026"}}]}, lang="en"
    )
    assert error["code"] == "date_part_missing"
    assert error["part"] == "month"
    assert error["message"] == "The first sick day must include a month"


def test_impossible_date_31_february() -> None:
    [error] = errors_of({"periods": [{"start": {"day": "31", "month": "2", "year": "2026"}}]})
    assert error["code"] == "date_impossible"
    assert error["message"] == "De eerste ziektedag moet een bestaande datum zijn"


@pytest.mark.parametrize("month", ["jan", "januari", "January", "JAN.", "1", "01"])
def test_month_names_accepted(month: str) -> None:
    answer = ask({"periods": [{"start": {"day": "5", "month": month, "year": "2026"}}]})
    assert answer["ok"], answer
    assert answer["counting"]["first_sick_day"] == "2026-01-05"


def test_priority_missing_before_impossible_before_rule() -> None:
    errors = errors_of(
        {
            "periods": [
                {"start": {"day": "5", "month": "1", "year": "2026"}, "end": "2026-01-01"},
                {"start": {"day": "40", "month": "1", "year": "2026"}},
                {"start": {"day": "", "month": "", "year": ""}},
            ]
        }
    )
    codes = {e["field"]: e["code"] for e in errors}
    assert codes["periods.1.start"] == "date_impossible"
    assert codes["periods.2.start"] == "date_missing"
    # one error per field, never two
    assert len(codes) == len(errors)


@pytest.mark.parametrize(
    ("case", "field", "code"),
    [
        (
            {"periods": [{"start": "2026-03-01", "end": "2026-02-01"}]},
            "periods.0.end",
            "end_before_start",
        ),
        (
            {"periods": [{"start": "2026-03-01", "end": "2026-03-10"}, {"start": "2026-03-05"}]},
            "periods.1.start",
            "period_unordered",
        ),
        (
            {"periods": [{"start": "2026-03-01"}, {"start": "2026-05-05"}]},
            "periods.0.end",
            "period_open_not_last",
        ),
        ({"periods": [{"start": "2010-03-01"}]}, "periods.0.start", "date_too_early"),
        ({"periods": [{"start": "2031-03-01"}]}, "periods.0.start", "date_too_late"),
        (
            {"periods": [{"start": "2026-01-05"}], "loonsanctie": {"weeks": "53"}},
            "loonsanctie.weeks",
            "sanction_too_long",
        ),
        (
            {"periods": [{"start": "2026-01-05"}], "loonsanctie": {"weeks": "twaalf"}},
            "loonsanctie.weeks",
            "sanction_not_number",
        ),
        (
            {
                "periods": [{"start": "2026-01-05"}],
                "pregnancy_leave": {"start": "2026-05-01", "end": "2026-04-01"},
            },
            "pregnancy_leave.end",
            "leave_end_before_start",
        ),
        (
            {
                "periods": [{"start": "2026-01-05"}],
                "pregnancy_leave": {"start": "2025-12-01", "end": "2026-04-01"},
            },
            "periods.0.start",
            "illness_began_in_leave",
        ),
        (
            {
                "periods": [{"start": "2026-06-05"}],
                "pregnancy_leave": {"start": "2026-01-05", "end": "2026-04-30"},
            },
            "pregnancy_leave.start",
            "leave_outside_case",
        ),
        (
            {"periods": [{"start": "2026-01-05"}], "actual": {"probleemanalyse": "2026-12-01"}},
            "actual.probleemanalyse",
            "actual_after_today",
        ),
        (
            {"periods": [{"start": "2026-01-05"}], "extension_end": "2027-06-01"},
            "extension_end",
            "extension_too_early",
        ),
        (
            {
                "periods": [{"start": "2026-01-05"}],
                "extension_end": "2028-06-01",
                "contract_end": "2027-06-30",
            },
            "extension_end",
            "extension_after_contract_end",
        ),
        (
            {
                "periods": [{"start": "2026-01-05"}],
                "pregnancy_leave": {"start": "2026-03-02", "end": "2026-06-20"},
            },
            "pregnancy_leave.end",
            "leave_too_short",
        ),
        (
            {"periods": [{"start": "2026-01-05"}], "birth_date": "2015-01-01"},
            "birth_date",
            "birth_date_impossible",
        ),
        ({"periods": [{"start": "2026-01-05"}], "label": "x" * 61}, "label", "text_too_long"),
        (
            {"periods": [{"start": "2026-01-05"}], "contract_end": "2025-06-01"},
            "contract_end",
            "contract_end_before_start",
        ),
        (
            {
                "periods": [{"start": "2026-01-05"}],
                "loonsanctie": {"weeks": "5", "repaired": "2026-11-01"},
            },
            "loonsanctie.weeks",
            "sanction_both",
        ),
        (
            {
                "periods": [{"start": "2026-01-05"}],
                "wia_letter": "2026-08-01",
                "wia_no_letter": True,
            },
            "wia_letter",
            "wia_letter_both",
        ),
        (
            {  # 31 weeks: longer than any pregnancy and maternity leave (at most 30 weeks)
                "periods": [{"start": "2026-01-05"}],
                "pregnancy_leave": {"start": "2026-03-02", "end": "2026-10-04"},
            },
            "pregnancy_leave.end",
            "leave_too_long",
        ),
        (
            {
                "periods": [
                    {"start": f"2025-{m:02d}-{d:02d}", "end": f"2025-{m:02d}-{d:02d}"}
                    for m in range(1, 12)
                    for d in (1, 6, 11, 16, 21)
                ]
            },
            "periods",
            "too_many_periods",
        ),
    ],
)
def test_rule_errors(case: dict[str, Any], field: str, code: str) -> None:
    errors = errors_of(case)
    assert (errors[0]["field"], errors[0]["code"]) == (field, code)
    assert errors[0]["message"]


def test_every_message_exists_in_both_languages() -> None:
    for code, (nl, en) in MESSAGES.items():
        assert nl and en and nl != en, code


def test_errors_in_the_visitors_language() -> None:
    case = {"periods": [{"start": "2026-02-31"}]}
    nl = errors_of(case, lang="nl")[0]["message"]
    en = errors_of(case, lang="en")[0]["message"]
    assert nl.startswith("De eerste ziektedag") and en.startswith("The first sick day")


def test_calculator_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        model.read_case({"periods": []})
    with pytest.raises(InputErrors) as caught:
        model.read_case({"periods": [{"start": "x"}]})
    assert caught.value.errors[0].field == "periods.0.start"


# --- junk sweep ---------------------------------------------------------------------------------

JUNK: list[Any] = [
    None,
    "",
    " ",
    "31-02-2026",
    "2026-02-31",
    "99999-01-01",
    "0000-00-00",
    "2026-13-01",
    10**30,
    -1,
    3.5,
    True,
    [],
    {},
    [None],
    {"day": None},
    {"day": "5", "month": "x" * 10_000},
    "\x00",
    "<script>alert(1)</script>",
    ["2026-01-05"],
    {"start": {"start": {}}},
    {"day": "1", "month": "1", "year": "99999"},
    {"day": [], "month": {}, "year": 1.5},
    "2026-01-05T10:00",
    "\ud800",
    float("nan"),
]
nested = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


#: A valid value per input that another input requires (the leave, for its flags).
VALID = {"leave": {"start": "2026-03-02", "end": "2026-06-21"}}


def _at(key: str, value: Any, requires: tuple[str, ...] = ()) -> dict[str, Any]:
    """A case with the first sick day, what the input requires (the first of them), and
    ``value`` at ``key``."""
    case: dict[str, Any] = {"periods": [{"start": "2026-01-05"}]}
    if requires:
        case[INPUTS[requires[0]].key] = dict(VALID[requires[0]])
    if key == "periods":
        case["periods"] = value
        return case
    node = case
    *path, last = key.split(".")
    for name in path:
        node = node.setdefault(name, {})
    node[last] = value
    return case


def _junk_cases(value: Any) -> list[Any]:
    """``value`` in every input of the table, in a period's start and end, and as the case."""
    cases: list[Any] = [_at(row.key, value, row.requires) for row in CASE_INPUTS]
    # a range's parts and the object that holds them
    cases += [
        _at(f"{row.key}.{part}", value)
        for row in CASE_INPUTS
        if row.kind == "date_range"
        for part in row.parts
        if part
    ]
    cases += [
        {"periods": [{"start": value}]},
        {"periods": [{"start": "2026-01-05", "end": value}, {"start": "2026-03-01"}]},
        {"periods": [value]},
        value,
    ]
    return cases


def assert_no_fault(answer: dict[str, Any]) -> None:
    """A bad input is the visitor's and has its own code; ``internal`` would be a bug of ours."""
    assert answer["ok"] in (True, False)
    if not answer["ok"]:
        assert answer["errors"]
        for error in answer["errors"]:
            assert error["code"] != INTERNAL, error
            assert error["message"] and error["code"] in MESSAGES, error


@pytest.mark.parametrize("value", JUNK, ids=repr)
def test_junk_in_every_input(value: Any) -> None:
    for case in _junk_cases(value):
        request = json.dumps({"case": case, "today": "2026-11-23"}, default=str)
        assert_no_fault(json.loads(boundary.handle(request)))


def test_a_fault_of_ours_is_internal_and_calm(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug under the boundary is not the visitor's fault: code ``internal``, a calm message in
    the visitor's language, no traceback; and the junk sweep notices it."""

    def broken(data: Any) -> Any:
        raise TypeError("planted")

    monkeypatch.setattr(boundary, "read_case", broken)
    for lang, words in (("nl", "aan onze kant"), ("en", "on our side")):
        request = {"lang": lang, "case": {"periods": [{"start": "2026-01-05"}]}}
        answer = json.loads(boundary.handle(json.dumps(request)))
        assert answer["ok"] is False
        [error] = answer["errors"]
        assert error["code"] == INTERNAL and words in error["message"]
        assert "planted" not in error["message"] and "Traceback" not in error["message"]
    with pytest.raises(AssertionError):
        test_junk_in_every_input(None)


@pytest.mark.parametrize("value", JUNK, ids=repr)
def test_junk_to_public_functions(value: Any) -> None:
    """Public functions raise CalculatorError (a ValueError) on junk, never anything else."""
    calls = [
        lambda: dates.parse_date(value, "x"),
        lambda: model.read_case(value),
        lambda: model.read_case({"periods": [{"start": value}]}),
        lambda: examples.parse_period(value),
        lambda: fragment.decode(value),
        lambda: boundary.answer({"case": value, "today": value}),
        lambda: boundary.answer({"action": value}),
        lambda: boundary.parse_fragment(value, "nl"),
    ]
    for call in calls:
        with contextlib.suppress(CalculatorError):
            call()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "null",
        "[]",
        "42",
        '"x"',
        "{",
        '{"case": null}',
        '{"action": "rm -rf"}',
        '{"lang": ["nl"], "case": {}}',
        '{"today": "2026-02-30", "case": {"periods": []}}',
        "[" * 5000 + "]" * 5000,
        '{"case": ' * 2000 + "null" + "}" * 2000,
        "x" * 200_000,
    ],
)
def test_junk_json_text(text: str) -> None:
    answer = json.loads(boundary.handle(text))
    assert answer["ok"] is False
    assert_no_fault(answer)


def test_non_text_to_boundary() -> None:
    for value in (None, 42, b"\xff\xfe", ["x"]):
        assert json.loads(boundary.handle(value))["ok"] is False


@given(nested)
@settings(max_examples=300, deadline=None)
def test_boundary_never_raises_on_any_json(value: Any) -> None:
    for request in (
        {"case": value},
        {"case": {"periods": value}},
        {"case": {"periods": [value]}},
        value,
    ):
        assert_no_fault(json.loads(boundary.handle(json.dumps(request))))


link_keys = st.sampled_from(sorted({row.link for row in TABLE if row.link} | {"v", "x"}))
link_values = st.one_of(
    st.text(max_size=30),
    st.dates().map(date.isoformat),
    st.lists(st.dates().map(date.isoformat), min_size=1, max_size=3).map("/".join),
    st.integers(min_value=-5, max_value=10**12).map(str),
)


@given(st.lists(st.tuples(link_keys, link_values), max_size=12))
@settings(max_examples=400, deadline=None)
def test_share_link_parser_never_faults(pairs: list[tuple[str, str]]) -> None:
    """Any fragment made of our keys and wild values is read or reported, never ``internal``;
    and a case read from it calculates without a fault either."""
    from urllib.parse import urlencode

    request = {"action": "parse_fragment", "fragment": urlencode(pairs)}
    parsed = json.loads(boundary.handle(json.dumps(request)))
    assert all(e["code"] != INTERNAL for e in parsed["errors"])
    if parsed["case"].get("periods"):
        again = {"case": parsed["case"], "today": "2026-11-23"}
        assert_no_fault(json.loads(boundary.handle(json.dumps(again))))


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_any_fragment_text_is_read_or_reported(text: str) -> None:
    parsed = json.loads(boundary.handle(json.dumps({"action": "parse_fragment", "fragment": text})))
    assert all(e["code"] != INTERNAL for e in parsed["errors"])


def test_cli_bad_input_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["2026-02-31"]) == 2
    err = capsys.readouterr().err
    assert "bestaande datum" in err and "Traceback" not in err


def test_counting_rejects_day_zero() -> None:
    count = counting.count_sick_days([counting.Period(date(2026, 1, 5))])
    with pytest.raises(ValueError):
        count.day(0)


def test_calculate_checks_the_case() -> None:
    bad = model.Case((counting.Period(date(2026, 3, 1), date(2026, 2, 1)),))
    with pytest.raises(CalculatorError):
        calculate(bad, TODAY)


def test_a_group_of_inputs_that_is_not_an_object_is_one_error() -> None:
    # "actual" holds one date per step: a number instead of that object is one bad_request
    # (on its first step), not one per step
    errors = errors_of({"periods": [{"start": "2026-01-05"}], "actual": 5})
    assert [(e["code"], e["field"]) for e in errors] == [("bad_request", "actual.probleemanalyse")]


def test_a_today_near_the_last_date_python_knows_is_refused_not_internal() -> None:
    # a case from 9999 would run past 31 December 9999; the boundary refuses such a today
    errors = errors_of({"periods": [{"start": "9999-01-05"}]}, today="9999-12-01")
    assert [(e["code"], e["field"]) for e in errors] == [("bad_request", "today")]
    assert ask({"periods": [{"start": "9899-06-01"}]}, today=boundary.LAST_TODAY)["ok"]
    # and a date nine years ahead of that today is still within the checks' reach
    assert ask(
        {"periods": [{"start": "9899-06-01"}], "contract_end": "9908-01-01"},
        today=boundary.LAST_TODAY,
    )["ok"]
