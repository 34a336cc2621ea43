"""How a file of cases is split into rows (calculator/tablefile.py): every encoding and
separator spreadsheets write, row numbers as the spreadsheet shows them, quotes that do not
close, and files that are no text; through the reader of cases where the answer matters."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from calculator import batch, tablefile

TODAY = date(2026, 11, 30)
TEXT = "naam;eerste_ziektedag\r\nZoë;05-01-2026\r\nNoël;06-01-2026\r\n"


def labels(data: bytes) -> tuple[list[str], list[tuple[int, str]], str]:
    found = batch.read_file(data, TODAY, "en")
    return (
        [c["label"] for c in found.cases],
        [(e["row"], e["message"]) for e in found.errors],
        found.encoding,
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8"),
        (TEXT.encode("utf-16"), "UTF-16"),  # with its byte order mark
        (TEXT.encode("utf-16-le"), "UTF-16"),  # without one
        (TEXT.encode("utf-16-be"), "UTF-16"),
        (TEXT.encode("utf-32"), "UTF-32"),
        (TEXT.encode("utf-32-be"), "UTF-32"),
        (TEXT.encode("cp1252"), "Windows-1252"),
    ],
    ids=["utf-8", "utf-8 bom", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "1252"],
)
def test_every_encoding_reads_and_is_named(data: bytes, encoding: str) -> None:
    assert labels(data) == (["Zoë", "Noël"], [], encoding)


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    # Excel's "Unicode-tekst" (.txt): UTF-16 with a byte order mark, cells separated by tabs
    data = "naam\teerste_ziektedag\r\nZoë\t05-01-2026\r\n".encode("utf-16")
    assert labels(data)[0] == ["Zoë"]


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_the_separator_is_the_one_the_header_holds_most(separator: str) -> None:
    sep = separator
    text = f"naam{sep}eerste_ziektedag{sep}geboortedatum\nA{sep}05-01-2026{sep}\n"
    assert labels(text.encode())[0] == ["A"]


def test_a_sep_line_sets_the_separator_and_is_not_a_row() -> None:
    # Excel writes "sep=;" and does not show it as a row: the header is row 1
    # (the header holds as many ";" as ",": without the hint ";" would win)
    found = batch.read_file(b"sep=,\nnaam,eerste_ziektedag,a;b;c\nA,31-02-2026\n", TODAY)
    assert [(e["row"], e["column"]) for e in found.errors] == [
        (1, "a;b;c"),
        (2, "eerste_ziektedag"),
    ]


def test_broken_utf8_is_said_per_row_never_read_as_windows_1252() -> None:
    data = "naam;eerste_ziektedag\nZoë;05-01-2026\n".encode() + b"No\xebl;06-01-2026\n"
    names, problems, encoding = labels(data)
    assert names == ["Zoë"] and encoding == "UTF-8"
    assert problems == [(3, batch.ERRORS["not_utf8"][1])]


def test_an_old_excel_file_and_binary_junk_are_named() -> None:
    assert labels(tablefile.OLE + b"\x00" * 600)[1] == [(0, batch.ERRORS["xls"][1])]
    assert labels(b"\x81\x8d\x00\x00\x81")[1] == [(0, batch.ERRORS["encoding"][1])]
    assert labels(b"PK\x03\x04 not really a zip")[1] == [(0, batch.ERRORS["xlsx"][1])]


def test_rows_are_numbered_as_lines_blank_ones_too_and_a_quoted_line_break_is_one_row() -> None:
    data = b'\n\nnaam;eerste_ziektedag;opmerking\nA;05-01-2026;"twee\nregels"\n\nB;31-02-2026;\n'
    sheet = tablefile.read(data)
    assert [number for number, _ in sheet.rows] == [3, 4, 6]
    assert sheet.joined == {4: 1}
    found = batch.read_file(data, TODAY)
    assert [c["label"] for c in found.cases] == ["A"]  # a note with a line break is fine
    assert [e["row"] for e in found.errors] == [3, 6]  # the unknown column, B's date


def test_two_stray_quotes_that_join_rows_are_reported_not_read() -> None:
    data = (
        b'naam;eerste_ziektedag\nA;05-01-2026\n"B;06-01-2026\nC;07-01-2026\nD";08-01-2026\n'
        b"E;09-01-2026\n"
    )
    found = batch.read_file(data, TODAY, "en")
    assert [c["label"] for c in found.cases] == ["A", "E"]
    [problem] = found.errors
    assert problem["row"] == 3 and problem["column"] == "naam"
    assert problem["message"].startswith('A quote (") closes only 2 lines further on')


def test_a_quote_at_the_end_of_the_file_and_a_quote_inside_a_cell() -> None:
    names, problems, _ = labels(b'naam;eerste_ziektedag\nA;05-01-2026\n"C;07-01-2026')
    assert names == ["A"] and [row for row, _ in problems] == [3]
    names, problems, _ = labels(b'naam;eerste_ziektedag\nJan "Sjonnie;05-01-2026')
    assert names == ['Jan "Sjonnie'] and problems == []


def test_three_stray_quotes_leave_no_row_unread_and_unreported() -> None:
    data = (
        b'naam;eerste_ziektedag\n"R0;05-01-2026\nR1;05-01-2026\n"R2;05-01-2026\n'
        b'R3;05-01-2026\n"R4;05-01-2026\nR5;05-01-2026\n'
    )
    found = batch.read_file(data, TODAY, "en")
    # the first quote closes at the second (R0 to R2 become one cell), the third never closes
    assert [c["label"] for c in found.cases] == ["R3", "R5"]
    assert [e["row"] for e in found.errors] == [2, 4]
    assert "2 lines further on" in found.errors[0]["message"]
    assert "never closes" in found.errors[1]["message"]


def test_after_many_quotes_that_never_close_the_rest_is_one_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tablefile, "MAX_RESTARTS", 0)
    data = b'naam;eerste_ziektedag\nA;05-01-2026\n"B;05-01-2026\nC;05-01-2026\nD;05-01-2026\n'
    found = batch.read_file(data, TODAY, "en")
    assert [c["label"] for c in found.cases] == ["A"]
    [problem] = found.errors
    assert problem["row"] == 3 and problem["message"].endswith("Rows 3 to 5 have not been read.")


def test_a_mark_that_lies_and_nul_bytes_in_windows_1252_are_not_text() -> None:
    assert labels(codecs.BOM_UTF16_LE + b"\x00\xd8")[1] == [(0, batch.ERRORS["encoding"][1])]
    assert labels(b"naam;eerste\xe9\x00ziektedag\n")[1] == [(0, batch.ERRORS["encoding"][1])]
