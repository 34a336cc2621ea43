"""Command line: ``python -m calculator 2026-01-05`` prints every Poortwachter deadline.

Periods are ISO 8601 dates: ``START/END`` for a period that ended in full recovery (END is the
last sick day), a bare ``START`` for the illness that goes on::

    python -m calculator --json 2026-01-05/2026-03-31 2026-04-21

The arguments come from the inputs table (:mod:`calculator.inputs`): every row with a ``cli``
flag is an option. The CLI builds a request for the JSON boundary
(:func:`calculator.boundary.handle`), exactly like the browser does. It never shows a traceback;
it stops with one line on stderr and an exit code (:data:`EXIT_CODES`, also in
site_config/maintainers/architecture.md).

An output file is written whole or not at all: into a temporary file beside it, then renamed
over it, so a full disk or a failed write keeps the old file. A device or pipe (``/dev/stdout``,
a FIFO) is written in place. No output may name the CSV file being read, nor another output.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import re
import stat
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from typing import Any

from .boundary import handle
from .inputs import CSV_MAX_BYTES, TABLE, Input, by_cli, put
from .words import CLI_HEAD, CLI_ROW, CLI_SAYS, INDICATION_SUFFIX, pick

EXIT_OK = 0
EXIT_CANNOT_WRITE = 1
EXIT_BAD_INPUT = 2
#: Every exit code of the command line and when it is given (the architecture document has this
#: table).
EXIT_CODES = {
    EXIT_OK: "done: every case calculated, every output written",
    EXIT_CANNOT_WRITE: "an output could not be written (an --ics or --csv-out file, or the "
    "standard output: a full disk, a closed output, a reader that went away); a file of that "
    "name keeps what it held",
    EXIT_BAD_INPUT: "bad input: an option or date the calculator cannot accept, options that do "
    "not go together, an output that names the input file, a CSV or .xlsx file that cannot be "
    "read, or "
    "rows of it that could not be read (the other rows are still calculated and written)",
}

#: How an option's value looks, by kind of input (the metavar in --help).
METAVAR = {"date": "DATE", "date_range": "START/END", "weeks": "WEEKS", "text": "TEXT"}


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def build_parser() -> argparse.ArgumentParser:
    codes = (
        textwrap.fill(f"{code}: {text}", 78, subsequent_indent="   ")
        for code, text in EXIT_CODES.items()
    )
    parser = argparse.ArgumentParser(
        prog="python -m calculator",
        description="Poortwachter deadlines (Spoorwijzer). Dates are ISO 8601 (YYYY-MM-DD).",
        epilog="exit codes:\n" + "\n".join(codes),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--today", help="reference date (default: today)")
    parser.add_argument("--ics", metavar="FILE", help="also write the deadlines as .ics")
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help="many cases from a CSV or .xlsx file (format: calculator/batch.py)",
    )
    parser.add_argument(
        "--csv-out", metavar="FILE", help="with --csv: write every deadline of every case as CSV"
    )
    seen: set[str] = set()
    for row in TABLE:
        if row.cli is None or row.cli in seen:
            continue
        seen.add(row.cli)
        rows = by_cli(row.cli)
        help_text = " or ".join(pick(r.parts[next(iter(r.parts))].label, "en") for r in rows)
        if row.kind == "periods":
            parser.add_argument(
                "periods",
                nargs="*",
                metavar="PERIOD",
                help="START/END for a period that ended in full recovery, START for the "
                "illness that goes on",
            )
        elif row.kind == "flag":
            parser.add_argument(row.cli, action="store_true", help=help_text)
        elif row.kind == "choice":
            parser.add_argument(row.cli, choices=row.choices, default=row.default, help=help_text)
        else:
            metavar = "|".join(METAVAR[r.kind] for r in rows)
            parser.add_argument(row.cli, metavar=metavar, help=help_text)
    return parser


def _value(row: Input, text: str) -> Any:
    """The JSON value of an option's text for this row, or None when it is not of its shape."""
    if row.kind == "date_range":
        start, _, end = text.partition("/")
        return {"start": start, "end": end}
    if row.kind == "weeks":  # "-5" and "12" are meant as weeks (and -5 is then refused)
        return text if re.fullmatch(r"\s*[-+]?[0-9]+\s*", text) else None
    return text


def request_from_args(args: argparse.Namespace, action: str = "calculate") -> dict[str, Any]:
    case: dict[str, Any] = {}
    request: dict[str, Any] = {"action": action, "today": args.today, "case": case}
    seen: set[str] = set()
    for row in TABLE:
        if row.cli is None or row.cli in seen:
            continue
        seen.add(row.cli)
        if row.kind == "periods":
            periods = []
            for text in args.periods:
                start, _, end = text.partition("/")
                periods.append({"start": start, "end": end or None})
            case["periods"] = periods
            continue
        given = getattr(args, _dest(row.cli))
        if row.scope == "request":
            request[row.key] = given
        elif row.kind == "flag":
            if given:
                put(case, row.key, not row.default)
        elif given is not None:
            # Rows sharing the flag (--sanction: weeks or a date) take it in table order.
            for candidate in by_cli(row.cli):
                value = _value(candidate, given)
                if value is not None:
                    put(case, candidate.key, value)
                    break
    return request


