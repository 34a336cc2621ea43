// "Dit bestand werkt uw lijst bij": when a file is read next to a list that has dossiers, the
// page first says what it will do (Python matched each row: by personeelsnummer, or by name and
// first sick day) and lets the officer choose: update and add, replace the list (the dossiers
// no longer in the file go), or do nothing. A box in the page, not a modal dialog: its heading
// takes focus, and the choice is a plain button.

import { h } from "./dom.mjs";

export class MergeChoice {
  constructor({ t }) {
    this.t = t;
    this.heading = h("h2", { class: "dw-report-title", id: "dw-merge-title", tabindex: "-1" }, t.mergeHeading);
    this.summary = h("p", { class: "dw-merge-summary" });
    this.buttons = h("div", { class: "dw-buttons" });
    this.el = h(
      "section",
      { class: "dw-merge", "aria-labelledby": this.heading.id, hidden: true, "data-merge": "" },
      this.heading,
      this.summary,
      h("p", {}, t.mergeKeep),
      this.buttons,
    );
    this.resolve = null;
  }

  /** Ask; resolves with "update", "replace" or "cancel". */
  ask({ updated, added, missing }) {
    const t = this.t;
    this.summary.textContent = t.mergeSummary(updated, added, missing);
    const button = (text, choice, kind) =>
      h("button", { type: "button", class: `rh-button rh-button--${kind}`, onclick: () => this.choose(choice) }, text);
    const choices = [button(t.mergeUpdate(missing), "update", "primary")];
    if (missing) choices.push(button(t.mergeReplace(missing), "replace", "secondary"));
    choices.push(button(t.mergeCancel, "cancel", "secondary"));
    this.buttons.replaceChildren(...choices);
    this.el.hidden = false;
    this.heading.focus({ preventScroll: true });
    this.el.scrollIntoView({ block: "start" });
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  choose(choice) {
    this.el.hidden = true;
    const resolve = this.resolve;
    this.resolve = null;
    if (resolve) resolve(choice);
  }
}
