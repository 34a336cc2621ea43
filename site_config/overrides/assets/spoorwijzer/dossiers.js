// Spoorwijzer "Meerdere dossiers" (docs/dossiers.md): many cases at once, for HR officers and bureaus,
// without an account and without any network request with case data. The entry module: it
// mounts the page and routes between its parts. Every date, status and message comes from the
// Python calculator in the worker, through the one JSON boundary:
//
//   read_csv    a CSV or .xlsx file's bytes (base64), with the list it updates -> the cases
//               that read (each with its overview line and the dossier it updates) and each
//               problem (row as the spreadsheet names it, name, column, value, reason)
//   batch       cases -> each one's overview line (illness week, regime, next deadline,
//               steps late or not marked as done), its share-link fragment and its
//               page_fragment (no name, no date of birth: the link that opens it)
//   batch_ics / batch_csv / batch_xlsx   cases -> one calendar / CSV / spreadsheet, in parts
//   parse_fragment  a case typed in the form, normalised (ISO dates) for the list
//
//   dossiers-strings.mjs  the page's words;  dossiers-table.mjs  the overview (counts, sort,
//   filter) and dossiers-details.mjs  a dossier's steps with "Gedaan op…";
//   dossiers-report.mjs   rows that could not be read;  dossiers-merge.mjs  a file that
//   updates the list;  dossiers-files.mjs / dossiers-exports.mjs  files in and out;
//   dossiers-editing.mjs  adding, changing and removing one dossier and "Gedaan op…";
//   dossiers-list.mjs  the list as data and the overview lines made whole;  dossiers-store.mjs  keeping it on this device, only
//   when asked, and two tabs
//   and the calculator's modules: client.mjs (the worker), fields.mjs (the form, from the
//   inputs table), errors.mjs (the error summary), dom.mjs (text nodes only).
//
// Mount point: the element with `data-dossiers`. Options on it:
//   data-lang="nl|en", data-calculator-url (the calculator page, for the links to each case),
//   data-timeline-url (the fallback), data-template-url (the CSV template),
//   data-columns-url (where the page documents the columns), data-today="YYYY-MM-DD"
//   (fixed "today" for tests; `window.SPOORWIJZER_TODAY` does the same).
// The root gets data-state="ready" once the calculator can answer ("failed" when it cannot),
// data-busy while it works on a request, data-restored once a kept list is back (its
// number of cases; "0" when nothing was kept), and data-revision: the revision of the kept
// list it loaded or saved last (set once a save has landed).

import { CalculatorClient } from "./client.mjs";
import { download, h, str } from "./dom.mjs";
import { Editing } from "./dossiers-editing.mjs";
import { exportFile } from "./dossiers-exports.mjs";
import { FileField } from "./dossiers-files.mjs";
import { caseRequest, linkSteps, listData } from "./dossiers-list.mjs";
import { MergeChoice } from "./dossiers-merge.mjs";
import { ImportReport } from "./dossiers-report.mjs";
import { Importing } from "./dossiers-import.mjs";
import { Keeping } from "./dossiers-keeping.mjs";
import { onOtherTab } from "./dossiers-store.mjs";
import { dossierStrings } from "./dossiers-strings.mjs";
import { Overview } from "./dossiers-table.mjs";
import { ErrorSummary, showTimelineFallback } from "./errors.mjs";
import { CaseForm, TextField } from "./fields.mjs";
import { offerDossiers } from "./navigation.mjs";
import { caseInputs, readSchema, requestInput, words } from "./schema.mjs";
import { pageLang, stringsFor } from "./strings.mjs";

/** Cases per batch request: a progress step, and a request of a few hundred kB at most. */
const CHUNK = 250;

/** The actions whose overview lines come compact (linkSteps in dossiers-list.mjs). */
const COMPACT = new Set(["batch", "read_csv"]);

/** Whose words the page's form and messages are in: the HR officer reads the employer's. */
const READER = "werkgever";

