"""The calculator's result in real Chromium: what is due now, next and late, in order, for
each role; the calendar file (.ics) with its working days and reminders; print; and a role
change after an edit.

Expected dates are derived from the articles the worked examples cite
(calculator/examples.toml); the public holidays of the calendar file from the Algemene
termijnenwet.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_rekenhulp_result.py`` after
``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from rekenhulp_steps import (
    BOOT_MS,
    NL,
    TODAY,
    date_group,
    fill_date,
    fill_periods,
    open_calculator,
    submit,
    wait_result,
)
from waits import wait_animations_settled

pytestmark = pytest.mark.browser


#: Public holidays of the Algemene termijnenwet (art. 3: New Year, Easter and Whit Monday,
#: Christmas, Ascension, King's Day, 5 May; 3(2): Good Friday) from late 2026 to 2028, by hand.
ATW_HOLIDAYS = {
    "2026-12-25", "2026-12-26", "2027-01-01", "2027-03-26", "2027-03-29", "2027-04-27",
    "2027-05-05", "2027-05-06", "2027-05-17", "2027-12-25", "2027-12-26", "2028-01-01",
    "2028-04-14", "2028-04-17", "2028-04-27", "2028-05-05", "2028-05-25", "2028-06-05",
    "2028-12-25", "2028-12-26",
}  # fmt: skip
#: Steps and deadlines: each on a working day in the calendar.
DEADLINES = (
    "melding_arbodienst", "probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv",
    "eerstejaarsevaluatie", "spoor_2", "vervroegde_iva", "reintegratieverslag", "wia_aanvraag",
)  # fmt: skip


def test_the_ics_has_working_days_one_series_reminders_and_the_label(page: Page) -> None:
    """Day 1 is today, Monday 23 November 2026. The probleemanalyse is due at the end of week 6,
    day 42 = Sunday 3 January 2027; Friday 1 January is New Year's Day, so the page advises
    Thursday 31 December 2026, and so does the calendar. Reminders: a week before
    the 42-week report and the WIA application, a day before the probleemanalyse; the
    six-weekly evaluation is one recurring event; the label typed beside the button leads
    every title."""
    from icalendar import Calendar

    open_calculator(page)
    fill_periods(page, [TODAY])
    submit(page)
    wait_result(page)
    advice = page.locator('[data-milestone="probleemanalyse"] .rh-non-working-day')
    expect(advice).to_contain_text("donderdag 31 december 2026")
    page.get_by_label("Naam in je agenda (optioneel)").fill("dossier 12")
    with page.expect_download(timeout=BOOT_MS) as info:
        page.get_by_role("button", name=NL["calendar"]).click()
    download = info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    events = {str(e.get("uid")).split("-2026-11-23")[0]: e for e in calendar.walk("VEVENT")}
    assert set(DEADLINES) <= set(events), sorted(events)
    for step in DEADLINES:
        day = events[step].decoded("dtstart")
        assert day.weekday() < 5 and day.isoformat() not in ATW_HOLIDAYS, (step, day)
    assert str(events["probleemanalyse"].decoded("dtstart")) == "2026-12-31"
    series = [e for e in events.values() if e.get("rrule")]
    assert [str(e.get("uid")).split("-")[0] for e in series] == ["evaluatie"]
    assert dict(series[0].get("rrule"))["INTERVAL"] == [42]

    def reminder(step: str) -> list[str]:
        return [str(a.decoded("trigger")) for a in events[step].walk("VALARM")]

    assert reminder("ziekmelding_uwv") == ["-7 days, 0:00:00"]
    assert reminder("wia_aanvraag") == ["-7 days, 0:00:00"]
    assert reminder("probleemanalyse") == ["-1 day, 0:00:00"]
    for event in events.values():
        assert str(event.get("summary")).startswith("dossier 12: "), event.get("summary")
    # The label went into the form's own field: the next link carries it.
    expect(page.locator("#rh-label")).to_have_value("dossier 12")


def test_role_views_filter_and_show_what_to_do(page: Page) -> None:
    open_calculator(page)
    fill_periods(page, ["2026-01-05"])
    submit(page)
    wait_result(page)
    total = page.locator("[data-milestone]").count()
    for role in ("werkgever", "werknemer", "bureau"):
        page.locator(f"#rh-role-{role}").check()
        shown = page.locator("[data-milestone]:visible")
        assert 0 < shown.count() <= total
        expect(page.locator(f'.rh-todo[data-role="{role}"]:visible').first).to_be_visible()
        assert (
            page.locator(".rh-todo:visible").count()
            == page.locator(f'.rh-todo[data-role="{role}"]:visible').count()
        )
    page.locator("#rh-role-all").check()
    expect(page.locator("[data-milestone]:visible")).to_have_count(total)


def test_print_shows_the_answers_and_the_timeline_without_navigation(page: Page) -> None:
    """On paper: "now" with what is at stake open, the answers, planned and actual side by
    side, then the timeline; steps that are done or passed stay one line (the table has their
    dates), no arithmetic, no navigation, no form (four pages for a typical case: see
    test_reader_access.py)."""
    open_calculator(page, "rekenhulp/#v=1&ziek=2026-01-05&pa=2026-02-20&pva=2026-03-02")
    wait_result(page)
    page.emulate_media(media="print")
    expect(page.locator("[data-milestone]").first).to_be_visible()
    expect(page.locator(".rh-check")).to_be_visible()
    expect(page.locator("[data-now] svg[role=img]")).to_be_visible()
    stake = page.locator('[data-attention-item="ziekmelding_uwv"] .rh-alert__stake')
    expect(stake.first).to_be_visible()
    for hidden in (".md-header", ".md-sidebar--primary", ".rh-form", ".rh-actions", ".md-footer"):
        expect(page.locator(hidden).first).to_be_hidden()
    row = page.locator('.rh-dossier [data-dossier="probleemanalyse"]')
    expect(row).to_be_visible()
    expect(row.locator("td").nth(0)).to_have_text("zondag 15 februari 2026")
    expect(row.locator("td").nth(1)).to_have_text(
        "Gedaan op vrijdag 20 februari 2026 — 5 dagen te laat"
    )
    overdue = page.locator('.rh-dossier [data-dossier="ziekmelding_uwv"] td')
    expect(overdue.nth(0)).to_have_text("maandag 26 oktober 2026")
    expect(overdue.nth(2)).to_have_text("Niet als gedaan ingevuld")
    first = page.locator('[data-milestone="eerste_ziektedag"]')
    expect(first.locator(".rh-milestone__heading")).to_be_visible()
    expect(first.locator(".rh-milestone__body")).to_be_hidden()
    expect(page.locator(".rh-derivation").first).to_be_hidden()
    page.emulate_media(media="screen")
    expect(page.locator(".rh-dossier")).to_be_hidden()


def test_a_role_change_after_an_edit_calculates_the_form_as_it_is_now(page: Page) -> None:
    open_calculator(page)
    fill_periods(page, ["2026-01-05"])
    submit(page)
    wait_result(page)
    date_group(page, "Eerste ziektedag").get_by_label("Dag", exact=True).fill("12")
    page.locator("#rh-role-werkgever").check()
    expect(page).to_have_url(re.compile(r"ziek=2026-01-12&.*rol=werkgever"), timeout=BOOT_MS)
    expect(page.locator('[data-milestone="eerste_ziektedag"] time').first).to_have_attribute(
        "datetime", "2026-01-12"
    )
    expect(page.locator("#rh-role-werkgever")).to_be_focused()
    assert "ziek=2026-01-12&" in page.locator("#rh-share-link").input_value()


# ----- the result answers: now and next, what is late, record what happened --------------------

#: Day 1 is Monday 5 January 2026; today Monday 23 November 2026 is in illness week 47 (day 323).
#: Worked out by hand from the articles cited below:
#: - probleemanalyse: at the latest at the end of week 6, day 42 = Sunday 15 February 2026; done
#:   on Friday 20 February: 5 days late ("late");
#: - plan van aanpak: two calendar weeks after the analysis as done (Regeling procesgang 4(1)),
#:   Friday 6 March; done on Monday 2 March: in time ("done");
#: - 42-week report: the first day after week 42, day 295 = Monday 26 October 2026 (a working
#:   day); not recorded and passed: "overdue", the employer's and the bureau's step;
#: - eerstejaarsevaluatie: the window of weeks 46-52, last day = day 364 = Sunday 3 January 2027:
#:   the next deadline for every role.
LATE_CASE = {
    "periods-0-start": "2026-01-05",
    "actual-probleemanalyse": "2026-02-20",
    "actual-plan_van_aanpak": "2026-03-02",
}
PASTE = """(el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste',
        {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def fill_field(page: Page, field: str, iso: str) -> None:
    """A date field by its id stem ("periods-0-start", "actual-probleemanalyse")."""
    year, month, day = iso.split("-")
    page.locator(f"#rh-{field}-day").fill(str(int(day)))
    page.locator(f"#rh-{field}-month").fill(str(int(month)))
    page.locator(f"#rh-{field}-year").fill(year)


def paste(page: Page, selector: str, text: str) -> None:
    page.locator(selector).evaluate(PASTE, text)


def milestone_order(page: Page) -> list[tuple[str, str]]:
    """(id, the last datetime of its .rh-date) of every [data-milestone], in document order."""
    return page.evaluate(
        """() => [...document.querySelectorAll('[data-milestone]')].map((el) => [
            el.dataset.milestone,
            [...el.querySelectorAll('.rh-date time')].pop()?.getAttribute('datetime')])"""
    )


def axe_report(page: Page) -> str | None:
    from axe_playwright_python.sync_playwright import Axe

    wait_animations_settled(page)
    results = Axe().run(page)
    return results.generate_report() if results.violations_count else None


@pytest.mark.parametrize("viewport", [(390, 844), (1280, 800)], ids=["phone", "desktop"])
def test_the_result_answers_now_next_and_what_is_late(
    page: Page, viewport: tuple[int, int]
) -> None:
    """One boot, several calculations: "Nu en hierna" on the first screen after "Bereken", the
    overdue and late steps in it and in the timeline, the timeline in date order, "Gedaan op…"
    updating status and share link, the role filter, a pasted date, the outdated mark, axe."""
    width, height = viewport
    page.set_viewport_size({"width": width, "height": height})
    open_calculator(page)
    reports: dict[str, str] = {}

    def scan(state: str) -> None:
        report = axe_report(page)
        if report:
            reports[state] = report

    page.locator('details[data-section="steps"] > summary').click()
    for field, iso in LATE_CASE.items():
        fill_field(page, field, iso)
    submit(page)
    wait_result(page)

    # "Nu en hierna" is on the first screen, with the next deadline and its date.
    now = page.locator("[data-now]")
    expect(now).to_be_in_viewport()
    top = now.evaluate("el => el.getBoundingClientRect().top")
    assert 0 <= top < height / 3, top
    next_deadline = now.locator("[data-next]")
    expect(next_deadline).to_be_in_viewport(ratio=1)
    expect(next_deadline).to_have_attribute("data-next", "eerstejaarsevaluatie")
    expect(next_deadline.locator("time[datetime]").first).to_have_attribute(
        "datetime", "2027-01-03"
    )
    expect(now).to_contain_text("Ziekteweek 47 van 104")
    # The picture is an image with a name, described in words by Python's text.
    picture = now.locator("svg[role=img]")
    expect(picture).to_have_accessible_name(re.compile("104 weken"))
    expect(picture).to_have_accessible_description(re.compile("maandag 23 november 2026"))

    # The overdue and the late step, in the panel (date order) and in the timeline.
    items = now.locator("[data-attention-item]")
    expect(items).to_have_count(2)
    for title in items.locator(".rh-alert__title").all():
        expect(title).to_be_in_viewport(ratio=1)
    shown = items.evaluate_all("els => els.map(e => [e.dataset.attentionItem, e.dataset.status])")
    assert shown == [
        ["probleemanalyse", "late"],
        ["ziekmelding_uwv", "overdue"],
    ]
    overdue = now.locator('[data-attention-item="ziekmelding_uwv"]')
    expect(overdue).to_contain_text("Niet als gedaan ingevuld. Al gedaan? Vul de datum in.")
    expect(overdue).to_contain_text("werkgeversportaal")  # what to do now
    expect(overdue.locator("details")).to_contain_text("boete")  # what it risks
    timeline = page.locator(".rh-timeline")
    expect(timeline.locator('[data-milestone="ziekmelding_uwv"]')).to_have_attribute(
        "data-status", "overdue"
    )
    late = timeline.locator('[data-milestone="probleemanalyse"]')
    expect(late).to_have_attribute("data-status", "late")
    expect(late).to_contain_text("Gedaan op vrijdag 20 februari 2026 — 5 dagen te laat")
    expect(timeline.locator('[data-milestone="plan_van_aanpak"]')).to_have_attribute(
        "data-status", "done"
    )
    # Date order (windows by their last day), every milestone with its status.
    order = milestone_order(page)
    assert [d for _, d in order] == sorted(d for _, d in order), order
    assert order[0] == ["eerste_ziektedag", "2026-01-05"]
    statuses = page.locator("[data-milestone]").evaluate_all(
        "els => els.map(e => e.dataset.status)"
    )
    assert set(statuses) <= {"done", "late", "overdue", "today", "soon", "later", "passed"}
    # Passed and done steps are one line that opens; the heading starts with the date.
    done = timeline.locator('[data-milestone="plan_van_aanpak"]')
    toggle = done.get_by_role("button", name=re.compile("^vrijdag 6 maart 2026"))
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(done.locator(".rh-milestone__body")).to_be_hidden()
    toggle.click()
    expect(done.locator(".rh-milestone__body")).to_be_visible()
    expect(
        timeline.get_by_role("heading", name=re.compile("^maandag 26 oktober 2026"))
    ).to_be_visible()
    # How the date was calculated, under the date: day 1, the week, the check, UWV first.
    derivation = timeline.locator('[data-milestone="ziekmelding_uwv"] details.rh-derivation')
    derivation.locator("summary").click()
    expect(derivation).to_contain_text("Ziektedag 294, het einde van week 42")
    expect(derivation).to_contain_text("Een brief of besluit van UWV gaat altijd voor")
    scan("result")

    # "Gedaan op…" in the panel: the report was made on Friday 30 October, 4 days late.
    overdue.get_by_role("button", name=re.compile("^Gedaan op")).click()
    editor = overdue.locator("form.rh-done__panel")
    expect(editor.get_by_label("Dag", exact=True)).to_be_focused()
    scan("done editor")
    fill_date(editor, "2026-10-30")
    editor.get_by_role("button", name="Opslaan").click()
    reported = timeline.locator('[data-milestone="ziekmelding_uwv"]')
    expect(reported).to_have_attribute("data-status", "late")
    expect(reported).to_contain_text("Gedaan op vrijdag 30 oktober 2026 — 4 dagen te laat")
    expect(now.locator('[data-attention-item="ziekmelding_uwv"]')).to_have_attribute(
        "data-status", "late"
    )
    expect(page.locator("#rh-share-link")).to_have_value(re.compile(r"[#&]uwv=2026-10-30(&|$)"))
    expect(page).to_have_url(re.compile(r"[#&]uwv=2026-10-30(&|$)"))
    expect(page.locator("#rh-actual-ziekmelding_uwv-day")).to_have_value("30")

    # The role filters the panel: the 42-week report is not the employee's step.
    page.locator("#rh-role-werknemer").check()
    expect(now.locator("[data-attention-item]")).to_have_count(1)
    expect(now.locator('[data-attention-item="probleemanalyse"]')).to_be_visible()
    expect(now.locator("[data-next]")).to_contain_text("voor de werknemer")
    scan("role view")
    page.locator("#rh-role-all").check()
    expect(now.locator("[data-attention-item]")).to_have_count(2)

    # A whole date pasted into one field: Python splits it; a two-digit year is refused there.
    paste(page, "#rh-periods-0-start-day", "2-1-26")
    expect(page.locator("#rh-periods-0-start-error")).to_contain_text("voluit")
    expect(page.locator("#rh-periods-0-start-year")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("2-1-26")  # kept as pasted
    paste(page, "#rh-periods-0-start-year", "2 januari 2026")
    for part, value in (("day", "2"), ("month", "1"), ("year", "2026")):
        expect(page.locator(f"#rh-periods-0-start-{part}")).to_have_value(value)
    expect(page.locator("#rh-periods-0-start-error")).to_be_hidden()
    # The edit marks the result as outdated until the next "Bereken".
    result = page.locator(".rh-result")
    expect(result).to_have_attribute("data-outdated", "")
    expect(page.locator(".rh-outdated")).to_contain_text("niet meer actueel")
    scan("outdated")
    page.locator(".rh-outdated").get_by_role("button", name="Bereken opnieuw").click()
    expect(result).not_to_have_attribute("data-outdated", "")
    expect(
        page.locator('[data-milestone="eerste_ziektedag"] .rh-date time').first
    ).to_have_attribute("datetime", "2026-01-02")
    assert reports == {}, "\n".join(f"{k}:\n{v}" for k, v in reports.items())
