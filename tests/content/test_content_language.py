"""The words of docs/: Dutch pages that do not mix "je" and "u", employers who are not sent to
the Juridisch Loket, English with one term per concept and without the Dutch "Vraag? Dan ..."
pattern copied word for word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from content_pages import DUTCH, ENGLISH, PROSE, body, units

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
