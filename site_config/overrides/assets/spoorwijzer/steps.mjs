// The result's steps: the timeline of milestones in the answer's order, with the pregnancy and
// maternity leave as a line between them, and on paper the table of planned and done (render.mjs
// puts them in the result). Every date, week, text and status is Python's; this module only puts
// it into elements, as text nodes: one `[data-milestone]` per milestone with `data-status`, its
// dates as `<time datetime>` inside `.rh-date`, `data-roles` and `.rh-todo[data-role]`.
//
// `view` is the result view (render.mjs): its words `t`, its role choices `roles`, its
// `editor(milestone, place)` ("Gedaan op…"), `toggle(button)`, `sources(list)` and
// `explained(path, text, hidden)`.

import { h, str, timeEl } from "./dom.mjs";
import { roleWords, sourceLine } from "./now.mjs";

const STATUSES = ["done", "late", "overdue", "today", "soon", "later", "passed", "closed"];
/** Shown as one line that opens on demand: nothing left to do for these. */
const COLLAPSED = ["passed", "done", "closed"];
/** The step is finished (or moot): its advice no longer applies. */
const NO_ADVICE = ["passed", "done", "late", "closed"];

/** How a step with Python's `status` shows: the status it is drawn with (an unknown one as
 *  "later"), whether it is one line that opens on demand, whether its advice still applies. */
export function stepState(status) {
  const known = STATUSES.includes(status) ? status : "later";
  return { status: known, collapsed: COLLAPSED.includes(known), advice: !NO_ADVICE.includes(known) };
}

/** Where the leave goes among `count` steps: Python's `position`, kept inside the list; at the
 *  end when it gives none. */
export function leaveAt(leave, count) {
  return Number.isInteger(leave.position) ? Math.max(0, Math.min(leave.position, count)) : count;
}

export function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The items of the timeline: one per milestone, and the leave (or null) at its place. */
export function timeline(view, milestones, leave) {
  const items = milestones.map((m) => milestone(view, m));
  if (leave) items.splice(leaveAt(leave, items.length), 0, leaveLine(view, leave));
  return items;
}

/** A list of Python's answer, or none. */
function listed(value) {
  return Array.isArray(value) ? value : [];
}

/** A list that opens on demand under `summary` ("Alle data", "Zo is deze datum berekend"), or
 *  null when it has no items. */
function openable(className, summary, tag, items) {
  return items.length ? h("details", { class: className }, h("summary", {}, summary), h(tag, {}, items)) : null;
}

/** The dates of a milestone: one `<time>`, or a window "from … up to and including …". */
function when(t, m) {
  return h(
    "span",
    { class: "rh-date" },
    m.start ? [timeEl(m.start, m.start_text), ` ${t.until} `] : null,
    timeEl(m.date, m.date_text),
  );
}

/** One milestone: its heading (collapsed when nothing is left to do) and its body. */
function milestone(view, m) {
  const t = view.t;
  const id = str(m.id);
  const { status, collapsed, advice } = stepState(m.status);
  const week = m.week_text ? capitalised(str(m.week_text)) : "";
  const bodyId = `rh-m-${id}-body`;
  // The heading a screen reader lists: the date first, then the step and its state.
  const headingContent = [
    when(t, m),
    h("span", { class: "rh-visually-hidden" }, ": "),
    h("span", { class: "rh-milestone__title" }, str(m.title)),
    m.status_text
      ? [
          h("span", { class: "rh-visually-hidden" }, ", "),
          h("span", { class: `rh-badge rh-badge--${status}` }, str(m.status_text)),
        ]
      : null,
  ];
  const heading = h(
    "h4",
    { class: "rh-milestone__heading", id: `rh-m-${id}-heading`, tabindex: collapsed ? null : "-1" },
    collapsed
      ? h(
          "button",
          {
            type: "button",
            class: "rh-milestone__toggle",
            "aria-expanded": "false",
            "aria-controls": bodyId,
            onclick: (event) => view.toggle(event.currentTarget),
          },
          headingContent,
        )
      : headingContent,
  );
  const todos = advice
    ? view.roles
        .filter((role) => m.todo && typeof m.todo[role] === "string")
        .map((role) =>
          h(
            "p",
            { class: "rh-todo", "data-role": role, hidden: true },
            h("strong", {}, `${t.todo} (${str(t.todoFor[role] ?? role)}): `),
            m.todo[role],
          ),
        )
    : [];
  const occurrences = openable(
    "rh-occurrences",
    t.allDates,
    "ul",
    listed(m.occurrences).map((o) => h("li", {}, timeEl(o && o.date, o && o.date_text))),
  );
  const derivation = openable(
    "rh-derivation",
    t.derivation,
    "ol",
    listed(m.derivation).map((line) => h("li", {}, str(line))),
  );
  const notes = listed(m.notes)
    .filter((note) => note && note.text)
    .map((note) => h("p", { class: "rh-note", "data-note": str(note.code) }, str(note.text)));
  const body = h(
    "div",
    { class: "rh-milestone__body", id: bodyId, hidden: collapsed },
    week || m.actor_text
      ? h(
          "p",
          { class: "rh-week" },
          week,
          week && m.actor_text ? " · " : "",
          m.actor_text ? [t.who, str(m.actor_text)] : null,
        )
      : null,
    m.relapse_text ? h("p", { class: "rh-relapse" }, str(m.relapse_text)) : null,
    m.window_text ? h("p", { class: "rh-window" }, str(m.window_text)) : null,
    m.done_text ? h("p", { class: "rh-actual" }, str(m.done_text)) : null,
    m.do_now ? roleWordsBlocks(t, m, status) : null,
    m.text ? h("p", { class: "rh-text" }, str(m.text)) : null,
    todos,
    advice && m.non_working_day && m.non_working_day.text
      ? h("p", { class: "rh-non-working-day" }, str(m.non_working_day.text))
      : null,
    notes,
    m.indication && m.indication_text
      ? h("p", { class: "rh-indication" }, h("span", { class: "rh-badge rh-badge--indication" }, t.indication), " ", str(m.indication_text))
      : null,
    occurrences,
    m.step ? view.editor(m, "timeline") : null,
    derivation,
    view.sources(m.sources),
    view.explained(m.explained, t.explained, t.explainedAbout(str(m.title))),
  );
  const li = h(
    "li",
    {
      class: `rh-milestone rh-milestone--${status}${collapsed ? " rh-milestone--collapsed" : ""}`,
      id: `rh-m-${id}`,
      "data-milestone": id,
      "data-status": status,
      "data-kind": str(m.kind),
    },
    heading,
    body,
  );
  li.dataset.roles = listed(m.roles).filter((r) => view.roles.includes(r)).join(" ");
  return li;
}

