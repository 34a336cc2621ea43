"""The content in docs/: every page in both languages with a description, a FAQ whose questions
have stable ids, no hand-typed milestone weeks, a date beside every amount, no amount in euros
typed by hand (they come from calculator/amounts.toml, with date and source), internal links
whose anchors exist, and external links only to well-formed https addresses of allowed
sources."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from markdown.extensions.toc import slugify

from calculator.rules import CONSTANTS, nominal_weeks
from site_config import amounts

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
DUTCH = sorted(p for p in DOCS.glob("*.md") if not p.name.endswith(".en.md"))
ENGLISH = sorted(DOCS.glob("*.en.md"))
ALL = DUTCH + ENGLISH
# The calculator pages belong to the calculator's engineer; the rules about prose below apply
# to the explanatory pages only (their front matter is checked too).
PROSE = [p for p in ALL if not p.name.startswith("rekenhulp")]

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
    "ondernemersplein.kvk.nl",
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
INTERNAL_LINK = re.compile(r"\]\(([a-z0-9/-]+\.md)?(?:#([A-Za-z0-9_-]+))?\)")
# UWV names the report and its form after the week; those official names are allowed.
OFFICIAL_NAMES = re.compile(
    r"42e[- ]week(s)?melding|42nd-week report|42-week report|"
    r"langdurige\s+ziekte\s+in\s+de\s+42e\s+week",
    re.I,
)
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
CONST_MARKER = re.compile(r"\{\{\s*sw\.const\s+(\w+)\s*\}\}")
AMOUNT_MARKER = re.compile(r"\{\{\s*sw\.amount\s+(\w+)\s*\}\}")
ANY_MARKER = re.compile(r"\{\{\s*sw\.[^}]*\}\}")
ATTR = re.compile(r"\s*\{#[^}]*\}\s*$")


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


def body(path: Path) -> str:
    """The Markdown after the front matter, without code."""
    return CODE.sub("", FRONT_MATTER.sub("", path.read_text("utf-8"), count=1))


def text_of(path: Path) -> str:
    return CODE.sub("", path.read_text("utf-8"))


def with_constants(text: str, lang: str = "nl") -> str:
    """``{{ sw.const NAME }}`` replaced by its value, so that ``70 procent`` is seen as such, and
    ``{{ sw.amount ID }}`` by what the build writes (the amount, its date stamp, its source)."""
    text = CONST_MARKER.sub(lambda m: str(CONSTANTS[m.group(1)]), text)
    return AMOUNT_MARKER.sub(lambda m: amounts.inline(m.group(1), lang), text)


def lang_of(path: Path) -> str:
    return "en" if path.name.endswith(".en.md") else "nl"


def milestone_weeks() -> set[int]:
    weeks: set[int] = set()
    for first, last in nominal_weeks().values():
        weeks.add(last)
        if first is not None:
            weeks.add(first)
    return weeks - {1}  # "week 1" of a month or a list is not a milestone claim


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

FAQ = {"nl": DOCS / "veelgestelde-vragen.md", "en": DOCS / "veelgestelde-vragen.en.md"}
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


# --- numbers: weeks, amounts, fees ----------------------------------------------------------


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


AMOUNT = re.compile(r"€\s*\d|\b\d+(?:[.,]\d+)?\s*(?:%|procent\b|percent\b|euros?\b)", re.I)
DATE = re.compile(r"\b(?:19|20)\d{2}\b|\{\{\s*sw\.checked\s*\}\}")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z€(\[*\"'])")


def units(markdown: str) -> Iterator[tuple[str, list[str]]]:
    """Yield (sentence, context) for every sentence of the page, in order; the context is the
    sentence with the one before and the one after it. A table row is one sentence whose context
    also holds its table's header; a list item or paragraph is split into sentences."""
    sentences: list[str] = []
    table_header: dict[int, int] = {}
    header_at: int | None = None
    block: list[str] = []

    def flush() -> None:
        if block:
            text = " ".join(part.strip() for part in block)
            sentences.extend(s for s in SENTENCE_END.split(text) if s.strip())
            block.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            flush()
            if re.fullmatch(r"\|[\s:|-]+\|", stripped):
                continue
            if header_at is None:
                header_at = len(sentences)
            else:
                table_header[len(sentences)] = header_at
            sentences.append(stripped)
            continue
        header_at = None
        if not stripped or re.match(r"(?:[-*+]|\d+\.)\s|#|!!!|<", stripped):
            flush()
        if stripped:
            block.append(re.sub(r"^(?:[-*+]|\d+\.)\s+|^#+\s+", "", stripped))
    flush()
    for index, sentence in enumerate(sentences):
        context = sentences[max(0, index - 1) : index + 2]
        if index in table_header:
            context.append(sentences[table_header[index]])
        yield sentence, context


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_every_amount_has_a_date_within_a_sentence(path: Path) -> None:
    """An amount (€, %, procent, euro) changes over time: the same sentence, the one before or
    the one after it (for a table row: its header) says which year it belongs to."""
    markdown = with_constants(body(path), lang_of(path))
    markdown = LINK.sub("]()", re.sub(r"\]\([^)]*\)", "]()", markdown))
    undated = [
        sentence
        for sentence, context in units(markdown)
        if AMOUNT.search(sentence) and not any(DATE.search(part) for part in context)
    ]
    assert not undated, f"{path.name}: amounts without a date: {undated}"


