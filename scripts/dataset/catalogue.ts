/**
 * China's 2018 development-zone catalogue (data/inputs/catalogue/, transcribed; see its README) read
 * into records the atlas shows: code, level, type, approval date, approved area and leading
 * industries, with English renderings from data/atlas/catalogue-terms.csv (our translations).
 * Every problem of a row is reported with its file, row and column in English and Chinese; the
 * transcription's known flaws (data/atlas/catalogue-flaws.csv) are kept as printed and shown, not
 * reported as errors.
 */
import Papa from 'papaparse';

export interface CatalogueProblem {
  file: string;
  row: number;
  column: string;
  en: string;
  zh: string;
}

export interface Term {
  zh: string;
  en: string;
}

export interface CatalogueRecord {
  code: string;
  nameZh: string;
  province: Term;
  /** The catalogue's place column: the zone's name without province and type, a hint to its city or county. */
  place: string;
  level: 'national' | 'provincial';
  approvedBy: Term;
  type: Term;
  /** As printed (year.month; two dates for a zone in two parts). */
  approvedRaw: string;
  /** The first approval date, YYYY-MM. */
  approved: string;
  /** 核准面积: the approved planning area, in hectares (not the area the zone administers). */
  approvedAreaHa: number;
  /** 主导产业 as printed, each with an English rendering where the terms table has one. */
  industries: { zh: string; en: string | null }[];
  /** Known flaws of the transcription that concern this row, shown with the record. */
  flaws: { column: string; en: string; zh: string }[];
}

const COLUMNS = ['seq', 'code', 'name_zh', 'province', 'city_or_county', 'approved_by', 'zone_type', 'approved', 'area_ha', 'leading_industries'] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

const DATE = /^(\d{4})\.(0[1-9]|1[0-2])$/;

export interface CatalogueTerms {
  type: Map<string, string>;
  approved_by: Map<string, string>;
  province: Map<string, string>;
  industry: Map<string, string>;
}

export function parseTerms(csv: string): CatalogueTerms {
  const terms: CatalogueTerms = { type: new Map(), approved_by: new Map(), province: new Map(), industry: new Map() };
  const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  for (const r of data) {
    const kind = r.kind as keyof CatalogueTerms;
    if (terms[kind] && r.zh && r.en) terms[kind].set(r.zh, r.en);
  }
  return terms;
}

export interface CatalogueFlaw {
  code: string;
  column: string;
  en: string;
  zh: string;
}

export function parseFlaws(csv: string): CatalogueFlaw[] {
  const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  return data.map((r) => ({ code: r.code ?? '', column: r.column ?? '', en: r.flaw_en ?? '', zh: r.flaw_zh ?? '' }));
}

/**
 * Reads catalogue rows. `file` names the file in messages; spreadsheet rows count the header as row 1.
 * Returns the records of the rows that passed and every problem found.
 */
export function parseCatalogue(
  csv: string,
  file: string,
  terms: CatalogueTerms,
  flaws: readonly CatalogueFlaw[] = [],
): { records: CatalogueRecord[]; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const parsed = Papa.parse<Row>(csv.replace(/^\uFEFF/, '').trim(), { header: true, skipEmptyLines: true });
  const missing = COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) {
    problems.push({ file, row: 1, column: missing.join(', '), en: `the header lacks the column(s) ${missing.join(', ')}`, zh: `表头缺少列：${missing.join('、')}` });
    return { records: [], problems };
  }
  const flawOf = (code: string, column: string) => flaws.find((f) => f.code === code && f.column === column);
  const seen = new Map<string, number>();
  const records: CatalogueRecord[] = [];
  parsed.data.forEach((r, i) => {
    const row = i + 2;
    const before = problems.length;
    const bad = (column: string, en: string, zh: string) => problems.push({ file, row, column, en, zh });
    const code = (r.code ?? '').trim();
    if (!/^[GS]\d{6}$/.test(code)) bad('code', `"${code}" is not a catalogue code (G or S and six digits, e.g. G211007)`, `"${code}" 不是目录代码（G或S加六位数字，如 G211007）`);
    const first = seen.get(code);
    if (first !== undefined && !flawOf(code, 'code'))
      bad('code', `the code ${code} is already used in row ${first}`, `代码 ${code} 已在第${first}行使用`);
    if (first === undefined) seen.set(code, row);
    if (!(r.name_zh ?? '').trim()) bad('name_zh', 'the name is empty', '名称为空');
    const province = terms.province.get(r.province);
    if (!province) bad('province', `"${r.province}" is not a province of China`, `"${r.province}" 不是中国的省级行政区`);
    const approvedBy = terms.approved_by.get(r.approved_by);
    if (!approvedBy) bad('approved_by', `"${r.approved_by}" is neither 国务院 nor 省政府`, `"${r.approved_by}" 既不是国务院也不是省政府`);
    else if ((r.approved_by === '国务院') !== code.startsWith('G'))
      bad('approved_by', `${r.approved_by} does not match the code ${code} (G: State Council, S: province)`, `${r.approved_by} 与代码 ${code} 不符（G为国务院，S为省政府）`);
    const type = terms.type.get(r.zone_type);
    if (!type) bad('zone_type', `"${r.zone_type}" is not a zone type of the catalogue`, `"${r.zone_type}" 不是目录中的开发区类型`);
    const dates = (r.approved ?? '').split('/');
    const twoDatesKnown = dates.length === 2 && flawOf(code, 'approved');
    if (!(dates.length === 1 || twoDatesKnown) || !dates.every((d) => DATE.test(d)))
      bad('approved', `"${r.approved}" is not a date: write year.month, e.g. 1984.09`, `"${r.approved}" 不是日期：请写作 年.月，如 1984.09`);
    const area = Number(r.area_ha);
    if (!/^\d+(\.\d+)?$/.test((r.area_ha ?? '').trim()) || !(area > 0))
      bad('area_ha', `"${r.area_ha}" is not an area in hectares`, `"${r.area_ha}" 不是以公顷计的面积`);
    const industries = (r.leading_industries ?? '').split('、').map((s) => s.trim()).filter(Boolean);
    if (problems.length > before || !province || !approvedBy || !type) return;
    records.push({
      code,
      nameZh: r.name_zh.trim(),
      province: { zh: r.province, en: province },
      place: r.city_or_county.trim(),
      level: code.startsWith('G') ? 'national' : 'provincial',
      approvedBy: { zh: r.approved_by, en: approvedBy },
      type: { zh: r.zone_type, en: type },
      approvedRaw: r.approved,
      approved: dates[0]!.replace('.', '-'),
      approvedAreaHa: area,
      industries: industries.map((zh) => ({ zh, en: terms.industry.get(zh) ?? null })),
      flaws: flaws.filter((f) => f.code === code).map(({ column, en, zh }) => ({ column, en, zh })),
    });
  });
  return { records, problems };
}

