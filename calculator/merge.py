"""Reading a file again next to a list: which dossier of the list each row updates.

A dossier is the same when its employee number (``personeelsnummer``) matches; without a
number on either side, when the name and the first sick day match (names compared without
regard to case). A matched dossier takes the file's values, and keeps those the file leaves
empty: the dates recorded on the page (a probleemanalyse done, a WIA letter, ...) survive an
export from an HR system that does not carry them. The periods of sickness always come from
the file: the HR system is where sickness and recovery are reported.

>>> list_ = [{"id": "d1", "number": "", "label": "Jan", "case": {
...     "periods": [{"start": "2026-01-05"}], "actual": {"probleemanalyse": "2026-02-10"}}}]
>>> merger = Merger(list_)
>>> match = merger.match("", "jan", "2026-01-05")
>>> match, merger.merged(match, {"periods": [{"start": "2026-01-05", "end": None}]})["actual"]
('d1', {'probleemanalyse': '2026-02-10'})
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

#: Keys of a case that always come from the file.
FROM_FILE = frozenset({"periods", "label"})


def _first_day(case: Any) -> str:
    try:
        return str(case["periods"][0]["start"])
    except (KeyError, IndexError, TypeError):
        return ""


class Merger:
    """The dossiers of a list (``id``, ``number``, ``label``, ``case``), matched one by one."""

    def __init__(self, existing: Sequence[Mapping[str, Any]]) -> None:
        self.cases: dict[str, dict[str, Any]] = {}
        self.by_number: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        self.taken: set[str] = set()
        for item in existing:
            if not isinstance(item, Mapping) or not isinstance(item.get("case"), Mapping):
                continue
            key = str(item.get("id") or "")[:40]
            if not key or key in self.cases:
                continue
            self.cases[key] = dict(item["case"])
            number = str(item.get("number") or "").strip().casefold()
            if number:
                self.by_number.setdefault(number, key)
            label = str(item.get("label") or "").strip().casefold()
            if label:
                self.by_name.setdefault((label, _first_day(item["case"])), key)
        self.numbered = {key for key in self.by_number.values()}

    def match(self, number: str, label: str, first_day: str) -> str | None:
        """The id of the dossier this row updates, or None (a new dossier)."""
        if number:
            found = self.by_number.get(number.strip().casefold())
            if found is not None and found not in self.taken:
                return found
        found = self.by_name.get((label.strip().casefold(), first_day))
        if found is None or found in self.taken:
            return None
        if number and found in self.numbered:
            return None  # both have a number, and they differ
        return found

    def take(self, key: str | None) -> None:
        if key is not None:
            self.taken.add(key)

    def merged(self, key: str, case: dict[str, Any]) -> dict[str, Any]:
        """The file's case with what the dossier has and the file leaves empty."""
        kept = self.cases[key]
        result = dict(case)
        for name, value in kept.items():
            if name in FROM_FILE:
                continue
            if name not in result:
                result[name] = value
            elif (
                name == "actual"
                and isinstance(value, Mapping)
                and isinstance(result[name], Mapping)
            ):
                result[name] = {**value, **result[name]}  # each step's date on its own
        return result

    def missing(self) -> list[str]:
        """The dossiers no row matched, in the list's order."""
        return [key for key in self.cases if key not in self.taken]
