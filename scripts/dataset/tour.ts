/**
 * The built-in tour as data: data/atlas/tour.yaml, whose captions name figures by id. Each
 * `{fig:<id>}` becomes the figure's value with its unit and qualifier in the text's language
 * (src/lib/format.ts, as the panels write it), so a number is written once and a changed figure
 * changes the tour. The resolved tour is checked with the app's tour schema and written to
 * src/features/tour/config/built-in-tour.json, which the app imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { LineCounter, parseDocument } from 'yaml';
import type { Figure } from '../../src/lib/data/schemas.ts';
import { formatFigureValue } from '../../src/lib/format.ts';
import { TourSchema, type TourInput } from '../../src/features/tour/utils/tour-schema.ts';
import { lineOf } from './atlas-files.ts';
import { describeIssue, type Problem } from './problems.ts';

export const TOUR_FILE = 'tour.yaml';
export const TOUR_OUT = 'src/features/tour/config/built-in-tour.json';
const PLACEHOLDER = /\{fig:([^}]*)\}/g;

/** Reads and resolves the tour; null (with problems) when it cannot be built. `knownIds`: figures that exist but failed their own checks. */
export function readTour(dir: string, figures: readonly Figure[], problems: Problem[], knownIds: ReadonlySet<string> = new Set()): TourInput | null {
  const path = join(dir, TOUR_FILE);
  if (!existsSync(path)) {
    problems.push({ file: TOUR_FILE, en: 'the file is missing', zh: '文件缺失' });
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      problems.push({ file: TOUR_FILE, line: lines.linePos(e.pos[0]).line, en: `the YAML cannot be read: ${e.message.split('\n')[0]}`, zh: `无法读取该 YAML 文件：${e.message.split('\n')[0]}` });
    return null;
  }
  const where = (p: string) => ({ file: TOUR_FILE, line: lineOf(doc, lines, p), column: p });
  const byId = new Map(figures.map((f) => [f.id, f]));
  const before = problems.length;

  const resolve = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') {
      const lang = path[path.length - 1];
      return value.replace(PLACEHOLDER, (whole, id: string) => {
        const figure = byId.get(id.trim());
        const at = where(path.join('.'));
        if (!figure) {
          // A figure whose own row is broken is reported there; the tour waits for it.
          if (knownIds.has(id.trim())) return whole;
          problems.push({ ...at, en: `unknown figure "${id}" in ${whole}: it is not an id in figures.csv`, zh: `${whole} 中的数据 "${id}" 未知：figures.csv 中没有该编号` });
          return whole;
        }
        if (lang !== 'en' && lang !== 'zh') {
          problems.push({ ...at, en: `${whole} belongs in an English or Chinese text (en or zh)`, zh: `${whole} 只能用于英文或中文文本（en 或 zh）` });
          return whole;
        }
        return formatFigureValue(figure, lang);
      });
    }
    if (Array.isArray(value)) return value.map((x, i) => resolve(x, [...path, String(i)]));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, resolve(x, [...path, k])]));
    return value;
  };
  const tour = resolve(doc.toJS(), []);
  const result = v.safeParse(TourSchema, tour);
  if (!result.success)
    for (const issue of result.issues) {
      const p = v.getDotPath(issue) ?? '';
      problems.push({ ...where(p), ...describeIssue(issue, p) });
    }
  return problems.length === before ? (tour as TourInput) : null;
}
