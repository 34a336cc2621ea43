// Spoorwijzer calculator worker (module Web Worker).
//
// Boots the self-hosted Pyodide as soon as the page starts this worker, installs the
// calculator wheel listed in site/wheels/manifest.json and answers calls through the one
// JSON boundary, calculator.boundary.handle(text) -> text. No date logic lives here.
//
// Protocol (see the team contract):
//   page -> worker  {id, type: "call", request: "<JSON text>"}
//   worker -> page  {type: "ready"} once, {id, type: "result", response: "<JSON text>"},
//                   {type: "fatal", message} when the boot fails, and while booting
//                   {type: "progress", phase, loaded}: phase "download" (bytes arriving),
//                   "wheels" or "python"; loaded = bytes received so far. Sent at most
//                   every 250 ms and on every change of phase, so a page can tell a slow
//                   boot (progress keeps coming) from a stalled one (none for a long time).
//                   A page that knows no "progress" ignores it. "ready" carries
//                   snapshot: true when Python came from a memory snapshot; after a
//                   normal boot {type: "snapshot", kept} tells (later) whether one was kept.
//                   {type: "restore", state: "start", snapshot: url} when it begins to restore
//                   the snapshot kept at url (a cache key); that ends with "ready", or with
//                   {type: "restore", state: "refused"} and a normal boot.
// When the boot fails, the worker deletes the runtime from the service worker's cache before it
// says "fatal" (unless a file could not be fetched at all): the next visit asks the host.
// The lazy wheel groups of the manifest are installed on the first request that needs one
// (lazyGroup): "ics" (icalendar and its dependencies) for "ics" and "batch_ics", "xlsx"
// (openpyxl, et-xmlfile and the standard-library modules they need) for "batch_xlsx" and for
// a "read_csv" of an .xlsx file (its base64 starts with the zip mark, "UEsDB"). When a group
// cannot be fetched at all (offline before it was first needed), the answer's error code is
// "needs_connection".
//
// Memory snapshot (warm visits): after a normal boot, once "ready" is said, the worker answers
// one case of its own (WARM_UP: a restored calculator then starts warm) and copies Python's
// memory (Pyodide's makeMemorySnapshot), before any request of the visitor reaches Python (the
// first one waits for it; see snapshotNow), then in the background keeps it, without its pages of
// zeros (about half of them; see packPages), in the service worker's cache of this release,
// where it is deleted with the release; not at all where the site keeps no offline copy (no
// service worker cache, e.g. the embed). A later visit boots from it (loadPyodide's
// _loadSnapshot) instead of starting Python and importing the calculator again. The snapshot's
// name carries SNAPSHOT_KEY, which the build stamps into this file (a hash of the runtime and
// the boot wheels), so it is only used with exactly the files it was made with; Pyodide also
// refuses one of another build. Any failure, or a restored calculator that does not answer a
// known case, falls back to a normal boot.

const PYODIDE_URL = new URL("../../pyodide/", import.meta.url);
const WHEELS_URL = new URL("../../wheels/", import.meta.url);
const PROGRESS_EVERY_MS = 250;
const SNAPSHOT_KEY = "__SPOORWIJZER_SNAPSHOT_KEY__";
const SNAPSHOT_URL = new URL(`../../.snapshot/${SNAPSHOT_KEY}`, import.meta.url).href; // a cache key
const SNAPSHOT_WAIT_MS = 30000; // for the service worker's cache to appear on a first visit
const SNAPSHOT_AFTER_MS = 2000; // pack and keep it after the first result, not next to it
const SNAPSHOTS = /^[0-9a-f]{16}$/.test(SNAPSHOT_KEY) && typeof caches !== "undefined";

// The worker's pure parts, loaded beside the runtime (not before it: a static import would wait
// for these files before the first byte of Pyodide is asked for).
const format = import("./snapshot-format.mjs"); // the kept form of a memory snapshot
const requests = import("./worker-requests.mjs"); // limits and lazy wheel groups of a request
format.catch(() => {}); // a failure is reported where each is awaited
requests.catch(() => {});

