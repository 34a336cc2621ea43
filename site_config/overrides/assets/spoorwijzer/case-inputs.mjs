// The inputs of the case form: one per row of the inputs table (schema.mjs), by its kind:
//
//   periods     the first sick day, recovery periods that can be added and removed, and the
//               last sick day of a full recovery (parts first / end / start / recovered)
//   date        a date (DateField)
//   date_range  two dates (parts start and end)
//   flag        a checkbox (FlagField)
//   weeks       a whole number (NumberField)
//   text        a short text (TextField)
//   choice      radio buttons (ChoiceField; request-scope choices, role and language, are not
//               form fields)
//
// Every field is named by its row's key path ("actual.probleemanalyse",
// "pregnancy_leave.start", "periods.1.start"), exactly the `field` of the boundary's errors.
// Only values that differ from the row's default go into the case.

import { h } from "./dom.mjs";
import { ChoiceField, DateField, FlagField, NumberField, TextField } from "./field-controls.mjs";
import { getPath, setPath, words } from "./schema.mjs";

// Inputs: one row of the table each. `write(c)` puts what was typed into the case at the
// row's key; `read(c)` fills the fields from a parsed case and says whether it found a value
// that differs from the row's default (then its section opens).

// Words that follow the role switch: `said(textFor, role)` is a text in the words of `role`;
// `retell(root, role)` rewrites every such text inside `root` for another role. Which words a
// role reads is the inputs table's and the strings table's; this only puts them in place.
const SAID = new WeakMap();

export function said(textFor, role) {
  const el = h("span", { "data-said": "" }, textFor(role));
  SAID.set(el, textFor);
  return el;
}

export function retell(root, role) {
  for (const el of root.querySelectorAll("[data-said]")) {
    const textFor = SAID.get(el);
    if (textFor) el.textContent = textFor(role);
  }
}

/** A {nl, en} pair in the words of `role`; a text that follows the role only where the pair
 *  has words of its own per role (a plain string otherwise). */
export function roleWords(pair, lang, role) {
  if (!pair || !words(pair, lang)) return null;
  return pair.roles ? said((r) => words(pair, lang, r), role) : words(pair, lang);
}

export function partWords(input, name, lang, role = null) {
  const found = (input.parts && input.parts[name]) || {};
  return { label: roleWords(found.label, lang, role) || "", hint: roleWords(found.hint, lang, role) };
}

/** A row with one field (date, flag, weeks, choice). */
export class SingleInput {
  constructor(input, field) {
    this.key = input.key;
    this.default = field.initial;
    this.field = field;
    this.el = field.el;
  }

  fields() {
    return [this.field];
  }

  write(c) {
    // Only what differs from the row's default is part of the case.
    const value = this.field.value();
    if (value !== null && value !== this.default) setPath(c, this.key, value);
  }

  read(c) {
    const value = getPath(c, this.key);
    return this.field.set(value) && value !== this.default;
  }
}

function single(FieldKind) {
  return (input, { t, lang, view }) => {
    const { label, hint } = partWords(input, "", lang, view.role);
    const choices = (Array.isArray(input.choices) ? input.choices : []).map(String);
    const field = new FieldKind(t, input.key, label, hint, { initial: input.default, choices, noun: input.id });
    return new SingleInput(input, field);
  };
}

class DateRangeInput {
  constructor(input, { t, lang, section, view }) {
    this.key = input.key;
    const start = partWords(input, "start", lang, view.role);
    const end = partWords(input, "end", lang, view.role);
    this.start = new DateField(t, `${input.key}.start`, start.label, start.hint, { noun: `${input.id}.start` });
    this.end = new DateField(t, `${input.key}.end`, end.label, end.hint, { noun: `${input.id}.end` });
    const whole = partWords(input, "", lang, view.role);
    // The range's own label groups the two dates, unless it only repeats the section's title.
    this.el =
      whole.label && whole.label !== section
        ? h(
            "fieldset",
            { class: "rh-fieldset rh-range" },
            h("legend", { class: "rh-legend" }, whole.label),
            whole.hint ? h("p", { class: "rh-hint" }, whole.hint) : null,
            this.start.el,
            this.end.el,
          )
        : h("div", { class: "rh-range" }, this.start.el, this.end.el);
  }

  fields() {
    return [this.start, this.end];
  }

  write(c) {
    // Both halves go as typed once either is filled in, so Python can name the missing one.
    if (this.start.isEmpty() && this.end.isEmpty()) return;
    setPath(c, `${this.key}.start`, this.start.raw());
    setPath(c, `${this.key}.end`, this.end.raw());
  }

  read(c) {
    const value = getPath(c, this.key);
    if (!value || typeof value !== "object") return false;
    const found = this.start.set(value.start);
    return this.end.set(value.end) || found;
  }
}

