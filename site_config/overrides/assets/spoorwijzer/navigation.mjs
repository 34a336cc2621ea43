// The case lives in the URL fragment (`#v=1&ziek=…`, written by Python); this module keeps it
// there. Browsers never send the fragment to a server.
//
// - `caseFragment()`: the case fragment of the address bar, or "" (a plain "#heading" anchor
//   has no key=value pairs).
// - `writeFragment(fragment, kind)`: put a fragment in the address bar without a new history
//   entry. `kind` ("result" or "draft") goes into history.state, which survives a reload of
//   the same tab: a draft (the form as typed, not yet calculated) is filled in again on
//   reload, not calculated. No typed value is kept anywhere but in the fragment.
// - `keepCaseOnAnchorClicks()`: in-page anchor links (the table of contents, "skip to
//   content", heading permalinks) scroll to their target without touching the fragment, so a
//   reload still shows the case.

const STATE_KEY = "spoorwijzer";

export function caseFragment(href = window.location.href) {
  const fragment = new URL(href).hash.replace(/^#/, "");
  return fragment.includes("=") ? fragment : "";
}

export function fragmentKind() {
  const state = window.history.state;
  return state && typeof state === "object" ? state[STATE_KEY] || null : null;
}

export function writeFragment(fragment, kind) {
  const url = new URL(window.location.href);
  url.hash = fragment;
  const previous = window.history.state;
  const state = { ...(previous && typeof previous === "object" ? previous : {}), [STATE_KEY]: kind };
  window.history.replaceState(state, "", url.href);
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
export function keepCaseOnAnchorClicks(hasCase, currentFragment) {
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
    writeFragment(fragment, fragmentKind() || "result");
  });
}
