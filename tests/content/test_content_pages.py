"""The pages in docs/: every page in both languages and in the nav, front matter with a
description of its own, a FAQ whose questions have stable ids, a home page with a way in per
role and per phase, and headings with explicit ids shared with the twin page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from content_pages import ALL, DOCS, DUTCH, ENGLISH, FAQ, FRONT_MATTER, PROSE, ROOT, body

REQUIRED = [
    "index",
    "spoor-1-en-2",
    "spoor-2-in-de-praktijk",
    "spoor-2-uitkomsten",
    "tijdlijn",
    "verplichtingen",
    "bijzondere-situaties",
    "loonsanctie",
    "wia-aanvraag",
    "na-twee-jaar",
    "aow-leeftijd",
    "conflict",
    "geen-gewone-werknemer",
    "geld-tijdens-ziekte",
    "vakantie-tijdens-ziekte",
    "veelgestelde-vragen",
    "begrippen",
    "bronnen",
    "wetswijzigingen",
    "over",
    "rekenhulp",
    "voorbeelden",
    "bureaus",
    # situations: mental health, chronic illness, Ziektewet, WGA and IVA, privacy, company doctor
    "psychische-klachten",
    "chronische-ziekte",
    "ziektewet",
    "wga-en-iva",
    "privacy",
    "bedrijfsarts",
]


def twin(path: Path) -> Path:
    """The other language's version of a page."""
    if path.name.endswith(".en.md"):
        return path.with_name(path.name.removesuffix(".en.md") + ".md")
    return path.with_name(path.name.removesuffix(".md") + ".en.md")


def front_matter(path: Path) -> dict[str, object]:
    match = FRONT_MATTER.match(path.read_text("utf-8"))
    if not match:
        return {}
    data = yaml.safe_load(match.group(1))
    return data if isinstance(data, dict) else {}


# --- pages and front matter ----------------------------------------------------------------


@pytest.mark.parametrize("name", REQUIRED)
def test_every_page_exists_in_dutch_and_english(name: str) -> None:
    assert (DOCS / f"{name}.md").is_file(), name
    assert (DOCS / f"{name}.en.md").is_file(), name


def test_no_page_without_its_twin() -> None:
    dutch = {p.name.removesuffix(".md") for p in DUTCH}
    english = {p.name.removesuffix(".en.md") for p in ENGLISH}
    assert dutch == english


def test_every_page_is_in_the_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    pages: set[str] = set()

    def walk(items: object) -> None:
        if isinstance(items, list):
            for item in items:
                walk(item)
        elif isinstance(items, dict):
            for value in items.values():
                walk(value)
        elif isinstance(items, str):
            pages.add(items)

    walk(config["nav"])
    assert {p.name for p in DUTCH} <= pages


def test_nav_translations_cover_every_dutch_title() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    titles: set[str] = set()

    def walk(items: object) -> None:
        if isinstance(items, list):
            for item in items:
                walk(item)
        elif isinstance(items, dict):
            for key, value in items.items():
                titles.add(str(key))
                walk(value)

    walk(config["nav"])
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    english = next(lang for lang in i18n["languages"] if lang["locale"] == "en")
    assert titles <= set(english["nav_translations"]), titles - set(english["nav_translations"])


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_every_page_has_front_matter_with_a_description(path: Path) -> None:
    meta = front_matter(path)
    description = meta.get("description")
    assert isinstance(description, str), f"{path.name}: no description in the front matter"
    assert 40 <= len(description) <= 300, f"{path.name}: description of {len(description)} chars"
    assert "{{" not in description, f"{path.name}: markers are not filled in front matter"
    assert description.strip() != str(meta.get("title", "")).strip()


def test_descriptions_differ_between_pages() -> None:
    seen: dict[str, str] = {}
    for path in ALL:
        description = str(front_matter(path).get("description", ""))
        assert description not in seen, f"{path.name} repeats {seen.get(description)}"
        seen[description] = path.name


# --- the FAQ: stable anchors ----------------------------------------------------------------

QUESTION = re.compile(r"^### (?P<q>.+\?) \{#(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$")


