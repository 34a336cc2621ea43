// The error summary (GOV.UK pattern): a box above the form with a heading and one link per
// problem, each to the field it concerns, which carries the same message. It takes focus so
// that a screen reader reads it, and the page title starts with "Fout: " / "Error: ".
//
// An answer with the code `internal` is a fault of ours, not of what was typed: the summary
// then says so ("something went wrong on our side"), marks no field, and links to the static
// timeline. The form keeps what was typed in every case.

import { focusField, h, str } from "./dom.mjs";

export const INTERNAL = "internal";
/** The worker's code when a part loaded on demand (the calendar's, the spreadsheet's) could not
 *  be fetched: offline before it was first needed. Neither the visitor's fault nor ours: the
 *  page says a connection is needed once. */
export const NEEDS_CONNECTION = "needs_connection";

/** Show `text` in the fallback box `el` with a link to the static timeline (the calculator is
 *  slow, or cannot start at all when `final`). */
export function showTimelineFallback(el, text, timelineUrl, linkText, final = false) {
  el.replaceChildren(h("p", {}, text, " ", h("a", { href: timelineUrl }, linkText), final ? "." : ""));
  el.hidden = false;
}

/** The boundary's message for `internal` when Python sent it, else the page's own. */
function internalMessage(response, error, t) {
  const fromPython = response && typeof response.lang === "string";
  const message = fromPython && error && typeof error.message === "string" ? error.message.trim() : "";
  return message || t.internalError;
}

export class ErrorSummary {
  constructor({ t, timelineUrl }) {
    this.t = t;
    this.timelineUrl = timelineUrl;
    this.baseTitle = document.title;
    this.el = h("div", {
      class: "rh-error-summary",
      tabindex: "-1",
      hidden: true,
      "aria-labelledby": "rh-error-summary-title",
    });
    this.fields = new Map();
  }

  /** Hide the summary and every field's message (`fields`: the form's fields now). */
  clear(fields = new Map()) {
    for (const field of new Set([...this.fields.values(), ...fields.values()])) field.clearError();
    this.fields = new Map();
    this.el.hidden = true;
    this.el.removeAttribute("data-error");
    this.el.replaceChildren();
    document.title = this.baseTitle;
  }

  /**
   * Show a failed answer: `fields` maps boundary field names to the form's fields; `first`
   * is the control for errors that name no field. Returns "internal", "connection" or "input".
   */
  show(response, { fields, first, focus = true }) {
    this.clear(fields);
    this.fields = fields;
    const errors = (Array.isArray(response && response.errors) ? response.errors : []).filter(
      (error) => error && typeof error === "object",
    );
    const internal = errors.find((error) => error.code === INTERNAL);
    if (errors.some((error) => error.code === NEEDS_CONNECTION)) {
      this.render("connection", h("p", {}, this.t.needsConnection));
    } else if (internal || !errors.length) {
      this.render("internal", h("p", {}, internalMessage(response, internal, this.t)), [
        h("p", {}, h("a", { href: this.timelineUrl }, this.t.timelineLink)),
      ]);
    } else {
      const items = errors.map((error) => {
        const field = fields.get(str(error.field));
        const message = str(error.message);
        if (field) field.showError(message, error.part || null);
        const target = field ? field.target(error.part) : first;
        return h("li", {}, h("a", { href: "#" + target.id, onclick: (event) => this.jump(event, target) }, message));
      });
      this.render("input", h("ul", { class: "rh-error-summary__list" }, items));
    }
    if (focus) {
      this.el.focus({ preventScroll: true });
      this.el.scrollIntoView({ block: "start" });
    }
    return this.el.dataset.error;
  }

  render(kind, ...content) {
    this.el.replaceChildren(
      h("h2", { id: "rh-error-summary-title", class: "rh-error-summary__title" }, this.t.errorTitle),
      ...content.flat(),
    );
    this.el.dataset.error = kind;
    this.el.setAttribute("role", "alert");
    this.el.hidden = false;
    document.title = this.t.errorPrefix + this.baseTitle;
  }

  jump(event, target) {
    event.preventDefault();
    focusField(target);
  }
}
