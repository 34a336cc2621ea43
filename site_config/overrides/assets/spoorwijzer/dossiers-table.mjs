// The overview of "Meerdere dossiers": one line per dossier, so that a laptop screen shows
// fifteen and more at once: its name (a button that opens its details: the steps, "Gedaan
// op…", the actions; dossiers-details.mjs), where the case stands (illness week, or since when
// the wachttijd is over), the next deadline with its date, and how many steps need attention.
// Above it the counts ("3 te laat, 5 binnen 14 dagen, 16 op schema"), each a button that
// filters the list, and the role whose deadlines are shown.
//
// A real table (caption, column headers with sort buttons and aria-sort, a row header per
// dossier; explicit ARIA roles too, because some browsers drop a table's semantics when CSS
// changes its display, as the phone layout does). Every value in a row comes from Python's
// overview line of the case; this module only orders, counts, filters and shows them. Dates
// are compared as the ISO text Python wrote ("2026-12-06" < "2027-01-03"), never computed.
//
// An entry: {id, label, number, case, result}; result is the boundary's batch result of the
// case: {ok: true, overview, fragment} or {ok: false, errors}.

import { Details } from "./dossiers-details.mjs";
import { h, isIsoDate, str, timeEl } from "./dom.mjs";

const SORTS = ["name", "status", "next", "attention"];
/** Rows drawn at a time: a long list shows its first rows at once and more on request (a list
 *  of 2,000 cases draws in a fraction of the time; sorting and filtering still cover all). */
export const PAGE_ROWS = 50;
/** The groups the counts show, in order; each dossier is in one (groupOf). */
export const GROUPS = ["overdue", "soon", "on_track", "closed", "error"];
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

/** The group of a dossier for `role`: a step not marked as done after its deadline
 *  ("overdue"), else a deadline within "soon", else one later ("on_track"), else nothing
 *  open ("closed"); "error" when Python could not calculate it. */
