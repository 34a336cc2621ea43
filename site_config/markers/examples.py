"""The worked examples on the pages: calculator/examples.toml (``{{ sw.examples }}``) and
calculator/worked_examples.toml by point of the law (``{{ sw.worked_examples }}``). Both are
calculated by the calculator's JSON boundary and checked by one function,
:func:`check_expected`: the build fails when a date differs from the example."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from calculator.counting import Period
from calculator.examples import Example, WorkedExample
from calculator.names import put
from calculator.words import pick

from .common import (
    TEXT,
    calculate,
    date_text,
    dates_cell,
    fail,
    html_table,
    rule_text,
    rules_module,
    table_row,
)
from .glossary import slug


def load_examples() -> list[Example]:
    from calculator.examples import load_examples as load

    examples = load()
    if not examples:
        raise fail("calculator.examples.load_examples() returned no cases")
    return examples


def _periods_text(periods: Sequence[Period], lang: str) -> str:
    t = TEXT[lang]
    parts = []
    for period in periods:
        start, end = period.start, period.end
        if end is None:
            parts.append(f"{date_text(start, lang)} ({t['ongoing']})")
        else:
            parts.append(
                f"{date_text(start, lang)} – {date_text(end, lang)} "
                f"({t['recovered']} {date_text(end, lang)})"
            )
    return "; ".join(parts)


def examples_block(lang: str) -> str:
    """One section per case of calculator/examples.toml with the calculated dates."""
    t = TEXT[lang]
    out = []
    for example in load_examples():
        response = calculate(
            {
                "action": "calculate",
                "lang": lang,
                "today": example.periods[0].start.isoformat(),
                "case": {
                    "periods": [
                        {"start": p.start.isoformat(), "end": p.end.isoformat() if p.end else None}
                        for p in example.periods
                    ]
                },
            }
        )
        check_expected(example, response)
        labels = [t["milestone"], t["week"], t["date"]]
        rows = "\n".join(
            table_row(
                labels,
                [
                    escape(str(m.get("title") or m["id"])),
                    escape(str(m["week"]) if m.get("week") is not None else ""),
                    dates_cell(m),
                ],
                f' data-milestone="{escape(m["id"])}"',
            )
            for m in response["milestones"]
            if m.get("date")
        )
        title = pick(example.title, lang)
        note = pick((example.note_nl, example.note), lang)
        out.append(
            f"### {escape(title)} {{#voorbeeld-{example.id}}}\n\n"
            f"{escape(note)}\n\n"
            f"**{t['periods']}:** {escape(_periods_text(example.periods, lang))}\n\n"
            + html_table(
                "sw-example",
                f"{t['example_caption']}: {title}",
                labels,
                rows,
                f' data-example="{escape(example.id)}"',
            )
            + "\n"
        )
    return "\n".join(out)


#: Headings of the worked examples' groups: the points of the law they illustrate.
POINTS: dict[str, tuple[str, str]] = {
    "basis": (
        "Doorlopend, samengeteld, met verlof of sanctie",
        "Continuous, added together, leave, sanction",
    ),
    "10.1": ("Vrijwillige verlenging: geen maximum", "Voluntary extension: no maximum"),
    "10.2": ("Loonsanctie en zwangerschapsverlof", "Loonsanctie and maternity leave"),
    "10.3": (
        "Een afgelopen wachttijd begint niet opnieuw",
        "A completed waiting period does not restart",
    ),
    "10.4": ("Hersteld: open of afgesloten", "Recovered: open or closed"),
    "10.5": (
        "Plan van aanpak: twee weken na de probleemanalyse",
        "Plan van aanpak: two weeks after the probleemanalyse",
    ),
    "10.6": ("Vangnet: melden na zes weken", "Safety net: reporting after six weeks"),
    "10.7": ("Opzegverbod: twee jaar", "Ban on dismissal: two years"),
    "10.8": ("Te late WIA-aanvraag en de brief van UWV", "Late WIA application and UWV's letter"),
    "10.9": (
        "Geen verlenging na het einde van het contract",
        "No extension after the contract ended",
    ),
    "10.10": (
        "Zwangerschapsverlof: dezelfde oorzaak tenzij",
        "Maternity leave: the same cause unless",
    ),
    "10.11": ("Ziek uit dienst", "Contract ends during illness"),
    "10.12": (
        put("De {name ziekmelding_uwv} en werkdagen"),
        put("The {name_en ziekmelding_uwv} and working days"),
    ),
    "10.13": (
        "Eerstejaarsevaluatie te vroeg of te laat",
        "Eerstejaarsevaluatie too early or too late",
    ),
    "AOW": ("AOW-leeftijd", "AOW age"),
    "IVA": ("Vervroegde IVA", "Early IVA"),
    "statuses": ("Gedaan, te laat of nog te doen", "Done, late or still to do"),
    "uitgesloten": (
        "Wat de wet uitsluit, weigert de rekenhulp",
        "What the law rules out, the calculator refuses",
    ),
}


WORKED_TEXT = {
    "nl": {
        "entered": "Ingevuld",
        "today": "Datum van vandaag in dit voorbeeld",
        "refused": "De rekenhulp weigert dit, met de melding",
        "absent": "vervalt",
        "caption": "Uitkomst",
        "status": "Status",
    },
    "en": {
        "entered": "Entered",
        "today": "Today's date in this example",
        "refused": "The calculator refuses this, with the message",
        "absent": "falls away",
        "caption": "Result",
        "status": "Status",
    },
}


def worked_examples_block(lang: str) -> str:
    """calculator/worked_examples.toml by point of the law: the case, the reasoning, the result.
    The build fails when a calculated value differs from the example's expectation."""
    from calculator.boundary import handle
    from calculator.examples import load_worked_examples

    t = WORKED_TEXT[lang]
    out: list[str] = []
    examples = load_worked_examples()
    for point, titles in POINTS.items():
        group = [e for e in examples if e.point == point]
        if not group:
            continue
        out.append(f"## {escape(pick(titles, lang))} {{#punt-{slug(point)}}}\n")
        for example in group:
            request = {"lang": lang, "today": example.today, "case": example.case}
            response: dict[str, Any] = json.loads(handle(json.dumps(request)))
            out.append(_worked_case(example, response, lang, t))
    missing = {e.point for e in examples} - set(POINTS)
    if missing:
        raise fail(f"worked examples with points that have no heading: {sorted(missing)}")
    return "\n".join(out)


