"""The content in docs/: every page in both languages, a full FAQ, no hand-typed milestone
weeks, and external links only to well-formed https addresses of allowed sources."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from calculator.rules import CONSTANTS, nominal_weeks

DOCS = Path(__file__).resolve().parents[2] / "docs"
DUTCH = sorted(p for p in DOCS.glob("*.md") if not p.name.endswith(".en.md"))
ENGLISH = sorted(DOCS.glob("*.en.md"))
ALL = DUTCH + ENGLISH

REQUIRED = [
    "index",
    "spoor-1-en-2",
    "spoor-2-in-de-praktijk",
    "tijdlijn",
    "verplichtingen",
    "bijzondere-situaties",
    "loonsanctie",
    "wia-aanvraag",
    "veelgestelde-vragen",
    "begrippen",
    "bronnen",
    "wetswijzigingen",
    "over",
    "rekenhulp",
    "voorbeelden",
    "bureaus",
]

ALLOWED_HOSTS = {
    "wetten.overheid.nl",
    "zoek.officielebekendmakingen.nl",
    "www.officielebekendmakingen.nl",
    "www.uwv.nl",
    "uwv.nl",
    "www.rijksoverheid.nl",
    "www.government.nl",
    "www.arboportaal.nl",
    "www.juridischloket.nl",
    "www.tweedekamer.nl",
    "www.eerstekamer.nl",
    "www.internetconsultatie.nl",
    "www.autoriteitpersoonsgegevens.nl",
    "www.w3.org",
    "www.belastingdienst.nl",
    "business.gov.nl",
    "www.ondernemersplein.nl",
    "www.nvab-online.nl",
    "www.blik-op-werk.nl",
    "www.oval.nl",
    "www.noloc.nl",
    "www.sociaalverzekeringsrecht.nl",
    "www.rechtspraak.nl",
    "uitspraken.rechtspraak.nl",
    "www.digitoegankelijk.nl",
}
TRACKING = re.compile(r"[?&](utm_|fbclid|gclid|mc_cid|mc_eid|_ga)", re.I)
LINK = re.compile(r"\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>|href=\"(https?://[^\"]+)\"")
# UWV names the report and its form after the week; those official names are allowed.
OFFICIAL_NAMES = re.compile(
    r"42e[- ]week(s)?melding|42nd-week report|42-week report|"
    r"langdurige\s+ziekte\s+in\s+de\s+42e\s+week",
    re.I,
)
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


def text_of(path: Path) -> str:
    return CODE.sub("", path.read_text("utf-8"))


def milestone_weeks() -> set[int]:
    weeks: set[int] = set()
    for first, last in nominal_weeks().values():
        weeks.add(last)
        if first is not None:
            weeks.add(first)
    return weeks - {1}  # "week 1" of a month or a list is not a milestone claim


@pytest.mark.parametrize("name", REQUIRED)
def test_every_page_exists_in_dutch_and_english(name: str) -> None:
    assert (DOCS / f"{name}.md").is_file(), name
    assert (DOCS / f"{name}.en.md").is_file(), name


def test_no_page_without_its_twin() -> None:
    dutch = {p.name.removesuffix(".md") for p in DUTCH}
    english = {p.name.removesuffix(".en.md") for p in ENGLISH}
    assert dutch == english


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_faq_has_at_least_30_questions(lang: str) -> None:
    page = DOCS / ("veelgestelde-vragen.md" if lang == "nl" else "veelgestelde-vragen.en.md")
    text = page.read_text("utf-8")
    questions = re.findall(r"^\s*(?:\?\?\?\+?|!!!) question\b|^#{3,4} .+\?\s*$", text, re.M)
    assert len(questions) >= 30, len(questions)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_no_hand_typed_milestone_weeks(path: Path) -> None:
    """A week number that names a milestone must come from a `{{ sw.week ... }}` marker."""
    text = OFFICIAL_NAMES.sub("", text_of(path))
    forbidden = milestone_weeks()
    hits = [
        m.group(0)
        for m in re.finditer(r"\b(?:week|weken|weeks)\s+(\d+)\b", text, re.I)
        if int(m.group(1)) in forbidden
    ]
    hits += [
        m.group(0)
        for m in re.finditer(
            r"\b(\d+)(?:e|ste|de|th|nd|rd)?[- ]?"
            r"(?:ziekte)?week\b",
            text,
            re.I,
        )
        if int(m.group(1)) in forbidden
    ]
    wachttijd = CONSTANTS["wachttijd_weken"]
    hits += re.findall(rf"\b{wachttijd}\s+(?:weken|weeks)\b", text, re.I)
    assert not hits, f"{path.name}: use markers for {hits}"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_external_links_are_https_to_allowed_sources(path: Path) -> None:
    for match in LINK.finditer(path.read_text("utf-8")):
        url = next(g for g in match.groups() if g)
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert parts.hostname in ALLOWED_HOSTS, url
        assert not TRACKING.search(url), url
        assert " " not in url and parts.netloc, url


def test_no_raw_scripts_or_remote_assets_in_content() -> None:
    for path in ALL:
        if path.name.startswith("rekenhulp"):
            continue
        text = path.read_text("utf-8")
        assert "<script" not in text, path.name
        assert not re.search(r"<(img|iframe|link)[^>]+https?://", text), path.name
