// What the calculator's worker (worker.mjs) decides about a request before Python sees it: pure
// functions of the request's text, tested under Node (tests/js/worker-requests.test.mjs; the
// nesting is also compared with Python's own count by tests/unit/test_worker_requests.py).

/**
 * Whether a request is longer or more deeply nested than the boundary accepts (`limits`:
 * {size, depth}, calculator.boundary's MAX_REQUEST and MAX_DEPTH). Such a request is never
 * parsed in the worker nor handed to Python: thousands of levels overflowed the parser's stack
 * in Pyodide and broke the runtime for every later request. The nesting is counted as
 * calculator.boundary.nesting counts it: brackets outside strings.
 */
export function beyondLimits(request, limits) {
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

/** The actions that need a lazy wheel group of the manifest (wheels/manifest.json). */
export const LAZY_ACTIONS = Object.freeze({ ics: "ics", batch_ics: "ics", batch_xlsx: "xlsx" });

/** The base64 of a zip file (an .xlsx) starts with the zip's mark "PK\x03\x04". */
const ZIP_BASE64 = "UEsDB";

/**
 * The lazy wheel group a request needs before Python can answer it, or null: "ics" (icalendar
 * and its dependencies) for a calendar, "xlsx" (openpyxl) for a spreadsheet written or read.
 * A request that is not JSON needs none: the boundary reports it itself.
 */
export function lazyGroup(request) {
  try {
    const { action, data } = JSON.parse(request);
    if (action === "read_csv") return typeof data === "string" && data.startsWith(ZIP_BASE64) ? "xlsx" : null;
    return Object.hasOwn(LAZY_ACTIONS, action) ? LAZY_ACTIONS[action] : null;
  } catch {
    return null;
  }
}
