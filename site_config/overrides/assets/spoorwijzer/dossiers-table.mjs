// The overview of "Meerdere dossiers": one row per case, a real table (caption, column headers,
// a row header per case; explicit ARIA table roles too, because some browsers drop a table's
// semantics when CSS changes its display, as the phone layout does) with sort buttons in the
// column headers (aria-sort on the sorted one) and filters (all / a step late or not marked as
// done / a deadline within the calculator's "soon", calculator.law.SOON; the
// role whose deadlines are shown). Every value in a row comes from Python's batch answer (the
// case's `overview`); this module only orders, filters and shows them. Dates are compared as
// the ISO text Python wrote ("2026-12-06" < "2027-01-03"), never computed.
//
// An entry: {id, label, case, result}; result is the boundary's batch result of the case:
// {ok: true, overview, fragment} or {ok: false, errors}.

import { h, isIsoDate, str, timeEl } from "./dom.mjs";

const SORTS = ["name", "status", "next", "attention"];
/** Rows drawn at a time: a long list shows its first rows at once and more on request (a list
 *  of 500 cases draws in a fraction of the time; sorting and filtering still cover all). */
export const PAGE_ROWS = 50;
const SOON = new Set(["today", "soon"]);
let uid = 0;

function overviewOf(entry) {
  return entry.result && entry.result.ok && entry.result.overview ? entry.result.overview : null;
}

/** The next deadline for `role` ("all" for everyone), or null. */
export function nextFor(entry, role) {
  const overview = overviewOf(entry);
  const next = overview && overview.next ? overview.next[role || "all"] : null;
  return next && typeof next === "object" ? next : null;
}

/** The steps that are late or not marked as done, for `role` (every role when null). */
export function attentionFor(entry, role) {
  const overview = overviewOf(entry);
  const items = overview && Array.isArray(overview.attention) ? overview.attention : [];
  return items.filter((item) => item && (!role || (Array.isArray(item.roles) && item.roles.includes(role))));
}

/** Whether the case needs attention for `role`: a step late or not done, or no answer. */
export function needsAttention(entry, role) {
  return !overviewOf(entry) || attentionFor(entry, role).length > 0;
}

export function dueSoon(entry, role) {
  const next = nextFor(entry, role);
  return Boolean(next && SOON.has(next.status));
}

/** Empty values last whatever the direction; otherwise `compare` times the direction. */
function orderedWithBlanksLast(a, b, direction, compare) {
  const blankA = a === null || a === undefined;
  const blankB = b === null || b === undefined;
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  return direction * compare(a, b);
}

export class Overview {
  /**
   * options: {t (dossiers-strings), roleWords ({werkgever: "Werkgever", ...}), roles,
   * lang, calculatorUrl, onEdit(id), onRemove(id), onAnnounce(text)}
   */
  constructor({ t, roleWords, roles, lang, soonDays, calculatorUrl, onEdit, onRemove, onAnnounce }) {
    this.t = t;
    this.soonDays = soonDays; // "soon" as the calculator counts it (calculator.law.SOON)
    this.lang = lang;
    this.collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
    this.roleWords = roleWords || {};
    this.roles = roles || [];
    this.calculatorUrl = calculatorUrl;
    this.onEdit = onEdit;
    this.onRemove = onRemove;
    this.onAnnounce = onAnnounce;
    this.entries = [];
    this.sortKey = "attention";
    this.direction = -1; // the most urgent first
    this.filter = "all";
    this.role = null;
    this.limit = PAGE_ROWS; // rows drawn; grows with "show more", back on a new order or filter
    this.shown = []; // the entries that pass the filters, in order
    this.build();
    // On paper every row that passes the filters, not only the ones drawn so far.
    window.addEventListener("beforeprint", () => this.drawAll());
  }