def render_table(answer: dict[str, Any]) -> str:
    lang = answer["lang"]
    head = tuple(pick(label, lang) for label in CLI_HEAD)
    rows = []
    for m in answer["milestones"]:
        when = m["date_text"] if not m["start_text"] else f"{m['start_text']} – {m['date_text']}"
        title = m["title"] + pick(INDICATION_SUFFIX, lang) * m["indication"]
        note = m["non_working_day"]["text"] if m["non_working_day"] else ""
        rows.append((m["week_text"] or "", when, m["actor_text"], title, note))
    widths = [max(len(r[i]) for r in [*rows, (*head, "")]) for i in range(3)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, [*widths, 0], strict=False)).rstrip()]
    for week, when, who, title, note in rows:
        lines.append(
            f"{week.ljust(widths[0])}  {when.ljust(widths[1])}  {who.ljust(widths[2])}  {title}"
        )
        if note:
            lines.append(" " * (widths[0] + widths[1] + widths[2] + 6) + note)
    for outcome in answer["outcomes"]:
        if not outcome["general"]:
            lines += ["", f"{outcome['title']}: {outcome['text']}"]
    return "\n".join(lines)


def _say(message: str) -> None:
    with contextlib.suppress(OSError):  # stderr itself may be full or gone
        print(message, file=sys.stderr)


def _words(key: str, lang: str, **values: Any) -> str:
    return pick(CLI_SAYS[key], lang).format(**values)


class _OutputGone(Exception):
    """The standard output cannot be written (closed, a full disk): why, in the visitor's
    language; an empty reason for a reader that went away (``| head``), which is no error."""


def _print(text: str, lang: str) -> None:
    """One block of output on stdout, flushed, so that a full disk is noticed here."""
    _flush(lang, text + "\n")


def _flush(lang: str, text: str = "") -> None:
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        raise _OutputGone(_words("stdout_closed", lang))
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise _OutputGone("") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _OutputGone(_words("stdout_failed", lang, reason=reason)) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null: what is still buffered is then dropped quietly at exit
    instead of failing again (a second message, and exit code 120)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; never a traceback: bad input exits 2, a file or output that cannot
    be written exits 1, each with one line on stderr."""
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show "ë" gets "?"
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        return _main(argv)
    except _OutputGone as gone:
        _silence_stdout()
        if str(gone):  # a reader that went away (`| head`) is no error: stop quietly
            _say(str(gone))
        return EXIT_CANNOT_WRITE


def write_whole(path: str, data: bytes) -> None:
    """Write ``data`` as the file ``path``, whole or not at all (raises OSError). Through a
    symbolic link to the file it names; with that file's permissions, or the usual ones of a
    new file. A device or pipe is written in place (there is no file to replace)."""
    try:
        old: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        old = None
    if old is not None and not stat.S_ISREG(old.st_mode):
        with open(path, "wb") as stream:  # a directory fails here, as it should
            stream.write(data)
        return
    target = os.path.realpath(path)
    if old is not None:
        mode = stat.S_IMODE(old.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, temporary = tempfile.mkstemp(
        prefix=".spoorwijzer-", suffix=".tmp", dir=os.path.dirname(target)
    )
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _write(path: str, text: str, lang: str, option: str) -> int | None:
    """Write an output file; a problem is one line on stderr and exit code 1."""
    try:
        write_whole(path, text.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        _say(f"{option}: {_words('cannot_write', lang, path=path, reason=reason)}")
        return EXIT_CANNOT_WRITE
    return None


def _same_file(first: str, second: str) -> bool:
    """Whether two names lead to the same file (another spelling, a link)."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet)
        return os.path.realpath(first) == os.path.realpath(second)


def outputs_refused(args: argparse.Namespace) -> str | None:
    """Why the output options cannot be used as given, or None: ``--csv-out`` without
    ``--csv``, an output that names the CSV file being read, two outputs into one file."""
    lang = args.lang
    if args.csv_out is not None and not args.csv:
        return f"--csv-out: {_words('csv_out_alone', lang)}"
    outputs = [
        (option, path)
        for option, path in (("--csv-out", args.csv_out), ("--ics", args.ics))
        if path
    ]
    for option, path in outputs:
        if args.csv and _same_file(path, args.csv):
            return f"{option}: {_words('is_input', lang, path=path)}"
    if len(outputs) == 2 and _same_file(outputs[0][1], outputs[1][1]):
        return f"--ics: {_words('same_output', lang, path=args.ics, other='--csv-out')}"
    return None