def test_the_date_rule_finds_an_undated_amount() -> None:
    """The rule above is not vacuous: it flags a bare amount and accepts a dated one."""
    bare = "Je krijgt minstens 70 procent van je loon. Kijk in je cao.\n"
    dated = "In 2026 krijg je minstens 70 procent van je loon. Kijk in je cao.\n"
    table = "| Wie | Kosten (tarief 2026) |\n|---|---|\n| a | b |\n| Werknemer | € 100 |\n"

    def flagged(text: str) -> bool:
        return any(
            AMOUNT.search(sentence) and not any(DATE.search(p) for p in context)
            for sentence, context in units(text)
        )

    assert flagged(bare)
    assert not flagged(dated)
    assert not flagged(table)


EURO = re.compile(r"€\s*\d|\b\d+(?:[.,]\d+)?\s*euros?\b", re.I)


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_no_amount_in_euros_is_typed_by_hand(path: Path) -> None:
    """Amounts change every year: a page writes ``{{ sw.amount ID }}`` or ``{{ sw.fees }}``, and
    the build fills in the figure of calculator/amounts.toml with its date and source. Next
    year is then one edit, and no page keeps last year's fee."""
    typed = [m.group(0) for m in EURO.finditer(body(path))]
    assert not typed, f"{path.name}: amounts typed by hand {typed}; use {{{{ sw.amount ID }}}}"
    for name in AMOUNT_MARKER.findall(body(path)):
        assert name in amounts.current(), f"{path.name}: unknown amount {name!r}"


def test_every_amount_has_a_date_an_allowed_source_and_both_languages() -> None:
    rows = amounts.load()
    assert {row.id for row in rows} >= {
        "maximumdagloon",
        "minimumloon",
        "deskundigenoordeel_werknemer",
        "deskundigenoordeel_werkgever",
    }
    for row in rows:
        assert row.valid_from or row.year, row.id
        assert urlsplit(row.url).hostname in ALLOWED_HOSTS, (row.id, row.url)
        assert not TRACKING.search(row.url), row.id
        assert all(row.label) and all(row.unit) and all(row.source), row.id
        assert row.checked >= (row.valid_from or dt.date(row.year or 1, 1, 1)), row.id


def test_the_deskundigenoordeel_fees_come_from_one_table() -> None:
    """The fees are shown where a reader needs them (the explanation, the employee's conflict
    page, the FAQ) and always through the markers: a fee that changes is edited once."""
    pages = {p.name: body(p) for p in PROSE}
    assert "{{ sw.fees }}" in pages["loonsanctie.md"] and "{{ sw.fees }}" in pages["conflict.md"]
    assert "{{ sw.fees }}" in pages["loonsanctie.en.md"]
    assert "{{ sw.fees }}" in pages["conflict.en.md"]
    faq = pages["veelgestelde-vragen.md"]
    assert "sw.amount deskundigenoordeel_werkgever" in faq


# --- the voluntary extension has no maximum -------------------------------------------------

EXTENSION = re.compile(r"verlenging|verleng|extension|extend", re.I)
SANCTION = re.compile(r"loonsanctie|sanction|max_loonsanctie", re.I)
NO_MAXIMUM = re.compile(r"geen\s+maximum|no\s+maximum", re.I)
A_MAXIMUM = re.compile(
    r"(maximaal|hoogstens|ten hoogste|at most|no more than|up to|tot)\s+"
    r"(\{\{\s*sw\.const\s+\w+\s*\}\}|\d+)\s+(weken|weeks)",
    re.I,
)


