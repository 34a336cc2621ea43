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
// Memory snapshot (warm visits): after a normal boot, with the calculator imported and before
// "ready" (so before any request of the visitor can reach Python), the worker copies Python's
// memory (Pyodide's makeMemorySnapshot), then in the background keeps it, without its pages of
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

let manifest = null;
const lazyReady = {}; // group -> Promise, created on the first request that needs the group

// ----- progress -------------------------------------------------------------------------------

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

// ----- memory snapshot ------------------------------------------------------------------------

// The kept form of a snapshot: "SPWSNAP2", the SHA-256 of everything after it (32 bytes), then
// three little-endian u32 (the memory's length, PAGE, the number of pages kept), one u32 page
// number per kept page, then those pages. A page of zeros is left out and comes back as zeros.
// Rebuilding it takes a few milliseconds, where gunzipping the same 31 MB took 300-400 ms of
// every warm start. Pyodide's snapshot is its own header and then the memory, so its length is
// not whole pages: the last one is partial. The digest is checked before anything of it reaches
// Pyodide: a snapshot damaged on the disk could make the restore hang (see RESTORE in the page's
// client.mjs for the deadline that catches what a digest cannot).
const MAGIC = [..."SPWSNAP2"].map((c) => c.charCodeAt(0));
const DIGEST = 32;
const PAGE = 4096;
const HEAD = MAGIC.length + DIGEST + 12;
const FIELDS = MAGIC.length + DIGEST; // where the three u32 start

function packPages(snapshot) {
  const memory = snapshot.byteOffset % 4 === 0 ? snapshot : snapshot.slice();
  const words = new Uint32Array(memory.buffer, memory.byteOffset, memory.byteLength >> 2);
  const kept = [];
  const pages = Math.ceil(memory.length / PAGE);
  for (let page = 0; page < pages; page++) {
    const end = Math.min((page + 1) * PAGE, memory.length);
    let i = (page * PAGE) >> 2;
    const last = end >> 2;
    while (i < last && words[i] === 0) i++;
    if (i < last || memory.subarray(last << 2, end).some((b) => b !== 0)) kept.push(page);
  }
  const packed = new Uint8Array(HEAD + 4 * kept.length + kept.length * PAGE);
  const view = new DataView(packed.buffer);
  packed.set(MAGIC);
  view.setUint32(FIELDS, memory.length, true);
  view.setUint32(FIELDS + 4, PAGE, true);
  view.setUint32(FIELDS + 8, kept.length, true);
  let at = HEAD + 4 * kept.length;
  kept.forEach((page, k) => {
    view.setUint32(HEAD + 4 * k, page, true);
    const from = memory.subarray(page * PAGE, Math.min((page + 1) * PAGE, memory.length));
    packed.set(from, at);
    at += PAGE;
  });
  return packed;
}

// The memory back from its kept form, or null when the bytes are not one.
function unpackPages(packed) {
  if (packed.length < HEAD || MAGIC.some((c, i) => packed[i] !== c)) return null;
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const length = view.getUint32(FIELDS, true);
  const count = view.getUint32(FIELDS + 8, true);
  const pages = Math.ceil(length / PAGE);
  if (view.getUint32(FIELDS + 4, true) !== PAGE || count > pages) return null;
  if (packed.length !== HEAD + 4 * count + count * PAGE) return null;
  const memory = new Uint8Array(length);
  let at = HEAD + 4 * count;
  for (let k = 0; k < count; k++) {
    const page = view.getUint32(HEAD + 4 * k, true);
    if (page >= pages) return null;
    const size = Math.min(PAGE, length - page * PAGE);
    memory.set(packed.subarray(at, at + size), page * PAGE);
    at += PAGE;
  }
  return memory;
}

// The SHA-256 of a kept snapshot's contents (everything after MAGIC and the digest itself).
async function contentDigest(packed) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", packed.subarray(FIELDS)));
}

// Write the digest into a packed snapshot (in place).
async function seal(packed) {
  packed.set(await contentDigest(packed), MAGIC.length);
  return packed;
}

