// Files in and out of the page "Meerdere dossiers", without any network: a download is a
// Blob URL the browser saves; an upload is read from the visitor's disk into memory. The bytes
// of a CSV or .xlsx file go to Python as they are (base64): Python decodes and reads them.
// FileField: a file input that the error summary can point at, like the form's fields.

import { h } from "./dom.mjs";

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

/** A field-like wrapper of a file input, so the error summary can point at it. */
export class FileField {
  constructor(ft, name, label, hint, accept) {
    this.name = name;
    this.t = ft;
    const id = `dw-${name}`;
    this.input = h("input", { type: "file", id, name, accept, class: "dw-file" });
    this.hintEl = h("p", { class: "rh-hint", id: `${id}-hint` }, hint);
    this.errorEl = h("p", { class: "rh-error-message", id: `${id}-error`, hidden: true });
    this.input.setAttribute("aria-describedby", this.hintEl.id);
    this.el = h(
      "div",
      { class: "rh-field", "data-field": name },
      h("label", { class: "rh-label", for: id }, label),
      this.hintEl,
      this.errorEl,
      this.input,
    );
  }

  target() {
    return this.input;
  }

  showError(message) {
    this.errorEl.replaceChildren(h("span", { class: "rh-visually-hidden" }, this.t.errorPrefix), message);
    this.errorEl.hidden = false;
    this.el.classList.add("rh-has-error");
    this.input.setAttribute("aria-invalid", "true");
    this.input.setAttribute("aria-describedby", `${this.hintEl.id} ${this.errorEl.id}`);
  }

  clearError() {
    this.errorEl.hidden = true;
    this.errorEl.replaceChildren();
    this.el.classList.remove("rh-has-error");
    this.input.removeAttribute("aria-invalid");
    this.input.setAttribute("aria-describedby", this.hintEl.id);
  }

  file() {
    return this.input.files && this.input.files.length ? this.input.files[0] : null;
  }

  reset() {
    this.input.value = "";
  }
}
