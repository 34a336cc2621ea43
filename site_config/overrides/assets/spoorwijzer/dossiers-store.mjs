// Keeping the list of cases on this device, only when the visitor asks for it ("Bewaar op dit
// apparaat"), in IndexedDB; "Wis alles" deletes the database. Nothing else of the page stores
// anything: without a request to keep it, the list is gone on reload.
//
// Looking for a kept list must not create one: `loadKept()` opens the database without a
// version upgrade of its own, and when the browser would create it (it did not exist), the
// creation is aborted, so a visit that never kept anything leaves no database behind.
//
// What is kept: {format, version, revision, cases: [{label, number, case}], unreadable: [...]},
// the shape of the JSON export plus a revision (one more on every save) and the items a page
// could not read, kept as they were (never overwritten by a page that could not read them).
//
// Two tabs: every save says which revision it replaces (the one its page loaded or saved last),
// and is refused when the kept list has another one (another tab saved, or cleared it, in
// between): a page never overwrites a list it did not load, and a wipe holds. After a save or
// a wipe, the other tabs hear of it on a BroadcastChannel and follow (`onOtherTab`).

const DB_NAME = "spoorwijzer-dossiers";
const DB_VERSION = 1;
const STORE = "lijst";
const KEY = "dossiers";
const CHANNEL = "spoorwijzer-dossiers";

/** The error of a save refused because the kept list changed in another tab. */
export class Conflict extends Error {
  constructor() {
    super("the kept list changed in another tab");
    this.name = "Conflict";
  }
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.addEventListener("success", () => resolve(req.result));
    req.addEventListener("error", () => reject(req.error));
  });
}

/** The database; `create` false: null when it does not exist (and none is created). */
function openDb(create) {
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    let aborted = false;
    req.addEventListener("upgradeneeded", (event) => {
      if (!create && event.oldVersion === 0) {
        aborted = true;
        req.transaction.abort(); // the database is not created
        return;
      }
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    });
    req.addEventListener("success", () => resolve(req.result));
    req.addEventListener("error", (event) => {
      if (aborted) {
        event.preventDefault();
        resolve(null);
      } else {
        reject(req.error);
      }
    });
    req.addEventListener("blocked", () => reject(new Error("blocked")));
  });
}

function isIndexedDbAvailable() {
  return typeof indexedDB !== "undefined" && indexedDB !== null;
}

/** What is kept (any value the database holds), or null when nothing is kept (or the browser
 *  cannot keep anything). The page checks what it got. */
export async function loadKept() {
  if (!isIndexedDbAvailable()) return null;
  let db;
  try {
    db = await openDb(false);
  } catch {
    return null;
  }
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains(STORE)) return null;
    const value = await request(db.transaction(STORE, "readonly").objectStore(STORE).get(KEY));
    return value === undefined ? null : value;
  } finally {
    db.close();
  }
}

/** The revision of a kept value (0 for a list kept before revisions, null for nothing). */
export function revisionOf(value) {
  if (value === null || value === undefined) return null;
  return value && typeof value === "object" && Number.isInteger(value.revision) ? value.revision : 0;
}

let channel = null;
function broadcast(message) {
  try {
    channel ??= new BroadcastChannel(CHANNEL);
    channel.postMessage(message);
  } catch {
    // no BroadcastChannel: the revision check alone keeps the lists apart
  }
}

/** Call `listener({type: "changed", revision} | {type: "wiped"})` when another tab keeps or
 *  clears the list. */
export function onOtherTab(listener) {
  try {
    const own = new BroadcastChannel(CHANNEL);
    own.addEventListener("message", (event) => listener(event.data || {}));
  } catch {
    // no BroadcastChannel in this browser
  }
}

/**
 * Keep the list, replacing what was kept, if what is kept now has revision `expected` (null:
 * nothing is kept). Resolves with the new revision; rejects with Conflict when the kept list
 * is another (another tab saved or cleared it), or an error when the browser cannot keep it.
 */
export async function keep(list, expected) {
  if (!isIndexedDbAvailable()) throw new Error("IndexedDB is not available");
  const db = await openDb(expected === null);
  if (!db) throw new Conflict(); // cleared in another tab: the wipe holds
  let revision;
  try {
    if (!db.objectStoreNames.contains(STORE)) throw new Conflict();
    const tx = db.transaction(STORE, "readwrite");
    const store = tx.objectStore(STORE);
    const done = new Promise((resolve, reject) => {
      tx.addEventListener("complete", resolve);
      tx.addEventListener("error", () => reject(tx.error));
      tx.addEventListener("abort", () => reject(tx.error || new Conflict()));
    });
    const current = revisionOf(await request(store.get(KEY)));
    if (current !== expected) {
      tx.abort();
      await done.catch(() => {});
      throw new Conflict();
    }
    revision = (current || 0) + 1;
    store.put({ ...list, revision }, KEY);
    await done;
  } finally {
    db.close();
  }
  broadcast({ type: "changed", revision });
  return revision;
}

/** Delete everything kept on this device (the whole database); the other tabs hear of it. */
export async function wipe() {
  if (!isIndexedDbAvailable()) return;
  await new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.addEventListener("success", resolve);
    req.addEventListener("error", () => reject(req.error));
    req.addEventListener("blocked", resolve); // deleted once the other tabs close it
  });
  broadcast({ type: "wiped" });
}
