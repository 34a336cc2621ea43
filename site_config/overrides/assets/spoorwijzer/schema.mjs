// The table of case inputs (calculator/inputs.py), as the build writes it into the page:
//   <script type="application/json" id="sw-case-inputs">{"version": 1, "sections": [...],
//   "inputs": [...]}</script>   (the `{{ sw.case_inputs }}` marker)
// Each input has an id, a kind (periods | date | date_range | flag | weeks | choice), a key
// (its dotted path inside the boundary's `case`, or inside the request for scope "request"),
// a section, and per part ("" for a single value; start/end; first/start/end/recovered for the
// periods) a label, hint and summary in both languages; a label or hint may add a role's own
// words under `roles` (the employer reads "u", see calculator/inputs.py). The form is built from
// this; nothing here knows a particular input.

export const SCHEMA_ID = "sw-case-inputs";

/** The inputs table from the page, or null when it is missing or unreadable. */
export function readSchema(doc = document) {
  const el = doc.getElementById(SCHEMA_ID);
  if (!el) return null;
  try {
    const schema = JSON.parse(el.textContent);
    if (!schema || !Array.isArray(schema.sections) || !Array.isArray(schema.inputs)) return null;
    return schema;
  } catch {
    return null;
  }
}

/** One language of a {nl, en} pair ("" when absent); with `role`, the role's own words when
 *  the pair has them (`roles: {werkgever: {nl, en}}`: the employer reads "u"), else the pair's. */
export function words(pair, lang, role = null) {
  if (!pair || typeof pair !== "object") return "";
  const own = role && pair.roles && typeof pair.roles === "object" ? pair.roles[role] : null;
  const chosen = own && typeof own === "object" ? own : pair;
  const text = chosen[lang] ?? chosen.nl;
  return typeof text === "string" ? text : "";
}

/** The inputs a visitor types (scope "case"), in table order. */
export function caseInputs(schema) {
  return schema.inputs.filter((input) => input && input.scope !== "request");
}

/** The request input with this key ("role", "lang"), or null. */
export function requestInput(schema, key) {
  return schema.inputs.find((input) => input && input.scope === "request" && input.key === key) || null;
}

/** The value at a dotted key path ("pregnancy_leave.start"), or undefined. */
export function getPath(data, key) {
  let node = data;
  for (const name of key.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, name)) return undefined;
    node = node[name];
  }
  return node;
}

/** Set the value at a dotted key path, creating the objects on the way. */
export function setPath(data, key, value) {
  const names = key.split(".");
  const last = names.pop();
  let node = data;
  for (const name of names) {
    if (node[name] === null || typeof node[name] !== "object") node[name] = {};
    node = node[name];
  }
  node[last] = value;
  return data;
}