class Dossiers {
  constructor(root) {
    this.root = root;
    this.lang = pageLang(root.dataset.lang || document.documentElement.lang);
    this.t = dossierStrings(this.lang);
    // An HR officer's tool: the employer's words ("u", "uw werknemer") everywhere.
    this.ft = stringsFor(this.lang, READER);
    this.today = root.dataset.today || window.SPOORWIJZER_TODAY || null;
    this.timelineUrl = root.dataset.timelineUrl || "../tijdlijn/";
    this.entries = [];
    this.nextId = 1;
    this.kept = false; // the visitor asked to keep the list on this device
    this.revision = null; // the revision of the kept list this page loaded or saved last
    this.unreadable = []; // kept items this page could not read: kept as they were
    this.blocked = false; // what is kept cannot be read: never overwrite it
    this.editing = null;
    this.statusEl = h("p", { class: "rh-status", role: "status", "aria-live": "polite" });
    this.fallbackEl = h("div", { class: "rh-fallback", role: "alert", hidden: true });
    const schema = readSchema(document);
    if (!schema) {
      root.replaceChildren(this.statusEl, this.fallbackEl);
      this.onFatal("the page has no inputs table (#sw-case-inputs)");
      return;
    }
    this.build(schema);
    this.client = new CalculatorClient({
      onReady: () => this.onReady(),
      onSlow: () => this.showFallback(this.t.slow),
      onFatal: (message, reason) => this.onFatal(message, reason),
    });
    this.setStatus(this.t.loading, true);
    this.restore();
    onOtherTab((message) => this.onOtherTab(message));
    // A dossier opened from the list asks this page for its name and date of birth (its link
    // leaves them out of the address: see navigation.mjs).
    offerDossiers((key) => {
      const entry = this.entries.find((item) => item.linkKey === key);
      return entry && entry.result && typeof entry.result.fragment === "string" ? entry.result.fragment : null;
    });
  }

  // ----- the page -----------------------------------------------------------------------------

