// What the worker decides about a request before Python sees it (worker-requests.mjs), under
// Node. tests/unit/test_worker_requests.py compares the nesting with calculator.boundary's own.
import assert from "node:assert/strict";
import { test } from "node:test";

import { beyondLimits, lazyGroup } from "../../site_config/overrides/assets/spoorwijzer/worker-requests.mjs";

const LIMITS = { size: 100, depth: 3 };

test("a request within both limits passes", () => {
  assert.equal(beyondLimits('{"case": {"periods": []}}', LIMITS), false);
  assert.equal(beyondLimits("", LIMITS), false);
});

test("one level deeper than the limit is refused, objects and arrays alike", () => {
  assert.equal(beyondLimits("[[[]]]", LIMITS), false);
  assert.equal(beyondLimits("[[[[]]]]", LIMITS), true);
  assert.equal(beyondLimits('{"a": {"b": [{}]}}', LIMITS), true);
  assert.equal(beyondLimits("[[[[", LIMITS), true); // never closed
});

test("brackets inside strings do not count, escaped quotes do not end a string", () => {
  assert.equal(beyondLimits('["[[[[[[{{{{"]', LIMITS), false);
  assert.equal(beyondLimits('["\\"[[[[[["]', LIMITS), false);
  assert.equal(beyondLimits('["\\\\", [[[]]]]', LIMITS), true); // an escaped backslash ends
});

test("closing brackets make room again", () => {
  assert.equal(beyondLimits("[[[]]] [[[]]] [[[]]]", LIMITS), false);
});

test("a request longer than the limit, or not a string, is refused", () => {
  assert.equal(beyondLimits("x".repeat(100), LIMITS), false);
  assert.equal(beyondLimits("x".repeat(101), LIMITS), true);
  assert.equal(beyondLimits(undefined, LIMITS), true);
  assert.equal(beyondLimits({ action: "calculate" }, LIMITS), true);
});

test("a calendar needs the ics wheels, a spreadsheet the xlsx wheels", () => {
  assert.equal(lazyGroup('{"action": "ics"}'), "ics");
  assert.equal(lazyGroup('{"action": "batch_ics"}'), "ics");
  assert.equal(lazyGroup('{"action": "batch_xlsx"}'), "xlsx");
  assert.equal(lazyGroup('{"action": "read_csv", "data": "UEsDBBQAAAAIAA"}'), "xlsx");
});

test("a CSV file, a calculation and anything else need no lazy wheels", () => {
  assert.equal(lazyGroup('{"action": "read_csv", "data": "bmFhbTtlZXJzdGVf"}'), null);
  assert.equal(lazyGroup('{"action": "read_csv", "data": 5}'), null);
  assert.equal(lazyGroup('{"action": "calculate"}'), null);
  assert.equal(lazyGroup('{"action": "constructor"}'), null);
  assert.equal(lazyGroup('{"action": "toString"}'), null);
  assert.equal(lazyGroup("not json"), null);
  assert.equal(lazyGroup("null"), null);
});
