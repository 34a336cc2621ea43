// Spoorwijzer calculator page (ES module).
//
// The page only touches the DOM: every date is read, checked, counted and written by the
// Python calculator in the worker (worker.mjs), through the JSON boundary of the team
// contract. What the visitor typed is sent as typed; what comes back is rendered with text
// nodes only (never innerHTML), because parts of it can come from the URL fragment.
//
// Mount points: every element with `data-rekenhulp`. Options on that element:
//   data-lang="nl|en"            interface language (default: <html lang>)
//   data-timeline-url="…"        the static timeline page, for the fallback message
//   data-role="werkgever|…"      default role view (embed mode, issue 5)
//   data-today="YYYY-MM-DD"      fixed "today" for tests (Python still decides everything)
//   data-url-nl, data-url-en     the page in each language: a share link whose fragment asks
//                                for the other language (taal=en) opens that page (the query,
//                                e.g. the embed page's ?kleur=&rol=, goes along)
//   data-share-url="…"           the page the share link points at (embed mode: the full
//                                calculator page); default: this page
// `window.SPOORWIJZER_TODAY` does the same as data-today (a test hook set before load).

const READY_TIMEOUT_MS = 30000;
const WORKER_URL = new URL("./worker.mjs", import.meta.url);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROLES = ["werkgever", "werknemer", "bureau"];

