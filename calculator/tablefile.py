"""A file of rows, as a spreadsheet shows it: bytes in, numbered rows of text cells out.

This module knows files, not cases (:mod:`calculator.batch` reads the cases from the rows).
It reads what spreadsheets and HR systems write:

- **Encodings.** UTF-8 with or without a byte order mark; UTF-16 and UTF-32 (with a mark, or
  without one when the zero bytes give them away: Excel's "Unicode-tekst" is UTF-16); and
  Windows-1252, what Excel on a Dutch PC writes as "CSV (gescheiden door lijstscheidingsteken)"
  (the answer says so: ``encoding``). A file that holds UTF-8 characters *and* bytes that are
  not UTF-8 is broken UTF-8, not Windows-1252: each row with such a byte is reported, never
  read as if it were another encoding.
- **Separators** ``;`` ``,`` or a tab, whichever the header row holds most; a first line
  ``sep=;`` (Excel's own hint) sets it and is not a row.
- **Row numbers as the spreadsheet shows them**: every line counts, blank lines too; a cell
  with a line break in quotes is one row, as Excel shows it.
- **A quote that does not close.** A cell that starts with ``"`` runs until the next ``"``;
  one that never closes would swallow the rest of the file into one cell. Such a row is
  reported and the rows after it are read on their own. A row whose quoted cells took in more
  lines is kept with that count (``joined``), so that the reader of the cases can tell a note
  with a line break from rows swallowed by two stray quotes.
- An ``.xlsx`` file (a zip) is read by :mod:`calculator.xlsx`; an old ``.xls`` or another
  binary file is named as such.

>>> sheet = read(b"sep=;\\r\\nnaam;eerste_ziektedag\\r\\n\\r\\nA;05-01-2026\\r\\n")
>>> sheet.separator, sheet.rows
(';', [(1, ['naam', 'eerste_ziektedag']), (3, ['A', '05-01-2026'])])
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

#: Marks at the start of a file and the encoding they announce (UTF-32's before UTF-16's: the
#: little-endian UTF-32 mark starts with UTF-16's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: What the answer calls each encoding (the names people know).
NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32": "UTF-32",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
    "cp1252": "Windows-1252",
    "xlsx": "xlsx",
}
ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old Excel file (.xls), Word (.doc), ...
SEPARATORS = (";", ",", "\t")
SEP_LINE = re.compile(r"sep=(.)\s*", re.I)
#: A multi-byte UTF-8 character: a file with these is UTF-8, even if some bytes are broken.
UTF8_CHARACTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
#: After this many quotes that never close, the rest of the file is not read again and again.
MAX_RESTARTS = 20


class FileError(ValueError):
    """The file as a whole cannot be read: ``code`` says why (``encoding``, ``xls``, ...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Problem:
    """A row that could not be split into cells: ``code`` and the rows concerned."""

    row: int
    code: str  # "quote_unclosed", "not_utf8"
    last: int | None = None  # the last row not read, when a quote ends the reading
    text: str = ""  # the row's line as it is in the file


@dataclass
class Sheet:
    """The rows of a file: (row number, cells) without the blank rows, the problems found
    while splitting it, and how it was read."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    joined: dict[int, int] = field(default_factory=dict)  # row -> lines it took in beyond one
    encoding: str = "UTF-8"
    separator: str = ";"


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the name of its encoding; raises :class:`FileError`."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            if encoding == "utf-8-sig":
                return _utf8(data[len(mark) :])
            return _strict(data, encoding), NAMES[encoding]
    wide = _without_mark(data[:4000])
    if wide:
        return _strict(data, wide), NAMES[wide]
    return _utf8(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise FileError("encoding") from None
    return text


def _utf8(data: bytes) -> tuple[str, str]:
    """UTF-8; broken UTF-8 with its bad bytes as U+FFFD (their rows are reported); or
    Windows-1252 when the file has no UTF-8 character at all."""
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if UTF8_CHARACTER.search(data):
        return data.decode("utf-8", errors="replace"), "UTF-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in Windows-1252
        raise FileError("encoding") from None
    if "\x00" in text:
        raise FileError("encoding")
    return text, NAMES["cp1252"]


def _without_mark(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte order mark, told by where the zero bytes are (text of
    Latin letters has a zero in every other byte, or three in every four)."""
    size = len(head) - len(head) % 4
    if size < 4 or b"\x00" not in head:
        return None
    head = head[:size]

    def zero(offset: int, step: int) -> bool:
        part = head[offset::step]
        return part.count(0) >= 0.9 * len(part)

    if zero(1, 4) and zero(2, 4) and zero(3, 4):
        return "utf-32-le"
    if zero(0, 4) and zero(1, 4) and zero(2, 4):
        return "utf-32-be"
    if zero(1, 2):
        return "utf-16-le"
    if zero(0, 2):
        return "utf-16-be"
    return None


def read(data: bytes) -> Sheet:
    """The rows of a CSV or ``.xlsx`` file; raises :class:`FileError` for a file that is none."""
    if data.startswith(ZIP):
        from .xlsx import read_xlsx

        return Sheet(rows=read_xlsx(data), encoding="xlsx", separator="")
    if data.startswith(OLE):
        raise FileError("xls")
    text, encoding = decode(data)
    lines = LINE.findall(text)
    first = 0
    separator = None
    if lines and (hint := SEP_LINE.fullmatch(lines[0].strip())):
        separator, first = hint[1], 1  # Excel's hint: not a row, and not shown as one
    if separator is None:
        header = next((line for line in lines if line.strip()), "")
        separator = max(SEPARATORS, key=header.count)
    sheet = Sheet(encoding=encoding, separator=separator)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # a long cell is ours to name, not csv's
    try:
        for number, cells, extra, problem in _records(lines[first:], separator):
            if problem is not None:
                sheet.problems.append(problem)
            elif any(cell.strip() for cell in cells):
                if any("\ufffd" in cell for cell in cells) and encoding == "UTF-8":
                    text = next(cell for cell in cells if "\ufffd" in cell)
                    sheet.problems.append(Problem(number, "not_utf8", text=text))
                else:
                    sheet.rows.append((number, cells))
                    if extra:
                        sheet.joined[number] = extra
    finally:
        csv.field_size_limit(limit)
    return sheet


def _records(
    lines: list[str], separator: str
) -> Iterator[tuple[int, list[str], int, Problem | None]]:
    """(row number, cells, extra lines, None) for each row, or (row number, [], 0, problem). A
    row is what a spreadsheet shows as one: a line, or lines joined by a quoted line break
    (``extra`` is how many lines it took in beyond its first)."""
    start = 0  # the index of the first line the reader gets
    number = 0  # the last row number given
    restarts = 0
    while start < len(lines):
        reader = csv.reader(iter(lines[start:]), delimiter=separator)
        consumed = 0
        again = False
        for cells in reader:
            first = start + consumed  # index of the row's first line
            consumed = reader.line_num
            last = start + consumed - 1
            number += 1
            if last == len(lines) - 1 and _unclosed(lines[first:], separator):
                # Never closes: this row is reported, the lines after it are read anew
                # (after MAX_RESTARTS such quotes, the rest is reported as one).
                restarts += 1
                again = restarts <= MAX_RESTARTS
                end = None if again else number + last - first
                yield number, [], 0, Problem(number, "quote_unclosed", end, lines[first])
                start = first + 1
                break
            yield number, cells, last - first, None
        if not again:
            return


def _unclosed(lines: list[str], separator: str) -> bool:
    """Whether the last row's quote runs to the end of the file: an odd number of quotes,
    and either more than one line taken in or a cell that starts with a quote (a quote
    inside a cell, ``Jan "Sjonnie``, is a plain character)."""
    if not "".join(lines).count('"') % 2:
        return False
    return len(lines) > 1 or re.search(f'(?:^|{re.escape(separator)})"', lines[0]) is not None
