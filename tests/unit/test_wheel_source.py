"""The calculator's wheel is built from a copy of its sources that lists ``calculator`` alone:
the development install declares the build's and the tools' packages too (pyproject.toml), and
the browser must not download them."""

from __future__ import annotations

import tomllib
from pathlib import Path

from site_config import wheels


def test_the_wheel_source_lists_the_calculator_alone(tmp_path: Path) -> None:
    declared = tomllib.loads((wheels.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "site_config.tools" in declared["tool"]["setuptools"]["packages"]
    source = wheels._calculator_source(tmp_path / "source")
    config = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["packages"] == ["calculator"]
    assert sorted(p.name for p in source.iterdir()) == ["README.md", "calculator", "pyproject.toml"]
    assert not list(source.rglob("__pycache__"))