export function groupOf(entry, role) {
  if (!overviewOf(entry)) return "error";
  if (attentionFor(entry, role).some((item) => item.status === "overdue")) return "overdue";
  const next = nextFor(entry, role);
  if (next && SOON.has(next.status)) return "soon";
  return next ? "on_track" : "closed";
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
   * options: {t (dossiers-strings), ft (the calculator's strings), roleWords, roles, lang,
   * soonDays, calculatorUrl, inputs (milestone id -> its actual-date row), split(request),
   * onSave(entry, step, raw, editor), onEdit(id), onRemove(id), onAnnounce(text)}
   */
  constructor(options) {
    const { t, roleWords, roles, lang, soonDays, onAnnounce } = options;
    this.t = t;
    this.soonDays = soonDays; // "soon" as the calculator counts it (calculator.law.SOON)
    this.lang = lang;
    this.collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
    this.roleWords = roleWords || {};
    this.roles = roles || [];
    this.onAnnounce = onAnnounce;
    this.details = new Details(options);
    this.entries = [];
    this.sortKey = "attention";
    this.direction = -1; // the most urgent first
    this.filter = "all";
    this.role = null;
    this.open = new Set(); // ids of the dossiers whose details are open
    this.limit = PAGE_ROWS; // rows drawn; grows with "show more", back on a new order or filter
    this.shown = []; // the entries that pass the filter, in order
    this.build();
    // On paper every row that passes the filter, not only the ones drawn so far.
    window.addEventListener("beforeprint", () => this.drawAll());
  }

  build() {
    const t = this.t;
    const id = `dw-overview-${++uid}`;
    this.id = id;
    this.heading = h("h2", { id: `${id}-heading`, class: "dw-heading", tabindex: "-1" }, t.overviewHeading);
    this.todayEl = h("p", { class: "dw-today" });
    this.emptyEl = h("p", { class: "dw-empty" }, t.empty);
    this.countButtons = {};
    for (const group of ["all", ...GROUPS]) {
      this.countButtons[group] = h("button", {
        type: "button",
        class: `dw-count dw-count--${group}`,
        "data-group": group,
        "aria-pressed": String(group === this.filter),
        onclick: () => this.setFilter(group),
      });
    }
    this.countsEl = h(
      "div",
      { class: "dw-counts", role: "group", "aria-label": t.countsLabel },
      Object.values(this.countButtons),
    );
    this.roleSelect = h(
      "select",
      { id: `${id}-role`, class: "dw-select", onchange: () => this.setRole(this.roleSelect.value || null) },
      h("option", { value: "" }, t.roleAll),
      this.roles.map((role) => h("option", { value: role }, this.roleWords[role] || role)),
    );
    this.controls = h(
      "div",
      { class: "dw-controls" },
      this.countsEl,
      h(
        "div",
        { class: "dw-role" },
        h("label", { class: "dw-role-label", for: this.roleSelect.id }, t.roleLabel),
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
        ["name", "status", "next", "attention"].map((key) => h("col", { class: `dw-col--${key}` })),
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
      this.controls,
      this.tableWrap,
      this.more,
    );
    this.showSortState();
  }

  /** Show these entries (all of them; the filter picks what is visible, and the first
   *  `limit` of those are drawn: an edit keeps what was drawn); `today`: the date Python
   *  calculated for ({iso, text}), shown above the table and on paper. */
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
    const shown = this.filter === "all" ? this.entries : this.entries.filter((e) => groupOf(e, role) === this.filter);
    // Each entry's sort keys once, then a sort on them (2,000 cases sort in a few ms).
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
    const total = this.entries.length;
    const shown = this.visible();
    this.shown = shown;
    this.emptyEl.hidden = total > 0;
    this.controls.hidden = this.tableWrap.hidden = total === 0;
    this.todayEl.hidden = total === 0 || !this.todayEl.firstChild;
    this.showCounts();
    const rows = [];
    for (const entry of shown.slice(0, this.limit)) rows.push(...this.rows(entry));
    this.tbody.replaceChildren(...rows);
    this.showPaging();
    return shown.length;
  }

  /** The count of each group on its button; a group without dossiers is left out (unless
   *  it is the filter in force). */
  showCounts() {
    const counts = Object.fromEntries(GROUPS.map((group) => [group, 0]));
    for (const entry of this.entries) counts[groupOf(entry, this.role)] += 1;
    counts.all = this.entries.length;
    for (const [group, button] of Object.entries(this.countButtons)) {
      button.textContent = this.t.count[group](counts[group], this.soonDays);
      button.setAttribute("aria-pressed", String(group === this.filter));
      button.hidden = counts[group] === 0 && group !== this.filter && !["all", "overdue", "soon", "on_track"].includes(group);
      button.dataset.count = String(counts[group]);
    }
  }

  /** The caption and the "show more" button for the rows drawn so far. */
  showPaging() {
    const t = this.t;
    const drawn = this.tbody.querySelectorAll("tr[data-case]").length;
    const rest = this.shown.length - drawn;
    this.caption.textContent = t.caption(this.shown.length, this.entries.length, drawn);
    this.more.hidden = rest <= 0;
    if (rest > 0) this.moreButton.textContent = t.showMore(Math.min(rest, PAGE_ROWS), rest);
    this.el.dataset.total = String(this.entries.length); // for tools: the list this shows
  }

  /** Draw the next rows; the keyboard goes on at the first new one. */
  showMore() {
    const from = this.tbody.querySelectorAll("tr[data-case]").length;
    this.limit = from + PAGE_ROWS;
    const added = [];
    for (const entry of this.shown.slice(from, this.limit)) added.push(...this.rows(entry));
    this.tbody.append(...added);
    this.showPaging();
    if (added.length) added[0].querySelector(".dw-name-button").focus();
    this.onAnnounce(this.t.drawn(this.tbody.querySelectorAll("tr[data-case]").length, this.shown.length));
  }

  drawAll() {
    if (this.tbody.querySelectorAll("tr[data-case]").length >= this.shown.length) return;
    this.limit = Infinity;
    this.update();
  }

  /** The row of a dossier, and its details row when they are open. */
  rows(entry) {
    const t = this.t;
    const overview = overviewOf(entry);
    const label = str(entry.label);
    const detailsId = `${this.id}-details-${entry.id}`;
    const open = this.open.has(entry.id);
    const nameButton = h(
      "button",
      {
        type: "button",
        class: "dw-name-button",
        "aria-expanded": String(open),
        "aria-controls": detailsId,
        onclick: () => this.toggle(entry.id),
      },
      h("span", { class: "dw-name-text" }, label),
      entry.number ? h("span", { class: "dw-number" }, str(entry.number)) : null,
    );
    const nameCell = h("th", { scope: "row", role: "rowheader", class: "dw-name" }, nameButton);
    const group = groupOf(entry, this.role);
    const tr = h("tr", { role: "row", "data-case": entry.id, "data-group": group, class: `dw-row--${group}` }, nameCell);
    // On a phone each row is a card: each cell shows its column's name (screen readers get it
    // from the column header already, so this copy is hidden from them).
    const cell = (attrs, column, ...content) =>
      h("td", { role: "cell", ...attrs }, h("span", { class: "dw-cell-label", "aria-hidden": "true" }, column), ...content);
    const attention = attentionFor(entry, this.role);
    const next = nextFor(entry, this.role);
    if (!overview) {
      const errors = entry.result && Array.isArray(entry.result.errors) ? entry.result.errors : [];
      const message = errors.map((error) => str(error && error.message)).filter(Boolean).join(" ");
      tr.append(cell({ colspan: "3", class: "dw-problem" }, t.colStatus, t.cannotCalculate, message));
    } else {
      const overdue = attention.filter((item) => item.status === "overdue").length;
      const late = attention.length - overdue;
      const badges = [];
      if (overdue) badges.push(h("span", { class: "dw-badge dw-badge--overdue" }, t.overdueCount(overdue)));
      if (late) badges.push(h("span", { class: "dw-badge dw-badge--late" }, t.lateCount(late)));
      tr.append(
        cell(
          { class: "dw-status", "data-regime": str(overview.regime) },
          t.colStatus,
          h("span", { class: "dw-regime" }, str(overview.regime_text)),
        ),
        cell({ class: "dw-next", "data-next": "" }, t.colNext, this.step(next, t.noNext)),
        cell({ class: "dw-attention", "data-attention": String(attention.length) }, t.colAttention, badges.length ? badges : t.nothingLate),
      );
    }
    if (!open) return [tr];
    const details = h(
      "tr",
      { role: "row", class: "dw-details-row", "data-details": entry.id },
      h("td", { role: "cell", colspan: "4" }, this.details.panel(entry, overview ? attention : [], next, detailsId)),
    );
    return [tr, details];
  }

  /** A step on one line: its short date first (a long title may be cut off, the date never),
   *  "binnenkort" when it is, and its title. */
  step(item, empty = "") {
    if (!item) return empty;
    const t = this.t;
    const status = str(item.status_text) || t.status[item.status] || str(item.status);
    return h(
      "span",
      { class: "dw-step", "data-milestone": str(item.id), "data-status": str(item.status) },
      timeEl(item.date, item.date_text_short || item.date_text),
      " ",
      SOON.has(item.status) ? h("span", { class: `dw-badge dw-badge--${str(item.status)}` }, status) : null,
      h("span", { class: "dw-step-title" }, str(item.title)),
    );
  }

  /** Open or close a dossier's details; the keyboard stays on its name. */
  toggle(id) {
    if (this.open.has(id)) this.open.delete(id);
    else this.open.add(id);
    const row = this.redraw(id);
    if (row) row.querySelector(".dw-name-button").focus();
  }

  /** Draw one dossier again (after "Gedaan op…"), its details open as they were. */
  redraw(id) {
    const row = this.tbody.querySelector(`tr[data-case="${CSS.escape(id)}"]`);
    const entry = this.entries.find((item) => item.id === id);
    if (!row || !entry) return null;
    const next = row.nextElementSibling;
    if (next && next.dataset.details === id) next.remove();
    const [fresh, details] = this.rows(entry);
    row.replaceWith(fresh);
    if (details) fresh.after(details);
    this.showCounts();
    return fresh;
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

  setFilter(group) {
    this.filter = group === this.filter && group !== "all" ? "all" : group;
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
