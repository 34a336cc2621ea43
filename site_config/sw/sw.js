// Spoorwijzer service worker: offline use after one visit, and a clean switch to a new release.
//
// Written to site/sw.js by site_config/hooks/offline.py, which fills in VERSION (a hash of
// every file of the build: pages, assets, runtime and wheels), RUNTIME (the Pyodide files,
// the wheels and the calculator worker, relative to this file, each with the SHA-256 of its
// bytes and its group: "boot", what the first result needs, or "ics", the calendar's wheels)
// and the offline page's Content-Security-Policy (as a header, and without frame-ancestors as
// its meta tag). Served from the site root, so its scope covers / and /en/.
//
// - Pages (navigations): network first, the cached copy when the network is down, and when
//   there is none, an offline page of our own with links to the pages that are kept here
//   (the same page in the other language first).
// - Everything else of this site: cache first, filled as it is fetched. A runtime file is kept
//   only when its bytes have this release's SHA-256, on every path that keeps one (see
//   keepable): one bad download must not stay until the next release. Should one get in all
//   the same, the calculator's worker deletes the runtime from this cache when its boot fails.
// - Every file crosses the network once. A page this worker does not control yet (the first
//   visit) has already downloaded what it uses; on a message from the page the worker keeps
//   those responses:
//   {type: "cache-page", urls}    the page and its assets (never a runtime file),
//                                 revalidated: a 304 without a body from the server;
//   {type: "cache-runtime"}       sent by the calculator page once it is ready and again when
//                                 it is hidden: the runtime files, taken from the browser's
//                                 HTTP cache (only-if-cached, no request at all) and kept only
//                                 when their SHA-256 is the one of this release; a "boot" file
//                                 the HTTP cache no longer holds is fetched, an "ics" wheel
//                                 only looked for when the message says calendar: true (the
//                                 page asked for a calendar), so no probe ever misses;
//   {type: "prefetch-runtime"}    a content page saw intent (pointer over, focus or touch of a
//                                 link to the calculator): fetch the "boot" files at low
//                                 priority, so the calculator page finds them here. Without
//                                 that intent a content page never loads any of the runtime;
//   {type: "idle"} with a port    answered once the work of earlier messages (and the cache
//                                 writes of earlier fetches) is done (tests).
// - The cache is named after VERSION; activate deletes every other Spoorwijzer cache. When a
//   navigation finds a different version in version.json, this (old) worker stops serving and
//   filling its cache at once (and remembers that, see STALE_MARK), so no page computes with an
//   old rules table. It asks the browser for the new worker only when a page has loaded (the
//   page's "cache-page" message), never while a page is still starting: a worker that takes
//   over (skipWaiting) while a page starts its calculator worker can leave that worker's
//   script request hanging in Chromium.

const VERSION = "__SPOORWIJZER_VERSION__";
const RUNTIME = { __SPOORWIJZER_RUNTIME__: ["", "boot"] };
const OFFLINE_POLICY = "__SPOORWIJZER_OFFLINE_POLICY__"; // the header's, with frame-ancestors
const OFFLINE_META_POLICY = "__SPOORWIJZER_OFFLINE_META_POLICY__"; // without: a meta tag cannot
const PREFIX = "spoorwijzer-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
const RUNTIME_DIRS = ["pyodide/", "wheels/"].map((dir) => new URL(dir, SCOPE).href);
// href -> the SHA-256 this release's file has: no runtime file is kept with other bytes.
const RUNTIME_DIGESTS = new Map(Object.entries(RUNTIME).map(([path, [digest]]) => [new URL(path, SCOPE).href, digest]));

// A newer release is on the server: pass everything through. Also kept as an empty cache,
// STALE_MARK, so that this worker still knows after the browser has stopped and restarted it;
// the new release's worker deletes the mark with every other cache of ours.
const STALE_MARK = CACHE + "-stale";
let stale = false;
const staleKnown = caches.has(STALE_MARK).then(
  (has) => {
    if (has) stale = true;
  },
  () => {},
);
const inflight = new Map(); // url -> Promise<Response>, one network fetch per url at a time
const busy = new Set(); // the work of messages still running (see "idle")

function track(promise) {
  busy.add(promise);
  promise.finally(() => busy.delete(promise)).catch(() => {});
  return promise;
}

