"""Counting sick days and illness weeks: the one place where time is counted.

The law counts *sick days*, not calendar dates (WIA art. 23, BW art. 7:629):

* **Day 1** is the first sick day (*eerste ziektedag*): the first working day on which the
  employee did not work because of illness, or stopped working part-way (WIA 23(2)).
* Every sick day counts, weekends and holidays included. ``day(n)`` is the date of the n-th
  counted sick day, and **week k** is days ``7k-6 .. 7k``: "at the latest in week k" means on or
  before ``day(7k)``. These are illness weeks, never ISO calendar weeks.
* **Samentellen** (WIA 23(3)): periods of sickness separated by a gap of full recovery of less
  than four weeks (27 days or fewer) are added together, whatever the cause. The gap days do
  not count, so every later date moves later by the length of the gap. A gap of 28 days or more
  starts a new 104 weeks with a new day 1.
* **Partial recovery does not stop the clock**: only a full recovery for the own job ends a
  period, so the visitor enters only periods that ended in full recovery.
* **Pregnancy** (WIA 23(3)(a), 23(5)): the days of *zwangerschaps- en bevallingsverlof* never
  count. Periods are added together across the leave only when they "direct voorafgaan aan en
  aansluiten op" the leave (WIA 23 lid 3 onder a 2°; ZW 29 lid 5 and 38 lid 1; BW 7:629 lid 10
  and 7:670 lid 1) and the illness before and after it has the same cause: then the leave is
  bridged (its days are not a gap). "Directly" means that no working day lies between the illness
  and the leave, on either side; working days are Monday to Friday without the Atw holidays (an
  indication: someone who works on Saturdays could have worked in between). Otherwise the leave
  is an ordinary gap, and since it lasts at least 16 weeks a new 104 weeks starts after it. For
  the *opzegverbod* (BW 7:670(1)) pregnancy-related illness before the leave does not count.
* Planning assumes the illness goes on from the last known sick day: past the last period,
  ``day(n)`` continues one calendar day at a time.

Worked example: ill from Monday 5 January 2026 to Tuesday 31 March 2026 (86 days), fit for
20 days, ill again from Tuesday 21 April. Day 86 is 31 March and day 87 is 21 April, so every
date from day 87 on is 20 days later than without the gap:

>>> c = count_sick_days([Period(date(2026, 1, 5), date(2026, 3, 31)), Period(date(2026, 4, 21))])
>>> c.day(86), c.day(87), c.gap_days
(datetime.date(2026, 3, 31), datetime.date(2026, 4, 21), 20)
>>> c.day(364)
datetime.date(2027, 1, 23)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .holidays import is_working_day
from .law import DAYS_PER_WEEK, SAMENTELLEN, WACHTTIJD

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """A period of sickness. ``end`` is the last sick day before full recovery (inclusive);
    ``None`` while the illness goes on."""

    start: date
    end: date | None = None


@dataclass(frozen=True)
class Leave:
    """Pregnancy and maternity leave (WAZO), first and last day inclusive."""

    start: date
    end: date
    same_cause: bool = False  # illness before and after the leave has the same cause
    pregnancy_related: bool = False  # the illness before the leave was pregnancy-related


@dataclass(frozen=True)
class Span:
    """Counted sick days ``start .. end`` (inclusive); ``end`` None means open-ended."""

    start: date
    end: date | None

    @property
    def length(self) -> int | None:
        return None if self.end is None else (self.end - self.start).days + 1


@dataclass(frozen=True)
class SickCount:
    """The sick days of the current 104 weeks, after samentellen and leave."""

    spans: tuple[Span, ...]
    gap_days: int  # calendar days skipped between the spans (not counting bridged leave)
    earlier_periods_dropped: bool  # an earlier chain ended by a gap of 28+ days
    leave_after_wachttijd: bool = False  # the leave began after the 104 weeks: it changes nothing
    #: The leave lay between two periods of the same cause, but a working day separated the
    #: illness from it: not bridged, an ordinary gap.
    leave_not_adjoining: bool = False

    @property
    def first_sick_day(self) -> date:
        return self.spans[0].start

    def day(self, n: int) -> date:
        """The date of the n-th counted sick day (n >= 1). Past the last known sick day the
        illness is assumed to go on."""
        if n < 1:
            raise ValueError("sick days are counted from 1")
        remaining = n
        for span in self.spans:
            length = span.length
            if length is None or remaining <= length:
                return span.start + timedelta(days=remaining - 1)
            remaining -= length
        last_end = self.spans[-1].end
        assert last_end is not None
        return last_end + timedelta(days=remaining)

    def day_number(self, when: date) -> int | None:
        """Which counted sick day ``when`` is, or ``None`` when it is not one (before day 1,
        in a gap, during a leave)."""
        counted = 0
        for span in self.spans:
            if when < span.start:
                return None
            if span.end is None or when <= span.end:
                return counted + (when - span.start).days + 1
            counted += (span.end - span.start).days + 1
        last_end = self.spans[-1].end
        assert last_end is not None
        return counted + (when - last_end).days

    def week_of(self, when: date) -> int | None:
        """The illness week ``when`` falls in, counted as above."""
        number = self.day_number(when)
        return None if number is None else week_of_day(number)

    def skipped_before(self, when: date) -> list[tuple[date, date]]:
        """The calendar days between the spans that lie before ``when`` and are not counted
        (recovered days, a bridged leave), as (first, last) pairs."""
        found = []
        for before, after in zip(self.spans, self.spans[1:], strict=False):
            if before.end is None or after.start > when:
                break
            found.append((before.end + ONE_DAY, after.start - ONE_DAY))
        return found

    def sick_days_until(self, when: date) -> int:
        """How many sick days have been counted up to and including ``when``."""
        counted = 0
        for span in self.spans:
            if when < span.start:
                break
            end = span.end if span.end is not None and span.end < when else when
            counted += (end - span.start).days + 1
        return counted


def split_by_leave(first: date, last: date, leave: Leave | None) -> list[tuple[str, date, date]]:
    """The uncounted days ``first .. last`` as ("gap" | "leave", first, last) parts, so that a
    recovered day beside the leave is never called leave."""
    if leave is None or last < leave.start or first > leave.end:
        return [("gap", first, last)]
    parts = []
    if first < leave.start:
        parts.append(("gap", first, leave.start - ONE_DAY))
    parts.append(("leave", max(first, leave.start), min(last, leave.end)))
    if last > leave.end:
        parts.append(("gap", leave.end + ONE_DAY, last))
    return parts


def week_of_day(n: int) -> int:
    """Illness week of sick day ``n``: days 1-7 are week 1, day 42 is week 6, day 43 week 7."""
    return (n + DAYS_PER_WEEK - 1) // DAYS_PER_WEEK


def _remove(spans: list[Span], start: date, end: date) -> list[Span]:
    """The spans without the days ``start .. end``."""
    kept: list[Span] = []
    for span in spans:
        if (span.end is not None and span.end < start) or span.start > end:
            kept.append(span)
            continue
        if span.start < start:
            kept.append(Span(span.start, start - ONE_DAY))
        if span.end is None or span.end > end:
            kept.append(Span(end + ONE_DAY, span.end))
    return kept


def count_sick_days(
    periods: Sequence[Period], leave: Leave | None = None, *, for_opzegverbod: bool = False
) -> SickCount:
    """Count the sick days of the current 104 weeks.

    ``periods`` are in date order and do not overlap (the caller validates). The result holds
    only the chain of periods that belong to the current 104 weeks: a gap of 28 days or more
    drops everything before it. With ``for_opzegverbod`` pregnancy-related illness before the
    leave is left out (BW 7:670(1)).

    A wachttijd that has ended is complete: a leave that begins after its last day changes
    nothing and starts no new day 1 (WIA 23(1), 23(5) only leave a leave out of the 104 weeks).
    """
    if leave is not None:
        without = _count(periods, None, for_opzegverbod=False)
        if leave.start > without.day(WACHTTIJD.on(without.first_sick_day).days):
            return SickCount(without.spans, without.gap_days, without.earlier_periods_dropped, True)
    return _count(periods, leave, for_opzegverbod=for_opzegverbod)


def _count(periods: Sequence[Period], leave: Leave | None, *, for_opzegverbod: bool) -> SickCount:
    spans = [Span(p.start, p.end) for p in periods]
    if leave is not None:
        spans = _remove(spans, leave.start, leave.end)
        if for_opzegverbod and leave.pregnancy_related:
            spans = [s for s in spans if s.start > leave.end]
    if not spans:
        # Only leave days were sick days: counting starts after the leave.
        assert leave is not None
        spans = [Span(leave.end + ONE_DAY, None)]

    chain: list[Span] = [spans[0]]
    gap_days = 0
    dropped = not_adjoining = False
    for span in spans[1:]:
        previous_end = chain[-1].end
        assert previous_end is not None, "only the last period can be open"
        gap = (span.start - previous_end).days - 1
        if leave is not None and leave.same_cause and previous_end < leave.start <= span.start:
            if _adjoins(previous_end, leave.start) and _adjoins(leave.end, span.start):
                gap -= _overlap(previous_end + ONE_DAY, span.start - ONE_DAY, leave)
            else:
                not_adjoining = True
        # "minder dan vier weken" (WIA 23 lid 3), as in force when the later period began
        if gap >= SAMENTELLEN.on(span.start).days:
            chain, gap_days, dropped = [span], 0, True
        else:
            chain.append(span)
            gap_days += gap
    return SickCount(tuple(chain), gap_days, dropped, leave_not_adjoining=not_adjoining)


def _adjoins(before: date, after: date) -> bool:
    """No working day lies strictly between ``before`` and ``after``: the one "directly"
    precedes the other (WIA 23 lid 3 onder a 2°: "direct voorafgaan aan en aansluiten op")."""
    day = before + ONE_DAY
    while day < after:
        if is_working_day(day):
            return False
        day += ONE_DAY
    return True


def _overlap(start: date, end: date, leave: Leave) -> int:
    """Days of the leave that fall within ``start .. end``."""
    first, last = max(start, leave.start), min(end, leave.end)
    return max(0, (last - first).days + 1)
