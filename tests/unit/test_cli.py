"""The command line, run in-process (``calculator.cli.main``): one case as a table or JSON, a
CSV of many cases with its exports, and every way it stops: exit 2 for bad input, exit 1 for
an output that cannot be written, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import runpy
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from calculator import cli

from .test_batch import FIVE_AND_TWO

TODAY = ["--today", "2026-11-30"]


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "dossiers.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- one case -----------------------------------------------------------------------------------


def test_json_of_one_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--json", "--today", "2026-11-23", "2026-01-05"]) == 0
    answer = json.loads(capsys.readouterr().out)
    dates = {m["id"]: m["date"] for m in answer["milestones"]}
    # WIA art. 64 lid 3: 11 weeks before the end of the 104 weeks (day 728 = 2 January 2028)
    assert dates["wia_aanvraag"] == "2027-10-17"
    # Ziektewet art. 38 lid 1: on the first day after week 42 (day 295)
    assert dates["ziekmelding_uwv"] == "2026-10-26"


def test_the_table_shows_an_outcome_that_is_not_general(capsys: pytest.CaptureFixture[str]) -> None:
    # recovered two weeks ago: the table ends with what happens if the illness returns
    assert cli.main(["--today", "2026-04-14", "2026-01-05/2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "\nHersteld: wat als je weer ziek wordt?: " in out
    assert cli.main(["--today", "2026-11-23", "2026-01-05"]) == 0
    assert "Hersteld: wat als" not in capsys.readouterr().out


def test_without_a_period_the_usage_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.startswith("usage: python -m calculator") and "--csv FILE" in err


def test_an_empty_ics_name_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--ics", " ", "2026-01-05"]) == cli.EXIT_BAD_INPUT
    assert "give a file name" in capsys.readouterr().err


def test_an_ics_that_cannot_be_written_says_so_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--lang", "en", "--ics", str(tmp_path), "2026-01-05"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("--ics: cannot write ") and len(err.splitlines()) == 1
    assert cli.main(["--ics", str(tmp_path), "2026-01-05"]) == 1
    assert "kan " in capsys.readouterr().err


class GoneReader:
    """A stdout whose reader went away (``| head``): every write breaks the pipe."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError

    def flush(self) -> None:
        raise BrokenPipeError

    def fileno(self) -> int:
        return self.fd


def test_a_closed_pipe_ends_quietly_with_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT)
    try:
        monkeypatch.setattr(sys, "stdout", GoneReader(fd))
        assert cli.main(["2026-01-05"]) == cli.EXIT_CANNOT_WRITE
        # what the interpreter flushes at exit goes nowhere: stdout now points at /dev/null
        os.write(fd, b"late output")
    finally:
        os.close(fd)
    assert target.read_bytes() == b""
    assert capsys.readouterr().err == ""


def test_python_dash_m_calculator(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["calculator", "--today", "2026-11-23", "2026-01-05"])
    with pytest.raises(SystemExit) as stopped:
        runpy.run_module("calculator", run_name="__main__")
    assert stopped.value.code == 0
    assert "maandag 26 oktober 2026" in capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["calculator", "2026-02-31"])
    with pytest.raises(SystemExit) as stopped:
        runpy.run_module("calculator", run_name="__main__")
    assert stopped.value.code == cli.EXIT_BAD_INPUT


# --- many cases: --csv ----------------------------------------------------------------------------


def test_csv_lines_per_case_and_the_rows_that_did_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([*TODAY, "--csv", write(tmp_path, FIVE_AND_TWO)]) == cli.EXIT_BAD_INPUT
    captured = capsys.readouterr()
    lines = {line.split("\t")[0]: line.split("\t") for line in captured.out.splitlines()}
    assert list(lines) == ["Jan", "Piet", "Ans", "Mo", "Els"]
    # Jan: day 1 on 5 January 2026, so 30 November is in week 48; the eerstejaarsevaluatie
    # window ends with week 52 on Sunday 3 January 2027; the plan van aanpak and the 42-week
    # report are not marked done (the probleemanalyse was done in time)
    assert lines["Jan"] == [
        "Jan",
        "Ziekteweek 48 van 104",
        "Eerstejaarsevaluatie: zondag 3 januari 2027",
        "2",
    ]
    # Piet recovered on 31 May 2026, more than four weeks ago: closed, nothing ahead; the
    # officer reads about someone else, so not "je bent hersteld"
    assert lines["Piet"][1:] == ["Afgesloten: hersteld", "", "0"]
    # each row as the spreadsheet names it, with the row's name and the value refused
    assert captured.err.splitlines() == [
        "rij 4 (Kees) eerste_ziektedag “31-02-2026”: De eerste ziektedag moet een bestaande "
        "datum zijn",
        "rij 8 (Zeg) eerste_ziektedag “hallo”: Vul de eerste ziektedag in als dag, maand en "
        "jaar, bijvoorbeeld 5 1 2026",
    ]


