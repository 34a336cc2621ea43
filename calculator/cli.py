"""Command line: ``python -m calculator 2026-01-05`` prints every Poortwachter deadline.

Periods are ISO 8601 dates: ``START/END`` for a period that ended in full recovery (END is the
last sick day), a bare ``START`` for the illness that goes on::

    python -m calculator --json 2026-01-05/2026-03-31 2026-04-21

The arguments come from the inputs table (:mod:`calculator.inputs`): every row with a ``cli``
flag is an option. The CLI builds a request for the JSON boundary
(:func:`calculator.boundary.handle`), exactly like the browser does. Bad input: a message on
stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from .boundary import handle
from .inputs import TABLE, Input, by_cli, put
from .words import CLI_HEAD, CLI_ROW, INDICATION_SUFFIX, pick

EXIT_BAD_INPUT = 2
EXIT_CANNOT_WRITE = 1

#: How an option's value looks, by kind of input (the metavar in --help).
METAVAR = {"date": "DATE", "date_range": "START/END", "weeks": "WEEKS", "text": "TEXT"}


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m calculator",
        description="Poortwachter deadlines (Spoorwijzer). Dates are ISO 8601 (YYYY-MM-DD).",
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
    print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; never a traceback: bad input exits 2, a file or output that cannot
    be written exits 1, each with one line on stderr."""
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show "ë" gets "?"
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader (e.g. `| head`) went away: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_CANNOT_WRITE


def _write(path: str, text: str, lang: str, option: str) -> int | None:
    """Write an output file; a problem is one line on stderr and exit code 1."""
    try:
        with open(path, "w", encoding="utf-8", newline="") as file:
            file.write(text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        if lang == "en":
            _say(f"{option}: cannot write {path!r}: {reason}")
        else:
            _say(f"{option}: kan {path!r} niet schrijven: {reason}")
        return EXIT_CANNOT_WRITE
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
        with open(args.csv, "rb") as file:
            data = file.read()
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
        print(json.dumps({**answer, "read_errors": read["errors"]}, ensure_ascii=False, indent=2))
    else:
        for result in answer["results"]:
            line = result["overview"]
            upcoming = line["next"]["all"]
            when = f"{upcoming['title']}: {upcoming['date_text']}" if upcoming else ""
            print(f"{result['label']}\t{line['regime_text']}\t{when}\t{len(line['attention'])}")
    return EXIT_BAD_INPUT if read["errors"] else 0


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.ics is not None and not args.ics.strip():
        _say("--ics: geef een bestandsnaam / give a file name")
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
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        print(render_table(answer))
    sys.stdout.flush()
    return 0
