/**
 * Reads, validates and checks a data folder (data/atlas/ or a test's fixture): the records to write and
 * every problem, located and in both languages. Used by scripts/build-dataset.ts and by the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  ClusterSchema,
  EnterpriseSchema,
  FigureSchema,
  referenceProblems as outlineReferenceProblems,
  SourceSchema,
  ZoneOutlinesSchema,
  ZoneSchema,
  type BuiltDataset,
  type Figure,
  type Source,
  type Zone,
  type ZoneOutlines,
} from '../../src/lib/data/schemas.ts';
import { readAuthored, type AuthoredRecord, type Collection } from './atlas-files.ts';
import { CATALOGUE_SOURCE_ID, DALIAN_CATALOGUE, joinCatalogue, parseCatalogue, parseFlaws, parseTerms } from './catalogue.ts';
import { contentProblems, readLocalTexts, referenceProblems, type CheckInput, type RecordProblem } from './checks.ts';
import { describeIssue, formatProblem, type Problem } from './problems.ts';
import { readTour } from './tour.ts';
import { OutlineRecipeSchema, recipeProblems } from './outline-recipe.ts';
import { readPlaces, zoneReach } from './reach.ts';
import type { TourInput } from '../../src/features/tour/utils/tour-schema.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = `${ROOT}public/data/`;
const OUTLINES = `${OUT_DIR}zone-outlines.geojson`;

const SCHEMAS = {
  sources: SourceSchema,
  clusters: ClusterSchema,
  zones: ZoneSchema,
  enterprises: EnterpriseSchema,
  figures: FigureSchema,
} as const;
export const COLLECTIONS = Object.keys(SCHEMAS) as Collection[];

function loadOutlines(problems: Problem[]): ZoneOutlines | null {
  const file = 'public/data/zone-outlines.geojson';
  if (!existsSync(OUTLINES)) {
    console.warn('warning: public/data/zone-outlines.geojson is absent; skipping the outline cross-reference check.');
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(OUTLINES, 'utf8'));
  } catch (e) {
    problems.push({ file, en: `not valid JSON: ${(e as Error).message}`, zh: `不是有效的 JSON：${(e as Error).message}` });
    return null;
  }
  const result = v.safeParse(ZoneOutlinesSchema, json);
  if (!result.success) {
    for (const issue of result.issues.slice(0, 20))
      problems.push({ file, column: v.getDotPath(issue) ?? '', en: issue.message, zh: `不符合格式：${issue.message}` });
    return null;
  }
  return result.output;
}

/**
 * Adds to each zone that names a `catalogueCode` its record of the 2018 catalogue (Dalian's rows, read
 * with the terms and known flaws of the data folder), and reports every problem of the join where it
 * is written: a zone file's field, or the catalogue's file for a row that no zone names.
 */
function withCatalogue(dir: string, zoneFiles: AuthoredRecord[], handWritten: boolean[], zones: (Zone | null)[], sources: (Source | null)[], problems: Problem[]): (Zone | null)[] {
  const read = (path: string, file: string) => {
    if (existsSync(path)) return readFileSync(path, 'utf8');
    problems.push({ file, en: 'the file is missing', zh: '文件缺失' });
    return '';
  };
  const terms = parseTerms(read(join(dir, 'catalogue-terms.csv'), 'catalogue-terms.csv'));
  const flaws = parseFlaws(read(join(dir, 'catalogue-flaws.csv'), 'catalogue-flaws.csv'));
  const catalogue = parseCatalogue(read(`${ROOT}${DALIAN_CATALOGUE}`, DALIAN_CATALOGUE), DALIAN_CATALOGUE, terms, flaws);
  problems.push(...catalogue.problems.map((p) => ({ file: `${p.file} (repository)`, row: p.row, column: p.column, en: p.en, zh: p.zh })));
  if (!sources.some((s) => s?.id === CATALOGUE_SOURCE_ID))
    problems.push({ file: 'sources.csv', en: `the catalogue's source "${CATALOGUE_SOURCE_ID}" is missing`, zh: `缺少目录的来源 "${CATALOGUE_SOURCE_ID}"` });
  const joined = joinCatalogue(
    zoneFiles.map(({ record }, i) => ({
      id: String(record.id ?? ''),
      nameZh: String((record.name as { zh?: unknown } | undefined)?.zh ?? ''),
      ...(typeof record.catalogueCode === 'string' ? { catalogueCode: record.catalogueCode } : {}),
      writesRecord: handWritten[i] ?? false,
    })),
    catalogue.records,
  );
  for (const p of joined.problems)
    problems.push(
      p.zone === null
        ? // Rows are counted from the header (row 1); exact when every row was read.
          { file: `${DALIAN_CATALOGUE} (repository)`, ...(catalogue.problems.length === 0 && p.record !== undefined ? { row: p.record + 2 } : {}), column: 'code', en: p.en, zh: p.zh }
        : { ...zoneFiles[p.zone]!.where(p.field), en: p.en, zh: p.zh },
    );
  return zones.map((z, i) => {
    const record = joined.byZone[i];
    return z && record ? { ...z, catalogue: { ...record, sourceIds: [CATALOGUE_SOURCE_ID] } } : z;
  });
}