let manifest = null;
const lazyReady = {}; // group -> Promise, created on the first request that needs the group

// ----- progress -------------------------------------------------------------------------------

// A User Timing mark of the boot's phases ("spoorwijzer:loaded", …), read by the benchmark
// from the worker's own performance timeline.
function mark(name) {
  performance.mark(`spoorwijzer:${name}`);
}

const progress = { phase: "download", loaded: 0, sent: 0, done: false };

function report(force = false) {
  if (progress.done) return;
  const now = performance.now();
  if (!force && now - progress.sent < PROGRESS_EVERY_MS) return;
  progress.sent = now;
  self.postMessage({ type: "progress", phase: progress.phase, loaded: progress.loaded });
}

function phase(name) {
  progress.phase = name;
  report(true);
}

// Count the bytes of every response while booting, on a clone: the response itself goes to
// Pyodide untouched (streaming compilation and the browser's code cache stay as they are).
async function countBytes(response) {
  try {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done || progress.done) break;
      progress.loaded += value.byteLength;
      report();
    }
    reader.cancel().catch(() => {});
  } catch {
    // a failed download is reported by the fetch's own consumer
  }
}

const networkFetch = self.fetch.bind(self);
self.fetch = async (...args) => {
  const response = await networkFetch(...args);
  if (!progress.done && response.ok && response.body) countBytes(response.clone());
  return response;
};

// ----- wheels ---------------------------------------------------------------------------------

// The wheels keep their names across releases (the rules change inside), so never take them
// from the browser's HTTP cache without asking the server (a host may send no Cache-Control):
// a revalidation costs a 304. The service worker answers from its own cache as before.
const CURRENT = { cache: "no-cache" };

// A file of wheels/ that could not be fetched at all (no network, and not kept by the service
// worker): not a fault of ours, and nothing bad was kept; for a calendar the page asks for a
// connection (the calendar's wheels load only when a calendar is first asked for).
class ConnectionNeeded extends Error {}

function fetchWheel(name) {
  return fetch(new URL(name, WHEELS_URL), CURRENT).catch((error) => {
    throw new ConnectionNeeded(`${name}: ${error}`);
  });
}

