"""The case a visitor describes, read from plain data and checked against the rules.

:func:`read_case` turns the ``case`` object of the JSON boundary into a :class:`Case`, reading
every input of the table in :mod:`calculator.inputs` by its kind; it reports missing and
impossible values. :func:`check_case` then checks the rules the values must obey: the checks
each row declares, and the rules between inputs (order of periods, a leave that fits, an
extension after the normal end). Both collect every problem and raise one
:class:`~calculator.errors.InputErrors`, one error per field, in the GOV.UK priority: missing,
then impossible, then rule.

>>> case = read_case({"periods": [{"start": "2026-01-05"}], "contract_end": "2026-12-31"})
>>> case.first_sick_day, case.contract_end
(datetime.date(2026, 1, 5), datetime.date(2026, 12, 31))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any, TypeVar

from . import law
from .aow import aow_date
from .counting import Leave, Period, count_sick_days, week_of_day
from .dates import add_years, check_range, format_date, parse_date
from .errors import CalculatorError, ImpossibleValueError, InputErrors, MissingValueError
from .holidays import next_working_day
from .inputs import CASE_INPUTS, INPUTS, STEP_INPUTS, Input
from .leave import window
from .rules import EARLIEST_FIRST_SICK_DAY

MAX_PERIODS = 50
MAX_LEAVE_WEEKS = 30  # not law: a WAZO leave longer than this is certainly a typing error
MAX_TEXT = 60  # characters of the visitor's own name for a case
MAX_NUMBER_DIGITS = 6
EARLIEST_BIRTH_YEAR = 1900
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
    """The periods of sickness and every other input, by the input's id (see
    :mod:`calculator.inputs`). The properties give the inputs the rules use, typed."""

    periods: tuple[Period, ...]
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def first_sick_day(self) -> date:
        return self.periods[0].start

    def value(self, input_id: str) -> Any:
        """The input's value, or its default when the visitor left it out."""
        return self.values.get(input_id, INPUTS[input_id].default)

    def date_of(self, input_id: str) -> date | None:
        value = self.value(input_id)
        return value if isinstance(value, date) else None

    @property
    def leave_derived(self) -> bool:
        """The leave is estimated from the due date: no first and last day were entered."""
        return self.value("leave") is None and self.date_of("pregnancy_due") is not None

    @property
    def pregnancy_leave(self) -> Leave | None:
        """The leave as entered, or else as estimated from the due date (WAZO 3:1,
        :mod:`calculator.leave`)."""
        span = self.value("leave")
        due = self.date_of("pregnancy_due")
        if span is None and due is not None:
            estimate = window(due)
            span = (estimate.start, estimate.end)
        if span is None:
            return None
        start, end = span
        return Leave(
            start,
            end,
            same_cause=bool(self.value("leave_same_cause")),
            pregnancy_related=bool(self.value("leave_pregnancy_related")),
        )

    @cached_property
    def actual(self) -> dict[str, date]:
        """The actual dates of steps already taken, by milestone id."""
        found = {row.step: self.date_of(row.id) for row in STEP_INPUTS if row.step}
        return {step: when for step, when in found.items() if when is not None}

    @property
    def loonsanctie(self) -> Sanction | None:
        weeks, repaired = self.value("sanction_weeks"), self.date_of("sanction_repaired")
        if weeks is None and repaired is None:
            return None
        return Sanction(weeks, repaired)

    @property
    def extension_end(self) -> date | None:
        return self.date_of("extension_end")

    @property
    def contract_end(self) -> date | None:
        return self.date_of("contract_end")


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


def _flag(value: Any) -> bool:
    return value is True or value in ("1", "true", "ja", "yes", "on", 1)


# --- reading, one function per kind of input ----------------------------------------------------


def _read_date(raw: Any, row: Input) -> date | None:
    return None if _empty(raw) else parse_date(raw, row.field(), row.label_key())


def _read_date_range(raw: Any, row: Input) -> tuple[date, date] | None:
    if _empty(raw):
        return None
    if not isinstance(raw, Mapping):
        raise ImpossibleValueError("bad_request", row.field("start"))
    if _empty(raw.get("start")) and _empty(raw.get("end")):
        return None
    got = _Collector()
    start = got.take(parse_date, raw.get("start"), row.field("start"), row.label_key("start"))
    end = got.take(parse_date, raw.get("end"), row.field("end"), row.label_key("end"))
    got.raise_if_any()
    assert start is not None and end is not None
    return start, end


