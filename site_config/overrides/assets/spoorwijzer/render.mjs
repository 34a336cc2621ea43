// The result of a calculation, in the order a visitor needs it: the heading, the role view,
// "Nu en hierna" (now.mjs: today, the picture, the next deadline, what needs attention),
// "check your answers", the outcomes, the timeline in date order, the calendar, print and the
// share link; on paper also "planned and done" side by side.
//
// Everything shown comes from the boundary's answer (dates, weeks, texts, statuses, the order
// of the milestones, the next deadline per role are Python's); this module only puts it into
// elements, as text nodes. Fixed points the tests and the embed rely on: `#rh-result-heading`,
// `[data-now]` with `[data-next] time[datetime]`, one `[data-milestone]` per milestone (in the
// answer's order) with `data-status` and its dates as `<time datetime>` inside `.rh-date`,
// `data-roles` and `.rh-todo[data-role]`, `[data-outcome]`, `.rh-check`, `#rh-role-<role>` /
// `#rh-role-all`, `#rh-share-link`, `[data-outdated]` on the result while it is stale.

import { h, safeLink, str, timeEl } from "./dom.mjs";
import { nowPanel } from "./now.mjs";

const STATUSES = ["done", "late", "overdue", "today", "soon", "later", "passed", "closed"];
/** Shown as one line that opens on demand: nothing left to do for these. */
const COLLAPSED = ["passed", "done", "closed"];
/** The step is finished (or moot): its advice no longer applies. */
const NO_ADVICE = ["passed", "done", "late", "closed"];

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class ResultView {
  /**
   * options: {t, roles (the role choices), roleLegend, role (the initial view),
   *           onRoleChange(role), onCopy(), onCalendar(), onJump(event, fieldName),
   *           onRecalculate(), editor(milestone, place) -> element | null ("Gedaan op…")}
   */
  constructor({ t, roles, roleLegend, role, onRoleChange, onCopy, onCalendar, onJump, onRecalculate = () => {}, editor }) {
    this.t = t;
    this.roles = roles;
    this.role = roles.includes(role) ? role : null;
    this.onJump = onJump;
    this.editor = editor || (() => null);
    this.response = null;
    this.heading = h("h2", { id: "rh-result-heading", tabindex: "-1" }, t.resultHeading);
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
      h("p", { class: "rh-hint", id: "rh-share-hint" }, t.shareHint),
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
        h("label", { for: "rh-calendar-label", class: "rh-label" }, t.calendarLabel),
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
      h("div", { class: "rh-check-section" }, h("h3", {}, t.check), this.checkEl),
      this.outcomesEl,
      h("h3", { class: "rh-timeline-heading" }, t.timeline),
      this.timelineEl,
      this.generalEl,
      actions,
      share,
      this.dossierEl,
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
    this.timelineEl.replaceChildren(...milestones.map((m) => this.milestone(m)));
    const outcomes = (Array.isArray(response.outcomes) ? response.outcomes : []).filter(Boolean);
    const specific = outcomes.filter((o) => !o.general);
    const general = outcomes.filter((o) => o.general);
    this.outcomesEl.replaceChildren();
    if (specific.length) this.outcomesEl.append(h("h3", {}, t.outcomes), ...specific.map((o) => this.outcome(o)));
    this.generalEl.replaceChildren();
    if (general.length) this.generalEl.append(h("h3", {}, t.goodToKnow), ...general.map((o) => this.outcome(o)));
    this.checkEl.replaceChildren(...(response.summary || []).map((row) => this.checkRow(row, fieldIds)));
    this.dossierEl.replaceChildren(this.dossier(milestones));
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

  /** The dates of a milestone: one `<time>`, or a window "from … up to and including …". */
  when(m) {
    const t = this.t;
    return h(
      "span",
      { class: "rh-date" },
      m.start ? [timeEl(m.start, m.start_text), ` ${t.until} `] : null,
      timeEl(m.date, m.date_text),
    );
  }

  milestone(m) {
    const t = this.t;
    const id = str(m.id);
    const status = STATUSES.includes(m.status) ? m.status : "later";
    const collapsed = COLLAPSED.includes(status);
    const advice = !NO_ADVICE.includes(status);
    const week = m.week_text ? capitalised(str(m.week_text)) : "";
    const bodyId = `rh-m-${id}-body`;
    // The heading a screen reader lists: the date first, then the step and its state.
    const headingContent = [
      this.when(m),
      h("span", { class: "rh-visually-hidden" }, ": "),
      h("span", { class: "rh-milestone__title" }, str(m.title)),
      m.status_text
        ? [
            h("span", { class: "rh-visually-hidden" }, ", "),
            h("span", { class: `rh-badge rh-badge--${status}` }, str(m.status_text)),
          ]
        : null,
    ];
    const heading = h(
      "h4",
      { class: "rh-milestone__heading", id: `rh-m-${id}-heading`, tabindex: collapsed ? null : "-1" },
      collapsed
        ? h(
            "button",
            {
              type: "button",
              class: "rh-milestone__toggle",
              "aria-expanded": "false",
              "aria-controls": bodyId,
              onclick: (event) => this.toggle(event.currentTarget),
            },
            headingContent,
          )
        : headingContent,
    );
    const todos = advice
      ? this.roles
          .filter((role) => m.todo && typeof m.todo[role] === "string")
          .map((role) =>
            h(
              "p",
              { class: "rh-todo", "data-role": role, hidden: true },
              h("strong", {}, `${t.todo} (${str(t.roles[role] ?? role).toLowerCase()}): `),
              m.todo[role],
            ),
          )
      : [];
    const occurrences =
      Array.isArray(m.occurrences) && m.occurrences.length
        ? h(
            "details",
            { class: "rh-occurrences" },
            h("summary", {}, t.allDates),
            h(
              "ul",
              {},
              m.occurrences.map((o) => h("li", {}, timeEl(o && o.date, o && o.date_text))),
            ),
          )
        : null;
    const derivation =
      Array.isArray(m.derivation) && m.derivation.length
        ? h(
            "details",
            { class: "rh-derivation" },
            h("summary", {}, t.derivation),
            h(
              "ol",
              {},
              m.derivation.map((line) => h("li", {}, str(line))),
            ),
          )
        : null;
    const notes = (Array.isArray(m.notes) ? m.notes : [])
      .filter((note) => note && note.text)
      .map((note) => h("p", { class: "rh-note", "data-note": str(note.code) }, str(note.text)));
    const body = h(
      "div",
      { class: "rh-milestone__body", id: bodyId, hidden: collapsed },
      week || m.actor_text
        ? h(
            "p",
            { class: "rh-week" },
            week,
            week && m.actor_text ? " · " : "",
            m.actor_text ? [t.who, str(m.actor_text)] : null,
          )
        : null,
      m.relapse_text ? h("p", { class: "rh-relapse" }, str(m.relapse_text)) : null,
      m.done_text ? h("p", { class: "rh-actual" }, str(m.done_text)) : null,
      status === "overdue" && m.overdue_text ? h("p", { class: "rh-overdue" }, str(m.overdue_text)) : null,
      m.do_now ? h("p", { class: "rh-do-now" }, h("strong", {}, t.doNow), str(m.do_now)) : null,
      m.risk ? h("p", { class: "rh-risk" }, h("strong", {}, t.risk), str(m.risk)) : null,
      m.text ? h("p", { class: "rh-text" }, str(m.text)) : null,
      todos,
      advice && m.non_working_day && m.non_working_day.text
        ? h("p", { class: "rh-non-working-day" }, str(m.non_working_day.text))
        : null,
      notes,
      m.indication && m.indication_text
        ? h("p", { class: "rh-indication" }, h("span", { class: "rh-badge rh-badge--indication" }, t.indication), " ", str(m.indication_text))
        : null,
      occurrences,
      m.step ? this.editor(m, "timeline") : null,
      derivation,
      this.sources(m.sources),
    );
    const li = h(
      "li",
      {
        class: `rh-milestone rh-milestone--${status}${collapsed ? " rh-milestone--collapsed" : ""}`,
        id: `rh-m-${id}`,
        "data-milestone": id,
        "data-status": status,
        "data-kind": str(m.kind),
      },
      heading,
      body,
    );
    li.dataset.roles = (Array.isArray(m.roles) ? m.roles : []).filter((r) => this.roles.includes(r)).join(" ");
    return li;
  }

  toggle(button) {
    const body = document.getElementById(button.getAttribute("aria-controls"));
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    if (body) body.hidden = !open;
  }

  /** Open a milestone (when collapsed) and move to it; returns its element or null. */
  reveal(id) {
    const li = this.timelineEl.querySelector(`[data-milestone="${CSS.escape(id)}"]`);
    if (!li) return null;
    const button = li.querySelector(".rh-milestone__toggle");
    if (button && button.getAttribute("aria-expanded") !== "true") this.toggle(button);
    return li;
  }

  /** For print: every collapsed step and every "how this date was calculated" open. */
  forPrint(on) {
    for (const details of this.el.querySelectorAll("details.rh-derivation, details.rh-picture__details")) {
      if (on) {
        details.dataset.wasOpen = details.open ? "1" : "";
        details.open = true;
      } else if ("wasOpen" in details.dataset) {
        details.open = details.dataset.wasOpen === "1";
        delete details.dataset.wasOpen;
      }
    }
  }

  /** On paper: each step that can be done, planned and actual side by side. */
  dossier(milestones) {
    const t = this.t;
    const steps = milestones.filter((m) => m.step);
    if (!steps.length) return null;
    return h(
      "table",
      { class: "rh-dossier__table" },
      h("caption", {}, t.dossier),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [t.dossierStep, t.dossierPlanned, t.dossierActual, t.dossierStatus].map((text) =>
            h("th", { scope: "col" }, text),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        steps.map((m) =>
          h(
            "tr",
            { "data-dossier": str(m.id), "data-status": str(m.status) },
            h("th", { scope: "row" }, str(m.title)),
            h("td", {}, this.when(m)),
            h("td", {}, m.actual ? str(m.done_text) : t.notDone),
            h("td", {}, str(m.status_text)),
          ),
        ),
      ),
    );
  }

  sources(sources) {
    if (!Array.isArray(sources) || !sources.length) return null;
    const parts = [];
    sources.forEach((source, i) => {
      if (i) parts.push(", ");
      parts.push(safeLink(source));
    });
    return h("p", { class: "rh-sources" }, this.t.sources, parts);
  }

  /** Choose the role view (null: everyone) without asking Python. */
  setRole(role) {
    this.role = this.roles.includes(role) ? role : null;
    const input = this.roleInputs[this.role || ""];
    if (input) input.checked = true;
    this.applyRole();
  }

  applyRole() {
    for (const li of this.timelineEl.querySelectorAll("[data-milestone]")) {
      const roles = (li.dataset.roles || "").split(" ");
      li.hidden = this.role !== null && !roles.includes(this.role);
      for (const todo of li.querySelectorAll(".rh-todo")) todo.hidden = todo.dataset.role !== this.role;
    }
    if (this.response) {
      this.nowEl.replaceChildren(
        nowPanel(this.response, this.role, { t: this.t, roles: this.roles, byId: this.byId, editor: this.editor }),
      );
    }
  }
}
