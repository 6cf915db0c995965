import { describe, expect, it } from 'vitest';
import { frameCamera, isClear, markerBox, type Framing } from './frame-camera';

// A map of 840×656 (the map beside the panel at 1280×720) and two zones 40 km apart.
const size = { width: 840, height: 656 };
const markers = [
  { lon: 121.5, lat: 38.9, labelWidth: 120, labelHeight: 20 },
  { lon: 121.9, lat: 39.2, labelWidth: 160, labelHeight: 40 },
];
const base: Framing = {
  bounds: [
    [121.45, 38.85],
    [121.95, 39.25],
  ],
  size,
  padding: { top: 40, right: 40, bottom: 40, left: 40 },
  markers,
  obstacles: [],
  maxZoom: 10,
};
const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('frameCamera', () => {
  it('without obstacles is the plain fit, and that camera is clear', () => {
    const { camera } = frameCamera(base);
    expect(isClear(camera, base)).toBe(true);
  });

  it('keeps every marker and label clear of a caption card across the foot of the map', () => {
    const card = { rect: { left: 64, right: 800, top: 420, bottom: 620 } };
    const f = { ...base, obstacles: [card] };
    // The plain fit puts a zone under the card...
    expect(isClear(frameCamera(base).camera, f)).toBe(false);
    // ...the framed camera does not.
    const { camera } = frameCamera(f);
    expect(isClear(camera, f)).toBe(true);
    for (const m of markers) expect(overlaps(markerBox(camera, size, m), card.rect)).toBe(false);
  });

  it('keeps a zone’s outline clear of an obstacle, not only its marker', () => {
    const legend = { rect: { left: 12, right: 312, top: 12, bottom: 375 } };
    const area: Framing['bounds'] = [
      [121.45, 38.85],
      [121.6, 39.25],
    ];
    const f = { ...base, markers: [markers[1]!], areas: [area], obstacles: [legend] };
    expect(isClear(frameCamera({ ...f, obstacles: [] }).camera, f)).toBe(false);
    expect(isClear(frameCamera(f).camera, f)).toBe(true);
  });

  it('calls a camera that leaves a marker off the map not clear', () => {
    const { camera } = frameCamera(base);
    expect(isClear({ ...camera, lon: camera.lon + 1 }, base)).toBe(false);
  });
});
