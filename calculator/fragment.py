"""Share links: the whole case in the URL fragment, which browsers never send to a server.

Format (documented for re-integration bureaus; all dates ISO 8601, keys in any order)::

    v=1&ziek=2026-01-05/2026-03-31,2026-04-21&rol=werkgever&taal=nl

========================  =====================================================================
``ziek``                  periods: ``START/END`` ended in full recovery (END = last sick day),
                          a bare ``START`` for the illness that goes on; comma-separated
``verlof``                pregnancy and maternity leave ``START/END``
``verlof_zelfde_oorzaak``  ``1`` when the illness before and after the leave has the same cause
``verlof_zwanger``        ``1`` when the illness before the leave was pregnancy-related
``pa`` ``eje`` ``wia``    actual dates of the probleemanalyse, eerstejaarsevaluatie, WIA application
``sanctie``               loonsanctie: a number of weeks, or the date of UWV's repair decision
``verlenging``            end date of a voluntary extension
``einde_contract``        the date the contract ends
``rol``                   ``werkgever``, ``werknemer`` or ``bureau``
``taal``                  ``nl`` or ``en``
========================  =====================================================================

:func:`decode` never fails: what is valid comes back, the rest is reported as errors.

>>> decode("v=1&ziek=2026-01-05/2026-03-31,2026-04-21&rol=bureau")["case"]["periods"]
[{'start': '2026-01-05', 'end': '2026-03-31'}, {'start': '2026-04-21', 'end': None}]
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, quote

from .model import Case

ROLE_VALUES = ("werkgever", "werknemer", "bureau")
LANG_VALUES = ("nl", "en")
MAX_FRAGMENT = 4000
STEP_KEYS = {"pa": "probleemanalyse", "eje": "eerstejaarsevaluatie", "wia": "wia_aanvraag"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KNOWN = {
    "v",
    "ziek",
    "verlof",
    "verlof_zelfde_oorzaak",
    "verlof_zwanger",
    "sanctie",
    "verlenging",
    "einde_contract",
    "rol",
    "taal",
    *STEP_KEYS,
}


def encode(case: Case, role: str | None = None, lang: str | None = None) -> str:
    """The canonical fragment (without ``#``) for a case."""
    parts = ["v=1"]
    parts.append(
        "ziek="
        + ",".join(
            p.start.isoformat() + (f"/{p.end.isoformat()}" if p.end else "") for p in case.periods
        )
    )
    leave = case.pregnancy_leave
    if leave is not None:
        parts.append(f"verlof={leave.start.isoformat()}/{leave.end.isoformat()}")
        if leave.same_cause:
            parts.append("verlof_zelfde_oorzaak=1")
        if leave.pregnancy_related:
            parts.append("verlof_zwanger=1")
    for key, step in STEP_KEYS.items():
        if step in case.actual:
            parts.append(f"{key}={case.actual[step].isoformat()}")
    sanction = case.loonsanctie
    if sanction is not None:
        value = (
            str(sanction.weeks)
            if sanction.weeks is not None
            else (sanction.repaired.isoformat() if sanction.repaired else "")
        )
        parts.append(f"sanctie={value}")
    if case.extension_end is not None:
        parts.append(f"verlenging={case.extension_end.isoformat()}")
    if case.contract_end is not None:
        parts.append(f"einde_contract={case.contract_end.isoformat()}")
    if role in ROLE_VALUES:
        parts.append(f"rol={role}")
    if lang in LANG_VALUES:
        parts.append(f"taal={lang}")
    return "&".join(parts)


def _date_or_none(value: str, key: str, bad: list[str]) -> str | None:
    if _DATE.match(value):
        return value
    bad.append(key)
    return None


def decode(fragment: Any) -> dict[str, Any]:
    """``{"case": {...}, "role": ..., "lang": ..., "bad_keys": [...]}`` from a fragment.

    Dates are checked for shape here only; the calculator checks them fully afterwards, so a
    partly wrong link still fills the form with what it can."""
    bad: list[str] = []
    case: dict[str, Any] = {}
    result: dict[str, Any] = {"case": case, "role": None, "lang": None, "bad_keys": bad}
    if not isinstance(fragment, str) or len(fragment) > MAX_FRAGMENT:
        bad.append("fragment")
        return result
    text = fragment.lstrip("#")
    try:
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=50)
    except ValueError:
        bad.append("fragment")
        return result
    values: dict[str, str] = {}
    for key, value in pairs:
        if key not in KNOWN:
            bad.append(key[:20])
        else:
            values[key] = value.strip()
    if "ziek" in values:
        periods: list[dict[str, str | None]] = []
        for item in values["ziek"].split(",")[:50]:
            start, _, end = item.partition("/")
            start_ok = _date_or_none(start, "ziek", bad)
            end_ok = _date_or_none(end, "ziek", bad) if end else None
            if start_ok:
                periods.append({"start": start_ok, "end": end_ok})
        case["periods"] = periods
    if "verlof" in values:
        start, _, end = values["verlof"].partition("/")
        s_ok, e_ok = _date_or_none(start, "verlof", bad), _date_or_none(end, "verlof", bad)
        if s_ok and e_ok:
            case["pregnancy_leave"] = {
                "start": s_ok,
                "end": e_ok,
                "same_cause": values.get("verlof_zelfde_oorzaak") == "1",
                "pregnancy_related": values.get("verlof_zwanger") == "1",
            }
    actual = {}
    for key, step in STEP_KEYS.items():
        if key in values and (ok := _date_or_none(values[key], key, bad)):
            actual[step] = ok
    if actual:
        case["actual"] = actual
    if "sanctie" in values:
        value = values["sanctie"]
        if value.isdigit() and len(value) <= 3:
            case["loonsanctie"] = {"weeks": value}
        elif ok := _date_or_none(value, "sanctie", bad):
            case["loonsanctie"] = {"repaired": ok}
    for key, name in (("verlenging", "extension_end"), ("einde_contract", "contract_end")):
        if key in values and (ok := _date_or_none(values[key], key, bad)):
            case[name] = ok
    for key, name, allowed in (("rol", "role", ROLE_VALUES), ("taal", "lang", LANG_VALUES)):
        if key in values:
            if values[key] in allowed:
                result[name] = values[key]
            else:
                bad.append(key)
    return result


def safe_key(key: str) -> str:
    """A key as it may be shown in a message: only letters, digits and underscores."""
    return quote(re.sub(r"[^a-z0-9_]", "", key.lower())[:20]) or "?"
