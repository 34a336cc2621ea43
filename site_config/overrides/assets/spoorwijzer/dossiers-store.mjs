// Keeping the list of cases on this device, only when the visitor asks for it ("Bewaar op dit
// apparaat"), in IndexedDB; "Wis alles" deletes the database. Nothing else of the page stores
// anything: without a request to keep it, the list is gone on reload.
//
// Looking for a kept list must not create one: `loadKept()` opens the database without a
// version upgrade of its own, and when the browser would create it (it did not exist), the
// creation is aborted, so a visit that never kept anything leaves no database behind.
//
// What is kept: {format, version, cases: [{label, case}]}, the same shape as the JSON export.

const DB_NAME = "spoorwijzer-dossiers";
const DB_VERSION = 1;
const STORE = "lijst";
const KEY = "dossiers";

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

/** The kept list, or null when nothing is kept (or the browser cannot keep anything). */
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
    return value && typeof value === "object" ? value : null;
  } finally {
    db.close();
  }
}

/** Keep the list (replacing what was kept). Rejects when the browser cannot keep it. */
export async function keep(list) {
  if (!isIndexedDbAvailable()) throw new Error("IndexedDB is not available");
  const db = await openDb(true);
  try {
    const tx = db.transaction(STORE, "readwrite");
    tx.objectStore(STORE).put(list, KEY);
    await new Promise((resolve, reject) => {
      tx.addEventListener("complete", resolve);
      tx.addEventListener("error", () => reject(tx.error));
      tx.addEventListener("abort", () => reject(tx.error || new Error("aborted")));
    });
  } finally {
    db.close();
  }
}

/** Delete everything kept on this device (the whole database). */
export async function wipe() {
  if (!isIndexedDbAvailable()) return;
  await new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.addEventListener("success", resolve);
    req.addEventListener("error", () => reject(req.error));
    req.addEventListener("blocked", resolve); // deleted once the other tabs close it
  });
}
