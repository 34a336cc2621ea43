"""The case a visitor describes, read from plain data and checked against the rules.

:func:`read_case` turns the ``case`` object of the JSON boundary into a :class:`Case`; it reports
missing and impossible values. :func:`check_case` then checks the rules the values must obey
(order of periods, a leave that fits, a sanction of at most 52 weeks, ...). Both collect every
problem and raise one :class:`~calculator.errors.InputErrors`, one error per field, in the GOV.UK
priority: missing, then impossible, then rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from .counting import Leave, Period, count_sick_days
from .dates import check_range, parse_date
from .errors import CalculatorError, ImpossibleValueError, InputErrors, MissingValueError
from .rules import (
    EARLIEST_FIRST_SICK_DAY,
    MAX_EXTENSION_WEEKS,
    MAX_LEAVE_WEEKS,
    MAX_SANCTION_WEEKS,
    WACHTTIJD_DAYS,
)

MAX_PERIODS = 50
STEPS = ("probleemanalyse", "eerstejaarsevaluatie", "wia_aanvraag")
LATEST_AHEAD = timedelta(days=366)  # a first sick day at most a year from today
FAR_AHEAD = timedelta(days=10 * 366)  # any other date at most ten years from today


@dataclass(frozen=True)
class Sanction:
    """A loonsanctie (WIA 25(9)): its length in weeks, or the date of UWV's decision that the
    shortcoming was repaired."""

    weeks: int | None = None
    repaired: date | None = None


@dataclass(frozen=True)
class Case:
    periods: tuple[Period, ...]
    pregnancy_leave: Leave | None = None
    actual: Mapping[str, date] = field(default_factory=dict)
    loonsanctie: Sanction | None = None
    extension_end: date | None = None
    contract_end: date | None = None

    @property
    def first_sick_day(self) -> date:
        return self.periods[0].start


T = TypeVar("T")


class _Collector:
    """Runs readers and keeps their errors, so that one pass reports every field."""

    def __init__(self) -> None:
        self.errors: list[CalculatorError] = []

    def take(self, read: Callable[..., T], *args: Any) -> T | None:
        try:
            return read(*args)
        except InputErrors as error:
            self.errors.extend(error.errors)
        except CalculatorError as error:
            self.errors.append(error)
        return None

    def add(self, error: CalculatorError) -> None:
        self.errors.append(error)

    def raise_if_any(self) -> None:
        if self.errors:
            raise InputErrors(self.errors)


def _empty(value: Any) -> bool:
    if value is None or value == "" or value == {} or value == []:
        return True
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    return False


def _optional_date(value: Any, field_name: str, label: str) -> date | None:
    return None if _empty(value) else parse_date(value, field_name, label)


def _as_mapping(value: Any, field_name: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ImpossibleValueError("bad_request", field_name)
    return value


def _flag(value: Any) -> bool:
    return value is True or value in ("1", "true", "ja", "yes", "on", 1)


def read_case(data: Any) -> Case:
    """A :class:`Case` from the boundary's ``case`` object. Raises :class:`InputErrors`."""
    if not isinstance(data, Mapping):
        raise InputErrors([ImpossibleValueError("bad_request", "request")])
    got = _Collector()
    periods = _read_periods(data.get("periods"), got)
    leave = got.take(lambda: _read_leave(data.get("pregnancy_leave")))
    actual_data = got.take(lambda: _as_mapping(data.get("actual"), "actual")) or {}
    actual: dict[str, date] = {}
    for step in STEPS:
        value = got.take(_optional_date, actual_data.get(step), f"actual.{step}", step)
        if value is not None:
            actual[step] = value
    sanction = got.take(lambda: _read_sanction(data.get("loonsanctie")))
    extension = got.take(
        lambda: _optional_date(data.get("extension_end"), "extension_end", "extension_end")
    )
    contract = got.take(
        lambda: _optional_date(data.get("contract_end"), "contract_end", "contract_end")
    )
    got.raise_if_any()
    return Case(tuple(periods), leave, actual, sanction, extension, contract)


def _read_periods(value: Any, got: _Collector) -> list[Period]:
    if _empty(value):
        got.add(MissingValueError("periods_missing", "periods.0.start", label="first_sick_day"))
        return []
    if not isinstance(value, list):
        got.add(ImpossibleValueError("bad_request", "periods.0.start"))
        return []
    if len(value) > MAX_PERIODS:
        got.add(CalculatorError("too_many_periods", "periods", max=MAX_PERIODS))
        return []
    periods: list[Period] = []
    for index, item in enumerate(value):
        if not isinstance(item, Mapping):
            got.add(ImpossibleValueError("bad_request", f"periods.{index}.start"))
            continue
        label = "first_sick_day" if index == 0 else "period_start"
        start = got.take(parse_date, item.get("start"), f"periods.{index}.start", label)
        end = got.take(_optional_date, item.get("end"), f"periods.{index}.end", "period_end")
        if start is not None:
            periods.append(Period(start, end))
    return periods


def _read_leave(value: Any) -> Leave | None:
    if _empty(value) or not isinstance(value, Mapping):
        if value is not None and not isinstance(value, Mapping) and not _empty(value):
            raise ImpossibleValueError("bad_request", "pregnancy_leave.start")
        return None
    if _empty(value.get("start")) and _empty(value.get("end")):
        return None
    got = _Collector()
    start = got.take(lambda: parse_date(value.get("start"), "pregnancy_leave.start", "leave_start"))
    end = got.take(lambda: parse_date(value.get("end"), "pregnancy_leave.end", "leave_end"))
    got.raise_if_any()
    assert start is not None and end is not None
    return Leave(start, end, _flag(value.get("same_cause")), _flag(value.get("pregnancy_related")))


