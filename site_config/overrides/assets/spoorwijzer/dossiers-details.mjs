// The details of one dossier in the overview of "Meerdere dossiers", opened from its name: the
// steps that need attention and the next deadline, each with "Gedaan op…" (the calculator's
// DoneEditor, record.mjs: three date fields that Python reads), and the dossier's actions
// (open it in the calculator, change it, remove it). Everything shown comes from Python's
// overview line of the case; this module only draws it. On paper the details are left out.

import { h, str, timeEl } from "./dom.mjs";
import { dossierLink } from "./navigation.mjs";
import { DoneEditor } from "./record.mjs";

/** The three fields of an ISO date, as a form shows them ("2026-02-10" -> 10, 2, 2026). */
function fieldsOf(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(str(iso));
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : null;
}

/**
 * options: {t (dossiers-strings), ft (the calculator's strings), inputs (milestone id -> the
 * inputs table's row of its actual date), lang, calculatorUrl, split(request), onSave(entry,
 * step, raw, editor), onEdit(id), onRemove(id)}
 */
export class Details {
  constructor(options) {
    Object.assign(this, options);
  }

  /** The steps shown: every one that needs attention (for the role), then the next deadline. */
  steps(attention, next) {
    const items = [...attention];
    if (next && !items.some((item) => item.id === next.id)) items.push(next);
    return items.filter((item) => item && typeof item === "object");
  }

  /** The panel of `entry` (its overview line, the attention for the role, the next step). */
  panel(entry, attention, next, id) {
    const t = this.t;
    const label = str(entry.label);
    const list = h(
      "ul",
      { class: "dw-detail-steps" },
      this.steps(attention, next).map((item) => this.step(entry, item)),
    );
    const actions = [];
    if (entry.result && entry.result.ok && typeof entry.result.page_fragment === "string") {
      // No name, no date of birth in the address: the calculator asks this page for them.
      const href = dossierLink(this.calculatorUrl, entry.result.page_fragment, entry);
      actions.push(
        h(
          "a",
          { href, target: "_blank", rel: "noopener noreferrer", class: "dw-open" },
          t.openInCalculator,
          h("span", { class: "rh-visually-hidden" }, ` ${label}${t.opensCalculator}`),
        ),
      );
    }
    const button = (text, onclick) =>
      h(
        "button",
        { type: "button", class: "rh-button rh-button--link", onclick },
        text,
        h("span", { class: "rh-visually-hidden" }, ` ${label}`),
      );
    actions.push(button(t.edit, () => this.onEdit(entry.id)), button(t.remove, () => this.onRemove(entry.id)));
    return h(
      "div",
      { class: "dw-detail", id },
      entry.number ? h("p", { class: "dw-detail-number" }, `${t.numberLabel}: ${str(entry.number)}`) : null,
      list.childElementCount ? list : h("p", {}, t.nothingOpen),
      h("div", { class: "dw-detail-actions" }, actions),
    );
  }

  step(entry, item) {
    const t = this.t;
    const status = str(item.status_text) || t.status[item.status] || str(item.status);
    const late = str(item.late_text);
    const li = h(
      "li",
      { "data-milestone": str(item.id), "data-status": str(item.status) },
      h("span", { class: "dw-step-title" }, str(item.title)),
      " ",
      timeEl(item.date, item.date_text),
      " ",
      h(
        "span",
        { class: `dw-badge dw-badge--${str(item.status).replace(/[^a-z_]/g, "")}` },
        status + (late ? `, ${late}` : ""),
      ),
    );
    const input = this.inputs[item.id];
    if (input) {
      const part = input.parts ? input.parts[""] : null;
      const legend = (part && part.label && (part.label[this.lang] || part.label.nl)) || str(item.title);
      const editor = new DoneEditor({
        t: this.ft,
        milestone: { id: item.id, title: item.title, actual: item.actual },
        place: `dossier-${entry.id}`,
        legend,
        raw: fieldsOf(item.actual),
        split: this.split,
        onSave: (self, raw) => this.onSave(entry, item.id, raw, self),
      });
      li.append(editor.el);
    }
    return li;
  }
}
