// Spoorwijzer calculator worker (module Web Worker).
//
// Boots the self-hosted Pyodide as soon as the page starts this worker, installs the
// calculator wheel listed in site/wheels/manifest.json and answers calls through the one
// JSON boundary, calculator.boundary.handle(text) -> text. No date logic lives here.
//
// Protocol (see the team contract):
//   page -> worker  {id, type: "call", request: "<JSON text>"}
//   worker -> page  {type: "ready"} once, {id, type: "result", response: "<JSON text>"},
//                   {type: "fatal", message} when the boot fails.
// The "ics" wheels (icalendar and its dependencies) are installed lazily, on the first
// request whose action is "ics" or "batch_ics".

const PYODIDE_URL = new URL("../../pyodide/", import.meta.url);
const WHEELS_URL = new URL("../../wheels/", import.meta.url);

let manifest = null;
let icsReady = null; // Promise, created on the first ics request

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
// real "Bereken" does not pay for Python's first-run costs. Its answer is thrown away.
const WARM_UP = JSON.stringify({ action: "calculate", case: { periods: [{ start: "2026-01-05" }] } });

async function boot() {
  // The runtime and the wheels download at the same time.
  const wheels = loadManifest().then((m) => fetchWheels(m.boot || []));
  const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE_URL).href);
  const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href });
  await installWheels(pyodide, wheels);
  const boundary = pyodide.pyimport("calculator.boundary");
  return { pyodide, handle: boundary.handle };
}

const booted = boot();

booted.then(
  ({ handle }) => {
    self.postMessage({ type: "ready" });
    setTimeout(() => handle(WARM_UP), 0);
  },
  (error) => self.postMessage({ type: "fatal", message: String(error && error.message ? error.message : error) }),
);

function wantsIcs(request) {
  try {
    return ["ics", "batch_ics"].includes(JSON.parse(request).action);
  } catch {
    return false; // the boundary reports the malformed request itself
  }
}

self.addEventListener("message", async (event) => {
  const message = event.data || {};
  if (message.type !== "call") return;
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