const STRINGS = {
  nl: {
    loading: "Rekenhulp wordt geladen…",
    ready: "De rekenhulp is klaar.",
    waiting: "Even geduld: de rekenhulp wordt nog geladen. Je uitkomst volgt vanzelf.",
    calculating: "Bezig met rekenen…",
    calculated: (n) => `Tijdlijn berekend: ${n} momenten.`,
    slow: "Het laden duurt lang. Je kunt blijven wachten, of de tijdlijn zonder rekenhulp gebruiken:",
    failed: "De rekenhulp kan in deze browser niet starten. De termijnen staan ook op de pagina",
    timelineLink: "Tijdlijn van de Wet verbetering poortwachter",
    firstSickDay: "Eerste ziektedag",
    firstSickDayHint:
      "De eerste werkdag waarop je door ziekte niet hebt gewerkt, of de dag waarop je " +
      "halverwege je werk bent gestopt. Bijvoorbeeld 5 1 2026 of 5 jan 2026.",
    day: "Dag",
    month: "Maand",
    year: "Jaar",
    periodLegend: (n) => `Herstel en nieuwe ziekteperiode ${n}`,
    lastSickDay: "Laatste ziektedag voor volledig herstel",
    lastSickDayHint: "De laatste dag waarop je ziek was, voordat je je eigen werk weer helemaal deed.",
    recovered: "Nu volledig hersteld? Vul de laatste ziektedag in",
    recoveredLast: "Laatste ziektedag voor herstel",
    recoveredHint:
      "De laatste dag waarop je ziek was, voordat je je eigen werk weer helemaal deed. Laat dit " +
      "leeg als je nog ziek bent. De uitkomst laat zien tot wanneer een nieuwe ziekmelding nog " +
      "wordt samengeteld.",
    newFirstSickDay: "Nieuwe eerste ziektedag",
    newFirstSickDayHint: "De eerste werkdag waarop je opnieuw door ziekte niet hebt gewerkt.",
    addPeriod: "Hersteld en later opnieuw ziek? Voeg een periode toe",
    addPeriodHint:
      "Alleen volledig herstel voor je eigen werk telt als herstel. Werk je een deel van je " +
      "uren of ander werk, dan ben je nog ziek.",
    removePeriod: "Verwijder deze periode",
    periodAdded: (n) => `Periode ${n} toegevoegd.`,
    periodRemoved: "Periode verwijderd.",
    optional: "Optioneel",
    pregnancy: "Zwangerschaps- en bevallingsverlof",
    pregnancyStart: "Eerste dag van het verlof",
    pregnancyEnd: "Laatste dag van het verlof",
    pregnancySameCause: "De ziekte voor en na het verlof heeft dezelfde oorzaak",
    pregnancyRelated: "De ziekte voor het verlof had met de zwangerschap te maken",
    steps: "Stappen die al gezet zijn",
    stepsHint: "Vul alleen in wat echt al gebeurd is. Dan rekent de rekenhulp vanaf die datum.",
    actualPa: "Datum van de probleemanalyse",
    actualEje: "Datum van de eerstejaarsevaluatie",
    actualWia: "Datum van de WIA-aanvraag",
    loonsanctie: "Loonsanctie",
    loonsanctieHint: "Vul de lengte van de loonsanctie in, of de datum waarop UWV besliste dat de tekortkoming is hersteld.",
    loonsanctieWeeks: "Lengte van de loonsanctie in weken",
    loonsanctieRepaired: "Datum van het besluit van UWV dat de tekortkoming is hersteld",
    extension: "Vrijwillige verlenging",
    extensionEnd: "Nieuwe einddatum die UWV heeft vastgesteld",
    contract: "Einde van het contract",
    contractEnd: "Laatste dag van het contract",
    submit: "Bereken de termijnen",
    errorTitle: "Er is een probleem",
    errorPrefix: "Fout: ",
    internalError: "Er ging iets mis in de rekenhulp. Probeer het opnieuw of gebruik de tijdlijn.",
    resultHeading: "Jouw tijdlijn",
    roleLegend: "Laat zien wat te doen is voor",
    roleAll: "Iedereen",
    roles: { werkgever: "Werkgever", werknemer: "Werknemer", bureau: "Re-integratiebureau" },
    todo: "Wat te doen",
    who: "Wie: ",
    week: "Week",
    from: "van",
    until: "tot en met",
    indication: "indicatie",
    actual: "Gedaan op ",
    allDates: "Alle data",
    sources: "Bron: ",
    outcomes: "Wat betekent dit voor deze situatie",
    goodToKnow: "Goed om te weten",
    today: "Vandaag is het ",
    weekToday: (n) => `, ziekteweek ${n}`,
    timeline: "Termijnen",
    check: "Controleer je antwoorden",
    change: "Wijzig",
    share: "Link naar deze uitkomst",
    shareHint:
      "Alles wat je invulde staat in de link, achter het #-teken. Dat deel gaat niet naar een server.",
    copy: "Kopieer de link",
    copied: "Link gekopieerd.",
    calendar: "Zet in mijn agenda",
    calendarDone: (f) => `Agendabestand ${f} gedownload.`,
    print: "Afdrukken",
    fragmentLoaded: "De gegevens uit de link zijn ingevuld.",
  },
  en: {
    loading: "Loading the calculator…",
    ready: "The calculator is ready.",
    waiting: "Please wait: the calculator is still loading. Your result will follow.",
    calculating: "Calculating…",
    calculated: (n) => `Timeline calculated: ${n} milestones.`,
    slow: "Loading takes long. You can keep waiting, or use the timeline without the calculator:",
    failed: "The calculator cannot start in this browser. The deadlines are also on the page",
    timelineLink: "Timeline of the Gatekeeper Improvement Act",
    firstSickDay: "First sick day",
    firstSickDayHint:
      "The first working day you did not work because of illness, or the day you stopped " +
      "working part-way through. For example 5 1 2026 or 5 Jan 2026.",
    day: "Day",
    month: "Month",
    year: "Year",
    periodLegend: (n) => `Recovery and new sickness period ${n}`,
    lastSickDay: "Last sick day before full recovery",
    lastSickDayHint: "The last day you were ill, before you were fully back in your own job.",
    recovered: "Fully recovered now? Enter the last sick day",
    recoveredLast: "Last sick day before recovery",
    recoveredHint:
      "The last day you were ill, before you were fully back in your own job. Leave this empty " +
      "if you are still ill. The result shows until when a new sickness is still added together.",
    newFirstSickDay: "New first sick day",
    newFirstSickDayHint: "The first working day you again did not work because of illness.",
    addPeriod: "Recovered and ill again later? Add a period",
    addPeriodHint:
      "Only full recovery for your own job counts as recovery. Working part of your hours or " +
      "other work still counts as being ill.",
    removePeriod: "Remove this period",
    periodAdded: (n) => `Period ${n} added.`,
    periodRemoved: "Period removed.",
    optional: "Optional",
    pregnancy: "Pregnancy and maternity leave",
    pregnancyStart: "First day of the leave",
    pregnancyEnd: "Last day of the leave",
    pregnancySameCause: "The illness before and after the leave has the same cause",
    pregnancyRelated: "The illness before the leave was related to the pregnancy",
    steps: "Steps already taken",
    stepsHint: "Only fill in what has really happened. The calculator then counts from that date.",
    actualPa: "Date of the problem analysis (probleemanalyse)",
    actualEje: "Date of the first-year evaluation (eerstejaarsevaluatie)",
    actualWia: "Date of the WIA application",
    loonsanctie: "Wage sanction (loonsanctie)",
    loonsanctieHint: "Fill in the length of the wage sanction, or the date UWV decided the shortcoming was repaired.",
    loonsanctieWeeks: "Length of the wage sanction in weeks",
    loonsanctieRepaired: "Date of UWV's decision that the shortcoming was repaired",
    extension: "Voluntary extension",
    extensionEnd: "New end date set by UWV",
    contract: "End of the contract",
    contractEnd: "Last day of the contract",
    submit: "Calculate the deadlines",
    errorTitle: "There is a problem",
    errorPrefix: "Error: ",
    internalError: "Something went wrong in the calculator. Try again or use the timeline.",
    resultHeading: "Your timeline",
    roleLegend: "Show what to do for",
    roleAll: "Everyone",
    roles: { werkgever: "Employer", werknemer: "Employee", bureau: "Re-integration agency" },
    todo: "What to do",
    who: "Who: ",
    week: "Week",
    from: "from",
    until: "up to and including",
    indication: "indication",
    actual: "Done on ",
    allDates: "All dates",
    sources: "Source: ",
    outcomes: "What this means for this situation",
    goodToKnow: "Good to know",
    today: "Today is ",
    weekToday: (n) => `, week ${n} of illness`,
    timeline: "Deadlines",
    check: "Check your answers",
    change: "Change",
    share: "Link to this result",
    shareHint: "Everything you entered is in the link, after the # sign. That part is never sent to a server.",
    copy: "Copy the link",
    copied: "Link copied.",
    calendar: "Add to my calendar",
    calendarDone: (f) => `Calendar file ${f} downloaded.`,
    print: "Print",
    fragmentLoaded: "The details from the link have been filled in.",
  },
};

// ---------------------------------------------------------------------------------------
// DOM helpers: elements and text nodes only.

function h(tag, attrs = {}, ...children) {
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

function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return parent;
}

function str(value) {
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}

function timeEl(iso, text) {
  const el = h("time", {}, str(text) || str(iso));
  if (typeof iso === "string" && ISO_DATE.test(iso)) el.setAttribute("datetime", iso);
  return el;
}

function safeLink(source) {
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

function fieldId(name) {
  return "rh-" + name.replace(/[^A-Za-z0-9_]+/g, "-");
}

function openAncestors(el) {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.tagName === "DETAILS") node.open = true;
  }
}

