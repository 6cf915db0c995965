import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../test/real-dataset';
import { CLUSTER_COLORS } from '../../../config/cluster-colors';
import { buildZoneFeatures, labelledPoints, pointBounds, POINT_FRAME_KM, tuckedZoneIds } from './zone-features';

const data = realDataset();

describe('the map features of zones drawn as a point only', () => {
  const features = buildZoneFeatures(data.zones, data.outlines, CLUSTER_COLORS);
  const points = data.zones.filter((z) => z.drawnAs === 'point');

  it('every zone has a marker and bounds to frame it, with or without an outline', () => {
    expect(points.length).toBeGreaterThan(0);
    expect(features.points.features.map((f) => f.properties.zoneId).sort()).toEqual(data.zones.map((z) => z.id).sort());
    for (const z of data.zones) expect(features.bounds.get(z.id), z.id).toBeDefined();
    expect(features.outlines.features.some((f) => points.some((z) => z.id === f.properties.zoneId))).toBe(false);
  });

  it('frames a point-only zone by its uncertainty, at most POINT_FRAME_KM around its point', () => {
    for (const z of points) {
      const [[w, s], [e, n]] = features.bounds.get(z.id)!;
      expect(((n - s) / 2) * 111.32, z.id).toBeCloseTo(Math.min(z.location.uncertaintyKm, POINT_FRAME_KM), 5);
      expect((w + e) / 2).toBeCloseTo(z.location.lon, 6);
      expect((s + n) / 2).toBeCloseTo(z.location.lat, 6);
    }
    expect(pointBounds(121, 39, 0)).toEqual([
      [121, 39],
      [121, 39],
    ]);
  });

  it('draws the markers of point-only zones last (on top), so a click on a shared spot finds them', () => {
    const order = features.points.features.map((f) => f.properties.zoneId);
    const firstPoint = order.findIndex((id) => points.some((z) => z.id === id));
    expect(order.slice(firstPoint).every((id) => points.some((z) => z.id === id))).toBe(true);
  });

  it("places the outlined zones' labels first, then the point-only zones' (each from west to east)", () => {
    const ranked = labelledPoints(features.points, {}).features.sort((a, b) => a.properties.rank - b.properties.rank);
    const ids = ranked.map((f) => f.properties.zoneId);
    const firstPoint = ids.findIndex((id) => points.some((z) => z.id === id));
    expect(ids.slice(0, firstPoint).sort()).toEqual(data.zones.filter((z) => z.drawnAs !== 'point').map((z) => z.id).sort());
    const lons = ranked.slice(firstPoint).map((f) => f.geometry.coordinates[0]!);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
  });

  it('colours a zone in no cluster with the no-cluster grey', () => {
    const f = features.points.features.find((p) => p.properties.zoneId === points[0]!.id)!;
    expect(f.properties.color).toBe('#6b6b6b');
  });
});

describe('fifteen zones on one screen: nested point-only zones wait for a closer view', () => {
  const features = buildZoneFeatures(data.zones, data.outlines, CLUSTER_COLORS);
  const outlined = (id: string) => features.outlined.has(id);
  const nestedPoints = data.zones.filter((z) => z.parentZoneId && z.drawnAs === 'point').map((z) => z.id);

  it('tucks exactly the zones drawn as a point inside another zone', () => {
    expect(nestedPoints.length).toBeGreaterThan(0);
    expect([...tuckedZoneIds(data.zones, outlined, null)].sort()).toEqual([...nestedPoints].sort());
    // An outlined nested zone (Dagushan) and a point inside no zone (Changxing Island) keep their labels.
    for (const z of data.zones.filter((z) => !nestedPoints.includes(z.id))) expect(tuckedZoneIds(data.zones, outlined, null).has(z.id), z.id).toBe(false);
  });

  it('never tucks the selected zone', () => {
    const chosen = nestedPoints[0]!;
    expect(tuckedZoneIds(data.zones, outlined, chosen).has(chosen)).toBe(false);
    expect(tuckedZoneIds(data.zones, outlined, chosen).size).toBe(nestedPoints.length - 1);
  });

  it('places the selected zone’s label before every other, and carries the overview line to the map', () => {
    const [chosen, parent] = [nestedPoints[0]!, data.zones.find((z) => z.id === nestedPoints[0])!.parentZoneId!];
    const labelled = labelledPoints(features.points, {
      [chosen]: { label: 'chosen', detail: '', selected: true },
      [parent]: { label: 'parent', detail: '2 anchor companies', overviewDetail: '2 anchor companies\n+1 more zone inside' },
    }).features;
    const ranked = [...labelled].sort((a, b) => a.properties.rank - b.properties.rank);
    expect(ranked[0]!.properties.zoneId).toBe(chosen);
    const p = labelled.find((f) => f.properties.zoneId === parent)!.properties;
    expect(p.overviewDetail).toBe('2 anchor companies\n+1 more zone inside');
    // Without an overview line, the overview shows the same line as a closer view.
    const other = labelled.find((f) => f.properties.zoneId !== parent && f.properties.zoneId !== chosen)!.properties;
    expect(other.overviewDetail).toBe(other.detail);
    expect(other.tucked).toBe(false);
  });
});
