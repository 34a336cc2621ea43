// Adding, changing and removing one dossier of "Meerdere dossiers", and recording the date a
// step was done ("Gedaan op…" in its details): methods of the page (dossiers.js). Python
// calculates each case (the boundary's batch action) and reads it back from its own link
// (parse_fragment), so the list keeps ISO dates.

import { str } from "./dom.mjs";
import { caseRequest } from "./dossiers-list.mjs";

export const Editing = {
  readForm() {
    const c = this.form.readCase();
    const label = this.labelField.value();
    if (label !== null) c.label = label;
    return c;
  },

  onSubmit(event) {
    event.preventDefault();
    return this.busy(async () => {
      this.errors.clear(this.fields());
      const c = this.readForm();
      const editing = this.entries.find((entry) => entry.id === this.editing) || null;
      const number = str(this.numberField.value()).trim();
      const entry = editing
        ? { ...editing, label: str(c.label).trim() || editing.label, number }
        : this.newEntry(c.label, c, number);
      entry.case = { ...c, label: entry.label };
      if (this.client.state !== "ready") this.setStatus(this.t.waiting, true);
      const response = await this.call("batch", { cases: [caseRequest(entry)] });
      if (!response) return;
      const result = response.ok && Array.isArray(response.results) ? response.results[0] : response;
      if (!result || !result.ok) {
        this.setStatus("");
        this.showErrors(result || response);
        return;
      }
      // The list keeps the case as Python reads it back from its own link: ISO dates.
      const parsed = await this.call("parse_fragment", { fragment: result.fragment });
      if (parsed && parsed.ok && parsed.case && typeof parsed.case === "object") entry.case = parsed.case;
      entry.label = str(entry.case.label) || entry.label;
      entry.result = { ...result, label: entry.label };
      if (response.today) this.resultsToday = { iso: response.today, text: response.today_text };
      if (editing) this.entries[this.entries.indexOf(editing)] = entry;
      else this.entries.push(entry);
      this.resetForm();
      this.rendered(editing ? this.t.changed(entry.label) : this.t.added(entry.label));
      this.labelField.input.focus();
    });
  },

  resetForm() {
    this.form.fillCase({});
    this.labelField.input.value = "";
    this.numberField.input.value = "";
    this.errors.clear(this.fields());
    this.editing = null;
    this.addHeading.textContent = this.t.addHeading;
    this.form.submitButton.textContent = this.t.addSubmit;
    this.cancelButton.hidden = true;
  },

  edit(id) {
    const entry = this.entries.find((item) => item.id === id);
    if (!entry) return;
    this.resetForm();
    this.editing = id;
    this.form.fillCase(entry.case);
    this.labelField.input.value = entry.label;
    this.numberField.input.value = entry.number || "";
    this.addHeading.textContent = this.t.editHeading(entry.label);
    this.form.submitButton.textContent = this.t.editSubmit;
    this.cancelButton.hidden = false;
    this.addHeading.focus({ preventScroll: true });
    this.addHeading.scrollIntoView({ block: "start" });
    this.setStatus(this.t.editing(entry.label));
  },

  cancelEdit() {
    const id = this.editing;
    this.resetForm();
    const link = id && this.overview.tbody.querySelector(`tr[data-case="${CSS.escape(id)}"] .dw-name-button`);
    if (link) link.focus();
    else this.labelField.input.focus();
  },

  remove(id) {
    const index = this.entries.findIndex((item) => item.id === id);
    if (index < 0) return;
    const [entry] = this.entries.splice(index, 1);
    if (this.editing === id) this.resetForm();
    this.overview.open.delete(id);
    const rows = [...this.overview.tbody.querySelectorAll("tr[data-case]")];
    const at = rows.findIndex((row) => row.dataset.case === id);
    this.rendered(this.t.removed(entry.label));
    // The focus goes to the next row's name (or the previous one's, or the heading).
    const after = [...this.overview.tbody.querySelectorAll("tr[data-case]")];
    const target = after[Math.min(at, after.length - 1)];
    const focusable = target && target.querySelector(".dw-name-button");
    if (focusable) focusable.focus();
    else this.overview.heading.focus();
  },

  // "Gedaan op…" in the overview.

  /** Record (raw: the three fields as typed) or clear (null) the date a step was done. */
  saveDone(entry, step, raw, editor) {
    return this.busy(async () => {
      const c = JSON.parse(JSON.stringify(entry.case));
      const actual = c.actual && typeof c.actual === "object" ? { ...c.actual } : {};
      if (raw) actual[step] = raw;
      else delete actual[step];
      c.actual = actual;
      const response = await this.call("batch", { cases: [caseRequest({ ...entry, case: c })] });
      if (!response) return;
      const result = response.ok && Array.isArray(response.results) ? response.results[0] : response;
      if (!result || !result.ok) {
        const errors = (result && Array.isArray(result.errors) ? result.errors : []).filter(Boolean);
        const own = errors.find((error) => error.field === `actual.${step}`);
        if (own) editor.showError(str(own.message), own.part || null);
        else this.showErrors(result || response);
        return;
      }
      // The list keeps the case as Python reads it back from its own link: ISO dates.
      const parsed = await this.call("parse_fragment", { fragment: result.fragment });
      entry.case = parsed && parsed.ok && parsed.case && typeof parsed.case === "object" ? parsed.case : c;
      entry.result = { ...result, label: entry.label };
      const row = this.overview.redraw(entry.id);
      this.persist();
      this.setStatus(raw ? this.t.doneSaved(entry.label) : this.t.doneCleared(entry.label));
      const button = row && row.nextElementSibling && row.nextElementSibling.querySelector(`[data-done="${CSS.escape(step)}"]`);
      (button || (row && row.querySelector(".dw-name-button")))?.focus();
    });
  },
};
