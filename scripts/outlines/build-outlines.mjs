/** 4. Zone outlines, from the recipes in the zones' files. Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import { bboxOf, bboxPolygon, discPolygon, fail, featureCollection, pinyinName, readJson, round5, runMapshaper } from '../basemap/helpers.mjs';
import { LAND_PACKAGE, LAND_VERSION, PRECISION, REGION_BBOX, RESEARCH_ZONES, SOURCE_IDS } from '../basemap/settings.mjs';

/** One geometry operation with mapshaper: the dissolved result and its area in km². */
export async function geomOp(a, op = null, b = null, minPartKm2 = 0) {
  const one = (g) => featureCollection((Array.isArray(g) ? g : [g]).map((geometry) => ({ type: 'Feature', properties: {}, geometry })));
  const out = await runMapshaper(
    `-i a.json ${b ? 'b.json combine-files' : ''}
     ${op ? `-${op} b target=a` : ''}
     ${minPartKm2 ? `-explode target=a -filter 'this.area > ${minPartKm2 * 1e6}' target=a` : ''}
     -dissolve target=a
     -each 'km2 = this.area / 1e6' target=a
     -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=a`,
    b ? { 'a.json': one(a), 'b.json': one(b) } : { 'a.json': one(a) },
  );
  const f = out['a.json'].features.find((x) => x.geometry);
  return f ? { geometry: f.geometry, km2: f.properties.km2 } : { geometry: null, km2: 0 };
}

/** Bisection on a monotonic area function until within 0.5 % of the target. */
export async function sizeTo(targetKm2, lo, hi, areaAt, increasing = true) {
  let best = null;
  for (let i = 0; i < 40; i++) {
    const x = (lo + hi) / 2;
    const res = await areaAt(x);
    best = { ...res, x };
    if (Math.abs(res.km2 - targetKm2) < targetKm2 * 0.005) break;
    if (res.km2 < targetKm2 === increasing) lo = x;
    else hi = x;
  }
  return best;
}

/** The coastline of the mosaic's land (its polygon edges shared with no other land), as lines. */
export async function coastLines(mosaic) {
  const out = await runMapshaper(
    `-i land.json -dissolve -lines -o format=geojson geojson-type=FeatureCollection precision=${PRECISION}`,
    { 'land.json': featureCollection(mosaic.features.filter((f) => f.geometry).map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry }))) },
  );
  return Object.values(out)[0].features.filter((f) => f.geometry);
}

/** Shore lines within `radiusKm` of a point, buffered inland by `widthM` (flat caps), as a polygon. */
export async function shoreBand(coast, centre, radiusKm, widthM) {
  const out = await runMapshaper(
    `-i coast.json disc.json combine-files
     -clip disc target=coast
     -buffer radius=${widthM} cap-style=flat target=coast
     -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=coast`,
    { 'coast.json': featureCollection(coast), 'disc.json': featureCollection([{ type: 'Feature', properties: {}, geometry: discPolygon(centre, radiusKm) }]) },
  );
  return out['coast.json'].features.filter((f) => f.geometry).map((f) => f.geometry);
}

/**
 * The streets and towns each zone is reported to contain (data/inputs/research/adcode/README.md,
 * with the pages cited there). Codes are the 9-digit statistics codes of July 2016.
 */
export const ZONE_STREETS = {
  'development-zone': {
    codes: ['210213004', '210213005', '210213006', '210213013', '210213011', '210213012', '210213025', '210213024'],
    /** Managed on the zone's behalf (代管), listed with its own streets by the same pages. */
    managed: ['210213025', '210213024'],
    sourceIds: ['bkwk-detdz-streets', 'che45-detdz-streets', 'baike-copy-3dmxku'],
  },
  'high-tech-zone': { codes: ['210211016', '210211021', '210212006'], sourceIds: ['dlhitech-yqgk'] },
  huayuankou: { codes: ['210283005'], sourceIds: ['zhwiki-mirror-huayuankou'] },
  dagushan: { codes: ['210213006'], sourceIds: ['zaibaike-dagushan-street'] },
  /** 大窑湾街道 (2011, run by the Bonded Area) was made from parts of these four streets. */
  'bonded-area': { codes: ['210213004', '210213005', '210213006', '210213013'], sourceIds: ['qwkpw-dayaowan-street'] },
};

