"""Command line: ``python -m calculator 2026-01-05`` prints every Poortwachter deadline.

Periods are ISO 8601 dates: ``START/END`` for a period that ended in full recovery (END is the
last sick day), a bare ``START`` for the illness that goes on::

    python -m calculator --json 2026-01-05/2026-03-31 2026-04-21

The CLI builds a request for the JSON boundary (:func:`calculator.boundary.handle`), exactly like
the browser does. Bad input: a message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .boundary import handle

EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m calculator",
        description="Poortwachter deadlines (Spoorwijzer). Dates are ISO 8601 (YYYY-MM-DD).",
    )
    parser.add_argument(
        "periods",
        nargs="+",
        metavar="PERIOD",
        help="START/END for a period that ended in full recovery, START for the "
        "illness that goes on",
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--today", help="reference date (default: today)")
    parser.add_argument("--ics", metavar="FILE", help="also write the deadlines as .ics")
    parser.add_argument("--role", choices=("werkgever", "werknemer", "bureau"))
    parser.add_argument("--leave", metavar="START/END", help="pregnancy and maternity leave")
    parser.add_argument(
        "--same-cause",
        action="store_true",
        help="illness before and after the leave has the same cause",
    )
    parser.add_argument(
        "--pregnancy-related",
        action="store_true",
        help="the illness before the leave was pregnancy-related",
    )
    parser.add_argument("--probleemanalyse", metavar="DATE")
    parser.add_argument("--eerstejaarsevaluatie", metavar="DATE")
    parser.add_argument("--wia-aanvraag", metavar="DATE")
    parser.add_argument(
        "--sanction",
        metavar="WEEKS|DATE",
        help="loonsanctie in weeks, or the date UWV decided it was repaired",
    )
    parser.add_argument("--extension-end", metavar="DATE")
    parser.add_argument("--contract-end", metavar="DATE")
    return parser


def request_from_args(args: argparse.Namespace, action: str = "calculate") -> dict[str, Any]:
    periods = []
    for text in args.periods:
        start, _, end = text.partition("/")
        periods.append({"start": start, "end": end or None})
    case: dict[str, Any] = {"periods": periods}
    if args.leave:
        start, _, end = args.leave.partition("/")
        case["pregnancy_leave"] = {
            "start": start,
            "end": end,
            "same_cause": args.same_cause,
            "pregnancy_related": args.pregnancy_related,
        }
    case["actual"] = {
        "probleemanalyse": args.probleemanalyse,
        "eerstejaarsevaluatie": args.eerstejaarsevaluatie,
        "wia_aanvraag": args.wia_aanvraag,
    }
    if args.sanction:
        key = "weeks" if args.sanction.strip().isdigit() else "repaired"
        case["loonsanctie"] = {key: args.sanction}
    case["extension_end"] = args.extension_end
    case["contract_end"] = args.contract_end
    return {
        "action": action,
        "lang": args.lang,
        "today": args.today,
        "role": args.role,
        "case": case,
    }


def render_table(answer: dict[str, Any]) -> str:
    nl = answer["lang"] == "nl"
    head = ("Week", "Datum" if nl else "Date", "Wie" if nl else "Who", "Stap" if nl else "Step")
    rows = []
    for m in answer["milestones"]:
        when = m["date_text"] if not m["start_text"] else f"{m['start_text']} – {m['date_text']}"
        title = m["title"] + (" (indicatie)" if nl else " (indication)") * m["indication"]
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    request = request_from_args(args)
    answer = json.loads(handle(json.dumps(request)))
    if not answer["ok"]:
        for error in answer["errors"]:
            print(f"{error['field']}: {error['message']}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.ics:
        calendar = json.loads(handle(json.dumps(request_from_args(args, "ics"))))
        Path(args.ics).write_text(calendar["ics"], encoding="utf-8", newline="")
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        print(render_table(answer))
    return 0