/** The periods of sickness: day 1, recovery periods in between, a recovery at the end. */
class PeriodsInput {
  constructor(input, { t, lang, onStatus, onEdit, view }) {
    this.key = input.key;
    this.t = t;
    // A period added later is worded for the role shown then.
    this.words = (name) => partWords(input, name, lang, view.role);
    const first = this.words("first");
    const recovered = this.words("recovered");
    this.onStatus = onStatus;
    this.onEdit = onEdit;
    this.gaps = [];
    this.first = new DateField(t, `${this.key}.0.start`, first.label, first.hint, {
      legendClass: "rh-legend--large",
      noun: `${input.id}.first`,
    });
    this.gapsEl = h("div", { class: "rh-periods" });
    // The last sick day of the last period: a full recovery without a new period (yet).
    this.nounBase = input.id;
    this.recoveryEnd = new DateField(t, `${this.key}.0.end`, recovered.label, recovered.hint, {
      noun: `${input.id}.recovered`,
    });
    this.recoveryEl = h(
      "details",
      { class: "rh-recovery" },
      h("summary", {}, t.recovered),
      h("div", { class: "rh-optional-body" }, this.recoveryEnd.el),
    );
    const addHint = said((role) => (t.forRole ? t.forRole(role) : t).addPeriodHint, view.role);
    this.addButton = h(
      "button",
      { type: "button", class: "rh-button rh-button--secondary", onclick: () => this.addGap(true) },
      t.addPeriod,
    );
    this.el = h(
      "div",
      { class: "rh-periods-input" },
      this.first.el,
      this.gapsEl,
      h("div", { class: "rh-add" }, h("p", { class: "rh-hint" }, addHint), this.addButton),
      this.recoveryEl,
    );
  }

  fields() {
    const list = [this.first];
    for (const gap of this.gaps) list.push(gap.end, gap.start);
    list.push(this.recoveryEnd);
    return list;
  }

  addGap(focus) {
    const t = this.t;
    const end = this.words("end");
    const start = this.words("start");
    const gap = {};
    gap.end = new DateField(t, `${this.key}.0.end`, end.label, end.hint, { noun: `${this.nounBase}.end` });
    gap.start = new DateField(t, `${this.key}.1.start`, start.label, start.hint, {
      noun: `${this.nounBase}.start`,
    });
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
      gap.end.copyFrom(this.recoveryEnd);
      this.recoveryEnd.clear();
    }
    this.gaps.push(gap);
    this.gapsEl.append(gap.el);
    this.renumber();
    if (focus) {
      gap.end.inputs.day.focus();
      this.onStatus(t.periodAdded(this.gaps.length + 1));
      this.onEdit();
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
    this.onStatus(this.t.periodRemoved);
    this.onEdit();
  }

  renumber() {
    this.gaps.forEach((gap, k) => {
      const number = k + 2;
      gap.legend.textContent = this.t.periodLegend(number);
      gap.removeText.textContent = ` ${number}`;
      gap.end.rename(`${this.key}.${k}.end`);
      gap.start.rename(`${this.key}.${k + 1}.start`);
    });
    this.recoveryEnd.rename(`${this.key}.${this.gaps.length}.end`);
  }

  reset() {
    for (const gap of this.gaps) gap.el.remove();
    this.gaps = [];
    this.recoveryEl.open = false;
    this.renumber();
  }

  write(c) {
    const periods = [{ start: this.first.raw(), end: null }];
    for (const gap of this.gaps) {
      periods[periods.length - 1].end = gap.end.raw();
      periods.push({ start: gap.start.raw(), end: null });
    }
    periods[periods.length - 1].end = this.recoveryEnd.value();
    setPath(c, this.key, periods);
  }

  read(c) {
    this.reset();
    const value = getPath(c, this.key);
    const periods = (Array.isArray(value) ? value : []).filter((p) => p && typeof p === "object");
    for (let i = 1; i < periods.length; i++) this.addGap(false);
    periods.forEach((period, i) => {
      (i === 0 ? this.first : this.gaps[i - 1].start).set(period.start);
      if (i < periods.length - 1) this.gaps[i].end.set(period.end);
      else if (this.recoveryEnd.set(period.end)) this.recoveryEl.open = true;
    });
    return false; // the periods are not in an optional section: nothing to open
  }
}

/** How each kind of row becomes an input: `(row, context) => input`. */
export const KINDS = {
  periods: (input, context) => new PeriodsInput(input, context),
  date_range: (input, context) => new DateRangeInput(input, context),
  date: single(DateField),
  flag: single(FlagField),
  weeks: single(NumberField),
  text: single(TextField),
  choice: single(ChoiceField),
};
