/**
 * The authored data of the atlas as files an analyst edits (data/atlas/, see its README.md):
 * figures.csv, enterprises.csv and sources.csv (one row per record, UTF-8, read with papaparse), and
 * one YAML file per zone and per cluster (read with eemeli/yaml). This module knows the columns of
 * each table, turns rows and files into records of the app's schemas, and says where in which file a
 * field of a record was written, so every problem names its file, row (or line) and column (or field).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { aliases as withPinyin } from './text.ts';
import type { Message, Problem } from './problems.ts';

export type Collection = 'sources' | 'clusters' | 'zones' | 'enterprises' | 'figures';
export type TableName = 'figures' | 'enterprises' | 'sources';

/** What an empty cell means: the field is required (the schema says what is missing), left out, or null. */
type Empty = 'required' | 'omit' | 'null';

export type ColumnSpec =
  | { kind: 'text' | 'number' | 'year'; column: string; field: string; empty: Empty }
  | { kind: 'bool'; column: string; field: string }
  | { kind: 'list'; column: string; field: string; empty: 'required' | 'omit' }
  /** Text in both languages: `<column>_en`, `<column>_zh` and `<column>_translated` (zh, en or empty: the side we translated). */
  | { kind: 'localized'; column: string; field: string; empty: Empty }
  /** Search names (`aliases`), plus the pinyin of the Chinese names listed in `pinyin_of`. */
  | { kind: 'aliases'; column: string; field: string }
  /** A sourced point: `<column>_lon`, `<column>_lat`, `<column>_sources`; all empty means null. */
  | { kind: 'point'; column: string; field: string };

/** Separator of the ids and names in one cell. */
export const LIST_SEPARATOR = ';';

export const TABLES: Record<TableName, { file: string; columns: ColumnSpec[] }> = {
  figures: {
    file: 'figures.csv',
    columns: [
      { kind: 'text', column: 'id', field: 'id', empty: 'required' },
      { kind: 'text', column: 'cluster', field: 'clusterId', empty: 'null' },
      { kind: 'text', column: 'zone', field: 'zoneId', empty: 'null' },
      { kind: 'localized', column: 'measure', field: 'metric', empty: 'required' },
      { kind: 'number', column: 'value', field: 'value', empty: 'required' },
      { kind: 'number', column: 'value_max', field: 'valueMax', empty: 'omit' },
      { kind: 'text', column: 'qualifier', field: 'qualifier', empty: 'omit' },
      { kind: 'text', column: 'unit', field: 'unit', empty: 'required' },
      { kind: 'year', column: 'year', field: 'year', empty: 'required' },
      { kind: 'text', column: 'period', field: 'period', empty: 'omit' },
      { kind: 'text', column: 'kind', field: 'kind', empty: 'required' },
      { kind: 'text', column: 'scope', field: 'scope', empty: 'required' },
      { kind: 'localized', column: 'scope_note', field: 'scopeNote', empty: 'required' },
      { kind: 'text', column: 'source', field: 'sourceId', empty: 'required' },
      { kind: 'list', column: 'supporting_sources', field: 'supportingSourceIds', empty: 'omit' },
      { kind: 'text', column: 'quote', field: 'quote', empty: 'required' },
      { kind: 'text', column: 'quote_via', field: 'quoteViaId', empty: 'omit' },
      { kind: 'localized', column: 'note', field: 'note', empty: 'omit' },
      { kind: 'bool', column: 'doubtful', field: 'doubtful' },
      { kind: 'text', column: 'corrects', field: 'correctsFigureId', empty: 'omit' },
      { kind: 'bool', column: 'progress', field: 'progress' },
    ],
  },
  enterprises: {
    file: 'enterprises.csv',
    columns: [
      { kind: 'text', column: 'id', field: 'id', empty: 'required' },
      { kind: 'text', column: 'cluster', field: 'clusterId', empty: 'required' },
      { kind: 'text', column: 'zone', field: 'zoneId', empty: 'required' },
      { kind: 'localized', column: 'name', field: 'name', empty: 'required' },
      { kind: 'bool', column: 'name_romanised', field: 'nameRomanised' },
      { kind: 'aliases', column: 'aliases', field: 'aliases' },
      { kind: 'localized', column: 'role', field: 'role', empty: 'required' },
      { kind: 'localized', column: 'origin', field: 'origin', empty: 'null' },
      { kind: 'point', column: 'site', field: 'site' },
      { kind: 'localized', column: 'note', field: 'note', empty: 'omit' },
      { kind: 'list', column: 'sources', field: 'sourceIds', empty: 'required' },
    ],
  },
  sources: {
    file: 'sources.csv',
    columns: [
      { kind: 'text', column: 'id', field: 'id', empty: 'required' },
      { kind: 'text', column: 'title', field: 'title', empty: 'required' },
      { kind: 'text', column: 'publisher', field: 'publisher', empty: 'omit' },
      { kind: 'text', column: 'date', field: 'date', empty: 'omit' },
      { kind: 'text', column: 'url', field: 'url', empty: 'omit' },
      { kind: 'text', column: 'kind', field: 'kind', empty: 'required' },
      { kind: 'bool', column: 'repost', field: 'repost' },
      { kind: 'text', column: 'note', field: 'note', empty: 'omit' },
    ],
  },
};

