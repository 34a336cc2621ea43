"""The inline markers: a week, a constant, an amount, an official name, the checked date."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from .common import constants, date_text, fail, nominal_weeks, rules_module


def week_marker(milestone: str, *, first: bool) -> str:
    weeks = nominal_weeks()
    if milestone not in weeks:
        raise fail(f"unknown milestone id {milestone!r} (known: {', '.join(sorted(weeks))})")
    start, end = weeks[milestone]
    if first:
        if start is None:
            raise fail(f"milestone {milestone!r} is not a window: it has no week_start")
        return str(start)
    return str(end)


def const_marker(name: str) -> str:
    values = constants()
    if name not in values:
        raise fail(f"unknown constant {name!r} (known: {', '.join(sorted(values))})")
    return escape(str(values[name]))


def _amounts() -> Any:
    from site_config import amounts

    return amounts


def amount_marker(name: str, lang: str) -> str:
    """An amount of calculator/amounts.toml with its date stamp and source (HTML)."""
    module = _amounts()
    try:
        return str(module.inline(name, lang))
    except module.AmountError as error:
        raise fail(str(error)) from error


def amounts_block(kind: str) -> Callable[[str], str]:
    def block(lang: str) -> str:
        module = _amounts()
        try:
            return str(getattr(module, f"{kind}_block")(lang))
        except module.AmountError as error:
            raise fail(str(error)) from error

    return block


def name_marker(name_id: str, *, english: bool) -> str:
    from calculator.names import NAMES

    if name_id not in NAMES:
        raise fail(f"unknown name {name_id!r} (known: {', '.join(sorted(NAMES))})")
    name = NAMES[name_id]
    return escape(name.en if english else name.nl)


def checked_marker(lang: str) -> str:
    checked = rules_module().RULES_CHECKED
    return escape(date_text(checked, lang))
