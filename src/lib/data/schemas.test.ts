/// <reference types="node" />
/**
 * The built dataset (public/data, written by `npm run data:dataset`) satisfies the schemas, and
 * broken variants of it are rejected with a message that says what and where.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, parseOrThrow, type BuiltDataset, type ZoneOutlines } from './schemas.ts';

// (jsdom replaces the global URL, so resolve paths with node:path rather than new URL().)
const DATA_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/data')}/`;
const OUTLINES_FILE = `${DATA_DIR}zone-outlines.geojson`;
const readJson = (name: string): unknown => JSON.parse(readFileSync(`${DATA_DIR}${name}`, 'utf8'));

type Collections = Omit<BuiltDataset, 'outlines'>;

function builtCollections(): Collections {
  return {
    sources: readJson('sources.json'),
    clusters: readJson('clusters.json'),
    // zones.json is the first screen's index: the whole records are the zones/<id>.json files.
    zones: (readJson('zones.json') as { id: string }[]).map((z) => readJson(`zones/${z.id}.json`)),
    enterprises: readJson('enterprises.json'),
    figures: readJson('figures.json'),
  } as Collections;
}

/** A small closed square around each zone's point: a stand-in for the real outlines in these tests. */
function squareOutlines(zones: Collections['zones']): ZoneOutlines {
  return {
    type: 'FeatureCollection',
    features: zones.filter((z) => z.drawnAs !== 'point').map((z) => {
      const { lon, lat } = z.location;
      const d = 0.01;
      return {
        type: 'Feature' as const,
        properties: {
          zoneId: z.id,
          summary: { en: 'test square', zh: '测试方块' },
          method: { en: 'test square', zh: '测试方块' },
          uncertaintyKm: 1,
          streets: [{ code: '210213006', nameZh: '大孤山街道', nameEn: 'Dagushan', centre: 'street' as const }],
          sourcedArea: { km2: 4, what: { en: 'test', zh: '测试' }, sourceIds: ['research-zone-locations'] },
          areaKm2: 4,
          // The real outlines cut the parent around its children; the stand-ins say so too.
          ...(zones.some((c) => c.parentZoneId === z.id) ? { cutOutZoneIds: zones.filter((c) => c.parentZoneId === z.id).map((c) => c.id) } : {}),
          inputs: ['test'],
          sourceIds: ['research-zone-locations'],
        },
        geometry: {
          type: 'Polygon' as const,
          coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]],
        },
      };
    }),
  };
}

/** A fresh, valid dataset to break. */
function dataset(): BuiltDataset {
  const c = builtCollections();
  return structuredClone({ ...c, outlines: squareOutlines(c.zones) });
}