/** The header of a table, in order. */
export function headerOf(spec: readonly ColumnSpec[]): string[] {
  return spec.flatMap((c) => {
    if (c.kind === 'localized') return [`${c.column}_en`, `${c.column}_zh`, `${c.column}_translated`];
    if (c.kind === 'aliases') return [c.column, 'pinyin_of'];
    if (c.kind === 'point') return [`${c.column}_lon`, `${c.column}_lat`, `${c.column}_sources`];
    return [c.column];
  });
}

/** The column that holds a record's field (a dotted path as valibot reports it). */
export function columnOf(spec: readonly ColumnSpec[], path: string): string | undefined {
  const parts = path.split('.').filter((p) => p !== '' && !/^\d+$/.test(p));
  const [head, sub] = parts;
  const c = spec.find((x) => x.field === head);
  if (!c) return undefined;
  if (c.kind === 'localized') return `${c.column}_${sub === 'zh' ? 'zh' : sub === 'zhIsTranslation' || sub === 'enIsTranslation' ? 'translated' : 'en'}`;
  if (c.kind === 'point') return `${c.column}_${sub === 'lat' ? 'lat' : sub === 'sourceIds' ? 'sources' : 'lon'}`;
  return c.column;
}

/** One record as authored, with where each of its fields was written. */
export interface AuthoredRecord {
  record: Record<string, unknown>;
  /** The file, row or line, and column or field of a dotted field path of the record. */
  where(path: string): Omit<Problem, 'en' | 'zh'>;
  /** A zone file's outline recipe, as written (checked by check-data.ts; read by the basemap build, not the app). */
  outlineRecipe?: unknown;
}

export interface Authored {
  collections: Record<Collection, AuthoredRecord[]>;
  problems: Problem[];
  /** Every file read, relative to the data folder. */
  files: string[];
}

const shown = (s: string) => `"${s}"`;

