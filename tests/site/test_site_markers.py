"""The marker hook: known markers become data of the calculator, anything else fails."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from calculator.dates import MONTHS_EN, MONTHS_NL
from calculator.rules import CONSTANTS, MILESTONE_RULES, nominal_weeks
from site_config import amounts
from site_config.markers import common, examples, glossary, grammar, tables

ROOT = Path(__file__).resolve().parents[2]

Builder = Callable[[Path, Path], subprocess.CompletedProcess[str]]


def build(mkdocs_build: Builder, tmp_path: Path, markdown: str) -> tuple[int, str]:
    """Build a one-page site that uses only the marker hook; (exit code, output)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(markdown, "utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: test\n"
        f"docs_dir: {docs}\n"
        f"hooks:\n  - {ROOT / 'site_config' / 'hooks' / 'markers.py'}\n",
        "utf-8",
    )
    result = mkdocs_build(tmp_path / "site", config)
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize(
    "marker",
    [
        "{{ sw.nope }}",
        "{{ sw.week no_such_milestone }}",
        "{{ sw.week_start probleemanalyse }}",  # not a window
        "{{ sw.const no_such_constant }}",
        "{{ sw.week }}",  # argument missing
        "{{ sw.checked extra }}",  # argument not allowed
        "{{ sw.week wia_aanvraag",  # not closed
        "{{ sw.Week wia_aanvraag }}",  # names are lower case
        "Zie {{ sw.timeline }} hier",  # a block marker inside a line
        "{{ sw.amount no_such_amount }}",
        "{{ sw.amount }}",  # argument missing
        "Zie {{ sw.fees }} hier",  # a block marker inside a line
    ],
)
def test_unknown_or_malformed_marker_raises(marker: str) -> None:
    with pytest.raises(PluginError):
        grammar.replace_markers(f"# Titel\n\nTekst {marker} tekst\n", "nl")


def test_unknown_marker_fails_the_strict_build(mkdocs_build: Builder, tmp_path: Path) -> None:
    code, output = build(mkdocs_build, tmp_path, "# Test\n\nWeek {{ sw.wek wia_aanvraag }}.\n")
    assert code != 0
    assert "sw.wek" in output


def test_known_markers_build(mkdocs_build: Builder, tmp_path: Path) -> None:
    code, output = build(mkdocs_build, tmp_path, "# Test\n\nWeek {{ sw.week wia_aanvraag }}.\n")
    assert code == 0, output
    html = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert f"Week {nominal_weeks()['wia_aanvraag'][1]}." in html


def test_inline_markers_come_from_the_rules() -> None:
    weeks = nominal_weeks()
    text = grammar.replace_markers(
        "{{ sw.week wia_aanvraag }}/{{ sw.week_start eerstejaarsevaluatie }}/"
        "{{ sw.week eerstejaarsevaluatie }}/{{ sw.const wachttijd_weken }}",
        "nl",
    )
    assert text == (
        f"{weeks['wia_aanvraag'][1]}/{weeks['eerstejaarsevaluatie'][0]}/"
        f"{weeks['eerstejaarsevaluatie'][1]}/{CONSTANTS['wachttijd_weken']}"
    )


def test_every_contract_constant_and_milestone_is_known() -> None:
    for name in CONSTANTS:
        assert grammar.replace_markers(f"{{{{ sw.const {name} }}}}", "en") == str(CONSTANTS[name])
    for rule in MILESTONE_RULES:
        if not rule.only_if:  # situational milestones (AOW age, ...) have no week of their own
            assert grammar.replace_markers(f"{{{{ sw.week {rule.id} }}}}", "en").isdigit()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_timeline_has_one_row_per_milestone_in_week_order(lang: str) -> None:
    html = tables.timeline_block(lang)
    ids = re.findall(
        r'<tr [^>]*id="tijdlijn-[^"]+" data-milestone="([^"]+)"><td [^>]*>([^<]*)</td>', html
    )
    # the ordinary case: every milestone but the situational ones (AOW age, a contract that ends)
    assert {i for i, _ in ids} == {rule.id for rule in MILESTONE_RULES if not rule.only_if}
    weeks = [int(week.split("–")[-1]) for _, week in ids]
    assert weeks == sorted(weeks)
    assert "<script" not in html


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_examples_render_every_case_with_the_expected_dates(lang: str) -> None:
    from calculator.examples import load_examples

    html = examples.examples_block(lang)
    cases = load_examples()
    assert html.count('<table class="sw-example ') == len(cases)
    for case in cases:
        for milestone, expected in case.expected.items():
            row = re.search(
                rf'data-example="{re.escape(case.id)}".*?<tr [^>]*data-milestone="{milestone}">'
                r"(.*?)</tr>",
                html,
                re.S,
            )
            assert row, (case.id, milestone)
            assert f'datetime="{expected}"' in row.group(1), (case.id, milestone)


def test_an_example_that_does_not_match_fails_the_build() -> None:
    from calculator.examples import Example, parse_period

    example = Example(
        id="x",
        note="",
        periods=(parse_period("2026-01-05"),),
        expected={"wia_aanvraag": "2000-01-01"},
    )
    response = common.calculate(
        {
            "lang": "nl",
            "today": "2026-01-05",
            "case": {"periods": [{"start": "2026-01-05", "end": None}]},
        }
    )
    with pytest.raises(PluginError, match="wia_aanvraag"):
        examples.check_expected(example, response)


