// Where the calculator's worker is, shared by early.mjs (which may start it before the page's
// modules have loaded) and client.mjs (which talks to it).

export const WORKER_URL = new URL("./worker.mjs", import.meta.url);
export const WORKER_NAME = "spoorwijzer-rekenhulp";
/** window[EARLY_KEY]: {worker, said: [events], keep} while a worker started early waits. */
export const EARLY_KEY = "spoorwijzerEarlyWorker";
