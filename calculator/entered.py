"""The dates the visitor entered: which count for the current sickness chain, and when the WIA
application counts as on time.

A visitor may record when a step was done and when UWV's letter about the WIA application
came. :func:`recorded` keeps what belongs to this chain; :func:`application_term` and
:func:`late_application` read the WIA application against WIA art. 64 lid 3 and 6.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from . import law
from .counting import SickCount
from .formulas import ApplicationTerm
from .marks import EARLIER_CHAIN, EARLIER_CHAIN_LETTER, EJE_EARLY
from .model import Case


@dataclass(frozen=True)
class LateApplication:
    """A WIA application after its deadline (WIA 64 lid 3): the delay extends sick pay and the
    opzegverbod (BW 7:629 lid 11 onder a, 7:670 lid 11), unless it counts as on time."""

    deadline: date
    applied: date
    delay: int  # days that extend the end; 0 when it counts as on time
    on_time_by_letter: bool  # WIA 64 lid 6: no letter, or within four weeks of a late letter
    letter_late: bool


@dataclass(frozen=True)
class Recorded:
    """The dates the visitor entered for steps (and UWV's letter), split into what counts for the
    current sickness chain and what does not (step id -> (date, note code))."""

    counted: dict[str, date]
    ignored: dict[str, tuple[date, str]]
    letter: date | None


def recorded(case: Case, count: SickCount) -> Recorded:
    """The entered dates that count for this chain.

    * A date before the first sick day of the current chain belongs to an earlier, closed chain
      (a recovery of four weeks or more: WIA art. 23 lid 3, "minder dan vier weken") and never
      counts for this one: the step is due as if nothing was entered (note ``earlier_chain``).
      The same for the date of UWV's letter.
    * An evaluation held before the window of the eerstejaarsevaluatie (week 46 to 52) is not it:
      the Regeling procesgang art. 4 lid 2 onder b asks for an evaluation "in ieder geval aan het
      einde van het eerste ziektejaar" (note ``eje_early``). So it does not make the step done,
      and it does not move spoor 2: UWV's Werkwijzer Poortwachter sets spoor 2 at the latest six
      weeks after the eerstejaarsevaluatie, which stays the one at the end of the first year
      (until it is held: six weeks after the window's last day). An earlier evaluation that shows
      no prospect of own work means spoor 2 starts at once, as the rule's text says.
    """
    first = count.first_sick_day
    window_start = count.day(law.EERSTEJAARSEVALUATIE_VAN.on(first).days + 1)
    counted: dict[str, date] = {}
    ignored: dict[str, tuple[date, str]] = {}
    for step, day in case.actual.items():
        if day < first:
            ignored[step] = (day, EARLIER_CHAIN)
        elif step == "eerstejaarsevaluatie" and day < window_start:
            ignored[step] = (day, EJE_EARLY)
        else:
            counted[step] = day
    letter = case.date_of("wia_letter")
    if letter is not None and letter < first:
        ignored.setdefault("wia_aanvraag", (letter, EARLIER_CHAIN_LETTER))
        letter = None
    return Recorded(counted, ignored, letter)


def application_term(
    case: Case, count: SickCount, deadline_end: date, entered: Recorded
) -> ApplicationTerm:
    """When the WIA application counts as on time (WIA art. 64 lid 3 and 6; the article's words
    are quoted in :class:`~calculator.formulas.ApplicationTerm`). The 81 and 89 weeks are counted
    in sick days from the first sick day (day 7 x 81 and day 7 x 89); the eleven weeks back from
    the end (with a voluntary extension: its end, WIA 64 lid 3)."""
    first = count.first_sick_day
    regular = deadline_end - timedelta(days=law.WIA_AANVRAAG_VOOR_EINDE.on(deadline_end).days)
    letter = entered.letter
    no_letter = bool(case.value("wia_no_letter"))
    letter_by = count.day(law.WIA_BRIEF_UITERLIJK.on(first).days)
    letter_late = letter is not None and letter > letter_by
    report = entered.counted.get("ziekmelding_uwv")
    # "niet heeft gedaan voor de dag waarop de wachttijd 81 weken heeft geduurd": a report on
    # that day or later forfeits the fiction; without a recorded report it is assumed made.
    report_by = count.day(law.MELDING_VOOR_BESCHERMING.on(first).days)
    protected = report is None or report < report_by
    deadline: date | None = regular
    if protected and no_letter:
        deadline = None
    elif protected and letter is not None and letter_late:
        grace = law.WIA_AANVRAAG_NA_LATE_BRIEF.on(letter).days
        deadline = max(regular, letter + timedelta(days=grace))
    return ApplicationTerm(regular, deadline, letter, letter_late, no_letter, protected)


def late_application(entered: Recorded, term: ApplicationTerm) -> LateApplication | None:
    """A WIA application after the day of lid 3: the delay that extends sick pay (BW 7:629 lid
    11 onder a), or none when WIA 64 lid 6 makes it count as on time."""
    applied = entered.counted.get("wia_aanvraag")
    if applied is None or applied <= term.regular:
        return None
    on_time = term.deadline is None or applied <= term.deadline
    delay = 0 if on_time else (applied - term.regular).days
    return LateApplication(term.regular, applied, delay, on_time, term.letter_late)