def test_inserted_text_is_escaped(tmp_path: Path) -> None:
    file = tmp_path / "glossary.toml"
    file.write_text('[[term]]\nterm = "<b>x</b>"\nnl = "a <script>"\nen = "b & c"\n', "utf-8")
    html = glossary.glossary_block("nl", file)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "a &lt;script&gt;" in html
    assert "&lt;script&gt;" in common.sources_html([{"label": "<script>", "url": '"x'}])
    assert 'href="&quot;x"' in common.sources_html([{"label": "y", "url": '"x'}])


def test_glossary_becomes_abbr_definitions_in_the_page_language() -> None:
    terms = [glossary.Term("probleemanalyse", ("probleemanalyses",), "Nederlands.", "English.")]
    assert glossary.abbreviations("en", terms).splitlines() == [
        "*[probleemanalyse]: English.",
        "*[probleemanalyses]: English.",
    ]
    assert "Nederlands." in glossary.abbreviations("nl", terms)


# --- amounts: one source (calculator/amounts.toml), written with date and source ---------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_amount_is_written_with_its_date_stamp_and_source(lang: str) -> None:
    """An amount never appears without the day or year it applies to and a link to its source:
    the marker writes all three from the same row."""
    for name, row in amounts.current().items():
        text = grammar.replace_markers(f"{{{{ sw.amount {name} }}}}", lang)
        day = row.valid_from
        stamp = (
            f"{day.day} {(MONTHS_EN if lang == 'en' else MONTHS_NL)[day.month - 1]}" if day else ""
        )
        year = str(day.year if day else row.year)
        assert year in text and stamp in text, (name, text)
        assert f'href="{row.url}"' in text, name
        assert amounts.euros(row.euros, lang) in text, name


def test_amounts_are_written_in_each_language_s_style() -> None:
    from decimal import Decimal

    assert amounts.euros(Decimal("304.25"), "nl") == "€ 304,25"
    assert amounts.euros(Decimal("304.25"), "en") == "€304.25"
    assert amounts.euros(Decimal("79409"), "nl") == "€ 79.409"
    assert amounts.euros(Decimal("400"), "en") == "€400"


def test_the_newest_row_of_an_amount_is_shown(tmp_path: Path) -> None:
    """Next year is one added row: the newest valid_from wins, the old row stays as history."""
    path = tmp_path / "amounts.toml"
    row = (
        '[[amount]]\nid = "x"\neuros = "{euros}"\nvalid_from = {day}\nlabel = ["a", "b"]\n'
        'unit = ["c", "d"]\nsource = ["e", "f"]\nurl = "https://www.uwv.nl/"\n'
        "checked = 2026-12-07\n"
    )
    path.write_text(
        row.format(euros="2.50", day="2027-01-01") + row.format(euros="1.00", day="2026-01-01"),
        "utf-8",
    )
    shown = amounts.newest(amounts.load(path))["x"]
    assert str(shown.euros) == "2.50" and shown.stamp("nl") == "vanaf 1 januari 2027"


@pytest.mark.parametrize(
    "broken",
    [
        'id = "x"\neuros = "1"\n',  # no date
        'id = "x"\neuros = "1"\nyear = 2026\nvalid_from = 2026-01-01\n',  # both
        'id = "x"\neuros = "één"\nyear = 2026\n',  # not a number
    ],
)
def test_a_malformed_amount_fails(tmp_path: Path, broken: str) -> None:
    path = tmp_path / "amounts.toml"
    path.write_text(
        "[[amount]]\n" + broken + 'label = ["a", "b"]\nunit = ["c", "d"]\n'
        'source = ["e", "f"]\nurl = "https://www.uwv.nl/"\nchecked = 2026-12-07\n',
        "utf-8",
    )
    with pytest.raises(amounts.AmountError):
        amounts.load(path)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_fees_table_shows_each_fee_once_from_the_amounts(lang: str) -> None:
    html = grammar.replace_markers("{{ sw.fees }}", lang)
    fees = [row for row in amounts.current().values() if row.group == "deskundigenoordeel"]
    assert len(fees) == 2
    for row in fees:
        assert html.count(amounts.euros(row.euros, lang)) == 1
        assert row.url in html and str(row.year) in html


@pytest.mark.parametrize(
    ("lang", "born", "age"),
    [
        # AOW art. 7a; Rijksoverheid: 67 years for 1 Mar 1957 - 31 Dec 1960, 67 years and
        # 3 months for 1 Jan 1961 - 30 Sep 1964 (reached 2028-2031); later ages not yet fixed.
        ("nl", "1 januari 1961 tot en met 30 september 1964", "67 jaar en 3 maanden"),
        ("nl", "1 maart 1957 tot en met 31 december 1960", "67 jaar"),
        ("en", "1 January 1961 to 30 September 1964", "67 years and 3 months"),
    ],
)
def test_aow_ages_come_from_the_calculator_s_table(lang: str, born: str, age: str) -> None:
    html = grammar.replace_markers("{{ sw.aow_ages }}", lang)
    assert re.search(rf">{re.escape(born)}</td><td [^>]*>{re.escape(age)}</td>", html), html
    assert ("vanaf 1 oktober 1964" if lang == "nl" else "from 1 October 1964") in html


def test_a_worked_example_with_another_status_fails_the_build() -> None:
    """The one checker of both example files also reads a worked example's expected status."""
    from calculator.examples import load_worked_examples

    example = next(e for e in load_worked_examples() if e.expected_status)
    request = {"lang": "nl", "today": example.today, "case": example.case}
    response = common.calculate(request)
    examples.check_expected(example, response)  # as written: it matches
    key = next(iter(example.expected_status))
    wrong = replace(example, expected_status={key: "not-a-status"})
    with pytest.raises(PluginError, match=f"{key}: expected status not-a-status"):
        examples.check_expected(wrong, response)