/** The source record of the catalogue in sources.csv, cited by every catalogue record the atlas shows. */
export const CATALOGUE_SOURCE_ID = 'catalogue-2018';
/** The catalogue's rows of Dalian (from the repository root): every one is a zone of the atlas. */
export const DALIAN_CATALOGUE = 'data/inputs/catalogue/dalian.csv';

/** A zone as the catalogue join sees it: its id, Chinese name and code, and where its fields are written. */
export interface CatalogueZone {
  id: string;
  nameZh: string;
  catalogueCode?: string;
  /** Whether the file writes the record itself (it must not: the build adds it). */
  writesRecord: boolean;
}

export interface CatalogueJoinProblem {
  /** Index of the zone concerned, or null for a row of the catalogue that no zone names. */
  zone: number | null;
  /** For a catalogue row: its position among the records read. */
  record?: number;
  field: string;
  en: string;
  zh: string;
}

/**
 * Joins zones to their catalogue rows by code: the record of each zone that names a code, and every
 * problem (a code that is not a Dalian row, a code named twice, a Dalian row no zone names, a Chinese
 * name that differs from the catalogue's, a leading industry without an English rendering).
 */
export function joinCatalogue(zones: readonly CatalogueZone[], records: readonly CatalogueRecord[]): { byZone: (CatalogueRecord | null)[]; problems: CatalogueJoinProblem[] } {
  const problems: CatalogueJoinProblem[] = [];
  const claimedBy = new Map<string, string>();
  const byZone = zones.map((z, i) => {
    const add = (field: string, en: string, zh: string) => problems.push({ zone: i, field, en, zh });
    if (z.writesRecord)
      add('catalogue', 'the catalogue record is added by the data build: write only catalogueCode', '目录记录由数据构建自动添加：只需填写 catalogueCode');
    if (!z.catalogueCode) return null;
    const record = records.find((r) => r.code === z.catalogueCode);
    if (!record) {
      add('catalogueCode', `${z.catalogueCode} is not a Dalian zone of the 2018 catalogue (${DALIAN_CATALOGUE})`, `${z.catalogueCode} 不是2018年版目录中的大连开发区（${DALIAN_CATALOGUE}）`);
      return null;
    }
    const other = claimedBy.get(record.code);
    if (other) add('catalogueCode', `${record.code} is already the code of zone ${other}`, `${record.code} 已是园区 ${other} 的代码`);
    else claimedBy.set(record.code, z.id);
    if (record.nameZh !== z.nameZh)
      add('name.zh', `the Chinese name differs from the catalogue's "${record.nameZh}" (${record.code})`, `中文名称与目录中的"${record.nameZh}"（${record.code}）不一致`);
    for (const ind of record.industries)
      if (ind.en === null)
        add('catalogueCode', `the leading industry "${ind.zh}" has no English rendering in catalogue-terms.csv`, `主导产业"${ind.zh}"在 catalogue-terms.csv 中没有英文译名`);
    return record;
  });
  records.forEach((r, k) => {
    if (!claimedBy.has(r.code))
      problems.push({
        zone: null,
        record: k,
        field: 'catalogueCode',
        en: `the catalogue zone ${r.code} ${r.nameZh} has no zone file: add zones/<id>.yaml with catalogueCode: ${r.code}`,
        zh: `目录中的开发区 ${r.code} ${r.nameZh} 没有园区文件：请添加 zones/<编号>.yaml 并填写 catalogueCode: ${r.code}`,
      });
  });
  return { byZone, problems };
}
