"""The content in docs/ as the content tests read it: the Dutch and English pages, the
explanatory pages (``PROSE``) that the rules about prose apply to, a page's body without its
front matter, the FAQ pages, the allowed hosts of external links and the link patterns, and a
page cut into sentences (``units``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
DUTCH = sorted(p for p in DOCS.glob("*.md") if not p.name.endswith(".en.md"))
ENGLISH = sorted(DOCS.glob("*.en.md"))
ALL = DUTCH + ENGLISH
# The calculator pages belong to the calculator's engineer; the rules about prose apply
# to the explanatory pages only (their front matter is checked too).
PROSE = [p for p in ALL if not p.name.startswith("rekenhulp")]


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


CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def body(path: Path) -> str:
    """The Markdown after the front matter, without code."""
    return CODE.sub("", FRONT_MATTER.sub("", path.read_text("utf-8"), count=1))


FAQ = {"nl": DOCS / "veelgestelde-vragen.md", "en": DOCS / "veelgestelde-vragen.en.md"}


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
