"""A bureau's page on a second origin (another port of 127.0.0.1) and the calculator embedded
in an iframe on it: the ``bureau`` fixture (one second origin per test module), the page and
snippet writers, and waits on the iframe's calculator and its height.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Frame, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from site_config.serve import start_in_thread

BOOT_MS = 90_000
#: The embed posts its height rounded up to a multiple of this (embed-page.js, HEIGHT_STEP).
HEIGHT_STEP = 160
#: The form's "Bereken" button: the first submit button ("Gedaan op…" adds a small "Opslaan"
#: form per step of a result).
CALCULATE = "button[type=submit] >> nth=0"


_counter = itertools.count()


@pytest.fixture(scope="module", name="bureau")
def bureau_origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A second origin (another port of 127.0.0.1) for the bureau's own pages."""
    directory = tmp_path_factory.mktemp("bureau")
    (directory / "index.html").write_text("<!doctype html><title>Bureau</title>", "utf-8")
    url, stop = start_in_thread(directory, "127.0.0.1")
    yield url, directory
    stop()


def bureau_page(bureau: tuple[str, Path], body: str) -> str:
    """Write a bureau page holding ``body``; return its URL on the second origin."""
    url, directory = bureau
    name = f"page-{next(_counter)}.html"
    (directory / name).write_text(
        '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8">'
        "<title>Re-integratiebureau Voorbeeld</title></head>\n<body>\n"
        "<h1>Re-integratiebureau Voorbeeld</h1>\n" + body + "\n</body></html>\n",
        "utf-8",
    )
    return url + name


def embed_snippet(src: str, site_url: str, height: int = 300) -> str:
    return (
        f'<iframe data-spoorwijzer src="{src}" title="Spoorwijzer" width="100%" '
        f'height="{height}" style="border:0"></iframe>\n'
        f'<script src="{site_url}assets/spoorwijzer/embed.js" defer></script>'
    )


def calculator_frame(page: Page) -> Frame:
    handle = page.locator("iframe[data-spoorwijzer]").element_handle(timeout=BOOT_MS)
    assert handle is not None
    frame = handle.content_frame()
    assert frame is not None
    return frame


def wait_ready(frame: Frame | Page) -> None:
    # expect(), not wait_for_function: the site's CSP forbids the eval the latter uses.
    expect(frame.locator("[data-rekenhulp]")).to_have_attribute(
        "data-state", "ready", timeout=BOOT_MS
    )


def wait_result(frame: Frame) -> None:
    expect(frame.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)


def shown_dates(frame: Frame) -> dict[str, str]:
    return frame.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-milestone]')].map(
            (el) => [el.dataset.milestone,
                     [...el.querySelectorAll('.rh-date time')].pop()?.getAttribute('datetime')]))"""
    )


def iframe_height(page: Page) -> float:
    return page.evaluate(
        "document.querySelector('iframe[data-spoorwijzer]').getBoundingClientRect().height"
    )


def content_height(frame: Frame) -> float:
    return frame.evaluate(
        "Math.ceil(document.querySelector('.md-content').getBoundingClientRect().bottom"
        " + window.scrollY)"
    )


IFRAME_HEIGHT_WITHIN = """([low, high]) => {
    const height = document.querySelector('iframe[data-spoorwijzer]')
        .getBoundingClientRect().height;
    return low <= height && height <= high;
}"""


def wait_height_settled(page: Page, frame: Frame) -> float:
    """Wait until the iframe is as tall as its content (within the page's slack and the
    rounding up to a multiple of HEIGHT_STEP).

    The content's height is read in the frame (another origin); the bureau page then waits,
    frame by frame, until embed.js has sized the iframe to it, and again if the content's
    height changed in the meantime.
    """
    content = content_height(frame)
    for _ in range(20):
        try:
            page.wait_for_function(
                IFRAME_HEIGHT_WITHIN, arg=[content, content + HEIGHT_STEP + 40], timeout=10_000
            )
        except PlaywrightTimeoutError:
            break
        if content_height(frame) == content:
            return iframe_height(page)
        content = content_height(frame)
    raise AssertionError(
        f"iframe height {iframe_height(page)} does not follow its content ({content_height(frame)})"
    )


def fill_date(frame: Frame, field: str, iso: str) -> None:
    year, month, day = iso.split("-")
    frame.locator(f"#rh-{field}-day").fill(str(int(day)))
    frame.locator(f"#rh-{field}-month").fill(str(int(month)))
    frame.locator(f"#rh-{field}-year").fill(year)