async function idle() {
  while (busy.size) await Promise.allSettled([...busy]);
}

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
  return RUNTIME_DIGESTS.has(href) || RUNTIME_DIRS.some((dir) => href.startsWith(dir));
}

function sitePath(url) {
  return url.pathname.slice(SCOPE.pathname.length);
}

function passThrough(url) {
  const path = sitePath(url);
  return path === "sw.js" || path === "version.json";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!inScope(url) || passThrough(url)) return;
  const respond = request.mode === "navigate" ? navigate : asset;
  event.respondWith(staleKnown.then(() => respond(event)));
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
      await caches.open(STALE_MARK);
      await caches.delete(CACHE);
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
    const page = await offlinePage(new URL(request.url)).catch(() => null);
    if (page) return page;
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
  if (!event) return;
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
        const done = keepable(key, response.clone()).then(async (copy) => {
          const cache = copy && (await openCache());
          if (cache) await cache.put(key, copy);
        });
        keepAlive(event, track(done).catch(() => {}));
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
  await staleKnown;
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

// ----- the runtime: every file once -------------------------------------------------------

async function sha256(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// `response` as it may be kept in our cache, or null. A runtime file only with the SHA-256 of
// this release's file (RUNTIME): a download cut off half-way (a deploy still running, a
// connection lost) or a file another release left under the same name is passed on to the
// page this once, never kept, so a later visit asks the host again. A file in the runtime's
// folders that this release does not list is not kept either. Other files are kept as they
// are.
async function keepable(href, response) {
  if (!isRuntime(href)) return response;
  const digest = RUNTIME_DIGESTS.get(href);
  return digest ? checked(response, digest) : null;
}

// A copy of `response` whose body has `digest`, or null.
async function checked(response, digest) {
  const body = await response.arrayBuffer();
  if ((await sha256(body)) !== digest) return null;
  const headers = new Headers(response.headers);
  headers.delete("Content-Encoding"); // the body is decoded already
  headers.delete("Content-Length");
  return new Response(body, { status: 200, statusText: "OK", headers });
}

// The response the page already received, from the browser's HTTP cache without any request
// ("only-if-cached"), as a Response to keep: null when the HTTP cache does not hold it or holds
// other bytes than this release's (an older copy a host let the browser keep).
async function fromHttpCache(href, digest) {
  let response;
  try {
    response = await fetch(href, { cache: "only-if-cached", mode: "same-origin" });
  } catch {
    return null;
  }
  if (!response.ok || response.type !== "basic") return null;
  return checked(response, digest);
}

// Keep the runtime files of `groups` in our cache. `network`: fetch a "boot" file that is in
// neither cache (at `priority`); "ics" wheels are only ever taken from the HTTP cache.
async function keepRuntime(event, { groups, network, priority }) {
  const cache = await openCache();
  if (!cache) return;
  await Promise.all(
    Object.entries(RUNTIME)
      .filter(([, [, group]]) => groups.includes(group))
      .map(async ([path, [digest, group]]) => {
        const href = new URL(path, SCOPE).href;
        try {
          if (await cache.match(href, { ignoreVary: true })) return;
          if (inflight.has(href)) {
            await inflight.get(href); // a page's request through this worker keeps it
            return;
          }
          const kept = await fromHttpCache(href, digest);
          if (kept) {
            if (!stale) await cache.put(href, kept);
          } else if (network && group === "boot") {
            await fetchAndCache(new Request(href, { priority }), event);
          }
        } catch {
          // offline or gone: a later visit tries again
        }
      }),
  );
}

// ----- the offline page -------------------------------------------------------------------

const OFFLINE_TEXT = {
  nl: {
    title: "Offline",
    heading: "Je bent offline",
    intro: "Deze pagina is nog niet op dit apparaat bewaard. Zodra je weer verbinding hebt, werkt ze gewoon.",
    counterpart: "Deze pagina in het Engels is wel bewaard:",
    saved: "Op dit apparaat bewaard:",
    none: "Er is nog geen pagina op dit apparaat bewaard.",
    other: "en",
  },
  en: {
    title: "Offline",
    heading: "You are offline",
    intro: "This page has not been saved on this device yet. Once you are connected again, it works as usual.",
    counterpart: "This page in Dutch has been saved:",
    saved: "Saved on this device:",
    none: "No page has been saved on this device yet.",
    other: "nl",
  },
};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The same page in the other language: en/x/ <-> x/.
function counterpartPath(path) {
  return path.startsWith("en/") ? path.slice(3) : "en/" + path;
}

async function savedPages(cache) {
  const pages = [];
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    const path = sitePath(url);
    if (url.search || !(path === "" || path.endsWith("/") || path.endsWith(".html"))) continue;
    const response = await cache.match(request, { ignoreVary: true });
    const text = response ? await response.text() : "";
    const match = /<title>([^<]*)<\/title>/i.exec(text);
    const title = match ? match[1].replace(/&amp;/g, "&").replace(/\s+-\s+Spoorwijzer$/, "") : "";
    pages.push({ path, title: title.trim() || path || "/" });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

async function offlinePage(url) {
  const cache = await caches.open(CACHE);
  const path = sitePath(url);
  const lang = path.startsWith("en/") ? "en" : "nl";
  const t = OFFLINE_TEXT[lang];
  const pages = await savedPages(cache);
  const link = (page, hreflang) =>
    `<a href="${escapeHtml(new URL(page.path, SCOPE).pathname)}"` +
    (hreflang ? ` hreflang="${hreflang}" lang="${hreflang}"` : "") +
    `>${escapeHtml(page.title)}</a>`;
  const counterpart = pages.find((page) => page.path === counterpartPath(path));
  const others = pages.filter((page) => page !== counterpart);
  // The theme's stylesheet and ours, when kept: the offline page looks like the site.
  const stylesheets = (await cache.keys())
    .map((request) => new URL(request.url))
    .filter((u) => /^assets\/(stylesheets\/main\.[0-9a-f]+\.min|spoorwijzer\/site)\.css$/.test(sitePath(u)))
    .sort((a) => (a.pathname.includes("/stylesheets/") ? -1 : 1)); // the theme's first
  const parts = [
    "<!doctype html>",
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(OFFLINE_META_POLICY)}">`,
    `<title>${t.title} - Spoorwijzer</title>`,
    ...stylesheets.map((u) => `<link rel="stylesheet" href="${escapeHtml(u.pathname)}">`),
    '</head><body><main class="md-main"><div class="md-main__inner md-grid">',
    '<div class="md-content"><article class="md-content__inner md-typeset" data-sw-offline>',
    `<h1>${t.heading}</h1><p>${t.intro}</p>`,
    counterpart ? `<p>${t.counterpart} ${link(counterpart, t.other)}</p>` : "",
    others.length
      ? `<h2>${t.saved}</h2><ul>${others.map((page) => `<li>${link(page)}</li>`).join("")}</ul>`
      : counterpart ? "" : `<p>${t.none}</p>`,
    "</article></div></div></main></body></html>",
  ];
  return new Response(parts.join("\n"), {
    status: 503,
    statusText: "Offline",
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": OFFLINE_POLICY,
      "Cache-Control": "no-store",
    },
  });
}

