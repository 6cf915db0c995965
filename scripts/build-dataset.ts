/**
 * Builds public/data/{sources,clusters,zones,enterprises,figures}.json from the typed modules in
 * scripts/dataset/, after validating every record with the app's schemas, the cross-references
 * (with the zone outlines of public/data/zone-outlines.geojson when that file exists) and the checks
 * of scripts/dataset/checks.ts. Output is minified and deterministic. Run: npm run data:dataset
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  ClusterSchema,
  crossReferenceProblems,
  EnterpriseSchema,
  FigureSchema,
  SourceSchema,
  ZoneOutlinesSchema,
  ZoneSchema,
  type ZoneOutlines,
} from '../src/lib/data/schemas.ts';
import { datasetProblems, readLocalTexts } from './dataset/checks.ts';
import { clusters } from './dataset/clusters.ts';
import { enterprises } from './dataset/enterprises.ts';
import { figures } from './dataset/figures.ts';
import { sources } from './dataset/sources.ts';
import { zones } from './dataset/zones.ts';

const OUT_DIR = fileURLToPath(new URL('../public/data/', import.meta.url));
const OUTLINES = `${OUT_DIR}zone-outlines.geojson`;

/** Validates each record on its own, so a message names the file, the record and the field. */
function validate<S extends v.GenericSchema>(file: string, schema: S, records: readonly unknown[], problems: string[]): v.InferOutput<S>[] {
  const out: v.InferOutput<S>[] = [];
  records.forEach((record, i) => {
    const result = v.safeParse(schema, record);
    if (result.success) {
      out.push(result.output);
      return;
    }
    const rid = typeof record === 'object' && record && 'id' in record ? ` (id "${String(record.id)}")` : '';
    for (const issue of result.issues) {
      const path = v.getDotPath(issue);
      problems.push(`${file}[${i}]${rid}${path ? ` ${path}` : ''}: ${issue.message}`);
    }
  });
  return out;
}

function loadOutlines(problems: string[]): ZoneOutlines | null {
  if (!existsSync(OUTLINES)) {
    console.warn('warning: public/data/zone-outlines.geojson is absent; skipping the outline cross-reference check.');
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(OUTLINES, 'utf8'));
  } catch (e) {
    problems.push(`zone-outlines.geojson is not valid JSON: ${(e as Error).message}`);
    return null;
  }
  const result = v.safeParse(ZoneOutlinesSchema, json);
  if (!result.success) {
    for (const issue of result.issues.slice(0, 20)) problems.push(`zone-outlines.geojson ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
    return null;
  }
  return result.output;
}

function main(): void {
  const problems: string[] = [];
  const data = {
    sources: validate('sources.json', SourceSchema, sources, problems),
    clusters: validate('clusters.json', ClusterSchema, clusters, problems),
    zones: validate('zones.json', ZoneSchema, zones, problems),
    enterprises: validate('enterprises.json', EnterpriseSchema, enterprises, problems),
    figures: validate('figures.json', FigureSchema, figures, problems),
  };
  const outlines = loadOutlines(problems);
  const crossRefs = crossReferenceProblems({ ...data, outlines: outlines ?? { type: 'FeatureCollection', features: [] } });
  problems.push(...(outlines ? crossRefs : crossRefs.filter((p) => !/^zone \S+ has no outline$/.test(p))));
  problems.push(...datasetProblems(data, readLocalTexts()));

  if (problems.length > 0) {
    console.error(`The dataset is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) console.error(`- ${p}`);
    process.exit(1);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, records] of Object.entries(data)) writeFileSync(`${OUT_DIR}${name}.json`, `${JSON.stringify(records)}\n`);
  console.log(
    `Wrote public/data: ${data.sources.length} sources, ${data.clusters.length} clusters, ${data.zones.length} zones, ` +
      `${data.enterprises.length} enterprises, ${data.figures.length} figures${outlines ? `; outlines checked (${outlines.features.length})` : ''}.`,
  );
}

main();