/** The sourced area each outline is checked against (the first is the one used). */
export const ZONE_AREAS = {
  'development-zone': [
    { km2: 404.98, what: ['the zone, as given with its street list', '与街道名单一同给出的开发区面积'], sourceIds: ['bkwk-detdz-streets', 'che45-detdz-streets', 'baike-copy-3dmxku'] },
    { km2: 338, what: ['the "territory" per Wikipedia', '维基百科所载"辖区"面积'], sourceIds: ['wp-dalian-development-area'] },
  ],
  'high-tech-zone': [{ km2: 153, what: ['the zone today (three streets)', '高新区现辖面积（3个街道）'], sourceIds: ['dlhitech-yqgk'] }],
  huayuankou: [{ km2: 268, what: ['the zone', '经济区面积'], sourceIds: ['cd-2009-09-10-huayuankou', 'zhwiki-mirror-huayuankou'] }],
  dagushan: [{ km2: 40.1, what: ['大孤山街道, the street the park lies in (no park area is published)', '园区所在的大孤山街道（未找到园区面积）'], sourceIds: ['zaibaike-dagushan-street'] }],
  'bonded-area': [{ km2: 6.88, what: ['the Dayaowan Bonded Port Area after phase 2', '大窑湾保税港区二期后面积'], sourceIds: ['jctrans-2007-06-29'] }],
};

export const INPUTS = {
  adcode: 'data/inputs/research/adcode/*.csv (Vonng/adcode, July 2016; GCJ-02 converted to WGS84)',
  datav: 'data/inputs/boundaries/dalian-districts.datav.json (DataV.GeoAtlas; GCJ-02 converted to WGS84)',
  land: `npm package ${LAND_PACKAGE}@${LAND_VERSION} (OpenStreetMap land polygons)`,
};

/** "凌水街道" -> "Lingshui": the pinyin of the name without its 街道/镇/乡 suffix (a transliteration). */
export function streetPinyin(nameZh) {
  return pinyinName(nameZh.replace(/(街道办事处|街道|办事处|镇|乡)$/u, ''));
}
export const shortZh = (nameZh) => nameZh.replace(/(街道办事处|街道|办事处)$/u, '');

