/**
 * Writes a built dataset to a data folder as the app reads it: one file per collection (zones.json is
 * the first screen's index of zone summaries), zones/<id>.json with each zone's whole record, and
 * search-index.json. Used by the data build and by the scale benchmark (the same layout at any size).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, zoneDetailFile, zoneSummary, type BuiltDataset } from '../../src/lib/data/schemas.ts';
import { buildSearchIndex, SEARCH_INDEX_FILE, searchIndexToJson, type SearchWords } from '../../src/lib/search.ts';
import { parseLandmarks } from '../../src/lib/landmarks.ts';

/** The collections written as JSON arrays (the outlines are written by the outline build). */
const ARRAYS = ['sources', 'clusters', 'zones', 'enterprises', 'figures'] as const;

export function writeAtlasData(data: Pick<BuiltDataset, (typeof ARRAYS)[number]>, outDir: string, root: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const c of ARRAYS) writeFileSync(join(outDir, DATASET_FILES[c]), `${JSON.stringify(c === 'zones' ? data.zones.map(zoneSummary) : data[c])}\n`);
  rmSync(join(outDir, 'zones'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'zones'), { recursive: true });
  for (const z of data.zones) writeFileSync(join(outDir, zoneDetailFile(z.id)), `${JSON.stringify(z)}\n`);
  // Every name and alias normalized once, here, with the basemap's landmarks (built by data:basemap).
  const words = JSON.parse(readFileSync(join(root, 'src/config/search-words.json'), 'utf8')) as SearchWords;
  const landmarks = parseLandmarks(readFileSync(join(root, 'public/basemap/landmarks.geojson'), 'utf8'));
  writeFileSync(join(outDir, SEARCH_INDEX_FILE), `${JSON.stringify(searchIndexToJson(buildSearchIndex(data, { words, landmarks })))}\n`);
}