const splitList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads one cell (or group of cells) of a row into the record; a cell that cannot be read is a problem. */
function readColumn(c: ColumnSpec, cell: (name: string) => string, out: Record<string, unknown>, bad: (column: string, m: Message) => void): void {
  const set = (value: unknown, empty: Empty, isEmpty: boolean) => {
    if (!isEmpty) out[c.field] = value;
    else if (empty === 'null') out[c.field] = null;
    else if (empty === 'required') out[c.field] = value;
  };
  switch (c.kind) {
    case 'text': {
      const s = cell(c.column);
      set(s, c.empty, s === '');
      return;
    }
    case 'number':
    case 'year': {
      const s = cell(c.column);
      if (s === '') {
        if (c.empty === 'required')
          bad(c.column, c.kind === 'year' ? { en: 'is empty: a year is needed', zh: '为空：需要填写年份' } : { en: 'is empty: a number is needed', zh: '为空：需要填写数字' });
        else set(undefined, c.empty, true);
        return;
      }
      const ok = c.kind === 'year' ? /^\d{4}$/.test(s) : /^-?\d+(\.\d+)?$/.test(s);
      if (!ok) {
        if (c.kind === 'year') bad(c.column, { en: `${shown(s)} is not a year`, zh: `${shown(s)} 不是年份` });
        else if (/^-?[\d,]+(\.\d+)?$/.test(s))
          bad(c.column, { en: `${shown(s)} is not a number: write it without thousands separators`, zh: `${shown(s)} 不是数字：请不要使用千位分隔符` });
        else bad(c.column, { en: `${shown(s)} is not a number`, zh: `${shown(s)} 不是数字` });
        return;
      }
      out[c.field] = Number(s);
      return;
    }
    case 'bool': {
      const s = cell(c.column).toLowerCase();
      if (s === 'yes' || s === 'true') out[c.field] = true;
      else if (s !== '' && s !== 'no' && s !== 'false') bad(c.column, { en: `${shown(s)} is not yes or no (or empty)`, zh: `${shown(s)} 不是 yes 或 no（或留空）` });
      return;
    }
    case 'list': {
      const items = splitList(cell(c.column));
      if (items.length > 0 || c.empty === 'required') out[c.field] = items;
      return;
    }
    case 'localized': {
      const en = cell(`${c.column}_en`);
      const zh = cell(`${c.column}_zh`);
      const tr = cell(`${c.column}_translated`).toLowerCase();
      const value: Record<string, unknown> = { en, zh };
      if (tr === 'zh') value.zhIsTranslation = true;
      else if (tr === 'en') value.enIsTranslation = true;
      else if (tr !== '')
        bad(`${c.column}_translated`, {
          en: `${shown(tr)} is not zh, en or empty (the language we translated, if any)`,
          zh: `${shown(tr)} 不是 zh、en 或空（如有译文，填写译出的语言）`,
        });
      set(value, c.empty, en === '' && zh === '');
      return;
    }
    case 'aliases': {
      out[c.field] = withPinyin(splitList(cell(c.column)), splitList(cell('pinyin_of')));
      return;
    }
    case 'point': {
      const lon = cell(`${c.column}_lon`);
      const lat = cell(`${c.column}_lat`);
      const src = cell(`${c.column}_sources`);
      if (lon === '' && lat === '' && src === '') {
        out[c.field] = null;
        return;
      }
      const num = (name: string, s: string) => {
        if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
        bad(name, { en: s === '' ? 'is empty: a number is needed' : `${shown(s)} is not a number`, zh: s === '' ? '为空：需要填写数字' : `${shown(s)} 不是数字` });
        return undefined;
      };
      out[c.field] = { lon: num(`${c.column}_lon`, lon), lat: num(`${c.column}_lat`, lat), sourceIds: splitList(src) };
      return;
    }
  }
}

/** Reads one table; each row becomes a record, with its spreadsheet row (the header is row 1). */
export function readTable(dir: string, table: TableName, problems: Problem[]): AuthoredRecord[] {
  const { file, columns } = TABLES[table];
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, en: 'the file is missing', zh: '文件缺失' });
    return [];
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  for (const e of parsed.errors)
    problems.push({ file, ...(e.row !== undefined ? { row: e.row + 1 } : {}), en: `the CSV cannot be read: ${e.message}`, zh: `无法读取该 CSV 文件：${e.message}` });
  const [header = [], ...rows] = parsed.data;
  const names = header.map((h) => h.trim());
  const expected = headerOf(columns);
  for (const n of names)
    if (n !== '' && !expected.includes(n))
      problems.push({ file, row: 1, column: n, en: `unknown column ${shown(n)}`, zh: `未知的列 ${shown(n)}` });
  const missing = expected.filter((n) => !names.includes(n));
  for (const n of missing) problems.push({ file, row: 1, column: n, en: 'the column is missing', zh: '缺少该列' });
  if (missing.length > 0) return [];
  const index = new Map(names.map((n, i) => [n, i]));

  return rows.map((cells, i) => {
    const row = i + 2;
    const cell = (name: string) => (cells[index.get(name) ?? -1] ?? '').trim();
    const record: Record<string, unknown> = {};
    for (const c of columns) readColumn(c, cell, record, (column, m) => problems.push({ file, row, column, ...m }));
    return { record, where: (p: string) => ({ file, row, ...(columnOf(columns, p) ? { column: columnOf(columns, p) } : {}) }) };
  });
}

/**
 * Keys a zone or cluster file may have besides the schema's: its place in lists, the names whose
 * pinyin is added to its aliases, and (zones) the recipe of its outline for the basemap build.
 */
export const YAML_EXTRA_KEYS = ['order', 'pinyinOf', 'outlineRecipe'] as const;

