// The form's fields, one question each, by kind (the inputs table's kinds: case-inputs.mjs):
//
//   DateField    a GOV.UK date input: three text fields (day, month, year) in a fieldset
//   NumberField  a numeric text field (weeks)
//   FlagField    a checkbox
//   TextField    a short text field (the visitor's own name for the case)
//   ChoiceField  radio buttons
//
// Each field has its boundary name (the `field` of the boundary's errors), its hint, one error
// message linked with aria-describedby, and its value as typed. A flag's checkbox always means
// "not the row's default": for a flag whose default is true (pregnancy_leave.same_cause,
// worded "the illness clearly has another cause"), ticking it gives false.
//
// A whole date typed or pasted into one of the three fields of a date ("12-03-2026",
// "12/3/2026", "12 maart 2026") is split by Python (the boundary's `split_date`) and fills all
// three; its error lands on that field (acceptWholeDates). No date logic here: Python parses
// what was typed, and the fields fill themselves from Python's ISO dates.

import { fieldId, h, isIsoDate } from "./dom.mjs";

const DATE_PARTS = ["day", "month", "year"];
/** More than one part: something, a separator (space, -, /, .), something. Only whether to
 *  ask Python; what the parts are, and whether they make a date, is Python's to say. */
export const WHOLE_DATE = /\S[\s./-]+\S/;

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
// Whole dates.

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