  build(schema) {
    const t = this.t;
    const ft = this.ft;
    const roleInput = requestInput(schema, "role");
    const roles = roleInput && Array.isArray(roleInput.choices) ? roleInput.choices.map(String) : [];

    this.errors = new ErrorSummary({ t: ft, timelineUrl: this.timelineUrl });
    // A file is read up to one byte more than Python accepts, so Python can say "too large".
    this.maxUpload = Number(schema.limits?.csv_bytes) + 1 || undefined;

    // Adding a case: its name first (the inputs table's "label" row), then the calculator's form.
    const labelRow = caseInputs(schema).find((row) => row.kind === "text" && row.key === "label");
    const labelPart = (labelRow && labelRow.parts && labelRow.parts[""]) || {};
    this.labelField = new TextField(
      ft,
      "label",
      words(labelPart.label, this.lang, READER),
      words(labelPart.hint, this.lang, READER),
    );
    const formSchema = { ...schema, inputs: schema.inputs.filter((row) => row !== labelRow) };
    this.form = new CaseForm(formSchema, {
      t: { ...ft, submit: t.addSubmit },
      lang: this.lang,
      role: READER,
      onSubmit: (event) => this.onSubmit(event),
      onStatus: (text) => this.setStatus(text),
    });
    this.numberField = new TextField(ft, "number", t.numberLabel, t.numberHint);
    this.form.el.prepend(this.labelField.el, this.numberField.el);
    this.cancelButton = h(
      "button",
      { type: "button", class: "rh-button rh-button--secondary", hidden: true, onclick: () => this.cancelEdit() },
      t.cancelEdit,
    );
    this.form.el.append(this.cancelButton);
    this.addHeading = h("h2", { class: "dw-heading", id: "dw-add-heading", tabindex: "-1" }, t.addHeading);
    const addSection = h(
      "section",
      { class: "dw-section dw-add", "aria-labelledby": this.addHeading.id },
      this.addHeading,
      h("p", {}, t.addIntro),
      this.form.el,
    );

    // Reading a CSV file.
    const sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    this.csvField = new FileField(ft, "csv", t.fileLabel, t.fileHint, `.csv,.txt,.xlsx,text/csv,text/plain,${sheet}`);
    const importHeading = h("h2", { class: "dw-heading", id: "dw-import-heading" }, t.importHeading);
    const links = [];
    if (this.root.dataset.templateUrl) {
      links.push(h("li", {}, h("a", { href: this.root.dataset.templateUrl, download: "" }, t.templateLink)));
    }
    if (this.root.dataset.columnsUrl) {
      links.push(h("li", {}, h("a", { href: this.root.dataset.columnsUrl }, t.columnsLink)));
    }
    this.importForm = h(
      "form",
      { class: "dw-import", novalidate: true, onsubmit: (event) => this.importCsv(event) },
      this.csvField.el,
      h("button", { type: "submit", class: "rh-button rh-button--primary" }, t.importButton),
    );
    const importSection = h(
      "section",
      { class: "dw-section dw-import-section", "aria-labelledby": importHeading.id },
      importHeading,
      h("p", {}, t.importIntro),
      links.length ? h("ul", { class: "dw-links" }, links) : null,
      this.importForm,
    );

    // Progress while a file is read and the cases are calculated.
    this.progressText = h("span", { id: "dw-progress-text" });
    this.progressBar = h("progress", { "aria-labelledby": "dw-progress-text" });
    this.progressEl = h("div", { class: "dw-progress", hidden: true }, this.progressText, this.progressBar);

    this.report = new ImportReport({ t });
    this.merge = new MergeChoice({ t });

    // "Gedaan op…" in a dossier's details: the inputs table's row of each step's actual date.
    const inputs = Object.fromEntries(
      caseInputs(schema)
        .filter((row) => row.step)
        .map((row) => [row.step, row]),
    );
    this.overview = new Overview({
      t,
      ft,
      lang: this.lang,
      soonDays: schema.soon_days,
      roles,
      roleWords: ft.roles,
      inputs,
      calculatorUrl: this.root.dataset.calculatorUrl || "../rekenhulp/",
      split: (request) => this.call("split_date", request),
      onSave: (entry, step, raw, editor) => this.saveDone(entry, step, raw, editor),
      onEdit: (id) => this.edit(id),
      onRemove: (id) => this.remove(id),
      onAnnounce: (text) => this.setStatus(text),
    });

    // Exports and keeping.
    const button = (text, onclick, extra = "") =>
      h("button", { type: "button", class: `rh-button rh-button--secondary ${extra}`.trim(), onclick }, text);
    this.jsonField = new FileField(ft, "json", t.jsonLabel, t.jsonHint, ".json,application/json");
    this.jsonForm = h(
      "form",
      { class: "dw-import", novalidate: true, onsubmit: (event) => this.importList(event) },
      this.jsonField.el,
      h("button", { type: "submit", class: "rh-button rh-button--secondary" }, t.jsonButton),
    );
    const exportHeading = h("h2", { class: "dw-heading", id: "dw-export-heading" }, t.exportHeading);
    const exportSection = h(
      "section",
      { class: "dw-section dw-export", "aria-labelledby": exportHeading.id },
      exportHeading,
      h("p", {}, t.exportIntro),
      h(
        "div",
        { class: "dw-buttons" },
        button(t.xlsx, () => this.export("xlsx")),
        button(t.csv, () => this.export("csv")),
        button(t.ics, () => this.export("ics")),
        button(t.print, () => window.print()),
        button(t.json, () => this.exportList()),
      ),
      this.jsonForm,
    );

    this.storeHeading = h("h2", { class: "dw-heading", id: "dw-store-heading", tabindex: "-1" }, t.storeHeading);
    this.storeState = h("p", { class: "dw-store-state", "data-kept": "false" }, t.storeIntro);
    this.keepButton = button(t.store, () => this.keepHere());
    this.wipeButton = button(t.wipe, () => this.askWipe(), "dw-wipe");
    this.wipeYes = h(
      "button",
      { type: "button", class: "rh-button rh-button--warning", onclick: () => this.wipeAll() },
      t.wipeYes,
    );
    this.wipeNo = button(t.wipeNo, () => this.cancelWipe());
    this.wipeQuestion = h("p", { id: "dw-wipe-question", tabindex: "-1" }, t.wipeQuestion);
    this.wipeConfirm = h(
      "div",
      { class: "dw-confirm", hidden: true, role: "group", "aria-labelledby": this.wipeQuestion.id },
      this.wipeQuestion,
      h("div", { class: "dw-buttons" }, this.wipeYes, this.wipeNo),
    );
    const storeSection = h(
      "section",
      { class: "dw-section dw-store", "aria-labelledby": this.storeHeading.id },
      this.storeHeading,
      this.storeState,
      h("div", { class: "dw-buttons" }, this.keepButton, this.wipeButton),
      this.wipeConfirm,
    );

    this.root.replaceChildren(
      this.statusEl,
      this.fallbackEl,
      this.progressEl,
      this.errors.el,
      this.merge.el,
      this.report.el,
      this.overview.el,
      importSection,
      addSection,
      exportSection,
      storeSection,
    );
    this.root.classList.add("dw-mounted");
    this.overview.render(this.entries);
  }

  // ----- requests -------------------------------------------------------------------------------

  request(action, extra = {}) {
    const request = { action, lang: this.lang, ...extra };
    // The overview lines name their steps by id; the answer has the steps' words once.
    if (COMPACT.has(action)) request.compact = true;
    if (this.today) request.today = this.today;
    return request;
  }

  async call(action, extra) {
    try {
      return linkSteps(await this.client.call(this.request(action, extra)));
    } catch {
      return null; // onFatal already showed the fallback
    }
  }

