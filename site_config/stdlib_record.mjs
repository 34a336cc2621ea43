// Records which standard-library files the calculator uses inside Pyodide (under Node).
// Called by `python -m site_config.stdlib_trim --record`; not part of the site.
//
// Usage: node stdlib_record.mjs CONFIG_JSON_FILE
//   config: {"indexURL": "<dir with the FULL Pyodide runtime>/", "boot": [wheel paths],
//            "ics": [wheel paths], "requests": [JSON texts], "ics_requests": [JSON texts]}
// Same order as the worker: boot wheels, calculator.boundary, the requests; then the ics
// wheels and the ics requests. Prints {"python", "modules": {name: file|null}, "answers"}.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { loadPyodide } = await import(pathToFileURL(config.indexURL + "pyodide.mjs").href);
const pyodide = await loadPyodide({ indexURL: config.indexURL });
const unpack = (paths) => {
  for (const path of paths) pyodide.unpackArchive(new Uint8Array(readFileSync(path)), "wheel");
};
unpack(config.boot);
const handle = pyodide.pyimport("calculator.boundary").handle;
const answers = config.requests.map((request) => JSON.parse(handle(request)));
unpack(config.ics);
answers.push(...config.ics_requests.map((request) => JSON.parse(handle(request))));
const modules = JSON.parse(pyodide.runPython(`
import json, sys
def _file(module):
    spec = getattr(module, "__spec__", None)
    return getattr(module, "__file__", None) or getattr(spec, "origin", None)
json.dumps({name: _file(module) for name, module in list(sys.modules.items())})
`));
const python = pyodide.runPython("import sys; sys.version.split()[0]");
console.log(JSON.stringify({ python, modules, answers }));