function focusField(el) {
  if (!el) return;
  openAncestors(el);
  const legend = el.closest("fieldset") && el.closest("fieldset").querySelector("legend");
  (legend || el).scrollIntoView({ block: "start" });
  el.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------
// Form fields. Each field knows its boundary name (e.g. "periods.1.start"), can be renamed
// when a period is removed, shows one error message, and reads/writes its raw strings.

class DateField {
  constructor(t, name, legend, hint, { legendClass = "" } = {}) {
    this.t = t;
    this.legendEl = h("legend", { class: "rh-legend " + legendClass }, legend);
    this.hintEl = hint ? h("p", { class: "rh-hint" }, hint) : null;
    this.errorEl = h("p", { class: "rh-error-message", hidden: true });
    this.inputs = {};
    this.labels = {};
    const items = [];
    for (const part of ["day", "month", "year"]) {
      const input = h("input", {
        type: "text",
        inputmode: "numeric",
        spellcheck: "false",
        autocomplete: "off",
        class: `rh-input rh-input--${part}`,
      });
      const label = h("label", { class: "rh-date-label" }, t[part]);
      this.inputs[part] = input;
      this.labels[part] = label;
      items.push(h("div", { class: "rh-date-item" }, label, input));
    }
    this.el = h(
      "fieldset",
      { class: "rh-fieldset rh-date", role: "group" },
      this.legendEl,
      this.hintEl,
      this.errorEl,
      h("div", { class: "rh-date-inputs" }, items),
    );
    this.rename(name);
  }

  rename(name) {
    this.name = name;
    const base = fieldId(name);
    this.el.dataset.field = name;
    if (this.hintEl) this.hintEl.id = base + "-hint";
    this.errorEl.id = base + "-error";
    for (const part of ["day", "month", "year"]) {
      this.inputs[part].id = `${base}-${part}`;
      this.inputs[part].name = `${name}.${part}`;
      this.labels[part].htmlFor = `${base}-${part}`;
    }
    this.describe();
  }

  describe() {
    const ids = [];
    if (this.hintEl) ids.push(this.hintEl.id);
    if (!this.errorEl.hidden) ids.push(this.errorEl.id);
    this.el.setAttribute("aria-describedby", ids.join(" "));
  }

  target(part) {
    return this.inputs[part] || this.inputs.day;
  }

  showError(message, part) {
    this.errorEl.replaceChildren(h("span", { class: "rh-visually-hidden" }, this.t.errorPrefix), message);
    this.errorEl.hidden = false;
    this.el.classList.add("rh-has-error");
    for (const [key, input] of Object.entries(this.inputs)) {
      if (!part || part === key) {
        input.setAttribute("aria-invalid", "true");
        input.classList.add("rh-input--error");
      }
    }
    this.describe();
  }

  clearError() {
    this.errorEl.hidden = true;
    this.errorEl.replaceChildren();
    this.el.classList.remove("rh-has-error");
    for (const input of Object.values(this.inputs)) {
      input.removeAttribute("aria-invalid");
      input.classList.remove("rh-input--error");
    }
    this.describe();
  }

  isEmpty() {
    return Object.values(this.inputs).every((input) => input.value.trim() === "");
  }

  raw() {
    return { day: this.inputs.day.value, month: this.inputs.month.value, year: this.inputs.year.value };
  }

  rawOrNull() {
    return this.isEmpty() ? null : this.raw();
  }

  setIso(iso) {
    // Filling the form from Python's parsed fragment: splitting a string, no date logic.
    if (typeof iso !== "string" || !ISO_DATE.test(iso)) return;
    const [year, month, day] = iso.split("-");
    this.inputs.day.value = String(Number(day));
    this.inputs.month.value = String(Number(month));
    this.inputs.year.value = year;
  }
}

class TextField {
  constructor(t, name, label, hint) {
    this.t = t;
    this.labelEl = h("label", { class: "rh-label" }, label);
    this.hintEl = hint ? h("p", { class: "rh-hint" }, hint) : null;
    this.errorEl = h("p", { class: "rh-error-message", hidden: true });
    this.input = h("input", {
      type: "text",
      inputmode: "numeric",
      spellcheck: "false",
      autocomplete: "off",
      class: "rh-input rh-input--weeks",
    });
    this.el = h("div", { class: "rh-field" }, this.labelEl, this.hintEl, this.errorEl, this.input);
    this.name = name;
    const base = fieldId(name);
    this.el.dataset.field = name;
    this.input.id = base;
    this.input.name = name;
    this.labelEl.htmlFor = base;
    if (this.hintEl) this.hintEl.id = base + "-hint";
    this.errorEl.id = base + "-error";
    this.describe();
  }

  describe() {
    const ids = [];
    if (this.hintEl) ids.push(this.hintEl.id);
    if (!this.errorEl.hidden) ids.push(this.errorEl.id);
    if (ids.length) this.input.setAttribute("aria-describedby", ids.join(" "));
    else this.input.removeAttribute("aria-describedby");
  }

  target() {
    return this.input;
  }

  showError(message) {
    this.errorEl.replaceChildren(h("span", { class: "rh-visually-hidden" }, this.t.errorPrefix), message);
    this.errorEl.hidden = false;
    this.el.classList.add("rh-has-error");
    this.input.setAttribute("aria-invalid", "true");
    this.input.classList.add("rh-input--error");
    this.describe();
  }

  clearError() {
    this.errorEl.hidden = true;
    this.errorEl.replaceChildren();
    this.el.classList.remove("rh-has-error");
    this.input.removeAttribute("aria-invalid");
    this.input.classList.remove("rh-input--error");
    this.describe();
  }

  value() {
    return this.input.value.trim() === "" ? null : this.input.value;
  }

  set(value) {
    if (value !== null && value !== undefined) this.input.value = String(value);
  }
}

function checkbox(name, label) {
  const id = fieldId(name);
  const input = h("input", { type: "checkbox", id, name, class: "rh-checkbox" });
  return { input, el: h("div", { class: "rh-checkbox-item" }, input, h("label", { for: id }, label)) };
}

function optionalSection(t, title, ...content) {
  return h(
    "details",
    { class: "rh-optional" },
    h("summary", {}, title, " ", h("span", { class: "rh-optional-tag" }, `(${t.optional.toLowerCase()})`)),
    h("div", { class: "rh-optional-body" }, content),
  );
}

// ---------------------------------------------------------------------------------------
// The worker client: start at once, ready handshake with a timeout, calls by id.

class CalculatorClient {
  constructor({ onReady, onSlow, onFatal, timeoutMs = READY_TIMEOUT_MS }) {
    this.state = "loading";
    this.pending = new Map();
    this.queue = [];
    this.nextId = 1;
    this.onReady = onReady;
    this.onFatal = onFatal;
    if (typeof Worker === "undefined" || typeof WebAssembly === "undefined") {
      queueMicrotask(() => this.fail("Worker or WebAssembly is not available"));
      return;
    }
    try {
      this.worker = new Worker(WORKER_URL, { type: "module", name: "spoorwijzer-rekenhulp" });
    } catch (error) {
      queueMicrotask(() => this.fail(String(error)));
      return;
    }
    this.worker.addEventListener("message", (event) => this.receive(event.data || {}));
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.fail(event.message || "worker error");
    });
    this.timer = setTimeout(() => {
      if (this.state === "loading") onSlow();
    }, timeoutMs);
  }

  receive(message) {
    if (message.type === "ready") {
      if (this.state === "failed") return;
      this.state = "ready";
      clearTimeout(this.timer);
      this.onReady();
      for (const send of this.queue.splice(0)) send();
    } else if (message.type === "fatal") {
      this.fail(str(message.message));
    } else if (message.type === "result" && this.pending.has(message.id)) {
      const { resolve } = this.pending.get(message.id);
      this.pending.delete(message.id);
      let response;
      try {
        response = JSON.parse(message.response);
      } catch {
        response = { ok: false, errors: [{ code: "internal", field: "request", message: "" }] };
      }
      resolve(response);
    }
  }

  fail(message) {
    if (this.state === "failed") return;
    this.state = "failed";
    clearTimeout(this.timer);
    if (this.worker) this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error(message));
    this.pending.clear();
    this.queue.length = 0;
    this.onFatal(message);
  }

  call(request) {
    if (this.state === "failed") return Promise.reject(new Error("calculator unavailable"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const send = () => this.worker.postMessage({ id, type: "call", request: JSON.stringify(request) });
      if (this.state === "ready") send();
      else this.queue.push(send);
    });
  }
}