def faq_questions(lang: str) -> list[tuple[str, str]]:
    return [
        (m.group("q"), m.group("id"))
        for line in body(FAQ[lang]).splitlines()
        if (m := QUESTION.match(line))
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_faq_has_at_least_30_questions(lang: str) -> None:
    assert len(faq_questions(lang)) >= 30, len(faq_questions(lang))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_faq_question_has_a_stable_id(lang: str) -> None:
    """Every question is an h3 heading ending in ``?`` with an explicit ``{#id}``: a link to it
    survives a change of wording and of the week numbers the markers fill in."""
    lines = [line for line in body(FAQ[lang]).splitlines() if line.startswith("### ")]
    bad = [line for line in lines if not QUESTION.match(line)]
    assert not bad, f"questions without a stable id: {bad}"
    assert "??? question" not in body(FAQ[lang]), "a collapsed question has no anchor of its own"
    ids = [qid for _, qid in faq_questions(lang)]
    assert len(ids) == len(set(ids)), "duplicate question ids"
    for qid in ids:
        assert "{{" not in qid and not re.search(r"\d{2}", qid), f"{qid}: no numbers in ids"


def test_faq_ids_are_the_same_in_both_languages() -> None:
    """A shared link works in either language: the English page uses the Dutch ids."""
    assert [i for _, i in faq_questions("nl")] == [i for _, i in faq_questions("en")]
    sections = {
        lang: re.findall(r"^## .+ \{#([a-z0-9-]+)\}\s*$", body(path), re.M)
        for lang, path in FAQ.items()
    }
    assert sections["nl"] == sections["en"]
    assert {"werknemers", "werkgevers", "bureaus"} <= set(sections["nl"])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_faq_answer_links_onwards(lang: str) -> None:
    """Each answer is short; it links a source or the page that explains more."""
    chunks = re.split(r"^### .*$", body(FAQ[lang]), flags=re.M)[1:]
    questions = faq_questions(lang)
    assert len(chunks) == len(questions)
    for (question, _), answer in zip(questions, chunks, strict=True):
        assert "](" in answer, f"no link in the answer to {question!r}"


# --- navigation -----------------------------------------------------------------------------

ROLE_LINKS = {
    "ik-ben-ziek": {"wia-aanvraag.md", "na-twee-jaar.md", "veelgestelde-vragen.md#werknemers"},
    "ik-ben-werkgever": {"loonsanctie.md", "veelgestelde-vragen.md#werkgevers", "na-twee-jaar.md"},
    "ik-werk-bij-een-bureau": {"bureaus.md", "veelgestelde-vragen.md#bureaus", "na-twee-jaar.md"},
}
PHASES = ["net-ziek", "langer-ziek", "tweede-jaar", "na-twee-jaar"]


def sections_by_id(markdown: str) -> dict[str, str]:
    parts = re.split(r"^(?:\s*-)?\s*#{2,3} .*\{#([a-z0-9-]+)\}\s*$", markdown, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("page", ["index.md", "index.en.md"])
def test_home_page_role_entries_link_their_key_pages(page: str) -> None:
    sections = sections_by_id(body(DOCS / page))
    for role, targets in ROLE_LINKS.items():
        links = set(re.findall(r"\]\(([^)]+)\)", sections[role]))
        assert targets <= links, f"{page} {role}: missing {targets - links}"


@pytest.mark.parametrize("page", ["index.md", "index.en.md"])
def test_home_page_has_a_way_in_by_phase(page: str) -> None:
    sections = sections_by_id(body(DOCS / page))
    assert "fasen" in sections
    for phase in PHASES:
        assert phase in sections, f"{page}: no phase {phase}"
        assert len(re.findall(r"\]\([a-z0-9-]+\.md", sections[phase])) >= 2, phase
    assert "na-twee-jaar.md" in sections["na-twee-jaar"]


HEADING = re.compile(r"^(#{2,6}) (.+?)\s*$", re.M)


@pytest.mark.parametrize("path", DUTCH, ids=lambda p: p.name)
def test_every_heading_has_an_explicit_id_shared_with_its_twin(path: Path) -> None:
    """Every heading below the title carries ``{#id}``, and the English twin has the same ids in
    the same order: an anchor shared in one language (a link from the calculator's result, a
    bookmark) works in the other, and rewording a heading never breaks a link."""
    dutch = HEADING.findall(body(path))
    english = HEADING.findall(body(twin(path)))
    missing = [text for _, text in dutch + english if not re.search(r"\{#[a-z0-9-]+\}$", text)]
    assert not missing, f"{path.name}: headings without an explicit id: {missing}"
    ids = [(level, re.findall(r"\{#([a-z0-9-]+)\}$", text)[0]) for level, text in dutch]
    twin_ids = [(level, re.findall(r"\{#([a-z0-9-]+)\}$", text)[0]) for level, text in english]
    assert ids == twin_ids, f"{path.name}: ids differ from its twin"


def test_twin_pages_have_the_same_explicit_ids() -> None:
    """Shared links keep working when the visitor switches language."""
    for path in PROSE:
        if path in ENGLISH:
            continue
        dutch = set(re.findall(r"\{#([a-z0-9-]+)\}", body(path)))
        english = set(re.findall(r"\{#([a-z0-9-]+)\}", body(twin(path))))
        assert dutch == english, f"{path.name}: {sorted(dutch ^ english)}"
