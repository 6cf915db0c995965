/**
 * Placement of the value labels of a chart so that no label overlaps another label, a marker or the
 * chart's edge. Pure geometry: the caller gives the anchors (marker centres, in px), the markers and
 * lines to keep clear of, and the box labels must stay inside. A label that fits nowhere is left out
 * (the chart's key carries every value, so nothing is lost).
 */

/** A rectangle; x, y is its top-left corner. */
export type Box = { x: number; y: number; width: number; height: number };
export type Segment = { x1: number; y1: number; x2: number; y2: number };

export type LabelRequest = {
  id: string;
  text: string;
  /** The centre of the marker the label belongs to. */
  x: number;
  y: number;
};

/** A placed label: its text is drawn centred on (x, y), inside `box`. */
export type PlacedLabel = { id: string; text: string; x: number; y: number; box: Box };

export type PlacementOptions = {
  fontSize: number;
  /** Labels stay inside this box. */
  bounds: Box;
  /** Boxes no label may overlap (the markers). */
  obstacles: readonly Box[];
  /** Lines a label should avoid crossing (the path and the series lines); crossing one is allowed, but costs. */
  segments?: readonly Segment[];
  /** Distance from the anchor to the nearest edge of the label, in px. */
  gap: number;
};

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;

/**
 * A generous estimate of a label's width in px: a CJK character is one em, anything else at most 0.62 em
 * (digits and signs of Noto Sans are 0.57 em). Overestimating only costs a little room.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += CJK.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.62;
  return Math.ceil(em * fontSize);
}

/** The height of a label's box: the glyph box of Noto Sans and Noto Sans CJK is under 1.45 em. */
export const labelHeight = (fontSize: number) => Math.ceil(fontSize * 1.5);

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Whether a line segment crosses (or lies in) a box (Liang-Barsky clipping). */
export function segmentCrossesBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Candidate centres around an anchor, best first: above, below, right, left, then the four corners. Never further out, where a label would seem to belong to another marker. */
function candidates(x: number, y: number, w: number, h: number, gap: number): { x: number; y: number }[] {
  const up = y - gap - h / 2;
  const down = y + gap + h / 2;
  const right = x + gap + w / 2;
  const left = x - gap - w / 2;
  return [
    { x, y: up },
    { x, y: down },
    { x: right, y },
    { x: left, y },
    { x: right, y: up },
    { x: left, y: up },
    { x: right, y: down },
    { x: left, y: down },
  ];
}

/** Cost of crossing one line, in candidate ranks: a label prefers a clear spot a few places down the list. */
const LINE_COST = 4;

/** Places the labels in the order given (most important first); each takes the cheapest free spot. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const { fontSize, bounds, obstacles, segments = [], gap } = options;
  const h = labelHeight(fontSize);
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    if (!r.text) continue;
    const w = estimateTextWidth(r.text, fontSize);
    let best: { cost: number; label: PlacedLabel } | null = null;
    candidates(r.x, r.y, w, h, gap).forEach((c, rank) => {
      const box = { x: c.x - w / 2, y: c.y - h / 2, width: w, height: h };
      if (!inside(box, bounds)) return;
      if (obstacles.some((o) => boxesOverlap(box, o))) return;
      if (placed.some((p) => boxesOverlap(box, p.box))) return;
      const cost = rank + LINE_COST * segments.filter((s) => segmentCrossesBox(s, box)).length;
      if (!best || cost < best.cost) best = { cost, label: { id: r.id, text: r.text, x: c.x, y: c.y, box } };
    });
    if (best) placed.push((best as { label: PlacedLabel }).label);
  }
  return placed;
}

/**
 * A 0-based linear axis with round steps (1, 2, 2.5 or 5 × 10^n) and at most `maxTicks` intervals,
 * whose top is at or above `max`: 135 -> 0, 50, 100, 150.
 */
export function niceAxis(max: number, maxTicks = 4): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const raw = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw - 1e-9) ?? 10 * magnitude);
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
  return { max: ticks[ticks.length - 1] ?? max, ticks };
}