def _read_flag(raw: Any, row: Input) -> bool | None:
    """True or False when it differs from the row's default; None (the default) otherwise."""
    value = _flag(raw)
    return None if raw is None or value == bool(row.default) else value


def _read_weeks(raw: Any, row: Input) -> int | None:
    if _empty(raw):
        return None
    text = raw.strip() if isinstance(raw, str) else raw if isinstance(raw, int) else None
    if isinstance(text, bool) or text is None:
        raise ImpossibleValueError("sanction_not_number", row.field(), label=row.label_key())
    text = str(text)
    if not (text.isascii() and text.isdigit()) or len(text) > MAX_NUMBER_DIGITS:
        raise ImpossibleValueError("sanction_not_number", row.field(), label=row.label_key())
    return int(text)


def one_line(text: str) -> str:
    r"""A free text on one line: control characters (NUL, tab, line breaks, ...) become
    spaces, runs of spaces one, none at either end. Every name a visitor gives a case goes
    through here once, so every file made from it (calendar, CSV, spreadsheet) has the same.

    >>> one_line(" dossier\t12\r\n\x00 =1+1 ")
    'dossier 12 =1+1'
    """
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _read_text(raw: Any, row: Input) -> str | None:
    """A short free text (the visitor's own name for a case): control characters become
    spaces; too long is an error."""
    if _empty(raw):
        return None
    if not isinstance(raw, str):
        raise ImpossibleValueError("bad_request", row.field())
    text = one_line(raw)
    if len(text) > MAX_TEXT:
        raise ImpossibleValueError(
            "text_too_long", row.field(), label=row.label_key(), max=MAX_TEXT
        )
    return text or None


READERS: dict[str, Callable[[Any, Input], Any]] = {
    "date": _read_date,
    "date_range": _read_date_range,
    "flag": _read_flag,
    "weeks": _read_weeks,
    "text": _read_text,
}


def _lookup(data: Mapping[str, Any], row: Input, root_empty: bool) -> Any:
    """The raw value at the row's key path; a container that is not an object is an error.
    ``root_empty`` is ``_empty(data)``, worked out once per case rather than once per input."""
    if root_empty:
        return None
    node: Any = data
    for depth, name in enumerate(row.key.split(".")):
        if depth and _empty(node):
            return None
        if not isinstance(node, Mapping):
            first = next(iter(row.parts))
            raise ImpossibleValueError("bad_request", row.field(first if first != "" else ""))
        node = node.get(name)
    return node


def read_case(data: Any) -> Case:
    """A :class:`Case` from the boundary's ``case`` object. Raises :class:`InputErrors`."""
    if not isinstance(data, Mapping):
        raise InputErrors([ImpossibleValueError("bad_request", "request")])
    got = _Collector()
    periods = _read_periods(data.get("periods"), got)
    values: dict[str, Any] = {}
    bad_containers: set[str] = set()
    root_empty = _empty(data)
    for row in CASE_INPUTS:
        if row.kind == "periods" or (row.requires and not set(row.requires) & set(values)):
            continue
        container = row.key.rpartition(".")[0]
        if container in bad_containers:
            continue
        try:
            raw = _lookup(data, row, root_empty)
        except CalculatorError as error:
            bad_containers.add(container)
            got.add(error)
            continue
        value = got.take(READERS[row.kind], raw, row)
        if value is not None:
            values[row.id] = value
    got.raise_if_any()
    return Case(tuple(periods), values)


def _read_periods(value: Any, got: _Collector) -> list[Period]:
    row = INPUTS["periods"]
    if _empty(value):
        got.add(MissingValueError("periods_missing", "periods.0.start", label="periods.first"))
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
        label = row.label_key("first" if index == 0 else "start")
        start = got.take(parse_date, item.get("start"), f"periods.{index}.start", label)
        end_raw = item.get("end")
        end = None
        if not _empty(end_raw):
            end = got.take(parse_date, end_raw, f"periods.{index}.end", row.label_key("end"))
        if start is not None:
            periods.append(Period(start, end))
    return periods


