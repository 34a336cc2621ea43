"""The marker grammar: the ``{{ sw.* }}`` markers of docs/ and what fills each.

No week number, date or constant of the law is typed by hand in docs/: the pages carry
markers, and the build (site_config/hooks/markers.py) fills them in from the ``calculator``
package (the same rules table the browser calculator uses). The markers:

Inline, anywhere in a line:

- ``{{ sw.week ID }}``: the illness week the law names for milestone ID (windows: last week);
- ``{{ sw.week_start ID }}``: the first week of a window milestone;
- ``{{ sw.const NAME }}``: a number of ``calculator.rules.CONSTANTS``;
- ``{{ sw.amount ID }}``: an amount in euros of ``calculator/amounts.toml`` with its date stamp
  and its source (``€ 304,25 bruto per dag (vanaf 1 januari 2026; bron: …)``);
- ``{{ sw.name ID }}`` / ``{{ sw.name_en ID }}``: the official (Dutch) name of a step and its
  English words, from ``calculator.names`` (a rename touches that file only);
- ``{{ sw.checked }}``: the date the rules were last checked, in the page's language.

Blocks, alone on a line: ``{{ sw.timeline }}``, ``{{ sw.examples }}``, ``{{ sw.sources }}``,
``{{ sw.worked_examples }}`` (calculator/worked_examples.toml by point of the law),
``{{ sw.link_keys }}`` (the share link's keys from the inputs table),
``{{ sw.csv_columns }}`` (the columns of a CSV file of cases, from the same table),
``{{ sw.first_question }}`` (the home page's first sick day and "Bereken", see start.js),
``{{ sw.fees }}`` (the deskundigenoordeel's fees) and ``{{ sw.amounts }}`` (the current figures
of calculator/amounts.toml), ``{{ sw.aow_ages }}`` (the AOW ages by date of birth, from
``calculator.aow``),
``{{ sw.glossary }}``, ``{{ sw.changes }}``, ``{{ sw.case_inputs }}`` (the calculator's table of
case inputs as a JSON data block, from which the page builds its form) and ``{{ sw.checked }}``.

An unknown marker, an unknown id, a block marker inside a line or anything else that starts
with ``{{ sw.`` and is not a valid marker fails the build with a ``PluginError``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .common import TEXT, fail
from .examples import examples_block, worked_examples_block
from .glossary import glossary_block, glossary_data_block
from .inline import (
    amount_marker,
    amounts_block,
    checked_marker,
    const_marker,
    name_marker,
    week_marker,
)
from .tables import (
    aow_ages_block,
    case_inputs_block,
    changes_block,
    csv_columns_block,
    first_question_block,
    link_keys_block,
    sources_block,
    timeline_block,
)

#: Anything that looks like a marker; validated by ``MARKER``.
ANY_MARKER = re.compile(r"\{\{\s*sw\.[^}]*\}\}|\{\{\s*sw\.")
MARKER = re.compile(r"\{\{\s*sw\.(?P<name>[a-z_]+)(?:\s+(?P<arg>[A-Za-z0-9_]+))?\s*\}\}")


#: Every block marker (alone on a line) and what it becomes.
BLOCKS: dict[str, Callable[[str], str]] = {
    "timeline": timeline_block,
    "examples": examples_block,
    "sources": sources_block,
    "glossary": glossary_block,
    "changes": changes_block,
    # the calculator's form and result: its inputs table and the glossary its result explains
    "case_inputs": lambda lang: case_inputs_block(lang) + glossary_data_block(lang),
    "link_keys": link_keys_block,
    "csv_columns": csv_columns_block,
    "worked_examples": worked_examples_block,
    "first_question": first_question_block,
    "fees": amounts_block("fees"),
    "amounts": amounts_block("amounts"),
    "aow_ages": aow_ages_block,
    "checked": lambda lang: f'<p class="sw-checked">{checked_marker(lang)}</p>',
}


#: Every inline marker: whether it takes an argument, and what it becomes.
INLINE: dict[str, tuple[bool, Callable[[str, str], str]]] = {
    "week": (True, lambda arg, lang: week_marker(arg, first=False)),
    "week_start": (True, lambda arg, lang: week_marker(arg, first=True)),
    "const": (True, lambda arg, lang: const_marker(arg)),
    "amount": (True, amount_marker),
    "name": (True, lambda arg, lang: name_marker(arg, english=False)),
    "name_en": (True, lambda arg, lang: name_marker(arg, english=True)),
    "checked": (False, lambda arg, lang: checked_marker(lang)),
}


def _inline(match: re.Match[str], lang: str) -> str:
    name, arg = match.group("name"), match.group("arg")
    if name not in INLINE:
        if name in BLOCKS:
            raise fail(f"block marker {match.group(0)!r} must stand alone on a line")
        raise fail(f"unknown marker {match.group(0)!r}")
    needs_argument, marker = INLINE[name]
    if needs_argument != (arg is not None):
        raise fail(f"marker {match.group(0)!r}: wrong number of arguments")
    return marker(str(arg or ""), lang)


def replace_markers(markdown: str, lang: str) -> str:
    """Replace every ``{{ sw.* }}`` marker; raise PluginError on anything unknown."""
    if lang not in TEXT:
        raise fail(f"unsupported page language {lang!r}")
    out = []
    for line in markdown.split("\n"):
        if "{{" not in line:
            out.append(line)
            continue
        stripped = line.strip()
        whole = MARKER.fullmatch(stripped)
        if whole and whole.group("name") in BLOCKS and whole.group("arg") is None:
            out.extend(["", BLOCKS[whole.group("name")](lang), ""])
            continue
        for found in ANY_MARKER.finditer(line):
            if not MARKER.fullmatch(found.group(0)):
                raise fail(f"malformed marker {found.group(0)!r}")
        out.append(MARKER.sub(lambda match: _inline(match, lang), line))
    return "\n".join(out)