function fetchWheels(names) {
  // All in parallel; the bytes are unpacked in manifest order afterwards.
  return Promise.all(
    names.map(async (name) => {
      const response = await fetchWheel(name);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  );
}

async function installWheels(pyodide, blobsOrNames) {
  const blobs = await blobsOrNames;
  for (const bytes of blobs) pyodide.unpackArchive(bytes, "wheel");
}

async function loadManifest() {
  const response = await fetchWheel("manifest.json");
  if (!response.ok) throw new Error(`wheels/manifest.json: HTTP ${response.status}`);
  manifest = await response.json();
  return manifest;
}

// A first call through the boundary while the visitor is still typing, so that the first
// real "Bereken" does not pay for Python's first-run costs. Its answer is thrown away. It
// waits a moment after "ready" and gives way to a real call (a prefilled link sends one at
// once, and that call warms Python up just as well).
const WARM_UP = JSON.stringify({ action: "calculate", case: { periods: [{ start: "2026-01-05" }] } });
const WARM_UP_AFTER_MS = 100;
// What a restored calculator must answer before it is trusted (the examples' first case).
const CHECK = JSON.stringify({
  action: "calculate",
  today: "2026-11-23",
  case: { periods: [{ start: "2026-01-05" }] },
});
const CHECK_PROBLEEMANALYSE = "2026-02-15"; // week 6 of an illness that began 5 January 2026
let warmUpTimer = null;
// A normal boot's snapshot is still to be taken (set by boot, cleared by snapshotNow).
let snapshotDue = false;

// ----- memory snapshot ------------------------------------------------------------------------

// The kept snapshot's response, or null. Finding it is quick; reading its body is not (15 MB
// from the disk), so that happens while Pyodide loads (see boot).
async function findSnapshot() {
  if (!SNAPSHOTS) return null;
  try {
    return (await caches.match(SNAPSHOT_URL)) || null;
  } catch {
    return null;
  }
}

// The memory of a found snapshot; rejects when its bytes are not a kept snapshot, or not whole.
async function readSnapshot(response) {
  const [{ openKept }, packed] = await Promise.all([format, response.arrayBuffer()]);
  mark("snapshot-read");
  const memory = await openKept(new Uint8Array(packed));
  mark("snapshot-opened");
  return memory;
}

// Delete every entry of the site's caches whose URL `drop(href)` names.
async function deleteKept(drop) {
  try {
    for (const name of await caches.keys()) {
      if (!name.startsWith("spoorwijzer-")) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (drop(request.url)) await cache.delete(request);
      }
    }
  } catch {
    // nothing kept (no caches here), or nothing to delete
  }
}

function forgetSnapshot() {
  return deleteKept((href) => href === SNAPSHOT_URL);
}

// After a failed boot: what this worker may have loaded from the service worker's cache (the
// runtime, the wheels, the snapshot), so that the next visit asks the host again. One bad copy
// must not break the calculator until the next release.
function forgetRuntime() {
  const runtime = [PYODIDE_URL.href, WHEELS_URL.href, SNAPSHOT_URL];
  return deleteKept((href) => runtime.some((start) => href.startsWith(start)));
}

// The service worker's cache of this release, once there is exactly one.
async function releaseCache() {
  const deadline = performance.now() + SNAPSHOT_WAIT_MS;
  for (;;) {
    const names = (await caches.keys()).filter((name) => name.startsWith("spoorwijzer-"));
    if (names.length === 1) return caches.open(names[0]);
    if (names.length > 1 || performance.now() > deadline) return null;
    await new Promise((resolve) => {
      setTimeout(resolve, 1000);
    });
  }
}

// Python's memory now, or null (an instance made without _makeSnapshot, or Pyodide refuses).
function takeSnapshot(pyodide) {
  try {
    return pyodide.makeMemorySnapshot();
  } catch {
    return null;
  }
}

async function keepSnapshot(bytes) {
  await new Promise((resolve) => {
    setTimeout(resolve, SNAPSHOT_AFTER_MS);
  });
  const cache = await releaseCache();
  if (!cache) return false;
  mark("keep");
  const { packPages, seal } = await format;
  const body = await seal(packPages(bytes));
  mark("packed");
  await cache.put(SNAPSHOT_URL, new Response(body, { headers: { "Content-Type": "application/octet-stream" } }));
  mark("kept");
  return true;
}

function checksOut(handle) {
  try {
    const answer = JSON.parse(handle(CHECK));
    const pa = (answer.milestones || []).find((m) => m.id === "probleemanalyse");
    return answer.ok === true && pa !== undefined && pa.date === CHECK_PROBLEEMANALYSE;
  } catch {
    return false;
  }
}

// ----- boot -------------------------------------------------------------------------------

async function boot() {
  mark("start");
  report(true);
  // The runtime, the wheels and a snapshot (if one was kept) load at the same time.
  const wheels = loadManifest().then((m) => fetchWheels(m.boot || []));
  const finding = findSnapshot();
  const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE_URL).href);
  mark("pyodide.mjs");
  const found = await finding;
  mark("found");
  if (found) {
    // The page gives a restore a deadline (a damaged snapshot can hang Python at full CPU,
    // where nothing in this worker runs any more): then it ends this worker, deletes the
    // snapshot and starts a new one.
    self.postMessage({ type: "restore", state: "start", snapshot: SNAPSHOT_URL });
    try {
      // loadPyodide takes the memory as a promise: it fetches the wasm and loads its script
      // while the snapshot is read, and waits for it only to instantiate the wasm.
      const memory = readSnapshot(found);
      memory.catch(() => {}); // a rejection is loadPyodide's to report, to the catch below
      const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href, _loadSnapshot: memory });
      mark("loaded");
      phase("wheels");
      await installWheels(pyodide, wheels); // the files, for modules imported later
      mark("wheels");
      phase("python");
      const boundary = pyodide.pyimport("calculator.boundary");
      mark("imported");
      const ok = checksOut(boundary.handle);
      mark("checked");
      if (ok) return { pyodide, ...limitsOf(boundary), restored: true };
    } catch {
      // a snapshot that does not fit: boot normally below
    }
    await forgetSnapshot();
    self.postMessage({ type: "restore", state: "refused" });
    phase("download");
  }
  const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href, _makeSnapshot: SNAPSHOTS });
  mark("loaded");
  phase("wheels");
  await installWheels(pyodide, wheels);
  mark("wheels");
  phase("python");
  const boundary = pyodide.pyimport("calculator.boundary");
  mark("imported");
  snapshotDue = SNAPSHOTS; // after "ready", before the visitor's first request (snapshotNow)
  return { pyodide, ...limitsOf(boundary), restored: false };
}

