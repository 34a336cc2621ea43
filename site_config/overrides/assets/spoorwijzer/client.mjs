// The client of the calculator worker (worker.mjs): adopts the worker early.mjs started from
// the page's <head>, or starts one at once, waits for its ready handshake (with a timeout that
// offers the static timeline), and sends calls by id.
//
// Protocol (owned by worker.mjs):
//   page -> worker  {id, type: "call", request: "<JSON text>"}
//   worker -> page  {type: "ready"} once, {id, type: "result", response: "<JSON text>"},
//                   {type: "fatal", message} when the boot fails, and (newer workers) while
//                   booting {type: "progress", phase, loaded}: passed to `onProgress` when
//                   given; a worker that sends none is fine, and so is a page that asks none.
//                   {type: "restore", state: "start", snapshot: url} when the worker begins to
//                   restore a kept memory snapshot (state "refused" when it gave up on it).
// A restore gets RESTORE_DEADLINE_MS to end in "ready": a damaged snapshot can hang Python at
// full CPU, where the worker itself can do nothing any more. Past the deadline the client ends
// that worker, deletes the snapshot and starts a new worker, which boots normally.
// A call resolves with the boundary's answer (an object; `ok` true or false) and rejects only
// when the calculator cannot run at all (then `onFatal(message, reason)` has been called:
// reason "browser" when this browser has no module worker or WebAssembly, else "boot").

import { EARLY_KEY, WORKER_NAME, WORKER_URL } from "./worker-url.mjs";

const READY_TIMEOUT_MS = 30000;
// From "restore" to "ready" took 0.9-2.5 s on a shared 2-core machine (Chromium, 7 warm
// starts); twenty seconds leave room for a phone several times slower, and a visitor with a
// hanging snapshot waits that long once.
export const RESTORE_DEADLINE_MS = 20000;

/** The worker early.mjs started for this page, once (null when there is none). */
function adoptEarlyWorker() {
  const early = window[EARLY_KEY];
  if (!early || !early.worker) return null;
  delete window[EARLY_KEY];
  early.worker.removeEventListener("message", early.keep);
  early.worker.removeEventListener("error", early.keep);
  return early;
}

function startWorker() {
  return new Worker(WORKER_URL, { type: "module", name: WORKER_NAME });
}

/** Delete the entry `href` (a URL of this site) from every cache of the site. */
async function forgetKept(href) {
  try {
    const url = new URL(String(href), window.location.href);
    if (url.origin !== window.location.origin) return;
    for (const name of await caches.keys()) await (await caches.open(name)).delete(url.href);
  } catch {
    // no caches here, or nothing to delete
  }
}

/** The answer when a reply cannot be read: a fault of ours, like the boundary's `internal`. */
export const UNREADABLE = Object.freeze({
  ok: false,
  errors: [{ code: "internal", field: "request", part: null, message: "" }],
});

const CALENDAR_ACTIONS = ["ics", "batch_ics"];

export class CalculatorClient {
  constructor({ onReady, onSlow, onFatal, onProgress = () => {}, timeoutMs = READY_TIMEOUT_MS }) {
    this.state = "loading";
    this.onProgress = onProgress;
    this.progress = null; // the last {phase, loaded} while booting
    this.pending = new Map();
    this.queue = [];
    this.nextId = 1;
    this.onReady = onReady;
    this.onFatal = onFatal;
    if (typeof Worker === "undefined" || typeof WebAssembly === "undefined") {
      queueMicrotask(() => this.fail("Worker or WebAssembly is not available", "browser"));
      return;
    }
    const early = adoptEarlyWorker();
    let worker;
    try {
      worker = early ? early.worker : startWorker();
    } catch (error) {
      queueMicrotask(() => this.fail(String(error), "browser"));
      return;
    }
    this.attach(worker, early ? early.said.splice(0) : []);
    this.timer = setTimeout(() => {
      if (this.state === "loading") onSlow();
    }, timeoutMs);
  }

  /** Listen to `worker`, after replaying what it `said` before (an early worker's events, in
   *  order, once the page that creates this client has finished its own set-up). Events of a
   *  worker this client has left (see restartWithoutSnapshot) are ignored. */
  attach(worker, said = []) {
    this.worker = worker;
    const onMessage = (event) => {
      if (this.worker === worker) this.receive(event.data || {});
    };
    const onError = (event) => {
      event.preventDefault();
      if (this.worker === worker) this.fail(event.message || "worker error");
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    if (said.length) {
      queueMicrotask(() => {
        for (const event of said) {
          if (event.type === "error") onError(event);
          else onMessage(event);
        }
      });
    }
  }

  /** Give a restore its deadline, or clear it when the worker gave the snapshot up. */
  watchRestore(message) {
    clearTimeout(this.restoreTimer);
    if (message.state !== "start" || this.state !== "loading") return;
    this.restoreTimer = setTimeout(() => this.restartWithoutSnapshot(message.snapshot), RESTORE_DEADLINE_MS);
  }

  async restartWithoutSnapshot(snapshot) {
    if (this.state !== "loading") return;
    const stuck = this.worker;
    this.worker = null;
    stuck.terminate();
    await forgetKept(snapshot);
    if (this.state !== "loading") return;
    try {
      this.attach(startWorker());
    } catch (error) {
      this.fail(String(error), "browser");
    }
  }

  receive(message) {
    if (message.type === "ready") {
      if (this.state === "failed") return;
      this.state = "ready";
      clearTimeout(this.timer);
      clearTimeout(this.restoreTimer);
      this.onReady();
      for (const send of this.queue.splice(0)) send();
    } else if (message.type === "progress") {
      if (this.state !== "loading") return;
      const phase = typeof message.phase === "string" ? message.phase : "";
      const loaded = Number.isFinite(message.loaded) && message.loaded >= 0 ? message.loaded : 0;
      this.progress = { phase, loaded };
      this.onProgress(this.progress);
    } else if (message.type === "restore") {
      this.watchRestore(message);
    } else if (message.type === "fatal") {
      this.fail(typeof message.message === "string" ? message.message : "fatal");
    } else if (message.type === "result" && this.pending.has(message.id)) {
      const { resolve } = this.pending.get(message.id);
      this.pending.delete(message.id);
      let response;
      try {
        response = JSON.parse(message.response);
      } catch {
        response = null;
      }
      resolve(response && typeof response === "object" ? response : UNREADABLE);
    }
  }

  fail(message, reason = "boot") {
    if (this.state === "failed") return;
    this.state = "failed";
    clearTimeout(this.timer);
    clearTimeout(this.restoreTimer);
    if (this.worker) this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error(message));
    this.pending.clear();
    this.queue.length = 0;
    this.onFatal(message, reason);
  }

  /** How many calls wait for the calculator to be ready. */
  get waiting() {
    return this.queue.length;
  }

  /** Send one request (an object) through the boundary; resolves with its answer. */
  call(request) {
    if (this.state === "failed") return Promise.reject(new Error("calculator unavailable"));
    const id = this.nextId++;
    // The service worker keeps the calendar's wheels only for a page that asked for a calendar
    // (sw-register.js reads this mark); the mark says nothing about the case.
    if (CALENDAR_ACTIONS.includes(request.action)) document.documentElement.dataset.calendarAsked = "";
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const send = () => this.worker.postMessage({ id, type: "call", request: JSON.stringify(request) });
      if (this.state === "ready") send();
      else this.queue.push(send);
    });
  }
}
