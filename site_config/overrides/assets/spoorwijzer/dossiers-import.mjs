// Reading files into the list of "Meerdere dossiers" (methods of the page, dossiers.js): a CSV
// or .xlsx file, which Python reads next to the list it updates (the officer chooses first:
// dossiers-merge.mjs), and a list the page saved before (JSON), whose cases Python checks one
// by one. Rows and items that cannot be read are reported (dossiers-report.mjs).

import { str } from "./dom.mjs";
import { fileAsBase64, fileAsText } from "./dossiers-files.mjs";
import { caseRequest, listItems } from "./dossiers-list.mjs";

export const Importing = {
  /** The file chosen in `field` ("csv" or "json"), or null after saying that none was. */
  chosenFile(field) {
    this.errors.clear(this.fields());
    const file = this.fields().get(field).file();
    if (!file) {
      this.showErrors({ errors: [{ code: "file_missing", field, message: this.t.noFile }] });
      return null;
    }
    this.progress(this.t.reading);
    return file;
  },

  importCsv(event) {
    event.preventDefault();
    return this.busy(async () => {
      const file = this.chosenFile("csv");
      if (!file) return;
      const data = await fileAsBase64(file, this.maxUpload);
      // Python reads the file, gives each good row's overview line at once (one pass) and,
      // next to a list, the dossier each row updates.
      const existing = this.entries.length ? this.entries.map(caseRequest) : undefined;
      const response = await this.call("read_csv", { data, overview: true, existing });
      if (!response) return;
      if (!response.ok) {
        this.showErrors(this.connectionError(response, data.startsWith("UEsDB")));
        return;
      }
      const problems = Array.isArray(response.errors) ? response.errors : [];
      const found = (Array.isArray(response.cases) ? response.cases : []).filter((c) => c && typeof c === "object");
      const byId = new Map(this.entries.map((entry) => [entry.id, entry]));
      const updates = found.filter((item) => byId.has(str(item.match)));
      const missing = (Array.isArray(response.missing) ? response.missing : []).map(str).filter((id) => byId.has(id));
      let choice = "update";
      if (existing && (updates.length || missing.length)) {
        this.progressEl.hidden = true;
        choice = await this.merge.ask({ updated: updates.length, added: found.length - updates.length, missing: missing.length });
        if (choice === "cancel") {
          this.setStatus(this.t.mergeCancelled);
          this.csvField.input.focus();
          return;
        }
      }
      if (response.today) this.resultsToday = { iso: response.today, text: response.today_text };
      for (const item of found) {
        const { ok, overview, fragment, page_fragment, errors } = item;
        const old = byId.get(str(item.match));
        const entry = old || this.newEntry(item.label, item.case || {}, item.number);
        if (old) Object.assign(entry, { label: str(item.label), number: str(item.number), case: item.case || {} });
        entry.result = { id: entry.id, label: entry.label, ok, overview, fragment, page_fragment, errors };
        if (!old) this.entries.push(entry);
      }
      const removed = choice === "replace" ? new Set(missing) : new Set();
      if (removed.size) this.entries = this.entries.filter((entry) => !removed.has(entry.id));
      this.csvField.reset();
      this.report.show(problems, "csv");
      const rowsNotRead = problems.filter((p) => Number(p.row) > 1).length;
      let message = existing
        ? this.t.merged(updates.length, found.length - updates.length, removed.size)
        : this.t.imported(found.length);
      if (rowsNotRead) message += " " + this.t.notRead(rowsNotRead);
      if (response.encoding && !["UTF-8", "xlsx"].includes(response.encoding)) message += " " + this.t.readAs(response.encoding);
      this.rendered(message);
      if (problems.length) this.report.focus();
    });
  },

  /** A refusal to show; a spreadsheet whose wheels could not load says it needs a connection. */
  connectionError(response, spreadsheet) {
    const errors = Array.isArray(response.errors) ? response.errors : [];
    if (spreadsheet && errors.some((error) => error && error.code === "internal")) {
      return { errors: [{ code: "internal", field: "csv", message: this.t.needsConnection }] };
    }
    return response;
  },

  importList(event) {
    event.preventDefault();
    return this.busy(async () => {
      const file = this.chosenFile("json");
      if (!file) return;
      const { items, bad, ok } = listItems(await fileAsText(file, this.maxUpload));
      if (!ok) {
        this.showErrors({ errors: [{ code: "file_format", field: "json", message: this.t.jsonBad }] });
        return;
      }
      const entries = items.map((item) => this.newEntry(item.label, item.case, item.number));
      if (!(await this.compute(entries))) return;
      const good = entries.filter((entry) => entry.result && entry.result.ok);
      const problems = [
        ...bad.map(({ row, column }) => ({ row, column, message: this.t.jsonItemBad })),
        ...entries
          .map((entry, index) => ({ entry, index }))
          .filter(({ entry }) => !(entry.result && entry.result.ok))
          .map(({ entry, index }) => ({
            row: index + 1,
            column: entry.label,
            message: ((entry.result && entry.result.errors) || []).map((e) => str(e && e.message)).join(" "),
          })),
      ];
      this.entries.push(...good);
      this.jsonField.reset();
      this.report.show(problems, "list");
      this.rendered(this.t.imported(good.length));
      if (problems.length) this.report.focus();
    });
  },
};
