// How the result's timeline shows a step and where it puts the leave (steps.mjs), under Node.
import assert from "node:assert/strict";
import { test } from "node:test";

import { capitalised, leaveAt, stepState } from "../../site_config/overrides/assets/spoorwijzer/steps.mjs";

test("a step with nothing left to do is one line that opens on demand, without advice", () => {
  for (const status of ["passed", "done", "closed"]) {
    assert.deepEqual(stepState(status), { status, collapsed: true, advice: false }, status);
  }
});

test("a step done too late stays open but gives no advice any more", () => {
  assert.deepEqual(stepState("late"), { status: "late", collapsed: false, advice: false });
});

test("a step still to do is open and says what to do", () => {
  for (const status of ["overdue", "today", "soon", "later"]) {
    assert.deepEqual(stepState(status), { status, collapsed: false, advice: true }, status);
  }
});

test("a status the page does not know shows as a step for later", () => {
  for (const status of ["gone", "", null, undefined, 3, "DONE"]) {
    assert.deepEqual(stepState(status), { status: "later", collapsed: false, advice: true }, String(status));
  }
});

test("the leave goes at the place Python gives, kept inside the list", () => {
  assert.equal(leaveAt({ position: 0 }, 5), 0);
  assert.equal(leaveAt({ position: 3 }, 5), 3);
  assert.equal(leaveAt({ position: 5 }, 5), 5);
  assert.equal(leaveAt({ position: 9 }, 5), 5);
  assert.equal(leaveAt({ position: -2 }, 5), 0);
});

test("a leave without a whole-number place goes at the end", () => {
  for (const position of [undefined, null, "2", 1.5, Number.NaN]) {
    assert.equal(leaveAt({ position }, 4), 4, String(position));
  }
});

test("the week line starts with a capital and keeps the rest as Python wrote it", () => {
  assert.equal(capitalised("week 6 (dag 42)"), "Week 6 (dag 42)");
  assert.equal(capitalised("uiterlijk in week 88"), "Uiterlijk in week 88");
  assert.equal(capitalised(""), "");
});