/** What to do now and what is at stake, per role: every role's words, each shown or hidden
 *  by the view's applyRole (the view "everyone": all of them, under the role's name). */
function roleWordsBlocks(t, m, status) {
  return roleWords(m, null).map(({ role, words }) =>
    h(
      "div",
      { class: "rh-role-words", "data-role-words": str(role) },
      role ? h("p", { class: "rh-role-words__who" }, str(t.roles[role] ?? role)) : null,
      status === "overdue" && words.overdue_text ? h("p", { class: "rh-overdue" }, str(words.overdue_text)) : null,
      words.do_now ? h("p", { class: "rh-do-now" }, h("strong", {}, t.doNow), str(words.do_now)) : null,
      words.risk ? h("p", { class: "rh-risk" }, h("strong", {}, t.risk), str(words.risk)) : null,
      sourceLine(t, words.risk_sources),
    ),
  );
}

/** The pregnancy and maternity leave, as a line of the timeline between the steps. */
function leaveLine(view, leave) {
  const t = view.t;
  const bodyId = "rh-m-verlof-body";
  const heading = h(
    "h4",
    { class: "rh-milestone__heading", id: "rh-m-verlof-heading", tabindex: "-1" },
    h("span", { class: "rh-date" }, timeEl(leave.start, leave.start_text), ` ${t.until} `, timeEl(leave.end, leave.end_text)),
    h("span", { class: "rh-visually-hidden" }, ": "),
    h("span", { class: "rh-milestone__title" }, str(leave.title)),
    leave.indication
      ? [h("span", { class: "rh-visually-hidden" }, ", "), h("span", { class: "rh-badge rh-badge--indication" }, t.indication)]
      : null,
  );
  const li = h(
    "li",
    { class: "rh-milestone rh-milestone--leave", id: "rh-m-verlof", "data-leave": "", "data-kind": "leave" },
    heading,
    h(
      "div",
      { class: "rh-milestone__body", id: bodyId },
      leave.text ? h("p", { class: "rh-text" }, str(leave.text)) : null,
      leave.indication_text
        ? h("p", { class: "rh-indication" }, h("span", { class: "rh-badge rh-badge--indication" }, t.indication), " ", str(leave.indication_text))
        : null,
      view.sources(leave.sources),
      view.explained(leave.explained, t.leaveMore),
    ),
  );
  li.dataset.roles = view.roles.join(" ");
  return li;
}

/** On paper: each step that can be done, planned and actual side by side. */
export function dossierTable(t, milestones) {
  const steps = milestones.filter((m) => m.step);
  if (!steps.length) return null;
  return h(
    "table",
    { class: "rh-dossier__table" },
    h("caption", {}, t.dossier),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        [t.dossierStep, t.dossierPlanned, t.dossierActual, t.dossierStatus].map((text) =>
          h("th", { scope: "col" }, text),
        ),
      ),
    ),
    h(
      "tbody",
      {},
      steps.map((m) =>
        h(
          "tr",
          { "data-dossier": str(m.id), "data-status": str(m.status) },
          h("th", { scope: "row" }, str(m.title)),
          h("td", {}, when(t, m)),
          h("td", {}, m.actual ? str(m.done_text) : t.notDone),
          h("td", {}, str(m.status_text)),
        ),
      ),
    ),
  );
}
