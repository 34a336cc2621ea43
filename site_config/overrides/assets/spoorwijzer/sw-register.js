// Spoorwijzer: register the service worker (site/sw.js, scope: the whole site).
// Included on every page by site_config/overrides/main.html (no inline script: CSP).
//
// - After the page has loaded, the worker is asked to keep this page and what it loaded
//   (cache-page; revalidated, so the server answers 304 without a body).
// - The calculator page registers only once its runtime is ready (or has failed), so that
//   nothing starts next to Pyodide; it then asks for the runtime (cache-runtime: the files the
//   page has just downloaded, taken from the browser's HTTP cache), and again when the page
//   is hidden (a calendar may have loaded the ics wheels meanwhile).
// - A content page loads none of the runtime, except on intent: the first pointer over,
//   focus on or touch of a link to the calculator asks the worker to prefetch it at low
//   priority (prefetch-runtime), so the calculator page finds it in the worker's cache. Not
//   when the visitor asked the browser to save data.
(() => {
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  const root = new URL("../../", document.currentScript.src); // assets/spoorwijzer/ -> site root
  const calculatorPaths = ["rekenhulp/", "en/rekenhulp/"].map((p) => new URL(p, root).pathname);
  const calculator = document.querySelector("[data-rekenhulp]");
  let registered = null; // Promise<ServiceWorker | null>

  function pageUrls() {
    const urls = [location.href.split("#")[0]];
    for (const entry of performance.getEntriesByType("resource")) {
      if (entry.name.startsWith(root.href)) urls.push(entry.name.split("#")[0]);
    }
    return urls;
  }

  function calculatorSettled() {
    return ["ready", "failed"].includes(calculator?.dataset.state);
  }

  function whenCalculatorSettled() {
    return new Promise((resolve) => {
      if (calculatorSettled()) {
        resolve();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!calculatorSettled()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(calculator, { attributes: true, attributeFilter: ["data-state"] });
    });
  }

  async function register() {
    try {
      await navigator.serviceWorker.register(new URL("sw.js", root), {
        scope: root.pathname,
        updateViaCache: "none",
      });
    } catch {
      return null; // no offline use, the site works as before
    }
    return (await navigator.serviceWorker.ready).active;
  }

  // The calendar's wheels only once this page asked for a calendar (client.mjs marks it).
  function runtimeMessage() {
    return { type: "cache-runtime", calendar: "calendarAsked" in document.documentElement.dataset };
  }

  function send(worker) {
    if (!worker) return;
    worker.postMessage({ type: "cache-page", urls: pageUrls() });
    if (calculator?.dataset.state === "ready") worker.postMessage(runtimeMessage());
  }

  async function start() {
    if (calculator) await whenCalculatorSettled();
    registered = register();
    send(await registered);
    // A new release took over (skipWaiting): give the new worker this page too.
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      send(navigator.serviceWorker.controller);
    });
    if (calculator) {
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState !== "hidden") return;
        registered.then((worker) => worker?.postMessage(runtimeMessage()));
      });
    }
  }

  // ----- intent: prefetch the runtime on content pages --------------------------------------

  const INTENT = ["pointerover", "focusin", "touchstart"];
  let prefetched = false;

  function isCalculatorLink(target) {
    const link = target instanceof Element ? target.closest("a[href]") : null;
    if (!link) return false;
    const url = new URL(link.href, location.href);
    return url.origin === root.origin && calculatorPaths.includes(url.pathname);
  }

  function onIntent(event) {
    if (prefetched || !isCalculatorLink(event.target)) return;
    prefetched = true;
    for (const type of INTENT) document.removeEventListener(type, onIntent, true);
    if (navigator.connection?.saveData) return;
    navigator.serviceWorker.ready.then((registration) => {
      registration.active?.postMessage({ type: "prefetch-runtime" });
    });
  }

  if (!calculator) {
    for (const type of INTENT) {
      document.addEventListener(type, onIntent, { capture: true, passive: true });
    }
  }

  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
})();
