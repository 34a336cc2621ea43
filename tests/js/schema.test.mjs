// The inputs table as the page reads it (schema.mjs), under Node.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  SCHEMA_ID,
  caseInputs,
  getPath,
  readSchema,
  requestInput,
  setPath,
  words,
} from "../../site_config/overrides/assets/spoorwijzer/schema.mjs";

/** A document that holds one element: the table's <script> with `text`. */
function page(text) {
  return { getElementById: (id) => (id === SCHEMA_ID && text !== null ? { textContent: text } : null) };
}

const TABLE = {
  version: 1,
  sections: [{ id: "illness" }],
  inputs: [
    { id: "periods", key: "periods", scope: "case" },
    { id: "role", key: "role", scope: "request", choices: ["werknemer", "werkgever"] },
    { id: "leave_start", key: "pregnancy_leave.start" },
    { id: "lang", key: "lang", scope: "request" },
  ],
};

test("the table is read from its element", () => {
  assert.deepEqual(readSchema(page(JSON.stringify(TABLE))), TABLE);
});

test("a page without the table, or with a broken one, has none", () => {
  assert.equal(readSchema(page(null)), null);
  assert.equal(readSchema(page("{not json")), null);
  assert.equal(readSchema(page("null")), null);
  assert.equal(readSchema(page('{"sections": [], "inputs": {}}')), null);
  assert.equal(readSchema(page('{"inputs": []}')), null);
});

test("words picks the language, falls back to Dutch, and is never anything but text", () => {
  const pair = { nl: "Eerste ziektedag", en: "First day of illness" };
  assert.equal(words(pair, "en"), "First day of illness");
  assert.equal(words(pair, "nl"), "Eerste ziektedag");
  assert.equal(words({ nl: "Alleen Nederlands" }, "en"), "Alleen Nederlands");
  assert.equal(words({ nl: 5 }, "nl"), "");
  assert.equal(words(null, "nl"), "");
  assert.equal(words("Eerste ziektedag", "nl"), "");
});

test("case inputs are the typed ones in table order; request inputs are found by key", () => {
  assert.deepEqual(
    caseInputs(TABLE).map((input) => input.id),
    ["periods", "leave_start"],
  );
  assert.equal(requestInput(TABLE, "role").id, "role");
  assert.equal(requestInput(TABLE, "periods"), null);
  assert.equal(requestInput(TABLE, "nothing"), null);
});

test("a dotted key reads and writes inside nested objects", () => {
  const data = {};
  setPath(data, "pregnancy_leave.start", "2026-03-02");
  setPath(data, "pregnancy_leave.end", "2026-06-21");
  setPath(data, "label", "dossier 12");
  assert.deepEqual(data, { pregnancy_leave: { start: "2026-03-02", end: "2026-06-21" }, label: "dossier 12" });
  assert.equal(getPath(data, "pregnancy_leave.end"), "2026-06-21");
  assert.equal(getPath(data, "pregnancy_leave.missing"), undefined);
  assert.equal(getPath(data, "label.length"), undefined); // no property of a string
  assert.equal(getPath(data, "toString"), undefined); // nor of Object.prototype
  assert.deepEqual(setPath({ actual: null }, "actual.probleemanalyse", "x"), { actual: { probleemanalyse: "x" } });
});