// ---------------------------------------------------------------------------------------
// The calculator widget.

class Rekenhulp {
  constructor(root) {
    this.root = root;
    const lang = (root.dataset.lang || document.documentElement.lang || "nl").slice(0, 2);
    this.lang = lang === "en" ? "en" : "nl";
    this.t = STRINGS[this.lang];
    this.timelineUrl = root.dataset.timelineUrl || "../tijdlijn/";
    this.today = root.dataset.today || window.SPOORWIJZER_TODAY || null;
    this.role = ROLES.includes(root.dataset.role) ? root.dataset.role : null;
    this.defaultRole = this.role;
    this.gaps = [];
    this.lastCase = null;
    this.baseTitle = document.title;
    this.build();
    this.client = new CalculatorClient({
      onReady: () => this.onReady(),
      onSlow: () => this.showFallback(this.t.slow),
      onFatal: (message) => this.onFatal(message),
    });
    this.setStatus(this.t.loading, true);
    if (this.caseFragment()) this.loadFragment(this.caseFragment());
    window.addEventListener("hashchange", () => {
      const fragment = this.caseFragment();
      if (fragment && fragment !== this.currentFragment) this.loadFragment(fragment);
    });
  }

  // ----- building the form ---------------------------------------------------------------

  build() {
    const t = this.t;
    this.statusEl = h("p", { class: "rh-status", role: "status", "aria-live": "polite" });
    this.fallbackEl = h("div", { class: "rh-fallback", role: "alert", hidden: true });
    this.errorSummaryEl = h("div", {
      class: "rh-error-summary",
      tabindex: "-1",
      hidden: true,
      "aria-labelledby": "rh-error-summary-title",
    });

    this.first = new DateField(t, "periods.0.start", t.firstSickDay, t.firstSickDayHint, {
      legendClass: "rh-legend--large",
    });
    this.gapsEl = h("div", { class: "rh-periods" });
    // The last sick day of the last period, for a full recovery without a new period yet.
    this.recoveryEnd = new DateField(t, "periods.0.end", t.recoveredLast, t.recoveredHint);
    this.recoveryEl = h(
      "details",
      { class: "rh-recovery" },
      h("summary", {}, t.recovered),
      h("div", { class: "rh-optional-body" }, this.recoveryEnd.el),
    );
    this.addButton = h(
      "button",
      { type: "button", class: "rh-button rh-button--secondary", onclick: () => this.addGap(true) },
      t.addPeriod,
    );

    this.leaveStart = new DateField(t, "pregnancy_leave.start", t.pregnancyStart);
    this.leaveEnd = new DateField(t, "pregnancy_leave.end", t.pregnancyEnd);
    this.leaveSame = checkbox("pregnancy_leave.same_cause", t.pregnancySameCause);
    this.leaveRelated = checkbox("pregnancy_leave.pregnancy_related", t.pregnancyRelated);
    this.actualPa = new DateField(t, "actual.probleemanalyse", t.actualPa);
    this.actualEje = new DateField(t, "actual.eerstejaarsevaluatie", t.actualEje);
    this.actualWia = new DateField(t, "actual.wia_aanvraag", t.actualWia);
    this.sanctionWeeks = new TextField(t, "loonsanctie.weeks", t.loonsanctieWeeks);
    this.sanctionRepaired = new DateField(t, "loonsanctie.repaired", t.loonsanctieRepaired);
    this.extensionEnd = new DateField(t, "extension_end", t.extensionEnd);
    this.contractEnd = new DateField(t, "contract_end", t.contractEnd);

    this.form = h(
      "form",
      { class: "rh-form", novalidate: true, onsubmit: (event) => this.onSubmit(event) },
      this.first.el,
      this.gapsEl,
      h("div", { class: "rh-add" }, h("p", { class: "rh-hint" }, t.addPeriodHint), this.addButton),
      this.recoveryEl,
      optionalSection(t, t.pregnancy, this.leaveStart.el, this.leaveEnd.el, this.leaveSame.el, this.leaveRelated.el),
      optionalSection(
        t,
        t.steps,
        h("p", { class: "rh-hint" }, t.stepsHint),
        this.actualPa.el,
        this.actualEje.el,
        this.actualWia.el,
      ),
      optionalSection(
        t,
        t.loonsanctie,
        h("p", { class: "rh-hint" }, t.loonsanctieHint),
        this.sanctionWeeks.el,
        this.sanctionRepaired.el,
      ),
      optionalSection(t, t.extension, this.extensionEnd.el),
      optionalSection(t, t.contract, this.contractEnd.el),
      h("button", { type: "submit", class: "rh-button rh-button--primary" }, t.submit),
    );

    this.buildResult();
    this.root.replaceChildren(this.statusEl, this.fallbackEl, this.errorSummaryEl, this.form, this.resultEl);
    this.root.classList.add("rh-mounted");
  }

