// Loads the built site's Pyodide runtime and wheels under Node, runs each request of the JSON
// array in argv[3] through calculator.boundary.handle and prints the answers as a JSON array.
// Usage: node run_in_pyodide.mjs SITE_DIR REQUESTS_FILE
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [site, requestsFile] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(site, "pyodide", "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: join(site, "pyodide") + "/" });
const manifest = JSON.parse(readFileSync(join(site, "wheels", "manifest.json"), "utf8"));
for (const wheel of [...manifest.boot, ...manifest.ics]) {
  const bytes = new Uint8Array(readFileSync(join(site, "wheels", wheel)));
  pyodide.unpackArchive(bytes, "wheel");
}
const handle = pyodide.pyimport("calculator.boundary").handle;
const version = pyodide.runPython("import sys; sys.version.split()[0]");
const requests = JSON.parse(readFileSync(requestsFile, "utf8"));
const answers = requests.map((request) => JSON.parse(handle(request)));
console.log(JSON.stringify({ python: version, answers }));
