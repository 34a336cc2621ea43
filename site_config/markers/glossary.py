"""The glossary (site_config/glossary.toml): its page, its tooltips and its data for the result.

Every page gets ``*[term]: definition`` lines (Python-Markdown's abbr extension) in the page's
language, and only the first mark of each term on a page is kept (:func:`mark_first_terms`)."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from calculator.names import put
from calculator.words import pick

from .common import GLOSSARY_FILE, ROOT, fail


@dataclass(frozen=True)
class Term:
    term: str
    aliases: tuple[str, ...]
    nl: str
    en: str
    gloss_en: str = ""  # the Dutch term in English words, for its first use in English text

    def text(self, lang: str) -> str:
        return pick((self.nl, self.en), lang)


def load_glossary(path: Path | None = None) -> list[Term]:
    """Read glossary.toml (its format is in its header); a malformed entry fails the build.
    A term or text may say ``{name ID}`` for an official name (``calculator.names``)."""
    path = path or GLOSSARY_FILE
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise fail(f"{path.name}: {error}") from error
    terms = []
    for index, entry in enumerate(data.get("term", [])):
        try:
            terms.append(
                Term(
                    term=put(str(entry["term"])),
                    aliases=tuple(put(str(a)) for a in entry.get("aliases", [])),
                    nl=put(str(entry["nl"]).strip()),
                    en=put(str(entry["en"]).strip()),
                    gloss_en=put(str(entry.get("gloss_en", "")).strip()),
                )
            )
        except KeyError as error:
            raise fail(f"{path.name}: term #{index + 1} lacks {error}") from error
    return sorted(terms, key=lambda term: term.term.lower())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def glossary_block(lang: str, path: Path | None = None) -> str:
    terms = load_glossary(path or GLOSSARY_FILE)
    if not terms:
        raise fail(f"{{{{ sw.glossary }}}} needs {GLOSSARY_FILE.relative_to(ROOT)} with terms")
    items = "\n".join(
        f'<dt id="begrip-{slug(term.term)}">{escape(term.term)}</dt>\n'
        f"<dd>{escape(term.text(lang))}</dd>"
        for term in terms
    )
    return f'<dl class="sw-glossary">\n{items}\n</dl>'


def abbreviations(lang: str, terms: Sequence[Term]) -> str:
    """The abbr definitions that turn glossary terms into tooltips on a page."""
    lines = []
    for term in terms:
        definition = " ".join(term.text(lang).split())
        for word in (term.term, *term.aliases):
            if word and "]" not in word:
                lines.append(f"*[{word}]: {definition}")
    return "\n".join(lines)


#: An abbreviation as Python-Markdown's abbr extension writes it.
ABBR = re.compile(r'<abbr title="(?P<title>[^"]*)">(?P<text>.*?)</abbr>', re.S)


#: Elements inside which a term is never marked: links, headings and summaries are
#: interactive or read as one label, and a focusable term inside them would be a second tab
#: stop (or a nested control) in the same place.
NO_TERM = re.compile(r"<(?P<tag>a|h[1-6]|summary|button|label)\b[^>]*>.*?</(?P=tag)>", re.S | re.I)


def mark_first_terms(html: str) -> str:
    """Keep one glossary tooltip per term and page: the first ``<abbr>`` of each explanation
    outside links, headings and summaries gets ``class="sw-term"`` (glossary.js makes it
    focusable and shows the explanation on focus, tap and hover); every other ``<abbr>`` of
    the abbr extension becomes plain text. A term and its aliases share their explanation,
    so ``bedrijfsarts`` and ``bedrijfsartsen`` are marked once between them."""
    blocked = [match.span() for match in NO_TERM.finditer(html)]
    seen: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        title, text = match.group("title"), match.group("text")
        inside = any(start <= match.start() < end for start, end in blocked)
        if inside or title in seen:
            return text
        seen.add(title)
        return f'<abbr class="sw-term" title="{title}">{text}</abbr>'

    return ABBR.sub(replace, html)


def glossary_data_block(lang: str) -> str:
    """The glossary as a JSON data block (``#sw-glossary``) for the calculator's result, which
    explains the terms it uses the way the content pages do (site_config's terms.mjs)."""
    terms = [
        {
            "term": term.term,
            "aliases": list(term.aliases),
            "text": " ".join(term.text(lang).split()),
            "gloss": pick(("", term.gloss_en), lang),
        }
        for term in load_glossary()
    ]
    data = json.dumps(terms, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" id="sw-glossary">{data}</script>'
