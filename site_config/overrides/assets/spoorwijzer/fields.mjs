// The calculator's form, built from the inputs table (schema.mjs): one section per section of
// the table, in its order (optional ones as <details>), each row of the table an input of its
// kind (case-inputs.mjs), made of the fields of field-controls.mjs.
//
// Every control is named by its boundary field: the input's key path ("actual.probleemanalyse",
// "pregnancy_leave.start", "periods.1.start"), exactly the `field` of the boundary's errors.
// The form reads what was typed as typed (no date logic here: Python parses it, and splits a
// whole date typed into one field: acceptWholeDates) and fills itself from a case Python
// parsed (ISO dates).

import { h, openAncestors } from "./dom.mjs";
import { KINDS, retell, roleWords } from "./case-inputs.mjs";
import { acceptWholeDates } from "./field-controls.mjs";
import { caseInputs, words } from "./schema.mjs";

// The bureaus' dossiers name a case with a TextField of their own.
export { TextField } from "./field-controls.mjs";

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
