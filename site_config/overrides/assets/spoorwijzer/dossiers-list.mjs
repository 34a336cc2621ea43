// The list of "Meerdere dossiers" as data: its JSON shape (the export, and what is kept on this
// device), reading one back item by item, and the cases sent to Python. Only shapes are
// checked here; Python checks each case.
//
// A list: {format: "spoorwijzer-dossiers", version: 1, cases: [{label, number, case}]}. An item
// that cannot be sent to Python as JSON (a cyclic value, a BigInt: a kept list can hold them,
// IndexedDB stores any value), nests too deeply, or has no case is skipped and reported, and
// the rest are read: one bad item never hides the others.

import { str } from "./dom.mjs";

export const LIST_FORMAT = "spoorwijzer-dossiers";
export const LIST_VERSION = 1;
/** How deeply a case may nest (Python's boundary refuses a request deeper than 16 levels; a
 *  case needs 4, and a request adds 3 around it). */
const MAX_DEPTH = 8;

function depth(value, level = 0) {
  if (level > MAX_DEPTH) return level;
  if (!value || typeof value !== "object") return level;
  let deepest = level + 1;
  for (const item of Object.values(value)) deepest = Math.max(deepest, depth(item, level + 1));
  return deepest;
}

/** One item as {label, number, case} (a copy made through JSON), or null when it is none. */
export function readItem(item) {
  if (!item || typeof item !== "object" || !item.case || typeof item.case !== "object") return null;
  let copy;
  try {
    copy = JSON.parse(JSON.stringify({ label: item.label, number: item.number, case: item.case }));
  } catch {
    return null; // a cyclic value or a BigInt
  }
  if (!copy.case || typeof copy.case !== "object" || Array.isArray(copy.case) || depth(copy.case) > MAX_DEPTH) {
    return null;
  }
  const text = (value) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
  return { label: text(copy.label), number: text(copy.number), case: copy.case };
}

/** A name for a report of an item that could not be read. */
function nameOf(item) {
  try {
    return item && typeof item === "object" && typeof item.label === "string" ? item.label : "";
  } catch {
    return "";
  }
}

/**
 * The items of a list (JSON text or a kept value): {items, bad: [{row, column, raw}], ok}. `ok`
 * is false when it is not a list at all (then nothing of it may be overwritten).
 */
export function listItems(data) {
  let list = data;
  if (typeof data === "string") {
    try {
      list = JSON.parse(data);
    } catch {
      return { items: [], bad: [], ok: false };
    }
  }
  if (!list || typeof list !== "object" || list.format !== LIST_FORMAT || !Array.isArray(list.cases)) {
    return { items: [], bad: [], ok: false };
  }
  const items = [];
  const bad = [];
  list.cases.forEach((raw, index) => {
    const item = readItem(raw);
    if (item) items.push(item);
    else bad.push({ row: index + 1, column: str(nameOf(raw)), raw });
  });
  // Items a page kept aside before stay aside (and are reported again).
  const aside = Array.isArray(list.unreadable) ? list.unreadable : [];
  aside.forEach((raw, index) => bad.push({ row: list.cases.length + index + 1, column: str(nameOf(raw)), raw }));
  return { items, bad, ok: true };
}

/** A case as the boundary's batch actions take it. */
export function caseRequest(entry) {
  return { id: entry.id, label: entry.label, number: entry.number || "", case: entry.case };
}

/** The list's data (for the JSON file and for keeping); `unreadable`: raw items kept aside. */
export function listData(entries, unreadable = []) {
  const data = {
    format: LIST_FORMAT,
    version: LIST_VERSION,
    cases: entries.map((entry) => ({ label: entry.label, number: entry.number || "", case: entry.case })),
  };
  if (unreadable.length) data.unreadable = unreadable;
  return data;
}

/**
 * The overview lines of a `batch` or `read_csv` answer asked `compact`, made whole for the
 * overview and the details. Python names each line's steps by id and sends their words once
 * for the whole answer (`steps`: id -> {title, roles}; `status_text`: status -> words; `days`:
 * ISO date -> [the date in words, short]; a line's `dates`: id -> {date, status, and
 * late_days, late_text, actual when it has them}), so that 2,000 lines do not repeat every
 * role's next step. Here each line's `next` (per role) and `attention` become the steps
 * themselves again, as Python's whole lines have them (one object per step of a line, shared
 * by the roles it is next for). Other answers pass as they are.
 */
export function linkSteps(response) {
  if (!response || !response.ok || !response.steps || typeof response.steps !== "object") return response;
  const { steps } = response;
  const table = (value) => (value && typeof value === "object" ? value : {});
  const words = table(response.status_text);
  const days = table(response.days);
  const lines = [...(Array.isArray(response.results) ? response.results : []), ...(Array.isArray(response.cases) ? response.cases : [])];
  for (const item of lines) {
    const line = item && item.overview;
    if (!line || !line.dates || typeof line.dates !== "object") continue;
    const whole = new Map();
    const step = (id) => {
      if (typeof id !== "string" || !Object.hasOwn(line.dates, id) || !Object.hasOwn(steps, id)) return null;
      if (!whole.has(id)) {
        const when = line.dates[id];
        const [long, short] = Object.hasOwn(days, when.date) ? days[when.date] : [when.date, when.date];
        whole.set(id, {
          id,
          title: steps[id].title,
          date: when.date,
          date_text: long,
          date_text_short: short,
          status: when.status,
          status_text: Object.hasOwn(words, when.status) ? words[when.status] : null,
          late_days: when.late_days ?? null,
          late_text: when.late_text ?? null,
          roles: steps[id].roles,
          actual: when.actual ?? null,
        });
      }
      return whole.get(id);
    };
    const next = {};
    for (const [role, id] of Object.entries(line.next || {})) next[role] = step(id);
    line.next = next;
    line.attention = (Array.isArray(line.attention) ? line.attention : []).map(step).filter(Boolean);
    delete line.dates;
  }
  return response;
}
