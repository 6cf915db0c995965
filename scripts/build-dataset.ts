/**
 * Builds public/data/{sources,clusters,zones,enterprises,figures}.json (zones.json: the first screen's
 * index of zones; zones/<id>.json: each zone's whole record, fetched when its panel opens) and
 * search-index.json (every name and alias normalized once, here) from the authored data in
 * data/atlas/ (figures.csv, enterprises.csv, sources.csv, zones/*.yaml, clusters/*.yaml), after
 * validating every record with the app's schemas, every id it names, and the checks of
 * scripts/dataset/checks.ts (quotes word for word, one scope per chart line, ...). Every problem is
 * reported at once with its file, row and column, in English and Chinese; if there is any, nothing is
 * written and the last good build stays. Output is minified and deterministic.
 *
 *   npm run data:dataset                 validate and write public/data
 *   npm run data:check                   validate only (exit 1 with the problems)
 *   ... -- --data <folder>               read another data folder (ATLAS_DATA_DIR does the same)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDataFolder, OUT_DIR, ROOT } from './dataset/check-data.ts';
import { formatProblem } from './dataset/problems.ts';
import { TOUR_OUT } from './dataset/tour.ts';
import { writeAtlasData } from './dataset/output.ts';
import type { BuiltDataset } from '../src/lib/data/schemas.ts';

function main(): void {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const dataArg = args.indexOf('--data');
  const dir = resolve(dataArg >= 0 && args[dataArg + 1] ? args[dataArg + 1]! : (process.env.ATLAS_DATA_DIR ?? `${ROOT}data/atlas`));

  const { data, tour, problems, outlinesChecked } = checkDataFolder(dir);
  if (problems.length > 0) {
    console.error(`The data in ${dir} have ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written (数据有 ${problems.length} 处问题，未写入任何文件):`);
    for (const p of problems) console.error(`- ${formatProblem(p)}`);
    process.exit(1);
  }
  const counts = `${data.sources.length} sources, ${data.clusters.length} clusters, ${data.zones.length} zones, ${data.enterprises.length} enterprises, ${data.figures.length} figures${outlinesChecked !== null ? `; outlines checked (${outlinesChecked})` : ''}`;
  if (checkOnly) {
    console.log(`The data in ${dir} are valid: ${counts}. (Nothing written: --check.)`);
    return;
  }
  // No problem: every record passed its schema and the cross-reference checks.
  writeAtlasData(data as unknown as Omit<BuiltDataset, 'outlines'>, OUT_DIR, ROOT);
  writeFileSync(`${ROOT}${TOUR_OUT}`, `${JSON.stringify(tour, null, 2)}\n`);
  console.log(`Wrote public/data: ${counts} (an index, and a file per zone in zones/), the search index; and ${TOUR_OUT} (${tour?.steps.length ?? 0} steps).`);
}

main();