/** Every issue as "path: message". */
function issues(input: unknown): string[] {
  const result = v.safeParse(DatasetSchema, input);
  return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`);
}

function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('the built dataset is empty');
  return item;
}

describe('the built dataset', () => {
  it('is accepted by DatasetSchema', () => {
    expect(issues(dataset())).toEqual([]);
  });

  it.skipIf(!existsSync(OUTLINES_FILE))('is accepted with the real zone outlines', () => {
    const outlines = JSON.parse(readFileSync(OUTLINES_FILE, 'utf8')) as unknown;
    expect(issues({ ...builtCollections(), outlines })).toEqual([]);
  });

  it('has the five clusters and the five zones of the plan, each cluster with a baseline and a target', () => {
    const d = dataset();
    expect(d.clusters.map((c) => c.id)).toEqual(['petrochemicals', 'software', 'new-materials', 'automotive', 'electronics']);
    expect([...new Set(d.clusters.flatMap((c) => c.zoneIds))].sort()).toEqual(['bonded-area', 'dagushan', 'development-zone', 'high-tech-zone', 'huayuankou']);
    // A zone is linked to a cluster only where a source says so: the catalogue's other zones are in none.
    expect(d.zones.filter((z) => z.clusterIds.length > 0).map((z) => z.id).sort()).toEqual(['bonded-area', 'dagushan', 'development-zone', 'high-tech-zone', 'huayuankou']);
    for (const c of d.clusters) {
      const target = d.figures.find((f) => f.id === c.targetFigureId);
      expect(target, c.id).toMatchObject({ clusterId: c.id, kind: 'target', year: 2015 });
      expect(d.figures.find((f) => f.id === c.baselineFigureId)?.clusterId, c.id).toBe(c.id);
    }
  });

  it('has every Dalian zone of the 2018 catalogue, each with its record and the catalogue as its source', () => {
    const d = dataset();
    const codes = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/inputs/catalogue/dalian.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    expect(codes).toHaveLength(14);
    const withRecord = d.zones.filter((z) => z.catalogue);
    expect(withRecord.map((z) => z.catalogue?.code).sort()).toEqual([...codes].sort());
    for (const z of withRecord) {
      expect(z.catalogueCode, z.id).toBe(z.catalogue?.code);
      expect(z.catalogue?.nameZh, z.id).toBe(z.name.zh);
      expect(z.catalogue?.sourceIds, z.id).toEqual(['catalogue-2018']);
      expect(z.catalogue?.industries.every((i) => i.en !== null), z.id).toBe(true);
    }
    expect(d.zones.find((z) => z.id === 'development-zone')?.catalogue).toMatchObject({ code: 'G211007', approvedAreaHa: 2000, level: 'national' });
  });

  it('has the sources the zone outlines cite', () => {
    const ids = dataset().sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['research-zone-locations', 'datav-geoatlas', 'osm-land-polygons', 'vonng-adcode']));
  });

  it('shows the misprinted 650 "million" as printed and flagged, with its correction', () => {
    const figures = dataset().figures;
    const printed = figures.find((f) => f.id === 'f000-hightech-output-2012-printed');
    const corrected = figures.find((f) => f.correctsFigureId === printed?.id);
    expect(printed).toMatchObject({ value: 650, unit: 'CNY-million', kind: 'reported', doubtful: true });
    expect(corrected).toMatchObject({ value: 650, unit: 'CNY-billion', kind: 'corrected' });
  });

  it('has pinyin aliases with and without spaces', () => {
    const zones = dataset().zones;
    expect(zones.find((z) => z.id === 'huayuankou')?.aliases).toEqual(expect.arrayContaining(['huayuankou', 'hua yuan kou']));
    expect(zones.find((z) => z.id === 'dagushan')?.aliases).toEqual(expect.arrayContaining(['dagushan', 'da gu shan']));
    expect(zones.find((z) => z.id === 'high-tech-zone')?.aliases).toContain('Dalian Software Park');
  });

  it("gives clusters the legend's short names and pinyin as aliases", () => {
    const clusters = dataset().clusters;
    expect(clusters.find((c) => c.id === 'petrochemicals')?.aliases).toEqual(expect.arrayContaining(['Petrochemicals', '石化', 'shihua']));
    expect(clusters.find((c) => c.id === 'software')?.aliases).toEqual(expect.arrayContaining(['软件', 'ruanjian', 'ruan jian']));
    expect(clusters.find((c) => c.id === 'automotive')?.aliases).toEqual(expect.arrayContaining(['Automotive', '汽车', 'qiche']));
  });

  it("writes every note and method of the atlas's own in both languages, the Chinese marked as our translation", () => {
    const d = dataset();
    const notes = [
      ...d.zones.flatMap((z) => [z.established?.note, z.areaKm2?.note, z.location.method]),
      ...d.figures.map((f) => f.note),
    ].filter((n) => n !== undefined);
    expect(notes.length).toBeGreaterThan(60);
    for (const n of notes) {
      expect(n.zh, n.en).toMatch(/[\u4e00-\u9fff]/);
      expect(n.zhIsTranslation, n.en).toBe(true);
    }
    const due = d.figures.find((f) => f.id === 'f002-petrochemicals-target-2015')?.note;
    expect(due).toMatchObject({ en: 'Due by the end of the Twelfth Five-Year Plan (2011–2015).', zh: expect.stringContaining('十二五') });
  });

  it('names no internal file in a source title (file names stay in the note, which is not shown)', () => {
    for (const s of dataset().sources) expect(s.title, s.id).not.toMatch(/\.(json|geojson|md|txt)\b|\b\w+_\w+\.\w+/);
  });
});

describe('DatasetSchema rejects', () => {
  it('a figure with no source, naming the field', () => {
    const d = dataset();
    const f = first(d.figures) as Partial<BuiltDataset['figures'][number]>;
    delete f.sourceId;
    expect(issues(d)).toEqual([expect.stringMatching(/^figures\.0\.sourceId: .*sourceId/)]);
    expect(() => parseOrThrow(DatasetSchema, d, 'The dataset')).toThrow(/The dataset is not valid:\n- figures\.0\.sourceId: /);
  });

  it('a figure citing an unknown source', () => {
    const d = dataset();
    const f = first(d.figures);
    f.sourceId = 'no-such-source';
    expect(issues(d)).toEqual([`: figure ${f.id} cites unknown source "no-such-source"`]);
  });

  it('a zone with an unknown cluster id', () => {
    const d = dataset();
    (first(d.zones).clusterIds as string[]).push('shipbuilding');
    expect(issues(d)).toEqual([expect.stringMatching(/names unknown cluster "shipbuilding"$/)]);
  });

  it('an enterprise with an unknown zone id', () => {
    const d = dataset();
    (first(d.enterprises) as { zoneId: string }).zoneId = 'songmudao-chemical-park';
    expect(issues(d)).toEqual([expect.stringMatching(/enterprise .* names unknown zone "songmudao-chemical-park"$/)]);
  });

  it('an outline polygon with an unclosed ring', () => {
    const d = dataset();
    const geometry = first(d.outlines.features).geometry;
    if (geometry.type !== 'Polygon') throw new Error('test squares are polygons');
    first(geometry.coordinates).pop();
    expect(issues(d)).toEqual(['outlines.features.0.geometry.coordinates.0: a polygon ring must be closed']);
  });

  it('an outline polygon with too few positions', () => {
    const d = dataset();
    const geometry = first(d.outlines.features).geometry;
    if (geometry.type !== 'Polygon') throw new Error('test squares are polygons');
    geometry.coordinates = [[[121.8, 39], [121.9, 39], [121.8, 39]]];
    expect(issues(d)).toEqual(['outlines.features.0.geometry.coordinates.0: a polygon ring needs at least 4 positions']);
  });

  it('a duplicate id', () => {
    const d = dataset();
    const e = first(d.enterprises);
    d.enterprises.push({ ...e });
    const f = first(d.figures);
    d.figures.push({ ...f });
    expect(issues(d)).toEqual([`: duplicate enterprise id "${e.id}"`, `: duplicate figure id "${f.id}"`]);
  });

  it('a note in one language only', () => {
    const d = dataset();
    const z = d.zones.find((x) => x.established?.note)!;
    (z.established as { note: unknown }).note = 'Approved by the State Council.';
    const f = d.figures.find((x) => x.note)!;
    delete (f.note as Partial<BuiltDataset['figures'][number]['note'] & object>).zh;
    const i = d.zones.indexOf(z);
    expect(issues(d)).toEqual([
      expect.stringMatching(new RegExp(`^zones\\.${i}\\.established\\.note: Invalid type: Expected Object`)),
      expect.stringMatching(new RegExp(`^figures\\.${d.figures.indexOf(f)}\\.note\\.zh: `)),
    ]);
  });

  it('a zone location method in one language only', () => {
    const d = dataset();
    (first(d.zones).location as { method: unknown }).method = 'Estimate: centroid.';
    expect(issues(d)).toEqual([expect.stringMatching(/^zones\.0\.location\.method: Invalid type: Expected Object/)]);
  });

  it('a parent that does not exist, or whose outline is not cut around its child', () => {
    const d = dataset();
    const child = d.zones.find((z) => z.parentZoneId === 'development-zone');
    expect(child).toBeDefined();
    const parentOutline = d.outlines.features.find((o) => o.properties.zoneId === 'development-zone');
    delete parentOutline?.properties.cutOutZoneIds;
    expect(issues(d)).toEqual(expect.arrayContaining([`: the outline of development-zone is not cut around its child ${child?.id}`]));
    if (child) child.parentZoneId = child.id;
    expect(issues(d)).toEqual(expect.arrayContaining([`: zone ${child?.id} has an invalid parent "${child?.id}"`]));
  });

  it('a parent named without a source', () => {
    const d = dataset();
    const child = d.zones.find((z) => z.parentZoneId);
    if (child) delete child.parentSourceIds;
    expect(issues(d)).toEqual([`: zone ${child?.id} names a parent without a source`]);
  });

  it('a zone without an outline', () => {
    const d = dataset();
    const removed = d.outlines.features.shift();
    expect(issues(d)).toEqual([`: zone ${removed?.properties.zoneId} has no outline`]);
  });

  it('a zone drawn as a point that has an outline, and one whose parents lead back to itself', () => {
    const d = dataset();
    const point = d.zones.find((z) => z.drawnAs === 'point')!;
    const drawn = d.outlines.features[0]!;
    d.outlines.features.push({ ...drawn, properties: { ...drawn.properties, zoneId: point.id } });
    expect(issues(d)).toEqual([`: zone ${point.id} is drawn as a point but has an outline`]);
    const d2 = dataset();
    const [a, b] = d2.zones.filter((z) => z.drawnAs === 'point' && !z.parentZoneId);
    a!.parentZoneId = b!.id;
    a!.parentSourceIds = ['vonng-adcode'];
    b!.parentZoneId = a!.id;
    b!.parentSourceIds = ['vonng-adcode'];
    expect(issues(d2)).toEqual([`: zone ${a!.id}: its parents lead back to itself`, `: zone ${b!.id}: its parents lead back to itself`]);
  });

  it('a zone nested two levels deep (the bonded port in the Bonded Area in the Development Zone) is accepted', () => {
    const d = dataset();
    const port = d.zones.find((z) => z.parentZoneId && d.zones.find((p) => p.id === z.parentZoneId)?.parentZoneId);
    expect(port?.id).toBe('dayaowan-bonded-port');
    expect(issues(d)).toEqual([]);
  });
});