def paragraphs(markdown: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n(?=\s*[-*] )", markdown) if p.strip()]


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_voluntary_extension_has_no_maximum_on_the_pages(path: Path) -> None:
    """WIA art. 24 sets no maximum: where a page gives the minimum of the voluntary extension it
    also says there is no maximum, and no page caps the extension."""
    for paragraph in paragraphs(body(path)):
        if not EXTENSION.search(paragraph) or SANCTION.search(paragraph):
            continue
        assert not A_MAXIMUM.search(paragraph), f"{path.name}: a maximum for the extension"
        if "verlenging_min_weken" in paragraph:
            assert NO_MAXIMUM.search(paragraph), f"{path.name}: minimum without 'no maximum'"


def test_the_calculator_accepts_an_extension_longer_than_a_year() -> None:
    """The pages say 'geen maximum'; the calculator must agree (WIA 24)."""
    import json

    from calculator.boundary import handle

    response = json.loads(
        handle(
            json.dumps(
                {
                    "action": "calculate",
                    "lang": "nl",
                    "today": "2026-01-05",
                    "case": {
                        "periods": [{"start": "2026-01-05", "end": None}],
                        "extension_end": "2029-06-30",
                    },
                }
            )
        )
    )
    assert response["ok"], response.get("errors")


# --- who is sent where ----------------------------------------------------------------------

FORMAL = re.compile(r"\b(?:u|uw)\b")
INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw)\b", re.I)


@pytest.mark.parametrize("path", [p for p in PROSE if p in DUTCH], ids=lambda p: p.name)
def test_dutch_pages_do_not_mix_je_and_u(path: Path) -> None:
    """Employees are 'je', employers 'u': one sentence never uses both."""
    mixed = [
        sentence
        for sentence, _ in units(re.sub(r"\]\([^)]*\)", "]()", body(path)))
        if FORMAL.search(sentence) and INFORMAL.search(sentence)
    ]
    assert not mixed, f"{path.name}: je and u in one sentence: {mixed}"


def blocks(markdown: str) -> list[str]:
    return [b for b in re.split(r"\n\s*\n|\n(?=\s*(?:[-*]|\d+\.) )", markdown) if b.strip()]


EMPLOYER_HEADING = re.compile(
    r"voor werkgevers|for employers|ik ben werkgever|i am an employer|\{#werkgevers\}", re.I
)


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_employers_are_not_sent_to_the_juridisch_loket(path: Path) -> None:
    """The Juridisch Loket helps private persons: a block addressed to employers ('u', or an
    employer section) points to their own lawyer, branch organisation or Ondernemersplein."""
    employer_section = False
    for block in blocks(body(path)):
        heading = re.match(r"(?:-\s+)?#+ (.*)", block.strip())
        if heading:
            employer_section = bool(EMPLOYER_HEADING.search(heading.group(1)))
        addressed = FORMAL.search(re.sub(r"\([^)]*\)", "", block)) if path in DUTCH else None
        # A deep link to one of its pages is a citation (the fee); the home page is a referral.
        if (employer_section or addressed) and "juridischloket.nl)" in block:
            pytest.fail(f"{path.name}: employers sent to the Juridisch Loket: {block[:120]}")
    for sentence, _ in units(body(path)):
        if (
            "juridischloket.nl)" in sentence
            and re.search(r"\b(?:werkgevers|employers)\b", sentence, re.I)
            and not re.search(r"werknemer|employee|particulier", sentence, re.I)
        ):
            pytest.fail(f"{path.name}: employers sent to the Juridisch Loket: {sentence[:120]}")


ONE_TERM = {
    r"re-integration bureau": "re-integration agency",
    r"ban on dismissal": "dismissal ban",
    r"legal aid desk": "Legal Services Counter",
    r"\bRIV check\b": "RIV-toets",
    r"What say does": "How much say does",
}


@pytest.mark.parametrize("path", [p for p in PROSE if p in ENGLISH], ids=lambda p: p.name)
def test_english_uses_one_term_per_concept(path: Path) -> None:
    text = body(path)
    for wrong, right in ONE_TERM.items():
        assert not re.search(wrong, text, re.I), f"{path.name}: {wrong!r}, write {right!r}"
    if "juridischloket.nl" in text:
        assert re.search(r"Legal\s+Services\s+Counter", text), f"{path.name}: say what it is"


# The Dutch "Vraag? Dan ..." ("Ben je ziek? Dan ...") copied word for word reads as a translation:
# "Are you ill? Then ...". An English editor writes "If you are ill, ...".
CALQUE = re.compile(r"\?\**\s+\**(?:Then|Ask)\b")


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.name)
def test_english_does_not_copy_the_dutch_question_then_pattern(path: Path) -> None:
    for block in blocks(body(path)):
        if block.lstrip().startswith(("#", "|")):
            continue
        flat = " ".join(block.split())
        found = CALQUE.search(flat)
        assert not found, (
            f"{path.name}: ...{flat[max(0, found.start() - 60) : found.end() + 20]}...: "
            "write 'If ..., ...' as an English editor would"
        )