# --- checking the rules -----------------------------------------------------------------------


def check_case(case: Case, today: date) -> None:
    """Check the rules the values must obey. Raises :class:`InputErrors`."""
    got = _Collector()
    first = case.first_sick_day
    far = _add(today, FAR_AHEAD)
    periods = INPUTS["periods"]
    got.take(
        check_range,
        first,
        "periods.0.start",
        periods.label_key("first"),
        EARLIEST_FIRST_SICK_DAY,
        _add(today, LATEST_AHEAD),
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
                periods.label_key("start"),
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
                periods.label_key("end"),
                EARLIEST_FIRST_SICK_DAY,
                far,
            )
        previous_end = period.end
    _check_leave(case, got)
    for row in CASE_INPUTS:
        if row.id in case.values and row.kind in ("date", "date_range", "weeks"):
            _check_row(row, case.values[row.id], first, today, far, got)
    sanction = case.loonsanctie
    if sanction is not None and sanction.weeks is not None and sanction.repaired is not None:
        got.add(CalculatorError("sanction_both", INPUTS["sanction_weeks"].field()))
    if case.value("wia_no_letter") and case.date_of("wia_letter") is not None:
        got.add(CalculatorError("wia_letter_both", INPUTS["wia_letter"].field()))
    got.raise_if_any()
    if case.extension_end is not None:
        _check_extension(case, case.extension_end)
    _check_what_the_law_rules_out(case)


def _check_what_the_law_rules_out(case: Case) -> None:
    """Input the law rules out, refused on its field instead of being accepted and contradicted:

    * an early IVA for someone past the AOW age on the first sick day: "het bereiken of bereikt
      hebben van de pensioengerechtigde leeftijd" is an uitsluitingsgrond (WIA art. 43 onder g),
      so no WIA benefit, early or not;
    * a loonsanctie when the AOW age comes before the end of the wachttijd: UWV extends sick pay
      only "bij de behandeling van de aanvraag, bedoeld in artikel 64" (WIA art. 25 lid 9), and no
      WIA application follows then (WIA art. 43 onder g);
    * UWV's decision that the shortcoming was repaired dated before any loonsanctie could exist:
      the sanction is decided in the handling of the WIA application (WIA art. 25 lid 9), which is
      made after UWV's letter (WIA art. 64 lid 2; UWV: the letter comes after 88 weeks, "Vanaf dat
      moment kunt u een WIA-uitkering aanvragen"). The earliest day: the application's date when
      given, else the letter's, else the first day of week 88.

    An AOW age not yet fixed counts only when even its latest possible date rules the input out.
    """
    count = count_sick_days(case.periods, case.pregnancy_leave)
    first = count.first_sick_day
    base_end = count.day(law.WACHTTIJD.on(first).days)
    birth = case.date_of("birth_date")
    aow = aow_date(birth) if birth is not None else None
    errors = []
    if aow is not None and case.value("early_iva") and aow.latest <= first:
        errors.append(
            CalculatorError("early_iva_after_aow", "early_iva", **_day("aow", aow.latest))
        )
    sanction = case.loonsanctie
    if sanction is not None and aow is not None and aow.latest <= base_end:
        field = "sanction_weeks" if sanction.weeks is not None else "sanction_repaired"
        errors.append(
            CalculatorError(
                "sanction_without_wia", INPUTS[field].field(), **_day("aow", aow.latest)
            )
        )
    elif sanction is not None and sanction.repaired is not None:
        earliest = case.actual.get("wia_aanvraag") or case.date_of("wia_letter")
        letter_from = law.WIA_BRIEF_VAN.on(first).days + 1
        if earliest is None:
            earliest = count.day(letter_from)
        if sanction.repaired < earliest:
            field = INPUTS["sanction_repaired"].field()
            week = week_of_day(letter_from)
            limit = _day("limit", earliest)
            errors.append(CalculatorError("sanction_repaired_too_early", field, week=week, **limit))
    if errors:
        raise InputErrors(errors)


