// "Gedaan op…": record the actual date of a step beside the step itself. A disclosure button
// opens a small form with the three date fields of that step's actual-date input (the row of
// the inputs table whose `step` is the milestone's id); saving copies them into the case form
// and calculates again, so the timeline, "Nu en hierna" and the share link follow. Nothing
// here reads a date: Python does, and its message for the field lands on these fields.

import { h, str } from "./dom.mjs";
import { acceptWholeDates, DateField } from "./field-controls.mjs";

export class DoneEditor {
  /**
   * options: {t, milestone, place ("now" | "timeline"), legend (the input's label),
   *           raw (the fields as typed in the case form, or null), split(request),
   *           onSave(editor, raw | null)}
   */
  constructor({ t, milestone, place, legend, raw, split, onSave }) {
    this.t = t;
    this.id = str(milestone.id);
    this.title = str(milestone.title);
    this.onSave = onSave;
    const base = `done-${place}.${this.id}`;
    this.field = new DateField(t, base, legend, null, { noun: `actual_${this.id}` });
    if (raw) this.field.setRaw(raw);
    const panelId = this.field.el.id || `rh-${base.replace(/[^A-Za-z0-9_]+/g, "-")}-panel`;
    this.button = h(
      "button",
      {
        type: "button",
        class: "rh-button rh-button--secondary rh-button--small rh-done__toggle",
        "aria-expanded": "false",
        "aria-controls": panelId,
        "data-done": this.id,
        onclick: () => this.toggle(),
      },
      milestone.actual ? t.changeDone : t.markDone,
      h("span", { class: "rh-visually-hidden" }, t.doneFor(this.title)),
    );
    const buttons = [
      h("button", { type: "submit", class: "rh-button rh-button--primary rh-button--small" }, t.save),
      milestone.actual
        ? h(
            "button",
            { type: "button", class: "rh-button rh-button--secondary rh-button--small", onclick: () => this.save(null) },
            t.clearDone,
          )
        : null,
      h("button", { type: "button", class: "rh-button rh-button--link", onclick: () => this.close(true) }, t.cancel),
    ];
    this.panel = h(
      "form",
      {
        class: "rh-done__panel",
        id: panelId,
        novalidate: true,
        hidden: true,
        onsubmit: (event) => {
          event.preventDefault();
          this.save(this.field.raw());
        },
      },
      this.field.el,
      h("div", { class: "rh-done__buttons" }, buttons),
    );
    acceptWholeDates(this.panel, { fieldOf: () => this.field, split });
    this.el = h("div", { class: "rh-done", "data-done-editor": this.id }, this.button, this.panel);
  }

  toggle() {
    if (this.panel.hidden) this.open();
    else this.close(true);
  }

  open() {
    this.panel.hidden = false;
    this.button.setAttribute("aria-expanded", "true");
    this.field.target("day").focus();
  }

  close(focus) {
    this.panel.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    this.field.clearError();
    if (focus) this.button.focus();
  }

  save(raw) {
    this.field.clearError();
    this.onSave(this, raw);
  }

  /** Python's message for this step's date, on these fields. */
  showError(message, part) {
    this.open();
    this.field.showError(message, part);
    this.field.target(part).focus();
  }
}
