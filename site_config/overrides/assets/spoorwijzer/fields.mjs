// The calculator's form, built from the inputs table (schema.mjs): one section per section of
// the table, in its order (optional ones as <details>), and each input by its kind:
//
//   periods     the first sick day, recovery periods that can be added and removed, and the
//               last sick day of a full recovery (parts first / end / start / recovered)
//   date        a GOV.UK date input: three text fields (day, month, year) in a fieldset
//   date_range  two date inputs (parts start and end)
//   flag        a checkbox
//   weeks       a numeric text field
//   text        a short text field (the visitor's own name for the case)
//   choice      radio buttons (request-scope choices, role and language, are not form fields)
//
// A flag's checkbox always means "not the row's default": for a flag whose default is true
// (pregnancy_leave.same_cause, worded "the illness clearly has another cause"), ticking it
// sends false. Only values that differ from the default go into the case.
//
// A whole date typed or pasted into one of the three fields of a date ("12-03-2026",
// "12/3/2026", "12 maart 2026") is split by Python (the boundary's `split_date`) and fills all
// three; its error lands on that field (acceptWholeDates).
//
// Every control is named by its boundary field: the input's key path ("actual.probleemanalyse",
// "pregnancy_leave.start", "periods.1.start"), exactly the `field` of the boundary's errors.
// The form reads what was typed as typed (no date logic here: Python parses it) and fills
// itself from a case Python parsed (ISO dates).

import { fieldId, h, isIsoDate, openAncestors } from "./dom.mjs";
import { caseInputs, getPath, setPath, words } from "./schema.mjs";

const DATE_PARTS = ["day", "month", "year"];
/** More than one part: something, a separator (space, -, /, .), something. Only whether to
 *  ask Python; what the parts are, and whether they make a date, is Python's to say. */
const WHOLE_DATE = /\S[\s./-]+\S/;

// ---------------------------------------------------------------------------------------
// Fields: one question each, with its boundary name, its hint, one error message (linked
// with aria-describedby) and its value as typed: `value()` (null when empty) and `set(value)`
// (from a parsed case; false when the value does not fit).

class Field {
  constructor(t, name, hint) {
    this.t = t;
    this.name = name;
    this.initial = null; // the value before anything is typed (a row's default)
    this.hintEl = hint ? h("p", { class: "rh-hint" }, hint) : null;
    this.errorEl = h("p", { class: "rh-error-message", hidden: true });
  }

  /** Give the hint and the message ids from the field's name; `described` carries them. */
  identify(described) {
    const base = fieldId(this.name);
    this.described = described;
    if (this.hintEl) this.hintEl.id = base + "-hint";
    this.errorEl.id = base + "-error";
    this.describe();
    return base;
  }

  describe() {
    const ids = [];
    if (this.hintEl) ids.push(this.hintEl.id);
    if (!this.errorEl.hidden) ids.push(this.errorEl.id);
    if (ids.length) this.described.setAttribute("aria-describedby", ids.join(" "));
    else this.described.removeAttribute("aria-describedby");
  }

  /** The form controls of this field (the ones an error marks, unless `part` names one). */
  controls() {
    return [this.input];
  }

  target() {
    return this.controls()[0];
  }

  showError(message, part) {
    this.errorEl.replaceChildren(h("span", { class: "rh-visually-hidden" }, this.t.errorPrefix), message);
    this.errorEl.hidden = false;
    this.el.classList.add("rh-has-error");
    const marked = this.controls().filter((control) => control.dataset.part === part);
    for (const control of marked.length ? marked : this.controls()) {
      control.setAttribute("aria-invalid", "true");
      control.classList.add("rh-input--error");
    }
    this.describe();
  }

  clearError() {
    this.errorEl.hidden = true;
    this.errorEl.replaceChildren();
    this.el.classList.remove("rh-has-error");
    for (const control of this.controls()) {
      control.removeAttribute("aria-invalid");
      control.classList.remove("rh-input--error");
    }
    this.describe();
  }
}