// ----- messages from pages ----------------------------------------------------------------

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "cache-page" && Array.isArray(data.urls)) {
    // A newer release is known: install it now that a page has loaded (see the top).
    event.waitUntil(staleKnown.then(() => stale && self.registration.update()).catch(() => {}));
    const urls = data.urls
      .map((href) => new URL(String(href), SCOPE))
      .filter((url) => url.origin === SCOPE.origin && inScope(url) && !passThrough(url))
      .map((url) => url.href.split("#")[0])
      .filter((href) => !isRuntime(href));
    event.waitUntil(track(cacheUrls(event, [...new Set(urls)])));
  } else if (data.type === "cache-runtime") {
    const groups = data.calendar ? ["boot", "ics"] : ["boot"];
    const options = { groups, network: true, priority: "auto" };
    event.waitUntil(track(keepRuntime(event, options)));
  } else if (data.type === "prefetch-runtime") {
    const options = { groups: ["boot"], network: true, priority: "low" };
    event.waitUntil(track(keepRuntime(event, options)));
  } else if (data.type === "version" && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION, stale });
  } else if (data.type === "idle" && event.ports[0]) {
    // for tests and tools: answered once the work of earlier messages is done
    const port = event.ports[0];
    event.waitUntil(idle().then(() => port.postMessage({ idle: true })));
  }
});
