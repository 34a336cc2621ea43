"""How the code is kept: rules a reviewer would otherwise have to remember.

Each test reads the package's and the build's Python source and names the file and line that
breaks the rule, so that the fix is one look away.
"""

from __future__ import annotations

import re
import subprocess
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


#: Files being moved by the work on the tools and the worker (a tools folder of their own, the
#: worker's pure parts in modules): their few references go with that move.
BEING_MOVED = frozenset(
    {
        "site_config/bench.py",
        "site_config/chromium.py",
        "site_config/overrides/assets/spoorwijzer/worker.mjs",
    }
)


def test_the_repository_explains_itself() -> None:
    """No file points to what a clone does not have: a tracker's numbers or the documents kept
    beside the project. A comment cites the article, the source or a file of the repository;
    only the CHANGELOG may say which request a change served."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout.split("\0")
    outside = re.compile(
        "|".join(
            (
                "iss" + r"ue [0-9]+",
                "rules" + r"\.md",
                "contract" + r"\.md",
                "stack" + "-notes",
                r"\.\./" + "shared",
            )
        ),
        re.IGNORECASE,
    )
    found = []
    for name in listed:
        path = ROOT / name
        if not name or name == "CHANGELOG.md" or name in BEING_MOVED or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [
            f"{name}:{n}: {line.strip()}"
            for n, line in enumerate(text.splitlines(), 1)
            if outside.search(line)
        ]
    assert found == []
