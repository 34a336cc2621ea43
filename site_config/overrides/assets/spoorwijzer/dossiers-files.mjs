// Files in and out of the page "Meerdere dossiers", without any network: a download is a
// Blob URL the browser saves; an upload is read from the visitor's disk into memory. The bytes
// of a CSV file go to Python as they are (base64): Python decodes and reads them.

/**
 * The first `maxBytes` bytes of a file, as base64. The page passes one byte more than Python
 * reads (inputs.schema()'s limits.csv_bytes), so that a bigger file reaches Python cut, and
 * Python itself says "too large" in the visitor's language instead of the boundary refusing a
 * request over its size.
 */
export async function fileAsBase64(file, maxBytes) {
  const bytes = new Uint8Array(await file.slice(0, maxBytes).arrayBuffer());
  const parts = [];
  const step = 0x8000; // String.fromCharCode takes a limited number of arguments
  for (let i = 0; i < bytes.length; i += step) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + step)));
  }
  return btoa(parts.join(""));
}

/** A file's text (UTF-8), at most `maxBytes` of it; null when it cannot be read. */
export async function fileAsText(file, maxBytes) {
  try {
    return await file.slice(0, maxBytes).text();
  } catch {
    return null;
  }
}
