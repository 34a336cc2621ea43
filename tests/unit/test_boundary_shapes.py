"""Crafted shapes at the JSON boundary: every key of every action, and of a batch's cases, given a
value of the wrong shape (an object where text belongs, a list, a number, null, nesting). Each
answer is the visitor's error or a result, never ``internal``: that code means a bug of ours.

An attack found ``{"action": "split_date", "text": "5-1-2026", "label": {}}`` answering
``internal`` (an object cannot be looked up among the field names)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import boundary

from .test_errors_and_junk import JUNK, assert_no_fault, nested

CASE = {"periods": [{"start": "2026-01-05"}]}
CSV = "bmFhbTtlZXJzdGVfemlla3RlZGFnCkE7MDUtMDEtMjAyNgo="  # naam;eerste_ziektedag / A;05-01-2026

#: A request per action that the boundary answers with ok: true; the sweep spoils one key.
GOOD: dict[str, dict[str, Any]] = {
    "calculate": {"case": CASE, "role": "werkgever"},
    "ics": {"case": CASE},
    "parse_fragment": {"fragment": "v=1&ziek=2026-01-05"},
    "split_date": {"text": "5-1-2026", "field": "periods.0.start", "label": "first_sick_day"},
    "read_csv": {"data": CSV, "overview": True},
    "batch": {"cases": [{"id": "1", "label": "A", "case": CASE}]},
    "batch_ics": {"cases": [{"id": "1", "label": "A", "case": CASE}]},
    "batch_csv": {"cases": [{"id": "1", "label": "A", "case": CASE}]},
    "batch_xlsx": {"cases": [{"id": "1", "label": "A", "case": CASE}], "part": 0, "parts": 1},
}
#: Every key a request may carry, whatever its action.
KEYS = sorted(
    {"action", "lang", "today", "role", "case", "fragment", "field", "label", "text", "data"}
    | {"overview", "existing", "cases", "part", "parts"}
)
ITEM_KEYS = ("id", "label", "number", "case")
#: Shapes that reached ``internal`` before, or might: an object or list where a name belongs.
CRAFTED: list[Any] = [{}, [], [[]], {"a": 1}, ["nl"], [{}], {"": None}, 1e308, -0.0, 2**70]


def request(action: str, changes: dict[str, Any] | None = None) -> dict[str, Any]:
    base = {"action": action, "lang": "nl", "today": "2026-11-23", **GOOD[action]}
    return {**base, **(changes or {})}


def ask(data: Any) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(boundary.handle(json.dumps(data, default=str)))
    return answer


@pytest.mark.parametrize("action", sorted(GOOD))
def test_each_good_request_is_answered(action: str) -> None:
    """The sweep's starting points calculate, so a spoiled key is what the sweep tests."""
    assert ask(request(action))["ok"] is True


def test_a_label_that_is_an_object_is_a_date_error() -> None:
    answer = ask({"action": "split_date", "text": "5-1-2026", "label": {}})
    assert answer["ok"] is True  # the label only names the field in a message
    answer = ask({"action": "split_date", "text": "5-1", "label": {}})
    assert [e["code"] for e in answer["errors"]] == ["date_format"]


@pytest.mark.parametrize("action", sorted(GOOD))
@pytest.mark.parametrize("value", CRAFTED + JUNK, ids=lambda value: repr(value)[:30])
def test_a_crafted_value_in_any_key_is_never_internal(action: str, value: Any) -> None:
    for key in KEYS:
        assert_no_fault(ask(request(action, {key: value})))
    if "cases" in GOOD[action]:
        for key in ITEM_KEYS:
            item = {"id": "1", "label": "A", "case": CASE, key: value}
            assert_no_fault(ask(request(action, {"cases": [item]})))
        assert_no_fault(ask(request(action, {"cases": [value]})))


@given(
    action=st.sampled_from(sorted(GOOD)),
    key=st.sampled_from(KEYS),
    value=nested,
    item_key=st.sampled_from(ITEM_KEYS),
    item_value=nested,
)
@settings(max_examples=400, deadline=None)
def test_any_json_in_any_key_is_never_internal(
    action: str, key: str, value: Any, item_key: str, item_value: Any
) -> None:
    assert_no_fault(ask(request(action, {key: value})))
    if "cases" in GOOD[action]:
        item = {"id": "1", "label": "A", "case": CASE, item_key: item_value}
        assert_no_fault(ask(request(action, {"cases": [item, item_value]})))
