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
//                   A page that knows no "progress" ignores it.
// The "ics" wheels (icalendar and its dependencies) are installed lazily, on the first
// request whose action is "ics".

const PYODIDE_URL = new URL("../../pyodide/", import.meta.url);
const WHEELS_URL = new URL("../../wheels/", import.meta.url);
const PROGRESS_EVERY_MS = 250;

let manifest = null;
let icsReady = null; // Promise, created on the first ics request

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

// ----- boot -----------------------------------------------------------------------------------

function fetchWheels(names) {
  // All in parallel; the bytes are unpacked in manifest order afterwards.
  return Promise.all(
    names.map(async (name) => {
      const response = await fetch(new URL(name, WHEELS_URL));
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
  const response = await fetch(new URL("manifest.json", WHEELS_URL));
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
let warmUpTimer = null;

async function boot() {
  report(true);
  // The runtime and the wheels download at the same time.
  const wheels = loadManifest().then((m) => fetchWheels(m.boot || []));
  const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE_URL).href);
  const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href });
  phase("wheels");
  await installWheels(pyodide, wheels);
  phase("python");
  const boundary = pyodide.pyimport("calculator.boundary");
  return { pyodide, handle: boundary.handle };
}

const booted = boot();

booted.then(
  ({ handle }) => {
    progress.done = true;
    self.postMessage({ type: "ready" });
    warmUpTimer = setTimeout(() => {
      warmUpTimer = null;
      handle(WARM_UP);
    }, WARM_UP_AFTER_MS);
  },
  (error) => {
    progress.done = true;
    self.postMessage({ type: "fatal", message: String(error && error.message ? error.message : error) });
  },
);

function wantsIcs(request) {
  try {
    return JSON.parse(request).action === "ics";
  } catch {
    return false; // the boundary reports the malformed request itself
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
    const { pyodide, handle } = await booted;
    if (wantsIcs(request)) {
      icsReady ??= installWheels(pyodide, fetchWheels(manifest.ics || [])).catch((error) => {
        icsReady = null; // let a later request try again
        throw error;
      });
      await icsReady;
    }
    self.postMessage({ id, type: "result", response: handle(String(request)) });
  } catch (error) {
    // Only a broken runtime gets here: the boundary itself never raises.
    const text = String(error && error.message ? error.message : error);
    self.postMessage({
      id,
      type: "result",
      response: JSON.stringify({
        ok: false,
        errors: [{ code: "internal", field: "request", part: null, message: text }],
      }),
    });
  }
});
