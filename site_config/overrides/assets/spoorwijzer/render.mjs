// The result of a calculation: heading, today, role view, outcomes, the timeline of
// milestones, "check your answers", calendar, print and the share link.
//
// Everything shown comes from the boundary's answer (dates, weeks, texts, statuses are
// Python's); this module only puts it into elements, as text nodes. Fixed points the tests
// and the embed rely on: `#rh-result-heading`, one `[data-milestone]` per milestone with its
// dates as `<time datetime>` inside `.rh-date`, `data-roles` and `.rh-todo[data-role]`,
// `[data-outcome]`, `.rh-check`, `#rh-role-<role>` / `#rh-role-all`, `#rh-share-link`.

import { h, safeLink, str, timeEl } from "./dom.mjs";

const STATUSES = ["passed", "today", "soon", "later"];

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class ResultView {
  /**
   * options: {t, roles (the role choices), roleLegend, role (the initial view),
   *           onRoleChange(role), onCopy(), onCalendar(), onJump(event, fieldName)}
   */
  constructor({ t, roles, roleLegend, role, onRoleChange, onCopy, onCalendar, onJump }) {
    this.t = t;
    this.roles = roles;
    this.role = roles.includes(role) ? role : null;
    this.onJump = onJump;
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
      const label = choice ? (t.roles[choice] ?? choice) : t.roleAll;
      return h("div", { class: "rh-radio-item" }, input, h("label", { for: id }, label));
    });
    const roleFieldset = h(
      "fieldset",
      { class: "rh-fieldset rh-roles" },
      h("legend", { class: "rh-legend" }, roleLegend),
      h("div", { class: "rh-radios" }, roleItems),
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
    const actions = h(
      "div",
      { class: "rh-actions" },
      h(
        "button",
        { type: "button", class: "rh-button rh-button--secondary", "data-action": "ics", onclick: onCalendar },
        t.calendar,
      ),
      h("button", { type: "button", class: "rh-button rh-button--secondary", onclick: () => window.print() }, t.print),
    );
    this.outcomesEl = h("div", { class: "rh-outcomes" });
    this.generalEl = h("div", { class: "rh-outcomes rh-outcomes--general" });
    this.todayEl = h("p", { class: "rh-today" });
    this.timelineEl = h("ol", { class: "rh-timeline" });
    this.checkEl = h("dl", { class: "rh-check" });
    this.el = h(
      "section",
      { class: "rh-result", "aria-labelledby": "rh-result-heading", hidden: true },
      this.heading,
      this.todayEl,
      roleFieldset,
      this.outcomesEl,
      h("h3", { class: "rh-timeline-heading" }, t.timeline),
      this.timelineEl,
      this.generalEl,
      h("div", { class: "rh-check-section" }, h("h3", {}, t.check), this.checkEl),
      actions,
      share,
    );
  }

  hide() {
    this.el.hidden = true;
  }

  /** Show an answer of `calculate`; `fieldIds` maps a boundary field name to its control's id. */
  render(response, { fieldIds, shareUrl }) {
    const t = this.t;
    this.timelineEl.replaceChildren(...(response.milestones || []).map((m) => this.milestone(m)));
    const outcomes = (Array.isArray(response.outcomes) ? response.outcomes : []).filter(Boolean);
    const specific = outcomes.filter((o) => !o.general);
    const general = outcomes.filter((o) => o.general);
    this.outcomesEl.replaceChildren();
    if (specific.length) this.outcomesEl.append(h("h3", {}, t.outcomes), ...specific.map((o) => this.outcome(o)));
    this.generalEl.replaceChildren();
    if (general.length) this.generalEl.append(h("h3", {}, t.goodToKnow), ...general.map((o) => this.outcome(o)));
    this.todayEl.replaceChildren();
    if (response.today_text) {
      const week = response.counting && response.counting.week_today;
      this.todayEl.append(t.today, timeEl(response.today, response.today_text), week ? t.weekToday(week) : "", ".");
    }
    this.checkEl.replaceChildren(...(response.summary || []).map((row) => this.checkRow(row, fieldIds)));
    this.applyRole();
    if (typeof shareUrl === "string") this.shareInput.value = shareUrl;
    this.el.hidden = false;
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

  milestone(m) {
    const t = this.t;
    const status = STATUSES.includes(m.status) ? m.status : "later";
    let week = "";
    if (m.week_text) week = capitalised(str(m.week_text));
    else if (m.week !== null && m.week !== undefined) week = `${t.week} ${str(m.week)}`;
    const when = m.start
      ? h(
          "p",
          { class: "rh-date" },
          `${t.from} `,
          timeEl(m.start, m.start_text),
          ` ${t.until} `,
          timeEl(m.date, m.date_text),
        )
      : h("p", { class: "rh-date" }, timeEl(m.date, m.date_text));
    const badges = h(
      "p",
      { class: "rh-badges" },
      m.status_text ? h("span", { class: `rh-badge rh-badge--${status}` }, str(m.status_text)) : null,
      m.indication ? h("span", { class: "rh-badge rh-badge--indication" }, t.indication) : null,
    );
    const todos = this.roles
      .filter((role) => m.todo && typeof m.todo[role] === "string")
      .map((role) =>
        h(
          "p",
          { class: "rh-todo", "data-role": role, hidden: true },
          h("strong", {}, `${t.todo} (${str(t.roles[role] ?? role).toLowerCase()}): `),
          m.todo[role],
        ),
      );
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
        this.sources(m.sources),
      ),
    );
    li.dataset.roles = (Array.isArray(m.roles) ? m.roles : []).filter((r) => this.roles.includes(r)).join(" ");
    return li;
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
  }
}
