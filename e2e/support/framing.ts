import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const ZONES = JSON.parse(readFileSync(new URL('../../public/data/zones.json', import.meta.url), 'utf8')) as { id: string; parentZoneId?: string }[];

/** The zone ids of the built data (public/data/zones.json): specs never list them by hand. */
export function zoneIds(): string[] {
  return ZONES.map((z) => z.id).sort();
}

/**
 * Zones inside another zone. On a view of several zones their labels may give way (around Dayao Bay
 * five zones lie within 10 km; those shown only as a point wait for a closer view by design); a
 * zone inside no other always keeps its label.
 */
export function nestedZoneIds(): string[] {
  return ZONES.filter((z) => z.parentZoneId).map((z) => z.id).sort();
}

/**
 * What the app draws over the map and a zone must not sit under: the legend (floating or folded),
 * MapLibre's controls (zoom, scale, attribution), the tour's caption card and a phone's bottom sheet.
 */
export const OVERLAYS = ['.legend--floating', '.legend-fold', '.maplibregl-ctrl-bottom-left', '.maplibregl-ctrl-bottom-right', '.tour__card', '.side-sheet'];

/**
 * Every way `ids` are hidden on screen now: a marker or a placed label under an overlay, a marker
 * off the map, a label MapLibre did not place (on a view of several zones, a nested zone's may), and (with `outlines`) an outline under an overlay.
 * An empty list means every zone is clear.
 */
export async function framingFaults(page: Page, ids: string[], opts: { outlines?: boolean } = {}): Promise<string[]> {
  const mayGiveWay = ids.length > 1 ? nestedZoneIds() : [];
  return page.evaluate(
    ({ ids, overlays, outlines, mayGiveWay }) => {
      const atlas = window.__atlas!;
      const map = atlas.mapRect();
      const faults: string[] = [];
      const placed = atlas.placedLabelZoneIds();
      for (const id of ids) {
        const p = atlas.zonePoint(id);
        if (!p || p.x < map.left || p.x > map.right || p.y < map.top || p.y > map.bottom) faults.push(`${id}: marker off the map`);
        if (!placed.includes(id) && !mayGiveWay.includes(id)) faults.push(`${id}: label not placed`);
      }
      for (const selector of overlays) {
        for (const el of Array.from(document.querySelectorAll(selector))) {
          const r = el.getBoundingClientRect();
          const under = { left: Math.max(r.left, map.left), top: Math.max(r.top, map.top), right: Math.min(r.right, map.right), bottom: Math.min(r.bottom, map.bottom) };
          if (under.right <= under.left || under.bottom <= under.top) continue;
          const labels = atlas.placedLabelZoneIds(under);
          const drawn = outlines ? atlas.renderedZoneIds(under) : [];
          for (const id of ids) {
            const p = atlas.zonePoint(id);
            if (p && p.x > under.left && p.x < under.right && p.y > under.top && p.y < under.bottom) faults.push(`${id}: marker under ${selector}`);
            if (labels.includes(id)) faults.push(`${id}: label under ${selector}`);
            if (drawn.includes(id)) faults.push(`${id}: outline under ${selector}`);
          }
        }
      }
      return faults;
    },
    { ids, overlays: OVERLAYS, outlines: opts.outlines === true, mayGiveWay },
  );
}

/**
 * No label of the map (basemap names, stations, the airport, zones) is drawn across the map's edge,
 * cut by it (issue 16, item 6: district names ran off the left edge). Polled: the map hides such a
 * label once its camera settles.
 */
export async function expectNoLabelCutByEdges(page: Page, where: string) {
  await expect
    .poll(async () => (await page.evaluate(() => window.__atlas!.labelsCutByEdges())).map((l) => `${l.layer}: ${String(l.properties.nameEn ?? l.properties.zoneId ?? l.text)}`), {
      message: `labels cut by the map's edge (${where})`,
      timeout: 5_000,
    })
    .toEqual([]);
}