  buildResult() {
    const t = this.t;
    this.resultHeading = h("h2", { id: "rh-result-heading", tabindex: "-1" }, t.resultHeading);
    this.roleInputs = {};
    const roleItems = [null, ...ROLES].map((role) => {
      const id = "rh-role-" + (role || "all");
      const input = h("input", {
        type: "radio",
        name: "rh-role",
        id,
        value: role || "",
        checked: role === this.role,
        onchange: () => this.onRoleChange(role),
      });
      this.roleInputs[role || ""] = input;
      return h("div", { class: "rh-radio-item" }, input, h("label", { for: id }, role ? t.roles[role] : t.roleAll));
    });
    this.roleFieldset = h(
      "fieldset",
      { class: "rh-fieldset rh-roles" },
      h("legend", { class: "rh-legend" }, t.roleLegend),
      h("div", { class: "rh-radios" }, roleItems),
    );
    this.shareInput = h("input", {
      type: "text",
      id: "rh-share-link",
      readonly: true,
      class: "rh-input rh-input--share",
      "aria-describedby": "rh-share-hint",
    });
    this.shareEl = h(
      "div",
      { class: "rh-share" },
      h("label", { for: "rh-share-link", class: "rh-label" }, t.share),
      h("p", { class: "rh-hint", id: "rh-share-hint" }, t.shareHint),
      h(
        "div",
        { class: "rh-share-row" },
        this.shareInput,
        h("button", { type: "button", class: "rh-button rh-button--secondary", onclick: () => this.copyLink() }, t.copy),
      ),
    );
    this.actionsEl = h(
      "div",
      { class: "rh-actions" },
      h(
        "button",
        { type: "button", class: "rh-button rh-button--secondary", "data-action": "ics", onclick: () => this.downloadIcs() },
        t.calendar,
      ),
      h("button", { type: "button", class: "rh-button rh-button--secondary", onclick: () => window.print() }, t.print),
    );
    this.outcomesEl = h("div", { class: "rh-outcomes" });
    this.generalEl = h("div", { class: "rh-outcomes rh-outcomes--general" });
    this.todayEl = h("p", { class: "rh-today" });
    this.timelineEl = h("ol", { class: "rh-timeline" });
    this.checkEl = h("dl", { class: "rh-check" });
    this.resultEl = h(
      "section",
      { class: "rh-result", "aria-labelledby": "rh-result-heading", hidden: true },
      this.resultHeading,
      this.todayEl,
      this.roleFieldset,
      this.outcomesEl,
      h("h3", { class: "rh-timeline-heading" }, t.timeline),
      this.timelineEl,
      this.generalEl,
      h("div", { class: "rh-check-section" }, h("h3", {}, t.check), this.checkEl),
      this.actionsEl,
      this.shareEl,
    );
  }

  addGap(focus) {
    const t = this.t;
    const gap = {};
    gap.end = new DateField(t, "periods.0.end", t.lastSickDay, t.lastSickDayHint);
    gap.start = new DateField(t, "periods.1.start", t.newFirstSickDay, t.newFirstSickDayHint);
    gap.legend = h("legend", { class: "rh-legend rh-legend--period", tabindex: "-1" });
    gap.removeText = h("span", { class: "rh-visually-hidden" });
    gap.remove = h(
      "button",
      { type: "button", class: "rh-button rh-button--link", onclick: () => this.removeGap(gap) },
      t.removePeriod,
      gap.removeText,
    );
    gap.el = h("fieldset", { class: "rh-fieldset rh-period" }, gap.legend, gap.end.el, gap.start.el, gap.remove);
    if (!this.recoveryEnd.isEmpty()) {
      // The recovery typed below becomes the end of the period before the new one.
      for (const part of ["day", "month", "year"]) {
        gap.end.inputs[part].value = this.recoveryEnd.inputs[part].value;
        this.recoveryEnd.inputs[part].value = "";
      }
    }
    this.gaps.push(gap);
    this.gapsEl.append(gap.el);
    this.renumber();
    if (focus) {
      gap.end.inputs.day.focus();
      this.setStatus(t.periodAdded(this.gaps.length + 1));
    }
    return gap;
  }

  removeGap(gap) {
    const index = this.gaps.indexOf(gap);
    if (index < 0) return;
    gap.el.remove();
    this.gaps.splice(index, 1);
    this.renumber();
    const previous = this.gaps[index - 1];
    (previous ? previous.legend : this.addButton).focus();
    this.setStatus(this.t.periodRemoved);
  }

