"""What an attack on the calculator found, each kept as a permanent test: Unicode
digits and huge numbers are field errors, a share link keeps what is valid, deep JSON is refused
before parsing, and the command line never shows a traceback."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import boundary, cli
from calculator.inputs import TABLE

from .helpers import ROOT

FIELDS = {"periods.0.start"}

#: Digits of other scripts and numeric symbols (Unicode categories Nd and No), and long runs of
#: ASCII digits: the inputs that reached the boundary's catch-all before.
unicode_digits = st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=6)
long_digits = st.text(alphabet="0123456789", min_size=10, max_size=40)
date_part = st.one_of(unicode_digits, long_digits, st.just("²"), st.just("5\n"))


def _answer(case: dict[str, Any]) -> dict[str, Any]:
    request = {"today": "2026-11-23", "case": case}
    answer: dict[str, Any] = json.loads(boundary.handle(json.dumps(request)))
    return answer


def _ok_or_field_error(answer: dict[str, Any], field: str) -> None:
    if answer["ok"]:
        return
    codes = {e["field"]: e["code"] for e in answer["errors"]}
    assert "internal" not in codes.values(), answer["errors"]
    assert field in codes, answer["errors"]


@given(part=st.sampled_from(["day", "month", "year"]), text=date_part)
@settings(max_examples=300)
def test_any_text_in_a_date_part_is_ok_or_that_fields_error(part: str, text: str) -> None:
    start = {"day": "5", "month": "1", "year": "2026", part: text}
    _ok_or_field_error(_answer({"periods": [{"start": start}]}), "periods.0.start")


@given(text=st.one_of(unicode_digits, long_digits, st.just("²")))
@settings(max_examples=200)
def test_any_text_as_sanction_weeks_is_ok_or_that_fields_error(text: str) -> None:
    case = {"periods": [{"start": "2026-01-05"}], "loonsanctie": {"weeks": text}}
    _ok_or_field_error(_answer(case), "loonsanctie.weeks")


@pytest.mark.parametrize(
    "start",
    ["2026-01-05\n", "٢٠٢٦-٠١-٠٥", "２０２６-０１-０５", "2026-01-0⁵", "99999999999-01-05"],
)
def test_iso_dates_only_in_ascii_digits(start: str) -> None:
    [error] = _answer({"periods": [{"start": start}]})["errors"]
    assert (error["field"], error["code"]) == ("periods.0.start", "date_format")


def test_other_fields_keep_their_errors_next_to_a_strange_digit() -> None:
    answer = _answer(
        {
            "periods": [{"start": {"day": "1234567890", "month": "1", "year": "2026"}}],
            "contract_end": {"day": "31", "month": "2", "year": "2027"},
        }
    )
    fields = {e["field"]: (e["code"], e["part"]) for e in answer["errors"]}
    assert fields["periods.0.start"] == ("date_impossible", "day")
    assert fields["contract_end"][0] == "date_impossible"


# --- share links ----------------------------------------------------------------------------------


def _parse(fragment: str) -> dict[str, Any]:
    request = {"action": "parse_fragment", "fragment": fragment}
    answer: dict[str, Any] = json.loads(boundary.handle(json.dumps(request)))
    return answer


def test_a_link_with_many_keys_keeps_the_valid_ones() -> None:
    junk = "&".join(f"x{i}=1" for i in range(80))
    parsed = _parse(f"v=1&ziek=2026-01-05&pa=2026-02-10&{junk}")
    assert parsed["case"]["periods"] == [{"start": "2026-01-05", "end": None}]
    assert parsed["case"]["actual"] == {"probleemanalyse": "2026-02-10"}
    assert parsed["errors"] and parsed["errors"][0]["code"] == "bad_fragment"


def test_a_long_link_keeps_the_valid_keys_and_reports_the_rest() -> None:
    parsed = _parse("v=1&ziek=2026-01-05&naam=" + "x" * 5000)
    assert parsed["case"]["periods"] == [{"start": "2026-01-05", "end": None}]
    assert "naam" in parsed["errors"][0]["message"]


def test_a_value_in_other_digits_is_reported_not_dropped() -> None:
    parsed = _parse("v=1&ziek=2026-01-05&sanctie=²&pa=٢٠٢٦-٠٢-١٠")
    assert parsed["case"]["periods"]
    message = parsed["errors"][0]["message"]
    assert "sanctie" in message and "pa" in message


def test_more_than_fifty_periods_is_an_error_not_a_silent_cut() -> None:
    parsed = _parse("v=1&ziek=" + ",".join(["2026-01-05"] * 60))
    assert not parsed["ok"]
    assert any("ziek" in e["message"] for e in parsed["errors"])


# --- deep JSON ------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [10_000, 100_000])
def test_deep_json_is_refused_before_parsing(size: int) -> None:
    depth = size // 2
    for text in ("[" * depth + "]" * depth, '{"case":' * (size // 9) + "1" + "}" * (size // 9)):
        answer = json.loads(boundary.handle(text))
        assert answer["ok"] is False and answer["errors"][0]["code"] == "bad_request"


def test_nesting_ignores_brackets_inside_strings() -> None:
    case = {"periods": [{"start": "2026-01-05"}], "label": "[[[[[[[[[[[[[[[[[[[[[[[[[[[["}
    assert _answer(case)["ok"]


# --- the command line -----------------------------------------------------------------------------


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calculator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("{tmp}", 1),  # a directory
        ("{tmp}/missing/x.ics", 1),
        ("/dev/full", 1),
        ("{tmp}/" + "a" * 300 + ".ics", 1),
        ("", 2),
    ],
)
def test_cli_ics_that_cannot_be_written(tmp_path: Path, target: str, code: int) -> None:
    result = run_cli("--ics", target.format(tmp=tmp_path), "2026-01-05")
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_negative_sanction_is_a_number_error() -> None:
    result = run_cli("--sanction", "-5", "2026-01-05")
    assert result.returncode == 2
    assert result.stderr.startswith("loonsanctie.weeks:")


def test_cli_into_a_closed_pipe_and_a_terminal_without_utf8() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "calculator", "--json", "2026-01-05"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head` that has read enough
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in stderr
    ascii_only = run_cli("--lang", "nl", "2026-01-05", env={"PYTHONIOENCODING": "ascii"})
    assert ascii_only.returncode == 0 and "Traceback" not in ascii_only.stderr


def test_cli_main_returns_codes_without_raising(tmp_path: Path) -> None:
    assert cli.main(["--ics", str(tmp_path), "2026-01-05"]) == 1
    assert cli.main(["2026-02-31"]) == 2


@pytest.mark.parametrize(
    ("fragment", "start", "code"),
    [
        ("v=1&ziek=5-jan-2026", "2026-01-05", None),
        ("v=1&ziek=12-03-2026--", "2026-03-12", None),  # a whole date in the day field
        ("v=1&ziek=31-2-2026", {"day": "31", "month": "2", "year": "2026"}, "date_impossible"),
        ("v=1&ziek=5--2026", {"day": "5", "month": "", "year": "2026"}, "date_part_missing"),
    ],
)
def test_a_first_sick_day_typed_on_the_home_page(fragment: str, start: Any, code: str) -> None:
    """The home page sends the three fields as typed; Python reads them, and what it cannot
    accept comes back as typed, with the field's own error (not 'the link is wrong')."""
    parsed = _parse(fragment)
    assert parsed["case"]["periods"][0]["start"] == start
    assert [e["code"] for e in parsed["errors"]] == ([code] if code else [])


