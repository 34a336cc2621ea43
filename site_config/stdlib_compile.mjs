// Compiles the trimmed standard library zip to bytecode, inside Pyodide (under Node); the
// calculator's wheel too, for the site's runtime (the same way, another PREFIX).
// Called by site_config/stdlib_trim.py when the build writes site/pyodide/python_stdlib.zip
// and site/wheels/; not part of the site.
//
// Usage: node stdlib_compile.mjs INDEX_URL IN_ZIP OUT_ZIP [PREFIX]
//   INDEX_URL: the directory of the Pyodide runtime the site ships (node_modules/pyodide/),
//   so the bytecode is made by exactly the CPython that will load it (same magic number).
//   PREFIX: where the runtime finds the zip's entries, the file names tracebacks show
//   (default /lib/python314.zip/, the standard library; a wheel is unpacked into
//   /lib/python3.14/site-packages/).
// Every `.py` entry becomes a sourceless `.pyc` entry of the same module (zipimport loads a
// `.pyc` without its `.py`): the runtime no longer compiles the standard library's source on
// every boot, which was most of Pyodide's start-up time. Docstrings are left out (nothing on
// the calculator's path reads a standard-library docstring; the modules still assert) and so
// are the column tables of tracebacks (PYTHONNODEBUGRANGES): both keep the zip small on the
// wire. Other entries are copied as they are. Stored (no compression: brotli does that on the
// wire), in the input's order, with its timestamps: the same input gives the same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [indexURL, input, output, prefix = "/lib/python314.zip/"] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${indexURL}pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL, env: { PYTHONNODEBUGRANGES: "1" } });
pyodide.FS.writeFile("/tmp/in.zip", new Uint8Array(readFileSync(input)));
pyodide.runPython(`
import ast
import zipfile
from importlib._bootstrap_external import _code_to_timestamp_pyc

PREFIX = ${JSON.stringify(prefix)}  # where the runtime finds the entries: the names in tracebacks

class WithoutDocstrings(ast.NodeTransformer):
    def _drop(self, node):
        self.generic_visit(node)
        body = node.body
        first = body[0] if body else None
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            node.body = body[1:] or [ast.copy_location(ast.Pass(), first)]
        return node

    visit_Module = visit_ClassDef = visit_FunctionDef = visit_AsyncFunctionDef = _drop

def bytecode(source, name):
    tree = WithoutDocstrings().visit(ast.parse(source, PREFIX + name))
    code = compile(tree, PREFIX + name, "exec", dont_inherit=True)
    return bytes(_code_to_timestamp_pyc(code, 0, 0))

with zipfile.ZipFile("/tmp/in.zip") as source, \\
        zipfile.ZipFile("/tmp/out.zip", "w", zipfile.ZIP_STORED) as target:
    for info in source.infolist():
        data = source.read(info)
        name = info.filename
        if name.endswith(".py"):
            data, name = bytecode(data, name), name + "c"
        entry = zipfile.ZipInfo(name, date_time=info.date_time)
        entry.external_attr = info.external_attr
        target.writestr(entry, data)
`);
writeFileSync(output, pyodide.FS.readFile("/tmp/out.zip"));
