// Spoorwijzer calculator page: the entry module, which mounts the calculator and routes
// between its parts. It only touches the DOM: every date is read, checked, counted and written
// by the Python calculator in the worker, through the one JSON boundary.
//
//   schema.mjs      the inputs table the build writes into the page (#sw-case-inputs)
//   fields.mjs      the form, built from that table; readCase / fillCase (case-inputs.mjs
//                   an input per row, field-controls.mjs the fields and whole dates)
//   client.mjs      the worker client (ready handshake, calls by id)
//   errors.mjs      the error summary, and "something went wrong on our side"
//   render.mjs      the result (now.mjs "Nu en hierna", picture.mjs the picture of the case,
//                   steps.mjs the timeline's steps, record.mjs "Gedaan op…")
//   navigation.mjs  the case in the URL fragment, kept across anchor clicks and reloads (the
//                   name and date of birth never in the address: in history.state)
//   strings.mjs     the page's own words in Dutch and English
//   dom.mjs         element helpers (text nodes only, never innerHTML)
//
// Mount points: every element with `data-rekenhulp`. Options on that element:
//   data-lang="nl|en"            interface language (default: <html lang>)
//   data-timeline-url="…"        the static timeline page, for the fallback message
//   data-role="werkgever|…"      default role view (embed mode)
//   data-today="YYYY-MM-DD"      fixed "today" for tests (Python still decides everything)
//   data-url-nl, data-url-en     the page in each language: a share link whose fragment asks
//                                for the other language (taal=en) opens that page (the query,
//                                e.g. the embed page's ?kleur=&rol=, goes along)
//   data-share-url="…"           the page the share link points at (embed mode: the full
//                                calculator page); default: this page
//   data-site-url="…"            the root of the site in the page's language, against which the
//                                result's links to the site's own explanations resolve
//                                (default "../", right for /rekenhulp/ and /en/rekenhulp/)
// `window.SPOORWIJZER_TODAY` does the same as data-today (a test hook set before load).
// The mounted root gets data-state="ready" once the calculator can answer ("failed" when it
// cannot start), and `root.rekenhulp` is the instance. After "Bereken" (and after a prefilled
// link) the root dispatches the event "rekenhulp:result" (bubbling), which the embed page
// passes on to its parent so that the result comes into view there.

import { CalculatorClient } from "./client.mjs";
import { download, focusField, h, openAncestors, safeName } from "./dom.mjs";
import { ErrorSummary, showTimelineFallback } from "./errors.mjs";
import { CaseForm } from "./fields.mjs";
import {
  caseFragment,
  dossierFragment,
  fragmentKind,
  fragmentToLoad,
  handOver,
  keepCaseOnAnchorClicks,
  withFragment,
  writeFragment,
} from "./navigation.mjs";
import { ResultView } from "./render.mjs";
import { DoneEditor } from "./record.mjs";
import { readSchema, requestInput, words } from "./schema.mjs";
import { pageLang, stringsFor } from "./strings.mjs";
import { readGlossary } from "./terms.mjs";

/** Quiet time after the last keystroke before the form as typed is written to the fragment. */
const DRAFT_DELAY_MS = 400;

class Rekenhulp {
  constructor(root) {
    this.root = root;
    this.lang = pageLang(root.dataset.lang || document.documentElement.lang);
    this.t = stringsFor(this.lang);
    this.timelineUrl = root.dataset.timelineUrl || "../tijdlijn/";
    this.today = root.dataset.today || window.SPOORWIJZER_TODAY || null;
    this.lastCase = null;
    this.currentFragment = null; // the case in the address bar (no name, no date of birth)
    this.currentWhole = null; // the same with them, for the share link and a reload
    this.draftTimer = null;
    this.draftSeq = 0;
    this.statusEl = h("p", { class: "rh-status", role: "status", "aria-live": "polite" });
    this.fallbackEl = h("div", { class: "rh-fallback", role: "alert", hidden: true });
    const schema = readSchema(document);
    if (!schema) {
      // A page without the inputs table (a build without the marker) cannot show the form.
      root.replaceChildren(this.statusEl, this.fallbackEl);
      this.onFatal("the page has no inputs table (#sw-case-inputs)");
      return;
    }
    const roleInput = requestInput(schema, "role");
    this.roles = roleInput && Array.isArray(roleInput.choices) ? roleInput.choices.map(String) : [];
    this.defaultRole = this.roles.includes(root.dataset.role) ? root.dataset.role : null;
    this.role = this.defaultRole;
    this.t = stringsFor(this.lang, this.role);
    this.build(schema, roleInput);
    this.client = new CalculatorClient({
      onReady: () => this.onReady(),
      onSlow: () => this.showFallback(this.t.slow),
      onFatal: (message, reason) => this.onFatal(message, reason),
      onProgress: (progress) => this.onProgress(progress),
    });
    this.setStatus(this.t.loading, true);
    keepCaseOnAnchorClicks(
      () => Boolean(caseFragment()),
      () => this.currentFragment,
      () => this.currentWhole,
    );
    this.openWith(fragmentToLoad());
    window.addEventListener("hashchange", () => {
      const next = caseFragment();
      if (next && next !== this.currentFragment) this.loadFragment(next, { draft: false });
    });
    this.keepCaseAcrossLanguages();
  }