  renumber() {
    this.gaps.forEach((gap, k) => {
      const number = k + 2;
      gap.legend.textContent = this.t.periodLegend(number);
      gap.removeText.textContent = ` ${number}`;
      gap.end.rename(`periods.${k}.end`);
      gap.start.rename(`periods.${k + 1}.start`);
    });
    this.recoveryEnd.rename(`periods.${this.gaps.length}.end`);
  }

  fields() {
    const list = [this.first];
    for (const gap of this.gaps) list.push(gap.end, gap.start);
    list.push(
      this.recoveryEnd,
      this.leaveStart,
      this.leaveEnd,
      this.actualPa,
      this.actualEje,
      this.actualWia,
      this.sanctionWeeks,
      this.sanctionRepaired,
      this.extensionEnd,
      this.contractEnd,
    );
    return new Map(list.map((field) => [field.name, field]));
  }

  // ----- request and response ------------------------------------------------------------

  readCase() {
    const periods = [{ start: this.first.raw(), end: null }];
    for (const gap of this.gaps) {
      periods[periods.length - 1].end = gap.end.raw();
      periods.push({ start: gap.start.raw(), end: null });
    }
    periods[periods.length - 1].end = this.recoveryEnd.rawOrNull();
    const leaveUsed =
      !this.leaveStart.isEmpty() ||
      !this.leaveEnd.isEmpty() ||
      this.leaveSame.input.checked ||
      this.leaveRelated.input.checked;
    let loonsanctie = null;
    const weeks = this.sanctionWeeks.value();
    const repaired = this.sanctionRepaired.rawOrNull();
    if (weeks !== null || repaired !== null) {
      loonsanctie = {};
      if (weeks !== null) loonsanctie.weeks = weeks;
      if (repaired !== null) loonsanctie.repaired = repaired;
    }
    return {
      periods,
      pregnancy_leave: leaveUsed
        ? {
            start: this.leaveStart.raw(),
            end: this.leaveEnd.raw(),
            same_cause: this.leaveSame.input.checked,
            pregnancy_related: this.leaveRelated.input.checked,
          }
        : null,
      actual: {
        probleemanalyse: this.actualPa.rawOrNull(),
        eerstejaarsevaluatie: this.actualEje.rawOrNull(),
        wia_aanvraag: this.actualWia.rawOrNull(),
      },
      loonsanctie,
      extension_end: this.extensionEnd.rawOrNull(),
      contract_end: this.contractEnd.rawOrNull(),
    };
  }

  fillCase(c) {
    // Fill the form from a case Python parsed out of a fragment (ISO dates).
    if (!c || typeof c !== "object") return;
    this.form.reset();
    for (const gap of this.gaps) gap.el.remove();
    this.gaps = [];
    this.recoveryEl.open = false;
    this.renumber();
    const periods = (Array.isArray(c.periods) ? c.periods : []).filter((p) => p && typeof p === "object");
    for (let i = 1; i < periods.length; i++) this.addGap(false);
    periods.forEach((period, i) => {
      (i === 0 ? this.first : this.gaps[i - 1].start).setIso(period.start);
      if (i < periods.length - 1) this.gaps[i].end.setIso(period.end);
      else if (period.end) {
        this.recoveryEnd.setIso(period.end);
        this.recoveryEl.open = true;
      }
    });
    const leave = c.pregnancy_leave;
    if (leave && typeof leave === "object") {
      this.leaveStart.setIso(leave.start);
      this.leaveEnd.setIso(leave.end);
      this.leaveSame.input.checked = leave.same_cause === true;
      this.leaveRelated.input.checked = leave.pregnancy_related === true;
      openAncestors(this.leaveStart.el);
    }
    const actual = c.actual && typeof c.actual === "object" ? c.actual : {};
    for (const [key, field] of [
      ["probleemanalyse", this.actualPa],
      ["eerstejaarsevaluatie", this.actualEje],
      ["wia_aanvraag", this.actualWia],
    ]) {
      if (actual[key]) {
        field.setIso(actual[key]);
        openAncestors(field.el);
      }
    }
    const sanction = c.loonsanctie;
    if (sanction && typeof sanction === "object") {
      if (sanction.weeks !== undefined && sanction.weeks !== null) this.sanctionWeeks.set(sanction.weeks);
      if (sanction.repaired) this.sanctionRepaired.setIso(sanction.repaired);
      openAncestors(this.sanctionWeeks.el);
    }
    if (c.extension_end) {
      this.extensionEnd.setIso(c.extension_end);
      openAncestors(this.extensionEnd.el);
    }
    if (c.contract_end) {
      this.contractEnd.setIso(c.contract_end);
      openAncestors(this.contractEnd.el);
    }
  }

  request(action, extra = {}) {
    const request = { action, lang: this.lang, role: this.role, ...extra };
    if (this.today) request.today = this.today;
    return request;
  }

  async run(request) {
    try {
      return await this.client.call(request);
    } catch {
      return null; // onFatal already showed the fallback
    }
  }

  async onSubmit(event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    try {
      await this.calculate(this.readCase(), { focus: true });
    } finally {
      this.busy = false;
    }
  }

  async calculate(c, { focus }) {
    this.setStatus(this.client.state === "ready" ? this.t.calculating : this.t.waiting);
    const response = await this.run(this.request("calculate", { case: c }));
    if (!response) return;
    if (!response.ok) {
      this.resultEl.hidden = true;
      this.showErrors(response.errors);
      this.setStatus("");
      return;
    }
    this.clearErrors();
    this.lastCase = c;
    this.renderResult(response);
    this.setStatus(this.t.calculated((response.milestones || []).length));
    if (focus) {
      this.resultHeading.focus({ preventScroll: true });
      this.resultHeading.scrollIntoView({ block: "start" });
    }
  }