def test_the_calque_rule_finds_the_pattern() -> None:
    assert CALQUE.search("Are you ill? Then report sick.")
    assert CALQUE.search("**In doubt?** Ask the company doctor.")
    assert not CALQUE.search("Which goal is realistic? Is spoor 2 needed?")


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


def anchors_of(path: Path) -> set[str]:
    """Explicit ``{#id}`` attributes and the ids Python-Markdown gives the other headings."""
    from site_config.markers.grammar import replace_markers

    lang = "en" if path.name.endswith(".en.md") else "nl"
    text = body(path)
    anchors = set(re.findall(r"\{#([A-Za-z0-9_-]+)\}", text))
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.M):
        if "{#" in heading:
            continue
        rendered = ANY_MARKER.sub(lambda m: replace_markers(m.group(0), lang), heading)
        anchors.add(slugify(re.sub(r"[*_`]", "", rendered), "-"))
    return anchors


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_internal_links_point_to_existing_pages_and_anchors(path: Path) -> None:
    for target, anchor in INTERNAL_LINK.findall(body(path)):
        if not target and not anchor:
            continue
        page = DOCS / target if target else path
        if target and path.name.endswith(".en.md") and not target.endswith(".en.md"):
            page = (DOCS / target).with_name(Path(target).name.removesuffix(".md") + ".en.md")
        assert page.is_file(), f"{path.name}: link to missing page {target}"
        if anchor and not anchor.startswith("voorbeeld-") and anchor not in {"__codelineno"}:
            assert anchor in anchors_of(page), f"{path.name}: {target}#{anchor} does not exist"


def test_the_anchor_rule_finds_a_missing_anchor() -> None:
    assert "werkgevers" in anchors_of(FAQ["nl"])
    assert "niet-bestaand" not in anchors_of(FAQ["nl"])


# --- law changes: each item dated ----------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "checked", "unknown"),
    [
        ("wetswijzigingen.md", "Gecontroleerd op", "Wat wij niet weten"),
        ("wetswijzigingen.en.md", "Checked on", "What we do not know"),
    ],
)
def test_every_announced_law_change_has_its_own_checked_on_date(
    page: str, checked: str, unknown: str
) -> None:
    text = body(DOCS / page)
    announced = text[text.index("{#aangekondigd}") : text.index("{#oude-regels}")]
    items = re.split(r"^### ", announced, flags=re.M)[1:]
    assert len(items) >= 3
    for item in items:
        assert re.search(rf"{checked} \d{{1,2}} \w+ 20\d\d", item), item[:80]
    bill = next(item for item in items if "36 869" in item)
    assert unknown in bill
    advice = next(item for item in items if "35 589" in item)
    assert re.search(r"niet\s+besloten|not decided", advice), "'beoogd 2028' must say undecided"


# --- external links -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_external_links_are_https_to_allowed_sources(path: Path) -> None:
    for match in LINK.finditer(path.read_text("utf-8")):
        url = next(g for g in match.groups() if g)
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert parts.hostname in ALLOWED_HOSTS, url
        assert not TRACKING.search(url), url
        assert " " not in url and parts.netloc, url


def cited(markdown: str) -> set[str]:
    """The sources a page links to: a law on wetten.overheid.nl by its BWBR id (pages link
    articles, the sources page the law), any other page by its address."""
    found = set()
    for match in LINK.finditer(markdown):
        url = next(g for g in match.groups() if g)
        law = re.search(r"BWBR\d+", url) if "wetten.overheid.nl" in url else None
        found.add(law.group(0) if law else url)
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_source_a_page_cites_is_on_the_sources_page(lang: str) -> None:
    sources = DOCS / ("bronnen.md" if lang == "nl" else "bronnen.en.md")
    listed = cited(body(sources))
    missing = {
        f"{path.name}: {url}"
        for path in (DUTCH if lang == "nl" else ENGLISH)
        if path != sources
        for url in cited(body(path)) - listed
    }
    assert not missing, f"add to {sources.name}: {sorted(missing)}"


def test_no_raw_scripts_or_remote_assets_in_content() -> None:
    for path in ALL:
        if path.name.startswith("rekenhulp"):
            continue
        text = path.read_text("utf-8")
        assert "<script" not in text, path.name
        assert not re.search(r"<(img|iframe|link)[^>]+https?://", text), path.name


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
