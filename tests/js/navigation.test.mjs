// The case in the address and in the tab's history (navigation.mjs), under Node: a window with
// just what the module uses (location, history, sessionStorage); BroadcastChannel is Node's own.
import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";

import {
  DOSSIER_WAIT_MS,
  caseFragment,
  dossierFragment,
  dossierLink,
  fragmentKind,
  fragmentToLoad,
  handOver,
  offerDossiers,
  withFragment,
  writeFragment,
} from "../../site_config/overrides/assets/spoorwijzer/navigation.mjs";

/* global window */

const PAGE = "https://spoorwijzer.example/rekenhulp/";

/** A tab: its address, history entries replaced in place, and this tab's sessionStorage. */
function tab(href) {
  const storage = new Map();
  const location = { href };
  return {
    location,
    history: {
      state: null,
      replaceState(state, _title, url) {
        this.state = structuredClone(state);
        location.href = new URL(url, location.href).href;
      },
    },
    sessionStorage: {
      getItem: (key) => (storage.has(key) ? storage.get(key) : null),
      setItem: (key, value) => storage.set(key, String(value)),
      removeItem: (key) => storage.delete(key),
    },
  };
}

beforeEach(() => {
  globalThis.window = tab(PAGE);
});

afterEach(() => {
  delete globalThis.window;
});

test("a case fragment has key=value pairs; a heading's anchor is none", () => {
  assert.equal(caseFragment(`${PAGE}#v=1&ziek=2026-01-05`), "v=1&ziek=2026-01-05");
  assert.equal(caseFragment(`${PAGE}#uitleg`), "");
  assert.equal(caseFragment(PAGE), "");
});

test("the address gets the page's fragment, the history entry the whole case", () => {
  writeFragment("v=1&ziek=2026-01-05", "result", "v=1&ziek=2026-01-05&naam=Noor");
  assert.equal(window.location.href, `${PAGE}#v=1&ziek=2026-01-05`);
  assert.equal(fragmentKind(), "result");
  assert.equal(fragmentToLoad(), "v=1&ziek=2026-01-05&naam=Noor"); // after a reload
});

test("what the history entry keeps is only used for the address it was kept with", () => {
  writeFragment("v=1&ziek=2026-01-05", "draft", "v=1&ziek=2026-01-05&naam=Noor");
  window.location.href = `${PAGE}#v=1&ziek=2026-02-02`; // typed into the address bar
  assert.equal(fragmentToLoad(), "v=1&ziek=2026-02-02");
});

test("writing keeps what others put in the history entry", () => {
  window.history.state = { other: 1 };
  writeFragment("v=1&ziek=2026-01-05", "draft");
  assert.equal(window.history.state.other, 1);
  assert.equal(fragmentKind(), "draft");
});

test("a case handed over to the other language is read once, by that page only", () => {
  const english = "https://spoorwijzer.example/en/rekenhulp/#v=1&ziek=2026-01-05";
  handOver(english, "v=1&ziek=2026-01-05&naam=Noor");
  window.location.href = english;
  assert.equal(fragmentToLoad(), "v=1&ziek=2026-01-05&naam=Noor");
  assert.equal(fragmentToLoad(), "v=1&ziek=2026-01-05"); // once
  handOver(english, "v=1&ziek=2026-01-05&naam=Noor");
  window.location.href = `${PAGE}#v=1&ziek=2026-01-05`; // another page
  assert.equal(fragmentToLoad(), "v=1&ziek=2026-01-05");
});

test("an entry of an older release (the kind as a bare string) is read", () => {
  window.history.state = { spoorwijzer: "draft" };
  assert.equal(fragmentKind(), "draft");
});

test("withFragment puts a fragment on a page's address", () => {
  assert.equal(withFragment("v=1&ziek=2026-01-05", "../en/rekenhulp/?x=1"), "https://spoorwijzer.example/en/rekenhulp/?x=1#v=1&ziek=2026-01-05");
  assert.equal(withFragment("a=b"), `${PAGE}#a=b`);
});

test("a dossier's link carries a one-time key, and its page answers with the whole case", async () => {
  const entry = {};
  const link = dossierLink(PAGE, "v=1&ziek=2026-01-05", entry);
  const key = new URL(link).hash.match(/dossier=([0-9a-f]{32})$/)[1];
  assert.equal(dossierLink(PAGE, "v=1&ziek=2026-01-05", entry), link); // the key stays
  const offer = offerDossiers((asked) => (asked === key ? "v=1&ziek=2026-01-05&naam=Noor" : null));
  try {
    const found = await dossierFragment(`v=1&ziek=2026-01-05&dossier=${key}`);
    assert.deepEqual(found, { fragment: "v=1&ziek=2026-01-05", whole: "v=1&ziek=2026-01-05&naam=Noor", asked: true });
  } finally {
    offer.close();
  }
});

test("without a key nothing is asked; without an answer the dates open alone", async (t) => {
  assert.deepEqual(await dossierFragment("v=1&ziek=2026-01-05"), {
    fragment: "v=1&ziek=2026-01-05",
    whole: null,
    asked: false,
  });
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const asking = dossierFragment("v=1&dossier=00ff&ziek=2026-01-05");
  t.mock.timers.tick(DOSSIER_WAIT_MS);
  assert.deepEqual(await asking, { fragment: "v=1&ziek=2026-01-05", whole: null, asked: true });
});

test("an answer for another dossier's key is not taken", async (t) => {
  const other = new BroadcastChannel("spoorwijzer-dossiers");
  other.addEventListener("message", ({ data }) => {
    if (data && data.type === "ask") other.postMessage({ type: "answer", key: "another", whole: "v=1&naam=Other" });
  });
  t.mock.timers.enable({ apis: ["setTimeout"] });
  try {
    const asking = dossierFragment("v=1&ziek=2026-01-05&dossier=00ff");
    for (let turn = 0; turn < 20; turn++) {
      await new Promise((resolve) => {
        setImmediate(resolve);
      });
    }
    t.mock.timers.tick(DOSSIER_WAIT_MS); // the wrong answer has arrived by now
    assert.equal((await asking).whole, null);
  } finally {
    other.close();
  }
});