/** A GOV.UK date input: day, month and year as typed, in a fieldset. */
export class DateField extends Field {
  constructor(t, name, legend, hint, { legendClass = "", noun = null } = {}) {
    super(t, name, hint);
    this.noun = noun; // the inputs table's key for this date's noun in messages ("periods.first")
    this.inputs = {};
    this.labels = {};
    const items = DATE_PARTS.map((part) => {
      this.inputs[part] = h("input", {
        type: "text",
        inputmode: "numeric",
        spellcheck: "false",
        autocomplete: "off",
        class: `rh-input rh-input--${part}`,
        "data-part": part,
      });
      this.labels[part] = h("label", { class: "rh-date-label" }, t[part]);
      return h("div", { class: "rh-date-item" }, this.labels[part], this.inputs[part]);
    });
    this.el = h(
      "fieldset",
      { class: "rh-fieldset rh-date", role: "group" },
      h("legend", { class: ("rh-legend " + legendClass).trim() }, legend),
      this.hintEl,
      this.errorEl,
      h("div", { class: "rh-date-inputs" }, items),
    );
    this.rename(name);
  }

  /** A new boundary name (periods are renumbered when one is removed). */
  rename(name) {
    this.name = name;
    const base = this.identify(this.el);
    this.el.dataset.field = name;
    for (const part of DATE_PARTS) {
      this.inputs[part].id = `${base}-${part}`;
      this.inputs[part].name = `${name}.${part}`;
      this.labels[part].htmlFor = `${base}-${part}`;
    }
  }

  controls() {
    return DATE_PARTS.map((part) => this.inputs[part]);
  }

  target(part) {
    return this.inputs[part] || this.inputs.day;
  }

  isEmpty() {
    return DATE_PARTS.every((part) => this.inputs[part].value.trim() === "");
  }

  raw() {
    return { day: this.inputs.day.value, month: this.inputs.month.value, year: this.inputs.year.value };
  }

  value() {
    return this.isEmpty() ? null : this.raw();
  }

  clear() {
    for (const part of DATE_PARTS) this.inputs[part].value = "";
  }

  copyFrom(other) {
    for (const part of DATE_PARTS) this.inputs[part].value = other.inputs[part].value;
  }

  /** Put the three fields as typed (`{day, month, year}`, strings), e.g. from another field. */
  setRaw(raw) {
    for (const part of DATE_PARTS) {
      const value = raw ? raw[part] : null;
      this.inputs[part].value = value === null || value === undefined ? "" : String(value);
    }
  }

  /** The part ("day", "month", "year") of one of this field's controls, or null. */
  partOf(control) {
    return DATE_PARTS.find((part) => this.inputs[part] === control) || null;
  }

  /** Fill from Python's ISO date (splitting a string, no date logic), or from the three parts
   * as typed ({day, month, year}, e.g. a home-page date Python could not accept). */
  set(iso) {
    if (iso && typeof iso === "object") {
      for (const part of DATE_PARTS) this.inputs[part].value = typeof iso[part] === "string" ? iso[part] : "";
      return DATE_PARTS.some((part) => this.inputs[part].value !== "");
    }
    if (!isIsoDate(iso)) return false;
    const [year, month, day] = iso.split("-");
    this.inputs.day.value = String(Number(day));
    this.inputs.month.value = String(Number(month));
    this.inputs.year.value = year;
    return true;
  }
}

/** One line of text with its label, hint and error; the value as typed (null when empty). */
class LineField extends Field {
  constructor(t, name, label, hint, attributes) {
    super(t, name, hint);
    this.input = h("input", { type: "text", name, spellcheck: "false", autocomplete: "off", ...attributes });
    const labelEl = h("label", { class: "rh-label" }, label);
    this.el = h("div", { class: "rh-field", "data-field": name }, labelEl, this.hintEl, this.errorEl, this.input);
    this.input.id = labelEl.htmlFor = this.identify(this.input);
  }

  value() {
    return this.input.value.trim() === "" ? null : this.input.value;
  }
}

/** A short text field for a whole number (weeks), as typed. */
export class NumberField extends LineField {
  constructor(t, name, label, hint) {
    super(t, name, label, hint, { inputmode: "numeric", class: "rh-input rh-input--weeks" });
  }

  set(value) {
    if (typeof value !== "number" && typeof value !== "string") return false;
    this.input.value = String(value);
    return true;
  }
}

/** A checkbox; its value is true or false. Ticked means "not the default": for a row whose
 *  default is true the box is worded as the exception, and ticking it gives false. */
export class FlagField extends Field {
  constructor(t, name, label, hint, { initial = false } = {}) {
    super(t, name, hint);
    this.initial = initial === true; // the row's default value (not the box's state)
    this.input = h("input", { type: "checkbox", name, class: "rh-checkbox" });
    const labelEl = h("label", {}, label);
    this.el = h(
      "div",
      { class: "rh-checkbox-item", "data-field": name },
      this.errorEl,
      this.input,
      labelEl,
      this.hintEl,
    );
    this.input.id = labelEl.htmlFor = this.identify(this.input);
  }

