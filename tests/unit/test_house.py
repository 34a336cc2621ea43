"""How the code is kept: rules a reviewer would otherwise have to remember.

Each test reads the package's and the build's Python source and names the file and line that
breaks the rule, so that the fix is one look away.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("calculator/*.py"), *ROOT.glob("site_config/**/*.py")])


def _lines(pattern: re.Pattern[str], skip: frozenset[str] = frozenset()) -> list[str]:
    found = []
    for path in SOURCES:
        name = path.relative_to(ROOT).as_posix()
        if name in skip:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_one_way_to_pick_a_language() -> None:
    """A (Dutch, English) pair is read with calculator.words.pick, never by comparing the
    language by hand or by an index of one's own: a third language or a new default then
    changes one function."""
    by_hand = re.compile(
        r"""lang\w* [!=]= ["'](?:en|nl)["']|["'](?:en|nl)["'] [!=]= lang|1 if lang"""
        r"""|def _?pick\b|^T = tuple"""
    )
    assert _lines(by_hand, frozenset({"calculator/words.py"})) == []
