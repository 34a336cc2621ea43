"""Fixtures of the site tests: the list of built pages, in both languages; and which tests
that use pytest-playwright's ``page`` need a fresh browser profile (see tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitepages import built_pages

#: Tests whose ``page`` must come from a new, empty profile rather than the session's warm
#: context, and why. (Marked here by name, so that the test files need no change; a new test
#: says ``@pytest.mark.fresh_profile`` itself.)
FRESH_PROFILE = frozenset(
    {
        # Asserts that the embedded calculator stores nothing on the device, Cache Storage
        # included: the warm context's Cache Storage holds the runtime of earlier tests.
        "test_the_iframe_grows_with_the_result_and_stores_nothing",
        # Serves a calculator wheel with a planted bug: a memory snapshot kept by an earlier
        # test holds the calculator imported from the real wheel, so the bug would never run.
        "test_an_internal_answer_keeps_the_form_and_offers_the_timeline",
    }
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        name = getattr(item, "originalname", item.name)
        if name in FRESH_PROFILE:
            item.add_marker(pytest.mark.fresh_profile)


@pytest.fixture(scope="session")
def pages(site_dir: Path) -> list[str]:
    return built_pages(site_dir)
