// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ZoneOutlines } from '../../src/lib/data/schemas.ts';
import { readPlaces, UNNAMED, zoneReach, type Place } from './reach.ts';
import { ROOT } from './check-data.ts';

const zone = { id: 'z', location: { lon: 121.6, lat: 39.0, uncertaintyKm: 1, confidence: 'estimate' as const, method: { en: 'm', zh: 'm' }, sourceIds: ['s'] } };
const places: Place[] = [
  { kind: 'airport', nameZh: '机场', nameEn: 'Airport', lon: 121.5, lat: 39.0 },
  { kind: 'train', nameZh: '远站', lon: 121.9, lat: 39.0 },
  { kind: 'train', nameZh: '近站', lon: 121.62, lat: 39.0 },
  { kind: 'metro', nameZh: '地铁', lon: 121.601, lat: 39.0 },
];
// A square of about 4 km around the zone's point: the metro station is inside it.
const square: ZoneOutlines = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { zoneId: 'z' } as never, geometry: { type: 'Polygon', coordinates: [[[121.575, 38.98], [121.625, 38.98], [121.625, 39.02], [121.575, 39.02], [121.575, 38.98]]] } }],
};

describe('zoneReach', () => {
  it('measures the airport and the nearest station of each kind, in a straight line, from the point', () => {
    const reach = zoneReach(zone, null, places);
    expect(reach.targets.map((t) => [t.kind, t.name.zh])).toEqual([['airport', '机场'], ['train', '近站'], ['metro', '地铁']]);
    // 0.1° of longitude at 39° N is about 8.6 km.
    expect(reach.targets[0]!.fromPointKm).toBeGreaterThan(8.5);
    expect(reach.targets[0]!.fromPointKm).toBeLessThan(8.8);
    expect(reach.targets.every((t) => t.fromEdgeKm === undefined)).toBe(true);
  });

  it('also from the outline’s nearest edge: 0 inside it, never more than from the point', () => {
    const reach = zoneReach(zone, square, places);
    const by = Object.fromEntries(reach.targets.map((t) => [t.kind, t]));
    expect(by.metro!.fromEdgeKm).toBe(0);
    expect(by.airport!.fromEdgeKm!).toBeLessThan(by.airport!.fromPointKm);
    expect(by.airport!.fromEdgeKm!).toBeGreaterThan(0);
  });

  it('names a station by its Chinese name and its pinyin, marked ours; the airport by its own English name', () => {
    const [airport, train] = zoneReach(zone, null, places).targets;
    expect(airport!.name).toEqual({ en: 'Airport', zh: '机场', zhIsTranslation: true });
    expect(train!.name).toEqual({ en: 'Jinzhan', zh: '近站', enIsTranslation: true });
  });

  it('measures nothing it has no place for (no guess)', () => {
    expect(zoneReach(zone, null, places.filter((p) => p.kind !== 'airport')).targets.map((t) => t.kind)).toEqual(['train', 'metro']);
  });

  it('reads the airport, the named railway stations and every metro station of the extract, named or not', () => {
    const real = readPlaces(ROOT);
    expect(real.filter((p) => p.kind === 'airport')).toHaveLength(1);
    expect(real.filter((p) => p.kind === 'train').length).toBeGreaterThan(20);
    expect(real.filter((p) => p.kind === 'train').every((p) => p.nameZh !== '')).toBe(true);
    expect(real.filter((p) => p.kind === 'metro').length).toBeGreaterThan(100);
    expect(real.filter((p) => p.kind === 'metro' && p.nameZh !== '').length).toBeGreaterThan(0);
  });

  it('says a station has no name in the extract rather than inventing one', () => {
    const [metro] = zoneReach(zone, null, [{ kind: 'metro', nameZh: '', lon: 121.61, lat: 39.0 }]).targets;
    expect(metro!.name).toEqual(UNNAMED);
  });
});
