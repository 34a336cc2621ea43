// Spoorwijzer "Voor re-integratiebureaus" page (docs/bureaus.md, .en.md), ES module.
//
// The generator: the bureau picks language, accent colour, font, background and default role;
// this module builds the iframe snippet and the plain link as TEXT (every value escaped for
// HTML) and shows them in read-only text fields. It loads nothing else: no Pyodide on this
// page. The font and the background (so that the calculator reads like the bureau's own page
// instead of a foreign widget) are two controls this module adds after the colour.
//
// Markup (in the page): a form [data-sw-generator] with data-site (the site root, relative
// to the page) and data-lang; inputs name="taal" (radios), name="kleur", name="rol";
// outputs [data-sw-output="snippet"] and [data-sw-output="link"] (textarea / input),
// buttons [data-sw-copy="snippet|link"], a status [data-sw-status], and the colour
// message [data-sw-colour-error].
//
// The live preview: this module adds a "Voorbeeld" group to the generator with a button
// that shows the embed with the chosen settings in an iframe, as a bureau's page would
// (with embed.js for its height and for bringing the result into view). Only on that click
// does the calculator load (a few megabytes); after it, every change of the settings shows
// in the preview (the iframe's address follows, after a short pause).

const ROLES = ["werkgever", "werknemer", "bureau"];
const FONTS = ["systeem", "schreefloos", "schreef"];
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

const PREVIEW_DELAY_MS = 600;

const TEXT = {
  nl: {
    title: "Rekenhulp Wet verbetering poortwachter (Spoorwijzer)",
    copied: "Gekopieerd.",
    preview: "Voorbeeld",
    previewHint:
      "Zo ziet de rekenhulp eruit met deze instellingen. Het voorbeeld laadt de rekenhulp (een paar megabyte) en past zich daarna aan als je iets verandert.",
    previewShow: "Laat het voorbeeld zien",
    previewTitle: "Voorbeeld van de rekenhulp met deze instellingen",
    colourError: "Dit is geen kleurcode. Gebruik 3 of 6 tekens 0-9 en a-f, bijvoorbeeld 1d70b8. Nu wordt de standaardkleur gebruikt.",
    font: "Lettertype",
    fontHint:
      "Kies wat het meest lijkt op het lettertype van je eigen site. Een lettertype dat je site zelf laadt, kan niet mee: de rekenhulp haalt niets op bij andere sites.",
    fonts: {
      "": "Standaard (Spoorwijzer)",
      systeem: "Het lettertype van het apparaat van de bezoeker",
      schreefloos: "Schreefloos (Arial, Helvetica)",
      schreef: "Met schreef (Georgia)",
    },
    background: "Doorzichtige achtergrond: je eigen pagina is zichtbaar achter de rekenhulp",
    backgroundHint: "Alleen voor een lichte achtergrond: de tekst van de rekenhulp blijft donker.",
  },
  en: {
    title: "Gatekeeper Improvement Act calculator (Spoorwijzer)",
    copied: "Copied.",
    preview: "Preview",
    previewHint:
      "This is how the calculator looks with these settings. The preview loads the calculator (a few megabytes) and then follows every change you make.",
    previewShow: "Show the preview",
    previewTitle: "Preview of the calculator with these settings",
    colourError: "This is not a colour code. Use 3 or 6 characters 0-9 and a-f, for example 1d70b8. The default colour is used now.",
    font: "Font",
    fontHint:
      "Choose what looks most like the font of your own site. A font your site loads itself cannot come along: the calculator fetches nothing from other sites.",
    fonts: {
      "": "Default (Spoorwijzer)",
      systeem: "The font of the visitor's device",
      schreefloos: "Sans serif (Arial, Helvetica)",
      schreef: "Serif (Georgia)",
    },
    background: "Transparent background: your own page shows behind the calculator",
    backgroundHint: "Only for a light background: the calculator's text stays dark.",
  },
};

/** The value for HTML text and double-quoted attributes. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** "rrggbb" (lower case, no "#") for a strict #rgb / #rrggbb value, "" for empty, else null. */
export function colourParam(value) {
  const text = String(value || "").trim();
  if (!text) return "";
  const match = text.length <= 7 ? HEX.exec(text) : null;
  return match ? match[1].toLowerCase() : null;
}

/** {embed, link, script, snippet} for the chosen settings. */
export function build(site, { lang, colour, role, font = "", transparent = false }) {
  const en = lang === "en";
  const embed = new URL(en ? "en/rekenhulp/embed/" : "rekenhulp/embed/", site);
  if (colour) embed.searchParams.set("kleur", colour);
  if (FONTS.includes(font)) embed.searchParams.set("lettertype", font);
  if (transparent) embed.searchParams.set("achtergrond", "transparant");
  if (ROLES.includes(role)) embed.searchParams.set("rol", role);
  const link = new URL(en ? "en/rekenhulp/" : "rekenhulp/", site);
  if (ROLES.includes(role)) link.hash = `v=1&rol=${role}`;
  const script = new URL("assets/spoorwijzer/embed.js", site);
  const title = TEXT[en ? "en" : "nl"].title;
  const snippet =
    `<iframe data-spoorwijzer src="${escapeHtml(embed.href)}"\n` +
    `  title="${escapeHtml(title)}"\n` +
    `  width="100%" height="900" style="border: 0;" loading="lazy"\n` +
    `  referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write"\n` +
    `  sandbox="allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox allow-modals"></iframe>\n` +
    `<script src="${escapeHtml(script.href)}" defer></script>`;
  return { embed: embed.href, link: link.href, script: script.href, snippet };
}