  value() {
    return this.input.checked ? !this.initial : this.initial;
  }

  set(value) {
    if (typeof value !== "boolean") return false;
    this.input.checked = value !== this.initial;
    return true;
  }
}

/** A short line of text (the visitor's own name for the case), as typed. */
export class TextField extends LineField {
  constructor(t, name, label, hint) {
    super(t, name, label, hint, { maxlength: "60", class: "rh-input rh-input--text" });
  }

  set(value) {
    if (typeof value !== "string") return false;
    this.input.value = value;
    return true;
  }
}

/** Radio buttons for a choice of the case (the table gives no words per choice: its value). */
export class ChoiceField extends Field {
  constructor(t, name, legend, hint, { choices = [], initial = null } = {}) {
    super(t, name, hint);
    this.initial = choices.includes(initial) ? initial : null;
    const base = fieldId(name);
    this.inputs = choices.map((choice, i) =>
      h("input", { type: "radio", name, id: `${base}-${i}`, value: choice, checked: choice === this.initial }),
    );
    this.el = h(
      "fieldset",
      { class: "rh-fieldset", "data-field": name },
      h("legend", { class: "rh-legend" }, legend),
      this.hintEl,
      this.errorEl,
      h(
        "div",
        { class: "rh-radios" },
        this.inputs.map((input) =>
          h("div", { class: "rh-radio-item" }, input, h("label", { for: input.id }, input.value)),
        ),
      ),
    );
    this.identify(this.el);
  }

  controls() {
    return this.inputs;
  }

  target() {
    return this.inputs.find((input) => input.checked) || this.inputs[0];
  }

  value() {
    const checked = this.inputs.find((input) => input.checked);
    return checked ? checked.value : null;
  }

  set(value) {
    const input = this.inputs.find((item) => item.value === value);
    if (input) input.checked = true;
    return Boolean(input);
  }
}

// ---------------------------------------------------------------------------------------
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
function roleWords(pair, lang, role) {
  if (!pair || !words(pair, lang)) return null;
  return pair.roles ? said((r) => words(pair, lang, r), role) : words(pair, lang);
}

function partWords(input, name, lang, role = null) {
  const found = (input.parts && input.parts[name]) || {};
  return { label: roleWords(found.label, lang, role) || "", hint: roleWords(found.hint, lang, role) };
}

/** A row with one field (date, flag, weeks, choice). */
class SingleInput {
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
const KINDS = {
  periods: (input, context) => new PeriodsInput(input, context),
  date_range: (input, context) => new DateRangeInput(input, context),
  date: single(DateField),
  flag: single(FlagField),
  weeks: single(NumberField),
  text: single(TextField),
  choice: single(ChoiceField),
};

// ---------------------------------------------------------------------------------------
// The form.

/**
 * Accept whole dates in the date fields inside `container`: a date pasted (or typed, on
 * change) into one of the three fields is sent to Python as `{text, field, label}` through
 * `split(request)` (a Promise of the boundary's answer, or null when the calculator cannot
 * run); its day, month and year then fill the three fields, or its error shows on the field.
 * `fieldOf(control)` finds the DateField of a control; `onFilled(field)` follows a fill.
 */
export function acceptWholeDates(container, { fieldOf, split, onFilled = () => {} }) {
  const handle = async (field, part, text, pasted) => {
    const response = await split({ text, field: field.name, label: field.noun || "date" });
    if (response && response.ok) {
      field.setRaw(response);
      field.clearError();
      onFilled(field);
      return;
    }
    if (pasted) field.target(part).value = text; // never lose what was pasted
    const errors = response && Array.isArray(response.errors) ? response.errors : [];
    const error = errors.find((e) => e && typeof e.message === "string" && e.code !== "internal");
    if (error) field.showError(error.message, error.part || part);
  };
  const locate = (event) => {
    const control = event.target;
    if (!(control instanceof HTMLInputElement) || !control.dataset.part) return null;
    const field = fieldOf(control);
    return field && typeof field.setRaw === "function" ? { field, part: field.partOf(control) } : null;
  };
  container.addEventListener("paste", (event) => {
    const found = locate(event);
    const text = (event.clipboardData ? event.clipboardData.getData("text") : "").trim();
    if (!found || !WHOLE_DATE.test(text)) return;
    event.preventDefault();
    handle(found.field, found.part, text, true);
  });
  container.addEventListener("change", (event) => {
    const found = locate(event);
    const text = found ? event.target.value.trim() : "";
    if (found && WHOLE_DATE.test(text)) handle(found.field, found.part, text, false);
  });
}

/**
 * The form of the case, from the inputs table.
 *
 * options: {t, lang, role, onSubmit(event), onEdit(), onStatus(text), splitDate(request)};
 * `role`: whose words the labels and hints are in (null: the defaults; see setRole); `onEdit`
 * is called after every change the visitor makes (typing, ticking, adding or removing a
 * period); `splitDate` asks Python to split a whole date (see acceptWholeDates).
 */
export class CaseForm {
  constructor(schema, { t, lang, role = null, onSubmit, onEdit = () => {}, onStatus = () => {}, splitDate = null }) {
    this.t = t;
    this.inputs = [];
    this.view = { role };
    const context = { t, lang, onStatus, onEdit, view: this.view };
    const sections = schema.sections.map((section) => {
      const title = words(section.title, lang);
      const inputs = [];
      for (const row of caseInputs(schema)) {
        const make = KINDS[row.kind];
        if (row.section !== section.id || !make) continue;
        const input = make(row, { ...context, section: title });
        input.id = row.id;
        input.row = row;
        inputs.push(input);
      }
      this.inputs.push(...inputs);
      return inputs.length ? this.section(section, title, inputs, { t, lang, role }) : null;
    });
    this.waitText = h("span", { class: "rh-submit-wait" });
    this.submitButton = h(
      "button",
      { type: "submit", class: "rh-button rh-button--primary" },
      h("span", {}, t.submit),
      this.waitText,
    );
    this.el = h("form", { class: "rh-form", novalidate: true, onsubmit: onSubmit }, sections, this.submitButton);
    this.el.addEventListener("input", () => onEdit());
    this.el.addEventListener("change", () => onEdit());
    if (splitDate) {
      acceptWholeDates(this.el, {
        fieldOf: (control) => [...this.fields().values()].find((f) => f.controls().includes(control)) || null,
        split: splitDate,
        onFilled: () => onEdit(),
      });
    }
  }

