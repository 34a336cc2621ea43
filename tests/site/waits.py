"""Waits of the browser tests on events and states, never on the clock.

A check that something did *not* happen (no injected handler ran, no runtime file was
fetched) needs the moment after which it could no longer happen; these helpers wait for that
moment through the browser's own events:

- ``wait_images_settled``: every image of a document has loaded or failed, so its ``load``
  and ``error`` handlers (an injected ``onerror``, say) have run.
- ``wait_animations_settled``: no transition or finite animation is running, two frames in
  a row (Material's back-to-top button fades in while a step scrolls the page).
- ``wait_page_idle``: the page's event loop went idle once after its ``load`` event, so what
  its load handlers started has started.
- ``RequestsInFlight``: the requests of a browser context (pages, their workers and the
  service worker) that have started and not yet finished or failed.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Frame, Page, Request

IMAGES_SETTLED = """() => Promise.all([...document.images]
    .filter((img) => !img.complete && img.loading !== "lazy")
    .map((img) => new Promise((done) => {
        img.addEventListener("load", done, { once: true });
        img.addEventListener("error", done, { once: true });
    })))"""

ANIMATIONS_SETTLED = """async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const running = () => document.getAnimations().filter((animation) =>
        animation.playState === "running"
        && animation.effect?.getComputedTiming().endTime !== Infinity);
    for (let quiet = 0; quiet < 2; ) {
        await frame();
        const now = running();
        if (now.length === 0) {
            quiet += 1;
        } else {
            quiet = 0;
            await Promise.all(now.map((animation) => animation.finished.catch(() => null)));
        }
    }
}"""


def wait_images_settled(scope: Page | Frame) -> None:
    """Until every (eager) image of the document has fired ``load`` or ``error``.

    An image is ``complete`` in the same task that fires its ``load`` or ``error`` event, so
    the handlers of a complete image have run; the others are awaited.
    """
    scope.evaluate(IMAGES_SETTLED)


def wait_animations_settled(page: Page) -> None:
    """Until no finite animation or transition runs, for two animation frames in a row."""
    page.evaluate(ANIMATIONS_SETTLED)


def wait_page_idle(page: Page) -> None:
    """Until the page's event loop has gone idle once after its ``load`` event.

    ``requestIdleCallback`` runs when the tasks queued before it (the load handlers and what
    they scheduled to run at once) are done and the browser has nothing urgent left; idle
    callbacks the page asked for earlier run first.
    """
    page.evaluate("() => new Promise((done) => requestIdleCallback(() => done(true)))")


class RequestsInFlight:
    """The requests of ``context`` that ``wanted(url)`` selects, from start to end.

    Chromium reports the requests of pages, of their workers and of the service worker to
    the context; ``wait_until_none`` waits on each open request's own end (its response's
    body finished, or its failure).
    """

    def __init__(self, context: BrowserContext, wanted: Callable[[str], bool]) -> None:
        self.open: list[Request] = []
        self._wanted = wanted
        context.on("request", self._started)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)

    def _started(self, request: Request) -> None:
        if self._wanted(request.url):
            self.open.append(request)

    def _ended(self, request: Request) -> None:
        if request in self.open:
            self.open.remove(request)

    def wait_until_none(self) -> None:
        """Until every selected request that has started has ended."""
        while self.open:
            request = self.open[0]
            response = request.response()  # waits for the response, or None if it failed
            if response is not None:
                response.finished()  # waits for the body
            self._ended(request)
