"""How the code is kept: rules a reviewer would otherwise have to remember.

Each test reads the package's and the build's Python source and names the file and line that
breaks the rule, so that the fix is one look away.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from calculator import boundary
from calculator.engine import Milestone, Schedule
from calculator.marks import NOTES, REASONS
from calculator.rules import MILESTONE_RULES, RULES_BY_ID, Rule

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


def test_nothing_adds_to_sys_path() -> None:
    """The build, the tools and the tests import the project's packages as installed
    (pyproject's ``packages``, an editable install): no module puts a folder on sys.path."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "*.py"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout.split("\0")
    found = [
        f"{name}:{n}: {line.strip()}"
        for name in listed
        if name and (ROOT / name).is_file()
        for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
        if "sys.path." + "insert" in line or "sys.path." + "append" in line
    ]
    assert found == []


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
                "iss" + r"ues? [0-9]+",
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
        if not name or name == "CHANGELOG.md" or not path.is_file():
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


def test_wide_rows_are_built_by_name() -> None:
    """A rule, a milestone and a schedule have many fields of one type side by side (texts,
    dates that may be None): built by name only, so that a swap is a type error."""
    for row in (Rule, Milestone, Schedule):
        assert all(f.kw_only for f in fields(row)), row.__name__
    with pytest.raises(TypeError):
        Milestone(RULES_BY_ID["probleemanalyse"], date(2026, 2, 15), None, 6, 6, 42, "open")  # type: ignore[misc]


def test_a_rule_is_read_in_its_row() -> None:
    """How a rule's week is shown and which reasons and notes it can add are fields of its row
    (calculator/rules.py), not tests of its id in the engine or in the answer's texts; each
    mark a row names has its check in calculator/marks.py."""
    engine_and_answer = [p for p in SOURCES if p.name in ("engine.py", "boundary.py", "answer.py")]
    by_id = re.compile(r"""rule\.id (?:==|!=|in|not in) [("']""")
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in engine_and_answer
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if by_id.search(line)
    ]
    assert found == []
    for rule in MILESTONE_RULES:
        assert set(rule.reasons) <= set(REASONS), rule.id
        assert set(rule.notes) <= set(NOTES), rule.id


def test_the_boundary_names_its_actions_and_writes_no_answer() -> None:
    """calculator/boundary.py carries requests: its table of actions is the one list, and its
    docstring names each; the answer's texts are written in calculator/answer.py."""
    named = set(re.findall(r"``(\w+)``", boundary.__doc__ or ""))
    assert set(boundary.ACTIONS) <= named
    source = (ROOT / "calculator/boundary.py").read_text(encoding="utf-8")
    assert not re.search(r"^from \.(texts|roles|outcomes|pay|explained) import", source, re.M)