  /** Calculate entries in chunks (a progress bar for many); each entry gets its `result`.
   *  Returns false when the calculator could not answer. */
  async compute(entries) {
    const total = entries.length;
    const showProgress = total > CHUNK;
    for (let start = 0; start < total; start += CHUNK) {
      if (showProgress) this.progress(this.t.computing(start, total), start, total);
      const chunk = entries.slice(start, start + CHUNK);
      const response = await this.call("batch", { cases: chunk.map(caseRequest) });
      if (!response || !response.ok || !Array.isArray(response.results)) {
        if (response) this.showErrors(response);
        return false;
      }
      if (response.today) this.resultsToday = { iso: response.today, text: response.today_text };
      const byId = new Map(response.results.map((result) => [str(result && result.id), result]));
      for (const entry of chunk) entry.result = byId.get(entry.id) || null;
    }
    if (showProgress) this.progress(this.t.computing(total, total), total, total);
    return true;
  }

  newEntry(label, c, number = "") {
    const id = `d${this.nextId++}`;
    const name = str(label).trim() || this.t.defaultLabel(this.entries.length + 1);
    return { id, label: name, number: str(number).trim(), case: { ...c, label: name } };
  }

  async busy(work) {
    if (this.root.dataset.busy) return;
    this.root.dataset.busy = "true";
    try {
      await work();
    } finally {
      delete this.root.dataset.busy;
      this.progressEl.hidden = true;
    }
  }

  showErrors(response, focus = true) {
    this.errors.show(response, { fields: this.fields(), first: this.form.firstTarget(), focus });
  }

  fields() {
    const fields = this.form.fields();
    fields.set("label", this.labelField);
    fields.set("number", this.numberField);
    fields.set("csv", this.csvField);
    fields.set("json", this.jsonField);
    return fields;
  }

  rendered(message) {
    this.overview.render(this.entries, { today: this.resultsToday });
    if (message) this.setStatus(message);
    this.persist();
  }

  progress(text, value = null, max = null) {
    this.progressText.textContent = text;
    if (value === null) {
      this.progressBar.removeAttribute("value");
      this.progressBar.removeAttribute("max");
    } else {
      this.progressBar.max = max;
      this.progressBar.value = value;
    }
    this.progressEl.hidden = false;
  }

  // ----- exports ------------------------------------------------------------------------------

  /** Make a file of the whole list (in parts for a long one): "ics", "csv" or "xlsx". */
  async export(kind) {
    if (!this.entries.length) {
      this.setStatus(this.t.nothingToExport);
      return;
    }
    await this.busy(async () => {
      const progress = (done, total) => this.progress(this.t.exportPart(done, total), done, total);
      const made = await exportFile(kind, this.entries, { call: (action, extra) => this.call(action, extra), progress });
      if (!made) return;
      if (made.response) {
        this.showErrors(this.connectionError(made.response, kind === "xlsx"));
        return;
      }
      this.setStatus(this.t.downloaded(made.filename));
    });
  }

  exportList() {
    if (!this.entries.length) {
      this.setStatus(this.t.nothingToExport);
      return;
    }
    const filename = this.lang === "en" ? "spoorwijzer-cases.json" : "spoorwijzer-dossiers.json";
    download(filename, JSON.stringify(listData(this.entries), null, 1), "application/json");
    this.setStatus(this.t.downloaded(filename));
  }

  // ----- status -----------------------------------------------------------------------------

  setStatus(text, loading = false) {
    this.statusEl.textContent = text;
    this.statusEl.classList.toggle("rh-status--loading", loading);
  }

  onReady() {
    this.fallbackEl.hidden = true;
    this.root.dataset.state = "ready";
    if (this.statusEl.classList.contains("rh-status--loading")) this.setStatus(this.t.ready);
  }

  onFatal(message, reason = "boot") {
    this.root.dataset.state = "failed";
    this.root.dataset.error = message;
    this.setStatus("");
    this.showFallback(reason === "boot" ? this.t.failedBoot : this.t.failed, true);
  }

  showFallback(text, final = false) {
    showTimelineFallback(this.fallbackEl, text, this.timelineUrl, this.ft.timelineLink, final);
  }
}

Object.assign(Dossiers.prototype, Editing, Importing, Keeping);

export function mount(root) {
  if (root.dossiers) return root.dossiers;
  root.dossiers = new Dossiers(root);
  return root.dossiers;
}

for (const root of document.querySelectorAll("[data-dossiers]")) mount(root);
