// The result of a calculation, in the order a visitor needs it: the heading, the role view,
// "Nu en hierna" (now.mjs: today, the picture, the next deadline, what needs attention),
// "check your answers", the outcomes, the timeline in date order (steps.mjs), the calendar,
// print and the share link; on paper also "planned and done" side by side (steps.mjs).
//
// Everything shown comes from the boundary's answer (dates, weeks, texts, statuses, the order
// of the milestones, the next deadline per role are Python's); this module only puts it into
// elements, as text nodes. Fixed points the tests and the embed rely on: `#rh-result-heading`,
// `[data-now]` with `[data-next] time[datetime]`, the milestones of steps.mjs,
// `[data-outcome]`, `.rh-check`, `#rh-role-<role>` / `#rh-role-all`, `#rh-share-link`,
// `[data-outdated]` on the result while it is stale.

import { h, str } from "./dom.mjs";
import { nowPanel, sourceLine } from "./now.mjs";
import { dossierTable, timeline } from "./steps.mjs";
import { markTerms } from "./terms.mjs";

/** A path of the site's own explanation, as Python gives it: "page/" or "page/#anchor". */
const SITE_PATH = /^[a-z0-9-]+\/(#[a-z0-9-]+)?$/;

export class ResultView {
  /**
   * options: {t, roles (the role choices), roleLegend, role (the initial view),
   *           onRoleChange(role), onCopy(), onCalendar(), onJump(event, fieldName),
   *           onRecalculate(), editor(milestone, place) -> element | null ("Gedaan op…"),
   *           siteUrl (the root of the site in the page's language, for the explanations),
   *           glossary (the terms the result explains), lang}
   */
  constructor({
    t,
    roles,
    roleLegend,
    role,
    onRoleChange,
    onCopy,
    onCalendar,
    onJump,
    onRecalculate = () => {},
    editor,
    siteUrl = "../",
    glossary = [],
    lang = "nl",
  }) {
    this.t = t;
    this.siteUrl = siteUrl;
    this.glossary = glossary;
    this.lang = lang;
    this.roles = roles;
    this.role = roles.includes(role) ? role : null;
    this.onJump = onJump;
    this.editor = editor || (() => null);
    this.response = null;
    // Texts that speak to the reader, swapped when the role view changes (words from strings.mjs).
    this.roleTexts = [];
    this.heading = this.roleText("resultHeading", h("h2", { id: "rh-result-heading", tabindex: "-1" }, t.resultHeading));
    this.roleInputs = {};
    const roleItems = [null, ...roles].map((choice) => {
      const id = "rh-role-" + (choice || "all");
      const input = h("input", {
        type: "radio",
        name: "rh-role",
        id,
        value: choice || "",
        checked: choice === this.role,
        onchange: () => onRoleChange(choice),
      });
      this.roleInputs[choice || ""] = input;
      const label = choice ? (t.rolesShort[choice] ?? t.roles[choice] ?? choice) : t.roleAll;
      return h("div", { class: "rh-radio-item rh-pill" }, input, h("label", { for: id }, label));
    });
    const roleFieldset = h(
      "fieldset",
      { class: "rh-fieldset rh-roles" },
      h("legend", { class: "rh-legend" }, roleLegend),
      h("div", { class: "rh-radios rh-pills" }, roleItems),
    );
    this.outdatedEl = h(
      "div",
      { class: "rh-outdated", hidden: true },
      h("p", {}, h("strong", {}, t.outdatedTitle), " ", t.outdatedText),
      h(
        "button",
        { type: "button", class: "rh-button rh-button--primary rh-button--small", onclick: () => onRecalculate() },
        t.recalculate,
      ),
    );
    this.shareInput = h("input", {
      type: "text",
      id: "rh-share-link",
      readonly: true,
      class: "rh-input rh-input--share",
      "aria-describedby": "rh-share-hint",
    });
    const share = h(
      "div",
      { class: "rh-share" },
      h("label", { for: "rh-share-link", class: "rh-label" }, t.share),
      this.roleText("shareHint", h("p", { class: "rh-hint", id: "rh-share-hint" }, t.shareHint)),
      h(
        "div",
        { class: "rh-share-row" },
        this.shareInput,
        h("button", { type: "button", class: "rh-button rh-button--secondary", onclick: onCopy }, t.copy),
      ),
    );
    // The calendar's optional name: typed here, it goes only into the file made on this device.
    this.calendarLabel = h("input", {
      type: "text",
      id: "rh-calendar-label",
      maxlength: "60",
      autocomplete: "off",
      spellcheck: "false",
      class: "rh-input rh-input--text",
      "aria-describedby": "rh-calendar-hint",
    });
    const actions = h(
      "div",
      { class: "rh-actions-block" },
      h(
        "div",
        { class: "rh-field rh-calendar" },
        this.roleText("calendarLabel", h("label", { for: "rh-calendar-label", class: "rh-label" }, t.calendarLabel)),
        h("p", { class: "rh-hint", id: "rh-calendar-hint" }, t.calendarHint),
        this.calendarLabel,
      ),
      h(
        "div",
        { class: "rh-actions" },
        h(
          "button",
          { type: "button", class: "rh-button rh-button--secondary", "data-action": "ics", onclick: onCalendar },
          t.calendar,
        ),
        h("button", { type: "button", class: "rh-button rh-button--secondary", onclick: () => window.print() }, t.print),
      ),
    );
    this.nowEl = h("div", { class: "rh-now-slot" });
    this.outcomesEl = h("div", { class: "rh-outcomes" });
    this.generalEl = h("div", { class: "rh-outcomes rh-outcomes--general" });
    this.timelineEl = h("ol", { class: "rh-timeline" });
    this.checkEl = h("dl", { class: "rh-check" });
    this.dossierEl = h("div", { class: "rh-dossier" });
    this.el = h(
      "section",
      { class: "rh-result", "aria-labelledby": "rh-result-heading", hidden: true },
      this.heading,
      this.outdatedEl,
      roleFieldset,
      this.nowEl,
      h("div", { class: "rh-check-section" }, this.roleText("check", h("h3", {}, t.check)), this.checkEl),
      this.dossierEl, // on paper only: planned and done side by side, after the answers
      this.outcomesEl,
      h("h3", { class: "rh-timeline-heading" }, t.timeline),
      this.timelineEl,
      this.generalEl,
      actions,
      share,
    );
    // On paper every step is open, with its arithmetic; afterwards the screen is as it was.
    window.addEventListener("beforeprint", () => this.forPrint(true));
    window.addEventListener("afterprint", () => this.forPrint(false));
  }

  hide() {
    this.el.hidden = true;
    this.setOutdated(false);
  }

  /** Show an answer of `calculate`; `fieldIds` maps a boundary field name to its control's id. */
  render(response, { fieldIds, shareUrl, label = "" }) {
    const t = this.t;
    this.response = response;
    const milestones = (Array.isArray(response.milestones) ? response.milestones : []).filter(
      (m) => m && typeof m === "object",
    );
    this.byId = new Map(milestones.map((m) => [str(m.id), m]));
    const leave = response.leave && typeof response.leave === "object" ? response.leave : null;
    this.timelineEl.replaceChildren(...timeline(this, milestones, leave));
    const outcomes = (Array.isArray(response.outcomes) ? response.outcomes : []).filter(Boolean);
    const specific = outcomes.filter((o) => !o.general);
    const general = outcomes.filter((o) => o.general);
    this.outcomesEl.replaceChildren();
    if (specific.length) this.outcomesEl.append(h("h3", {}, t.outcomes), ...specific.map((o) => this.outcome(o)));
    this.generalEl.replaceChildren();
    if (general.length) this.generalEl.append(h("h3", {}, t.goodToKnow), ...general.map((o) => this.outcome(o)));
    this.checkEl.replaceChildren(...(response.summary || []).map((row) => this.checkRow(row, fieldIds)));
    this.dossierEl.replaceChildren(dossierTable(t, milestones));
    this.calendarLabel.value = label || "";
    this.applyRole();
    if (typeof shareUrl === "string") this.shareInput.value = shareUrl;
    this.setOutdated(false);
    this.el.hidden = false;
  }

  /** Mark the result as stale (a field changed since it was calculated) or current. */
  setOutdated(outdated) {
    this.outdatedEl.hidden = !outdated;
    if (outdated) this.el.dataset.outdated = "";
    else delete this.el.dataset.outdated;
  }

  get outdated() {
    return !this.outdatedEl.hidden;
  }

  outcome(outcome) {
    return h(
      "div",
      { class: "rh-outcome", "data-outcome": str(outcome.id) },
      h("h4", {}, str(outcome.title)),
      h("p", {}, str(outcome.text)),
      this.sources(outcome.sources),
    );
  }

  checkRow(row, fieldIds) {
    const field = str(row && row.field);
    const id = fieldIds(field);
    const label = str(row && row.label);
    return h(
      "div",
      { class: "rh-check-row" },
      h("dt", {}, label),
      h("dd", {}, str(row && row.value)),
      h(
        "dd",
        { class: "rh-check-change" },
        id
          ? h(
              "a",
              { href: "#" + id, onclick: (event) => this.onJump(event, field) },
              this.t.change,
              h("span", { class: "rh-visually-hidden" }, " " + label.toLowerCase()),
            )
          : null,
      ),
    );
  }

  /** A link to the site's own explanation (a path from the site's root), or null. */
  siteLink(path, text, hidden = "") {
    if (typeof path !== "string" || !SITE_PATH.test(path)) return null;
    const href = new URL(path, new URL(this.siteUrl, window.location.href)).href;
    return h("a", { href }, text, hidden ? h("span", { class: "rh-visually-hidden" }, hidden) : null);
  }

  explained(path, text, hidden = "") {
    const link = this.siteLink(path, text, hidden);
    return link ? h("p", { class: "rh-explained" }, link) : null;
  }

  toggle(button) {
    const body = document.getElementById(button.getAttribute("aria-controls"));
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    if (body) body.hidden = !open;
    this.markTerms();
  }

  /** Open a milestone (when collapsed) and move to it; returns its element or null. */
  reveal(id) {
    const li = this.timelineEl.querySelector(`[data-milestone="${CSS.escape(id)}"]`);
    if (!li) return null;
    const button = li.querySelector(".rh-milestone__toggle");
    if (button && button.getAttribute("aria-expanded") !== "true") this.toggle(button);
    return li;
  }

  /** Explain the glossary's terms at their first visible use (again after each change). */
  markTerms() {
    markTerms(this.el, this.glossary, this.lang);
  }

  /** For print: every collapsed step and every "how this date was calculated" open. */
  forPrint(on) {
    for (const details of this.el.querySelectorAll("details.rh-alert__risk, details.rh-pay__more")) {
      if (on) {
        details.dataset.wasOpen = details.open ? "1" : "";
        details.open = true;
      } else if ("wasOpen" in details.dataset) {
        details.open = details.dataset.wasOpen === "1";
        delete details.dataset.wasOpen;
      }
    }
  }

  sources(sources) {
    return sourceLine(this.t, sources);
  }

  /** Keep `el` (its text is the strings' `key`) to be reworded for each role view. */
  roleText(key, el) {
    this.roleTexts.push([key, el]);
    return el;
  }

  /** Choose the role view (null: everyone) without asking Python. */
  setRole(role) {
    this.role = this.roles.includes(role) ? role : null;
    // The heading names whose timeline it is ("Jouw tijdlijn" to the employee and everyone);
    // the employer reads "u" in the headings and hints that speak to the reader.
    const words = this.t.forRole(this.role);
    for (const [key, el] of this.roleTexts) el.textContent = words[key];
    const input = this.roleInputs[this.role || ""];
    if (input) input.checked = true;
    this.applyRole();
  }

  applyRole() {
    for (const li of this.timelineEl.querySelectorAll("[data-milestone]")) {
      const roles = (li.dataset.roles || "").split(" ");
      li.hidden = this.role !== null && !roles.includes(this.role);
      for (const todo of li.querySelectorAll(".rh-todo")) todo.hidden = todo.dataset.role !== this.role;
      const blocks = [...li.querySelectorAll("[data-role-words]")];
      const mine = blocks.some((block) => block.dataset.roleWords === this.role);
      for (const block of blocks) {
        // A role's own words; without them (or in the view "everyone") every role's, named.
        block.hidden = this.role !== null && mine && block.dataset.roleWords !== this.role;
        const who = block.querySelector(".rh-role-words__who");
        if (who) who.hidden = this.role !== null && mine;
      }
    }
    if (this.response) {
      this.nowEl.replaceChildren(
        nowPanel(this.response, this.role, {
          t: this.t,
          roles: this.roles,
          byId: this.byId,
          editor: this.editor,
          siteLink: (path, text, hidden) => this.siteLink(path, text, hidden),
        }),
      );
      this.markTerms();
    }
  }
}
