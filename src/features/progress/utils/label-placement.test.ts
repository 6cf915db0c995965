import { describe, expect, it } from 'vitest';
import { boxesOverlap, estimateTextWidth, labelHeight, niceAxis, placeLabels, segmentCrossesBox, type Box } from './label-placement';

const bounds: Box = { x: 0, y: 0, width: 300, height: 200 };
const marker = (x: number, y: number): Box => ({ x: x - 8, y: y - 8, width: 16, height: 16 });

describe('estimateTextWidth', () => {
  it('counts a CJK character as one em and other characters as less', () => {
    expect(estimateTextWidth('1000', 14)).toBe(Math.ceil(4 * 0.62 * 14));
    expect(estimateTextWidth('亿元', 14)).toBe(28);
    expect(estimateTextWidth('> 10', 10)).toBeLessThan(estimateTextWidth('>100', 10));
  });
});

describe('placeLabels', () => {
  it('puts a lone label above its marker', () => {
    const [label] = placeLabels([{ id: 'a', text: '30.6', x: 100, y: 100 }], { fontSize: 14, bounds, obstacles: [marker(100, 100)], gap: 10 });
    expect(label?.x).toBe(100);
    expect(label!.box.y + label!.box.height).toBeLessThanOrEqual(90);
  });

  it('moves a label that would overlap another, its marker or a neighbour marker', () => {
    const anchors = [
      { id: 'a', text: '114.5', x: 100, y: 100 },
      { id: 'b', text: '135', x: 112, y: 96 },
      { id: 'c', text: '> 100', x: 124, y: 104 },
    ];
    const obstacles = anchors.map((a) => marker(a.x, a.y));
    const placed = placeLabels(anchors, { fontSize: 14, bounds, obstacles, gap: 10 });
    expect(placed.length).toBeGreaterThanOrEqual(2);
    for (const p of placed) {
      for (const q of placed) if (p !== q) expect(boxesOverlap(p.box, q.box)).toBe(false);
      for (const o of obstacles) expect(boxesOverlap(p.box, o)).toBe(false);
    }
  });

  it('keeps labels inside the bounds and leaves out one that fits nowhere', () => {
    const tiny: Box = { x: 0, y: 0, width: 40, height: 40 };
    expect(placeLabels([{ id: 'a', text: 'a long label', x: 20, y: 20 }], { fontSize: 14, bounds: tiny, obstacles: [], gap: 4 })).toEqual([]);
    const [edge] = placeLabels([{ id: 'a', text: '100', x: 295, y: 5 }], { fontSize: 14, bounds, obstacles: [], gap: 6 });
    expect(edge!.box.x + edge!.box.width).toBeLessThanOrEqual(300);
    expect(edge!.box.y).toBeGreaterThanOrEqual(0);
  });

  it('prefers a spot that does not cross a line', () => {
    // A line runs straight up through the spot above the marker.
    const line = { x1: 100, y1: 100, x2: 100, y2: 0 };
    const [label] = placeLabels([{ id: 'a', text: '53.5', x: 100, y: 100 }], { fontSize: 14, bounds, obstacles: [marker(100, 100)], segments: [line], gap: 10 });
    expect(segmentCrossesBox(line, label!.box)).toBe(false);
    expect(label!.y).toBeGreaterThan(100 - labelHeight(14));
  });
});

describe('segmentCrossesBox', () => {
  it('detects a crossing, a miss and a segment that ends short of the box', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 30, y2: 5 }, box)).toBe(false);
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 5, y2: 15 }, box)).toBe(false);
  });
});

describe('niceAxis', () => {
  it('rounds the top up to a round step', () => {
    expect(niceAxis(135)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
    expect(niceAxis(100)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(niceAxis(44.3)).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
    expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
