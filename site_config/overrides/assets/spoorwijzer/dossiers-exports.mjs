// The files "Meerdere dossiers" makes of its list: the calendar (.ics), every deadline (CSV)
// and the overview as a spreadsheet (.xlsx). Python writes them (the boundary's batch_ics,
// batch_csv and batch_xlsx); a long list goes in parts of PART cases (the boundary takes at
// most 2,000 per request), so any list the page shows can be exported: the first part carries
// the header (and the byte order mark, or the calendar's head), the last the calendar's end,
// and the page joins the texts (a spreadsheet comes whole with the last part).

import { download, safeName, str } from "./dom.mjs";
import { caseRequest } from "./dossiers-list.mjs";

export const PART = 500;

const KINDS = {
  ics: { action: "batch_ics", key: "ics", fallback: "spoorwijzer-dossiers.ics", extension: ".ics", type: "text/calendar;charset=utf-8" },
  csv: { action: "batch_csv", key: "csv", fallback: "spoorwijzer-termijnen.csv", extension: ".csv", type: "text/csv;charset=utf-8" },
  xlsx: {
    action: "batch_xlsx",
    key: "xlsx",
    fallback: "spoorwijzer-dossiers.xlsx",
    extension: ".xlsx",
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
};

function bytesOf(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Make and download one file of `entries`. `call(action, extra)` asks the calculator (null
 * when it cannot answer); `progress(done, total)` is told after each part. Resolves with
 * {filename} or {response} (a refusal to show), or null.
 */
export async function exportFile(kind, entries, { call, progress }) {
  const spec = KINDS[kind];
  const parts = Math.max(1, Math.ceil(entries.length / PART));
  const texts = [];
  let last = null;
  for (let part = 0; part < parts; part += 1) {
    const cases = entries.slice(part * PART, (part + 1) * PART).map(caseRequest);
    const response = await call(spec.action, { cases, part, parts });
    if (!response) return null;
    if (!response.ok) return { response };
    texts.push(str(response[spec.key]));
    last = response;
    if (parts > 1) progress(Math.min((part + 1) * PART, entries.length), entries.length);
  }
  const filename = safeName(last.filename, spec.fallback, spec.extension);
  const body = kind === "xlsx" ? bytesOf(texts[texts.length - 1]) : texts.join("");
  download(filename, body, spec.type);
  return { filename };
}
