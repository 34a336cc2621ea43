// A quiet offer of the English page, once, to a browser set to English (never a redirect).
//
// On a Dutch page, when the browser's first preferred language is English (navigator.languages,
// e.g. "en-GB") and this browser has not had the offer before, a small note above the page's
// content says that the page is also in English, with a link to it (the header's language
// switcher's own link, so the calculator's case goes along: rekenhulp.js handles that click)
// and a button to close the note. The offer is remembered in this browser's localStorage
// ("sw-lang-offer"), on this device only, like everything else; without storage no note is
// shown at all (it would come back on every page). Not in an embedded calculator (the bureau
// chose its language), not on English pages, not for a browser that prefers Dutch. Loaded on
// every page (mkdocs.yml, extra_javascript).

const KEY = "sw-lang-offer";
const WORDS = {
  text: "This page is also available in English.",
  link: "Read it in English",
  close: "No thanks, stay in Dutch",
  label: "Language",
};

function prefersEnglish() {
  const languages = Array.isArray(navigator.languages) && navigator.languages.length ? navigator.languages : [navigator.language];
  const first = String(languages[0] || "").toLowerCase();
  return first === "en" || first.startsWith("en-");
}

function remember() {
  try {
    if (window.localStorage.getItem(KEY)) return false;
    window.localStorage.setItem(KEY, "1");
    return true;
  } catch {
    return false; // no storage: no offer, rather than one on every page
  }
}

function element(tag, attrs, text) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  if (text) el.textContent = text;
  return el;
}

function offer() {
  if (document.documentElement.lang !== "nl" || window.parent !== window) return;
  const english = document.querySelector('a[hreflang="en"]');
  const content = document.querySelector(".md-content__inner");
  if (!english || !content || !prefersEnglish() || !remember()) return;
  const note = element("aside", { class: "sw-lang-offer", lang: "en", "aria-label": WORDS.label, "data-lang-offer": "" });
  const link = element("a", { href: english.href, hreflang: "en", lang: "en" }, WORDS.link);
  const close = element("button", { type: "button", class: "sw-lang-offer__close" }, WORDS.close);
  close.addEventListener("click", () => note.remove());
  note.append(element("p", {}, WORDS.text + " "), close);
  note.firstChild.append(link);
  content.prepend(note);
}

offer();
