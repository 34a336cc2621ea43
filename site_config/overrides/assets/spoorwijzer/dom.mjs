// DOM helpers for the calculator page: elements and text nodes only, never innerHTML, because
// parts of what is shown can come from the URL fragment.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `h("p", {class: "x", onclick: f}, "text", child)`: an element with attributes and children. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, ...children);
  return el;
}

/** Append children; strings become text nodes, null/undefined/false are skipped. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return parent;
}

/** Any value as display text ("" for null and undefined). */
export function str(value) {
  if (typeof value === "string") return value;
  return value === null || value === undefined ? "" : String(value);
}

/** True for a "YYYY-MM-DD" string (its shape only: Python decides what a date is). */
export function isIsoDate(value) {
  return typeof value === "string" && ISO_DATE.test(value);
}

/** `<time datetime="YYYY-MM-DD">text</time>`; the attribute only for an ISO date. */
export function timeEl(iso, text) {
  const el = h("time", {}, str(text) || str(iso));
  if (isIsoDate(iso)) el.setAttribute("datetime", iso);
  return el;
}

/** A link to a legal source: http(s) only; anything else becomes plain text. */
export function safeLink(source) {
  const label = str(source && source.label) || str(source && source.url);
  let url = null;
  try {
    const parsed = new URL(str(source && source.url));
    if (parsed.protocol === "https:" || parsed.protocol === "http:") url = parsed.href;
  } catch {
    url = null;
  }
  return url ? h("a", { href: url, rel: "noopener" }, label) : h("span", {}, label);
}

/** The element id for a boundary field name: "periods.1.start" -> "rh-periods-1-start". */
export function fieldId(name) {
  return "rh-" + name.replace(/[^A-Za-z0-9_]+/g, "-");
}

/** Open every <details> around an element, so that it can be seen and focused. */
export function openAncestors(el) {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.tagName === "DETAILS") node.open = true;
  }
}

/** Move to a form control: open its sections, show its question, focus it. */
export function focusField(el) {
  if (!el) return;
  openAncestors(el);
  const fieldset = el.closest("fieldset");
  const legend = fieldset ? fieldset.querySelector("legend") : null;
  (legend || el).scrollIntoView({ block: "start" });
  el.focus({ preventScroll: true });
}

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
