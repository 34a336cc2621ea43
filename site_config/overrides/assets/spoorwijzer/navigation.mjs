// The case lives in the URL fragment (`#v=1&ziek=…`, written by Python); this module keeps it
// there. Browsers never send the fragment to a server, but they keep every address in their
// history. So what the page writes into its own address by itself (the form as typed, a result,
// a dossier opened from Meerdere dossiers) leaves out the name and the date of birth: Python's
// `page_fragment`. The whole fragment (Python's `fragment`, for the share link the visitor may
// copy) only travels inside this browser:
//
// - `caseFragment()`: the case fragment of the address bar, or "" (a plain "#heading" anchor
//   has no key=value pairs).
// - `writeFragment(fragment, kind, whole)`: put `fragment` in the address bar without a new
//   history entry, and `whole` (default: the same) in history.state with `kind` ("result" or
//   "draft"). history.state survives a reload and Back in the same tab, and is never an
//   address: a draft (the form as typed, not yet calculated) is filled in again on reload, not
//   calculated, with its name and date of birth.
// - `fragmentToLoad()`: what a page starting up should read: the whole fragment kept with this
//   address (history.state, or handed over by `handOver` in this tab), else the address's own.
// - `handOver(href, whole)`: the page is about to open `href` in this tab (the other language):
//   the page there gets `whole` once (sessionStorage of this tab, deleted when read).
// - `keepCaseOnAnchorClicks()`: in-page anchor links (the table of contents, "skip to
//   content", heading permalinks) scroll to their target without touching the fragment, so a
//   reload still shows the case.
// - A dossier opened from Meerdere dossiers (in a new tab) carries a one-time key instead of its
//   name and date of birth (`dossier=…`); `dossierFragment()` asks the page of the dossiers
//   for the whole fragment over a BroadcastChannel of this site (`offerDossiers` answers while
//   that page is open). Nothing is stored on the way.

const STATE_KEY = "spoorwijzer";
const HANDOVER_KEY = "spoorwijzer-handover";
const DOSSIER_KEY = "dossier";
const CHANNEL = "spoorwijzer-dossiers";
/** How long a dossier's page gets to answer (it answers at once when it is open). */
export const DOSSIER_WAIT_MS = 2000;

