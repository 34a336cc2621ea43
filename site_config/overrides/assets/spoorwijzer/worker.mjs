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
// request whose action is "ics".

const PYODIDE_URL = new URL("../../pyodide/", import.meta.url);
const WHEELS_URL = new URL("../../wheels/", import.meta.url);

let manifest = null;
let icsReady = null; // Promise, created on the first ics request

async function installWheels(pyodide, names) {
  // Fetch in parallel, unpack in order.
  const blobs = await Promise.all(
    names.map(async (name) => {
      const response = await fetch(new URL(name, WHEELS_URL));
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  );
  for (const bytes of blobs) pyodide.unpackArchive(bytes, "wheel");
}

async function boot() {
  const [{ loadPyodide }, manifestResponse] = await Promise.all([
    import(new URL("pyodide.mjs", PYODIDE_URL).href),
    fetch(new URL("manifest.json", WHEELS_URL)),
  ]);
  if (!manifestResponse.ok) throw new Error(`wheels/manifest.json: HTTP ${manifestResponse.status}`);
  manifest = await manifestResponse.json();
  const pyodide = await loadPyodide({ indexURL: PYODIDE_URL.href });
  await installWheels(pyodide, manifest.boot || []);
  const boundary = pyodide.pyimport("calculator.boundary");
  return { pyodide, handle: boundary.handle };
}

const booted = boot();

booted.then(
  () => self.postMessage({ type: "ready" }),
  (error) => self.postMessage({ type: "fatal", message: String(error && error.message ? error.message : error) }),
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
  const { id, request } = message;
  try {
    const { pyodide, handle } = await booted;
    if (wantsIcs(request)) {
      icsReady ??= installWheels(pyodide, manifest.ics || []).catch((error) => {
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
