// Spoorwijzer service worker: offline use after one visit, and a clean switch to a new release.
//
// Written to site/sw.js by site_config/hooks/offline.py, which fills in VERSION (a hash of
// every file of the build: pages, assets, runtime and wheels) and RUNTIME (the Pyodide files,
// the wheels and the calculator worker, relative to this file). Served from the site root, so
// its scope covers / and /en/.
//
// - Pages (navigations): network first, the cached copy when the network is down.
// - Everything else of this site: cache first, filled as it is fetched.
// - Nothing is fetched on its own initiative, except on a message from a page:
//   {type: "cache-page", urls}   the page and what it loaded (never /pyodide/ or /wheels/);
//   {type: "cache-runtime"}      RUNTIME, sent only by the calculator page once it is ready.
//   So a content page never loads any of the runtime, not even through this worker.
// - The cache is named after VERSION; activate deletes every other Spoorwijzer cache. When a
//   navigation finds a different version in version.json, this (old) worker stops serving and
//   filling its cache at once, so no page computes with an old rules table while the new
//   worker installs.

const VERSION = "__SPOORWIJZER_VERSION__";
const RUNTIME = ["__SPOORWIJZER_RUNTIME__"];
const PREFIX = "spoorwijzer-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
const RUNTIME_DIRS = ["pyodide/", "wheels/"].map((dir) => new URL(dir, SCOPE).href);

let stale = false; // a newer release is on the server: pass everything through
const inflight = new Map(); // url -> Promise<Response>, one network fetch per url at a time

self.addEventListener("install", (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(deleteOtherCaches());
});

async function deleteOtherCaches() {
  for (const key of await caches.keys()) {
    if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
  }
}

function inScope(url) {
  return url.href.startsWith(SCOPE.href);
}

function isRuntime(href) {
  return RUNTIME_DIRS.some((dir) => href.startsWith(dir));
}

function passThrough(url) {
  const path = url.pathname.slice(SCOPE.pathname.length);
  return path === "sw.js" || path === "version.json";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!inScope(url) || passThrough(url)) return;
  if (request.mode === "navigate") event.respondWith(navigate(event));
  else event.respondWith(asset(event));
});

// What this worker fetches must be the server's current file, not a heuristically fresh
// copy from the HTTP cache (a host may send no Cache-Control): revalidate, which costs a 304.
// (For a navigation this also makes the mode same-origin; its redirect mode stays manual.)
function revalidated(request) {
  return new Request(request, { cache: "no-cache" });
}

// version.json of the server; when it differs from ours, stop using our cache.
async function checkVersion() {
  try {
    const response = await fetch(new URL("version.json", SCOPE), { cache: "no-store" });
    if (!response.ok) return;
    const { version } = await response.json();
    if (version && version !== VERSION) {
      stale = true;
      await caches.delete(CACHE);
      self.registration.update().catch(() => {});
    } else if (version === VERSION) {
      await deleteOtherCaches();
    }
  } catch {
    // offline: keep serving this version
  }
}

async function navigate(event) {
  const request = event.request;
  try {
    const [response] = await Promise.all([fetch(revalidated(request)), checkVersion()]);
    if (response.ok && response.type === "basic" && !stale) {
      const copy = response.clone();
      keepAlive(event, openCache().then((cache) => cache && cache.put(request.url, copy)));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request.url, { cacheName: CACHE, ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function asset(event) {
  if (!stale) {
    const cached = await caches.match(event.request, { cacheName: CACHE, ignoreVary: true });
    if (cached) return cached;
  }
  return fetchAndCache(event.request, event);
}

function keepAlive(event, promise) {
  try {
    event.waitUntil(promise);
  } catch {
    // the event is over; the promise still runs while the worker lives
  }
}

function fetchAndCache(request, event) {
  const key = request.url;
  let pending = inflight.get(key);
  if (!pending) {
    pending = fetch(revalidated(request)).then((response) => {
      if (response.ok && response.type === "basic" && !stale) {
        const copy = response.clone();
        const done = openCache().then((cache) => cache && cache.put(key, copy));
        keepAlive(event, done.catch(() => {}));
      }
      return response;
    });
    inflight.set(key, pending);
    pending.finally(() => inflight.delete(key)).catch(() => {});
  }
  return pending.then((response) => response.clone());
}

// Our cache, or null once a newer release is known (opening would re-create a deleted cache).
async function openCache() {
  if (stale) return null;
  const cache = await caches.open(CACHE);
  return stale ? null : cache;
}

async function cacheUrls(event, urls) {
  const cache = await openCache();
  if (!cache) return;
  await Promise.all(
    urls.map(async (href) => {
      if (await cache.match(href, { ignoreVary: true })) return;
      try {
        await fetchAndCache(new Request(href), event);
      } catch {
        // offline or gone: a later visit tries again
      }
    }),
  );
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "cache-page" && Array.isArray(data.urls)) {
    const urls = data.urls
      .map((href) => new URL(String(href), SCOPE))
      .filter((url) => url.origin === SCOPE.origin && inScope(url) && !passThrough(url))
      .map((url) => url.href.split("#")[0])
      .filter((href) => !isRuntime(href));
    event.waitUntil(cacheUrls(event, [...new Set(urls)]));
  } else if (data.type === "cache-runtime") {
    event.waitUntil(cacheUrls(event, RUNTIME.map((path) => new URL(path, SCOPE).href)));
  } else if (data.type === "version" && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION, stale });
  }
});
