"""The requests the standard-library recording runs: every boundary action and every optional
input, in both languages and every role, so that the recording sees every module the calculator
page can import (``python -m site_config.stdlib_trim --record``). The Pyodide tests send the same
requests to the trimmed runtime and compare its answers with CPython's.

``exercise_requests`` is what the boot runtime must answer (with the ``ics`` group);
``xlsx_requests`` needs the "xlsx" group and is not recorded: what it imports beyond the keep list
ships in that group (``wheels.STDLIB_EXTRAS``), never in the boot runtime.
"""

from __future__ import annotations

import base64
import json
from datetime import date


def _periods(*texts: str) -> list[dict[str, str | None]]:
    return [{"start": t.partition("/")[0], "end": t.partition("/")[2] or None} for t in texts]


def exercise_requests() -> tuple[list[str], list[str]]:
    """(requests without ics, ics requests) that reach every action and optional input."""
    full_case = {
        "periods": _periods("2026-01-05/2026-03-31", "2026-04-21"),
        "actual": {
            "probleemanalyse": "2026-02-10",
            "eerstejaarsevaluatie": "2026-12-01",
            "wia_aanvraag": None,
        },
        "loonsanctie": {"weeks": "26"},
        "extension_end": "2028-06-30",
        "contract_end": "2027-03-31",
    }
    pregnancy = {
        "periods": _periods("2026-01-05"),
        "pregnancy_leave": {
            "start": "2026-03-02",
            "end": "2026-06-21",
            "same_cause": True,
            "pregnancy_related": True,
        },
    }
    repaired = {
        "periods": _periods("2025-01-06"),
        "loonsanctie": {"repaired": "2027-02-01"},
        "actual": {"wia_aanvraag": "2026-10-01"},
    }
    raw_dates = {
        "periods": [
            {
                "start": {"day": "5", "month": "januari", "year": "2026"},
                "end": {"day": "31", "month": "Mar", "year": "2026"},
            }
        ]
    }
    recovered = {"periods": _periods("2026-01-05/2026-01-20")}
    situations = {
        "periods": _periods("2026-01-05"),
        "birth_date": "1959-07-27",
        "contract_end": "2026-12-31",
        "early_iva": True,
        "proeftijd": True,
        "dismissal_request": "2025-12-01",
        "wia_letter": "2027-09-30",
        "label": "Dossier 1",
        "actual": {"ziekmelding_uwv": "2026-10-20", "plan_van_aanpak": "2026-03-01"},
    }
    out: list[dict[str, object]] = []
    for lang in ("nl", "en"):
        for role in (None, "werkgever", "werknemer", "bureau"):
            for case in (full_case, pregnancy, repaired, raw_dates, recovered, situations):
                out.append({"lang": lang, "role": role, "today": "2026-11-23", "case": case})
        listed = [{"id": "1", "label": "A", "case": c} for c in (full_case, situations, raw_dates)]
        csv_file = b"naam;eerste_ziektedag;verlof\nA;05-01-2026;\nB;31-02-2026;x\n"
        cp1252_file = "naam;eerste_ziektedag\nRené;05-01-2026\n".encode("cp1252")
        out += [
            {"lang": lang, "action": action, "today": "2026-11-23", "cases": listed}
            for action in ("batch", "batch_csv")
        ]
        out += [
            {"lang": lang, "action": "read_csv", "data": base64.b64encode(csv_file).decode()},
            {"lang": lang, "action": "read_csv", "data": base64.b64encode(cp1252_file).decode()},
            {"lang": lang, "action": "split_date", "text": "12 maart 2026"},
            {"lang": lang, "action": "split_date", "text": "12-3-26"},
        ]
        out += [
            {"lang": lang, "case": {"periods": _periods("2026-01-05")}},  # real today
            {
                "lang": lang,
                "case": {"periods": [{"start": {"day": "31", "month": "feb", "year": "2026"}}]},
            },
            {
                "lang": lang,
                "case": {
                    "periods": [{"start": {"day": "", "month": "x", "year": "26"}}],
                    "loonsanctie": {"weeks": "99"},
                    "extension_end": "2020-01-01",
                    "contract_end": "nope",
                },
            },
            {"lang": lang, "case": {"periods": []}},
            {"lang": lang, "action": "unknown"},
            {
                "lang": lang,
                "action": "parse_fragment",
                "fragment": "v=1&ziek=2026-01-05/2026-03-31,2026-04-21&verlof=2026-03-02/2026-06-21"
                "&verlof_zelfde_oorzaak=1&verlof_zwanger=1&pa=2026-02-10&eje=2026-12-01"
                "&wia=2027-10-01&sanctie=26&verlenging=2028-06-30"
                "&einde_contract=2027-03-31&rol=bureau&taal=en",
            },
            {"lang": lang, "action": "parse_fragment", "fragment": "v=2&ziek=gisteren&x=%zz"},
        ]
    texts = [json.dumps(r) for r in out] + ["{", "[]", '"text"', "null"]
    ics = [
        json.dumps(
            {"action": "ics", "lang": lang, "today": "2026-11-23", "role": role, "case": case}
        )
        for lang in ("nl", "en")
        for role in (None, "werkgever")
        for case in (full_case, pregnancy, repaired, recovered)
    ]
    ics.append(json.dumps({"action": "ics", "case": {"periods": []}}))
    ics.append(
        json.dumps(
            {
                "action": "batch_ics",
                "today": "2026-11-23",
                "cases": [{"id": "1", "label": "A", "case": full_case}],
            }
        )
    )
    return texts, ics


def xlsx_requests() -> list[str]:
    """Requests that need the "xlsx" group (a spreadsheet written in two parts and read back,
    in both languages). Not part of the recording: what they import beyond the keep list ships
    in that group (``wheels.STDLIB_EXTRAS``), never in the boot runtime."""
    from calculator.xlsx import workbook

    listed = [
        {"id": "1", "label": "=A", "case": {"periods": _periods("2026-01-05")}},
        {"id": "2", "label": "B", "case": {"periods": _periods("2026-09-01/2026-09-30")}},
    ]
    book = workbook([["A", 1001, date(2026, 1, 5)]], [], date(2026, 11, 23), "nl")
    out = []
    for lang in ("nl", "en"):
        for part in (0, 1):
            request = {"action": "batch_xlsx", "lang": lang, "today": "2026-11-23"}
            out.append({**request, "cases": listed[part : part + 1], "part": part, "parts": 2})
        for raw in (book, b"PK\x03\x04 broken"):
            encoded = base64.b64encode(raw).decode()
            out.append({"action": "read_csv", "lang": lang, "today": "2026-11-23", "data": encoded})
    return [json.dumps(r) for r in out]
