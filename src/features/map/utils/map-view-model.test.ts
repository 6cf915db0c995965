import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../test/real-dataset';
import { CLUSTER_COLORS } from '../../../config/cluster-colors';
import { buildZoneFeatures } from './zone-features';
import { describeZone, keyboardOrder, sitedEnterprises, unsitedByZone, zoneLabels, type MapViewInput, type MapWords } from './map-view-model';

const data = realDataset();
const features = buildZoneFeatures(data.zones, data.outlines, CLUSTER_COLORS);

/** Plain words, so the test reads what the rules wrote. */
const words: MapWords = {
  companies: (n) => `${n} companies`,
  companiesDetail: (n) => `${n} anchor companies`,
  moreInside: (n) => `+${n} inside`,
  clusters: (names, n) => (n ? `Clusters: ${names}` : 'No cluster'),
  clusterName: (id) => `«${id}»`,
  focusedZone: (name, clusters, companies) => `${name}; ${clusters}; ${companies}`,
  siteLabel: (name) => `Site of ${name}`,
};

const input = (over: Partial<MapViewInput> = {}): MapViewInput => ({
  zones: data.zones,
  enterprises: data.enterprises,
  outlined: (id) => features.outlined.has(id),
  hiddenClusters: [],
  hiddenZones: [],
  selectedZoneId: null,
  chosenEnterpriseId: null,
  lang: 'en',
  enterprisesKnown: true,
  words,
  ...over,
});

// Zones shown as a point inside another: their labels wait for a closer view (the real data have three).
const tucked = data.zones.filter((z) => z.parentZoneId && !features.outlined.has(z.id));
const parentOfTucked = tucked[0]!.parentZoneId!;
const zoneWithCompanies = data.zones.find((z) => (unsitedByZone(data.enterprises, []).get(z.id)?.length ?? 0) > 1)!;

describe("the map's view-model", () => {
  it("labels each zone with its short name in the link's language, and its count of companies beneath", () => {
    const en = zoneLabels(input());
    const zh = zoneLabels(input({ lang: 'zh' }));
    for (const z of data.zones) {
      expect(en[z.id]!.label).toBe(z.shortName.en);
      expect(zh[z.id]!.label).toBe(z.shortName.zh);
    }
    const count = unsitedByZone(data.enterprises, []).get(zoneWithCompanies.id)!.length;
    expect(en[zoneWithCompanies.id]!.detail).toBe(`${count} companies`);
  });

  it('names the chosen company instead of the count, and claims no count without the enterprises file', () => {
    const company = unsitedByZone(data.enterprises, []).get(zoneWithCompanies.id)![0]!;
    expect(zoneLabels(input({ chosenEnterpriseId: company.id }))[zoneWithCompanies.id]!.detail).toBe(company.name.en);
    const unknown = zoneLabels(input({ enterprisesKnown: false }));
    expect(Object.values(unknown).every((l) => l!.detail === '')).toBe(true);
  });

  it("tucks the zones shown as a point inside another, and counts them on the parent's overview line", () => {
    expect(tucked.length).toBeGreaterThan(0);
    const labels = zoneLabels(input());
    for (const z of tucked) expect(labels[z.id]!.tucked, z.id).toBe(true);
    const inside = tucked.filter((z) => z.parentZoneId === parentOfTucked).length;
    expect(labels[parentOfTucked]!.overviewDetail).toContain(`+${inside} inside`);
    // A selected zone is never tucked; a hidden one is not counted.
    expect(zoneLabels(input({ selectedZoneId: tucked[0]!.id }))[tucked[0]!.id]!.tucked).toBe(false);
    const hiddenOne = zoneLabels(input({ hiddenZones: [tucked[0]!.id] }))[parentOfTucked]!.overviewDetail ?? '';
    expect(hiddenOne).not.toContain(`+${inside} inside`);
  });

  it('leaves the companies of a hidden cluster out of the count', () => {
    const cluster = data.enterprises.find((e) => e.zoneId === zoneWithCompanies.id && !e.site)!.clusterId;
    const all = unsitedByZone(data.enterprises, []).get(zoneWithCompanies.id)!.length;
    const without = unsitedByZone(data.enterprises, [cluster]).get(zoneWithCompanies.id)?.length ?? 0;
    expect(without).toBeLessThan(all);
  });

  it('describes a zone with its clusters and companies, and without a count when the enterprises file is missing', () => {
    const z = zoneWithCompanies;
    const unsited = unsitedByZone(data.enterprises, []);
    const d = describeZone(input(), z.id, z, unsited);
    expect(d.title).toBe(z.name.en);
    expect(d.subtitle).toContain(`«${z.clusterIds[0]}»`);
    expect(d.detail).toBe(`${z.name.en}; ${d.subtitle.split(' · ')[0]}; ${unsited.get(z.id)!.length} anchor companies`);
    const noFile = describeZone(input({ enterprisesKnown: false }), z.id, z, unsited);
    expect(noFile.detail).not.toMatch(/companies/);
    const noCluster = data.zones.find((zone) => zone.clusterIds.length === 0)!;
    expect(describeZone(input(), noCluster.id, noCluster, unsited).subtitle).toBe('No cluster');
  });

  it('walks the zones west to east with the keyboard, leaving the hidden ones out', () => {
    const order = keyboardOrder(data.zones, []);
    expect(order).toHaveLength(data.zones.length);
    const lons = order.map((id) => data.zones.find((z) => z.id === id)!.location.lon);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
    expect(keyboardOrder(data.zones, [order[0]!])).toEqual(order.slice(1));
  });

  it('gives each company with a site of its own a marker, unless its cluster is hidden', () => {
    const sited = data.enterprises.filter((e) => e.site);
    const markers = sitedEnterprises(data.enterprises, [], 'zh', words);
    expect(markers.map((m) => m.id)).toEqual(sited.map((e) => e.id));
    for (const m of markers) expect(m.label).toBe(`Site of ${m.name}`);
    if (sited.length) expect(sitedEnterprises(data.enterprises, [sited[0]!.clusterId], 'en', words).some((m) => m.id === sited[0]!.id)).toBe(false);
  });
});