export function caseFragment(href = window.location.href) {
  const fragment = new URL(href).hash.replace(/^#/, "");
  return fragment.includes("=") ? fragment : "";
}

function kept() {
  const state = window.history.state;
  const value = state && typeof state === "object" ? state[STATE_KEY] : null;
  if (typeof value === "string") return { kind: value }; // an entry of an older release
  return value && typeof value === "object" ? value : null;
}

export function fragmentKind() {
  const value = kept();
  return value ? value.kind || null : null;
}

export function writeFragment(fragment, kind, whole = fragment) {
  const url = new URL(window.location.href);
  url.hash = fragment;
  const previous = window.history.state;
  const value = { kind, shown: fragment, whole };
  const state = { ...(previous && typeof previous === "object" ? previous : {}), [STATE_KEY]: value };
  window.history.replaceState(state, "", url.href);
}

export function fragmentToLoad() {
  const shown = caseFragment();
  let handed = null;
  try {
    handed = JSON.parse(window.sessionStorage.getItem(HANDOVER_KEY) || "null");
    window.sessionStorage.removeItem(HANDOVER_KEY);
  } catch {
    // no storage here: nothing was handed over
  }
  if (handed && handed.href === window.location.href && typeof handed.whole === "string") return handed.whole;
  const value = kept();
  if (value && value.shown === shown && typeof value.whole === "string") return value.whole;
  return shown;
}

export function handOver(href, whole) {
  try {
    window.sessionStorage.setItem(HANDOVER_KEY, JSON.stringify({ href, whole }));
  } catch {
    // no storage here: the other page opens without the name and date of birth
  }
}

// ----- a dossier opened from Meerdere dossiers ----------------------------------------------

function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The link that opens a dossier: its `pageFragment` and a one-time key `entry` gets (kept on
 *  the entry, in memory only). */
export function dossierLink(base, pageFragment, entry) {
  entry.linkKey ??= randomKey();
  return withFragment(`${pageFragment}&${DOSSIER_KEY}=${entry.linkKey}`, base);
}

/** Meerdere dossiers: answer a calculator tab that asks for a dossier's whole fragment by its
 *  key (`wholeOf(key)`: the fragment, or null when no dossier has that key). Returns the
 *  channel (null without BroadcastChannel); it answers until closed. */
export function offerDossiers(wholeOf) {
  if (typeof BroadcastChannel === "undefined") return null;
  const channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener("message", ({ data }) => {
    if (!data || data.type !== "ask" || typeof data.key !== "string") return;
    const whole = wholeOf(data.key);
    if (typeof whole === "string") channel.postMessage({ type: "answer", key: data.key, whole });
  });
  return channel;
}

/** `fragment` without the dossier key, the whole fragment from the dossiers' page (or null when
 *  no page answered) and whether there was a key at all. */
export async function dossierFragment(fragment) {
  const params = new URLSearchParams(fragment);
  const key = params.get(DOSSIER_KEY);
  if (key === null) return { fragment, whole: null, asked: false };
  const rest = fragment
    .split("&")
    .filter((pair) => pair.split("=")[0] !== DOSSIER_KEY)
    .join("&");
  if (typeof BroadcastChannel === "undefined") return { fragment: rest, whole: null, asked: true };
  const channel = new BroadcastChannel(CHANNEL);
  const whole = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), DOSSIER_WAIT_MS);
    channel.addEventListener("message", ({ data }) => {
      if (!data || data.type !== "answer" || data.key !== key || typeof data.whole !== "string") return;
      clearTimeout(timer);
      resolve(data.whole);
    });
    channel.postMessage({ type: "ask", key });
  });
  channel.close();
  return { fragment: rest, whole, asked: true };
}

/** The URL of `base` (default: this page) with `fragment`. */
export function withFragment(fragment, base = window.location.href) {
  const url = new URL(base, window.location.href);
  url.hash = fragment;
  return url.href;
}

function samePage(url) {
  const here = window.location;
  return url.origin === here.origin && url.pathname === here.pathname && url.search === here.search;
}

function anchorTarget(hash) {
  let id;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return null;
  }
  if (id === "" || id.toLowerCase() === "top") return document.documentElement;
  return document.getElementById(id) || document.getElementsByName(id)[0] || null;
}

function moveTo(target) {
  target.scrollIntoView({ block: "start" });
  if (target === document.documentElement) return;
  // Where the browser would move the keyboard's starting point: onto the target itself.
  if (!target.matches("a[href], button, input, select, textarea, summary, [tabindex]")) {
    target.setAttribute("tabindex", "-1");
  }
  target.focus({ preventScroll: true });
}

/**
 * Scroll in-page anchor links to their target without changing the address bar, while a case
 * is in it (`hasCase()`). A hash change made some other way (typed, a script) is undone.
 */
export function keepCaseOnAnchorClicks(hasCase, currentFragment, currentWhole = currentFragment) {
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) return;
    const url = new URL(link.href, window.location.href);
    if (!samePage(url) || !url.hash || caseFragment(url.href) || !hasCase()) return;
    const target = anchorTarget(url.hash);
    if (!target) return;
    event.preventDefault();
    moveTo(target);
  });
  window.addEventListener("hashchange", (event) => {
    const fragment = currentFragment();
    if (!fragment || caseFragment(event.newURL) || !new URL(event.newURL).hash) return;
    // An anchor replaced the case: the browser has scrolled; put the case back.
    writeFragment(fragment, fragmentKind() || "result", currentWhole() || fragment);
  });
}
