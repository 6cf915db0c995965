/** 2-3. A mosaic of administrative units that follows the OSM coast, and the basemap's layers cut from it. Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import fs from 'node:fs';
import path from 'node:path';
import { bboxOf, bboxPolygon, distanceToPolygonsKm, featureCollection, lineLengthKm, log, polygonsOf, runMapshaper } from './helpers.mjs';
import { FOREIGN_GAP_KM2, PRECISION, REGION_BBOX, SIMPLIFY_METRES, SLIVER_GRID_DEG } from './settings.mjs';

/**
 * DataV's coast and OSM's coast differ by up to a few hundred metres. Each DataV unit is clipped to
 * OSM's land of China (Dalian's detailed district file wins over the coarser city file where they
 * overlap), and the land that no DataV unit covers (coastal slivers, small islands, the mismatch along
 * Dalian's land border) is cut on a 0.01° grid and given, piece by piece, to the unit it shares the
 * longest edge with (detached islands: the nearest unit). Large uncovered land (Hebei, outside our
 * files) and other countries stay "other". The result is a gapless mosaic of the land whose pieces
 * all share one topology (one mapshaper -union), so that adjacent units share their edges exactly.
 */
export async function buildMosaic(land, units, neighbours) {
  const step1 = await runMapshaper(
    `-i land.json dalian.json neigh.json combine-files
     -clip bbox=${REGION_BBOX} target=land
     -dissolve A3 target=land
     -filter 'A3 == "CHN"' target=land + name=china
     -clip bbox=${REGION_BBOX} target=neigh
     -erase dalian target=neigh
     -clip china target=dalian
     -clip china target=neigh
     -merge-layers target=dalian,neigh name=admin force
     -erase admin target=land + name=gaps
     -explode target=gaps
     -each 'km2 = this.area / 1e6' target=gaps
     -o format=geojson geojson-type=FeatureCollection precision=0.0000001 target=admin,gaps`,
    { 'land.json': land, 'dalian.json': featureCollection(units), 'neigh.json': featureCollection(neighbours) },
  );
  const admin = step1['admin.json'].features.filter((f) => f.geometry);
  const gaps = [];
  let sliverKm2 = 0;
  for (const f of step1['gaps.json'].features) {
    if (!f.geometry) continue;
    const { A3, km2 } = f.properties;
    const foreign = A3 !== 'CHN' || km2 > FOREIGN_GAP_KM2;
    if (foreign && A3 === 'CHN') log(`land outside the DataV files, left to no unit: ${km2.toFixed(0)} km² in ${bboxOf(f.geometry.coordinates).map((x) => x.toFixed(2))}`);
    if (!foreign) sliverKm2 += km2;
    gaps.push({ type: 'Feature', properties: { gap: foreign ? 'other' : 'sliver', A3 }, geometry: f.geometry });
  }

  // Grid cells over the slivers' bounding boxes.
  const cells = new Map();
  for (const f of gaps) {
    if (f.properties.gap !== 'sliver') continue;
    const [w, s, e, n] = bboxOf(f.geometry.coordinates);
    for (let i = Math.floor(w / SLIVER_GRID_DEG); i * SLIVER_GRID_DEG < e; i++) {
      for (let j = Math.floor(s / SLIVER_GRID_DEG); j * SLIVER_GRID_DEG < n; j++) {
        const key = `${i}:${j}`;
        if (!cells.has(key)) {
          const box = [i, j, i + 1, j + 1].map((k) => Math.round(k * SLIVER_GRID_DEG * 1e6) / 1e6);
          cells.set(key, { type: 'Feature', properties: { cell: key }, geometry: bboxPolygon(box) });
        }
      }
    }
  }
  const grid = [...cells.values()].sort((a, b) => (a.properties.cell < b.properties.cell ? -1 : 1));

  // One flat mosaic of units, gaps and grid cells; pieces outside the land are dropped.
  const step2 = await runMapshaper(
    `-i admin.json gaps.json grid.json combine-files
     -union target=admin,gaps,grid name=pieces
     -filter 'uid != null || gap != null' target=pieces
     -explode target=pieces
     -each 'pid = "p" + this.id' target=pieces
     -lines each='a = A.pid, b = B ? B.pid : null' target=pieces + name=edges
     -o format=geojson geojson-type=FeatureCollection precision=0.0000001 target=pieces,edges`,
    { 'admin.json': featureCollection(admin), 'gaps.json': featureCollection(gaps), 'grid.json': featureCollection(grid) },
  );
  const pieces = step2['pieces.json'].features.filter((f) => f.geometry);
  const pieceById = new Map(pieces.map((p) => [p.properties.pid, p]));
  const unitProps = new Map(admin.map((f) => [f.properties.uid, f.properties]));
  const groupOfUnit = (uid) => unitProps.get(uid)?.group;

  // Which unit each piece belongs to: units' own pieces and "other" land are fixed.
  const assigned = new Map();
  const slivers = [];
  for (const p of pieces) {
    const { pid, uid, gap, A3 } = p.properties;
    if (uid) assigned.set(pid, uid);
    else if (gap === 'other') assigned.set(pid, `other-${A3}`);
    else slivers.push(pid);
  }
  const shared = new Map(); // pid -> Map(pid -> km)
  const add = (p, q, km) => {
    if (!shared.has(p)) shared.set(p, new Map());
    const m = shared.get(p);
    m.set(q, (m.get(q) ?? 0) + km);
  };
  for (const e of step2['edges.json'].features) {
    const { a, b } = e.properties;
    if (!e.geometry || !b || a === b) continue;
    const km = lineLengthKm(e.geometry);
    add(a, b, km);
    add(b, a, km);
  }
  const pick = (pid) => {
    const byUnit = new Map();
    for (const [q, km] of shared.get(pid) ?? []) {
      const u = assigned.get(q);
      if (!u || u.startsWith('other-')) continue;
      byUnit.set(u, (byUnit.get(u) ?? 0) + km);
    }
    const list = [...byUnit.entries()];
    if (!list.length) return null;
    // A piece between a Dalian district and a neighbouring city lies on Dalian's land border, where
    // the coarse city file and the detailed district file disagree: it goes to the neighbour, so that
    // Dalian keeps the detailed line.
    const neighbourSide = list.filter(([u]) => groupOfUnit(u) === 'neighbour');
    const choices = neighbourSide.length && list.some(([u]) => groupOfUnit(u) === 'dalian') ? neighbourSide : list;
    choices.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    return choices[0][0];
  };
  // First the pieces touching a unit, then outwards through touching pieces.
  let pending = slivers;
  while (pending.length) {
    const decided = pending.map((pid) => [pid, pick(pid)]).filter(([, u]) => u);
    if (!decided.length) break;
    for (const [pid, u] of decided) assigned.set(pid, u);
    pending = pending.filter((pid) => !assigned.has(pid));
  }
  // Detached islands: the nearest unit (distance from a vertex to the unit's clipped polygons).
  const unitPolys = admin.map((f) => ({ uid: f.properties.uid, polys: polygonsOf(f.geometry) }));
  for (const pid of pending) {
    const pt = polygonsOf(pieceById.get(pid).geometry)[0][0][0];
    let best = null;
    for (const u of unitPolys) {
      const d = distanceToPolygonsKm(pt, u.polys);
      if (!best || d < best.d) best = { uid: u.uid, d };
    }
    assigned.set(pid, best.uid);
  }
  log(`coastal slivers and small islands given to units: ${slivers.length} pieces, ${sliverKm2.toFixed(1)} km² (${pending.length} detached)`);

  const parts = pieces.map((p) => {
    const uid = assigned.get(p.properties.pid);
    const props = uid.startsWith('other-') ? { uid, group: 'other', country: uid.slice(6) } : { ...unitProps.get(uid), country: 'CHN' };
    return { type: 'Feature', properties: props, geometry: p.geometry };
  });
  if (process.env.BASEMAP_DEBUG) {
    const dir = process.env.BASEMAP_DEBUG;
    for (const [k, v] of Object.entries({ ...step1, ...step2 })) fs.writeFileSync(path.join(dir, k), JSON.stringify(v));
    fs.writeFileSync(path.join(dir, 'parts.json'), JSON.stringify(featureCollection(parts)));
  }
  return parts;
}


