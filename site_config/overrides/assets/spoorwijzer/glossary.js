// Spoorwijzer: glossary terms open their explanation on hover, keyboard focus and tap.
//
// The build (site_config/markers/glossary.py, mark_first_terms) leaves one
// <abbr class="sw-term" title="explanation"> per term and page. This module turns each into a
// focusable term with a tooltip (role="tooltip", linked by aria-describedby) built from the
// title, which it then removes so that the browser does not show its own tooltip as well.
// Without JavaScript the title stays: a hover tooltip and the term's accessible description.
//
// The tooltip shows on hover (and stays while the pointer is on it), on focus and on tap or
// click; it hides on Escape, when focus or the pointer leaves, and on a tap elsewhere
// (WCAG 1.4.13: dismissible, hoverable, persistent). Only one is open at a time. Classes only:
// no style attributes (CSP), positions come from site.css.

const TERMS = "abbr.sw-term[title]";
let open = null;
let count = 0;
let listening = false;

function hide(term) {
  if (!term) return;
  term.tip.hidden = true;
  if (open === term) open = null;
}

function show(term) {
  if (open && open !== term) hide(open);
  term.tip.hidden = false;
  term.tip.classList.remove("sw-tip--end");
  // Past the right edge of the page: align its right edge with the term instead.
  if (term.tip.getBoundingClientRect().right > document.documentElement.clientWidth - 8) {
    term.tip.classList.add("sw-tip--end");
  }
  open = term;
}

/** Make one `<abbr class="sw-term" title>` a focusable term with its tooltip (also for terms
 *  added later, such as the calculator's result: render.mjs marks them with terms.mjs). */
export function enhance(abbr) {
  listen();
  const tip = document.createElement("span");
  count += 1;
  tip.id = `sw-tip-${count}`;
  tip.className = "sw-tip";
  tip.setAttribute("role", "tooltip");
  tip.textContent = abbr.title;
  tip.hidden = true;

  const wrap = document.createElement("span");
  wrap.className = "sw-term-wrap";
  abbr.replaceWith(wrap);
  wrap.append(abbr, tip);

  abbr.removeAttribute("title");
  abbr.tabIndex = 0;
  abbr.setAttribute("aria-describedby", tip.id);
  const term = { abbr, tip, wrap };

  abbr.addEventListener("focus", () => show(term));
  abbr.addEventListener("blur", () => {
    if (!wrap.matches(":hover")) hide(term);
  });
  abbr.addEventListener("click", () => show(term));
  wrap.addEventListener("mouseenter", () => show(term));
  wrap.addEventListener("mouseleave", () => {
    if (document.activeElement !== abbr) hide(term);
  });
  return term;
}

function listen() {
  if (listening) return;
  listening = true;
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && open) hide(open);
  });
  document.addEventListener("pointerdown", (event) => {
    if (open && !open.wrap.contains(event.target)) hide(open);
  });
}

function start() {
  for (const abbr of document.querySelectorAll(TERMS)) enhance(abbr);
}

start();
