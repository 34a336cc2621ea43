"""The marker hook: known markers become data of the calculator, anything else fails."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from calculator.rules import CONSTANTS, MILESTONE_RULES, nominal_weeks  # noqa: E402
from site_config.hooks import markers  # noqa: E402

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
    ],
)
def test_unknown_or_malformed_marker_raises(marker: str) -> None:
    with pytest.raises(PluginError):
        markers.replace_markers(f"# Titel\n\nTekst {marker} tekst\n", "nl")


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
    text = markers.replace_markers(
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
        assert markers.replace_markers(f"{{{{ sw.const {name} }}}}", "en") == str(CONSTANTS[name])
    for rule in MILESTONE_RULES:
        if not rule.only_if:  # situational milestones (AOW age, ...) have no week of their own
            assert markers.replace_markers(f"{{{{ sw.week {rule.id} }}}}", "en").isdigit()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_timeline_has_one_row_per_milestone_in_week_order(lang: str) -> None:
    html = markers.timeline_block(lang)
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

    html = markers.examples_block(lang)
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
        period_texts=("2026-01-05",),
        expected={"wia_aanvraag": "2000-01-01"},
    )
    response = markers.calculate(
        {
            "lang": "nl",
            "today": "2026-01-05",
            "case": {"periods": [{"start": "2026-01-05", "end": None}]},
        }
    )
    with pytest.raises(PluginError, match="wia_aanvraag"):
        markers.check_expected(example, response)


def test_inserted_text_is_escaped(tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.toml"
    glossary.write_text('[[term]]\nterm = "<b>x</b>"\nnl = "a <script>"\nen = "b & c"\n', "utf-8")
    html = markers.glossary_block("nl", glossary)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "a &lt;script&gt;" in html
    assert "&lt;script&gt;" in markers._sources_html([{"label": "<script>", "url": '"x'}])
    assert 'href="&quot;x"' in markers._sources_html([{"label": "y", "url": '"x'}])


def test_glossary_becomes_abbr_definitions_in_the_page_language() -> None:
    terms = [markers.Term("probleemanalyse", ("probleemanalyses",), "Nederlands.", "English.")]
    assert markers.abbreviations("en", terms).splitlines() == [
        "*[probleemanalyse]: English.",
        "*[probleemanalyses]: English.",
    ]
    assert "Nederlands." in markers.abbreviations("nl", terms)