def case_details_given(args: argparse.Namespace) -> list[str]:
    """The options of one case on the command line (PERIOD included), in table order."""
    given: list[str] = []
    for row in TABLE:
        if row.cli is None or row.scope == "request" or row.cli in given:
            continue
        if row.kind == "periods":
            if args.periods:
                given.append("PERIOD")
        elif getattr(args, _dest(row.cli)) not in (None, False):
            given.append(row.cli)
    return given


def problem_line(issue: dict[str, Any], lang: str) -> str:
    """A row that did not read, as the spreadsheet names it: ``rij 5 (Noël Visser)
    eerste_ziektedag "31-02-2026": De eerste ziektedag moet een bestaande datum zijn``."""
    parts = [f"{pick(CLI_ROW, lang)} {issue['row']}"] if issue["row"] else []
    if issue.get("name"):
        parts.append(f"({issue['name']})")
    if issue["column"]:
        parts.append(issue["column"])
    if issue.get("value"):
        parts.append(f"“{issue['value']}”")
    where = " ".join(parts)
    return f"{where}: {issue['message']}" if where else issue["message"]


def _batch(args: argparse.Namespace) -> int:
    """--csv: many cases at once (the same boundary actions as the page's Meerdere dossiers)."""
    try:
        with open(args.csv, "rb") as file:  # one byte past the limit: /dev/zero is not read whole
            data = file.read(CSV_MAX_BYTES + 1)
    except OSError as problem:
        _say(f"--csv: {args.csv!r}: {problem.strerror or type(problem).__name__}")
        return EXIT_BAD_INPUT
    base = {"lang": args.lang, "today": args.today}
    read = json.loads(
        handle(json.dumps({**base, "action": "read_csv", "data": base64.b64encode(data).decode()}))
    )
    if not read["ok"]:
        for error in read["errors"]:
            _say(f"{error['field']}: {error['message']}")
        return EXIT_BAD_INPUT
    cases = [
        {"id": str(c["row"]), "label": c["label"], "number": c["number"], "case": c["case"]}
        for c in read["cases"]
    ]
    answer = json.loads(handle(json.dumps({**base, "action": "batch", "cases": cases})))
    if args.csv_out:
        table = json.loads(handle(json.dumps({**base, "action": "batch_csv", "cases": cases})))
        failed = _write(args.csv_out, table["csv"], args.lang, "--csv-out")
        if failed is not None:
            return failed
    if args.ics:
        calendar = json.loads(handle(json.dumps({**base, "action": "batch_ics", "cases": cases})))
        failed = _write(args.ics, calendar["ics"], args.lang, "--ics")
        if failed is not None:
            return failed
    for issue in read["errors"]:
        _say(problem_line(issue, read["lang"]))
    if args.json:
        text = json.dumps({**answer, "read_errors": read["errors"]}, ensure_ascii=False, indent=2)
        _print(text, args.lang)
    else:
        lines = []
        for result in answer["results"]:
            line = result["overview"]
            upcoming = line["next"]["all"]
            when = f"{upcoming['title']}: {upcoming['date_text']}" if upcoming else ""
            lines.append(
                f"{result['label']}\t{line['regime_text']}\t{when}\t{len(line['attention'])}"
            )
        if lines:
            _print("\n".join(lines), args.lang)
    return EXIT_BAD_INPUT if read["errors"] else EXIT_OK


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The arguments, or the exit code of --help or a usage error (argparse's own: 0 and 2),
    once what argparse printed has reached stdout."""
    try:
        return parser.parse_args(argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT
        if code == EXIT_OK:  # --help: flush it here, and notice a full disk
            _flush("en")
        return code


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    if args.ics is not None and not args.ics.strip():
        _say("--ics: geef een bestandsnaam / give a file name")
        return EXIT_BAD_INPUT
    refused = outputs_refused(args)
    if refused:
        _say(refused)
        return EXIT_BAD_INPUT
    if args.csv:
        mixed = case_details_given(args)
        if mixed:
            _say(
                f"--csv: {', '.join(mixed)}: een CSV-bestand heeft de gegevens per dossier / "
                "a CSV file holds the details of each case"
            )
            return EXIT_BAD_INPUT
        return _batch(args)
    if not args.periods:
        parser.print_usage(sys.stderr)
        _say("give the first sick day (PERIOD), or --csv FILE")
        return EXIT_BAD_INPUT
    request = request_from_args(args)
    answer = json.loads(handle(json.dumps(request)))
    if not answer["ok"]:
        for error in answer["errors"]:
            _say(f"{error['field']}: {error['message']}")
        return EXIT_BAD_INPUT
    if args.ics:
        calendar = json.loads(handle(json.dumps(request_from_args(args, "ics"))))
        failed = _write(args.ics, calendar["ics"], answer["lang"], "--ics")
        if failed is not None:
            return failed
    if args.json:
        _print(json.dumps(answer, ensure_ascii=False, indent=2), answer["lang"])
    else:
        _print(render_table(answer), answer["lang"])
    return EXIT_OK
