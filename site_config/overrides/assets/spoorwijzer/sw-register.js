// Spoorwijzer: register the service worker (site/sw.js, scope: the whole site).
// Included on every page by site_config/overrides/main.html (no inline script: CSP).
//
// After the page has loaded, the worker is asked to keep this page and what it loaded
// (cache-page). Only the calculator page, once its runtime is ready, also asks for the Pyodide
// runtime and the wheels (cache-runtime): a content page never makes the worker fetch them.
(() => {
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  const root = new URL("../../", document.currentScript.src); // assets/spoorwijzer/ -> site root

  function pageUrls() {
    const urls = [location.href.split("#")[0]];
    for (const entry of performance.getEntriesByType("resource")) {
      if (entry.name.startsWith(root.href)) urls.push(entry.name.split("#")[0]);
    }
    return urls;
  }

  function calculatorReady() {
    const calculator = document.querySelector("[data-rekenhulp]");
    return Boolean(calculator && calculator.dataset.state === "ready");
  }

  function send(worker) {
    if (!worker) return;
    worker.postMessage({ type: "cache-page", urls: pageUrls() });
    if (calculatorReady()) worker.postMessage({ type: "cache-runtime" });
  }

  async function start() {
    let registration;
    try {
      registration = await navigator.serviceWorker.register(new URL("sw.js", root), {
        scope: root.pathname,
        updateViaCache: "none",
      });
    } catch {
      return; // no offline use, the site works as before
    }
    const ready = await navigator.serviceWorker.ready;
    send(ready.active);
    // A new release took over (skipWaiting): give the new worker this page too.
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      send(navigator.serviceWorker.controller);
    });
    const calculator = document.querySelector("[data-rekenhulp]");
    if (calculator && !calculatorReady()) {
      const observer = new MutationObserver(() => {
        if (!calculatorReady()) return;
        observer.disconnect();
        (registration.active || navigator.serviceWorker.controller)?.postMessage({ type: "cache-runtime" });
      });
      observer.observe(calculator, { attributes: true, attributeFilter: ["data-state"] });
    }
  }

  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
})();
