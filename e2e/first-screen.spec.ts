import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { ZONES as DATA_ZONES } from './support/data';
import { expectNoLabelCutByEdges } from './support/framing';

// Issue "Explore, second pass", item 3: every zone and its label on the first screen, in the part
// of the map nothing covers, at the sizes presenters use. With the fourteen catalogue zones (issue
// 15 point 3): a zone shown as a point inside another is labelled only in a closer view, and its
// parent's label says how many it holds; the nested zones' labels may give way below 1920×1080.

const ZONES = DATA_ZONES.map((z) => z.id).sort();
/** Zones shown as a point inside another zone: unlabelled in the overview. */
const TUCKED = DATA_ZONES.filter((z) => z.parentZoneId && z.drawnAs === 'point');
/** Zones inside no other zone: labelled on the first screen at every size. */
const TOP = DATA_ZONES.filter((z) => !z.parentZoneId).map((z) => z.id).sort();
const UNTUCKED = ZONES.filter((id) => !TUCKED.some((z) => z.id === id));

/** Rectangles drawn over the map: the legend, MapLibre's controls, the bottom sheet. */
async function coveredRects(page: Page) {
  return page.evaluate(() =>
    ['.legend--floating', '.maplibregl-ctrl-bottom-left', '.maplibregl-ctrl-bottom-right', '.side-sheet']
      .flatMap((s) => Array.from(document.querySelectorAll(s)))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
  );
}

for (const [width, height, phone] of [
  [1280, 720, false],
  [1440, 900, false],
  [1920, 1080, false],
  [390, 844, true],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: phone, isMobile: phone });

    test('every zone and its label lie in the uncovered part of the map', async ({ atlas, page }) => {
      await atlas.open();
      const placed = await atlas.placedLabels();
      // No tucked zone is labelled; every zone inside no other is; on a large screen, every other zone too.
      for (const z of TUCKED) expect(placed, `${z.id} waits for a closer view`).not.toContain(z.id);
      // On a phone, labels may give way (every zone stays reachable by its marker, the list and search).
      if (!phone) expect(placed.filter((id) => TOP.includes(id))).toEqual(TOP);
      if (width >= 1920) expect(placed).toEqual(UNTUCKED);
      // A tucked zone's parent says, in its label, how many more zones it holds.
      for (const parent of new Set(TUCKED.map((z) => z.parentZoneId!))) {
        const count = TUCKED.filter((z) => z.parentZoneId === parent).length;
        // On a phone the name stands alone and the line beneath is a symbol of its own (it may give way).
        const text = await atlas.zoneLabelText(parent, phone ? 'zone-count' : 'zone-label');
        if (placed.includes(parent) && (text || !phone)) expect(text).toContain(`+${count} more zone`);
      }
      const map = await page.evaluate(() => window.__atlas!.mapRect());
      for (const rect of await coveredRects(page)) {
        const under = {
          left: Math.max(rect.left, map.left),
          top: Math.max(rect.top, map.top),
          right: Math.min(rect.right, map.right),
          bottom: Math.min(rect.bottom, map.bottom),
        };
        if (under.right <= under.left || under.bottom <= under.top) continue;
        expect(await atlas.placedLabels(under), `labels under ${JSON.stringify(rect)}`).toEqual([]);
        for (const id of ZONES) {
          const p = (await atlas.zoneScreenPoint(id))!;
          const inside = p.x > under.left && p.x < under.right && p.y > under.top && p.y < under.bottom;
          expect(inside, `${id}'s marker under ${JSON.stringify(rect)}`).toBe(false);
        }
      }
      // On a large screen the panel widens, so its charts stay readable on a projector.
      if (width >= 1800) expect((await atlas.panel().boundingBox())!.width).toBeGreaterThanOrEqual(560);
      // No label touches the map's edges (the panel's edge on a desktop).
      for (const strip of [
        { left: map.right - 4, top: map.top, right: map.right, bottom: map.bottom },
        { left: map.left, top: map.top, right: map.left + 4, bottom: map.bottom },
        { left: map.left, top: map.top, right: map.right, bottom: map.top + 4 },
      ])
        expect(await atlas.placedLabels(strip)).toEqual([]);
      // Nor does any name of the basemap: district, town and sea names, stations, the airport.
      await expectNoLabelCutByEdges(page, 'first screen');
    });
  });
}
