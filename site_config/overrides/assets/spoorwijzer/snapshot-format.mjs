// The kept form of the calculator's memory snapshot (worker.mjs keeps it in the service worker's
// cache after a first boot, and restores Python from it on later visits). Pure functions of
// bytes, tested under Node (tests/js/snapshot-format.test.mjs).
//
// The form: "SPWSNAP2", the SHA-256 of everything after it (32 bytes), then three little-endian
// u32 (the memory's length, PAGE, the number of pages kept), one u32 page number per kept page,
// then those pages. A page of zeros is left out and comes back as zeros: about half of Pyodide's
// 31 MB are zeros, and rebuilding them takes a few milliseconds where gunzipping the same memory
// took 300-400 ms of every warm start. Pyodide's snapshot is its own header and then the memory,
// so its length is not whole pages: the last page is partial.
//
// The digest is checked before anything of a kept snapshot reaches Pyodide: a snapshot damaged on
// the disk could make the restore hang (client.mjs gives a restore a deadline for what a digest
// cannot catch).

export const MAGIC = Object.freeze([..."SPWSNAP2"].map((c) => c.charCodeAt(0)));
export const DIGEST = 32;
export const PAGE = 4096;
const FIELDS = MAGIC.length + DIGEST; // where the three u32 start
export const HEAD = FIELDS + 12;

function hasMagic(packed) {
  return packed.length >= HEAD && MAGIC.every((c, i) => packed[i] === c);
}

/** The kept form of `snapshot` (a Uint8Array), without its digest (see seal). */
export function packPages(snapshot) {
  const memory = snapshot.byteOffset % 4 === 0 ? snapshot : snapshot.slice();
  const words = new Uint32Array(memory.buffer, memory.byteOffset, memory.byteLength >> 2);
  const kept = [];
  const pages = Math.ceil(memory.length / PAGE);
  for (let page = 0; page < pages; page++) {
    const end = Math.min((page + 1) * PAGE, memory.length);
    let i = (page * PAGE) >> 2;
    const last = end >> 2;
    while (i < last && words[i] === 0) i++;
    if (i < last || memory.subarray(last << 2, end).some((b) => b !== 0)) kept.push(page);
  }
  const packed = new Uint8Array(HEAD + 4 * kept.length + kept.length * PAGE);
  const view = new DataView(packed.buffer);
  packed.set(MAGIC);
  view.setUint32(FIELDS, memory.length, true);
  view.setUint32(FIELDS + 4, PAGE, true);
  view.setUint32(FIELDS + 8, kept.length, true);
  let at = HEAD + 4 * kept.length;
  kept.forEach((page, k) => {
    view.setUint32(HEAD + 4 * k, page, true);
    packed.set(memory.subarray(page * PAGE, Math.min((page + 1) * PAGE, memory.length)), at);
    at += PAGE;
  });
  return packed;
}

/** The memory back from its kept form, or null when the bytes are not one. */
export function unpackPages(packed) {
  if (!hasMagic(packed)) return null;
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const length = view.getUint32(FIELDS, true);
  const count = view.getUint32(FIELDS + 8, true);
  const pages = Math.ceil(length / PAGE);
  if (view.getUint32(FIELDS + 4, true) !== PAGE || count > pages) return null;
  if (packed.length !== HEAD + 4 * count + count * PAGE) return null;
  const memory = new Uint8Array(length);
  let at = HEAD + 4 * count;
  for (let k = 0; k < count; k++) {
    const page = view.getUint32(HEAD + 4 * k, true);
    if (page >= pages) return null;
    const size = Math.min(PAGE, length - page * PAGE);
    memory.set(packed.subarray(at, at + size), page * PAGE);
    at += PAGE;
  }
  return memory;
}

/** The SHA-256 of a kept snapshot's contents (everything after MAGIC and the digest itself). */
async function contentDigest(packed) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", packed.subarray(FIELDS)));
}

/** Write the digest into a packed snapshot (in place); returns it. */
export async function seal(packed) {
  packed.set(await contentDigest(packed), MAGIC.length);
  return packed;
}

/** Whether a kept snapshot is whole: its stored digest is the one of its contents. */
export async function intact(packed) {
  if (!hasMagic(packed)) return false;
  const digest = await contentDigest(packed);
  return digest.every((byte, i) => packed[MAGIC.length + i] === byte);
}

/** The memory of a kept snapshot; rejects when the bytes are not one, or not whole. */
export async function openKept(packed) {
  if (!(await intact(packed))) throw new Error("not a whole kept snapshot");
  const memory = unpackPages(packed);
  if (!memory) throw new Error("not a kept snapshot");
  return memory;
}
