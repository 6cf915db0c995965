/** 4. Zone outlines, from the recipes in the zones' files. Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import { bboxOf, bboxPolygon, discPolygon, fail, featureCollection, pinyinName, readJson, round5, runMapshaper } from '../basemap/helpers.mjs';
import { LAND_PACKAGE, LAND_VERSION, PRECISION, REGION_BBOX, RESEARCH_ZONES, SOURCE_IDS } from '../basemap/settings.mjs';
import { readOutlineRecipes } from './recipes.mjs';

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

/** Fills a recipe's words: each {name} by its value (the build's numbers, the streets' names). */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, name) => {
    if (!(name in values)) fail(`an outline's words name {${name}}, which the build does not know`);
    return String(values[name]);
  });
}

/**
 * The zone outlines, each drawn by the recipe in its zone's file (data/atlas/zones/*.yaml,
 * `outlineRecipe`): `streets` merges the cells of the streets it administers; `street-south` keeps the
 * south of its one street's cell, cut at the latitude where the area is its sourced area;
 * `shore-band` keeps its streets' land along the coast near a research point, as wide as makes its
 * sourced area. A zone's outline that has zones with outlines inside it is cut around them.
 */
export async function buildOutlines(mosaic, streets, cells) {
  const recipes = readOutlineRecipes();
  const byId = new Map(recipes.map((r) => [r.zoneId, r]));
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
    byId.get(zoneId).recipe.streets.map((code) => {
      const st = street(code);
      return { code, nameZh: st.name, nameEn: streetPinyin(st.name), centre: st.site ? (st.siteFrom === 'street' ? 'street' : 'villages') : 'none' };
    });
  const cellsOf = (zoneId) => byId.get(zoneId).recipe.streets.filter((c) => cells.has(c)).map((c) => cells.get(c).geometry);
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
  const areaRecords = (zoneId) => byId.get(zoneId).recipe.areas.map((a) => ({ km2: a.km2, what: { en: a.what.en, zh: a.what.zh, zhIsTranslation: true }, sourceIds: a.sourceIds }));
  const sourcesOf = ({ recipe }) => [...baseSources, ...recipe.streetSourceIds, ...recipe.areas.flatMap((a) => a.sourceIds), ...(recipe.researchPoint ? [SOURCE_IDS.research] : [])];
  const km = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const words = (recipe, values) => ({
    summary: { en: fill(recipe.summary.en, values), zh: fill(recipe.summary.zh, values), zhIsTranslation: true },
    method: { en: fill(recipe.explanation.en, { ...values, voronoi: voronoiEn }), zh: fill(recipe.explanation.zh, { ...values, voronoi: voronoiZh }), zhIsTranslation: true },
  });

  const outlines = {};
  const whole = {};
  // Built in the order their recipes need: whole streets first, then the parts of a street, then the
  // shore bands (which give way to the zones they yield to).
  const stage = { streets: 0, 'street-south': 1, 'shore-band': 2 };
  const building = [...recipes].sort((a, b) => stage[a.recipe.method] - stage[b.recipe.method]);

  for (const zone of building) {
    const { zoneId, recipe } = zone;
    const list = streetList(zoneId);
    if (recipe.method === 'streets') {
      // A zone made of whole streets.
      const res = await geomOp(cellsOf(zoneId));
      whole[zoneId] = res;
      const [used, ...others] = recipe.areas;
      const n = list.length;
      const managed = recipe.managed ?? [];
      const managedEn = managed.length ? ` (${managed.map((c) => shortZh(street(c).name)).join(' and ')} are managed on its behalf)` : '';
      const managedZh = managed.length ? `（其中${managed.map((c) => shortZh(street(c).name)).join('、')}为代管）` : '';
      const otherEn = others.map((o) => ` Another source gives ${o.km2} km² (${o.what.en}).`).join('');
      const otherZh = others.map((o) => `另一来源为${o.km2}平方公里（${o.what.zh}）。`).join('');
      outlines[zoneId] = {
        summary: {
          en: `Approximate: built from the boundaries of the ${n === 1 ? 'street' : `${n} streets`} it administers (${namesEn(list)}).`,
          zh: `近似范围：由其所辖${n === 1 ? '' : `${n}个`}街道（${namesZh(list)}）的边界拼合而成。`,
          zhIsTranslation: true,
        },
        method: {
          en: `Approximate, not a surveyed boundary. The zone is reported to administer ${n === 1 ? 'one street' : `${n} streets`}: ${namesEn(list)}${managedEn}. ${voronoiEn} ${caveatsEn(list)} The cells of its streets, merged, cover ${km(res.km2)} km², against the sourced ${used.km2} km² (${used.what.en}), the figure used here.${otherEn}`.replace(/\s+/g, ' ').trim(),
          zh: `近似范围，并非测绘边界。据报道该区管辖${n === 1 ? '1个街道' : `${n}个街道`}：${namesZh(list)}${managedZh}。${voronoiZh}${caveatsZh(list)}合并后面积${km(res.km2)}平方公里，所采用的来源面积为${used.km2}平方公里（${used.what.zh}）。${otherZh}`,
          zhIsTranslation: true,
        },
        streets: list,
        sourceIds: sourcesOf(zone),
      };
    } else if (recipe.method === 'street-south') {
      // The south of its one street's cell, sized to its sourced area.
      const cell = cells.get(recipe.streets[0]);
      if (!cell) fail(`outline ${zoneId}: street ${recipe.streets[0]} has no cell`);
      const [, s, , n] = bboxOf(cell.geometry.coordinates);
      const res = await sizeTo(recipe.areas[0].km2, s, n, (lat) => geomOp(cell.geometry, 'clip', bboxPolygon([REGION_BBOX[0], REGION_BBOX[1], REGION_BBOX[2], round5(lat)])));
      whole[zoneId] = res;
      outlines[zoneId] = {
        ...words(recipe, { cellKm2: km(cell.km2), lat: round5(res.x).toFixed(3), areaKm2: km(res.km2), streetsEn: namesEn(list), streetsZh: namesZh(list) }),
        streets: list,
        sourceIds: sourcesOf(zone),
      };
    } else {
      // A band of land along the shore near a research point, inside its streets, sized to its sourced area.
      const r = rec(recipe.researchPoint);
      const coast = await coastLines(mosaic);
      // The zones it yields to take precedence where the two would meet: siblings do not overlap.
      const yielded = (recipe.yieldsTo ?? []).map((id) => whole[id]?.geometry ?? fail(`outline ${zoneId} yields to ${id}, which has no outline`));
      const merged = (await geomOp(cellsOf(zoneId))).geometry;
      const streetsLand = yielded.length ? await geomOp(merged, 'erase', yielded.length === 1 ? yielded[0] : yielded) : { geometry: merged };
      const radiusKm = r.uncertaintyKm;
      const res = await sizeTo(recipe.areas[0].km2, 20, 3000, async (w) => geomOp(streetsLand.geometry, 'clip', await shoreBand(coast, [r.lon, r.lat], radiusKm, Math.round(w)), 0.1));
      whole[zoneId] = res;
      outlines[zoneId] = {
        ...words(recipe, { widthM: Math.round(res.x), radiusKm, pointLat: r.lat, pointLon: r.lon, areaKm2: km(res.km2), streetsEn: namesEn(list), streetsZh: namesZh(list) }),
        streets: list,
        sourceIds: sourcesOf(zone),
      };
    }
  }

  // A parent's drawn geometry is cut around its children with outlines, so its fill never paints their land.
  const drawn = { ...whole };
  const childrenOf = (id) => recipes.filter((r) => r.parentZoneId === id).map((r) => r.zoneId);
  for (const { zoneId } of recipes) {
    const children = childrenOf(zoneId);
    if (children.length) drawn[zoneId] = await geomOp(whole[zoneId].geometry, 'erase', children.map((c) => whole[c].geometry));
  }

  // Zones inside others come after them, so their outlines draw on top of their parent's.
  const depth = (r) => (r.parentZoneId && byId.has(r.parentZoneId) ? 1 + depth(byId.get(r.parentZoneId)) : 0);
  const drawOrder = [...recipes].sort((a, b) => depth(a) - depth(b));
  const features = [];
  const areas = {};
  for (const { zoneId, recipe } of drawOrder) {
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
        uncertaintyKm: recipe.uncertaintyKm,
        streets: o.streets,
        sourcedArea: used,
        ...(others.length ? { otherSourcedAreas: others } : {}),
        areaKm2,
        ...(drawnAreaKm2 !== areaKm2 ? { drawnAreaKm2, cutOutZoneIds: childrenOf(zoneId) } : {}),
        inputs: [INPUTS.adcode, INPUTS.datav, INPUTS.land],
        sourceIds: [...new Set(o.sourceIds)],
      },
      geometry: drawn[zoneId].geometry,
    });
  }
  return { fc: featureCollection(features), areas };
}