  build() {
    const t = this.t;
    const id = `dw-overview-${++uid}`;
    this.heading = h("h2", { id: `${id}-heading`, class: "dw-heading", tabindex: "-1" }, t.overviewHeading);
    this.countsEl = h("p", { class: "dw-counts" });
    this.todayEl = h("p", { class: "dw-today" });
    this.emptyEl = h("p", { class: "dw-empty" }, t.empty);

    this.filterInputs = Object.entries(t.filters).map(([value, label], i) => {
      const input = h("input", {
        type: "radio",
        name: `${id}-filter`,
        id: `${id}-filter-${i}`,
        value,
        checked: value === this.filter,
        onchange: () => this.setFilter(value),
      });
      const text = typeof label === "function" ? label(this.soonDays) : label;
      return h("div", { class: "rh-radio-item" }, input, h("label", { for: input.id }, text));
    });
    this.roleSelect = h(
      "select",
      { id: `${id}-role`, class: "dw-select", onchange: () => this.setRole(this.roleSelect.value || null) },
      h("option", { value: "" }, t.roleAll),
      this.roles.map((role) => h("option", { value: role }, this.roleWords[role] || role)),
    );
    this.controls = h(
      "div",
      { class: "dw-controls" },
      h(
        "fieldset",
        { class: "rh-fieldset dw-filter" },
        h("legend", { class: "rh-legend" }, t.filterLegend),
        h("div", { class: "rh-radios" }, this.filterInputs),
      ),
      h(
        "div",
        { class: "dw-role" },
        h("label", { class: "rh-label", for: this.roleSelect.id }, t.roleLabel),
        this.roleSelect,
      ),
    );

    this.caption = h("caption", { class: "dw-caption" });
    this.headers = {};
    const column = (key, label) => {
      const button = h(
        "button",
        { type: "button", class: "dw-sort", onclick: () => this.sortBy(key) },
        label,
        h("span", { class: "rh-visually-hidden" }, ` (${t.sortHint})`),
      );
      this.headers[key] = h("th", { scope: "col", role: "columnheader", "data-sort": key }, button);
      return this.headers[key];
    };
    this.tbody = h("tbody", { role: "rowgroup" });
    this.table = h(
      "table",
      { class: "dw-table", id: `${id}-table`, role: "table" },
      this.caption,
      h(
        "colgroup",
        {},
        ["name", "status", "next", "attention", "actions"].map((key) => h("col", { class: `dw-col--${key}` })),
      ),
      h(
        "thead",
        { role: "rowgroup" },
        h(
          "tr",
          { role: "row" },
          column("name", t.colName),
          column("status", t.colStatus),
          column("next", t.colNext),
          column("attention", t.colAttention),
          h("th", { scope: "col", role: "columnheader", class: "dw-actions-head" }, t.colActions),
        ),
      ),
      this.tbody,
    );
    this.tableWrap = h("div", { class: "dw-table-wrap" }, this.table);
    this.moreButton = h("button", {
      type: "button",
      class: "rh-button rh-button--secondary",
      onclick: () => this.showMore(),
    });
    this.more = h("div", { class: "dw-more", hidden: true }, this.moreButton);
    this.el = h(
      "section",
      { class: "dw-section dw-overview", "aria-labelledby": this.heading.id },
      this.heading,
      this.emptyEl,
      this.todayEl,
      this.countsEl,
      this.controls,
      this.tableWrap,
      this.more,
    );
    this.showSortState();
  }

  /** Show these entries (all of them; the filters pick what is visible, and the first
   *  `limit` of those are drawn: an edit keeps what was drawn); `today`: the date
   *  Python calculated for ({iso, text}), shown above the table and on paper. */
  render(entries, { today = null } = {}) {
    this.entries = entries;
    if (today && isIsoDate(today.iso)) {
      // Python's words for the date when it sends them; else the ISO date's parts, reordered.
      const [year, month, day] = today.iso.split("-");
      this.todayEl.replaceChildren(this.t.asOf, timeEl(today.iso, str(today.text) || `${day}-${month}-${year}`));
    }
    this.update();
  }

  visible() {
    const role = this.role;
    const shown = this.entries.filter((entry) => {
      if (this.filter === "attention") return needsAttention(entry, role);
      if (this.filter === "soon") return dueSoon(entry, role);
      return true;
    });
    // Each entry's sort keys once, then a sort on them (500 cases sort in a few ms).
    const keyed = shown.map((entry) => ({ entry, key: this.sortKeys(entry) }));
    keyed.sort((a, b) => this.compare(a.key, b.key));
    return keyed.map((item) => item.entry);
  }

