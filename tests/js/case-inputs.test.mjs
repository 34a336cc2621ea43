// The case form's inputs (case-inputs.mjs), under Node: what a row with one field writes into
// the case and reads back from it, and which words its label and hint take. The fields here
// are stand-ins with the fields' own interface (value, set, initial); no element is made.
import assert from "node:assert/strict";
import { test } from "node:test";

import { partWords, roleWords, SingleInput } from "../../site_config/overrides/assets/spoorwijzer/case-inputs.mjs";

/** A field holding `typed`, with the row's default `initial`; `set` takes what `accepts` allows. */
function field(typed, initial = null, accepts = () => true) {
  return {
    initial,
    typed,
    el: null,
    value() {
      return this.typed;
    },
    set(value) {
      if (!accepts(value)) return false;
      this.typed = value;
      return true;
    },
  };
}

test("a value that differs from the row's default goes into the case at the row's key", () => {
  const c = {};
  new SingleInput({ key: "loonsanctie.weeks" }, field("12")).write(c);
  new SingleInput({ key: "pregnancy_leave.same_cause" }, field(false, true)).write(c);
  assert.deepEqual(c, { loonsanctie: { weeks: "12" }, pregnancy_leave: { same_cause: false } });
});

test("an empty field or the row's own default adds nothing to the case", () => {
  const c = {};
  new SingleInput({ key: "loonsanctie.weeks" }, field(null)).write(c);
  new SingleInput({ key: "pregnancy_leave.same_cause" }, field(true, true)).write(c);
  new SingleInput({ key: "werkgever_verzuim" }, field(false, false)).write(c);
  assert.deepEqual(c, {});
});

test("reading a case says whether the row holds something other than its default", () => {
  const flag = () => new SingleInput({ key: "pregnancy_leave.same_cause" }, field(null, true));
  assert.equal(flag().read({ pregnancy_leave: { same_cause: false } }), true);
  assert.equal(flag().read({ pregnancy_leave: { same_cause: true } }), false);
  const weeks = new SingleInput({ key: "loonsanctie.weeks" }, field(null, null, (v) => typeof v === "number"));
  assert.equal(weeks.read({ loonsanctie: { weeks: 12 } }), true);
  assert.equal(weeks.field.typed, 12);
  assert.equal(weeks.read({ loonsanctie: { weeks: "twaalf" } }), false, "a value the field cannot hold");
  assert.equal(weeks.read({}), false, "a case without the row");
});

const ROW = {
  parts: {
    "": { label: { nl: "Loonsanctie", en: "Wage sanction" } },
    start: { label: { nl: "Begin", en: "Start" }, hint: { nl: "Bijvoorbeeld 27 3 2026", en: "For example 27 3 2026" } },
  },
};

test("a part's label and hint in the page's language; no hint where the row has none", () => {
  assert.deepEqual(partWords(ROW, "start", "en"), { label: "Start", hint: "For example 27 3 2026" });
  assert.deepEqual(partWords(ROW, "", "nl"), { label: "Loonsanctie", hint: null });
});

test("a part the row does not describe has an empty label and no hint", () => {
  assert.deepEqual(partWords(ROW, "end", "nl"), { label: "", hint: null });
  assert.deepEqual(partWords({}, "", "en"), { label: "", hint: null });
});

test("words without a role of their own are a plain text; missing words are none", () => {
  assert.equal(roleWords({ nl: "Datum", en: "Date" }, "en", "werkgever"), "Date");
  assert.equal(roleWords(null, "nl", null), null);
  assert.equal(roleWords({ nl: "", en: "" }, "nl", null), null);
});
