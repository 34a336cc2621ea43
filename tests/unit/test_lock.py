"""The Python lock (.ci/requirements-dev.txt, written by `make lock`) agrees with pyproject.

`make` installs the lock, not pyproject's list: a pin changed in pyproject without `make lock`
would silently install the old version. These tests catch that.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / ".ci" / "requirements-dev.txt"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s\\;]+)", re.M)


def locked() -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in PIN.findall(LOCK.read_text())}


def test_every_dev_pin_is_locked_at_its_version() -> None:
    lock = locked()
    for line in PROJECT["optional-dependencies"]["dev"]:
        requirement = Requirement(line)
        (spec,) = requirement.specifier
        assert spec.operator == "==", f"pin dev tools exactly: {line}"
        found = lock.get(canonicalize_name(requirement.name))
        assert found == spec.version, f"{line}: the lock has {found}; run `make lock`"


def test_the_runtime_dependencies_are_satisfied_by_the_lock() -> None:
    lock = locked()
    for line in PROJECT["dependencies"]:
        requirement = Requirement(line)
        version = lock.get(canonicalize_name(requirement.name))
        assert version is not None and version in requirement.specifier, line


def test_every_locked_package_carries_a_hash() -> None:
    blocks = [block for block in re.split(r"\n(?=\S)", LOCK.read_text()) if PIN.match(block)]
    assert len(blocks) == len(locked()) > 0
    for block in blocks:
        assert "--hash=sha256:" in block, block.splitlines()[0]