  /** While the calculator loads, "Bereken" says so (`text`), and stays usable; null: done. */
  setWaiting(text) {
    this.waitText.textContent = text ? ` (${text})` : "";
    this.submitButton.classList.toggle("rh-button--waiting", Boolean(text));
  }

  /** The input of the actual date of a milestone ("probleemanalyse"), or null. */
  stepInput(milestoneId) {
    return this.inputs.find((input) => input.row && input.row.step === milestoneId) || null;
  }

  /** The labels and hints in the words of `role` (the role switch of the result). */
  setRole(role) {
    this.view.role = role;
    retell(this.el, role);
  }

  section(section, title, inputs, { t, lang, role }) {
    const hint = roleWords(section.hint, lang, role);
    const hintEl = hint ? h("p", { class: "rh-hint" }, hint) : null;
    if (section.optional) {
      return h(
        "details",
        { class: "rh-optional", "data-section": section.id },
        h("summary", {}, title, " ", h("span", { class: "rh-optional-tag" }, `(${t.optional.toLowerCase()})`)),
        h("div", { class: "rh-optional-body" }, hintEl, inputs.map((input) => input.el)),
      );
    }
    // A section that is one question needs no title of its own: the question is its heading.
    const heading = inputs.length > 1 ? h("h2", { class: "rh-section-title" }, title) : null;
    return h("div", { class: "rh-section", "data-section": section.id }, heading, hintEl, inputs.map((i) => i.el));
  }

  /** The input of a row by its id ("actual_probleemanalyse"), or null. */
  input(id) {
    return this.inputs.find((input) => input.id === id) || null;
  }

  /** Every field by its boundary name ("periods.0.start", "loonsanctie.weeks", …). */
  fields() {
    return new Map(this.inputs.flatMap((input) => input.fields()).map((field) => [field.name, field]));
  }

  /** The control the first field's errors point at (the first sick day's day). */
  firstTarget() {
    const [first] = this.inputs.flatMap((input) => input.fields());
    return first ? first.target("day") : this.submitButton;
  }

  /** The case as typed, for the boundary's `case`. */
  readCase() {
    const c = {};
    for (const input of this.inputs) input.write(c);
    return c;
  }

  /** Fill the form from a case Python parsed out of a fragment (ISO dates). */
  fillCase(c) {
    if (!c || typeof c !== "object") return;
    this.el.reset();
    for (const input of this.inputs) {
      if (input.read(c)) openAncestors(input.el);
    }
  }
}