/** The live preview: an iframe with the embed, shown on request, following the settings. */
class Preview {
  constructor(form, site, t) {
    this.site = site;
    this.src = null;
    this.timer = null;
    const id = "sw-preview-hint";
    this.button = document.createElement("button");
    this.button.type = "button";
    this.button.className = "sw-generator__copy sw-preview__show";
    this.button.setAttribute("aria-describedby", id);
    this.button.textContent = t.previewShow;
    this.button.addEventListener("click", () => this.show());
    this.frame = document.createElement("iframe");
    this.frame.className = "sw-preview__frame";
    this.frame.title = t.previewTitle;
    this.frame.hidden = true;
    this.frame.setAttribute("data-spoorwijzer", "");
    this.frame.setAttribute("data-sw-preview", "");
    this.frame.setAttribute("allow", "clipboard-write");
    const heading = document.createElement("p");
    heading.className = "sw-preview__title";
    heading.textContent = t.preview;
    const hint = document.createElement("p");
    hint.className = "sw-generator__hint";
    hint.id = id;
    hint.textContent = t.previewHint;
    const group = document.createElement("div");
    group.className = "sw-generator__group sw-preview";
    group.append(heading, hint, this.button, this.frame);
    const status = form.querySelector("[data-sw-status]");
    form.insertBefore(group, status);
  }

  show() {
    if (!document.querySelector("script[data-sw-embed-script]")) {
      // embed.js, as a bureau's page loads it: height, and the result into view.
      const script = document.createElement("script");
      script.src = new URL("assets/spoorwijzer/embed.js", this.site).href;
      script.dataset.swEmbedScript = "";
      document.head.append(script);
    }
    this.frame.src = this.src;
    this.frame.hidden = false;
    this.button.hidden = true;
    this.frame.focus();
  }

  /** The settings changed: once shown, the preview follows after a short pause. */
  follow(src) {
    this.src = src;
    if (this.frame.hidden) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.frame.src !== this.src) this.frame.src = this.src;
    }, PREVIEW_DELAY_MS);
  }
}

/** The font and background controls, after the colour's group. */
function addLookControls(form, t) {
  const colourGroup = form.elements.namedItem("kleur").closest(".sw-generator__group");
  const make = (tag, attrs, text) => {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
    if (text) el.textContent = text;
    return el;
  };
  const fontGroup = make("div", { class: "sw-generator__group" });
  const select = make("select", { id: "sw-lettertype", name: "lettertype", "aria-describedby": "sw-lettertype-hint" });
  for (const [value, text] of Object.entries(t.fonts)) select.append(make("option", { value }, text));
  fontGroup.append(
    make("label", { for: "sw-lettertype" }, t.font),
    make("p", { class: "sw-generator__hint", id: "sw-lettertype-hint" }, t.fontHint),
    select,
  );
  const backgroundGroup = make("div", { class: "sw-generator__group sw-generator__choice" });
  backgroundGroup.append(
    make("input", {
      type: "checkbox",
      id: "sw-achtergrond",
      name: "achtergrond",
      value: "transparant",
      "aria-describedby": "sw-achtergrond-hint",
    }),
    " ",
    make("label", { for: "sw-achtergrond" }, t.background),
    make("p", { class: "sw-generator__hint", id: "sw-achtergrond-hint" }, t.backgroundHint),
  );
  colourGroup.after(fontGroup, backgroundGroup);
}

function start(form) {
  const t = TEXT[form.dataset.lang === "en" ? "en" : "nl"];
  const site = new URL(form.dataset.site || "../", window.location.href);
  const output = (name) => form.querySelector(`[data-sw-output="${name}"]`);
  const status = form.querySelector("[data-sw-status]");
  const colourInput = form.elements.namedItem("kleur");
  const colourError = form.querySelector("[data-sw-colour-error]");
  addLookControls(form, t);
  const preview = new Preview(form, site, t);

  const update = () => {
    const checked = form.querySelector('input[name="taal"]:checked');
    const colour = colourParam(colourInput.value);
    const invalid = colour === null;
    colourError.textContent = invalid ? t.colourError : "";
    colourError.hidden = !invalid;
    if (invalid) colourInput.setAttribute("aria-invalid", "true");
    else colourInput.removeAttribute("aria-invalid");
    const result = build(site, {
      lang: checked ? checked.value : form.dataset.lang,
      colour: colour || "",
      role: form.elements.namedItem("rol").value,
      font: form.elements.namedItem("lettertype").value,
      transparent: form.elements.namedItem("achtergrond").checked,
    });
    output("snippet").value = result.snippet;
    output("link").value = result.link;
    preview.follow(result.embed);
    form.dataset.ready = "true";
  };

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  for (const button of form.querySelectorAll("[data-sw-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const field = output(button.dataset.swCopy);
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        if (document.execCommand) document.execCommand("copy");
      }
      status.textContent = t.copied;
    });
  }
  update();
}

for (const form of document.querySelectorAll("[data-sw-generator]")) start(form);
