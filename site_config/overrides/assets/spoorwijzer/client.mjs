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
// A call resolves with the boundary's answer (an object; `ok` true or false) and rejects only
// when the calculator cannot run at all (then `onFatal` has been called).

import { EARLY_KEY, WORKER_NAME, WORKER_URL } from "./worker-url.mjs";

const READY_TIMEOUT_MS = 30000;

/** The worker early.mjs started for this page, once (null when there is none). */
function adoptEarlyWorker() {
  const early = window[EARLY_KEY];
  if (!early || !early.worker) return null;
  delete window[EARLY_KEY];
  early.worker.removeEventListener("message", early.keep);
  early.worker.removeEventListener("error", early.keep);
  return early;
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
      queueMicrotask(() => this.fail("Worker or WebAssembly is not available"));
      return;
    }
    const early = adoptEarlyWorker();
    try {
      this.worker = early ? early.worker : new Worker(WORKER_URL, { type: "module", name: WORKER_NAME });
    } catch (error) {
      queueMicrotask(() => this.fail(String(error)));
      return;
    }
    const onMessage = (event) => this.receive(event.data || {});
    const onError = (event) => {
      event.preventDefault();
      this.fail(event.message || "worker error");
    };
    this.worker.addEventListener("message", onMessage);
    this.worker.addEventListener("error", onError);
    // What the early worker said before this client existed, in order, once the page that
    // creates this client has finished its own set-up (a microtask: after this task's code).
    if (early && early.said.length) {
      const said = early.said.splice(0);
      queueMicrotask(() => {
        for (const event of said) {
          if (event.type === "error") onError(event);
          else onMessage(event);
        }
      });
    }
    this.timer = setTimeout(() => {
      if (this.state === "loading") onSlow();
    }, timeoutMs);
  }

  receive(message) {
    if (message.type === "ready") {
      if (this.state === "failed") return;
      this.state = "ready";
      clearTimeout(this.timer);
      this.onReady();
      for (const send of this.queue.splice(0)) send();
    } else if (message.type === "progress") {
      if (this.state !== "loading") return;
      const phase = typeof message.phase === "string" ? message.phase : "";
      const loaded = Number.isFinite(message.loaded) && message.loaded >= 0 ? message.loaded : 0;
      this.progress = { phase, loaded };
      this.onProgress(this.progress);
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

  fail(message) {
    if (this.state === "failed") return;
    this.state = "failed";
    clearTimeout(this.timer);
    if (this.worker) this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error(message));
    this.pending.clear();
    this.queue.length = 0;
    this.onFatal(message);
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
