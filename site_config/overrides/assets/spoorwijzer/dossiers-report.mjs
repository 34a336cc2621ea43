// The report of what could not be read from a file: a box with a heading and a table with the
// row as the spreadsheet numbers it, the row's name, the column, the value refused and the
// reason Python gave (for a list in JSON, or the list kept on this device: its number, its name
// and the reason). The rows that could be read are in the overview already. The heading takes
// focus when the report appears, so that a screen reader reads it at once.

import { h, str } from "./dom.mjs";

export class ImportReport {
  constructor({ t }) {
    this.t = t;
    this.heading = h("h2", { class: "dw-report-title", id: "dw-report-title", tabindex: "-1" });
    this.intro = h("p", {}, t.reportIntro);
    this.table = h("table", { class: "dw-report-table" });
    this.el = h(
      "section",
      { class: "dw-report", "aria-labelledby": this.heading.id, hidden: true, "data-report": "" },
      this.heading,
      this.intro,
      this.table,
    );
  }

  clear() {
    this.el.hidden = true;
    this.table.replaceChildren();
  }

  /**
   * Show the problems: a file's `[{row, name, column, value, message}]` (kind "csv"), or the
   * cases of a list that could not be read `[{row: number, column: name, message}]` (kind
   * "list", or "kept" for the list kept on this device).
   */
  show(problems, kind = "csv") {
    const t = this.t;
    if (!problems.length) {
      this.clear();
      return;
    }
    // Row 0 is the whole file, row 1 the header (an unknown column): not rows of cases.
    const rows = problems.filter((p) => Number(p.row) > 1).length;
    if (kind === "kept") this.heading.textContent = t.keptHeading(problems.length);
    else if (kind !== "csv") this.heading.textContent = t.listHeading(problems.length);
    else this.heading.textContent = rows ? t.reportHeading(rows) : t.fileProblem;
    this.intro.textContent = kind === "kept" ? t.unreadableKept(problems.length) : t.reportIntro;
    const csvHead = [t.reportRow, t.reportName, t.reportColumn, t.reportValue, t.reportReason];
    const head = kind === "csv" ? csvHead : [t.listRow, t.colName, t.reportReason];
    const cells = (problem) =>
      kind === "csv"
        ? [
            h("td", {}, str(problem.name) || t.noColumn),
            h("td", {}, str(problem.column) ? h("code", {}, str(problem.column)) : t.noColumn),
            h("td", {}, str(problem.value) ? h("code", {}, str(problem.value)) : t.noColumn),
          ]
        : [h("td", {}, str(problem.column) || t.noColumn)];
    this.table.replaceChildren(
      h("caption", { class: "rh-visually-hidden" }, t.reportCaption),
      h("thead", {}, h("tr", {}, head.map((text) => h("th", { scope: "col" }, text)))),
      h(
        "tbody",
        {},
        problems.map((problem) =>
          h(
            "tr",
            { "data-row": str(problem.row), "data-column": str(problem.column) },
            h("th", { scope: "row" }, Number(problem.row) > 0 ? str(problem.row) : t.wholeFile),
            cells(problem),
            h("td", {}, str(problem.message)),
          ),
        ),
      ),
    );
    this.el.hidden = false;
  }

  focus() {
    this.heading.focus({ preventScroll: true });
    this.el.scrollIntoView({ block: "start" });
  }
}
