// "Nu en hierna": the first thing the result shows. Where the case stands today (Python's
// `now.regime_text`, "Ziekteweek 47 van 104"), the picture of the 104 weeks, the next deadline
// with its date, who acts and what to do, for the employee and the employer "Krijg ik nog
// loon?" (`now.pay`), and every overdue or late step with what to do now and what is at stake,
// in the words of the role chosen (the view "everyone": each role's words under its name). All
// of it is the boundary's answer (`now`, `picture`, `milestones`): which milestone is next and
// which need attention, per role, and every word, are decided in Python (calculator/overview.py,
// roles.py, pay.py); this module picks the role's part and puts it into elements.
//
// Fixed points: the panel is `[data-now]`; it holds the next deadline as
// `[data-next] time[datetime]`, the pay block as `[data-pay]`, and each step needing
// attention as `[data-attention-item="<id>"][data-status]` with its words per role as
// `[data-role-words="<role>"]`.

import { h, safeLink, str, timeEl } from "./dom.mjs";
import { casePicture } from "./picture.mjs";

const ATTENTION = ["overdue", "late"];

/**
 * The words of a step that is overdue or late, per role: for `role`, that role's words (the
 * answer's top-level words when the role has none of its own); for the view "everyone" (null),
 * every role's words, in the answer's order (the role that carries the duty first in meaning,
 * all of them shown under their names).
 */
export function roleWords(m, role) {
  const actions = m && m.actions && typeof m.actions === "object" ? m.actions : {};
  const own = (words) => words && typeof words === "object" && str(words.do_now);
  if (role) return [{ role, words: own(actions[role]) ? actions[role] : m }];
  const all = Object.entries(actions)
    .filter(([, words]) => own(words))
    .map(([name, words]) => ({ role: name, words }));
  return all.length ? all : [{ role: null, words: m }];
}

/** The sources of a claim, as "Bron: a, b". */
export function sourceLine(t, sources) {
  if (!Array.isArray(sources) || !sources.length) return null;
  const parts = [];
  sources.forEach((source, i) => {
    if (i) parts.push(", ");
    parts.push(safeLink(source));
  });
  return h("p", { class: "rh-sources" }, t.sources, parts);
}

/**
 * The panel for an answer of `calculate`, for `role` (null: everyone).
 * context: {t, roles, byId (milestone by id), editor(milestone, place) -> element | null,
 *           siteLink(path, text, hidden) -> element | null}
 */
export function nowPanel(response, role, context) {
  const { t, roles, byId } = context;
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
  // "Krijg ik nog loon?" is the employee's first question: right after the next deadline. The
  // employer reads the overdue steps (their risk) first, then how long they pay.
  const pay = role && now.pay && typeof now.pay === "object" ? now.pay[role] : null;
  const payEl = pay && typeof pay === "object" ? payBlock(pay, str(now.pay_explained), context) : null;
  if (payEl && role === "werknemer") panel.append(payEl);
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
          items.map((m) => attentionItem(m, role, context)),
        ),
      ),
    );
  }
  if (payEl && role !== "werknemer") panel.append(payEl);
  return panel;
}

function nextBlock(m, role, t) {
  const todo = role && m.todo && typeof m.todo[role] === "string" ? m.todo[role] : null;
  // A window by its last day; while it is open (Python's window_open): "Kan nu, tot en met …".
  const when = [m.window_open ? t.openUntil : null, timeEl(m.date, m.date_text)];
  const label = role && t.nextFor[role] ? t.nextFor[role] : t.next;
  return h(
    "div",
    { class: "rh-next", "data-next": str(m.id), "data-status": str(m.status) },
    h("p", { class: "rh-next__label" }, label),
    h("p", { class: "rh-next__date", "data-window": m.window_open ? "open" : null }, when),
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

/** "Krijg ik nog loon?": general rules, each with its source, and the site's page on it. The
 *  answer (until when) shows; how much and what comes after open on demand (and on paper). */
function payBlock(pay, explained, { t, siteLink }) {
  const parts = Array.isArray(pay.parts) ? pay.parts.filter((p) => p && typeof p === "object") : [];
  const part = (p) => h("div", { class: "rh-pay__part" }, h("p", {}, str(p.text)), sourceLine(t, p.sources));
  const [first, ...rest] = parts;
  return h(
    "section",
    { class: "rh-pay", "data-pay": "", "aria-labelledby": "rh-pay-heading" },
    h("h4", { class: "rh-pay__heading", id: "rh-pay-heading" }, str(pay.title)),
    first ? part(first) : null,
    rest.length
      ? h(
          "details",
          { class: "rh-pay__more" },
          h("summary", {}, t.payDetails),
          rest.map(part),
          explained ? h("p", { class: "rh-explained" }, siteLink(explained, t.payMore)) : null,
        )
      : null,
  );
}

function attentionItem(m, role, context) {
  const { t, editor, siteLink } = context;
  const overdue = m.status === "overdue";
  const everyone = roleWords(m, role);
  const named = everyone.length > 1 || (everyone[0] && everyone[0].role && !role);
  const who = (name) =>
    named && name ? h("strong", { class: "rh-role-name" }, t.roleFor(str(t.roles[name] ?? name))) : null;
  const status = overdue
    ? str((role ? everyone[0].words.overdue_text : null) || m.overdue_text || m.status_text)
    : str(m.done_text || m.status_text);
  const explained = m.risk_explained ? siteLink(str(m.risk_explained), t.atStakeFor[m.id] || t.atStake) : null;
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
    h("p", { class: "rh-alert__status" }, status),
    everyone
      .filter(({ words }) => str(words.do_now))
      .map(({ role: name, words }) =>
        h(
          "p",
          { class: "rh-alert__do", "data-role-words": str(name) },
          who(name),
          overdue && !named ? h("strong", {}, str(words.do_now)) : [named ? null : h("strong", {}, t.doNow), str(words.do_now)],
        ),
      ),
    // The date, if it was done; and what is at stake, open on demand so that the panel stays
    // on the first screen (print opens it).
    h(
      "div",
      { class: "rh-alert__actions" },
      overdue ? editor(m, "now") : null,
      everyone.some(({ words }) => str(words.risk))
        ? h(
            "details",
            { class: "rh-alert__risk" },
            h("summary", {}, t.riskSummary),
            everyone
              .filter(({ words }) => str(words.risk))
              .map(({ role: name, words }) =>
                h(
                  "div",
                  { class: "rh-alert__stake", "data-role-words": str(name) },
                  h("p", {}, who(name), str(words.risk)),
                  sourceLine(t, words.risk_sources),
                ),
              ),
            explained ? h("p", { class: "rh-explained" }, explained) : null,
          )
        : null,
    ),
  );
}