def _read_sanction(value: Any) -> Sanction | None:
    if _empty(value):
        return None
    if not isinstance(value, Mapping):
        raise ImpossibleValueError("bad_request", "loonsanctie.weeks")
    weeks_raw, repaired_raw = value.get("weeks"), value.get("repaired")
    if _empty(weeks_raw) and _empty(repaired_raw):
        return None
    if not _empty(weeks_raw) and not _empty(repaired_raw):
        raise CalculatorError("sanction_both", "loonsanctie.weeks")
    if not _empty(repaired_raw):
        return Sanction(repaired=parse_date(repaired_raw, "loonsanctie.repaired", "repaired"))
    text = str(weeks_raw).strip() if isinstance(weeks_raw, (int, str)) else ""
    if isinstance(weeks_raw, bool) or not text.isdigit() or len(text) > 6:
        raise ImpossibleValueError("sanction_not_number", "loonsanctie.weeks")
    return Sanction(weeks=int(text))


def check_case(case: Case, today: date) -> None:
    """Check the rules the values must obey. Raises :class:`InputErrors`."""
    got = _Collector()
    first = case.first_sick_day
    far = _add(today, FAR_AHEAD)
    got.take(
        lambda: check_range(
            first,
            "periods.0.start",
            "first_sick_day",
            EARLIEST_FIRST_SICK_DAY,
            _add(today, LATEST_AHEAD),
        )
    )
    previous_end: date | None = None
    for index, period in enumerate(case.periods):
        if index > 0:
            if previous_end is None:
                got.add(CalculatorError("period_open_not_last", f"periods.{index - 1}.end"))
            elif period.start <= previous_end:
                got.add(CalculatorError("period_unordered", f"periods.{index}.start"))
            got.take(
                check_range,
                period.start,
                f"periods.{index}.start",
                "period_start",
                EARLIEST_FIRST_SICK_DAY,
                far,
            )
        if period.end is not None:
            if period.end < period.start:
                got.add(CalculatorError("end_before_start", f"periods.{index}.end"))
            got.take(
                check_range,
                period.end,
                f"periods.{index}.end",
                "period_end",
                EARLIEST_FIRST_SICK_DAY,
                far,
            )
        previous_end = period.end
    leave = case.pregnancy_leave
    if leave is not None:
        if leave.end < leave.start:
            got.add(CalculatorError("leave_end_before_start", "pregnancy_leave.end"))
        elif (leave.end - leave.start).days + 1 > MAX_LEAVE_WEEKS * 7:
            got.add(CalculatorError("leave_too_long", "pregnancy_leave.end", max=MAX_LEAVE_WEEKS))
        if leave.start <= first:
            got.add(CalculatorError("leave_outside_case", "pregnancy_leave.start"))
        got.take(
            lambda: check_range(
                leave.end, "pregnancy_leave.end", "leave_end", EARLIEST_FIRST_SICK_DAY, far
            )
        )
    for step, when in case.actual.items():
        if when < first:
            got.add(CalculatorError("actual_before_start", f"actual.{step}", label=step))
        elif when > today:
            got.add(CalculatorError("actual_after_today", f"actual.{step}", label=step))
    sanction = case.loonsanctie
    if sanction is not None and sanction.weeks is not None:
        if sanction.weeks > MAX_SANCTION_WEEKS:
            got.add(
                CalculatorError("sanction_too_long", "loonsanctie.weeks", max=MAX_SANCTION_WEEKS)
            )
        elif sanction.weeks < 1:
            got.add(CalculatorError("sanction_too_short", "loonsanctie.weeks"))
    if sanction is not None and sanction.repaired is not None:
        if sanction.repaired < first:
            got.add(
                CalculatorError("actual_before_start", "loonsanctie.repaired", label="repaired")
            )
        got.take(
            lambda: check_range(
                sanction.repaired or first,
                "loonsanctie.repaired",
                "repaired",
                EARLIEST_FIRST_SICK_DAY,
                far,
            )
        )
    if case.contract_end is not None:
        if case.contract_end < first:
            got.add(CalculatorError("contract_end_before_start", "contract_end"))
        got.take(
            lambda: check_range(
                case.contract_end or first,
                "contract_end",
                "contract_end",
                EARLIEST_FIRST_SICK_DAY,
                far,
            )
        )
    got.raise_if_any()
    if case.extension_end is not None:
        _check_extension(case, case.extension_end)


def _check_extension(case: Case, extension_end: date) -> None:
    from .dates import format_date

    base_end = count_sick_days(case.periods, case.pregnancy_leave).day(WACHTTIJD_DAYS)
    latest = base_end + timedelta(weeks=MAX_EXTENSION_WEEKS)
    if extension_end <= base_end:
        raise InputErrors(
            [
                CalculatorError(
                    "extension_too_early",
                    "extension_end",
                    limit=format_date(base_end, "nl"),
                    limit_en=format_date(base_end, "en"),
                )
            ]
        )
    if extension_end > latest:
        raise InputErrors(
            [
                CalculatorError(
                    "extension_too_long",
                    "extension_end",
                    max=MAX_EXTENSION_WEEKS,
                    limit=format_date(latest, "nl"),
                    limit_en=format_date(latest, "en"),
                )
            ]
        )


def _add(day: date, delta: timedelta) -> date:
    try:
        return day + delta
    except OverflowError:
        return date.max