// Whether a kept snapshot is whole: its stored digest is the one of its contents.
async function intact(packed) {
  if (packed.length < HEAD || MAGIC.some((c, i) => packed[i] !== c)) return false;
  const digest = await contentDigest(packed);
  return digest.every((byte, i) => packed[MAGIC.length + i] === byte);
}

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
  const packed = new Uint8Array(await response.arrayBuffer());
  if (!(await intact(packed))) throw new Error("not a whole kept snapshot");
  const memory = unpackPages(packed);
  if (!memory) throw new Error("not a kept snapshot");
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
  const body = await seal(packPages(bytes));
  await cache.put(SNAPSHOT_URL, new Response(body, { headers: { "Content-Type": "application/octet-stream" } }));
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
  report(true);
  // The runtime, the wheels and a snapshot (if one was kept) load at the same time.
  const wheels = loadManifest().then((m) => fetchWheels(m.boot || []));
  const finding = findSnapshot();
  const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE_URL).href);
  const found = await finding;
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
      phase("wheels");
      await installWheels(pyodide, wheels); // the files, for modules imported later
      phase("python");
      const boundary = pyodide.pyimport("calculator.boundary");
      if (checksOut(boundary.handle)) return { pyodide, ...limitsOf(boundary), restored: true };
    } catch {
      // a snapshot that does not fit: boot normally below
    }
    await forgetSnapshot();
    self.postMessage({ type: "restore", state: "refused" });
    phase("download");
  }
  const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href, _makeSnapshot: SNAPSHOTS });
  phase("wheels");
  await installWheels(pyodide, wheels);
  phase("python");
  const boundary = pyodide.pyimport("calculator.boundary");
  // Before "ready": requests wait for the boot, so nothing of the visitor's is in this copy.
  const snapshot = SNAPSHOTS ? takeSnapshot(pyodide) : null;
  return { pyodide, ...limitsOf(boundary), restored: false, snapshot };
}

// The boundary's handle and its limits (calculator.boundary.MAX_REQUEST and MAX_DEPTH).
function limitsOf(boundary) {
  return { handle: boundary.handle, limits: { size: boundary.MAX_REQUEST, depth: boundary.MAX_DEPTH } };
}

// A request longer or more deeply nested than the boundary accepts is never parsed here nor
// handed to Python (issue 14: thousands of levels broke Pyodide for every later request).
// The nesting is counted as calculator.boundary.nesting counts it: brackets outside strings.
function beyondLimits(request, limits) {
  if (typeof request !== "string" || request.length > limits.size) return true;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < request.length; i++) {
    const c = request.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limits.depth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const booted = boot();

booted.then(
  ({ handle, restored, snapshot }) => {
    progress.done = true;
    self.postMessage({ type: "ready", snapshot: restored });
    warmUpTimer = setTimeout(() => {
      warmUpTimer = null;
      handle(WARM_UP);
    }, WARM_UP_AFTER_MS);
    if (snapshot) {
      keepSnapshot(snapshot).then(
        (kept) => self.postMessage({ type: "snapshot", kept }),
        () => self.postMessage({ type: "snapshot", kept: false }),
      );
    }
  },
  async (error) => {
    progress.done = true;
    if (!(error instanceof ConnectionNeeded)) await forgetRuntime(); // a bad copy, perhaps
    self.postMessage({ type: "fatal", message: String(error && error.message ? error.message : error) });
  },
);

const LAZY_ACTIONS = { ics: "ics", batch_ics: "ics", batch_xlsx: "xlsx" };

/** The lazy wheel group a request needs, or null. */
function lazyGroup(request) {
  try {
    const { action, data } = JSON.parse(request);
    if (action === "read_csv") return typeof data === "string" && data.startsWith("UEsDB") ? "xlsx" : null;
    return LAZY_ACTIONS[action] || null;
  } catch {
    return null; // the boundary reports the malformed request itself
  }
}

self.addEventListener("message", async (event) => {
  const message = event.data || {};
  if (message.type !== "call") return;
  if (warmUpTimer !== null) {
    clearTimeout(warmUpTimer);
    warmUpTimer = null;
  }
  const { id, request } = message;
  try {
    const { pyodide, handle, limits } = await booted;
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