/**
 * The mosaic dissolved by unit and simplified once, so that land, districts, neighbours and boundary
 * lines share the same simplified edges. Boundary lines are the edges shared by two units of the same
 * country (so never a coast, and never the China–North Korea edge, which in OSM's data only exists in
 * scattered fragments along the Yalu).
 */
export async function buildLayers(mosaicParts) {
  const out = await runMapshaper(
    `-i parts.json
     -dissolve uid copy-fields=group,country,adcode,nameZh,nameEn,kind,province name=mosaic
     -simplify dp variable interval='group == "dalian" ? ${SIMPLIFY_METRES.dalian} : group == "neighbour" ? ${SIMPLIFY_METRES.neighbour} : ${SIMPLIFY_METRES.other}' keep-shapes
     -dissolve country target=mosaic + name=land
     -filter 'group == "dalian"' target=mosaic + name=districts
     -filter 'group == "neighbour"' target=mosaic + name=neighbours
     -lines where='B != null && A.country == B.country' each='level = A.group == "dalian" && B.group == "dalian" ? "district" : "city"' target=mosaic + name=boundaries
     -dissolve level target=boundaries
     -points inner target=districts + name=districtpoints
     -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=land,districts,neighbours,boundaries,districtpoints,mosaic`,
    { 'parts.json': featureCollection(mosaicParts) },
  );
  return {
    land: out['land.json'],
    mosaic: out['mosaic.json'],
    districts: out['districts.json'],
    neighbours: out['neighbours.json'],
    boundaries: out['boundaries.json'],
    districtPoints: out['districtpoints.json'],
  };
}
