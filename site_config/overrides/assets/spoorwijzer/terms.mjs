// Glossary terms in the calculator's result, explained the way the content pages explain them:
// the first use of each term becomes an `<abbr class="sw-term">` with its explanation, which
// glossary.js turns into a focusable term with a tooltip (hover, focus, tap). In English the
// first use of a Dutch term is also glossed in words, "bedrijfsarts (company doctor)", as the
// English pages do. The terms and their explanations are the site's glossary
// (site_config/glossary.toml), which the build writes into the page as `#sw-glossary`; this
// module only finds their first use in text the result has already drawn.
//
// Only the result's sentences are searched (the elements in TEXT), never links, headings,
// summaries or buttons: a focusable term inside those would be a second control in one place.

import { enhance } from "./glossary.js";

const TEXT = [
  ".rh-next__todo",
  ".rh-window",
  ".rh-pay__part > p",
  ".rh-alert__status",
  ".rh-alert__do",
  ".rh-alert__stake > p",
  ".rh-outcome > p",
  ".rh-role-words p:not(.rh-role-words__who)",
  ".rh-text",
  ".rh-todo",
  ".rh-note",
  ".rh-indication",
].join(", ");
const SKIP = "a, h1, h2, h3, h4, h5, h6, summary, button, label, abbr, .rh-sources, .rh-role-name";

/** The glossary the build wrote into the page: [{term, aliases, text, gloss}], or []. */
export function readGlossary(doc) {
  const el = doc.getElementById("sw-glossary");
  if (!el) return [];
  try {
    const data = JSON.parse(el.textContent);
    return Array.isArray(data) ? data.filter((entry) => entry && typeof entry.text === "string") : [];
  } catch {
    return [];
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Shown: no ancestor up to `root` is hidden or a closed <details>. */
function visible(el, root) {
  for (let node = el; node && node !== root; node = node.parentElement) {
    if (node.hidden || (node.tagName === "DETAILS" && !node.open)) return false;
  }
  return true;
}

/** Undo an earlier pass (the result is marked again when the role view changes). */
function unmark(root) {
  for (const wrap of root.querySelectorAll("[data-result-term]")) {
    const abbr = wrap.querySelector("abbr");
    wrap.replaceWith(document.createTextNode(abbr ? abbr.textContent : ""));
  }
  root.normalize();
}

/**
 * Mark the first visible use of each glossary term inside `root`; `lang` "en" also glosses it.
 * Returns the number of terms marked.
 */
export function markTerms(root, glossary, lang) {
  unmark(root);
  const entries = glossary
    .flatMap((entry) =>
      [entry.term, ...(Array.isArray(entry.aliases) ? entry.aliases : [])]
        .filter((word) => typeof word === "string" && word.length > 2)
        .map((word) => ({ word, entry })),
    )
    .sort((a, b) => b.word.length - a.word.length);
  if (!entries.length) return 0;
  const pattern = new RegExp(
    `(^|[^\\p{L}\\p{N}-])(${entries.map((e) => escapeRegExp(e.word)).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const byWord = new Map(entries.map((e) => [e.word.toLowerCase(), e.entry]));
  const seen = new Set();
  let marked = 0;
  for (const el of root.querySelectorAll(TEXT)) {
    if (!visible(el, root)) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.closest(SKIP)) nodes.push(node);
    }
    for (const node of nodes) {
      let current = node;
      pattern.lastIndex = 0;
      let match;
      while (current && (match = pattern.exec(current.data))) {
        const entry = byWord.get(match[2].toLowerCase());
        if (!entry || seen.has(entry)) continue;
        seen.add(entry);
        const start = match.index + match[1].length;
        const word = current.splitText(start);
        current = word.splitText(match[2].length);
        pattern.lastIndex = 0;
        const abbr = document.createElement("abbr");
        abbr.className = "sw-term";
        abbr.title = entry.text;
        abbr.textContent = word.data;
        const wrap = document.createElement("span");
        wrap.dataset.resultTerm = "";
        word.replaceWith(wrap);
        wrap.append(abbr);
        const glossed = lang === "en" && entry.gloss && !/^\s*\(/.test(current.data);
        enhance(abbr); // wraps the abbr in its own span with the tooltip
        if (glossed) wrap.append(Object.assign(document.createElement("span"), { className: "sw-gloss", textContent: ` (${entry.gloss})` }));
        marked += 1;
      }
    }
  }
  return marked;
}
