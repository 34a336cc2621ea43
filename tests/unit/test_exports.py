"""What Meerdere dossiers exports and shows of many cases: the overview line an HR officer
reads (third person; never "week 114 of 104"), the deadlines as CSV and as a spreadsheet
(Excel's encoding, separators and words; formulas neutralised; names on one line), exports in
parts for long lists, and a file read again next to a list (updates, never doubles)."""

from __future__ import annotations

import base64
import csv
import io
import json
from typing import Any

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from calculator import exports
from calculator.boundary import handle

TODAY = "2026-11-30"
HOSTILE = ["=1+1", "+31 6", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "Zoë\nNoël\x00"]


def ask(request: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(handle(json.dumps({"today": TODAY, **request})))
    return answer


def case(start: str, **extra: Any) -> dict[str, Any]:
    return {"periods": [{"start": start}], **extra}


def test_the_overview_speaks_about_someone_else_and_past_104_weeks_says_since_when() -> None:
    cases = [
        {"id": "1", "case": case("2026-01-05")},
        # day 1 on Monday 8 January 2024: day 728, the last of the 104 weeks, is Sunday
        # 4 January 2026, so the wachttijd is over since Monday 5 January 2026 (WIA 23(1))
        {"id": "2", "case": case("2024-01-08")},
        {"id": "3", "case": {"periods": [{"start": "2026-01-05", "end": "2026-03-31"}]}},
        # day 1 on 7 October 2024: 30 November 2026 is day 785, week 113; a loonsanctie of
        # 12 weeks (WIA 25(9)) extends the wachttijd to 116 weeks: still running
        {"id": "4", "case": case("2024-10-07", loonsanctie={"weeks": "12"})},
    ]
    lines = [
        r["overview"]["regime_text"] for r in ask({"action": "batch", "cases": cases})["results"]
    ]
    assert lines[0] == "Ziekteweek 48 van 104"
    assert lines[1] == "Wachttijd voorbij sinds maandag 5 januari 2026"
    assert lines[2] == "Afgesloten: hersteld"
    assert lines[3].startswith("Ziekteweek 113; wachttijd verlengd tot en met ")
    assert not any("je " in line or " van 1" in line.split("104")[-1] for line in lines)


def test_deadlines_csv_for_dutch_excel_and_english() -> None:
    cases = [{"id": "1", "label": "Zoë", "number": "1001", "case": case("2026-01-05")}]
    dutch = ask({"action": "batch_csv", "cases": cases})["csv"]
    raw = dutch.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbfNaam;Personeelsnummer;Stap;Wie;Datum;Status;Gedaan op;")
    rows = list(csv.reader(io.StringIO(dutch.removeprefix("\ufeff")), delimiter=";"))
    # the plan van aanpak: two weeks after the probleemanalyse's last day (15 February 2026)
    plan = next(row for row in rows if row[-1] == "plan_van_aanpak")
    assert plan[:2] == ["Zoë", "1001"] and plan[4:6] == ["01-03-2026", "Niet als gedaan ingevuld"]
    english = ask({"action": "batch_csv", "lang": "en", "cases": cases})["csv"]
    assert english.startswith("\ufeffName,Employee number,Step,Who,Date,Status,Done on,")
    plan = next(row for row in csv.reader(io.StringIO(english)) if row[-1] == "plan_van_aanpak")
    assert plan[4:6] == ["2026-03-01", "Not marked as done"]


def test_every_spreadsheet_export_neutralises_formulas_and_every_export_has_one_line_names() -> (
    None
):
    cases = [
        {"id": str(i), "label": label, "number": label, "case": case("2026-01-05")}
        for i, label in enumerate(HOSTILE)
    ]
    table = ask({"action": "batch_csv", "cases": cases})["csv"]
    cells = [
        row[:2] for row in csv.reader(io.StringIO(table.removeprefix("\ufeff")), delimiter=";")
    ][1:]
    for name, number in cells:
        assert name.startswith(("'", "Zoë")) and number.startswith(("'", "Zoë")), (name, number)
        assert not any(c in name for c in "\t\r\n\x00")
    assert {name for name, _ in cells} == {"'=1+1", "'+31 6", "'-2+3", "'@SUM(A1)", "Zoë Noël"}
    book = load_workbook(
        io.BytesIO(base64.b64decode(ask({"action": "batch_xlsx", "cases": cases})["xlsx"]))
    )
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row[:2]:
                assert cell.data_type != "f", (sheet.title, cell.value)
                if isinstance(cell.value, str) and cell.value.startswith(exports.FORMULA_START):
                    assert cell.quotePrefix, cell.value
    names = {row[0] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert names == {"=1+1", "+31 6", "-2+3", "@SUM(A1)", "Zoë Noël"}
    ics = ask({"action": "batch_ics", "cases": cases})["ics"]
    summaries = {str(e["summary"]).split(": ")[0] for e in Calendar.from_ical(ics).walk("VEVENT")}
    assert "Zoë Noël" in summaries and not any("\n" in s or "\x00" in s for s in summaries)


def test_the_spreadsheet_has_the_overview_and_every_deadline_with_real_dates() -> None:
    cases = [
        {
            "id": "1",
            "label": "A",
            "case": case("2026-01-05", actual={"probleemanalyse": "2026-02-20"}),
        },
        {"id": "2", "label": "B", "case": case("2026-11-02")},
    ]
    answer = ask({"action": "batch_xlsx", "cases": cases})
    assert answer["filename"] == "spoorwijzer-dossiers.xlsx"
    book = load_workbook(io.BytesIO(base64.b64decode(answer["xlsx"])))
    overview, deadlines = book.worksheets
    assert (overview.title, deadlines.title) == ("Overzicht", "Termijnen")
    rows = list(overview.iter_rows(values_only=True))
    assert rows[0][:4] == ("Naam", "Personeelsnummer", "Eerste ziektedag", "Ziekteweek en status")
    a = rows[1]
    assert a[2].date().isoformat() == "2026-01-05" and a[3] == "Ziekteweek 48 van 104"
    # the probleemanalyse 5 days late; the plan van aanpak and the 42-week report not done
    assert a[4] == "Eerstejaarsevaluatie" and a[5].date().isoformat() == "2027-01-03"
    assert (a[6], a[7]) == (2, 1)
    assert overview["C2"].number_format == "dd-mm-yyyy" and overview.freeze_panes == "A2"
    assert len(list(deadlines.iter_rows())) > 20


def test_a_long_export_in_parts_is_one_file() -> None:
    cases = [{"id": str(i), "label": f"D{i}", "case": case("2026-01-05")} for i in range(5)]
    whole = ask({"action": "batch_csv", "cases": cases})["csv"]
    parts = [
        ask({"action": "batch_csv", "cases": cases[i : i + 2], "part": n, "parts": 3})["csv"]
        for n, i in enumerate(range(0, 5, 2))
    ]
    assert "".join(parts) == whole
    whole_ics = ask({"action": "batch_ics", "cases": cases})["ics"]
    parts_ics = [
        ask({"action": "batch_ics", "cases": cases[i : i + 2], "part": n, "parts": 3})["ics"]
        for n, i in enumerate(range(0, 5, 2))
    ]
    assert "".join(parts_ics) == whole_ics
    assert len(Calendar.from_ical("".join(parts_ics)).walk("VEVENT")) > 10
    answers = [
        ask({"action": "batch_xlsx", "cases": cases[i : i + 2], "part": n, "parts": 3})
        for n, i in enumerate(range(0, 5, 2))
    ]
    assert [a["xlsx"] is None for a in answers] == [True, True, False]
    book = load_workbook(io.BytesIO(base64.b64decode(answers[-1]["xlsx"])))
    assert [row[0] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)] == [
        f"D{i}" for i in range(5)
    ]
    for bad in ({"part": 3, "parts": 3}, {"part": -1, "parts": 2}, {"part": True, "parts": 2}):
        assert (
            ask({"action": "batch_csv", "cases": cases, **bad})["errors"][0]["code"]
            == "bad_request"
        )


def read_again(text: str, existing: list[dict[str, Any]]) -> dict[str, Any]:
    data = base64.b64encode(text.encode()).decode()
    return ask({"action": "read_csv", "data": data, "overview": True, "existing": existing})


def test_a_file_read_again_updates_by_number_or_name_and_day_and_keeps_recorded_dates() -> None:
    existing = [
        # recorded on the page: the probleemanalyse done on 10 February
        {
            "id": "d1",
            "number": "1001",
            "label": "Jan",
            "case": case("2026-01-05", actual={"probleemanalyse": "2026-02-10"}),
        },
        {"id": "d2", "number": "", "label": "Piet", "case": case("2026-03-02")},
        {"id": "d3", "number": "1003", "label": "Kees", "case": case("2026-04-06")},
        {"id": "d4", "number": "1004", "label": "Ans", "case": case("2026-05-04")},
    ]
    text = (
        "naam;personeelsnummer;eerste_ziektedag;plan_van_aanpak_gedaan\n"
        "Jan de Vries;1001;05-01-2026;01-03-2026\n"  # renamed, same number: updated
        "piet;;02-03-2026;\n"  # no number: same name and first sick day
        "Kees;2003;06-04-2026;\n"  # both numbered, another number: a new dossier
        "Mo;;01-09-2026;\n"  # new
    )
    answer = read_again(text, existing)
    matches = [(c["label"], c["match"]) for c in answer["cases"]]
    assert matches == [("Jan de Vries", "d1"), ("piet", "d2"), ("Kees", None), ("Mo", None)]
    assert answer["missing"] == ["d3", "d4"]
    jan = answer["cases"][0]
    assert jan["case"]["actual"] == {
        "probleemanalyse": "2026-02-10",
        "plan_van_aanpak": "2026-03-01",
    }
    # the recorded analysis counts: the plan van aanpak is due two weeks after it
    assert not [a for a in jan["overview"]["attention"] if a["id"] == "probleemanalyse"]
    # read again, the same file matches the same dossiers: it never doubles
    again = read_again(
        text,
        [
            *existing[:2],
            {"id": "d5", "number": "2003", "label": "Kees", "case": case("2026-04-06")},
        ],
    )
    assert [c["match"] for c in again["cases"]] == ["d1", "d2", "d5", None]


def test_a_workbook_of_cases_reads_as_its_sheet_shows_it() -> None:
    from datetime import date, datetime

    from openpyxl import Workbook

    from calculator import batch, xlsx

    book = Workbook()
    sheet = book.active
    sheet.append(["Naam", "Personeelsnummer", "Eerste ziektedag", "Vervroegde IVA", "Opmerking"])
    sheet.append(["Zoë", 1001.0, datetime(2026, 1, 5), False, None])
    sheet.append([])  # row 3 blank
    sheet.append(["Noël", 1002, date(2026, 2, 31 - 3), True, 1.5])
    sheet.append(["Fout", 1003, "31-02-2026", None, None])
    out = io.BytesIO()
    book.save(out)
    rows = xlsx.read_xlsx(out.getvalue())
    assert [number for number, _ in rows] == [1, 2, 4, 5]
    assert rows[1][1] == ["Zoë", "1001", "2026-01-05", "nee", ""]
    assert rows[2][1][3:] == ["ja", "1.5"]
    found = batch.read_file(out.getvalue(), date(2026, 11, 30))
    assert [(c["label"], c["number"]) for c in found.cases] == [("Zoë", "1001"), ("Noël", "1002")]
    assert found.cases[1]["case"]["early_iva"] is True
    assert [(e["row"], e["column"]) for e in found.errors] == [
        (1, "Opmerking"),
        (5, "Eerste ziektedag"),
    ]
    assert found.encoding == "xlsx"
    assert len(xlsx.read_xlsx(out.getvalue(), limit=1)) == 2  # stops past its limit


def test_a_zip_that_is_no_workbook_or_unpacks_too_far_is_refused() -> None:
    import zipfile

    from calculator import tablefile, xlsx

    for data in (b"PK\x03\x04 not a zip", b""):
        with pytest.raises(tablefile.FileError):
            xlsx.read_xlsx(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big", b"\0" * (xlsx.MAX_UNPACKED + 1))
    with pytest.raises(tablefile.FileError):
        xlsx.read_xlsx(buffer.getvalue())
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "no workbook")
    with pytest.raises(tablefile.FileError):
        xlsx.read_xlsx(other.getvalue())


def test_a_list_with_junk_items_matches_what_it_can() -> None:
    from calculator.merge import Merger

    merger = Merger(
        [
            "junk",
            {"id": "x", "case": "no case"},
            {"id": "", "case": {}},
            {"id": "d1", "label": "A", "case": {"periods": "junk"}},
            {"id": "d1", "label": "B", "case": {}},  # the same id twice: the first counts
            {
                "id": "d2",
                "number": "7",
                "label": "A",
                "case": {"periods": [{"start": "2026-01-05"}]},
            },
        ]
    )
    assert merger.match("", "A", "") == "d1"
    assert merger.match("8", "A", "2026-01-05") is None  # both numbered, another number
    assert merger.match("7", "Z", "") == "d2"
    merger.take("d2")
    assert merger.match("7", "Z", "") is None  # taken
    assert merger.missing() == ["d1"]
    merged = merger.merged("d2", {"periods": [], "actual": {"plan_van_aanpak": "x"}, "label": "Z"})
    assert merged["label"] == "Z"
