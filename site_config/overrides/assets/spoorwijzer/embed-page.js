// Spoorwijzer embed page (/rekenhulp/embed/, /en/rekenhulp/embed/), ES module.
//
// Settings of the embedding bureau, in the query string (they are the same for every visitor
// of that bureau and hold no case data; the case itself stays in the fragment):
//   ?kleur=1d70b8   accent colour: exactly 3 or 6 hex digits, with or without a leading "#"
//                   (%23); anything else is ignored. It only ever reaches CSS as a value
//                   rebuilt from those digits, through style.setProperty on custom properties.
//   ?rol=bureau     default role view: werkgever, werknemer or bureau; anything else ignored.
//                   A rol= in the case fragment wins over it.
//   ?lettertype=…   the font, so that the calculator reads like the bureau's own page: systeem
//                   (the visitor's system font), schreefloos (Arial, Helvetica) or schreef
//                   (Georgia); anything else: the site's own. Only these names: a bureau's web
//                   font cannot load here (the page's policy allows fonts of its own origin
//                   only, and the visitor's browser never asks a third party for anything).
//   ?achtergrond=transparant  no background of its own: the bureau's page shows through, and
//                   the light colours stay even on a device set to dark (the host decides).
// Both become a class on <html> (embed-page.css): no value reaches CSS as text.
// The language is the page: /rekenhulp/embed/ (Dutch) or /en/rekenhulp/embed/ (English).
//
// Auto-height: the page posts {type: "spoorwijzer:height", height: <integer px>} to
// window.parent only, and only to the parent's own origin (location.ancestorOrigins, else the
// origin of document.referrer). When that origin is unknown, nothing is posted: never "*".
// The height is rounded up to a multiple of HEIGHT_STEP and posted only when that multiple
// changes: the exact height would tell the parent what was typed (a pregnancy leave, a second
// period or an error message each add a known number of pixels); a step of 160 px leaves it
// a few coarse sizes, and up to 159 px of empty space below the calculator.
// The parent's embed.js may ask again with {type: "spoorwijzer:hello"}.
// After "Bereken" and after a prefilled link (the calculator's "rekenhulp:result" event), the
// page posts its height at once and then {type: "spoorwijzer:scroll", top: <integer px>}: the
// result heading's distance from the page's top, rounded DOWN to a multiple of HEIGHT_STEP
// (for the same reason as the height: the exact offset would tell how long the form is); the
// parent's embed.js scrolls that point of the iframe to the top of its window, which puts the
// heading at most one step below it. Same channel, same target origin, nothing else.
// No cookies, no storage, no service worker, no requests other than the calculator's own.
//
// In a sandboxed iframe without allow-same-origin the page has an opaque origin ("null"):
// no module worker, no storage. Usually this module does not even load there (module scripts
// are fetched with CORS); if it does, it does not start the calculator, and the classic script
// embed-fallback.js shows a plain link to the full calculator instead.

import { mount } from "./rekenhulp.js";

const ROLES = ["werkgever", "werknemer", "bureau"];
/** ?lettertype= -> the class of <html> that sets the font (embed-page.css). */
export const FONTS = { systeem: "sw-embed-font--systeem", schreefloos: "sw-embed-font--schreefloos", schreef: "sw-embed-font--schreef" };
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const MAX_PARAM = 20;
export const HEIGHT_STEP = 160;

/** The height posted to the parent: `px` rounded up to a whole number of HEIGHT_STEPs. */
export function coarseHeight(px) {
  return Math.max(1, Math.ceil(px / HEIGHT_STEP)) * HEIGHT_STEP;
}

/** "#rrggbb" for a strict #rgb / #rrggbb hex value, else null. */
export function parseColour(value) {
  if (typeof value !== "string" || value.length > 7) return null;
  const match = HEX.exec(value);
  if (!match) return null;
  let hex = match[1].toLowerCase();
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  return "#" + hex;
}

function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Text colour for a button in `hex`: white or near-black, whichever contrasts more. */
function textOn(hex) {
  const l = luminance(hex);
  const white = 1.05 / (l + 0.05);
  const black = (l + 0.05) / (luminance("#0b0c0c") + 0.05);
  return white >= black ? "#ffffff" : "#0b0c0c";
}

function param(params, name) {
  const value = params.get(name);
  return value !== null && value.length <= MAX_PARAM ? value : null;
}

function parentOrigin() {
  if (window.parent === window) return null;
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length && ancestors[0] !== "null") return ancestors[0];
  try {
    const referrer = new URL(document.referrer);
    if (referrer.protocol === "https:" || referrer.protocol === "http:") return referrer.origin;
  } catch {
    // no referrer: unknown parent
  }
  return null;
}

/** The offset posted with "spoorwijzer:scroll": `px` rounded down to a whole HEIGHT_STEP. */
export function coarseTop(px) {
  return Math.max(0, Math.floor(px / HEIGHT_STEP)) * HEIGHT_STEP;
}

function autoHeight(wrapper, root) {
  const target = parentOrigin();
  if (!target) return;
  let last = -1;
  let queued = false;
  const measure = () => {
    const box = wrapper.getBoundingClientRect();
    const style = getComputedStyle(document.body);
    return Math.ceil(box.bottom + window.scrollY + parseFloat(style.paddingBottom || "0") + 16);
  };
  const post = (force) => {
    queued = false;
    const height = coarseHeight(measure());
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage({ type: "spoorwijzer:height", height }, target);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => post(false));
  };
  // The result came: the height first (so that the parent can scroll that far), then where.
  root.addEventListener("rekenhulp:result", () => {
    requestAnimationFrame(() => {
      post(true);
      const heading = document.getElementById("rh-result-heading");
      if (!heading) return;
      const top = coarseTop(heading.getBoundingClientRect().top + window.scrollY);
      window.parent.postMessage({ type: "spoorwijzer:scroll", top }, target);
    });
  });
  new ResizeObserver(schedule).observe(wrapper);
  window.addEventListener("load", schedule);
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || event.origin !== target) return;
    if (event.data && typeof event.data === "object" && event.data.type === "spoorwijzer:hello") post(true);
  });
  schedule();
}

function openLinksInNewTab(container) {
  // Inside an iframe, links to our other pages and to legal sources open in a new tab.
  container.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link.hasAttribute("download")) return;
      const href = link.getAttribute("href") || "";
      if (href.startsWith("#") || href.startsWith("blob:")) return;
      link.target = "_blank";
      link.rel = "noopener";
    },
    true,
  );
}

function start() {
  const root = document.querySelector("[data-rekenhulp-embed]");
  if (!root || window.origin === "null") return;
  const params = new URLSearchParams(window.location.search);
  const role = param(params, "rol");
  if (role && ROLES.includes(role)) root.dataset.role = role;
  const colour = parseColour(param(params, "kleur"));
  if (colour) {
    root.style.setProperty("--rh-accent", colour);
    root.style.setProperty("--sw-embed-accent", colour);
    root.style.setProperty("--sw-embed-accent-text", textOn(colour));
    root.classList.add("sw-embed--accent");
  }
  const font = param(params, "lettertype");
  if (font && Object.hasOwn(FONTS, font)) document.documentElement.classList.add(FONTS[font]);
  if (param(params, "achtergrond") === "transparant") {
    document.documentElement.classList.add("sw-embed--transparent");
  }
  const wrapper = document.querySelector(".md-content") || document.body;
  openLinksInNewTab(document.body);
  root.setAttribute("data-rekenhulp", "");
  autoHeight(wrapper, root); // listens before the calculator can answer a prefilled link
  mount(root);
}

start();
