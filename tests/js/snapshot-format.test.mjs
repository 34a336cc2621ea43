// The kept form of the calculator's memory snapshot (snapshot-format.mjs), under Node.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  HEAD,
  MAGIC,
  PAGE,
  intact,
  openKept,
  packPages,
  seal,
  unpackPages,
} from "../../site_config/overrides/assets/spoorwijzer/snapshot-format.mjs";

/** A memory like Pyodide's: pages of data, pages of zeros, and a partial last page. */
function memory({ pages = 9, tail = 1234, zeroPages = [1, 2, 5] } = {}) {
  const bytes = new Uint8Array(pages * PAGE + tail);
  for (let page = 0; page * PAGE < bytes.length; page++) {
    if (zeroPages.includes(page)) continue;
    const end = Math.min((page + 1) * PAGE, bytes.length);
    for (let i = page * PAGE; i < end; i += 97) bytes[i] = (i * 31 + page) % 251 || 1;
  }
  return bytes;
}

test("a packed memory unpacks to the same bytes", () => {
  const original = memory();
  assert.deepEqual(unpackPages(packPages(original)), original);
});

test("pages of zeros are left out, and a page with one byte set is kept", () => {
  const original = memory({ pages: 8, tail: 0, zeroPages: [0, 3, 4, 7] });
  const packed = packPages(original);
  assert.equal(packed.length, HEAD + 4 * 4 + 4 * PAGE);
  original[3 * PAGE + PAGE - 1] = 9; // the last byte of a page of zeros
  assert.equal(packPages(original).length, HEAD + 5 * 4 + 5 * PAGE);
  assert.deepEqual(unpackPages(packPages(original)), original);
});

test("a partial last page that is zero but for its final bytes is kept", () => {
  const original = new Uint8Array(2 * PAGE + 3);
  original[2 * PAGE + 2] = 7; // beyond the last whole 32-bit word
  const packed = packPages(original);
  assert.equal(packed.length, HEAD + 4 + PAGE);
  assert.deepEqual(unpackPages(packed), original);
});

test("a memory that does not start on a 4-byte boundary packs the same", () => {
  const original = memory({ pages: 3, tail: 10 });
  const shifted = new Uint8Array(original.length + 1);
  shifted.set(original, 1);
  const view = shifted.subarray(1);
  assert.deepEqual(packPages(view), packPages(original));
});

test("the kept form starts with its mark, and sealing writes the digest", async () => {
  const packed = packPages(memory());
  assert.deepEqual([...packed.subarray(0, MAGIC.length)], [...MAGIC]);
  assert.equal(await intact(packed), false); // no digest yet
  await seal(packed);
  assert.equal(await intact(packed), true);
  assert.deepEqual(await openKept(packed), memory());
});

test("one changed byte anywhere after the digest is found", async () => {
  const packed = await seal(packPages(memory()));
  for (const at of [HEAD - 12, HEAD, HEAD + 4 * 3, packed.length - 1]) {
    const damaged = packed.slice();
    damaged[at] ^= 0x01;
    assert.equal(await intact(damaged), false, `byte ${at}`);
    await assert.rejects(openKept(damaged), /not a whole kept snapshot/);
  }
});

test("bytes that are not a kept snapshot are refused", async () => {
  const packed = await seal(packPages(memory()));
  assert.equal(unpackPages(new Uint8Array(10)), null);
  const other = packed.slice();
  other[0] = "X".charCodeAt(0);
  assert.equal(unpackPages(other), null);
  assert.equal(await intact(other), false);
  assert.equal(unpackPages(packed.subarray(0, packed.length - 1)), null); // cut off
  const wrongPage = packed.slice();
  new DataView(wrongPage.buffer).setUint32(HEAD - 8, 8192, true);
  assert.equal(unpackPages(wrongPage), null);
  const beyond = packed.slice();
  new DataView(beyond.buffer).setUint32(HEAD, 1000, true); // a page number past the end
  assert.equal(unpackPages(beyond), null);
  // A sealed snapshot with a bad page number is whole but still not one.
  await seal(beyond);
  await assert.rejects(openKept(beyond), /not a kept snapshot/);
});