/** Each zone's outline recipe: its shape, its ids, and that a zone drawn as a point has none and every other zone has one. */
function outlineRecipeProblems(zones: AuthoredRecord[], sources: (Source | null)[]): Problem[] {
  const out: Problem[] = [];
  const known = {
    sourceIds: new Set(sources.flatMap((s) => (s ? [s.id] : []))),
    zoneIds: new Set(zones.map((z) => z.record.id).filter((x): x is string => typeof x === 'string')),
  };
  for (const { record, where, outlineRecipe } of zones) {
    const point = record.drawnAs === 'point';
    if (outlineRecipe === undefined) {
      if (!point) out.push({ ...where('drawnAs'), en: 'a zone drawn with an outline needs an outlineRecipe (or drawnAs: point)', zh: '以轮廓绘制的园区需要 outlineRecipe（或 drawnAs: point）' });
      continue;
    }
    if (point) out.push({ ...where('outlineRecipe'), en: 'a zone drawn as a point has no outline recipe', zh: '以点绘制的园区不应有轮廓配方' });
    const result = v.safeParse(OutlineRecipeSchema, outlineRecipe);
    if (!result.success) {
      for (const issue of result.issues) {
        const path = `outlineRecipe${v.getDotPath(issue) ? `.${v.getDotPath(issue)}` : ''}`;
        out.push({ ...where(path), ...describeIssue(issue, path) });
      }
      continue;
    }
    for (const p of recipeProblems(result.output, known)) out.push({ ...where(p.path), en: p.en, zh: p.zh });
  }
  return out;
}

/** Reads, validates and checks a data folder: the records to write, and every problem. */
export function checkDataFolder(dir: string): { data: Record<Collection, unknown[]>; tour: TourInput | null; problems: Problem[]; outlinesChecked: number | null } {
  const shape = (s: (typeof SCHEMAS)[Collection]) => Object.keys(s.entries);
  const authored = readAuthored(dir, { zones: shape(ZoneSchema), clusters: shape(ClusterSchema) });
  const problems: Problem[] = [...authored.problems];
  // A cell that could not be read says so once; the schema's "missing" for it would only repeat it.
  const unreadable = new Set(problems.map((p) => `${p.file}|${p.row ?? p.line}|${p.column}`));

  // A catalogue record is added by the build, never written: one message says so (withCatalogue), not one per field.
  const handWritten = authored.collections.zones.map(({ record }) => record.catalogue !== undefined);
  const valid = {} as Record<Collection, unknown[]>;
  for (const c of COLLECTIONS) {
    valid[c] = authored.collections[c].map(({ record, where }: AuthoredRecord) => {
      const result = v.safeParse(SCHEMAS[c], c === 'zones' ? { ...record, catalogue: undefined, reach: undefined } : record);
      if (result.success) return result.output;
      for (const issue of result.issues) {
        const path = v.getDotPath(issue) ?? '';
        problems.push({ ...where(path), ...describeIssue(issue, path) });
      }
      return null;
    });
  }
  const input = {
    raw: Object.fromEntries(COLLECTIONS.map((c) => [c, authored.collections[c].map((r) => r.record)])),
    valid,
  } as unknown as CheckInput;
  const locate = (p: RecordProblem): Problem => ({ ...authored.collections[p.collection][p.index]!.where(p.field), en: p.en, zh: p.zh });
  problems.push(...referenceProblems(input).map(locate), ...contentProblems(input, readLocalTexts()).map(locate));

  problems.push(...outlineRecipeProblems(authored.collections.zones, valid.sources as (Source | null)[]));

  valid.zones = withCatalogue(dir, authored.collections.zones, handWritten, valid.zones as (Zone | null)[], valid.sources as (Source | null)[], problems);
  // Reach is computed here from OpenStreetMap (scripts/dataset/reach.ts), never written by hand.
  for (const { record, where } of authored.collections.zones)
    if (record.reach !== undefined)
      problems.push({ ...where('reach'), en: 'reach is computed by the data build from OpenStreetMap: remove it from the file', zh: '可达距离由数据构建根据 OpenStreetMap 计算：请从文件中删除该字段' });
  const outlines = loadOutlines(problems);
  const places = readPlaces(ROOT);
  valid.zones = (valid.zones as (Zone | null)[]).map((z) => (z ? { ...z, reach: zoneReach(z, outlines, places) } : z));

  const data = Object.fromEntries(COLLECTIONS.map((c) => [c, valid[c].filter((x) => x !== null)])) as Record<Collection, unknown[]>;
  const figureIds = new Set(authored.collections.figures.map((r) => r.record.id).filter((x): x is string => typeof x === 'string'));
  const tour = readTour(dir, data.figures as Figure[], problems, figureIds);
  if (outlines) {
    for (const p of outlineReferenceProblems({ ...(data as unknown as Omit<BuiltDataset, 'outlines'>), outlines }))
      if (p.file === 'outlines') problems.push({ file: 'public/data/zone-outlines.geojson (npm run data:basemap)', en: p.message, zh: `区域轮廓问题：${p.message}` });
  }

  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = formatProblem(p);
    const cell = `${p.file}|${p.row ?? p.line}|${p.column}`;
    if (seen.has(key) || (unreadable.has(cell) && !authored.problems.includes(p))) return false;
    seen.add(key);
    return true;
  });
  const fileOrder = (f: string) => {
    const i = authored.files.indexOf(f.split(' ')[0]!);
    return i < 0 ? authored.files.length : i;
  };
  const order = (p: Problem) => [fileOrder(p.file), p.row ?? p.line ?? 0] as const;
  unique.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  return { data, tour, problems: unique, outlinesChecked: outlines ? outlines.features.length : null };
}