  build(schema, roleInput) {
    const t = this.t;
    this.splitDate = (request) => this.run(this.request("split_date", request));
    this.form = new CaseForm(schema, {
      t,
      lang: this.lang,
      role: this.role,
      onSubmit: (event) => this.onSubmit(event),
      onEdit: () => this.onEdit(),
      onStatus: (text) => this.setStatus(text),
      splitDate: this.splitDate,
    });
    this.errors = new ErrorSummary({ t, timelineUrl: this.timelineUrl });
    this.result = new ResultView({
      t,
      roles: this.roles,
      roleLegend: roleInput && roleInput.parts ? words((roleInput.parts[""] || {}).label, this.lang) : "",
      role: this.role,
      onRoleChange: (role) => this.onRoleChange(role),
      onCopy: () => this.copyLink(),
      onCalendar: () => this.downloadIcs(),
      onJump: (event, name) => this.jump(event, name),
      onRecalculate: () => this.form.el.requestSubmit(this.form.submitButton),
      editor: (m, place) => this.doneEditor(m, place),
      siteUrl: this.root.dataset.siteUrl || "../",
      glossary: readGlossary(document),
      lang: this.lang,
    });
    this.root.replaceChildren(this.statusEl, this.fallbackEl, this.errors.el, this.form.el, this.result.el);
    this.root.classList.add("rh-mounted");
  }

  // ----- requests ---------------------------------------------------------------------------

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

  showErrors(response, focus) {
    this.errors.show(response, { fields: this.form.fields(), first: this.form.firstTarget(), focus });
  }

  // ----- calculating ------------------------------------------------------------------------

  async onSubmit(event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    try {
      await this.calculate(this.form.readCase(), { focus: true });
    } finally {
      this.busy = false;
    }
  }

  async calculate(c, { focus }) {
    this.cancelDraft();
    const loading = this.client.state !== "ready";
    // While the calculator loads, "Bereken" says so; the request waits and runs when ready.
    if (loading) this.form.setWaiting(this.t.waitingButton);
    this.setStatus(loading ? this.t.waiting : this.t.calculating, loading);
    let response;
    try {
      response = await this.run(this.request("calculate", { case: c }));
    } finally {
      this.form.setWaiting(null);
    }
    if (!response) return;
    if (!response.ok) {
      this.result.hide();
      this.showErrors(response, true);
      this.setStatus("");
      return;
    }
    this.show(response, c);
    this.setStatus(this.t.calculated((response.milestones || []).length));
    if (focus) {
      this.result.heading.focus({ preventScroll: true });
      this.result.heading.scrollIntoView({ block: "start" });
      this.root.dispatchEvent(new CustomEvent("rekenhulp:result", { bubbles: true }));
    }
  }

  show(response, c) {
    this.errors.clear(this.form.fields());
    this.lastCase = c;
    const fields = this.form.fields();
    const fragment = typeof response.fragment === "string" ? response.fragment : null;
    const label = fields.get("label");
    this.result.render(response, {
      fieldIds: (name) => (fields.has(name) ? fields.get(name).target("day").id : null),
      shareUrl: fragment === null ? null : withFragment(fragment, this.root.dataset.shareUrl || window.location.href),
      label: label ? label.value() || "" : "",
    });
    if (fragment !== null && typeof response.page_fragment === "string") {
      this.currentFragment = response.page_fragment;
      this.currentWhole = fragment;
      writeFragment(response.page_fragment, "result", fragment);
    }
  }

  // ----- the form as typed, kept in the fragment ------------------------------------------

