// A synthetic dataset for the scale benchmark: the real dataset plus generated zones (with outlines)
// and enterprises up to 2,000 zones and 50,000 enterprises, deterministic (seeded). The generated
// records have the same shape as the real ones and are validated by the app's own DatasetSchema
// (src/lib/data/schemas.ts), unchanged: zone ids are open slugs checked against the loaded data, so the
// app needs no change to load 2,000 zones.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files of the dataset as the app fetches them (src/lib/data/dataset-query.ts). */
export const DATA_FILES = {
  sources: 'sources.json',
  clusters: 'clusters.json',
  zones: 'zones.json',
  enterprises: 'enterprises.json',
  figures: 'figures.json',
  outlines: 'zone-outlines.geojson',
};

export function readDataset(dir) {
  const out = {};
  for (const [key, file] of Object.entries(DATA_FILES)) out[key] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  // zones.json is the first screen's index: each zone's whole record is in zones/<id>.json.
  out.zones = out.zones.map((z) => JSON.parse(readFileSync(join(dir, 'zones', `${encodeURIComponent(z.id)}.json`), 'utf8')));
  return out;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pinyin syllables with a character each: names share prefixes with the real ones ("hua", "huayuan",
// "da gu"), so that typing "huayuankou" has many candidates at every keystroke, as it would at scale.
const SYLLABLES = [
  ['hua', '华'], ['yuan', '园'], ['kou', '口'], ['da', '大'], ['gu', '孤'], ['shan', '山'], ['jin', '金'], ['zhou', '州'],
  ['lü', '旅'], ['shun', '顺'], ['pu', '普'], ['lan', '兰'], ['dian', '店'], ['wa', '瓦'], ['fang', '房'], ['xin', '新'],
  ['gang', '港'], ['bei', '北'], ['nan', '南'], ['dong', '东'], ['xi', '西'], ['he', '河'], ['qiao', '桥'], ['long', '龙'],
  ['tai', '泰'], ['ping', '平'], ['an', '安'], ['hai', '海'], ['chang', '长'], ['xing', '兴'], ['sheng', '胜'], ['feng', '丰'],
  ['ming', '明'], ['guang', '光'], ['tian', '天'], ['hong', '宏'], ['yang', '阳'], ['wan', '湾'], ['zi', '子'], ['cheng', '城'],
];
const ZONE_KINDS = [
  ['Industrial Park', '工业园'], ['Economic Zone', '经济区'], ['Science Park', '科技园'], ['Logistics Park', '物流园'], ['Port Area', '港区'],
];
const INDUSTRY = {
  petrochemicals: ['Petrochemical', '石化'],
  software: ['Software', '软件'],
  'new-materials': ['New Materials', '新材料'],
  automotive: ['Auto Parts', '汽车零部件'],
  electronics: ['Electronics', '电子'],
};

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function syllableName(rand, min, max) {
  const n = min + Math.floor(rand() * (max - min + 1));
  const picked = Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]);
  return { pinyin: picked.map((s) => s[0]), zh: picked.map((s) => s[1]).join('') };
}

/**
 * The real dataset plus synthetic zones and enterprises up to the given totals. Synthetic zones lie
 * inside the bounds of the real zones, so the first screen frames the same area.
 */