  async loadFragment(fragment) {
    this.currentFragment = fragment;
    const response = await this.run(this.request("parse_fragment", { fragment }));
    if (!response) return;
    // A link that asks for the other language (taal=…) opens that language's page.
    const other = { en: this.root.dataset.urlEn, nl: this.root.dataset.urlNl }[response.lang];
    if (response.lang !== this.lang && other) {
      const target = new URL(other, window.location.href);
      if (target.origin === window.location.origin && target.pathname !== window.location.pathname) {
        target.search = window.location.search;
        target.hash = fragment;
        window.location.replace(target.href);
        return;
      }
    }
    // A role in the link wins; without one, the page's default role (data-role) applies.
    this.setRole(ROLES.includes(response.role) ? response.role : this.defaultRole);
    this.fillCase(response.case);
    const periods = response.case && Array.isArray(response.case.periods) ? response.case.periods : [];
    if (response.ok && !periods.length) {
      // A link with only settings (rol=, taal=): the empty form, nothing to report.
      this.resultEl.hidden = true;
      this.clearErrors();
    } else if (response.ok) {
      this.setStatus(this.t.fragmentLoaded);
      await this.calculate(this.readCase(), { focus: true });
    } else {
      this.resultEl.hidden = true;
      this.showErrors(response.errors);
    }
  }