def _worked_case(example: Any, response: Mapping[str, Any], lang: str, t: Mapping[str, str]) -> str:
    reason = pick((example.reason_nl, example.reason), lang)
    anchor = f"{{#voorbeeld-{escape(example.id)}}}"
    head = f"### {escape(pick(example.title, lang))} {anchor}\n\n{escape(reason)}\n"
    if example.refusal is not None:
        if response.get("ok"):
            raise fail(
                f"worked example {example.id!r} should be refused, the calculator accepts it"
            )
        messages = "; ".join(str(e.get("message")) for e in response.get("errors", []))
        return f"{head}\n{escape(t['refused'])}: <q>{escape(messages)}</q>\n"
    if not response.get("ok"):
        raise fail(f"worked example {example.id!r} was refused: {response.get('errors')}")
    milestones = {m["id"]: m for m in response["milestones"]}
    check_expected(example, response)
    entered = "".join(
        f"<dt>{escape(str(row['label']))}</dt><dd>{escape(str(row['value']))}</dd>"
        for row in response.get("summary", [])
    )
    with_status = bool(example.expected_status)
    keys = list(example.expected) + [
        k for k in example.expected_status if k not in example.expected
    ]
    labels = [TEXT[lang]["milestone"], TEXT[lang]["date"]] + ([t["status"]] if with_status else [])
    rows = []
    for key in keys:
        m = milestones.get(key)
        title = str(m["title"]) if m else rule_text(rules_module().RULES_BY_ID[key].title, lang)
        values = [escape(title), dates_cell(m) if m else escape(t["absent"])]
        if with_status:
            values.append(escape(str(m.get("status_text"))) if m else "")
        rows.append(table_row(labels, values, f' data-milestone="{escape(key)}"'))
    table = (
        html_table(
            "sw-example",
            t["caption"],
            labels,
            "\n".join(rows),
            f' data-example="{escape(example.id)}"',
        )
        + "\n"
        if rows
        else ""
    )
    today = escape(str(response.get("today_text", "")))
    return (
        f'{head}\n<dl class="sw-entered"><dt>{escape(t["today"])}</dt><dd>{today}</dd>'
        f"{entered}</dl>\n\n{table}"
    )


def check_expected(example: Example | WorkedExample, response: Mapping[str, Any]) -> None:
    """Fail the build when a calculated date, or a status a worked example expects, differs
    from the example: the one check of calculator/examples.toml and worked_examples.toml."""
    milestones = {m["id"]: m for m in response["milestones"]}
    wrong = []
    for key, value in example.expected.items():
        got = milestones[key].get("date") if key in milestones else "absent"
        if got != value:
            wrong.append(f"{key}: expected {value}, calculated {got}")
    for key, value in getattr(example, "expected_status", {}).items():
        if milestones.get(key, {}).get("status") != value:
            wrong.append(f"{key}: expected status {value}")
    if wrong:
        raise fail(f"worked example {example.id!r} does not match: " + "; ".join(wrong))