  sortKeys(entry) {
    const overview = overviewOf(entry);
    const next = nextFor(entry, this.role);
    let weight = Number.MAX_SAFE_INTEGER; // a case without an answer: the most urgent
    if (overview) {
      // Steps not marked as done weigh more than steps done late.
      const items = attentionFor(entry, this.role);
      const overdue = items.filter((item) => item.status === "overdue").length;
      weight = overdue * 1000 + (items.length - overdue);
    }
    return {
      name: str(entry.label),
      week: overview && Number.isInteger(overview.week_today) ? overview.week_today : null,
      regime: overview ? str(overview.regime_text) : "",
      next: next && typeof next.date === "string" ? next.date : null,
      weight,
    };
  }

  compare(a, b) {
    const dir = this.direction;
    const text = (x, y) => this.collator.compare(x, y);
    const iso = (x, y) => (x < y ? -1 : x > y ? 1 : 0); // ISO dates sort as text
    let result;
    if (this.sortKey === "name") {
      result = dir * text(a.name, b.name);
    } else if (this.sortKey === "status") {
      result = orderedWithBlanksLast(a.week, b.week, dir, (x, y) => x - y) || text(a.regime, b.regime);
    } else if (this.sortKey === "next") {
      result = orderedWithBlanksLast(a.next, b.next, dir, iso);
    } else {
      result = dir * (a.weight - b.weight) || orderedWithBlanksLast(a.next, b.next, 1, iso);
    }
    return result || text(a.name, b.name);
  }

  update() {
    const t = this.t;
    const total = this.entries.length;
    const shown = this.visible();
    this.shown = shown;
    this.emptyEl.hidden = total > 0;
    this.countsEl.hidden = this.controls.hidden = this.tableWrap.hidden = total === 0;
    this.todayEl.hidden = total === 0 || !this.todayEl.firstChild;
    const attention = this.entries.filter((e) => needsAttention(e, this.role)).length;
    const soon = this.entries.filter((e) => dueSoon(e, this.role)).length;
    this.countsEl.textContent = t.counts(total, attention, soon, this.soonDays);
    this.tbody.replaceChildren(...shown.slice(0, this.limit).map((entry) => this.row(entry)));
    this.showPaging();
    return shown.length;
  }

  /** The caption and the "show more" button for the rows drawn so far. */
  showPaging() {
    const t = this.t;
    const drawn = this.tbody.rows.length;
    const rest = this.shown.length - drawn;
    this.caption.textContent = t.caption(this.shown.length, this.entries.length, drawn);
    this.more.hidden = rest <= 0;
    if (rest > 0) this.moreButton.textContent = t.showMore(Math.min(rest, PAGE_ROWS), rest);
    this.el.dataset.total = String(this.entries.length); // for tools: the list this shows
  }

  /** Draw the next rows; the keyboard goes on at the first new one. */
  showMore() {
    const from = this.tbody.rows.length;
    this.limit = from + PAGE_ROWS;
    const added = this.shown.slice(from, this.limit).map((entry) => this.row(entry));
    this.tbody.append(...added);
    this.showPaging();
    if (added.length) {
      const header = added[0].querySelector("th");
      header.tabIndex = -1;
      header.focus();
    }
    this.onAnnounce(this.t.drawn(this.tbody.rows.length, this.shown.length));
  }

  drawAll() {
    if (this.tbody.rows.length >= this.shown.length) return;
    this.limit = Infinity;
    this.update();
  }