  caseFragment() {
    const fragment = window.location.hash.replace(/^#/, "");
    // A case fragment always has key=value pairs; a plain "#heading" anchor has not.
    return fragment.includes("=") ? fragment : "";
  }

  // ----- errors ---------------------------------------------------------------------------

  clearErrors() {
    for (const field of this.fields().values()) field.clearError();
    this.errorSummaryEl.hidden = true;
    this.errorSummaryEl.replaceChildren();
    document.title = this.baseTitle;
  }

  showErrors(errors) {
    this.clearErrors();
    const fields = this.fields();
    const items = [];
    for (const error of Array.isArray(errors) ? errors : []) {
      const field = fields.get(str(error && error.field));
      const message = error && error.code === "internal" ? this.t.internalError : str(error && error.message);
      if (field) field.showError(message, error.part || null);
      const target = field ? field.target(error.part) : this.first.target("day");
      items.push(
        h("li", {}, h("a", { href: "#" + target.id, onclick: (event) => this.jump(event, target) }, message)),
      );
    }
    if (!items.length) items.push(h("li", {}, this.t.internalError));
    this.errorSummaryEl.replaceChildren(
      h("h2", { id: "rh-error-summary-title", class: "rh-error-summary__title" }, this.t.errorTitle),
      h("ul", { class: "rh-error-summary__list" }, items),
    );
    this.errorSummaryEl.setAttribute("role", "alert");
    this.errorSummaryEl.hidden = false;
    document.title = this.t.errorPrefix + this.baseTitle;
    this.errorSummaryEl.focus({ preventScroll: true });
    this.errorSummaryEl.scrollIntoView({ block: "start" });
  }

  jump(event, target) {
    event.preventDefault();
    focusField(target);
  }

  // ----- result ---------------------------------------------------------------------------

  renderResult(response) {
    this.response = response;
    const t = this.t;
    this.timelineEl.replaceChildren(
      ...(response.milestones || []).map((milestone) => this.renderMilestone(milestone)),
    );
    this.outcomesEl.replaceChildren();
    const outcomes = Array.isArray(response.outcomes) ? response.outcomes : [];
    const renderOutcome = (outcome) =>
      h(
        "div",
        { class: "rh-outcome", "data-outcome": str(outcome.id) },
        h("h4", {}, str(outcome.title)),
        h("p", {}, str(outcome.text)),
        this.renderSources(outcome.sources),
      );
    const specific = outcomes.filter((o) => o && !o.general);
    const general = outcomes.filter((o) => o && o.general);
    if (specific.length) this.outcomesEl.append(h("h3", {}, t.outcomes), ...specific.map(renderOutcome));
    this.generalEl.replaceChildren();
    if (general.length) this.generalEl.append(h("h3", {}, t.goodToKnow), ...general.map(renderOutcome));
    this.todayEl.replaceChildren();
    if (response.today_text) {
      const week = response.counting && response.counting.week_today;
      this.todayEl.append(
        t.today,
        timeEl(response.today, response.today_text),
        week ? t.weekToday(week) : "",
        ".",
      );
    }
    const fields = this.fields();
    this.checkEl.replaceChildren(
      ...(response.summary || []).map((row) => {
        const field = fields.get(str(row.field));
        const target = field ? field.target("day") : null;
        return h(
          "div",
          { class: "rh-check-row" },
          h("dt", {}, str(row.label)),
          h("dd", {}, str(row.value)),
          h(
            "dd",
            { class: "rh-check-change" },
            target
              ? h(
                  "a",
                  { href: "#" + target.id, onclick: (event) => this.jump(event, target) },
                  t.change,
                  h("span", { class: "rh-visually-hidden" }, " " + str(row.label).toLowerCase()),
                )
              : null,
          ),
        );
      }),
    );
    this.applyRole();
    this.resultEl.hidden = false;
    if (typeof response.fragment === "string") {
      this.currentFragment = response.fragment;
      const url = new URL(window.location.href);
      url.hash = response.fragment;
      history.replaceState(history.state, "", url.href);
      const share = new URL(this.root.dataset.shareUrl || window.location.href, window.location.href);
      share.hash = response.fragment;
      this.shareInput.value = share.href;
    }
  }

  renderMilestone(m) {
    const t = this.t;
    const status = ["passed", "today", "soon", "later"].includes(m.status) ? m.status : "later";
    const week = m.week_text
      ? str(m.week_text).charAt(0).toUpperCase() + str(m.week_text).slice(1)
      : m.week !== null && m.week !== undefined
        ? `${t.week} ${str(m.week)}`
        : "";
    const when = m.start
      ? h("p", { class: "rh-date" }, `${t.from} `, timeEl(m.start, m.start_text), ` ${t.until} `, timeEl(m.date, m.date_text))
      : h("p", { class: "rh-date" }, timeEl(m.date, m.date_text));
    const badges = h(
      "p",
      { class: "rh-badges" },
      m.status_text ? h("span", { class: `rh-badge rh-badge--${status}` }, str(m.status_text)) : null,
      m.indication ? h("span", { class: "rh-badge rh-badge--indication" }, t.indication) : null,
    );
    const todos = ROLES.filter((role) => m.todo && typeof m.todo[role] === "string").map((role) =>
      h(
        "p",
        { class: "rh-todo", "data-role": role, hidden: true },
        h("strong", {}, `${t.todo} (${t.roles[role].toLowerCase()}): `),
        m.todo[role],
      ),
    );
    const occurrences = Array.isArray(m.occurrences) && m.occurrences.length
      ? h(
          "details",
          { class: "rh-occurrences" },
          h("summary", {}, t.allDates),
          h("ul", {}, m.occurrences.map((o) => h("li", {}, timeEl(o && o.date, o && o.date_text)))),
        )
      : null;
    const li = h(
      "li",
      { class: `rh-milestone rh-milestone--${status}`, "data-milestone": str(m.id), "data-kind": str(m.kind) },
      h("div", { class: "rh-milestone__when" }, week ? h("p", { class: "rh-week" }, week) : null, when),
      h(
        "div",
        { class: "rh-milestone__body" },
        h("h4", { class: "rh-milestone__title" }, str(m.title)),
        badges,
        m.actor_text ? h("p", { class: "rh-actor" }, h("strong", {}, t.who), str(m.actor_text)) : null,
        m.text ? h("p", { class: "rh-text" }, str(m.text)) : null,
        todos,
        m.non_working_day && m.non_working_day.text
          ? h("p", { class: "rh-non-working-day" }, str(m.non_working_day.text))
          : null,
        m.actual ? h("p", { class: "rh-actual" }, t.actual, timeEl(m.actual, m.actual)) : null,
        m.indication && m.indication_text ? h("p", { class: "rh-indication" }, str(m.indication_text)) : null,
        occurrences,
        this.renderSources(m.sources),
      ),
    );
    li.dataset.roles = (Array.isArray(m.roles) ? m.roles : []).filter((r) => ROLES.includes(r)).join(" ");
    return li;
  }

  renderSources(sources) {
    if (!Array.isArray(sources) || !sources.length) return null;
    const parts = [];
    sources.forEach((source, i) => {
      if (i) parts.push(", ");
      parts.push(safeLink(source));
    });
    return h("p", { class: "rh-sources" }, this.t.sources, parts);
  }

  // ----- role views -----------------------------------------------------------------------

  setRole(role) {
    this.role = ROLES.includes(role) ? role : null;
    const input = this.roleInputs[this.role || ""];
    if (input) input.checked = true;
  }

  applyRole() {
    for (const li of this.timelineEl.querySelectorAll("[data-milestone]")) {
      const roles = (li.dataset.roles || "").split(" ");
      li.hidden = this.role !== null && !roles.includes(this.role);
      for (const todo of li.querySelectorAll(".rh-todo")) todo.hidden = todo.dataset.role !== this.role;
    }
  }

  async onRoleChange(role) {
    this.setRole(role);
    this.applyRole();
    // Ask Python again so that the share link carries the role; the focus stays on the radio.
    if (this.lastCase) {
      const response = await this.run(this.request("calculate", { case: this.lastCase }));
      if (response && response.ok) this.renderResult(response);
    }
  }

  // ----- share, calendar ------------------------------------------------------------------

  async copyLink() {
    this.shareInput.select();
    try {
      await navigator.clipboard.writeText(this.shareInput.value);
    } catch {
      if (document.execCommand) document.execCommand("copy");
    }
    this.setStatus(this.t.copied);
  }

  async downloadIcs() {
    if (!this.lastCase) return;
    const response = await this.run(this.request("ics", { case: this.lastCase }));
    if (!response) return;
    if (!response.ok) {
      this.showErrors(response.errors);
      return;
    }
    let filename = str(response.filename).replace(/[^A-Za-z0-9._-]/g, "");
    if (!filename.endsWith(".ics")) filename = "spoorwijzer.ics";
    const blob = new Blob([str(response.ics)], { type: "text/calendar;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this.setStatus(this.t.calendarDone(filename));
  }

  // ----- status ---------------------------------------------------------------------------

  setStatus(text, loading = false) {
    this.statusEl.textContent = text;
    this.statusEl.classList.toggle("rh-status--loading", loading);
  }

  onReady() {
    this.fallbackEl.hidden = true;
    this.root.dataset.state = "ready";
    if (this.statusEl.classList.contains("rh-status--loading")) this.setStatus(this.t.ready);
  }

  onFatal(message) {
    this.root.dataset.state = "failed";
    this.root.dataset.error = message;
    this.setStatus("");
    this.showFallback(this.t.failed, true);
  }

  showFallback(text, final = false) {
    this.fallbackEl.replaceChildren(
      h("p", {}, text, " ", h("a", { href: this.timelineUrl }, this.t.timelineLink), final ? "." : ""),
    );
    this.fallbackEl.hidden = false;
    if (final) this.form.classList.add("rh-form--unavailable");
  }
}

export function mount(root) {
  if (root.rekenhulp) return root.rekenhulp;
  root.rekenhulp = new Rekenhulp(root);
  return root.rekenhulp;
}

for (const root of document.querySelectorAll("[data-rekenhulp]")) mount(root);