export function synthesize(real, { zones: zoneTotal = 2000, enterprises: enterpriseTotal = 50000, seed = 20260101 } = {}) {
  const rand = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const clusterIds = real.clusters.map((c) => c.id);
  const sourceId = real.sources[0].id;

  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      w = Math.min(w, c[0]); e = Math.max(e, c[0]); s = Math.min(s, c[1]); n = Math.max(n, c[1]);
    } else c.forEach(visit);
  };
  real.outlines.features.forEach((f) => visit(f.geometry.coordinates));

  const zones = [...real.zones];
  const outlines = [...real.outlines.features];
  const outlineModel = real.outlines.features.find((f) => !f.properties.cutOutZoneIds) ?? real.outlines.features[0];
  for (let i = zones.length; i < zoneTotal; i++) {
    const id = `syn-zone-${String(i).padStart(4, '0')}`;
    const name = syllableName(rand, 2, 3);
    const [kindEn, kindZh] = pick(ZONE_KINDS);
    const model = pick(real.zones);
    const lon = w + (e - w) * (0.05 + 0.9 * rand());
    const lat = s + (n - s) * (0.05 + 0.9 * rand());
    const first = pick(clusterIds);
    const second = rand() < 0.25 ? pick(clusterIds.filter((c) => c !== first)) : null;
    const joined = name.pinyin.join('');
    const short = cap(joined.replace(/ü/g, 'u'));
    // A copy of a real zone with every field we know replaced: fields added to the schema later keep
    // the real zone's (valid) values, so the generator follows the schema as it grows.
    const copy = structuredClone(model);
    // What ties a real zone to its own sources and places is dropped: its catalogue record, its
    // parent, and how it is drawn (a synthetic zone has an outline of its own).
    for (const key of ['catalogue', 'catalogueCode', 'parentZoneId', 'parentSourceIds', 'drawnAs']) delete copy[key];
    zones.push({
      ...copy,
      id,
      name: { en: `${short} ${kindEn}`, zh: `${name.zh}${kindZh}` },
      ...('shortName' in model ? { shortName: { en: short, zh: name.zh } } : {}),
      aliases: [name.zh, name.pinyin.join(' '), joined],
      established: null,
      areaKm2: null,
      clusterIds: second ? [first, second] : [first],
      location: {
        ...structuredClone(model.location),
        lon: +lon.toFixed(5),
        lat: +lat.toFixed(5),
        uncertaintyKm: 2,
        confidence: 'estimate',
        method: { en: 'Synthetic zone for the scale benchmark.', zh: '用于规模基准测试的合成园区。' },
        sourceIds: [sourceId],
      },
      description: { en: `Synthetic zone ${i} for the scale benchmark.`, zh: `用于规模基准测试的合成园区 ${i}。` },
      sourceIds: [sourceId],
    });
    const r = 0.004 + rand() * 0.012; // about 0.4 to 1.6 km
    const ring = Array.from({ length: 7 }, (_, k) => {
      const a = ((k % 6) * Math.PI) / 3;
      return [+(lon + r * 1.3 * Math.cos(a)).toFixed(5), +(lat + r * Math.sin(a)).toFixed(5)];
    });
    // A copy of a real outline's properties with every field we know replaced (as for the zone above).
    const properties = { ...structuredClone(outlineModel.properties) };
    for (const key of ['drawnAreaKm2', 'cutOutZoneIds', 'otherSourcedAreas']) delete properties[key];
    outlines.push({
      type: 'Feature',
      properties: {
        ...properties,
        zoneId: id,
        summary: { en: 'Synthetic hexagon for the scale benchmark.', zh: '用于规模基准测试的合成六边形。' },
        method: { en: 'Synthetic hexagon for the scale benchmark.', zh: '用于规模基准测试的合成六边形。' },
        uncertaintyKm: 2,
        sourceIds: [sourceId],
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }

  const enterprises = [...real.enterprises];
  const roles = real.enterprises.map((x) => x.role);
  const models = real.enterprises.map((x) => {
    const copy = structuredClone(x);
    delete copy.note; // a real record's note would be wrong on a synthetic one
    return copy;
  });
  // An enterprise belongs to a zone of one of its clusters: the catalogue's zones in no cluster hold none.
  const clustered = zones.filter((z) => z.clusterIds.length > 0);
  for (let i = enterprises.length; i < enterpriseTotal; i++) {
    const zone = pick(clustered);
    const clusterId = pick(zone.clusterIds);
    const name = syllableName(rand, 2, 3);
    const [indEn, indZh] = INDUSTRY[clusterId] ?? ['Industrial', '工业'];
    const joined = name.pinyin.join('');
    enterprises.push({
      ...pick(models),
      id: `syn-ent-${String(i).padStart(5, '0')}`,
      name: { en: `Dalian ${cap(joined.replace(/ü/g, 'u'))} ${indEn} Co., Ltd.`, zh: `大连${name.zh}${indZh}有限公司` },
      aliases: [name.zh, name.pinyin.join(' '), joined],
      clusterId,
      zoneId: zone.id,
      role: pick(roles),
      origin: null,
      site: null, // as in the real data: no enterprise has a published site
      sourceIds: [sourceId],
    });
  }

  return {
    sources: real.sources,
    clusters: real.clusters,
    zones,
    enterprises,
    figures: real.figures,
    outlines: { ...real.outlines, features: outlines },
  };
}

/** Writes the dataset into `outDir` with the app's file names; other files of `realDir` are copied. */
/**
 * Writes the dataset as the data build does: `writeAtlasData` is scripts/dataset/output.ts's (loaded
 * by the caller through Vite), so the index, the per-zone files and the search index have the app's layout.
 */
export function writeDataset(dataset, realDir, outDir, writeAtlasData, root) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(realDir, outDir, { recursive: true });
  writeAtlasData(dataset, outDir, root);
  writeFileSync(join(outDir, DATA_FILES.outlines), JSON.stringify(dataset.outlines));
}
