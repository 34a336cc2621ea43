// The overview lines of Meerdere dossiers made whole (linkSteps in dossiers-list.mjs), under
// Node: a compact line names its steps by id, the answer has their words once.
import assert from "node:assert/strict";
import { test } from "node:test";

import { linkSteps } from "../../site_config/overrides/assets/spoorwijzer/dossiers-list.mjs";

/** One line as Python's compact answer has it (calculator.exports.StepWords): the
 *  probleemanalyse overdue (for every role), the plan van aanpak next for all but the agency. */
function compact() {
  return {
    ok: true,
    steps: {
      probleemanalyse: { title: "Probleemanalyse", roles: ["werkgever", "werknemer", "bureau"] },
      plan_van_aanpak: { title: "Plan van aanpak", roles: ["werkgever", "werknemer"] },
    },
    status_text: { overdue: "Niet als gedaan ingevuld", soon: "Binnenkort" },
    days: {
      "2026-11-01": ["zondag 1 november 2026", "zo 1 nov. 2026"],
      "2026-12-01": ["dinsdag 1 december 2026", "di 1 dec. 2026"],
    },
    results: [
      {
        id: "d1",
        ok: true,
        overview: {
          regime: "ill",
          week_today: 9,
          regime_text: "Ziekteweek 9 van 104",
          next: { all: "plan_van_aanpak", werkgever: "plan_van_aanpak", werknemer: "plan_van_aanpak", bureau: null },
          attention: ["probleemanalyse"],
          dates: {
            probleemanalyse: { date: "2026-11-01", status: "overdue" },
            plan_van_aanpak: { date: "2026-12-01", status: "soon", actual: "2026-11-30" },
          },
        },
      },
      { id: "d2", ok: false, errors: [{ code: "date_format", message: "Geen datum" }] },
    ],
  };
}

test("each step of a line becomes whole, once for the roles it is next for", () => {
  const [line, bad] = linkSteps(compact()).results;
  const plan = {
    id: "plan_van_aanpak",
    title: "Plan van aanpak",
    date: "2026-12-01",
    date_text: "dinsdag 1 december 2026",
    date_text_short: "di 1 dec. 2026",
    status: "soon",
    status_text: "Binnenkort",
    late_days: null,
    late_text: null,
    roles: ["werkgever", "werknemer"],
    actual: "2026-11-30",
  };
  assert.deepEqual(line.overview.next, { all: plan, werkgever: plan, werknemer: plan, bureau: null });
  assert.equal(line.overview.next.all, line.overview.next.werkgever);
  assert.deepEqual(line.overview.attention, [
    {
      id: "probleemanalyse",
      title: "Probleemanalyse",
      date: "2026-11-01",
      date_text: "zondag 1 november 2026",
      date_text_short: "zo 1 nov. 2026",
      status: "overdue",
      status_text: "Niet als gedaan ingevuld",
      late_days: null,
      late_text: null,
      roles: ["werkgever", "werknemer", "bureau"],
      actual: null,
    },
  ]);
  assert.equal(line.overview.dates, undefined);
  assert.equal(line.overview.regime_text, "Ziekteweek 9 van 104");
  assert.deepEqual(bad.errors, [{ code: "date_format", message: "Geen datum" }]);
});

test("a read_csv answer's cases are linked too; other answers pass as they are", () => {
  const answer = compact();
  const read = linkSteps({ ...answer, results: undefined, cases: answer.results });
  assert.equal(read.cases[0].overview.attention[0].title, "Probleemanalyse");
  const whole = { ok: true, results: [{ id: "d1", ok: true, overview: { next: { all: null }, attention: [] } }] };
  assert.deepEqual(linkSteps(structuredClone(whole)), whole);
  assert.equal(linkSteps(null), null);
  const failed = { ok: false, errors: [] };
  assert.equal(linkSteps(failed), failed);
});