# --- the address a page writes by itself ----------------------------------------------------


def test_the_page_fragment_leaves_out_the_name_and_the_date_of_birth() -> None:
    """What a page puts in its own address goes into the browser's history: the case without
    the visitor's name for it and without a date of birth. The share link keeps them."""
    case = {
        "periods": [{"start": "2026-01-05"}],
        "label": "Jan Jansen",
        "birth_date": "1960-02-01",
        "contract_end": "2026-12-31",
    }
    answer = _answer(case)
    assert "naam=Jan%20Jansen" in answer["fragment"] and "geboren=1960-02-01" in answer["fragment"]
    assert answer["page_fragment"] == "v=1&ziek=2026-01-05&einde_contract=2026-12-31&taal=nl"
    batch = json.loads(
        boundary.handle(json.dumps({"action": "batch", "cases": [{"id": "1", "case": case}]}))
    )
    [result] = batch["results"]
    assert result["page_fragment"] == "v=1&ziek=2026-01-05&einde_contract=2026-12-31"
    assert "naam=" in result["fragment"]
    data = b"naam;eerste_ziektedag;geboortedatum\nJan;05-01-2026;01-02-1960\n"
    request = {"action": "read_csv", "overview": True, "data": base64.b64encode(data).decode()}
    [read] = json.loads(boundary.handle(json.dumps(request)))["cases"]
    assert read["page_fragment"] == "v=1&ziek=2026-01-05"
    assert "geboren=1960-02-01" in read["fragment"]
    # the personal inputs are the name and the date of birth, no more
    assert {row.id for row in TABLE if row.personal} == {"label", "birth_date"}