def _day(name: str, day: date) -> dict[str, str]:
    """A date as an error message's parameter, in Dutch and (``NAME_en``) English."""
    return {name: format_date(day, "nl"), f"{name}_en": format_date(day, "en")}


def _check_leave(case: Case, got: _Collector) -> None:
    leave = case.pregnancy_leave
    if leave is None:
        return
    if case.leave_derived:  # estimated from the due date: only where it lies can be wrong
        if leave.start <= case.first_sick_day:
            got.add(CalculatorError("due_date_before_case", INPUTS["pregnancy_due"].field()))
        return
    row = INPUTS["leave"]
    length = (leave.end - leave.start).days + 1
    if leave.end < leave.start:
        got.add(CalculatorError("leave_end_before_start", row.field("end")))
    elif length > MAX_LEAVE_WEEKS * law.DAYS_PER_WEEK:
        got.add(CalculatorError("leave_too_long", row.field("end"), max=MAX_LEAVE_WEEKS))
    elif length < (minimum := law.WAZO_VERLOF_MINIMUM.on(leave.start)).days:
        got.add(CalculatorError("leave_too_short", row.field("end"), min=minimum.weeks))
    first = case.first_sick_day
    if leave.start <= first <= leave.end:
        # WIA art. 23 lid 2: day 1 is "de eerste werkdag ... waarop door de verzekerde wegens
        # ziekte niet is gewerkt": during the leave no day is a working day, so it is the first
        # working day after it (Monday to Friday without Atw holidays, an indication).
        day_1 = next_working_day(leave.end + timedelta(days=1))
        got.add(CalculatorError("illness_began_in_leave", "periods.0.start", **_day("date", day_1)))
    elif leave.start <= first:
        got.add(CalculatorError("leave_outside_case", row.field("start")))


def _check_row(
    row: Input, value: Any, first: date, today: date, far: date, got: _Collector
) -> None:
    """The checks the row declares (:class:`calculator.inputs.Check`)."""
    check = row.check
    if row.kind == "weeks":
        if check.maximum is not None and value > check.maximum[0]:
            got.add(CalculatorError(check.maximum[1], row.field(), max=check.maximum[0]))
        elif check.minimum is not None and value < check.minimum[0]:
            got.add(CalculatorError(check.minimum[1], row.field(), min=check.minimum[0]))
        return
    dates = {"": value} if row.kind == "date" else {"end": value[1]}
    for part, when in dates.items():
        name, label = row.field(part), row.label_key(part)
        if check.after_first_sick_day and when < first:
            got.add(CalculatorError(check.after_first_sick_day, name, label=label))
        elif check.not_after_today and when > today:
            got.add(CalculatorError("actual_after_today", name, label=label))
        if check.in_calculable_range:
            got.take(check_range, when, name, label, EARLIEST_FIRST_SICK_DAY, far)
        if check.years_before_first_sick_day is not None:
            years = check.years_before_first_sick_day
            latest = add_years(first, -years) if first.year > years else date.min
            if when > latest or when.year < EARLIEST_BIRTH_YEAR:
                got.add(
                    CalculatorError(
                        "birth_date_impossible",
                        name,
                        label=label,
                        years=check.years_before_first_sick_day,
                    )
                )


def _check_extension(case: Case, extension_end: date) -> None:
    """A voluntary extension ends after the normal end (WIA 24; no maximum), and is not
    possible once the contract has ended within the 104 weeks (WIA 24 lid 1 onder a)."""
    count = count_sick_days(case.periods, case.pregnancy_leave)
    wachttijd = law.WACHTTIJD.on(count.first_sick_day)
    base_end = count.day(wachttijd.days)
    if case.contract_end is not None and case.contract_end <= base_end:
        error = CalculatorError(
            "extension_after_contract_end", "extension_end", weeks=wachttijd.weeks
        )
        raise InputErrors([error])
    if extension_end <= base_end:
        error = CalculatorError(
            "extension_too_early",
            "extension_end",
            limit=format_date(base_end, "nl"),
            limit_en=format_date(base_end, "en"),
        )
        raise InputErrors([error])


def _add(day: date, delta: timedelta) -> date:
    try:
        return day + delta
    except OverflowError:
        return date.max