export async function buildOutlines(mosaic, streets, cells) {
  const research = readJson(RESEARCH_ZONES);
  const rec = (id) => {
    const r = research.find((x) => x.id === id);
    if (!r) fail(`zone-locations.json has no record "${id}"`);
    return r;
  };
  const street = (code) => {
    const st = streets.find((x) => x.code === code);
    if (!st) fail(`no street ${code} in the adcode files`);
    return st;
  };
  const streetList = (zoneId) =>
    ZONE_STREETS[zoneId].codes.map((code) => {
      const st = street(code);
      return { code, nameZh: st.name, nameEn: streetPinyin(st.name), centre: st.site ? (st.siteFrom === 'street' ? 'street' : 'villages') : 'none' };
    });
  const cellsOf = (zoneId) => ZONE_STREETS[zoneId].codes.filter((c) => cells.has(c)).map((c) => cells.get(c).geometry);
  const namesZh = (list) => list.map((s) => shortZh(s.nameZh)).join('、');
  const namesEn = (list) => list.map((s) => `${s.nameEn} ${shortZh(s.nameZh)}`).join(', ');
  const noCentre = (list) => list.filter((s) => s.centre === 'none');
  const villageCentre = (list) => list.filter((s) => s.centre === 'villages');
  const baseSources = ['vonng-adcode', SOURCE_IDS.datav, SOURCE_IDS.land];
  const voronoiEn =
    'Each street is the Voronoi cell of its centre point (Vonng/adcode, July 2016) among the points of its own district, cut to that district (DataV.GeoAtlas, fitted to the OpenStreetMap coast).';
  const voronoiZh = '每个街道取其中心点（Vonng/adcode，2016年7月）在本区（市、县）街道中心点中的泰森多边形，并裁切到该区的边界（DataV.GeoAtlas，已对齐OpenStreetMap海岸线）。';
  const caveatsEn = (list) =>
    [
      ...noCentre(list).map((s) => `${s.nameZh} has no centre point in that snapshot, so its land is shared among the cells of its neighbours.`),
      ...villageCentre(list).map((s) => `${s.nameZh} has no centre point of its own; the mean of its villages' points stands in for it.`),
    ].join(' ');
  const caveatsZh = (list) =>
    [
      ...noCentre(list).map((s) => `${s.nameZh}在该数据中没有中心点，其辖地分归相邻街道的多边形。`),
      ...villageCentre(list).map((s) => `${s.nameZh}没有自身的中心点，以其下属村（社区）点位的平均位置代替。`),
    ].join('');
  const areaRecords = (zoneId) => ZONE_AREAS[zoneId].map((a) => ({ km2: a.km2, what: { en: a.what[0], zh: a.what[1], zhIsTranslation: true }, sourceIds: a.sourceIds }));
  const km = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

  const outlines = {};
  const whole = {};

  // Zones made of whole streets.
  for (const zoneId of ['development-zone', 'high-tech-zone', 'huayuankou']) {
    const list = streetList(zoneId);
    const res = await geomOp(cellsOf(zoneId));
    whole[zoneId] = res;
    const [used, ...others] = ZONE_AREAS[zoneId];
    const n = list.length;
    const managed = ZONE_STREETS[zoneId].managed ?? [];
    const managedEn = managed.length ? ` (${managed.map((c) => shortZh(street(c).name)).join(' and ')} are managed on its behalf)` : '';
    const managedZh = managed.length ? `（其中${managed.map((c) => shortZh(street(c).name)).join('、')}为代管）` : '';
    const otherEn = others.map((o) => ` Another source gives ${o.km2} km² (${o.what[0]}).`).join('');
    const otherZh = others.map((o) => `另一来源为${o.km2}平方公里（${o.what[1]}）。`).join('');
    outlines[zoneId] = {
      summary: {
        en: `Approximate: built from the boundaries of the ${n === 1 ? 'street' : `${n} streets`} it administers (${namesEn(list)}).`,
        zh: `近似范围：由其所辖${n === 1 ? '' : `${n}个`}街道（${namesZh(list)}）的边界拼合而成。`,
        zhIsTranslation: true,
      },
      method: {
        en: `Approximate, not a surveyed boundary. The zone is reported to administer ${n === 1 ? 'one street' : `${n} streets`}: ${namesEn(list)}${managedEn}. ${voronoiEn} ${caveatsEn(list)} The cells of its streets, merged, cover ${km(res.km2)} km², against the sourced ${used.km2} km² (${used.what[0]}), the figure used here.${otherEn}`.replace(/\s+/g, ' ').trim(),
        zh: `近似范围，并非测绘边界。据报道该区管辖${n === 1 ? '1个街道' : `${n}个街道`}：${namesZh(list)}${managedZh}。${voronoiZh}${caveatsZh(list)}合并后面积${km(res.km2)}平方公里，所采用的来源面积为${used.km2}平方公里（${used.what[1]}）。${otherZh}`,
        zhIsTranslation: true,
      },
      streets: list,
      sourceIds: [...baseSources, ...ZONE_STREETS[zoneId].sourceIds, ...ZONE_AREAS[zoneId].flatMap((a) => a.sourceIds)],
    };
  }

  // Dagushan park: the southern part of 大孤山街道's cell, sized to the street's sourced 40.1 km².
  {
    const zoneId = 'dagushan';
    const list = streetList(zoneId);
    const cell = cells.get('210213006');
    const [, s, , n] = bboxOf(cell.geometry.coordinates);
    const target = ZONE_AREAS[zoneId][0].km2;
    const res = await sizeTo(target, s, n, (lat) => geomOp(cell.geometry, 'clip', bboxPolygon([REGION_BBOX[0], REGION_BBOX[1], REGION_BBOX[2], round5(lat)])));
    whole[zoneId] = res;
    const lat = round5(res.x).toFixed(3);
    outlines[zoneId] = {
      summary: {
        en: `Approximate: the south of the cell of 大孤山街道 (Dagushan street), the street the park lies in; no park boundary is published.`,
        zh: `近似范围：园区所在大孤山街道多边形的南部；未找到公布的园区边界。`,
        zhIsTranslation: true,
      },
      method: {
        en: `Approximate, not a park boundary (none was found). The park lies within 大孤山街道 (Dagushan street), which a source puts on "the central and southern coast of the Dagushan peninsula" and gives 40.1 km². ${voronoiEn} That cell covers ${km(cell.km2)} km², more than the street, so the outline keeps its part south of ${lat}° N, the latitude at which the area is ${km(res.km2)} km², the street's sourced 40.1 km². It lies inside the Development Zone's streets.`,
        zh: `近似范围，并非园区边界（未找到）。园区位于大孤山街道内；有资料称该街道位于"大孤山半岛中南部沿海"，面积40.1平方公里。${voronoiZh}该多边形面积${km(cell.km2)}平方公里，大于街道面积，因此只保留北纬${lat}度以南的部分，使面积为${km(res.km2)}平方公里，即街道的来源面积40.1平方公里。该范围位于开发区所辖街道之内。`,
        zhIsTranslation: true,
      },
      streets: list,
      sourceIds: [...baseSources, ...ZONE_STREETS[zoneId].sourceIds],
    };
  }

  // Bonded Area: a band of land along the shore of Dayao Bay, inside the four streets 大窑湾街道 was made of.
  {
    const zoneId = 'bonded-area';
    const list = streetList(zoneId);
    const r = rec('dalian-bonded-zone');
    const coast = await coastLines(mosaic);
    // The park takes precedence where the two would meet: siblings do not overlap.
    const streetsLand = await geomOp(await geomOp(cellsOf(zoneId)).then((u) => u.geometry), 'erase', whole.dagushan.geometry);
    const target = ZONE_AREAS[zoneId][0].km2;
    const radiusKm = r.uncertaintyKm;
    const res = await sizeTo(target, 20, 3000, async (w) => geomOp(streetsLand.geometry, 'clip', await shoreBand(coast, [r.lon, r.lat], radiusKm, Math.round(w)), 0.1));
    const withoutPark = res;
    whole[zoneId] = res;
    const widthM = Math.round(res.x);
    outlines[zoneId] = {
      summary: {
        en: `Approximate: a strip of land along the shore of Dayao Bay, inside the streets 大窑湾街道 (Dayaowan street, run by the Bonded Area) was made of; no boundary is published.`,
        zh: `近似范围：大窑湾沿岸的一条陆地带，位于组成大窑湾街道（由保税区管理）的各街道之内；未找到公布的边界。`,
        zhIsTranslation: true,
      },
      method: {
        en: `Approximate, not a surveyed boundary (none was found). Sources put the Dayaowan Bonded Port Area on the shore of Dayao Bay, on the Dagushan peninsula; 大窑湾街道 (Dayaowan street, 65 km², run by the Bonded Area from 2011) was made from parts of ${namesEn(list)}, and has no centre point in the July 2016 snapshot. ${voronoiEn} The outline is the land of those four cells within ${widthM} m of the coast that lies within ${radiusKm} km (the stated uncertainty) of the research point at the head of Dayao Bay (${r.lat} N, ${r.lon} E); pieces under 0.1 km² are dropped, and the width was chosen so that the area is ${km(withoutPark.km2)} km², the 6.88 km² of the bonded port after phase 2. The real zone is several separate parcels, and the 1992 Bonded Zone was under 2 km². It lies inside the Development Zone's streets.`,
        zh: `近似范围，并非测绘边界（未找到）。资料称大窑湾保税港区位于大孤山半岛的大窑湾沿岸；大窑湾街道（65平方公里，2011年起由保税区管理）由${namesZh(list)}的部分区域组成，在2016年7月的数据中没有中心点。${voronoiZh}本范围取这4个街道多边形内、距海岸线${widthM}米以内的陆地，且该段海岸线距大窑湾湾顶的研究点位（北纬${r.lat}度、东经${r.lon}度）不超过${radiusKm}公里（所述误差）；小于0.1平方公里的碎块被舍去，宽度的选取使面积为${km(withoutPark.km2)}平方公里，即保税港区二期后的6.88平方公里。实际的保税区由多个分散地块组成，1992年的保税区不足2平方公里。该范围位于开发区所辖街道之内。`,
        zhIsTranslation: true,
      },
      streets: list,
      sourceIds: [...baseSources, ...ZONE_STREETS[zoneId].sourceIds, ...ZONE_AREAS[zoneId][0].sourceIds, SOURCE_IDS.research],
    };
  }

  // The parent's drawn geometry is cut around its children, so its fill never paints their land.
  const drawn = { ...Object.fromEntries(Object.entries(whole).map(([k, v]) => [k, v])) };
  const children = ['dagushan', 'bonded-area'];
  drawn['development-zone'] = await geomOp(whole['development-zone'].geometry, 'erase', children.map((c) => whole[c].geometry));

  const order = ['development-zone', 'high-tech-zone', 'huayuankou', 'dagushan', 'bonded-area'];
  const uncertaintyKm = { 'development-zone': 5, 'high-tech-zone': 5, huayuankou: 6, dagushan: 4, 'bonded-area': 3 };
  const features = [];
  const areas = {};
  for (const zoneId of order) {
    const o = outlines[zoneId];
    if (!drawn[zoneId].geometry) fail(`zone outline ${zoneId} is empty`);
    const [used, ...others] = areaRecords(zoneId);
    const areaKm2 = Math.round(whole[zoneId].km2 * 100) / 100;
    const drawnAreaKm2 = Math.round(drawn[zoneId].km2 * 100) / 100;
    const ratio = areaKm2 / used.km2;
    if (ratio < 0.65 || ratio > 1.35) fail(`outline ${zoneId}: ${areaKm2} km² is not within ±35 % of the sourced ${used.km2} km²`);
    areas[zoneId] = { areaKm2, drawnAreaKm2, sourcedKm2: used.km2 };
    features.push({
      type: 'Feature',
      properties: {
        zoneId,
        summary: o.summary,
        method: o.method,
        uncertaintyKm: uncertaintyKm[zoneId],
        streets: o.streets,
        sourcedArea: used,
        ...(others.length ? { otherSourcedAreas: others } : {}),
        areaKm2,
        ...(drawnAreaKm2 !== areaKm2 ? { drawnAreaKm2, cutOutZoneIds: children } : {}),
        inputs: [INPUTS.adcode, INPUTS.datav, INPUTS.land],
        sourceIds: [...new Set(o.sourceIds)],
      },
      geometry: drawn[zoneId].geometry,
    });
  }
  return { fc: featureCollection(features), areas };
}
