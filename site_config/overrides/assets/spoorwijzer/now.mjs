// "Nu en hierna": the first thing the result shows. Where the case stands today (Python's
// `now.regime_text`, "Ziekteweek 47 van 104"), the picture of the 104 weeks, the next deadline
// with its date, who acts and what to do, and every overdue or late step with what it risks
// and what to do now. All of it is the boundary's answer (`now`, `picture`, `milestones`):
// which milestone is next and which need attention, per role, is decided in Python
// (calculator/overview.py); this module picks the role's list and puts it into elements.
//
// Fixed points: the panel is `[data-now]`; it holds the next deadline as
// `[data-next] time[datetime]`, and each step needing attention as
// `[data-attention-item="<id>"][data-status]`.

import { h, str, timeEl } from "./dom.mjs";
import { casePicture } from "./picture.mjs";

const ATTENTION = ["overdue", "late"];

/**
 * The panel for an answer of `calculate`, for `role` (null: everyone).
 * context: {t, roles, byId (milestone by id), editor(milestone, place) -> element | null}
 */
export function nowPanel(response, role, { t, roles, byId, editor }) {
  const now = response.now && typeof response.now === "object" ? response.now : {};
  const key = roles.includes(role) ? role : "all";
  const panel = h("section", {
    class: "rh-now",
    "data-now": "",
    "data-regime": str(now.regime),
    "aria-labelledby": "rh-now-heading",
  });
  // The heading is where the case stands ("Ziekteweek 47 van 104"), named "Nu en hierna",
  // with today's date.
  panel.append(
    h(
      "h3",
      { id: "rh-now-heading", class: "rh-now__heading", tabindex: "-1" },
      h(
        "span",
        { class: "rh-now__label" },
        t.now,
        response.today_text ? [" · ", timeEl(response.today, response.today_text)] : null,
        h("span", { class: "rh-visually-hidden" }, ": "),
      ),
      h("span", { class: "rh-now__regime" }, str(now.regime_text)),
    ),
  );
  panel.append(casePicture(response.picture, t));
  const nextId = now.next && typeof now.next === "object" ? now.next[key] : null;
  const next = nextId ? byId.get(nextId) : null;
  panel.append(next ? nextBlock(next, role, t) : h("p", { class: "rh-next rh-next--none" }, t.noNext));
  const ids = now.attention && Array.isArray(now.attention[key]) ? now.attention[key] : [];
  const items = ids.map((id) => byId.get(id)).filter((m) => m && ATTENTION.includes(m.status));
  if (items.length) {
    panel.append(
      h(
        "div",
        { class: "rh-attention", "data-attention": "" },
        h("h4", { class: "rh-attention__heading" }, t.attention(items.length)),
        h(
          "ul",
          { class: "rh-attention__list" },
          items.map((m) => attentionItem(m, t, editor)),
        ),
      ),
    );
  }
  return panel;
}

function nextBlock(m, role, t) {
  const todo = role && m.todo && typeof m.todo[role] === "string" ? m.todo[role] : null;
  // A window by its last day (its first day is in the timeline).
  const when = [timeEl(m.date, m.date_text)];
  return h(
    "div",
    { class: "rh-next", "data-next": str(m.id), "data-status": str(m.status) },
    h("p", { class: "rh-next__label" }, role ? t.nextFor(str(t.roles[role] ?? role).toLowerCase()) : t.next),
    h("p", { class: "rh-next__date" }, when),
    h(
      "p",
      { class: "rh-next__title" },
      h("a", { href: `#rh-m-${str(m.id)}` }, str(m.title)),
      m.week_text ? ` · ${str(m.week_text)}` : null,
      m.actor_text ? [" · ", h("span", { class: "rh-next__who" }, t.who, str(m.actor_text))] : null,
    ),
    todo ? h("p", { class: "rh-next__todo" }, todo) : null,
    m.non_working_day && m.non_working_day.text
      ? h("p", { class: "rh-non-working-day" }, str(m.non_working_day.text))
      : null,
    m.relapse_text ? h("p", { class: "rh-relapse" }, str(m.relapse_text)) : null,
  );
}

function attentionItem(m, t, editor) {
  const overdue = m.status === "overdue";
  return h(
    "li",
    { class: `rh-alert rh-alert--${str(m.status)}`, "data-attention-item": str(m.id), "data-status": str(m.status) },
    // An overdue step with its deadline; a late one says in its own line when it was done.
    h(
      "p",
      { class: "rh-alert__title" },
      h("strong", {}, h("a", { href: `#rh-m-${str(m.id)}` }, str(m.title))),
      overdue ? [" · ", timeEl(m.date, m.date_text)] : null,
    ),
    overdue
      ? h("p", { class: "rh-alert__status" }, str(m.overdue_text || m.status_text))
      : h("p", { class: "rh-alert__status" }, str(m.done_text || m.status_text)),
    m.do_now
      ? h("p", { class: "rh-alert__do" }, overdue ? h("strong", {}, str(m.do_now)) : [h("strong", {}, t.doNow), str(m.do_now)])
      : null,
    // The date, if it was done; and what it risks, one line to open, so that the panel stays
    // on the first screen.
    h(
      "div",
      { class: "rh-alert__actions" },
      overdue ? editor(m, "now") : null,
      m.risk
        ? h("details", { class: "rh-alert__risk" }, h("summary", {}, t.riskSummary), h("p", {}, str(m.risk)))
        : null,
    ),
  );
}
