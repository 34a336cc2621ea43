// Loads the built site's Pyodide runtime and wheels under Node, runs each request of the JSON
// array in argv[3] through calculator.boundary.handle and prints the answers as a JSON array.
// Usage: node run_in_pyodide.mjs SITE_DIR REQUESTS_FILE
//
// In the worker's order (site_config/overrides/assets/spoorwijzer/worker.mjs): only the "boot"
// wheels of the manifest before calculator.boundary is imported; a lazy group on the first
// request that needs it (the worker's own lazyGroup, worker-requests.mjs: "ics" for ics and
// batch_ics, "xlsx" for batch_xlsx and the read_csv of an .xlsx file). So a calculation that
// needs a lazy wheel too early fails here too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [site, requestsFile] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(site, "pyodide", "pyodide.mjs")).href);
const workerRequests = join(site, "assets", "spoorwijzer", "worker-requests.mjs");
const { lazyGroup } = await import(pathToFileURL(workerRequests).href);
const pyodide = await loadPyodide({ indexURL: join(site, "pyodide") + "/" });
const manifest = JSON.parse(readFileSync(join(site, "wheels", "manifest.json"), "utf8"));
const unpack = (wheels) => {
  for (const wheel of wheels) {
    pyodide.unpackArchive(new Uint8Array(readFileSync(join(site, "wheels", wheel))), "wheel");
  }
};
unpack(manifest.boot);
const handle = pyodide.pyimport("calculator.boundary").handle;
const version = pyodide.runPython("import sys; sys.version.split()[0]");
const requests = JSON.parse(readFileSync(requestsFile, "utf8"));
const loaded = new Set();
const answers = requests.map((request) => {
  const group = lazyGroup(request); // as the worker decides it
  if (group && !loaded.has(group)) {
    unpack(manifest[group]);
    loaded.add(group);
  }
  return JSON.parse(handle(request));
});
console.log(JSON.stringify({ python: version, answers }));
