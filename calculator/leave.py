"""The pregnancy and maternity leave from the due date, as an indication (WAZO art. 3:1).

A pregnant employee knows her due date (the *vermoedelijke datum van bevalling*), not yet the
first and last day of her leave. The Wet arbeid en zorg fixes the leave around that date:

* art. 3:1 lid 2: "Het recht op zwangerschapsverlof bestaat vanaf zes weken voor de dag na de
  vermoedelijke datum van bevalling [...]. Het zwangerschapsverlof gaat in uiterlijk vier weken
  voor de dag na de vermoedelijke datum van bevalling." So the leave starts between
  ``due + 1 day - 6 weeks`` and ``due + 1 day - 4 weeks``;
* art. 3:1 lid 3: "Het bevallingsverlof gaat in op de dag na de bevalling en bedraagt tien
  aaneengesloten weken vermeerderd met het aantal dagen dat het zwangerschapsverlof [...] minder
  dan zes weken heeft bedragen." With a birth on the due date the whole leave therefore lasts
  sixteen weeks from whichever day it began: it ends ``start + 16 weeks - 1 day``.

Which day she chooses, and when the child is born, nobody knows beforehand, so the derived leave
is an indication: the calculator takes the earliest start (six weeks before the day after the
due date) and a birth on the due date, says so, and shows the whole window; the real first and
last day, once entered, replace it.

>>> w = window(date(2026, 9, 1))
>>> [str(d) for d in (w.earliest_start, w.latest_start, w.start, w.end)]
['2026-07-22', '2026-08-05', '2026-07-22', '2026-11-10']
>>> (w.end - w.start).days + 1 == law.WAZO_VERLOF_MINIMUM.on(w.start).days
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from . import law


@dataclass(frozen=True)
class LeaveWindow:
    """When the leave can start, and the leave the calculator assumes."""

    due: date
    earliest_start: date  # six weeks before the day after the due date
    latest_start: date  # four weeks before the day after the due date
    start: date  # assumed: the earliest start
    end: date  # assumed: sixteen weeks from the start (a birth on the due date)
    latest_end: date  # sixteen weeks from the latest start


def window(due: date) -> LeaveWindow:
    """The leave's window for a due date (WAZO art. 3:1 lid 2 and 3), with the periods in
    force on the due date (the start) and on the leave's first day (its length)."""
    day_after = due + timedelta(days=1)
    earliest = day_after - timedelta(days=law.ZWANGERSCHAPSVERLOF_VANAF.on(due).days)
    latest = day_after - timedelta(days=law.ZWANGERSCHAPSVERLOF_UITERLIJK.on(due).days)

    def length(start: date) -> timedelta:
        return timedelta(days=law.WAZO_VERLOF_MINIMUM.on(start).days - 1)

    return LeaveWindow(
        due, earliest, latest, earliest, earliest + length(earliest), latest + length(latest)
    )


__all__ = ["LeaveWindow", "window"]