/** Reads every `<folder>/*.yaml`, one record each, in the order of their `order` field, then by id. */
export function readRecordFiles(dir: string, folder: 'zones' | 'clusters', allowedKeys: readonly string[], problems: Problem[]): AuthoredRecord[] {
  const path = join(dir, folder);
  if (!existsSync(path)) {
    problems.push({ file: `${folder}/`, en: 'the folder is missing', zh: '文件夹缺失' });
    return [];
  }
  const read: (AuthoredRecord & { order: number; id: string })[] = [];
  for (const name of readdirSync(path).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = `${folder}/${name}`;
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(join(path, name), 'utf8'), { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        problems.push({ file, line: lines.linePos(e.pos[0]).line, en: `the YAML cannot be read: ${e.message.split('\n')[0]}`, zh: `无法读取该 YAML 文件：${e.message.split('\n')[0]}` });
      continue;
    }
    const raw: unknown = doc.toJS();
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({ file, en: 'the file must hold one record (fields and their values)', zh: '文件应包含一条记录（字段及其值）' });
      continue;
    }
    const record = { ...(raw as Record<string, unknown>) };
    const where = (p: string) => ({ file, line: lineOf(doc, lines, p), ...(p ? { column: p } : {}) });
    for (const key of Object.keys(record))
      if (!allowedKeys.includes(key) && !(YAML_EXTRA_KEYS as readonly string[]).includes(key))
        problems.push({ ...where(key), en: `unknown field ${shown(key)}`, zh: `未知字段 ${shown(key)}` });
    const order = record.order;
    if (order !== undefined && typeof order !== 'number') problems.push({ ...where('order'), en: `${JSON.stringify(order)} is not a number`, zh: `${JSON.stringify(order)} 不是数字` });
    const pinyinOf = record.pinyinOf;
    const outlineRecipe = record.outlineRecipe;
    delete record.order;
    delete record.pinyinOf;
    delete record.outlineRecipe;
    if (pinyinOf !== undefined) {
      if (!Array.isArray(pinyinOf) || !pinyinOf.every((x) => typeof x === 'string'))
        problems.push({ ...where('pinyinOf'), en: 'should be a list of Chinese names', zh: '应为中文名称列表' });
      else if (Array.isArray(record.aliases) && record.aliases.every((x) => typeof x === 'string')) record.aliases = withPinyin(record.aliases as string[], pinyinOf as string[]);
    }
    const id = name.replace(/\.ya?ml$/, '');
    if (record.id !== id)
      problems.push({ ...where('id'), en: `the id ${JSON.stringify(record.id)} differs from the file's name (${name}): make them the same`, zh: `编号 ${JSON.stringify(record.id)} 与文件名（${name}）不一致：请改为相同` });
    read.push({ record, where, order: typeof order === 'number' ? order : Infinity, id, ...(outlineRecipe !== undefined ? { outlineRecipe } : {}) });
  }
  read.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return read.map(({ record, where, outlineRecipe }) => ({ record, where, ...(outlineRecipe !== undefined ? { outlineRecipe } : {}) }));
}

/** The line of a dotted path in a YAML document, or of its nearest written parent. */
export function lineOf(doc: Document, lines: LineCounter, path: string): number | undefined {
  const keys: (string | number)[] = path.split('.').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  for (let n = keys.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    if ((isScalar(node) || isMap(node) || (node && typeof node === 'object' && 'range' in node)) && (node as { range?: [number] }).range)
      return lines.linePos((node as { range: [number] }).range[0]).line;
  }
  return undefined;
}

/** Reads the whole authored dataset of a data folder. */
export function readAuthored(dir: string, keys: { zones: readonly string[]; clusters: readonly string[] }): Authored {
  const problems: Problem[] = [];
  const collections: Record<Collection, AuthoredRecord[]> = {
    sources: readTable(dir, 'sources', problems),
    clusters: readRecordFiles(dir, 'clusters', keys.clusters, problems),
    zones: readRecordFiles(dir, 'zones', keys.zones, problems),
    enterprises: readTable(dir, 'enterprises', problems),
    figures: readTable(dir, 'figures', problems),
  };
  const files = [...new Set([...Object.values(collections).flatMap((c) => c.map((r) => r.where('').file)), ...Object.values(TABLES).map((t) => t.file)])];
  return { collections, problems, files };
}