def test_csv_names_the_row_as_the_file_has_it_after_a_blank_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "naam;eerste_ziektedag\nA;05-01-2026\n\nB;06-01-2026\nNoël Visser;31-02-2026\n"
    assert cli.main([*TODAY, "--csv", write(tmp_path, text)]) == cli.EXIT_BAD_INPUT
    assert capsys.readouterr().err == (
        "rij 5 (Noël Visser) eerste_ziektedag “31-02-2026”: De eerste ziektedag moet een "
        "bestaande datum zijn\n"
    )


def test_csv_a_stray_quote_drops_no_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        'naam;eerste_ziektedag\nA;05-01-2026\nB;06-01-2026\n"C;07-01-2026\nD;08-01-2026\n'
        "E;09-01-2026\n"
    )
    assert cli.main([*TODAY, "--csv", write(tmp_path, text)]) == cli.EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert [line.split("\t")[0] for line in captured.out.splitlines()] == ["A", "B", "D", "E"]
    assert captured.err.startswith('rij 4 “"C;07-01-2026”: Een aanhalingsteken (") aan het begin')


def test_csv_without_problems_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "naam;eerste_ziektedag\nA;05-01-2026\n")
    assert cli.main([*TODAY, "--csv", path]) == 0
    assert capsys.readouterr().err == ""


def test_csv_json_with_both_exports_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table, calendar = tmp_path / "deadlines.csv", tmp_path / "cases.ics"
    args = [*TODAY, "--lang", "en", "--json", "--csv", write(tmp_path, FIVE_AND_TWO)]
    code = cli.main([*args, "--csv-out", str(table), "--ics", str(calendar)])
    assert code == cli.EXIT_BAD_INPUT  # two rows could not be read
    captured = capsys.readouterr()
    answer = json.loads(captured.out)
    assert [r["label"] for r in answer["results"]] == ["Jan", "Piet", "Ans", "Mo", "Els"]
    assert [line.split(":")[0] for line in captured.err.splitlines()] == [
        "row 4 (Kees) eerste_ziektedag “31-02-2026”",
        "row 8 (Zeg) eerste_ziektedag “hallo”",
    ]
    assert [(e["row"], e["column"]) for e in answer["read_errors"]] == [
        (4, "eerste_ziektedag"),
        (8, "eerste_ziektedag"),
    ]
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfName,Employee number,Step,")  # a BOM: Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))  # English: commas
    report = next(r for r in rows if r["Name"] == "Jan" and r["Code"] == "ziekmelding_uwv")
    assert (report["Date"], report["Status"]) == ("2026-10-26", "Not marked as done")
    events = Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert {str(e["summary"]).split(": ")[0] for e in events} >= {"Jan", "Mo"}
    assert "Piet" not in {str(e["summary"]).split(": ")[0] for e in events}  # closed


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["2026-01-05"], "PERIOD"),
        (["--sanction", "26"], "--sanction"),
        (["--early-iva"], "--early-iva"),
        (["2026-01-05", "--birth-date", "1960-01-01"], "PERIOD, --birth-date"),
    ],
)
def test_csv_refuses_the_details_of_one_case_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], named: str
) -> None:
    """A CSV file holds the details of each case: a period or option of one case next to it
    would be ignored, so it is refused, naming what was given."""
    path = write(tmp_path, "naam;eerste_ziektedag\nA;05-01-2026\n")
    assert cli.main([*TODAY, "--csv", path, *extra]) == cli.EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert captured.err.startswith(f"--csv: {named}: ") and captured.out == ""
    assert cli.main([*TODAY, "--lang", "en", "--csv", path]) == 0  # options of the request stay


def test_csv_that_is_missing_or_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--csv", str(tmp_path / "nope.csv")]) == cli.EXIT_BAD_INPUT
    assert "No such file" in capsys.readouterr().err
    path = write(tmp_path, "naam;eerste_ziektedag\nA;05-01-2026\n")
    assert cli.main(["--today", "2026-02-31", "--csv", path]) == cli.EXIT_BAD_INPUT
    assert capsys.readouterr().err.startswith("today: ")


@pytest.mark.parametrize("option", ["--csv-out", "--ics"])
def test_csv_exports_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    path = write(tmp_path, "naam;eerste_ziektedag\nA;05-01-2026\n")
    assert cli.main([*TODAY, "--csv", path, option, str(tmp_path)]) == cli.EXIT_CANNOT_WRITE
    captured = capsys.readouterr()
    assert captured.err.startswith(f"{option}: kan ") and captured.out == ""
