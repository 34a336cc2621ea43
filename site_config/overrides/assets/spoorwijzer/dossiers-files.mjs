// Files in and out of the page "Meerdere dossiers", without any network: a download is a
// Blob URL the browser saves; an upload is read from the visitor's disk into memory. The bytes
// of a CSV file go to Python as they are (base64): Python decodes and reads them.

import { h } from "./dom.mjs";

/**
 * Python reads at most 2 MB of CSV; the boundary refuses requests over 3 million characters.
 * A bigger file is cut here to this many bytes (base64: about 2.9 million characters), so that
 * Python itself says "too large" in the visitor's language instead of refusing the request.
 */
export const MAX_UPLOAD_BYTES = 2_200_000;

/** A file name without anything but letters, digits, dot, dash and underscore. */
export function safeName(name, fallback, extension) {
  const cleaned = String(name || "").replace(/[^A-Za-z0-9._-]/g, "");
  return cleaned.endsWith(extension) ? cleaned : fallback;
}

/** Let the browser save `text` as a file called `filename`. */
export function download(filename, text, type) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The first MAX_UPLOAD_BYTES bytes of a file, as base64. */
export async function fileAsBase64(file) {
  const bytes = new Uint8Array(await file.slice(0, MAX_UPLOAD_BYTES).arrayBuffer());
  const parts = [];
  const step = 0x8000; // String.fromCharCode takes a limited number of arguments
  for (let i = 0; i < bytes.length; i += step) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + step)));
  }
  return btoa(parts.join(""));
}

/** A file's text (UTF-8), at most MAX_UPLOAD_BYTES of it; null when it cannot be read. */
export async function fileAsText(file) {
  try {
    return await file.slice(0, MAX_UPLOAD_BYTES).text();
  } catch {
    return null;
  }
}
