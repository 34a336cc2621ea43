"""Fixtures of the site tests: the list of built pages, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitepages import built_pages


@pytest.fixture(scope="session")
def pages(site_dir: Path) -> list[str]:
    return built_pages(site_dir)
