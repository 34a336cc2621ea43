// Spoorwijzer: Material's search index (search/search_index.json, ~0.26 MB brotli) only when
// search is used. Included on every page by site_config/overrides/main.html, before Material's
// bundle (both deferred: this runs first, and both before DOMContentLoaded, when the bundle
// mounts its components and asks for the index).
//
// Material 9.8 requests the index as soon as a page loads (with XMLHttpRequest; its search
// highlighting asks for it even when the search is never opened). This holds that one request
// back until the visitor opens the search (the toggle, a click, the "/" or "s" keys), puts the
// focus in it, or arrives from a search result (?h=); then it is sent unchanged, and the
// search works as before ("Zoeken initialiseren" is shown while the index loads).
(() => {
  const configElement = document.getElementById("__config");
  if (!configElement) return;
  let base;
  try {
    base = new URL(JSON.parse(configElement.textContent).base, location.href);
  } catch {
    return;
  }
  const index = new URL("search/search_index.json", base).href;
  let release;
  const used = new Promise((resolve) => {
    release = resolve;
  });
  const isIndex = (url) => {
    try {
      return new URL(String(url), location.href).href === index;
    } catch {
      return false;
    }
  };

  const { open, send } = XMLHttpRequest.prototype;
  const held = new WeakSet();
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (isIndex(url)) held.add(this);
    else held.delete(this);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (body) {
    if (!held.has(this)) return send.call(this, body);
    used.then(() => send.call(this, body));
    return undefined;
  };
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = input instanceof Request ? input.url : input;
    if (!isIndex(url)) return realFetch.call(this, input, init);
    return used.then(() => realFetch.call(window, input, init));
  };

  if (new URLSearchParams(location.search).has("h")) release();
  const toggle = document.getElementById("__search");
  toggle?.addEventListener("change", () => {
    if (toggle.checked) release();
  });
  document.addEventListener("focusin", (event) => {
    if (event.target instanceof Element && event.target.closest(".md-search")) release();
  });
})();
