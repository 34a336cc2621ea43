// Spoorwijzer: start the calculator's worker (worker.mjs, Pyodide) as early as the page can.
//
// Loaded by the calculator's pages only (front matter `calculator: true`; main.html puts it
// at the top of <head>, `async`): it runs as soon as it has arrived, while the browser still
// reads the page, its styles and the modules of rekenhulp.js, so Pyodide downloads and starts
// about as early as on a page with nothing else. It only starts the worker and
// keeps what the worker says until CalculatorClient (client.mjs) adopts it, in the same
// order; it sends the worker nothing. Where no worker can start (no Worker or WebAssembly, a
// sandboxed frame), it does nothing and the client tries, and fails, as before.

import { EARLY_KEY, WORKER_NAME, WORKER_URL } from "./worker-url.mjs";

if (typeof Worker !== "undefined" && typeof WebAssembly !== "undefined" && !window[EARLY_KEY]) {
  try {
    const worker = new Worker(WORKER_URL, { type: "module", name: WORKER_NAME });
    const early = { worker, said: [] };
    early.keep = (event) => {
      if (event.type === "error") event.preventDefault(); // the client reports it
      early.said.push(event);
    };
    worker.addEventListener("message", early.keep);
    worker.addEventListener("error", early.keep);
    window[EARLY_KEY] = early;
  } catch {
    // the client starts (or fails to start) its own worker
  }
}