  onEdit() {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.saveDraft(), DRAFT_DELAY_MS);
    // A result on screen no longer matches the form: say so until the next "Bereken".
    if (!this.result.el.hidden && !this.result.outdated) {
      this.result.setOutdated(true);
      this.setStatus(this.t.outdatedStatus);
    }
  }

  cancelDraft() {
    clearTimeout(this.draftTimer);
    this.draftSeq += 1;
  }

  /** Once what was typed makes a case Python accepts, its fragment replaces the address bar's
   *  (marked as a draft), so a reload fills the form in again. Nothing is shown. */
  async saveDraft() {
    const seq = ++this.draftSeq;
    const response = await this.run(this.request("calculate", { case: this.form.readCase() }));
    if (seq !== this.draftSeq || !response || !response.ok || typeof response.page_fragment !== "string") return;
    this.currentFragment = response.page_fragment;
    this.currentWhole = response.fragment;
    writeFragment(response.page_fragment, "draft", response.fragment);
  }

  // ----- a case from the fragment -----------------------------------------------------------

  /** Open the page with `fragment` (see fragmentToLoad): a dossier opened from Meerdere
   *  dossiers first asks that page for its name and date of birth, and says when it could
   *  not get them. */
  async openWith(fragment) {
    if (!fragment) return;
    const dossier = await dossierFragment(fragment);
    if (dossier.asked) writeFragment(dossier.fragment, "result"); // the one-time key goes
    await this.loadFragment(dossier.whole || dossier.fragment, { draft: fragmentKind() === "draft" });
    if (dossier.asked && !dossier.whole) this.setStatus(this.t.dossierWithoutPerson);
  }

  async loadFragment(fragment, { draft }) {
    this.cancelDraft();
    this.currentFragment = caseFragment();
    this.currentWhole = fragment;
    const response = await this.run(this.request("parse_fragment", { fragment }));
    if (!response) return;
    // A link that asks for the other language (taal=…) opens that language's page.
    const other = { en: this.root.dataset.urlEn, nl: this.root.dataset.urlNl }[response.lang];
    if (response.lang !== this.lang && other) {
      const target = new URL(other, window.location.href);
      if (target.origin === window.location.origin && target.pathname !== window.location.pathname) {
        target.search = window.location.search;
        target.hash = caseFragment() || fragment;
        handOver(target.href, fragment);
        window.location.replace(target.href);
        return;
      }
    }
    // A role in the link wins; without one, the page's default role (data-role) applies.
    this.setRole(this.roles.includes(response.role) ? response.role : this.defaultRole);
    this.form.fillCase(response.case);
    const periods = response.case && Array.isArray(response.case.periods) ? response.case.periods : [];
    if (response.ok && (!periods.length || draft)) {
      // A link with only settings (rol=, taal=), or the form as typed before a reload.
      this.result.hide();
      this.errors.clear(this.form.fields());
    } else if (response.ok) {
      this.setStatus(this.t.fragmentLoaded);
      await this.calculate(this.form.readCase(), { focus: true });
    } else {
      this.result.hide();
      this.showErrors(response, true);
    }
  }

  // ----- role views -------------------------------------------------------------------------

  setRole(role) {
    this.role = this.roles.includes(role) ? role : null;
    this.t = this.t.forRole(this.role);
    this.result.setRole(this.role);
    this.form.setRole(this.role);
  }

  /** A new role view filters at once, then the form as it is now is calculated again, so the
   *  result and the link carry both; the focus stays on the radio button. */
  async onRoleChange(role) {
    this.setRole(role);
    this.cancelDraft();
    const c = this.form.readCase();
    const response = await this.run(this.request("calculate", { case: c }));
    if (!response) return;
    if (response.ok) this.show(response, c);
    else this.showErrors(response, false);
  }

  // ----- "Gedaan op…": the actual date of a step ------------------------------------------

  /** The editor beside a step that can be done (null when the form has no input for it). */
  doneEditor(m, place) {
    const input = this.form.stepInput(m.id);
    if (!input || !input.field) return null;
    const part = input.row && input.row.parts ? input.row.parts[""] : null;
    const editor = new DoneEditor({
      t: this.t,
      milestone: m,
      place,
      legend: words(part && part.label, this.lang) || String(m.title || ""),
      raw: input.field.value(),
      split: this.splitDate,
      onSave: (self, raw) => this.markDone(m, input, self, raw, place),
    });
    return editor.el;
  }

  /** Copy the step's date into the form, calculate again; timeline, panel and link follow. */
  async markDone(m, input, editor, raw, place) {
    if (this.busy) return;
    this.busy = true;
    const field = input.field;
    const before = field.value();
    try {
      if (raw) field.setRaw(raw);
      else field.clear();
      this.cancelDraft();
      const c = this.form.readCase();
      const response = await this.run(this.request("calculate", { case: c }));
      if (!response) return;
      if (!response.ok) {
        const errors = Array.isArray(response.errors) ? response.errors : [];
        const own = errors.find((error) => error && error.field === field.name);
        if (own && errors.length === 1) {
          // The date typed here is the problem: say so here; the form keeps what it had.
          field.setRaw(before);
          editor.showError(String(own.message || ""), own.part || null);
          return;
        }
        openAncestors(field.el);
        this.result.hide();
        this.showErrors(response, true);
        return;
      }
      openAncestors(field.el); // the form shows the date too
      this.show(response, c);
      const title = String(m.title || "");
      this.setStatus(raw ? this.t.doneSaved(title) : this.t.doneCleared(title));
      const li = place === "timeline" ? this.result.reveal(String(m.id)) : null;
      const target = li ? li.querySelector(".rh-milestone__toggle, .rh-milestone__heading") : null;
      const focus = target || this.result.el.querySelector("#rh-now-heading") || this.result.heading;
      focus.focus({ preventScroll: true });
      focus.scrollIntoView({ block: "nearest" });
    } finally {
      this.busy = false;
    }
  }

  // ----- the language switch keeps the case --------------------------------------------------

  /** A click on the other language's link (Material's language menu) opens that page with the
   *  case in the fragment, written by Python for that language. */
  keepCaseAcrossLanguages() {
    const pages = { en: this.root.dataset.urlEn, nl: this.root.dataset.urlNl };
    document.addEventListener("click", async (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[hreflang]") : null;
      if (!link) return;
      const lang = pageLang(link.getAttribute("hreflang"));
      if (lang === this.lang || !pages[lang]) return;
      const target = new URL(link.href, window.location.href);
      if (target.pathname !== new URL(pages[lang], window.location.href).pathname) return;
      if (!this.lastCase && !caseFragment()) return;
      event.preventDefault();
      let response = await this.run(this.request("calculate", { case: this.form.readCase(), lang }));
      if ((!response || !response.ok) && this.lastCase) {
        response = await this.run(this.request("calculate", { case: this.lastCase, lang }));
      }
      if (response && response.ok && typeof response.page_fragment === "string") {
        target.hash = response.page_fragment;
        handOver(target.href, response.fragment);
      }
      window.location.assign(target.href);
    });
  }

  // ----- share, calendar --------------------------------------------------------------------

  jump(event, name) {
    event.preventDefault();
    const field = this.form.fields().get(name);
    if (field) focusField(field.target("day"));
  }

  async copyLink() {
    const input = this.result.shareInput;
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      if (typeof document.execCommand === "function") document.execCommand("copy");
    }
    this.setStatus(this.t.copied);
  }

  async downloadIcs() {
    if (!this.lastCase) return;
    // The calendar's name, typed beside the button, goes into this file only (and into the
    // form's own field, so that the link carries it after the next calculation).
    const label = this.result.calendarLabel.value.trim();
    const c = { ...this.lastCase };
    if (label) c.label = label;
    else delete c.label;
    const field = this.form.fields().get("label");
    if (field) field.set(label);
    const response = await this.run(this.request("ics", { case: c }));
    if (!response) return;
    if (!response.ok) {
      this.showErrors(response, true);
      return;
    }
    const filename = safeName(response.filename, "spoorwijzer.ics", ".ics");
    download(filename, String(response.ics || ""), "text/calendar;charset=utf-8");
    this.setStatus(this.t.calendarDone(filename));
  }

  // ----- status -----------------------------------------------------------------------------

  setStatus(text, loading = false) {
    this.statusEl.textContent = text;
    this.statusEl.classList.toggle("rh-status--loading", loading);
  }

  /** The loading notice speaks of progress (step n of 3) and time, never of megabytes. */
  onProgress({ phase }) {
    if (!this.statusEl.classList.contains("rh-status--loading")) return;
    const phases = Object.keys(this.t.phases);
    const step = phases.indexOf(phase) + 1;
    if (!step || step <= (this.loadingStep || 0)) return;
    this.loadingStep = step;
    this.setStatus(this.t.loadingPhase(step, phases.length, this.t.phases[phase]), true);
  }

  onReady() {
    this.fallbackEl.hidden = true;
    this.root.dataset.state = "ready";
    if (this.statusEl.classList.contains("rh-status--loading") && !this.client.waiting) this.setStatus(this.t.ready);
  }

  // `reason` "browser": no module worker or WebAssembly here; else the boot failed (a download,
  // a bad copy): not the browser's fault, and a reload may help.
  onFatal(message, reason = "boot") {
    this.root.dataset.state = "failed";
    this.root.dataset.error = message;
    this.setStatus("");
    this.showFallback(reason === "boot" ? this.t.failedBoot : this.t.failed, true);
  }

  showFallback(text, final = false) {
    showTimelineFallback(this.fallbackEl, text, this.timelineUrl, this.t.timelineLink, final);
    if (final && this.form) this.form.el.classList.add("rh-form--unavailable");
  }
}

export function mount(root) {
  if (root.rekenhulp) return root.rekenhulp;
  root.rekenhulp = new Rekenhulp(root);
  return root.rekenhulp;
}

for (const root of document.querySelectorAll("[data-rekenhulp]")) mount(root);
