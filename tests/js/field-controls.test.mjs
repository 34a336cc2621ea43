// When a date field asks Python to split a whole date (field-controls.mjs), under Node: only
// the shape "something, a separator, something" decides; what the parts mean is Python's.
import assert from "node:assert/strict";
import { test } from "node:test";

import { WHOLE_DATE } from "../../site_config/overrides/assets/spoorwijzer/field-controls.mjs";

test("a whole date typed or pasted into one field goes to Python", () => {
  for (const text of ["12-03-2026", "12/3/2026", "12.3.2026", "12 maart 2026", "2026-03-12", "1 2"]) {
    assert.ok(WHOLE_DATE.test(text), text);
  }
});

test("one part alone stays in its field as typed", () => {
  for (const text of ["", "12", "2026", "maart", "12-", "-3", "/", " 12 "]) {
    assert.ok(!WHOLE_DATE.test(text), JSON.stringify(text));
  }
});