// Take the snapshot a normal boot still owes, once: after a calculation of our own (so the
// restored calculator has run once: its first answer costs no more than the next), and never
// after a request of the visitor's, which therefore waits for it. Copying the memory took
// 0.1-0.3 s before "ready"; here it is off the path to "ready".
function snapshotNow({ pyodide, handle }) {
  if (!snapshotDue) return;
  snapshotDue = false;
  handle(WARM_UP); // not CHECK: a restore's check stays the first call of a restored copy
  const snapshot = takeSnapshot(pyodide);
  mark("snapshot");
  if (!snapshot) return;
  keepSnapshot(snapshot).then(
    (kept) => self.postMessage({ type: "snapshot", kept }),
    () => self.postMessage({ type: "snapshot", kept: false }),
  );
}

// The boundary's handle and its limits (calculator.boundary.MAX_REQUEST and MAX_DEPTH).
function limitsOf(boundary) {
  return { handle: boundary.handle, limits: { size: boundary.MAX_REQUEST, depth: boundary.MAX_DEPTH } };
}

const booted = boot();

booted.then(
  (runtime) => {
    progress.done = true;
    mark("ready");
    self.postMessage({ type: "ready", snapshot: runtime.restored });
    warmUpTimer = setTimeout(() => {
      warmUpTimer = null;
      if (snapshotDue) snapshotNow(runtime);
      else runtime.handle(WARM_UP);
    }, WARM_UP_AFTER_MS);
  },
  async (error) => {
    progress.done = true;
    if (!(error instanceof ConnectionNeeded)) await forgetRuntime(); // a bad copy, perhaps
    self.postMessage({ type: "fatal", message: String(error && error.message ? error.message : error) });
  },
);

self.addEventListener("message", async (event) => {
  const message = event.data || {};
  if (message.type !== "call") return;
  if (warmUpTimer !== null) {
    clearTimeout(warmUpTimer);
    warmUpTimer = null;
  }
  const { id, request } = message;
  try {
    const [runtime, { beyondLimits, lazyGroup }] = await Promise.all([booted, requests]);
    snapshotNow(runtime); // before the visitor's request reaches Python
    const { pyodide, handle, limits } = runtime;
    if (beyondLimits(request, limits)) {
      // Python's own refusal (bad_request, in its words) of a text nested one level too deep.
      self.postMessage({ id, type: "result", response: handle("[".repeat(limits.depth + 1)) });
      return;
    }
    const group = lazyGroup(request);
    if (group) {
      lazyReady[group] ??= installWheels(pyodide, fetchWheels(manifest[group] || [])).catch((error) => {
        delete lazyReady[group]; // let a later request try again
        throw error;
      });
      await lazyReady[group];
    }
    self.postMessage({ id, type: "result", response: handle(String(request)) });
  } catch (error) {
    // Only a broken runtime or a missing calendar wheel gets here: the boundary never raises.
    const text = String(error && error.message ? error.message : error);
    const code = error instanceof ConnectionNeeded ? "needs_connection" : "internal";
    self.postMessage({
      id,
      type: "result",
      response: JSON.stringify({
        ok: false,
        errors: [{ code, field: "request", part: null, message: text }],
      }),
    });
  }
});