  row(entry) {
    const t = this.t;
    const overview = overviewOf(entry);
    const label = str(entry.label);
    const nameCell = h("th", { scope: "row", role: "rowheader", class: "dw-name" });
    if (entry.result && entry.result.ok && typeof entry.result.fragment === "string") {
      const url = new URL(this.calculatorUrl, window.location.href);
      url.hash = entry.result.fragment;
      nameCell.append(
        h(
          "a",
          { href: url.href, target: "_blank", rel: "noopener" },
          label,
          h("span", { class: "rh-visually-hidden" }, t.opensCalculator),
        ),
      );
    } else {
      nameCell.append(label);
    }
    const tr = h("tr", { role: "row", "data-case": entry.id }, nameCell);
    // On a phone each row is a card: each cell shows its column's name (screen readers get it
    // from the column header already, so this copy is hidden from them).
    const cell = (attrs, column, ...content) =>
      h("td", { role: "cell", ...attrs }, h("span", { class: "dw-cell-label", "aria-hidden": "true" }, column), ...content);
    if (!overview) {
      const errors = entry.result && Array.isArray(entry.result.errors) ? entry.result.errors : [];
      const message = errors.map((error) => str(error && error.message)).filter(Boolean).join(" ");
      tr.classList.add("dw-row--error");
      tr.append(cell({ colspan: "3", class: "dw-problem" }, t.colStatus, t.cannotCalculate, message));
    } else {
      const attention = attentionFor(entry, this.role);
      if (attention.some((item) => item.status === "overdue")) tr.classList.add("dw-row--overdue");
      tr.append(
        cell(
          { class: "dw-status", "data-regime": str(overview.regime) },
          t.colStatus,
          h("span", { class: "dw-regime" }, str(overview.regime_text)),
        ),
        cell({ class: "dw-next", "data-next": "" }, t.colNext, this.step(nextFor(entry, this.role), t.noNext)),
        cell(
          { class: "dw-attention" },
          t.colAttention,
          attention.length
            ? h("ul", { class: "dw-steps" }, attention.map((item) => h("li", {}, this.step(item))))
            : t.nothingLate,
        ),
      );
    }
    tr.append(
      h(
        "td",
        { role: "cell", class: "dw-actions" },
        h(
          "button",
          { type: "button", class: "rh-button rh-button--link", onclick: () => this.onEdit(entry.id) },
          t.edit,
          h("span", { class: "rh-visually-hidden" }, ` ${label}`),
        ),
        h(
          "button",
          { type: "button", class: "rh-button rh-button--link", onclick: () => this.onRemove(entry.id) },
          t.remove,
          h("span", { class: "rh-visually-hidden" }, ` ${label}`),
        ),
      ),
    );
    return tr;
  }

  /** A step of the overview: its title, its date and its status in words. */
  step(item, empty = "") {
    if (!item) return empty;
    const t = this.t;
    const status = str(item.status_text) || t.status[item.status] || str(item.status);
    // Python's words when it sends them (status_text, late_text), else the page's own.
    let late = str(item.late_text);
    if (!late && Number.isInteger(item.late_days) && item.late_days > 0) late = t.lateDays(item.late_days);
    if (late) late = `, ${late}`;
    return h(
      "span",
      { class: "dw-step", "data-milestone": str(item.id), "data-status": str(item.status) },
      h("span", { class: "dw-step-title" }, str(item.title)),
      " ",
      timeEl(item.date, item.date_text),
      " ",
      h("span", { class: `dw-badge dw-badge--${str(item.status).replace(/[^a-z_]/g, "")}` }, status + late),
    );
  }

  // ----- sorting and filtering ----------------------------------------------------------------

  sortBy(key) {
    if (!SORTS.includes(key)) return;
    if (this.sortKey === key) this.direction = -this.direction;
    else {
      this.sortKey = key;
      this.direction = key === "attention" ? -1 : 1;
    }
    this.showSortState();
    this.limit = PAGE_ROWS;
    this.update();
    const label = this.headers[key].querySelector("button").firstChild.textContent;
    this.onAnnounce(this.t.sorted(label, this.direction === 1));
  }

  showSortState() {
    for (const [key, th] of Object.entries(this.headers)) {
      if (key === this.sortKey) th.setAttribute("aria-sort", this.direction === 1 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
  }

  setFilter(value) {
    this.filter = value;
    this.limit = PAGE_ROWS;
    const shown = this.update();
    this.onAnnounce(this.t.filtered(shown, this.entries.length));
  }

  setRole(role) {
    this.role = this.roles.includes(role) ? role : null;
    this.limit = PAGE_ROWS;
    const shown = this.update();
    this.onAnnounce(this.t.filtered(shown, this.entries.length));
  }
}
