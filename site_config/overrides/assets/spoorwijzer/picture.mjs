// The picture of the case: one bar from day 1 to the end of sick pay, with the sickness, the
// recoveries, the leave, what lies ahead, today and the key milestones, drawn as an SVG from
// the boundary's `picture` (calculator/overview.py). Every position is a fraction (0..1) that
// Python computed; this module only multiplies it by the drawing's width. The SVG is an image
// with a name, and Python's text alternative (`picture.text`) describes it in words: under a
// disclosure on screen, always on paper.

import { h, str } from "./dom.mjs";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 1000;
const BAR_Y = 14;
const BAR_HEIGHT = 18;
const HEIGHT = 44;
const KINDS = ["sick", "ahead", "recovered", "leave"];
const STATUSES = ["done", "late", "overdue", "today", "soon", "later", "passed", "closed"];

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) el.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined) el.append(child);
  }
  return el;
}

/** A fraction from Python, kept inside 0..1 (a malformed value draws nothing). */
function fraction(value) {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : null;
}

function x(at) {
  return Math.round(at * WIDTH * 10) / 10;
}

let counter = 0;

/**
 * The figure for `picture` (or null when the answer has none). `t` gives the words of the
 * legend and the disclosure; `idPrefix` keeps the ids unique.
 */
export function casePicture(picture, t) {
  if (!picture || typeof picture !== "object" || !Array.isArray(picture.bands)) return null;
  const id = `rh-picture-${++counter}`;
  const drawing = svg("svg", {
    class: "rh-picture__svg",
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: "none",
    role: "img",
    "aria-labelledby": `${id}-title`,
    "aria-describedby": `${id}-text`,
    focusable: "false",
  });
  drawing.append(svg("title", { id: `${id}-title` }, t.pictureTitle));
  drawing.append(
    svg("rect", { class: "rh-picture__track", x: 0, y: BAR_Y, width: WIDTH, height: BAR_HEIGHT }),
  );
  const kinds = new Set();
  for (const band of picture.bands) {
    const from = fraction(band && band.from);
    const to = fraction(band && band.to);
    if (from === null || to === null || !KINDS.includes(band.kind)) continue;
    kinds.add(band.kind);
    drawing.append(
      svg(
        "rect",
        {
          class: `rh-picture__band rh-picture__band--${band.kind}`,
          x: x(from),
          y: BAR_Y,
          width: Math.max(x(to) - x(from), 2),
          height: BAR_HEIGHT,
        },
        svg("title", {}, str(band.text)),
      ),
    );
  }
  const statuses = new Set();
  for (const mark of Array.isArray(picture.marks) ? picture.marks : []) {
    const at = fraction(mark && mark.at);
    if (at === null) continue;
    const status = STATUSES.includes(mark.status) ? mark.status : "later";
    statuses.add(status);
    drawing.append(
      svg(
        "rect",
        {
          class: `rh-picture__mark rh-picture__mark--${status}`,
          "data-mark": str(mark.id),
          x: Math.min(Math.max(x(at) - 3, 0), WIDTH - 6),
          y: BAR_Y + BAR_HEIGHT + 2,
          width: 6,
          height: HEIGHT - BAR_Y - BAR_HEIGHT - 2,
        },
        svg("title", {}, `${str(mark.title)}: ${str(mark.date_text)}`),
      ),
    );
  }
  const today = fraction(picture.today);
  if (today !== null) {
    drawing.append(
      svg("rect", {
        class: "rh-picture__today",
        x: Math.min(Math.max(x(today) - 2, 0), WIDTH - 4),
        y: 4,
        width: 4,
        height: BAR_Y + BAR_HEIGHT - 2,
      }),
    );
  }
  const legend = h(
    "ul",
    { class: "rh-picture__legend", "aria-hidden": "true" },
    KINDS.filter((kind) => kinds.has(kind)).map((kind) =>
      h("li", {}, h("span", { class: `rh-swatch rh-swatch--${kind}` }), t.pictureKinds[kind]),
    ),
    ["overdue", "late", "done"]
      .filter((status) => statuses.has(status))
      .map((status) =>
        h("li", {}, h("span", { class: `rh-swatch rh-swatch--mark rh-swatch--${status}` }), t.pictureMarks[status]),
      ),
    statuses.size ? h("li", {}, h("span", { class: "rh-swatch rh-swatch--mark" }), t.pictureMarks.other) : null,
    today !== null ? h("li", {}, h("span", { class: "rh-swatch rh-swatch--today" }), t.pictureToday) : null,
  );
  // Under one line to open: the colours, and the whole picture in words (Python's text).
  const text = h("p", { id: `${id}-text`, class: "rh-picture__text" }, str(picture.text));
  return h(
    "figure",
    { class: "rh-picture", "data-picture": "" },
    drawing,
    h("details", { class: "rh-picture__details" }, h("summary", {}, t.pictureText), legend, text),
  );
}
