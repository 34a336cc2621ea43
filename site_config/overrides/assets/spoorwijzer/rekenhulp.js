// Spoorwijzer calculator page: the entry module, which mounts the calculator and routes
// between its parts. It only touches the DOM: every date is read, checked, counted and written
// by the Python calculator in the worker, through the one JSON boundary.
//
//   schema.mjs      the inputs table the build writes into the page (#sw-case-inputs)
//   fields.mjs      the form, built from that table; readCase / fillCase
//   client.mjs      the worker client (ready handshake, calls by id)
//   errors.mjs      the error summary, and "something went wrong on our side"
//   render.mjs      the result
//   navigation.mjs  the case in the URL fragment, kept across anchor clicks and reloads
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
// `window.SPOORWIJZER_TODAY` does the same as data-today (a test hook set before load).
// The mounted root gets data-state="ready" once the calculator can answer ("failed" when it
// cannot start), and `root.rekenhulp` is the instance.

import { CalculatorClient } from "./client.mjs";
import { focusField, h } from "./dom.mjs";
import { ErrorSummary } from "./errors.mjs";
import { CaseForm } from "./fields.mjs";
import { caseFragment, fragmentKind, keepCaseOnAnchorClicks, withFragment, writeFragment } from "./navigation.mjs";
import { ResultView } from "./render.mjs";
import { readSchema, requestInput, words } from "./schema.mjs";
import { pageLang, stringsFor } from "./strings.mjs";

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
    this.currentFragment = null;
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
    this.build(schema, roleInput);
    this.client = new CalculatorClient({
      onReady: () => this.onReady(),
      onSlow: () => this.showFallback(this.t.slow),
      onFatal: (message) => this.onFatal(message),
    });
    this.setStatus(this.t.loading, true);
    keepCaseOnAnchorClicks(
      () => Boolean(caseFragment()),
      () => this.currentFragment,
    );
    const fragment = caseFragment();
    if (fragment) this.loadFragment(fragment, { draft: fragmentKind() === "draft" });
    window.addEventListener("hashchange", () => {
      const next = caseFragment();
      if (next && next !== this.currentFragment) this.loadFragment(next, { draft: false });
    });
  }

  build(schema, roleInput) {
    const t = this.t;
    this.form = new CaseForm(schema, {
      t,
      lang: this.lang,
      onSubmit: (event) => this.onSubmit(event),
      onEdit: () => this.onEdit(),
      onStatus: (text) => this.setStatus(text),
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
    this.setStatus(this.client.state === "ready" ? this.t.calculating : this.t.waiting);
    const response = await this.run(this.request("calculate", { case: c }));
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
    }
  }

  show(response, c) {
    this.errors.clear(this.form.fields());
    this.lastCase = c;
    const fields = this.form.fields();
    const fragment = typeof response.fragment === "string" ? response.fragment : null;
    this.result.render(response, {
      fieldIds: (name) => (fields.has(name) ? fields.get(name).target("day").id : null),
      shareUrl: fragment === null ? null : withFragment(fragment, this.root.dataset.shareUrl || window.location.href),
    });
    if (fragment !== null) {
      this.currentFragment = fragment;
      writeFragment(fragment, "result");
    }
  }

  // ----- the form as typed, kept in the fragment ------------------------------------------

  onEdit() {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.saveDraft(), DRAFT_DELAY_MS);
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
    if (seq !== this.draftSeq || !response || !response.ok || typeof response.fragment !== "string") return;
    if (response.fragment === caseFragment()) return;
    this.currentFragment = response.fragment;
    writeFragment(response.fragment, "draft");
  }

  // ----- a case from the fragment -----------------------------------------------------------

  async loadFragment(fragment, { draft }) {
    this.cancelDraft();
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
    this.result.setRole(this.role);
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
    const response = await this.run(this.request("ics", { case: this.lastCase }));
    if (!response) return;
    if (!response.ok) {
      this.showErrors(response, true);
      return;
    }
    let filename = String(response.filename || "").replace(/[^A-Za-z0-9._-]/g, "");
    if (!filename.endsWith(".ics")) filename = "spoorwijzer.ics";
    const blob = new Blob([String(response.ics || "")], { type: "text/calendar;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this.setStatus(this.t.calendarDone(filename));
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
    if (final && this.form) this.form.el.classList.add("rh-form--unavailable");
  }
}

export function mount(root) {
  if (root.rekenhulp) return root.rekenhulp;
  root.rekenhulp = new Rekenhulp(root);
  return root.rekenhulp;
}

for (const root of document.querySelectorAll("[data-rekenhulp]")) mount(root);
