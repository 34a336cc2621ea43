"""Many cases at once: the reader of cases (Dutch and English headers, junk rows, precise row
errors with the row's name and the value refused, the employee number, a file read again next
to a list), the batch boundary and its exports. How a file is split into rows (encodings,
separators, quotes): test_tablefile.py; the spreadsheet exports: test_exports.py."""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from calculator import batch, law
from calculator.boundary import handle
from calculator.errors import INTERNAL

TODAY = date(2026, 11, 30)
FIVE_AND_TWO = (
    "naam;eerste_ziektedag;laatste_ziektedag;probleemanalyse_gedaan;geboortedatum;verlof\n"
    "Jan;05-01-2026;;10-02-2026;;\n"
    "Piet;02-03-2026;31-05-2026;;;\n"
    "Kees;31-02-2026;;;;\n"
    "Ans;2026-06-15;;;1959-07-27;\n"
    "Mo;1-9-2026;;;;\n"
    "Els;05-01-2026;;;;2026-03-02/2026-06-21\n"
    "Zeg;hallo;;;;\n"
)


def ask(request: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(handle(json.dumps({"today": "2026-11-30", **request})))
    return answer


def read(text: str | bytes, lang: str = "nl") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return batch.read_csv(data, TODAY, lang)


def test_five_good_rows_kept_two_broken_reported_with_row_and_column() -> None:
    cases, errors = read(FIVE_AND_TWO)
    assert [c["label"] for c in cases] == ["Jan", "Piet", "Ans", "Mo", "Els"]
    assert [(e["row"], e["column"]) for e in errors] == [
        (4, "eerste_ziektedag"),
        (8, "eerste_ziektedag"),
    ]
    assert errors[0]["message"] == "De eerste ziektedag moet een bestaande datum zijn"
    assert cases[0]["case"]["actual"] == {"probleemanalyse": "2026-02-10"}
    assert cases[1]["case"]["periods"] == [{"start": "2026-03-02", "end": "2026-05-31"}]


def test_english_headers_and_comma_separator() -> None:
    text = "name,first_sick_day,last_sick_day,contract_end\nA,05-01-2026,,31-12-2026\n"
    [case], errors = read(text, "en")
    assert not errors
    assert case["case"] == {
        "label": "A",
        "contract_end": "2026-12-31",
        "periods": [{"start": "2026-01-05", "end": None}],
    }


@pytest.mark.parametrize(
    "data",
    [
        "naam;eerste_ziektedag\nRené;05-01-2026\n".encode(),
        b"\xef\xbb\xbf" + "naam;eerste_ziektedag\nRené;05-01-2026\n".encode(),
        "naam;eerste_ziektedag\r\nRené;05-01-2026\r\n".encode("cp1252"),
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1252 from Excel"],
)
def test_encodings(data: bytes) -> None:
    [case], errors = read(data)
    assert case["label"] == "René" and not errors


def test_junk_rows_and_unknown_columns_are_reported_not_fatal() -> None:
    text = (
        "naam;eerste_ziektedag;opmerking\n"
        "A;05-01-2026;iets\n"
        ";;\n"  # an empty row is skipped
        "Totaal;;;;;;\n"  # more cells than the header
        "B;05-01-2026;x\n"
    )
    cases, errors = read(text)
    assert [c["label"] for c in cases] == ["A", "B"]
    # row 4: its extra cells are empty (a spreadsheet's trailing separators), but it has no
    # first sick day
    assert {(e["row"], e["column"]) for e in errors} == {(1, "opmerking"), (4, "eerste_ziektedag")}
    _, errors = read("naam;eerste_ziektedag\nA;05-01-2026;x\n")
    assert [(e["row"], e["name"], e["message"]) for e in errors] == [
        (2, "A", "De rij heeft meer kolommen dan de kopregel.")
    ]


def test_a_file_without_a_first_sick_day_column_says_so() -> None:
    cases, errors = read("naam;iets\nA;1\n")
    assert not cases and errors[0]["row"] == 1


def test_a_yes_no_column_reads_yes_and_no_and_refuses_the_rest() -> None:
    text = (
        "naam;eerste_ziektedag;vervroegde_iva\n"
        "A;05-01-2026;ja\nB;05-01-2026;nee\nC;05-01-2026;misschien\n"
    )
    cases, errors = read(text)
    assert cases[0]["case"]["early_iva"] is True and "early_iva" not in cases[1]["case"]
    assert errors == [
        {
            "row": 4,
            "name": "C",
            "column": "vervroegde_iva",
            "value": "misschien",
            "message": "Vul ja of nee in.",
        }
    ]


def test_the_template_reads_back_with_two_cases() -> None:
    for lang in ("nl", "en"):
        cases, errors = read(batch.template(lang), lang)
        assert len(cases) == 2 and not errors, errors


def test_read_csv_and_batch_through_the_boundary() -> None:
    data = base64.b64encode(FIVE_AND_TWO.encode()).decode()
    answer = ask({"action": "read_csv", "data": data})
    assert len(answer["cases"]) == 5 and len(answer["errors"]) == 2
    cases = [{"id": str(c["row"]), "label": c["label"], "case": c["case"]} for c in answer["cases"]]
    results = ask({"action": "batch", "cases": cases})["results"]
    jan = results[0]["overview"]
    assert jan["week_today"] == 48 and jan["next"]["all"]["id"] == "eerstejaarsevaluatie"
    assert [a["id"] for a in jan["attention"]] == ["plan_van_aanpak", "ziekmelding_uwv"]
    assert results[1]["overview"]["regime"] == "closed"
    assert results[2]["overview"]["regime"] == "aow"
    assert "ziek=2026-01-05" in results[0]["fragment"]


def test_batch_exports_parse_back() -> None:
    cases = [
        {"id": "1", "label": "Jan", "case": {"periods": [{"start": "2026-01-05"}]}},
        {"id": "2", "label": "Mo", "case": {"periods": [{"start": "2026-09-01"}]}},
    ]
    ics = ask({"action": "batch_ics", "cases": cases})["ics"]
    titles = [str(e["summary"]) for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert any(t.startswith("Jan: ") for t in titles) and any(t.startswith("Mo: ") for t in titles)
    uids = [str(e["uid"]) for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert len(uids) == len(set(uids))
    table = ask({"action": "batch_csv", "cases": cases})["csv"]
    assert table.startswith("\ufeffNaam;Personeelsnummer;Stap;Wie;Datum;Status;")
    rows = list(csv.DictReader(io.StringIO(table.removeprefix("\ufeff")), delimiter=";"))
    assert {r["Naam"] for r in rows} == {"Jan", "Mo"}
    # the 42-week report: the first day after week 42 (day 294 = 25 October 2026), not done
    report = next(r for r in rows if r["Naam"] == "Jan" and r["Code"] == "ziekmelding_uwv")
    assert (report["Datum"], report["Status"]) == ("26-10-2026", "Niet als gedaan ingevuld")


def test_a_bad_case_in_a_batch_gets_its_errors_the_rest_goes_on() -> None:
    cases = [
        {"id": "1", "label": "A", "case": {"periods": [{"start": "2026-02-31"}]}},
        {"id": "2", "label": "B", "case": {"periods": [{"start": "2026-01-05"}]}},
    ]
    results = ask({"action": "batch", "cases": cases})["results"]
    assert results[0]["ok"] is False and results[0]["errors"][0]["code"] == "date_impossible"
    assert results[1]["ok"] is True


cell = st.one_of(
    st.text(max_size=12), st.sampled_from(["05-01-2026", "ja", "2026-13-01", "31/2/26"])
)


@given(st.lists(st.lists(cell, min_size=1, max_size=6), max_size=6), st.sampled_from([";", ","]))
@settings(max_examples=200)
def test_any_csv_is_read_or_reported_never_internal(rows: list[list[str]], separator: str) -> None:
    header = separator.join(["naam", "eerste_ziektedag", "laatste_ziektedag", "verlof", "iva", "x"])
    body = "\n".join(separator.join(r) for r in rows)
    data = base64.b64encode(f"{header}\n{body}".encode()).decode()
    answer = ask({"action": "read_csv", "data": data})
    assert answer["ok"], answer
    cases = [{"id": "x", "label": c["label"], "case": c["case"]} for c in answer["cases"]]
    for action in ("batch", "batch_csv"):
        assert ask({"action": action, "cases": cases})["ok"]


@given(
    st.lists(
        st.one_of(
            st.none(),
            st.integers(),
            st.text(max_size=5),
            st.dictionaries(st.text(max_size=5), st.text(max_size=10)),
        ),
        max_size=4,
    )
)
@settings(max_examples=200)
def test_junk_to_the_batch_actions(cases: list[Any]) -> None:
    for action in ("batch", "batch_ics", "batch_csv", "read_csv"):
        answer = ask({"action": action, "cases": cases, "data": cases})
        assert all(
            e["code"] != INTERNAL
            for e in answer.get("errors", [])
            if isinstance(e, dict) and "code" in e
        )
        if not answer["ok"]:
            assert answer["errors"][0]["code"] != INTERNAL
        else:
            for result in answer.get("results", []):
                for error in result.get("errors", []):
                    assert error["code"] != INTERNAL


def test_a_file_that_is_neither_utf8_nor_windows_1252_is_not_text() -> None:
    # 0x81 and 0x8D are undefined in Windows-1252 and never start a UTF-8 character
    cases, errors = read(b"naam;eerste_ziektedag\n\x81\x8d;05-01-2026\n", "en")
    assert not cases and [(e["row"], e["message"]) for e in errors] == [
        (0, "The file is not text (CSV).")
    ]


def test_a_file_over_the_byte_limit_is_refused_in_megabytes() -> None:
    data = b"naam;eerste_ziektedag\n" + b"A;05-01-2026\n" * (batch.MAX_BYTES // 13 + 1)
    assert len(data) > batch.MAX_BYTES
    cases, errors = read(data)
    assert not cases
    assert [(e["row"], e["message"]) for e in errors] == [
        (0, "Het bestand is te groot: hoogstens 2 MB.")
    ]


def test_rows_over_the_row_limit_are_cut_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MAX_ROWS", 3)
    text = "naam;eerste_ziektedag\n" + "".join(f"R{i};05-01-2026\n" for i in range(1, 6))
    cases, errors = read(text, "en")
    assert [c["label"] for c in cases] == ["R1", "R2", "R3"]
    assert [(e["row"], e["message"]) for e in errors] == [
        (5, "The file is too large: at most 3 rows. The rows after that have not been read.")
    ]


def test_an_empty_file_asks_for_the_header_row() -> None:
    for data in (b"", b"\n;\n"):
        cases, errors = read(data)
        assert not cases and [e["row"] for e in errors] == [1]
        assert "kolomnamen" in errors[0]["message"]


def test_a_quote_that_never_closes_is_reported_the_rows_after_it_are_read() -> None:
    # The open quote would swallow the rest of the file into one cell, past the csv module's
    # field limit (128 KiB) too: its row is reported, the 1,999 rows after it are read.
    rest = "".join(f"C{i};05-01-2026\n" for i in range(1_999))
    text = 'naam;eerste_ziektedag\nA;05-01-2026\nB;"05-01-2026\n' + rest
    cases, errors = read(text)
    assert [c["label"] for c in cases] == ["A", *(f"C{i}" for i in range(1_999))]
    [problem] = [e for e in errors if e["row"] == 3]
    assert "aanhalingsteken" in problem["message"] and "sluit niet" in problem["message"]
    assert problem["value"] == 'B;"05-01-2026'


def test_the_stray_quote_of_the_report_drops_no_row() -> None:
    text = (
        'naam;eerste_ziektedag\nA;05-01-2026\nB;06-01-2026\n"C;07-01-2026\nD;08-01-2026\n'
        "E;09-01-2026\n"
    )
    cases, errors = read(text)
    assert [c["label"] for c in cases] == ["A", "B", "D", "E"]
    assert [(e["row"], e["value"]) for e in errors] == [(4, '"C;07-01-2026')]


def test_a_bad_row_is_named_as_the_spreadsheet_names_it() -> None:
    # Line 5 of the file, after a blank line 3: row 5, with its name and the value refused.
    text = "naam;eerste_ziektedag\nA;05-01-2026\n\nB;06-01-2026\nNoël Visser;31-02-2026\n"
    cases, errors = read(text)
    assert [c["row"] for c in cases] == [2, 4]
    assert errors == [
        {
            "row": 5,
            "name": "Noël Visser",
            "column": "eerste_ziektedag",
            "value": "31-02-2026",
            "message": "De eerste ziektedag moet een bestaande datum zijn",
        }
    ]


def test_two_columns_that_mean_the_same_input_are_refused_naming_both() -> None:
    for header, both in (
        ("naam;eerste_ziektedag;name", "naam / name"),
        ("naam;eerste_ziektedag;ziekteperiodes", "eerste_ziektedag / ziekteperiodes"),
        ("Personeelsnummer;eerste_ziektedag;employee_number", "Personeelsnummer / employee_number"),
    ):
        cases, errors = read(f"{header}\nA;05-01-2026;B\n")
        assert not cases
        [problem] = errors
        assert problem["row"] == 1 and problem["column"] == both, problem
        assert both in problem["message"]


def test_a_cell_over_the_limit_is_named_too_long() -> None:
    long = "05-01-2026/10-01-2026+" * 60 + "01-03-2026"
    cases, errors = read(f"naam;ziekteperiodes\nA;{long}\nB;05-01-2026\n", "en")
    assert [c["label"] for c in cases] == ["B"]
    assert errors[0]["message"] == f"This cell is too long: {len(long)} characters, at most 1000."
    assert errors[0]["value"].endswith("…") and len(errors[0]["value"]) == 60


def test_the_employee_number_is_read_and_a_second_row_with_it_is_refused() -> None:
    text = (
        "naam;personeelsnummer;eerste_ziektedag\n"
        "A;1001;05-01-2026\nB;1002;06-01-2026\nA2;1001;01-06-2026\nC;;07-01-2026\nC;;07-01-2026\n"
    )
    cases, errors = read(text)
    assert [(c["label"], c["number"]) for c in cases] == [("A", "1001"), ("B", "1002"), ("C", "")]
    assert [(e["row"], e["column"], e["value"]) for e in errors] == [
        (4, "personeelsnummer", "1001"),
        (6, "", ""),
    ]
    assert "staat ook op rij 2" in errors[0]["message"]
    assert "ook op rij 5" in errors[1]["message"]


def test_a_periods_column_reads_several_periods_and_its_errors_point_at_it() -> None:
    text = (
        "naam;ziekteperiodes\n"
        "A;05-01-2026/31-03-2026+21-04-2026\n"
        "B;05-01-2026/31-03-2026+02-04-2026/01-04-2026\n"
        "C;05-01-2026/31-03-2026+31-04-2026\n"
    )
    cases, errors = read(text)
    assert cases[0]["case"]["periods"] == [
        {"start": "2026-01-05", "end": "2026-03-31"},
        {"start": "2026-04-21", "end": None},
    ]
    assert [(e["row"], e["column"]) for e in errors] == [
        (3, "ziekteperiodes"),  # the second period ends before it starts
        (4, "ziekteperiodes"),  # 31 April does not exist
    ]
    assert "laatste ziektedag" in errors[0]["message"]


def test_a_last_sick_day_before_the_first_points_at_the_last_sick_day_column() -> None:
    text = "naam;eerste_ziektedag;laatste_ziektedag\nA;05-03-2026;01-03-2026\n"
    cases, errors = read(text)
    assert not cases
    assert [(e["row"], e["column"]) for e in errors] == [(2, "laatste_ziektedag")]


def test_an_error_found_by_the_calculation_points_at_its_own_column() -> None:
    # an unknown column between: the error must not be pinned on it
    text = "naam;eerste_ziektedag;opmerking;einde_contract\nA;05-01-2026;;01-01-2026\n"
    cases, errors = read(text)
    assert not cases
    assert errors[1] == {
        "row": 2,
        "name": "A",
        "column": "einde_contract",
        "value": "01-01-2026",
        "message": "Het contract moet eindigen na de eerste ziektedag",
    }


def test_each_brief_carries_its_status_and_lateness_in_words() -> None:
    # probleemanalyse due Sunday 15 February 2026 (end of week 6), done Friday the 20th: 5 days
    # late; the 42-week report (Monday 26 October 2026) is not marked done
    case = {
        "periods": [{"start": "2026-01-05"}],
        "actual": {"probleemanalyse": "2026-02-20", "plan_van_aanpak": "2026-03-02"},
    }
    for lang, late, overdue, days in (
        ("nl", "Te laat gedaan", "Niet als gedaan ingevuld", "5 dagen te laat"),
        ("en", "Done late", "Not marked as done", "5 days late"),
    ):
        answer = ask({"action": "batch", "lang": lang, "cases": [{"id": "1", "case": case}]})
        attention = {a["id"]: a for a in answer["results"][0]["overview"]["attention"]}
        assert list(attention) == ["probleemanalyse", "ziekmelding_uwv"]
        pa, report = attention["probleemanalyse"], attention["ziekmelding_uwv"]
        assert (pa["status_text"], pa["late_text"]) == (late, days)
        assert (report["status_text"], report["late_text"]) == (overdue, None)
        upcoming = answer["results"][0]["overview"]["next"]["all"]
        assert (
            upcoming["status_text"] in ("Later", "Binnenkort", "Soon") and not upcoming["late_text"]
        )
    one_day = {"periods": [{"start": "2026-01-05"}], "actual": {"probleemanalyse": "2026-02-16"}}
    answer = ask({"action": "batch", "lang": "en", "cases": [{"id": "1", "case": one_day}]})
    [pa] = [
        a for a in answer["results"][0]["overview"]["attention"] if a["id"] == "probleemanalyse"
    ]
    assert pa["late_text"] == "1 day late"


def test_the_batch_answer_says_today_in_words_and_how_soon_is_soon() -> None:
    answer = ask({"action": "batch", "lang": "en", "cases": []})
    assert answer["today_text"] == "Monday 30 November 2026"
    assert ask({"action": "batch", "cases": []})["today_text"] == "maandag 30 november 2026"
    assert answer["soon_days"] == 14  # "binnenkort": within two weeks
    assert law.constants()["soon_dagen"] == 14  # the same number for {{ sw.const soon_dagen }}
    # a deadline 14 days ahead is "soon", 15 days ahead is "later" (engine.status)
    cases = [
        {"id": "14", "case": {"periods": [{"start": "2026-11-03"}]}},  # week 6 ends 14 Dec
        {"id": "15", "case": {"periods": [{"start": "2026-11-04"}]}},  # week 6 ends 15 Dec
    ]
    results = ask({"action": "batch", "cases": cases})["results"]
    statuses = [r["overview"]["next"]["all"] for r in results]
    assert [(s["id"], s["date"], s["status"]) for s in statuses] == [
        ("probleemanalyse", "2026-12-14", "soon"),
        ("probleemanalyse", "2026-12-15", "later"),
    ]


def test_read_csv_with_overview_answers_what_batch_answers() -> None:
    data = base64.b64encode(FIVE_AND_TWO.encode()).decode()
    for lang in ("nl", "en"):
        read = ask({"action": "read_csv", "lang": lang, "data": data, "overview": True})
        cases = [
            {"id": str(c["row"]), "label": c["label"], "case": c["case"]} for c in read["cases"]
        ]
        batch = ask({"action": "batch", "lang": lang, "cases": cases})
        results = batch["results"]
        # the day the lines hold for, as the batch answer gives it (the page shows "Stand op")
        for key in ("today", "today_text", "soon_days"):
            assert read[key] == batch[key], key
        assert len(read["cases"]) == 5 and len(read["errors"]) == 2
        for got, expected in zip(read["cases"], results, strict=True):
            assert got["ok"] is True
            assert got["overview"] == expected["overview"]
            assert got["fragment"] == expected["fragment"]
    plain = ask({"action": "read_csv", "data": data})["cases"][0]
    assert set(plain) == {"row", "label", "number", "case"}


def test_the_csv_limits_are_in_the_schema_for_the_page() -> None:
    from calculator.inputs import schema

    assert schema()["limits"] == {"csv_bytes": batch.MAX_BYTES, "csv_rows": batch.MAX_ROWS}
    assert (batch.MAX_BYTES, batch.MAX_ROWS) == (2_000_000, 2000)
