import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClustersSchema, EnterprisesSchema, parseOrThrow, ZonesSchema, type Enterprise } from './data/schemas';
import { buildSearchIndex, normalizeSearchText, search, type SearchResult } from './search';

const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));
const dataset = {
  zones: parseOrThrow(ZonesSchema, read('zones.json'), 'zones.json'),
  clusters: parseOrThrow(ClustersSchema, read('clusters.json'), 'clusters.json'),
  enterprises: parseOrThrow(EnterprisesSchema, read('enterprises.json'), 'enterprises.json'),
};
const index = buildSearchIndex(dataset);
const top = (q: string, lang: 'en' | 'zh' = 'en') => search(index, q, lang)[0];
const key = (r: SearchResult | undefined) => (r ? `${r.kind}:${r.id}` : undefined);

describe('normalizeSearchText', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normalizeSearchText('Lüshun')).toBe(normalizeSearchText('lushun'));
    expect(normalizeSearchText('Hua Yuan-kou')).toBe('huayuankou');
    expect(normalizeSearchText('  ＷＥＰＥＣ ')).toBe('wepec');
    expect(normalizeSearchText('花园口')).toBe('花园口');
  });
});

describe('search in the real dataset', () => {
  it('finds West Pacific Petrochemical by "WEPEC"', () => {
    const r = top('WEPEC');
    expect(r?.kind).toBe('enterprise');
    expect(r?.name.en).toMatch(/West Pacific/i);
  });

  it('finds Intel by "Intel", also in lower case', () => {
    expect(top('Intel')?.name.en).toMatch(/Intel/);
    expect(top('intel')?.name.en).toMatch(/Intel/);
  });

  it('finds the Huayuankou zone by its Chinese name and its pinyin, with or without spaces', () => {
    expect(key(top('花园口'))).toBe('zone:huayuankou');
    expect(key(top('huayuankou'))).toBe('zone:huayuankou');
    expect(key(top('hua yuan kou'))).toBe('zone:huayuankou');
    expect(key(top('Huayuan'))).toBe('zone:huayuankou');
  });

  it('finds the Dagushan zone by "dagushan"', () => {
    expect(key(top('dagushan'))).toBe('zone:dagushan');
    expect(key(top('Da Gu Shan'))).toBe('zone:dagushan');
  });

  it('finds the software cluster by "software"', () => {
    expect(key(top('software'))).toBe('cluster:software');
    expect(key(top('Software'))).toBe('cluster:software');
  });

  it('finds nothing for nonsense or an empty query', () => {
    expect(search(index, 'xqzvwkj', 'en')).toEqual([]);
    expect(search(index, '', 'en')).toEqual([]);
    expect(search(index, '  !? ', 'en')).toEqual([]);
  });

  it('ranks exact matches first, then zones and clusters, then companies that contain the words, at most 12', () => {
    for (const q of ['a', 'da', 'dalian', 'soft', '大连', 'auto', 'petro']) {
      const results = search(index, q, 'en');
      expect(results.length).toBeLessThanOrEqual(12);
      const tier = (r: SearchResult) => ['exact', 'prefix', 'substring'].indexOf(r.tier);
      const group = (r: SearchResult) => (r.tier === 'exact' ? 0 : r.kind !== 'enterprise' ? 1 : 1 + tier(r));
      const rank = (r: SearchResult) => group(r) * 100 + tier(r) * 3 + ['zone', 'cluster', 'enterprise'].indexOf(r.kind);
      const ranks = results.map(rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  // The legend's own words (src/locales `cluster.<id>`) find the clusters, before any company.
  it.each([
    ['petrochemicals', 'petrochemicals'],
    ['Petrochemicals', 'petrochemicals'],
    ['石化', 'petrochemicals'],
    ['shihua', 'petrochemicals'],
    ['automotive', 'automotive'],
    ['Automobile', 'automotive'],
    ['汽车', 'automotive'],
    ['qiche', 'automotive'],
    ['ruanjian', 'software'],
    ['软件', 'software'],
    ['Software & service outsourcing', 'software'],
    ['new materials', 'new-materials'],
    ['xincailiao', 'new-materials'],
    ['新材料', 'new-materials'],
    ['electronic information', 'electronics'],
    ['电子信息', 'electronics'],
    ['dianzixinxi', 'electronics'],
  ])('finds the cluster first for "%s"', (q, id) => {
    expect(key(top(q))).toBe(`cluster:${id}`);
    expect(key(top(q, 'zh'))).toBe(`cluster:${id}`);
  });

  it('finds a cluster by the name printed in document 002', () => {
    expect(key(top('Huayuankou Industrial Clusters for New Materials'))).toBe('cluster:new-materials');
  });

  it('ranks the automotive cluster before SG Automotive, which merely contains the word', () => {
    const results = search(index, 'automotive', 'en').map(key);
    const sg = results.findIndex((k) => k?.startsWith('enterprise:') && /sg|shuguang/i.test(k));
    expect(results[0]).toBe('cluster:automotive');
    expect(sg).toBeGreaterThan(0);
  });

  it('finds both the High-tech Zone (Dalian Software Park) and the software cluster by "ruanjian", the cluster first', () => {
    const results = search(index, 'ruanjian', 'en').map(key);
    expect(results.slice(0, 2)).toEqual(['cluster:software', 'zone:high-tech-zone']);
  });

  it('gives an enterprise result its zone and cluster, for the app to select', () => {
    const r = top('WEPEC');
    expect(r?.kind === 'enterprise' && r.zoneId && r.clusterId).toBeTruthy();
  });
});

describe('search speed', () => {
  const many: Enterprise[] = Array.from({ length: 50_000 }, (_, i) => {
    const base = dataset.enterprises[i % dataset.enterprises.length] as Enterprise;
    return { ...base, id: `${base.id}-${i}`, name: { en: `${base.name.en} ${i}`, zh: `${base.name.zh}${i}` }, aliases: [...base.aliases, `co${i}`] };
  });
  const big = buildSearchIndex({ zones: dataset.zones, clusters: dataset.clusters, enterprises: many });

  it('answers a keystroke on 50,000 enterprises in well under a frame', () => {
    const queries = ['d', 'da', 'dal', 'dalian', 'intel', 'wepec', '大连', 'hua yuan', 'xqzvwkj', 'ware', 'co4999'];
    search(big, 'warm up', 'en');
    const times = queries.map((q) => {
      const t0 = performance.now();
      search(big, q, 'en');
      return performance.now() - t0;
    });
    times.sort((a, b) => a - b);
    // The median keystroke must fit in one frame (16 ms); allow slow CI machines headroom on the worst one.
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(16);
    expect(times[times.length - 1]).toBeLessThan(50);
    expect(search(big, 'co49999', 'en')[0]?.id).toMatch(/-49999$/);
  });
});
