import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import type { Enterprise } from './data/schemas';
import { realDataset } from '../test/real-dataset';
import { parseLandmarks } from './landmarks';
import { buildSearchIndex, normalizeSearchText, prefixEditDistance, search, SEARCH_INDEX_FILE, searchIndexFromJson, searchIndexToJson, type SearchResult, type SearchWords } from './search';
import words from '../config/search-words.json';

const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data', file), 'utf8'));
const dataset = realDataset();
const landmarks = parseLandmarks(readFileSync(join(process.cwd(), 'public/basemap/landmarks.geojson'), 'utf8'));
const index = buildSearchIndex(dataset, { words: words as SearchWords, landmarks });
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

  it('finds every zone by the short name on its map label, in English and in Chinese', () => {
    for (const z of dataset.zones as { id: string; shortName: { en: string; zh: string } }[]) {
      expect(key(top(z.shortName.en)), z.shortName.en).toBe(`zone:${z.id}`);
      expect(search(index, z.shortName.zh, 'zh').map(key), z.shortName.zh).toContain(`zone:${z.id}`);
    }
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
      const tier = (r: SearchResult) => ['exact', 'prefix', 'substring', 'fuzzy'].indexOf(r.tier);
      const group = (r: SearchResult) =>
        r.tier === 'fuzzy' ? 5 : r.kind === 'landmark' ? 2 : r.tier === 'exact' ? 0 : r.kind !== 'enterprise' ? 1 : 2 + tier(r);
      const rank = (r: SearchResult) => group(r) * 100 + tier(r) * 4 + ['zone', 'cluster', 'landmark', 'enterprise'].indexOf(r.kind);
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

// Issue 16, item 11: what a new user typed and found nothing for.
describe('search forgives, and knows everyday words, districts and landmarks', () => {
  const keys = (q: string, lang: 'en' | 'zh' = 'en') => search(index, q, lang).map(key);

  it('"intell" (a letter too many) finds Intel, first', () => {
    expect(key(top('intell'))).toBe('enterprise:intel');
    expect(top('intell')?.tier).toBe('fuzzy');
    // Other typos: a letter missing, changed, two swapped.
    expect(key(top('hauyuankou'))).toBe('zone:huayuankou');
    expect(key(top('dagushen'))).toBe('zone:dagushan');
    expect(key(top('wepce'))).toBe('enterprise:wepec');
  });

  it('a typo is forgiven only from four letters, and never before an exact or prefix match', () => {
    expect(search(index, 'itl', 'en').every((r) => r.tier !== 'fuzzy')).toBe(true);
    const intel = search(index, 'intel', 'en');
    expect(intel[0]?.tier).not.toBe('fuzzy');
  });

  it('"car" finds the automotive cluster first, in either language', () => {
    expect(key(top('car'))).toBe('cluster:automotive');
    expect(key(top('car', 'zh'))).toBe('cluster:automotive');
    expect(key(top('cars'))).toBe('cluster:automotive');
    expect(key(top('轿车'))).toBe('cluster:automotive');
  });

  it('"semiconductor" and "chips" find the electronic information cluster', () => {
    for (const q of ['semiconductor', 'Semiconductors', 'chips', 'chip', '芯片', '半导体']) expect(key(top(q)), q).toBe('cluster:electronics');
  });

  it('everyday words match whole or by their beginning, never inside another word', () => {
    // "ars" is inside "cars" but no word starts with it (and three letters forgive no typo).
    expect(keys('ars')).not.toContain('cluster:automotive');
    expect(keys('semi')).toContain('cluster:electronics');
  });

  it('"Jinzhou" finds the three zones of Jinzhou District: Dagushan, the Bonded Area and the Development Zone', () => {
    for (const q of ['Jinzhou', 'jinzhou district', '金州', '金州区', 'jin zhou qu']) {
      const found = keys(q);
      for (const zone of ['zone:dagushan', 'zone:bonded-area', 'zone:development-zone']) expect(found, q).toContain(zone);
      expect(found, q).not.toContain('zone:high-tech-zone');
    }
    const dagushan = search(index, 'Jinzhou', 'en').find((r) => r.id === 'dagushan');
    expect(dagushan?.kind === 'zone' && dagushan.district?.en).toBe('Jinzhou District');
    expect(keys('Ganjingzi')).toEqual(expect.arrayContaining(['zone:high-tech-zone']));
    expect(keys('zhuanghe')).toEqual(expect.arrayContaining(['zone:huayuankou']));
  });

  it('the districts’ pinyin in search-words.json is pinyin-pro’s reading of their Chinese names', () => {
    for (const zone of dataset.zones) {
      const d = zone.district;
      if (!d) continue;
      expect((words as SearchWords).districts[d.adcode], d.name.zh).toBe(pinyin(d.name.zh, { toneType: 'none' }));
    }
  });

  it('"airport" finds the airport, with its place, in either language', () => {
    expect(keys('Zhoushuizi')).toContain('landmark:airport-大连周水子国际机场');
    for (const [q, lang] of [['airport', 'en'], ['airport', 'zh'], ['机场', 'zh'], ['airprot', 'en']] as const) {
      const r = top(q, lang);
      expect(r?.kind, q).toBe('landmark');
      expect(r?.name.en, q).toBe('Dalian Zhoushuizi International Airport');
      if (r?.kind === 'landmark') {
        expect(r.place).toBe('airport');
        expect(r.lon).toBeCloseTo(121.5386, 3);
        expect(r.lat).toBeCloseTo(38.9657, 3);
      }
    }
  });

  it('"station" lists stations, the main ones first; a station is found by its name', () => {
    const stations = search(index, 'station', 'en');
    expect(stations.length).toBeGreaterThan(5);
    expect(stations.every((r) => r.kind === 'landmark' && r.place !== 'airport')).toBe(true);
    expect(stations[0]?.kind === 'landmark' && stations[0].place).toBe('train');
    expect(keys('Dalianbei')[0]).toBe('landmark:train-大连北');
    expect(keys('地铁').every((k) => k?.startsWith('landmark:subway-'))).toBe(true);
  });

  it('a zone found by its name still comes before a landmark of the same name', () => {
    const found = keys('Jinzhou');
    expect(found.indexOf('landmark:train-金州')).toBeGreaterThan(found.indexOf('zone:dagushan'));
  });

  it('counts typos against the beginning of a name', () => {
    expect(prefixEditDistance('intell', 'intellect', 2)).toBe(0);
    expect(prefixEditDistance('intell', 'intel', 2)).toBe(1);
    expect(prefixEditDistance('itnel', 'intel', 2)).toBe(1);
    expect(prefixEditDistance('xqzvwkj', 'intel', 1)).toBeGreaterThan(1);
  });
});

describe('search speed', () => {
  const many: Enterprise[] = Array.from({ length: 50_000 }, (_, i) => {
    const base = dataset.enterprises[i % dataset.enterprises.length] as Enterprise;
    return { ...base, id: `${base.id}-${i}`, name: { en: `${base.name.en} ${i}`, zh: `${base.name.zh}${i}` }, aliases: [...base.aliases, `co${i}`] };
  });
  const big = buildSearchIndex({ zones: dataset.zones, clusters: dataset.clusters, enterprises: many }, { words: words as SearchWords, landmarks });

  it('answers a keystroke on 50,000 enterprises in well under a frame', () => {
    // 'xqzvwkj' and 'qzxvbn' find nothing, so they run the typo pass over every enterprise.
    const queries = ['d', 'da', 'dal', 'dalian', 'intel', 'wepec', '大连', 'hua yuan', 'xqzvwkj', 'ware', 'co4999', 'qzxvbn', 'intell'];
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

describe('the search index the data build writes (public/data/search-index.json)', () => {
  it('is the index of the data as they are now (a changed name is found after npm run data)', () => {
    expect(read(SEARCH_INDEX_FILE)).toEqual(JSON.parse(JSON.stringify(searchIndexToJson(index))));
  });

  it('read back from its JSON, finds what the index built in the page finds, in the same order', () => {
    const loaded = searchIndexFromJson(read(SEARCH_INDEX_FILE));
    for (const q of ['WEPEC', 'intel', 'huayuankou', 'hauyuankou', '花园口', 'airport', 'auto', 'ruanjian', 'jinzhou', 'port', 'G211007'])
      for (const lang of ['en', 'zh'] as const) expect(search(loaded, q, lang).map(key), `${q} (${lang})`).toEqual(search(index, q, lang).map(key));
  });

  it('refuses a file that is not an index, saying why', () => {
    expect(() => searchIndexFromJson({ version: 2 })).toThrow(/not a search index of version 1/);
    expect(() => searchIndexFromJson([])).toThrow(/not a search index/);
    const json = searchIndexToJson(index);
    expect(() => searchIndexFromJson({ ...json, places: [{ target: null }] })).toThrow(/entry 0 is not a search entry/);
    expect(() => searchIndexFromJson({ ...json, sortedEntry: [...json.sortedEntry.slice(0, -1), 99999] })).toThrow(/points to no enterprise key/);
  });
});
